"""The official header block (Nghị định 30) -> kind, issuing body, number, place, date, title.

The left column holds the parent body above the issuing body and the number ("Số: …"),
the right column the national motto and the dateline; then come the type line (BÁO CÁO,
THÔNG BÁO, KẾ HOẠCH …) and the title, or for a công văn the subject "V/v …". Readers give
the two columns side by side separated by a tab (a .docx header table, a PDF's first
lines) or by runs of spaces (a .doc laid out with spaces); an issued PDF whose header came
out as one run of text is cut at the motto, the number and the dateline first.
Blank numbers and dates (a final before signing) stay None: nothing is invented.
"""

import re
from dataclasses import dataclass
from datetime import date

from nlp.normalize import UPPER, collapse_spaces, for_matching, without_marks
from nlp.rulebook import agency_rules, header_rules

# A handwritten number or day read by OCR may leave a few odd characters: the line is
# still the number line or the dateline, the unreadable part stays blank.
NUMBER = re.compile(
    r"Số\s*:\s*(\d*)(?P<smudge>[^\s/]{0,3})\s*/\s*([A-ZĐ][\wĐ&.]*(?:-[\wĐ&.]+)*)")
DATELINE = re.compile(
    r"([^\n,\d:\t]{2,40}?)\s*,\s*ngày\s*(?:(\d{1,2})|[^\s\d]{1,3}\d?)?\s*"
    r"tháng\s*(?:(\d{1,2})|[^\s\d]{1,3}\d?)?\s*năm\s*(\d{4})", re.I)
_COLUMNS = re.compile(r"\t+| {3,}")
_ROMAN_HEADING = re.compile(r"^[IVX]{1,5}\.\s+\S", re.M)
_SUBJECT = re.compile(r"^V/v\b[:.]?\s*", re.I)
_GREETING = re.compile(r"^Kính gửi\b", re.I)
_HEAD_CHARS = 6000  # the header and title are always within the first page


@dataclass
class Header:
    kind: str | None = None
    doc_type: str | None = None  # the type line as printed ("BÁO CÁO")
    issuer_parent: str | None = None  # "UBND TỈNH LÂM ĐỒNG", as printed
    issuer: str | None = None  # "SỞ NỘI VỤ", as printed
    number: str | None = None  # "493/TB-UBND"; None when the number is left blank
    symbol: str | None = None  # "TB-UBND" (printed even when the number is blank)
    place: str | None = None
    issued: date | None = None
    # The month the dateline gives when its day is blank ("ngày   tháng 12 năm 2025": a
    # final before signing): the 1st of that month, to order documents, never shown as a date.
    month: date | None = None
    title: str | None = None
    title_start: int | None = None  # offset of the title in the text


def safe_date(year: int, month: int | None, day: int | None) -> date | None:
    if not (month and day):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset, line))
        offset += len(line) + 1
    return out


def _unmash(line: str) -> list[str]:
    """An issued PDF's header in one run of text -> the pieces a layout would show."""
    rules = header_rules()
    line = rules.motto.sub("\t", line)
    line = NUMBER.sub(lambda m: "\t" + m.group(0) + "\t", line)
    line = DATELINE.sub(lambda m: "\t" + m.group(0).strip() + "\t", line, count=1)
    types = "|".join(map(re.escape, rules.type_lines))
    line = re.sub(rf"(?<=\s)({types})(?=\s)", r"\t\1\t", line, count=1)
    return [piece for piece in (collapse_spaces(p) for p in line.split("\t")) if piece]


_BLANK_BEFORE = re.compile(r"(?:Số\s*:|ngày)$")
_BLANK_AFTER = re.compile(r"^(?:/|tháng|năm)")


def _columns(raw: str) -> list[str]:
    """A header line's columns (tabs, or wide runs of spaces), without the motto; a blank
    left for the number or the day ("Số:        /UBND", "ngày      tháng 4") is no gap."""
    raw = header_rules().motto.sub("\t", raw)
    columns: list[str] = []
    for piece in (collapse_spaces(c) for c in _COLUMNS.split(raw)):
        if not piece:
            continue
        if columns and (_BLANK_BEFORE.search(columns[-1]) or _BLANK_AFTER.match(piece)):
            columns[-1] = f"{columns[-1]} {piece}"
        else:
            columns.append(piece)
    return columns


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    upper = text.upper()
    return any(upper.startswith(w) and (len(upper) == len(w) or not upper[len(w)].isalnum())
               for w in words)


def _bodies(lines: list[str]) -> list[str]:
    """Left-column lines -> the bodies they name (a line that does not start a body's name
    continues the one above: a wrapped name, or the place "TỈNH LÂM ĐỒNG")."""
    rules = header_rules()
    groups: list[list[str]] = []
    for line in lines:
        if not groups and not _starts_with(line, rules.body_words):
            continue  # a place name or a newspaper's section, not a body
        if groups and (not _starts_with(line, rules.body_words)
                       or _starts_with(line, rules.place_words)):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [collapse_spaces(" ".join(g)) for g in groups]


def parse_header(text: str) -> Header:
    """Read the header block at the top of `text` (see the module docstring)."""
    rules = header_rules()
    header = Header()
    left: list[str] = []
    lines = _lines(text[:_HEAD_CHARS])
    type_index = None
    for index, (offset, raw) in enumerate(lines[:25]):
        stripped = collapse_spaces(raw)
        if stripped.upper() in rules.type_lines and _is_caps(stripped):
            header.doc_type, type_index = stripped.upper(), index
            break
        if _GREETING.match(stripped) or (index > 0 and rules.body_openers.match(stripped)
                                         and not _is_caps(stripped)):
            break  # the body began with no type line: a công văn
        columns = _columns(raw)
        if len(columns) == 1 and len(columns[0]) > 150 and "Số" in columns[0]:
            pieces = _unmash(columns[0])
            _read_pieces(header, pieces, left)
            if header.doc_type:
                return _finish(header, left, text, title_from=(offset, raw))
            continue
        for column, piece in enumerate(columns):
            _read_piece(header, piece, left if column == 0 else None)
    if header.doc_type and type_index is not None:
        _title(header, lines[type_index + 1:])
    return _finish(header, left, text)


def _read_pieces(header: Header, pieces: list[str], left: list[str]) -> None:
    rules = header_rules()
    for piece in pieces:
        if header.doc_type is not None:
            header.title = header.title or _cut_at_body(piece)
            break
        if piece.upper() in rules.type_lines:
            header.doc_type = piece.upper()
            continue
        _read_piece(header, piece, left if _is_caps(piece) and header.number is None
                    and header.symbol is None else None)


def _cut_at_body(piece: str) -> str:
    """The title, where the body runs on after it in the same run of text."""
    rules = header_rules()
    for match in re.finditer(rf"(?<=\s)(?=[{UPPER}])", piece):
        if match.start() > 10 and rules.title_run_on.match(piece[match.start():]):
            return piece[:match.start()].strip()
    return piece


def starts_document(lines: list[str], within: int = 6) -> bool:
    """Whether the first lines of a page hold the motto: a new document begins there."""
    rules = header_rules()
    return any(rules.document_start.search(without_marks(line)) for line in lines[:within])


def furniture(line: str) -> bool:
    """The motto, draft marks, rules drawn with dashes: header lines that say nothing."""
    rules = header_rules()
    return any(p.match(line) for p in rules.skip) or not rules.motto.sub("", line).strip()


def _read_piece(header: Header, piece: str, left: list[str] | None) -> None:
    if furniture(piece):
        return
    number = NUMBER.search(piece)
    if number:
        readable = number.group(1) and not number.group("smudge")
        header.number = f"{number.group(1)}/{number.group(3)}" if readable else None
        header.symbol = number.group(3).rstrip(".")
        return
    dateline = DATELINE.match(piece)
    if dateline:
        header.place = collapse_spaces(dateline.group(1))
        header.issued = safe_date(int(dateline.group(4)),
                                  int(dateline.group(3)) if dateline.group(3) else None,
                                  int(dateline.group(2)) if dateline.group(2) else None)
        if dateline.group(3):
            header.month = safe_date(int(dateline.group(4)), int(dateline.group(3)), 1)
        return
    if _SUBJECT.match(piece):
        header.title = collapse_spaces(_SUBJECT.sub("", piece))
        return
    if left is not None and _is_caps(piece) and header.symbol is None:
        left.append(piece)


def _title(header: Header, lines: list[tuple[int, str]]) -> None:
    """The title: the lines after the type line, up to the first body paragraph."""
    rules = header_rules()
    parts: list[str] = []
    for offset, raw in lines[:4]:
        line = collapse_spaces(raw)
        if furniture(line):
            if parts:
                break
            continue
        if parts and (rules.body_openers.match(line) or _GREETING.match(line)
                      or len(" ".join(parts)) > 400):
            break
        if not parts:
            header.title_start = offset
        title = _cut_at_body(line)  # an issued PDF runs the title into the first paragraph
        parts.append(title)
        if title != line or line.endswith((".", ":", ";")):
            break
    if parts:
        header.title = " ".join(parts)


def _finish(header: Header, left: list[str], text: str,
            title_from: tuple[int, str] | None = None) -> Header:
    rules = header_rules()
    bodies = _bodies(left)
    if bodies:
        header.issuer = bodies[-1]
        header.issuer_parent = " ".join(bodies[:-1]) or None
    if header.doc_type:
        header.kind = rules.type_lines[header.doc_type]
        for _, doc_type, pattern, kind in rules.title_kinds:
            if doc_type == header.doc_type and header.title and pattern.search(header.title):
                header.kind = kind
    elif header.symbol is not None and header.symbol.split("-")[0] in rules.symbol_types:
        header.kind = rules.symbol_types[header.symbol.split("-")[0]]
    elif header.symbol is not None:
        many, few = rules.letter_kinds
        headings = len(_ROMAN_HEADING.findall(text))
        header.kind = many if headings >= rules.min_roman_headings else few
    if title_from is not None and header.title:
        position = text.find(header.title[:30], title_from[0])
        header.title_start = position if position >= 0 else None
    return header


def leader_of(title: str | None) -> str | None:
    """Who chaired the meeting a conclusion notice reports: "Nguyễn Hồng Hải, Phó Chủ
    tịch UBND tỉnh" from "Kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên …, Phó Chủ tịch
    UBND tỉnh họp nghe …"; None when the title names nobody."""
    if not title:
        return None
    rules = header_rules()
    found = rules.leader_name.search(title)
    if not found:
        return None
    roles = list(rules.leader_role.finditer(title, found.end()))
    name = collapse_spaces(found.group(1))
    return f"{name}, {collapse_spaces(roles[0].group(0))}" if roles else name


def agency_name(header: Header) -> str | None:
    """The name the follow-up groups a body's documents under: a known body by its usual
    name ("Sở Nội vụ"), else the printed name in sentence case; with the place of the
    parent body when the name has none ("Sở Nội vụ tỉnh Lâm Đồng"), or the parent body's
    whole name when the body is one of its offices ("Văn phòng Ủy ban nhân dân tỉnh Bình
    Thuận"; header.json parent_offices)."""
    if not header.issuer:
        return None
    rules = header_rules()
    name = _body_name(header.issuer)
    if header.issuer_parent and collapse_spaces(header.issuer).upper() in rules.parent_offices:
        return f"{name} {_body_name(header.issuer_parent)}"
    if not _place_of(name) and header.issuer_parent:
        place = _place_of(_sentence_case(header.issuer_parent, rules.abbreviations,
                                         agency_rules()["provinces"]))
        if place:
            name = f"{name} {place}"
    return name


def _body_name(printed: str) -> str:
    """A body's name as the header prints it, made a name: a known body's usual name, else
    the printed one in sentence case."""
    known = agency_rules()
    matching = for_matching(collapse_spaces(printed))
    name = None
    for canonical, aliases in known["aliases"].items():
        if any(for_matching(a) == matching for a in aliases):
            name = canonical
    if name is None:
        rules = header_rules()
        name = _sentence_case(printed, rules.abbreviations, known["provinces"])
    return name


def _sentence_case(text: str, abbreviations: dict[str, str],
                   provinces: dict[str, list[str]]) -> str:
    words = collapse_spaces(text).split(" ")
    out = [abbreviations.get(w, w) for w in words]
    lowered = " ".join(out).lower()
    lowered = lowered[:1].upper() + lowered[1:]
    for names in provinces.values():
        for name in names:
            lowered = re.sub(rf"(?<!\w){re.escape(name.lower())}(?!\w)", name, lowered)
    return lowered


def _place_of(name: str) -> str | None:
    rules = header_rules()
    words = "|".join(re.escape(w.lower()) for w in rules.place_words)
    match = re.search(rf"(?<!\w)(?:{words})\s+[{UPPER}].*$", name)
    return match.group(0) if match else None
