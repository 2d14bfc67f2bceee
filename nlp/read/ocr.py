"""Scanned PDF pages -> text lines, by Tesseract's Vietnamese model (through pytesseract).

A scanned page is one picture. Its pixels are taken as they are stored in the PDF (no
rasterising), scaled to ~200 dpi, and read from their red channel, where a red stamp or
signature is as light as the paper; Tesseract then reads the page as one block of lines
(`--psm 6`), so the two columns of an official header stay on one line, a tab apart, as
in the text layer of an issued PDF. Pages are read two (the number of cores) at a time,
each Tesseract on one thread, and each page's result is cached by the hash of its pixels:
the same scan is never read twice.
"""

import hashlib
import json
import os
import statistics
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp.read import layout, marks
from nlp.read.errors import ReadError

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from numpy.typing import NDArray

OCR_VERSION = "5"  # part of the cache key: bump when the reading below changes
TARGET_DPI = 200  # Tesseract wants x-heights of ~20 px; office scans are often 100-150 dpi
LANGUAGE = "vie"
COLUMN_GAP_PT = 18.0  # the same gap between two header columns as in pdf.py
MIN_CONFIDENCE = 30.0  # words Tesseract is less sure of are mostly stamp and signature

Progress = Callable[[int, int], None]


@dataclass
class OcrPage:
    lines: list[str]
    confidence: float  # mean word confidence, 0-100
    # Per line, from the page's geometry: True when it begins a paragraph (indented, or
    # the line before ended short), False when it carries on the line before, None when
    # the picture cannot tell (the page's first line, centred lines, table rows).
    starts: list[bool | None] = field(default_factory=list)


def available() -> bool:
    import shutil

    return shutil.which("tesseract") is not None


def read_pages(pdf: "pdfium.PdfDocument", numbers: list[int], name: str,
               progress: Progress | None = None) -> dict[int, OcrPage]:
    """OCR the given pages (0-based) of an open pypdfium2 document."""
    if not available():
        raise ReadError(f"{name}: the PDF is a scan and Tesseract is not installed "
                        "(sudo apt-get install tesseract-ocr tesseract-ocr-vie)")
    marks.restore_line("")  # load the language model before the threads need it
    workers = max(1, min(len(numbers), os.cpu_count() or 1))
    out: dict[int, OcrPage] = {}
    pending: deque[tuple[int, Future[OcrPage]]] = deque()

    def finish_oldest() -> None:
        number, future = pending.popleft()
        page = future.result()
        out[number] = OcrPage([marks.restore_line(line) for line in page.lines],
                              page.confidence, page.starts)
        if progress:
            progress(len(out), len(numbers))

    # Pictures are taken out of the PDF here, one at a time (pdfium is not for threads),
    # and at most two per worker wait in memory: a 300-page scan never sits there whole.
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for number in numbers:
            pending.append((number, pool.submit(_read_cached, _page_image(pdf[number]))))
            if len(pending) >= 2 * workers:
                finish_oldest()
        while pending:
            finish_oldest()
    return out


def _page_image(page: "pdfium.PdfPage") -> "NDArray[Any]":
    """The page as a grey numpy array at ~TARGET_DPI: its one stored picture when the page
    is a plain scan, else the page rendered."""
    import numpy as np
    import pypdfium2 as pdfium

    width_pt = page.get_width()
    pictures = [obj for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
    image = None
    if len(pictures) == 1:
        try:
            image = pictures[0].get_bitmap(render=False).to_pil()
        except Exception:  # noqa: BLE001  an odd colour space or filter: render instead
            image = None
    if image is None or image.width < 300:
        image = page.render(scale=TARGET_DPI / 72).to_pil()
    dpi = image.width / (width_pt / 72)
    image = image.convert("RGB")
    grey = np.asarray(image)[:, :, 0]  # red channel: red stamps fade into the paper
    return _scaled(grey, TARGET_DPI / dpi)


def _scaled(grey: "NDArray[Any]", factor: float) -> "NDArray[Any]":
    import cv2

    if abs(factor - 1) < 0.1:
        return grey
    interpolation = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    return cv2.resize(grey, None, fx=factor, fy=factor, interpolation=interpolation)


def cache_dir() -> Path:
    base = os.environ.get("TRACKER_OCR_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "vn-tracker", "ocr")
    return Path(base)


def _read_cached(grey: "NDArray[Any]") -> OcrPage:
    key = hashlib.sha256(
        f"{OCR_VERSION}:{LANGUAGE}:{grey.shape}".encode() + grey.tobytes()).hexdigest()
    path = cache_dir() / key[:2] / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return OcrPage(list(data["lines"]), float(data["confidence"]), list(data["starts"]))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    page = _read(grey)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"lines": page.lines, "confidence": page.confidence,
                                         "starts": page.starts},
                                        ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass  # a read-only cache only costs time
    return page


def _read(grey: "NDArray[Any]") -> OcrPage:
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # pages run in parallel instead
    try:
        data = pytesseract.image_to_data(
            grey, lang=LANGUAGE, config=f"--psm 6 --dpi {TARGET_DPI}",
            output_type=pytesseract.Output.DICT, timeout=120)
    except RuntimeError as exc:  # pytesseract's timeout
        raise ReadError(f"OCR took too long on a page ({exc})") from exc
    except pytesseract.TesseractError as exc:
        raise ReadError(f"OCR failed: {str(exc)[:200]}") from exc
    return _lines(data, grey.shape[1])


_GAP_PX = COLUMN_GAP_PT * TARGET_DPI / 72  # two columns' gap, in pixels


def _lines(data: dict[str, Any], width: int) -> OcrPage:
    """Words back into printed lines (a wide gap between two words becomes a tab), with
    specks, footnotes and paragraph starts told apart by where the lines sit on the page."""
    rows: dict[tuple[int, int, int], list[int]] = {}
    confidences = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        conf = float(data["conf"][i])
        if not word or conf < 0:
            continue
        confidences.append(conf)
        if conf < MIN_CONFIDENCE and not any(c.isalnum() for c in word):
            continue  # specks of a stamp or a signature
        rows.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]),
                        []).append(i)
    lines = []
    for key in sorted(rows):
        ix = rows[key]
        words = sorted((int(data["left"][i]), int(data["left"][i]) + int(data["width"][i]),
                        data["text"][i].strip()) for i in ix)
        lines.append(layout.Line(words, min(int(data["top"][i]) for i in ix),
                           max(int(data["top"][i]) + int(data["height"][i]) for i in ix),
                           statistics.median(int(data["height"][i]) for i in ix)))
    lines = layout.body(lines, _GAP_PX)
    starts = layout.paragraph_starts(lines, width, _GAP_PX)
    texts = [layout.text(line, _GAP_PX) for line in lines]
    confidence = statistics.fmean(confidences) if confidences else 0.0
    return OcrPage(texts, round(confidence, 1), starts)
