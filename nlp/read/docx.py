"""Word .docx: paragraphs, tables, automatic list numbering, heading styles as hints."""

import re
import zipfile
from datetime import UTC, datetime
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, cast

from nlp.normalize import decode_tcvn3_text, decode_vni, nfc
from nlp.read.errors import ReadError
from nlp.read.limits import Deadline

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from lxml.etree import _Element

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


_HEADING_STYLE = re.compile(r"^(?:heading|title|tiêu đề|đề mục)\s*(\d?)$", re.I)


MAX_UNPACKED = 200 * 2**20  # bytes all parts may unpack to
MAX_RATIO = 200  # unpacked / packed size of one large part; a zip bomb goes far beyond
MAX_LEVEL = 8  # Word's list levels are 0-8
MAX_COUNTER = 3999  # beyond this a list number is shown as digits, never counted out


def _check_package(path: Path) -> None:
    """Refuse a zip bomb before anything is unpacked: bounded total and ratio."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ReadError(f"{path.name}: not a valid .docx file ({exc.__class__.__name__})") from exc
    total = sum(p.file_size for p in parts)
    if total > MAX_UNPACKED:
        raise ReadError(f"{path.name}: unpacks to {total / 2**20:.0f} MB, over the "
                        f"{MAX_UNPACKED // 2**20} MB limit (a damaged or hostile file?)")
    for part in parts:
        if part.file_size > 2**20 and part.file_size > MAX_RATIO * max(1, part.compress_size):
            ratio = part.file_size // max(1, part.compress_size)
            raise ReadError(f"{path.name}: {part.filename} is compressed {ratio} times over "
                            "(a zip bomb?)")


_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>\s*(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")


def saved_at(path: Path) -> datetime | None:
    """When Word last saved the file (its core properties, UTC), if it says."""
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo("docProps/core.xml")
            if info.file_size > 2**20:
                return None
            found = _MODIFIED.search(package.read(info))
    except (KeyError, OSError, zipfile.BadZipFile):
        return None
    try:
        return (datetime.fromisoformat(found.group(1).decode()).replace(tzinfo=UTC)
                if found else None)
    except ValueError:
        return None


def read_docx(path: Path, deadline: Deadline | None = None) -> tuple[str, dict[int, int]]:
    """The .docx as text; any damage inside the package is one ReadError, and so is a file
    that takes longer than `deadline` allows."""
    from lxml.etree import LxmlError

    _check_package(path)
    try:
        return _read_docx(path, deadline)
    except (KeyError, ValueError, TypeError, AttributeError, IndexError, LxmlError,
            zipfile.BadZipFile) as exc:
        if isinstance(exc, ReadError):
            raise
        raise ReadError(f"{path.name}: not a valid .docx file ({exc.__class__.__name__})") from exc


def _read_docx(path: Path, deadline: Deadline | None) -> tuple[str, dict[int, int]]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except PackageNotFoundError as exc:
        raise ReadError(f"{path.name}: not a valid .docx file ({exc.__class__.__name__})") from exc
    numbering = _Numbering(document)
    fonts = _Fonts(document)
    styles = {s.get(_W + "styleId"): (s.find(_W + "name").get(_W + "val")
                                      if s.find(_W + "name") is not None else "")
              for s in document.styles.element.iter(_W + "style")}
    blocks: list[str] = []
    hints: dict[int, int] = {}
    position = 0
    body = document.element.body
    for child in body.iterchildren():
        if deadline:
            deadline.check()
        if child.tag == _W + "p":
            text = _paragraph_text(child, fonts)
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
            if not blocks or (len(blocks) <= 2 and position < 600):
                table = nfc(_header_table(child, fonts))  # the official header, as laid out
            else:
                rows = []
                for tr in child.iter(_W + "tr"):
                    cells = [" ".join(_paragraph_text(p, fonts).strip()
                                      for p in tc.iter(_W + "p"))
                             .strip() for tc in tr.iter(_W + "tc")]
                    rows.append("\t".join(cells))
                table = nfc("\n".join(rows))
            if not table.strip():
                continue
            blocks.append(table)
            position += len(table) + 2
    return "\n\n".join(blocks) + "\n", hints


def _header_table(table: "_Element", fonts: "_Fonts") -> str:
    """A table at the top of a document is the two-column header (issuing body, number |
    motto, dateline): one line per paragraph, the columns side by side with a tab, as on
    the page, so the header reader can tell the left column from the right."""
    lines = []
    for tr in table.iter(_W + "tr"):
        columns = [[t for t in (" ".join(_paragraph_text(p, fonts).split())
                                for p in tc.iter(_W + "p")) if t] for tc in tr.iter(_W + "tc")]
        for row in zip_longest(*columns, fillvalue=""):
            line = "\t".join(row).strip()
            if line:
                lines.append(line)
    return "\n".join(lines)


class _Fonts:
    """Which font each run is typed in, for the legacy Vietnamese fonts: TCVN3 (".VnTime",
    ".VnArial", capitals in ".VnTimeH") and VNI ("VNI-Times") store letters as Windows-1252
    characters, which read as "C¸c nhiÖm vô" or "Caùc nhieäm vuï" until decoded."""

    def __init__(self, document: "DocxDocument | None" = None) -> None:
        self.default: str | None = None
        self.by_style: dict[str, str | None] = {}
        if document is None:
            return
        root = document.styles.element
        defaults = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}rFonts")
        self.default = _font_name(defaults)
        based: dict[str, str | None] = {}
        own: dict[str, str | None] = {}
        for style in root.iter(_W + "style"):
            style_id = style.get(_W + "styleId")
            own[style_id] = _font_name(style.find(f"{_W}rPr/{_W}rFonts"))
            parent = style.find(_W + "basedOn")
            based[style_id] = parent.get(_W + "val") if parent is not None else None
            if style.get(_W + "default") == "1" and style.get(_W + "type") == "paragraph":
                self.default = own[style_id] or self.default
        current: str | None
        for style_id in own:
            seen, current, font = set(), style_id, None
            while current and current not in seen and font is None:
                seen.add(current)
                font, current = own.get(current), based.get(current)
            self.by_style[style_id] = font

    def paragraph_font(self, p: "_Element") -> str | None:
        style = p.find(f"{_W}pPr/{_W}pStyle")
        font = self.by_style.get(style.get(_W + "val")) if style is not None else None
        return font or self.default


def _font_name(fonts: "_Element | None") -> str | None:
    if fonts is None:
        return None
    return cast(str | None,
                fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi") or fonts.get(_W + "cs"))


def _decoded(text: str, font: str | None) -> str:
    if not font or not text:
        return text
    if font.startswith(".Vn"):
        return decode_tcvn3_text(text, capitals=font.rstrip().endswith("H"))
    if font.upper().startswith("VNI"):
        return decode_vni(text)
    return text


_NO_FONTS = _Fonts()


def _paragraph_text(p: "_Element", fonts: _Fonts = _NO_FONTS) -> str:
    parts = []
    base = fonts.paragraph_font(p)
    for run in p.iter(_W + "r"):
        font = _font_name(run.find(f"{_W}rPr/{_W}rFonts")) or base
        text = []
        for node in run.iter(_W + "t", _W + "tab", _W + "br"):
            if node.tag == _W + "t":
                text.append(node.text or "")
            elif node.tag == _W + "tab":
                text.append("\t")
            else:
                text.append(" ")
        parts.append(_decoded("".join(text), font))
    return "".join(parts)


class _Numbering:
    """Recovers Word's automatic list numbering ("1.", "a)", "I.", bullets) as text."""

    def __init__(self, document: "DocxDocument") -> None:
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
    def _ids(num_pr: "_Element") -> tuple[str, str]:
        num_id = num_pr.find(_W + "numId")
        ilvl = num_pr.find(_W + "ilvl")
        return (num_id.get(_W + "val") if num_id is not None else "0",
                ilvl.get(_W + "val") if ilvl is not None else "0")

    def prefix(self, p: "_Element") -> str:
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
        if not 0 <= level <= MAX_LEVEL:
            return ""  # no such level in Word: a damaged or hostile numbering part
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
    if not 0 < value <= MAX_COUNTER:
        return str(value)
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
