"""`make eval`: reading a signed scan by OCR, against the Word file of the same report.

../shared/realdata/lamdong/da06_2026-03_signed_scan.pdf is 15 scanned pages: page 1 the
police's cover letter, pages 2-15 the report whose Word file is da06_2026-03_final.docx.

- Character error rate (CER): each paragraph of the reference (20 characters or more,
  whitespace collapsed) is aligned to the stretch of the OCR'd text of the same pages that
  it is closest to (edit distance with free ends); pooled CER = the sum of those distances
  over the sum of the paragraphs' lengths. Two references: the .docx (the ground truth the
  data's README names; it is the draft for signing, and the signed copy differs from it
  in a few words, which count as errors here) and a hand transcription of pages 2-15 made
  from the page images (tests/fixtures/realdata/scan_transcript.json), body paragraphs
  only: footnotes are left out of the text read (as the .docx reader leaves them out).
- Item recall: items extracted from the reference that have an item of the same kind, at
  least 90% alike, among the items extracted from the OCR'd text (one to one). Against
  the transcription it measures the reading; against the .docx it also counts the
  passages the signed copy rewrote.
"""

import argparse
import json
import re
import statistics
import sys
import unicodedata
from pathlib import Path

from bench.eval_formats import overlap
from nlp import extract_report
from nlp.read import read_document, read_file

ROOT = Path(__file__).resolve().parent.parent
SCAN = "lamdong/da06_2026-03_signed_scan.pdf"
WORD = "lamdong/da06_2026-03_final.docx"
TRANSCRIPT = ROOT / "tests" / "fixtures" / "realdata" / "scan_transcript.json"


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def fitting_distance(pattern: str, text: str) -> int:
    """The least edit distance between `pattern` and any stretch of `text`."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    steps = np.arange(len(text) + 1)
    row = np.zeros(len(text) + 1, dtype=np.int64)  # a match may start anywhere
    for i, char in enumerate(pattern, 1):
        best = np.empty_like(row)
        best[0] = i
        best[1:] = np.minimum(row[:-1] + (codes != ord(char)), row[1:] + 1)
        row = np.minimum.accumulate(best - steps) + steps  # insertions in the text
    return int(row.min())


def cer(references: list[str], text: str) -> tuple[float, float, list[tuple[float, str]]]:
    """Pooled and median paragraph CER of `references` found in `text`."""
    from rapidfuzz import fuzz

    total = errors = 0
    rates = []
    for paragraph in references:
        found = fuzz.partial_ratio_alignment(paragraph, text)
        margin = len(paragraph) // 2 + 10
        window = text[max(0, found.dest_start - margin):found.dest_end + margin]
        distance = min(len(paragraph), fitting_distance(paragraph, window))
        total += len(paragraph)
        errors += distance
        rates.append((distance / len(paragraph), paragraph))
    return errors / max(1, total), statistics.median(r for r, _ in rates), rates


def paragraphs(text: str) -> list[str]:
    return [p for p in (normal(line) for line in text.split("\n")) if len(p) >= 20]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--worst", type=int, default=0, help="show the N worst paragraphs")
    args = parser.parse_args(argv)
    scan, word = args.realdata / SCAN, args.realdata / WORD
    if not scan.is_file() or not word.is_file():
        print(f"skipped: {scan} or {word} not found", file=sys.stderr)
        return 0
    import pypdfium2 as pdfium

    from nlp.read import ocr

    pdf = pdfium.PdfDocument(str(scan))
    pages = ocr.read_pages(pdf, list(range(len(pdf))), scan.name)
    pdf.close()
    report_text = normal(" ".join(" ".join(pages[n].lines) for n in sorted(pages) if n >= 1))
    pooled, median, rates = cer(paragraphs(read_file(word)), report_text)
    print(f"OCR of {SCAN}, pages 2-15 (mean word confidence "
          f"{statistics.fmean(p.confidence for p in pages.values()):.0f}%)")
    print(f"  CER against the .docx: pooled {pooled:.1%}, median paragraph {median:.1%}")
    for rate, paragraph in sorted(rates, reverse=True)[:args.worst]:
        print(f"    {rate:.0%}  {paragraph[:90]}")
    gold = json.loads(TRANSCRIPT.read_text(encoding="utf-8"))
    refs, text = [], []
    for number, lines in gold["pages"].items():
        refs += [p for p in (normal(line) for line in lines) if len(p) >= 20]
        text.append(" ".join(pages[int(number) - 1].lines))
    pooled_t, median_t, rates_t = cer(refs, normal(" ".join(text)))
    print(f"  CER against a hand transcription of pages {min(gold['pages'], key=int)}-"
          f"{max(gold['pages'], key=int)}: pooled {pooled_t:.1%}, median paragraph {median_t:.1%}")
    for rate, paragraph in sorted(rates_t, reverse=True)[:args.worst]:
        print(f"    {rate:.0%}  {paragraph[:90]}")
    ocr_items = extract_report(read_document(scan).text).items
    for name, reference in (("hand transcription", transcript_text(gold)),
                            (".docx", read_file(word))):
        items = extract_report(reference).items
        matched, _ = overlap(items, ocr_items)
        print(f"  item recall against the {name}: {matched}/{len(items)} = "
              f"{matched / max(1, len(items)):.2f} found in the OCR'd text "
              f"({len(ocr_items)} items there)")
    return 0


def transcript_text(gold: dict) -> str:
    """The transcribed pages as one text: a paragraph that carries on over a page break
    joined back, footnotes left out, and so their marks too (the transcription writes a
    mark as printed, "khu(7)", which reads as an inline list number)."""
    paragraphs: list[str] = []
    for number, lines in gold["pages"].items():
        marks = [m.group(1) for note in gold.get("footnotes", {}).get(number, [])
                 if (m := re.match(r"\(?(\d+)\)?\s", note))]
        lines = [re.sub(r"(?<=[^\s\d(])\(?(?:" + "|".join(marks) + r")\)?(?=[\s.,;:)]|$)", "",
                        line) if marks else line for line in lines]
        if number in gold.get("continued", []) and lines and paragraphs:
            paragraphs[-1] += " " + lines.pop(0)
        paragraphs += lines
    return "\n\n".join(paragraphs) + "\n"


if __name__ == "__main__":
    sys.exit(main())
