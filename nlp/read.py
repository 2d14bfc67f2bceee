"""Files -> text: .txt in any common Vietnamese encoding, .docx, .pdf with a text layer.

Every failure is a `ReadError` with a one-line message a person can act on.
"""

import re
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

from charset_normalizer import from_bytes

from nlp.normalize import decode_tcvn3, nfc, vietnamese_score

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED = (".txt", ".docx", ".pdf")


class ReadError(ValueError):
    """A file that cannot be read as a report; the message says why in one line."""


def read_file(path: str | Path) -> str:
    """Return the text of a report file, NFC-normalised with \\n line ends."""
    return read_with_hints(path)[0]


def read_with_hints(path: str | Path) -> tuple[str, dict[int, int]]:
    """The text, and where Word's heading styles put headings: {offset: level}.

    Only .docx files carry such hints; a heading style with no number of its own
    ("Heading 2: Về Công nghệ thông tin") is otherwise invisible in plain text.
    """
    path = Path(path)
    if not path.is_file():
        raise ReadError(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(f"{path.name}: the file is empty")
    if size > MAX_BYTES:
        raise ReadError(
            f"{path.name}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReadError(f"{path.name}: old Word .doc format is not supported; save it as .docx")
    hints: dict[int, int] = {}
    if suffix == ".docx":
        text, hints = _read_docx(path)
    elif suffix == ".pdf":
        text = _read_pdf(path, data)
    elif suffix in (".txt", ""):
        text = decode_text(data, name=path.name)
    else:
        raise ReadError(
            f"{path.name}: unsupported file type {suffix!r} (use {', '.join(SUPPORTED)})")
    text = nfc(text)
    if not text.strip():
        raise ReadError(f"{path.name}: no text found in the file")
    return text, hints


def read_bytes(data: bytes, filename: str) -> str:
    """Like read_file, for a file already in memory (an upload); errors name `filename`."""
    return read_bytes_with_hints(data, filename)[0]


def read_bytes_with_hints(data: bytes, filename: str) -> tuple[str, dict[int, int]]:
    """Like read_with_hints, for a file already in memory; errors name `filename`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (Path(filename).name or "upload.txt")
        path.write_bytes(data)
        return read_with_hints(path)


def decode_text(data: bytes, *, name: str = "text") -> str:
    """Decode a plain-text report: UTF-8 (BOM or not), UTF-16, Windows-1258 or TCVN3."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise ReadError(f"{name}: this is a binary file, not a text report")
    candidates = [decode_tcvn3(data), data.decode("cp1258", errors="replace")]
    guess = from_bytes(data).best()
    if guess is not None:
        candidates.append(str(guess))
    best = max(candidates, key=vietnamese_score)
    if vietnamese_score(best) < 3:
        raise ReadError(f"{name}: unknown text encoding (not UTF-8, UTF-16, Windows-1258 or TCVN3)")
    return best


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(b < 9 or 13 < b < 32 for b in sample)
    return control > len(sample) * 0.05


# --- .docx -------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


_HEADING_STYLE = re.compile(r"^(?:heading|title|tiêu đề|đề mục)\s*(\d?)$", re.I)


def _read_docx(path: Path) -> tuple[str, dict[int, int]]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"{path.name}: not a valid .docx file ({exc.__class__.__name__})") from exc
    numbering = _Numbering(document)
    styles = {s.get(_W + "styleId"): (s.find(_W + "name").get(_W + "val")
                                      if s.find(_W + "name") is not None else "")
              for s in document.styles.element.iter(_W + "style")}
    blocks: list[str] = []
    hints: dict[int, int] = {}
    position = 0
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _W + "p":
            text = _paragraph_text(child)
            prefix = numbering.prefix(child)
            line = nfc((prefix + text).strip())  # NFC per block keeps the offsets exact
            if line:
                style = child.find(f"{_W}pPr/{_W}pStyle")
                name = styles.get(style.get(_W + "val"), "") if style is not None else ""
                heading = _HEADING_STYLE.match(name.strip())
                if heading:
                    hints[position] = int(heading.group(1) or 1)
                blocks.append(line)
                position += len(line) + 2
        elif child.tag == _W + "tbl":
            rows = []
            for tr in child.iter(_W + "tr"):
                cells = [" ".join(_paragraph_text(p).strip() for p in tc.iter(_W + "p")).strip()
                         for tc in tr.iter(_W + "tc")]
                rows.append("\t".join(cells))
            table = nfc("\n".join(rows))
            blocks.append(table)
            position += len(table) + 2
    return "\n\n".join(blocks) + "\n", hints


def _paragraph_text(p) -> str:
    parts = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br"):
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        else:
            parts.append(" ")
    return "".join(parts)


class _Numbering:
    """Recovers Word's automatic list numbering ("1.", "a)", "I.", bullets) as text."""

    def __init__(self, document) -> None:
        self.formats: dict[tuple[str, str], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        self.style_num: dict[str, tuple[str, str]] = {}
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError):
            return
        root = part.element
        abstract: dict[str, dict[str, tuple[str, str, int]]] = {}
        for an in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in an.iter(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                text = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                levels[lvl.get(_W + "ilvl")] = (
                    fmt.get(_W + "val") if fmt is not None else "decimal",
                    text.get(_W + "val") if text is not None else "",
                    int(start.get(_W + "val")) if start is not None else 1,
                )
            abstract[an.get(_W + "abstractNumId")] = levels
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(_W + "val"), {}).items():
                self.formats[(num.get(_W + "numId"), ilvl)] = spec
        for style in document.styles.element.iter(_W + "style"):
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                self.style_num[style.get(_W + "styleId")] = self._ids(num_pr)

    @staticmethod
    def _ids(num_pr) -> tuple[str, str]:
        num_id = num_pr.find(_W + "numId")
        ilvl = num_pr.find(_W + "ilvl")
        return (num_id.get(_W + "val") if num_id is not None else "0",
                ilvl.get(_W + "val") if ilvl is not None else "0")

    def prefix(self, p) -> str:
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            num_id, ilvl = self._ids(num_pr)
        else:
            style = p.find(f"{_W}pPr/{_W}pStyle")
            ids = self.style_num.get(style.get(_W + "val")) if style is not None else None
            if ids is None:
                return ""
            num_id, ilvl = ids
        spec = self.formats.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return ""
        fmt, template, start = spec
        if fmt == "bullet":
            return "- "
        level = int(ilvl)
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= level:
            counters.append(0)
        counters[level] += 1
        del counters[level + 1:]
        out = template
        for i, value in enumerate(counters):
            shown = value + start - 1
            level_fmt = self.formats.get((num_id, str(i)), (fmt, "", 1))[0]
            out = out.replace(f"%{i + 1}", _format_number(shown, level_fmt))
        return out + " " if out else ""


def _format_number(value: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(value)
    if fmt == "lowerRoman":
        return _roman(value).lower()
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    return str(value)


def _roman(value: int) -> str:
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for number, letters in numerals:
        while value >= number:
            out += letters
            value -= number
    return out


# --- .pdf --------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^\s*(?:trang\s*)?-?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*-?\s*$", re.I)
_STARTS_BLOCK = re.compile(r"^\s*(?:[-+*•]\s|[IVXLC]+[.\-]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s)")
_ENDS_SENTENCE = re.compile(r"[.:;!?)”\"]\s*$")


def _read_pdf(path: Path, data: bytes) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.startswith(b"%PDF"):
        raise ReadError(f"{path.name}: not a PDF file")
    try:
        with pdfplumber.open(str(path)) as pdf:
            pages = [(page.extract_text() or "").split("\n") for page in pdf.pages]
    except (PDFSyntaxError, ValueError, KeyError) as exc:
        raise ReadError(f"{path.name}: damaged PDF ({exc.__class__.__name__})") from exc
    if sum(len("".join(lines).strip()) for lines in pages) < 20 * max(1, len(pages)):
        raise ReadError(f"{path.name}: the PDF has no text layer (scanned?); run OCR first")
    return _join_pdf_lines(_drop_running_lines(pages))


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
    for line in lines:
        continues = not _STARTS_BLOCK.match(line) and not _ENDS_SENTENCE.search(
            paragraphs[-1] if paragraphs else ".")
        if paragraphs and continues:
            paragraphs[-1] = paragraphs[-1] + " " + line.strip()
        elif paragraphs and line[:1].islower():
            paragraphs[-1] = paragraphs[-1] + " " + line.strip()
        else:
            paragraphs.append(line.strip())
    return "\n\n".join(paragraphs) + "\n"
