"""PDFs: lines joined back, running headers and page numbers dropped; scanned pages OCR'd."""

import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from nlp.header import starts_document
from nlp.read import layout, ocr
from nlp.read.errors import ReadError
from nlp.read.limits import Deadline
from nlp.read.ocr import Progress

if TYPE_CHECKING:
    from pdfplumber.page import Page

_PAGE_NUMBER = re.compile(r"^\s*(?:trang\s*)?-?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*-?\s*$", re.I)
_STARTS_BLOCK = re.compile(r"^\s*(?:[-+*•]\s|[IVXLC]+[.\-]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s)")
_ENDS_SENTENCE = re.compile(r"[.:;!?)”\"]\s*$")


@dataclass
class PdfText:
    text: str  # the whole file
    scanned_pages: int = 0  # pages read by OCR
    ocr_confidence: float | None = None  # their mean word confidence, 0-100
    # When the file holds several documents (a signed cover letter, then the report it
    # submits), each one on its own; else empty.
    parts: list["Part"] = field(default_factory=list)
    saved: datetime | None = None  # the PDF's modification date, UTC
    # Where each page's text begins in `text` (None: nothing of it kept), page 1 first.
    page_starts: list[int | None] = field(default_factory=list)


@dataclass
class Part:
    """One document of a PDF that holds several."""

    text: str
    first_page: int  # 1-based
    last_page: int
    scanned_pages: int = 0
    ocr_confidence: float | None = None
    page_starts: list[int | None] = field(default_factory=list)  # in `text`, from first_page


MIN_PAGE_CHARS = 20  # a page whose text layer holds less is read as a scan
WORD_GAP_PT = 1.5  # characters closer than this are one word


def read_pdf(path: Path, data: bytes, progress: Progress | None = None,
             deadline: Deadline | None = None) -> PdfText:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.startswith(b"%PDF"):
        raise ReadError(f"{path.name}: not a PDF file")
    try:
        with pdfplumber.open(str(path)) as pdf:
            layers = []
            for page in pdf.pages:
                if deadline:
                    deadline.check()
                layers.append(_layer(page))
            pages = [lines for lines, _ in layers]
            saved = _pdf_date(pdf.metadata.get("ModDate") or pdf.metadata.get("CreationDate"))
            starts = [0] + [n for n in range(1, len(pages)) if starts_document(_top(pages[n]))]
            headers = {n: _header_lines(pdf.pages[n]) for n in starts if pages}
    except ReadError:
        raise  # over time: already one line
    except (PDFSyntaxError, ValueError, KeyError) as exc:
        raise ReadError(f"{path.name}: damaged PDF ({exc.__class__.__name__})") from exc
    except Exception as exc:  # noqa: BLE001  pdfminer raises many kinds: each is one line
        if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
            raise ReadError(f"{path.name}: the PDF is password-protected") from exc
        raise ReadError(f"{path.name}: damaged PDF ({exc.__class__.__name__})") from exc
    scanned = [n for n, lines in enumerate(pages) if len("".join(lines).strip()) < MIN_PAGE_CHARS]
    confidence, read = None, {}
    # paragraph starts the page's geometry shows, by page
    opens: dict[int, list[bool | None]] = {n: flags for n, (_, flags) in enumerate(layers)}
    if scanned:
        started = time.monotonic()
        read = _ocr(path, data, scanned, progress)
        if deadline:
            deadline.pause(time.monotonic() - started)  # OCR has its own limit, per page
        for number, scan in read.items():
            pages[number] = scan.lines
            opens[number] = scan.starts
            if number == 0 or starts_document(_top(scan.lines)):
                headers[number] = _leading_header(scan.lines)
        starts = sorted(headers)
        confidence = round(sum(p.confidence for p in read.values()) / len(read), 1)
    if not any("".join(lines).strip() for lines in pages):
        raise ReadError(f"{path.name}: no text found in the PDF, not even by OCR")
    parts = []
    for first, end in zip(starts, starts[1:] + [len(pages)], strict=True):
        ocred = [read[n].confidence for n in range(first, end) if n in read]
        lined = [list(zip(pages[n], opens.get(n) or [None] * len(pages[n]), strict=True))
                 for n in range(first, end)]
        body, at = _document(lined, headers.get(first, []))
        parts.append(Part(body, first + 1, end, len(ocred),
                          round(sum(ocred) / len(ocred), 1) if ocred else None, at))
    text = "\n\n".join(part.text for part in parts)
    page_starts: list[int | None] = []
    offset = 0
    for part in parts:
        page_starts += [None if at is None else offset + at for at in part.page_starts]
        offset += len(part.text) + 2
    return PdfText(text, len(scanned), confidence, parts if len(parts) > 1 else [], saved,
                   page_starts)


_PDF_DATE = re.compile(r"D:(\d{14})(?:([+-])(\d\d)'?(\d\d)?'?|Z)?")


def _pdf_date(value: object) -> datetime | None:
    """A PDF date ("D:20260402165215+07'00'") in UTC; None when absent or odd."""
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    found = _PDF_DATE.match(value) if isinstance(value, str) else None
    if not found:
        return None
    try:
        moment = datetime.strptime(found.group(1), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    if found.group(2):
        offset = timedelta(hours=int(found.group(3)), minutes=int(found.group(4) or 0))
        moment = moment - offset if found.group(2) == "+" else moment + offset
    return moment


def _layer(page: "Page") -> tuple[list[str], list[bool | None]]:
    """A text page's printed lines, without its page number and footnotes, and which of
    them begin a paragraph, by where they sit (nlp.read.layout, in points)."""
    found = page.extract_text_lines(return_chars=True) or []
    lines = []
    for row in found:
        chars = sorted((c for c in row["chars"] if c["text"].strip()), key=lambda c: c["x0"])
        if not chars:
            continue
        words: list[list[Any]] = []
        for char in chars:
            if words and char["x0"] - words[-1][1] <= WORD_GAP_PT:
                words[-1][1], words[-1][2] = char["x1"], words[-1][2] + char["text"]
            else:
                words.append([char["x0"], char["x1"], char["text"]])
        size = statistics.median(c["size"] for c in chars)
        lines.append((row["text"], layout.Line([tuple(w) for w in words], row["top"],
                                               row["bottom"], size)))
    kept = {id(line) for line in layout.body([line for _, line in lines], _COLUMN_GAP)}
    charts = _charts(page)
    lines = [(text, line) for text, line in lines if id(line) in kept
             and not any(_within(line, box) for box in charts)]
    starts = layout.paragraph_starts([line for _, line in lines], page.width, _COLUMN_GAP)
    return _with_tables(page, lines, starts, charts)


CHART_AREA = 0.04  # of the page: a frame at least this large ...
CHART_MARKS = 10  # ... around at least this many filled shapes (bars, legend keys)


def _charts(page: "Page") -> list[tuple[float, float, float, float]]:
    """Frames of the charts drawn on the page: a chart's title, labels and legend are no
    text of the report (the .docx holds the chart as a drawing, not as text)."""
    page_area = float(page.width * page.height)
    rects = page.rects
    out = []
    for frame in rects:
        box = (frame["x0"], frame["top"], frame["x1"], frame["bottom"])
        area = (box[2] - box[0]) * (box[3] - box[1])
        if area < CHART_AREA * page_area or area > 0.9 * page_area:
            continue
        marks = sum(1 for r in rects if r is not frame and r.get("fill")
                    and (r["x1"] - r["x0"]) * (r["bottom"] - r["top"]) < 0.05 * area
                    and box[0] <= r["x0"] and r["x1"] <= box[2]
                    and box[1] <= r["top"] and r["bottom"] <= box[3])
        if marks >= CHART_MARKS and box not in out:
            out.append(box)
    return out


def _within(line: "layout.Line", box: tuple[float, float, float, float]) -> bool:
    middle = (line.top + line.bottom) / 2
    return box[1] <= middle <= box[3] and box[0] <= line.left and line.right <= box[2] + 1


def _with_tables(page: "Page", lines: list[tuple[str, "layout.Line"]], starts: list[bool | None],
                 charts: list[tuple[float, float, float, float]]
                 ) -> tuple[list[str], list[bool | None]]:
    """The lines of a ruled table replaced by its rows, cells a tab apart, as the .docx
    reader gives a table: a row of a statistics table is no sentence to read tasks from,
    and a cell's words wrapped over several lines are one cell again."""
    try:
        tables = [t for t in page.find_tables() if len(t.rows) >= 2
                  and not any(b[0] <= t.bbox[0] and t.bbox[2] <= b[2] + 1 and b[1] <= t.bbox[1]
                              and t.bbox[3] <= b[3] + 1 for b in charts)]  # a chart's bars
    except Exception:  # noqa: BLE001  a table the finder cannot make out: lines as they are
        return [text for text, _ in lines], starts
    grids = []
    for table in tables:
        rows = ["\t".join(" ".join((cell or "").split()) for cell in row).strip()
                for row in table.extract()]
        if any(motto in " ".join(rows) for motto in ("CỘNG HÒA", "CỘNG HOÀ", "Độc lập")):
            continue  # the official header laid out as a table: read apart
        grids.append((table.bbox, [row for row in rows if row.replace("\t", "").strip()]))
    if not grids:
        return [text for text, _ in lines], starts
    texts: list[str] = []
    flags: list[bool | None] = []
    done: set[int] = set()
    for (text, line), start in zip(lines, starts, strict=True):
        middle = (line.top + line.bottom) / 2
        inside = next((n for n, ((x0, top, x1, bottom), _) in enumerate(grids)
                       if top <= middle <= bottom and line.right >= x0 and line.left <= x1),
                      None)
        if inside is None:
            texts.append(text)
            flags.append(start)
        elif inside not in done:
            done.add(inside)
            texts += grids[inside][1]
            flags += [True] * len(grids[inside][1])
    return texts, flags


def _top(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()][:6]


Line = tuple[str, bool | None]  # a printed line, and whether it begins a paragraph


def _document(pages: list[list[Line]], header: list[str]) -> tuple[str, list[int | None]]:
    """One document's pages as text: its header lines first, then the body joined back;
    and where each page's text begins in it (None for a page with nothing kept).
    A line's flag says whether it begins a paragraph when the page's picture showed it
    (OCR); else (None) the text decides."""
    pages = [list(lines) for lines in pages]
    if header and pages:
        # The same printed lines come first in the page's plain text: drop them there.
        same = 0
        while (same < min(len(header), len(pages[0]))
               and _same_line(pages[0][same][0], header[same])):
            same += 1
        pages[0] = pages[0][same:]
    body, at = _join_pdf_lines(_drop_running_lines(pages))
    lead = ("\n".join(header) + "\n\n") if header else ""
    starts = [None if n not in at else len(lead) + at[n] for n in range(len(pages))]
    if header and starts:
        starts[0] = 0  # the header is the first page's
    return lead + body, starts


def _same_line(line: str, header_line: str) -> bool:
    """Whether a page's plain line is the header's, which may hold the figures a signature
    field stamps into it ("Số: 228 /BC-SNV" printed as "Số: /BC-SNV")."""
    words, printed = line.split(), header_line.split()
    stamped = [w for w in printed if w not in words]
    return [w for w in printed if w in words] == words and all(w.isdigit() for w in stamped)


def _ocr(path: Path, data: bytes, numbers: list[int],
         progress: Progress | None) -> dict[int, ocr.OcrPage]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ReadError(f"{path.name}: damaged PDF ({exc})") from exc
    try:
        return ocr.read_pages(pdf, numbers, path.name, progress)
    except ReadError as exc:
        raise ReadError(f"{path.name}: {exc}" if path.name not in str(exc) else str(exc)) from exc
    finally:
        pdf.close()


_HEADER_LINE = re.compile(r"^(?:Số\s*:|V/v\b)|,\s*ngày\b.*\bnăm\s+\d{4}", re.I)
_COLUMN_GAP = 18.0  # points between two words of different columns


def _header_lines(page: "Page") -> list[str]:
    """The header block at the top of the first page, one line per printed line and the
    two columns apart (a tab), so the header reader can tell them apart: the lines from
    the top that are in capitals, hold a column gap, or are the number or dateline."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= 3:
            rows[-1].append(word)
        else:
            rows.append([word])
    for stamped in _stamped_words(page):
        # the number and day an office's signing tool stamps into the blanks of "Số:
        # /BC-SNV" and "ngày … tháng": on the printed line they fill
        row = min(rows, key=lambda r: abs(r[0]["top"] - stamped["top"]), default=None)
        if row is not None and abs(row[0]["top"] - stamped["top"]) <= stamped["height"]:
            row.append(stamped)
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        line = row[0]["text"]
        for before, word in zip(row, row[1:], strict=False):
            line += ("\t" if word["x0"] - before["x1"] > _COLUMN_GAP else " ") + word["text"]
        if not _is_header_line(line):
            break
        lines.append(line)
    return lines if len(lines) <= 12 else []  # more: a page of capitals or a table


_STAMPED = re.compile(r"^\d{1,5}$")  # what fills a blank: a number ("228") or a day ("06")


def _stamped_words(page: "Page") -> list[dict[str, Any]]:
    """The words drawn by the page's signature fields (a signed PDF's number and day:
    "184", "06", stamped into the header's blanks when the document is issued), placed on
    the page as pdfplumber places its own words. The text layer holds none of them."""
    out = []
    for annot in page.annots:
        data = annot.get("data") or {}
        if getattr(data.get("FT"), "name", None) != "Sig":
            continue
        try:
            chars = _appearance_chars(data.get("AP"))
        except Exception:  # noqa: BLE001  a stamp that cannot be read is no word
            continue
        if not chars:
            continue
        box, found = chars
        width = (annot["x1"] - annot["x0"]) / ((box[2] - box[0]) or 1)
        height = (annot["bottom"] - annot["top"]) / ((box[3] - box[1]) or 1)
        text = "".join(c.get_text() for c in found).strip()
        if not _STAMPED.match(text):
            continue  # a signer's name or the signing time ("Ký bởi: …"), no header blank
        shown = [c for c in found if c.get_text().strip()]
        out.append({"text": text,
                    "x0": annot["x0"] + (shown[0].x0 - box[0]) * width,
                    "x1": annot["x0"] + (shown[-1].x1 - box[0]) * width,
                    "top": annot["bottom"] - (max(c.y1 for c in shown) - box[1]) * height,
                    "height": max(c.height for c in shown) * height})
    return out


def _appearance_chars(appearance: Any) -> tuple[list[float], list[Any]] | None:
    """The characters a field's normal appearance draws, in its box's coordinates."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdftypes import PDFStream, resolve1

    appearance = resolve1(appearance)
    normal = resolve1(appearance.get("N")) if isinstance(appearance, dict) else None
    if not isinstance(normal, PDFStream):
        return None
    box = [float(v) for v in resolve1(normal.get("BBox", [0, 0, 1, 1]))]
    # the appearance drawn as a page of its own: what pdfminer's interpreter draws
    form = SimpleNamespace(pageid=0, rotate=0, mediabox=box, cropbox=box, contents=[normal],
                           resources=resolve1(normal.get("Resources")) or {})
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager)
    PDFPageInterpreter(manager, device).process_page(form)  # type: ignore[arg-type]

    def chars(item: Any) -> list[Any]:
        if isinstance(item, LTChar):
            return [item]
        return [c for x in item for c in chars(x)] if isinstance(item, LTContainer) else []

    return box, sorted(chars(device.get_result()), key=lambda c: c.x0)


def _is_header_line(line: str) -> bool:
    """In capitals, two columns a tab apart, or the number or dateline."""
    letters = [c for c in line if c.isalpha()]
    capitals = letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return bool(capitals or "\t" in line or _HEADER_LINE.search(line))


def _leading_header(lines: list[str]) -> list[str]:
    """The header lines at the top of a page read by OCR (the same test as _header_lines)."""
    count = 0
    while count < len(lines) and _is_header_line(lines[count]):
        count += 1
    return lines[:count] if count <= 12 else []


def _drop_running_lines(pages: list[list[Line]]) -> list[tuple[str, bool | None, int]]:
    """Drop page numbers and lines repeated at the top or bottom of most pages."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip().lower())

    edges: Counter[str] = Counter()
    for lines in pages:
        kept = [line for line, _ in lines if line.strip()]
        for line in set(kept[:2] + kept[-2:]):
            edges[key(line)] += 1
    threshold = max(2, (len(pages) + 1) // 2)
    running = {k for k, n in edges.items() if n >= threshold} if len(pages) > 1 else set()
    out = []
    for page, lines in enumerate(pages):
        for line, start in lines:
            if not line.strip() or _PAGE_NUMBER.match(line) or key(line) in running:
                continue
            out.append((line.rstrip(), start, page))
    return out


def _join_pdf_lines(lines: list[tuple[str, bool | None, int]]) -> tuple[str, dict[int, int]]:
    """Lines wrapped by the page width are joined back; blocks are separated by blank lines.
    Also where each page's first line landed: {page index: offset in the text}."""
    paragraphs: list[str] = []
    lengths = sorted(len(line.strip()) for line, _, _ in lines)
    full = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 20 else 0
    previous = ""
    landed: dict[int, tuple[int, int]] = {}  # page -> (paragraph, offset in it)
    for line, start, page in lines:
        if _begins(paragraphs, line, start, previous, full):
            paragraphs.append(line.strip())
            landed.setdefault(page, (len(paragraphs) - 1, 0))
        else:
            landed.setdefault(page, (len(paragraphs) - 1, len(paragraphs[-1]) + 1))
            paragraphs[-1] = paragraphs[-1] + " " + line.strip()
        previous = line
    begins, offset = [], 0
    for paragraph in paragraphs:
        begins.append(offset)
        offset += len(paragraph) + 2
    return ("\n\n".join(paragraphs) + "\n",
            {page: begins[n] + within for page, (n, within) in landed.items()})


def _begins(paragraphs: list[str], line: str, start: bool | None, previous: str,
            full: int) -> bool:
    """Whether `line` begins a paragraph (else it carries on the last one)."""
    if not paragraphs:
        return True
    if start is not None:  # the page's picture showed it
        return start
    if "\t" in paragraphs[-1] and "\t" not in line:
        return True  # after a table's row comes no more of it
    # A short numbered line ("1. Kết quả Chỉ số năm 2024") is a heading: the page width
    # did not end it, so what follows is not its continuation.
    heading = bool(full) and _STARTS_BLOCK.match(previous) is not None and (
        len(previous.strip()) < 0.6 * full)
    if heading:
        return True
    if not _STARTS_BLOCK.match(line) and not _ENDS_SENTENCE.search(paragraphs[-1]):
        return False
    return not line[:1].islower()


def page_picture(data: bytes, page: int, width: int = 1000) -> bytes:
    """Page `page` (1-based) of a PDF as a PNG `width` pixels wide, to show beside the text
    read from it. A ReadError when the file or the page cannot be had."""
    import io

    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ReadError(f"damaged PDF ({exc})") from exc
    try:
        if not 1 <= page <= len(pdf):
            raise ReadError(f"no page {page} in a PDF of {len(pdf)} pages")
        sheet = pdf[page - 1]
        image = sheet.render(scale=width / max(1.0, sheet.get_width())).to_pil()
        out = io.BytesIO()
        image.convert("L").save(out, format="PNG", optimize=True)
        return out.getvalue()
    finally:
        pdf.close()
