"""PDFs with a text layer: lines joined back, running headers and page numbers dropped."""

import re
from collections import Counter
from pathlib import Path

from nlp.read.errors import ReadError

_PAGE_NUMBER = re.compile(r"^\s*(?:trang\s*)?-?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*-?\s*$", re.I)
_STARTS_BLOCK = re.compile(r"^\s*(?:[-+*•]\s|[IVXLC]+[.\-]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s)")
_ENDS_SENTENCE = re.compile(r"[.:;!?)”\"]\s*$")


def read_pdf(path: Path, data: bytes) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.startswith(b"%PDF"):
        raise ReadError(f"{path.name}: not a PDF file")
    try:
        with pdfplumber.open(str(path)) as pdf:
            pages = [(page.extract_text() or "").split("\n") for page in pdf.pages]
            header = _header_lines(pdf.pages[0]) if pdf.pages else []
    except (PDFSyntaxError, ValueError, KeyError) as exc:
        raise ReadError(f"{path.name}: damaged PDF ({exc.__class__.__name__})") from exc
    except Exception as exc:  # noqa: BLE001  pdfminer raises many kinds: each is one line
        if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
            raise ReadError(f"{path.name}: the PDF is password-protected") from exc
        raise ReadError(f"{path.name}: damaged PDF ({exc.__class__.__name__})") from exc
    if sum(len("".join(lines).strip()) for lines in pages) < 20 * max(1, len(pages)):
        raise ReadError(f"{path.name}: the PDF has no text layer (scanned?); run OCR first")
    if header and pages:
        # The same printed lines come first in the page's plain text: drop them there.
        same = 0
        while (same < min(len(header), len(pages[0]))
               and " ".join(pages[0][same].split()) == " ".join(header[same].split())):
            same += 1
        pages[0] = pages[0][same:]
    body = _join_pdf_lines(_drop_running_lines(pages))
    return ("\n".join(header) + "\n\n" + body) if header else body


_HEADER_LINE = re.compile(r"^(?:Số\s*:|V/v\b)|,\s*ngày\b.*\bnăm\s+\d{4}", re.I)
_COLUMN_GAP = 18.0  # points between two words of different columns


def _header_lines(page) -> list[str]:
    """The header block at the top of the first page, one line per printed line and the
    two columns apart (a tab), so the header reader can tell them apart: the lines from
    the top that are in capitals, hold a column gap, or are the number or dateline."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= 3:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        line = row[0]["text"]
        for before, word in zip(row, row[1:], strict=False):
            line += ("\t" if word["x0"] - before["x1"] > _COLUMN_GAP else " ") + word["text"]
        letters = [c for c in line if c.isalpha()]
        capitals = letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        if not (capitals or "\t" in line or _HEADER_LINE.search(line)):
            break
        lines.append(line)
    return lines if len(lines) <= 12 else []  # more: a page of capitals or a table


def _drop_running_lines(pages: list[list[str]]) -> list[str]:
    """Drop page numbers and lines repeated at the top or bottom of most pages."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip().lower())

    edges: Counter[str] = Counter()
    for lines in pages:
        kept = [line for line in lines if line.strip()]
        for line in set(kept[:2] + kept[-2:]):
            edges[key(line)] += 1
    threshold = max(2, (len(pages) + 1) // 2)
    running = {k for k, n in edges.items() if n >= threshold} if len(pages) > 1 else set()
    out = []
    for lines in pages:
        for line in lines:
            if not line.strip() or _PAGE_NUMBER.match(line) or key(line) in running:
                continue
            out.append(line.rstrip())
    return out


def _join_pdf_lines(lines: list[str]) -> str:
    """Lines wrapped by the page width are joined back; blocks are separated by blank lines."""
    paragraphs: list[str] = []
    lengths = sorted(len(line.strip()) for line in lines)
    full = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 20 else 0
    previous = ""
    for line in lines:
        # A short numbered line ("1. Kết quả Chỉ số năm 2024") is a heading: the page width
        # did not end it, so what follows is not its continuation.
        heading = bool(full) and _STARTS_BLOCK.match(previous) is not None and (
            len(previous.strip()) < 0.6 * full)
        continues = not heading and not _STARTS_BLOCK.match(line) and not _ENDS_SENTENCE.search(
            paragraphs[-1] if paragraphs else ".")
        previous = line
        if paragraphs and continues:
            paragraphs[-1] = paragraphs[-1] + " " + line.strip()
        elif paragraphs and line[:1].islower() and not heading:
            paragraphs[-1] = paragraphs[-1] + " " + line.strip()
        else:
            paragraphs.append(line.strip())
    return "\n\n".join(paragraphs) + "\n"
