"""Headings -> section tree with kinds and fields; blocks of text; report metadata.

Pure text work with regular expressions: nothing here is tokenized, so tables, recipient
lists and signatures cost nothing downstream.
"""

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from nlp.header import DATELINE, NUMBER, Header, agency_name, parse_header, safe_date
from nlp.messages import warning
from nlp.normalize import collapse_spaces, for_matching, top_level_colon
from nlp.periods import Period, find_periods, following, resolve_pair, to_period
from nlp.rulebook import (
    agency_rules,
    canonical_field,
    layout_rules,
    noun_rules,
    opener_rules,
    section_rules,
    unit_rules,
    verb_rules,
)

# --- blocks ----------------------------------------------------------------------------

_ROMAN = re.compile(r"^\s*(X{0,3}(?:IX|IV|V?I{1,3}|V|X))\s*[.\-–)]\s*(\S.*)$", re.S)
_DOTTED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$", re.S)
_ARABIC = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(\S.*)$", re.S)
_LETTER = re.compile(r"^\s*([a-zđ])\s*[.)]\s+(\S.*)$", re.S)
_BOLD_HEADING = re.compile(r"^\s*\*{2,3}\s*(\S.*?)\s*:?\s*\*{1,3}\s*$", re.S)
_ORDINAL = re.compile(r"^\s*((?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\s*:)\s*(\S.*)$", re.S)
_BULLET = re.compile(r"^\s*([-+•–]|\*(?!\*))\s*(.*)$", re.S)
# Any of the above at the start of a line (checked on its first characters only).
_MARKER = re.compile(r"^\s*(?:[-+•–*]|[IVX]+\s*[.\-–)]\s*\S|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\S"
                     r"|\d{1,2}\s*[.)]\s+\S"
                     r"|[a-zđ]\s*[.)]\s+\S|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\s*:)")

@dataclass
class Block:
    """A paragraph, list item, heading or table, with offsets into the report text."""

    start: int
    end: int
    kind: str  # heading | item | paragraph | table
    content_start: int  # where the text after a bullet or number begins
    level: int = 0
    number: str = ""
    title: str = ""
    section: int = -1  # index into Document.sections


@dataclass
class Section:
    """A heading and what it governs: its kind (results, tasks, ...) and field."""

    title: str
    number: str
    level: int
    kind: str
    own_kind: str | None
    rule: str | None
    parent: int | None
    field: str | None
    path: str
    lead_in: bool = False  # "c) Chủ động làm việc …, như:" announces the tasks under it


@dataclass
class Document:
    """The text cut into blocks, the section tree, and the report's metadata."""

    text: str
    blocks: list[Block]
    sections: list[Section]
    number: str | None = None
    issuer_code: str | None = None
    place: str | None = None
    issued: date | None = None
    title: str | None = None
    agency: str | None = None
    agency_guessed: bool = False  # the agency is only the first department the text names
    period: Period | None = None
    next_period: Period | None = None
    warnings: list[str] = field(default_factory=list)
    header: Header | None = None

    def section_of(self, block: Block) -> Section | None:
        return self.sections[block.section] if block.section >= 0 else None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    position = 0
    for line in text.split("\n"):
        yield position, line
        position += len(line) + 1


def split_blocks(text: str) -> list[Block]:
    """Blocks: blank lines and list/heading markers start new ones; table rows group."""
    raw: list[list[int]] = []  # [start, end, is_table]
    for start, line in _lines(text):
        end = start + len(line)
        if not line.strip():
            raw.append([-1, -1, 0])
            continue
        is_table = "\t" in line.strip(" ")
        marker = not is_table and bool(_MARKER.match(line[:24]))
        last = raw[-1] if raw else None
        if last and last[0] >= 0 and not marker and bool(last[2]) == is_table:
            last[1] = end
        else:
            raw.append([start, end, int(is_table)])
    blocks = []
    for start, end, table in raw:
        if start < 0:
            continue
        while end > start and text[end - 1].isspace():
            end -= 1
        blocks.append(Block(start, end, "table" if table else "paragraph", start))
    return blocks


@cache
def _verb_alternatives() -> str:
    """The lexicon's verb phrases as one regex alternation, longest first."""
    phrases = sorted({for_matching(p) for rule in verb_rules() for p in rule.phrases},
                     key=len, reverse=True)
    return "|".join(re.escape(p) for p in phrases)


@cache
def _noun_alternatives() -> str:
    """The words that only look like verbs (nouns.jsonl) as one alternation, longest first."""
    nouns = sorted({for_matching(p) for rule in noun_rules() for p in rule.phrases},
                   key=len, reverse=True)
    return "|".join(re.escape(p) for p in nouns)


@cache
def _not_verbs() -> str:
    """A lookahead refusing the words that only look like verbs."""
    return r"(?!(?:" + _noun_alternatives() + r")(?!\w))"


@cache
def _noun_regex() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + _noun_alternatives() + r")(?!\w)")


def noun_words(text: str) -> int:
    """How many words of a name that only looks like a verb `text` opens with ("Ban Chỉ
    đạo …" -> 3; nouns.jsonl), 0 when none."""
    found = _noun_regex().match(for_matching(text))
    # (the words of the name, not the comma before it: ", tổ kiểm tra" is three)
    return len(re.sub(r"^\W+", "", found.group()).split()) if found else 0


@cache
def _verb_regex() -> re.Pattern[str]:
    # (an act and "viên" name a role: "báo cáo viên", "tuyên truyền viên"; but "viên chức"
    # is whom an act is done to, "tuyển dụng viên chức")
    return re.compile(r"^\W*" + _not_verbs() + "(?:" + _verb_alternatives()
                      + r")(?!\w)(?!\s+viên(?!\w)(?!\s+chức))")


def _starts_with_verb(text: str) -> bool:
    return bool(_verb_regex().match(for_matching(text.strip())))


def verb_opening(matching: str) -> int | None:
    """Where the task verb that opens `matching` (text in matching form) ends, or None."""
    found = _verb_regex().match(matching)
    return found.end() if found else None


@cache
def _final_verb_regex() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _verb_alternatives() + r")\W*$")


@cache
def _any_verb_regex() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _verb_alternatives() + r")(?!\w)")


def has_verb(text: str) -> bool:
    """Whether the words hold an action of the lexicon anywhere."""
    return bool(_any_verb_regex().search(for_matching(text)))


PATH_SEPARATOR = " > "  # between the headings of a section's path ("I. … > 1. …")


def top_part(path: str | None) -> str | None:
    """The heading of the top-level part a section path lies in ("I. CÔNG TÁC CHỈ ĐẠO,
    TRIỂN KHAI > 1. …" -> "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"); None for no path."""
    return (path.split(PATH_SEPARATOR, 1)[0] or None) if path else None


def first_action(matching: str) -> int | None:
    """Where the first action of the lexicon begins in `matching` (text in matching form),
    or None."""
    found = _any_verb_regex().search(matching)
    return found.start() if found else None


def ends_with_verb(text: str) -> bool:
    """Whether the words end on an action with its object still to come: "kiểm tra, đôn
    đốc các địa phương" (both verbs act on what follows the last)."""
    lower = for_matching(text.strip())
    found = _final_verb_regex().search(lower)
    if found is None:
        return False
    # "xây dựng và củng cố tổ chức": a word that is also a name (units.json listed_nouns),
    # right after an action, is that action's object, the organisation
    return not (found.group().strip(" ,.;:") in unit_rules()["listed_nouns"]
                and _final_verb_regex().search(lower[:found.start()].rstrip()))


def _announces_list(title: str) -> bool:
    """A topic that ends in the words of a list's announcement ("…, như", "các nhiệm vụ
    sau"): what follows its colon are its elements (nlp/rules/openers.json announcements)."""
    head = for_matching(collapse_spaces(title)).rstrip(" :*.")[-40:] + ":"
    return any(rule.pattern.search(head) for rule in opener_rules().announcements)


def _kind_of(title: str) -> tuple[str, str] | None:
    matching = for_matching(collapse_spaces(title)).strip(" :*.")
    for rule in section_rules():
        if rule.pattern.search(matching):
            return rule.kind, rule.id
    return None


def classify(text: str, blocks: list[Block],
             heading_hints: dict[int, int] | None = None) -> list[Block]:
    """Mark headings (with level and title) and list items; split "1. Topic: content".

    `heading_hints` ({offset: level}, from Word's heading styles) make a block a heading
    even when its text has no number and names no section kind."""
    heading_hints = heading_hints or {}
    out: list[Block] = []
    after_report_word = False
    for block in blocks:
        if block.kind == "table":
            out.append(block)
            continue
        body = text[block.start:block.end]
        if after_report_word:  # the title that follows a lone "BÁO CÁO"
            after_report_word = False
            out.append(Block(block.start, block.end, "title", block.start))
            continue
        if body.strip() == "BÁO CÁO":
            after_report_word = True
            out.append(Block(block.start, block.end, "title", block.start))
            continue
        if body.lstrip().startswith("BÁO CÁO\n"):
            out.append(Block(block.start, block.end, "title", block.start))
            continue
        if block.start in heading_hints and not (_ROMAN.match(body) or _DOTTED.match(body)
                                                 or _ARABIC.match(body) or _LETTER.match(body)):
            out.append(_heading(block, heading_hints[block.start], "", body))
            continue
        first_line = body.split("\n", 1)[0]
        m = _BOLD_HEADING.match(body)
        if m:
            out.append(_heading(block, 4, "", m.group(1)))
            continue
        m, level = next(((found, lvl) for pattern, lvl in
                         ((_ROMAN, 1), (_DOTTED, 0), (_ARABIC, 2), (_LETTER, 3))
                         if (found := pattern.match(body))), (None, 0))
        if m:
            number, rest = m.group(1), m.group(2)
            if level == 0:
                level = 2 + number.count(".")
            rest_start = block.start + m.start(2)
            colon = top_level_colon(rest, 0, 160)
            after = rest[colon + 1:].strip() if colon is not None else ""
            if colon is not None and after and (level == 1 or not _starts_with_verb(rest[:colon])):
                out.append(_heading(Block(block.start, rest_start + colon, "heading", rest_start),
                                    level, number, rest[:colon]))
                content = rest_start + colon + 1
                while content < block.end and text[content].isspace():
                    content += 1
                out.append(Block(content, block.end, "paragraph", content))
            elif level == 1 or (len(rest) <= 120 and not rest.rstrip().endswith((".", ";"))):
                out.append(_heading(block, level, number, rest))
            else:
                out.append(Block(block.start, block.end, "item", rest_start, number=number))
            continue
        m = _ORDINAL.match(body) or _BULLET.match(body)
        if m:
            out.append(Block(block.start, block.end, "item", block.start + m.start(2)))
            continue
        lines = [line for line in body.split("\n") if line.strip()]
        if len(first_line) <= 100 and not first_line.rstrip().endswith((".", ";", ",")) \
                and (kind := _kind_of(first_line)) and (len(lines) == 1 or kind[0] in (
                    "appendix", "signature", "recipients")):
            out.append(_heading(block, 1, "", first_line))
            continue
        out.append(block)
    return _join_broken(text, out)


def title_start(text: str, heading: Block) -> int:
    """Where a heading's own words begin, past its number or letter ("b) Theo dõi …")."""
    if heading.number:
        body = text[heading.start:heading.end]
        for pattern in (_ROMAN, _DOTTED, _ARABIC, _LETTER):
            found = pattern.match(body)
            if found:
                return heading.start + found.start(2)
    return heading.content_start


def _heading(block: Block, level: int, number: str, title: str) -> Block:
    return Block(block.start, block.end, "heading", block.content_start, level, number,
                 collapse_spaces(title).strip(" *:"))


def _join_broken(text: str, blocks: list[Block]) -> list[Block]:
    """Join a paragraph broken mid-sentence by a blank line back to the one before."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if previous and block.kind == "paragraph" and previous.kind in ("item", "paragraph"):
            head = text[block.content_start:block.content_start + 1]
            tail = text[previous.start:previous.end]
            # A list item that stops with no punctuation was cut mid-sentence.
            open_end = previous.kind == "item" and tail.rstrip("*”\" ")[-1:].isalnum()
            if head.islower() or layout_rules()[1].pattern.search(tail) or (
                    open_end and not _starts_with_verb(text[block.content_start:block.end])):
                previous.end = block.end
                continue
        out.append(block)
    return out


# --- sections --------------------------------------------------------------------------

_FIELD_PREFIX = re.compile(r"^(?:về\s+|công tác\s+|lĩnh vực\s+)+", re.I)


def _field_name(title: str) -> str | None:
    """The canonical field a heading names ("Về Báo chí Xuất bản" -> "Báo chí, Xuất bản"),
    else the heading itself without "Về", "Công tác"."""
    canonical = canonical_field(title)
    if canonical:
        return canonical
    name = _FIELD_PREFIX.sub("", title).strip(" :*.")
    return name[:1].upper() + name[1:] if name else None


def build_sections(blocks: list[Block]) -> list[Section]:
    """Give each block the index of its section; returns the sections."""
    sections: list[Section] = []
    stack: list[int] = []
    seen_tasks = False
    for block in blocks:
        if block.kind == "heading":
            while stack and sections[stack[-1]].level >= block.level:
                stack.pop()
            parent = stack[-1] if stack else None
            found = _kind_of(block.title)
            own_kind, rule = found if found else (None, None)
            parent_section = sections[parent] if parent is not None else None
            lead_in = bool(parent_section and parent_section.kind in ("results", "tasks")
                           and block.level >= 3 and (_starts_with_verb(block.title)
                                                     or _announces_list(block.title)))
            if (own_kind == "background" and parent_section
                    and parent_section.kind in ("results", "tasks")) or lead_in:
                # "1. Tổ chức bộ máy, biên chế" under results is a field, not background;
                # "b) Theo dõi, … đề xuất … các nhiệm vụ:" is a lead-in, not a section.
                own_kind, rule = None, None
            if own_kind:
                kind = own_kind
            elif parent_section:
                kind = parent_section.kind
            else:
                kind = "other"
            if kind == "signature" or (parent_section and parent_section.kind in
                                       ("recipients", "signature") and own_kind != "appendix"):
                kind = own_kind if own_kind == "appendix" else "signature"
            field_name = (parent_section.field if parent_section else None)
            if not own_kind and block.level >= 2 and not lead_in:
                field_name = _field_name(block.title)
            label = f"{block.number}. {block.title}" if block.number else block.title
            path = f"{parent_section.path}{PATH_SEPARATOR}{label}" if parent_section else label
            sections.append(Section(block.title, block.number, block.level, kind, own_kind, rule,
                                    parent, field_name, path, lead_in))
            stack.append(len(sections) - 1)
            seen_tasks = seen_tasks or kind == "tasks"
        block.section = stack[-1] if stack else -1
    # Top-level sections of unknown kind before the tasks are the period's results.
    first_tasks = next((i for i, s in enumerate(sections) if s.kind == "tasks"), len(sections))
    for i, section in enumerate(sections):
        if section.kind == "other" and section.parent is None and i < first_tasks and seen_tasks:
            section.kind = "results"
            for j in range(i + 1, len(sections)):
                if sections[j].kind == "other" and _descends(sections, j, i):
                    sections[j].kind = "results"
    return sections


def _descends(sections: list[Section], child: int, ancestor: int) -> bool:
    parent = sections[child].parent
    while parent is not None:
        if parent == ancestor:
            return True
        parent = sections[parent].parent
    return False


# --- metadata --------------------------------------------------------------------------

_NEWS_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")

def _province_names() -> dict[str, tuple[str, str]]:
    """matching form of a province -> (prefix, name)."""
    out = {}
    for prefix, names in agency_rules()["provinces"].items():
        for name in names:
            out[for_matching(name)] = (prefix, name)
    return out


def read_metadata(doc: Document, agency: str | None = None) -> None:
    """Fill number, place, issue date, title, agency and periods on `doc`: from the
    official header when there is one (nlp.header), else from the first lines."""
    text = doc.text
    preamble = [b for b in doc.blocks if b.section < 0]
    provinces = _province_names()
    header = doc.header = parse_header(text)
    if header.symbol:
        doc.number = header.number
        doc.issuer_code = header.symbol.split("-", 1)[1] if "-" in header.symbol else None
    if header.place:
        doc.place, doc.issued = header.place, header.issued
    else:
        for block in preamble[:6]:
            line = collapse_spaces(text[block.start:block.end])
            n = _NEWS_DATE.search(line)
            if n and len(line) <= 40 and doc.issued is None:
                doc.issued = safe_date(int(n.group(3)), int(n.group(2)), int(n.group(1)))
            elif for_matching(line) in provinces and doc.place is None:
                doc.place = provinces[for_matching(line)][1]
    doc.title = header.title or _title(doc, preamble)
    doc.agency = agency or agency_name(header)
    if doc.agency is None:
        doc.agency = _agency(doc, provinces)
        doc.agency_guessed = doc.agency is not None and doc.issuer_code is None
    _periods(doc)


TITLE_BLOCK_MAX = 300  # characters: a longer first block with several lines holds the body


def _title(doc: Document, preamble: list[Block]) -> str | None:
    text = doc.text
    for index, block in enumerate(preamble):
        body = text[block.start:block.end]
        if body.strip().startswith("BÁO CÁO"):
            rest = body.strip()[len("BÁO CÁO"):].strip()
            if rest:
                return collapse_spaces(rest)
            if index + 1 < len(preamble):
                following_block = preamble[index + 1]
                return collapse_spaces(text[following_block.start:following_block.end])
    for index, block in enumerate(preamble):
        body = text[block.start:block.end].strip()
        if "\n" in body and len(body) > TITLE_BLOCK_MAX:
            # a page copied one paragraph to a line, with no blank line between: the
            # headline is its first line, not the whole article
            body = body.split("\n", 1)[0]
        line = collapse_spaces(body)
        # a press headline may end with a full stop ("Hội nghị giao ban Mặt trận Tổ quốc
        # các xã tháng 5/2018."): the first line, short, one sentence
        headline = (index == 0 and len(line) <= MAX_STOPPED_HEADLINE
                    and not re.search(r"[.!?]\s", line))
        if (20 < len(line) <= TITLE_BLOCK_MAX and not line.isupper() and not NUMBER.match(line)
                and not DATELINE.match(line) and not _NEWS_DATE.search(line)
                and not line.startswith(("-", "–", "+", "•"))
                and (headline or not line.endswith("."))):
            return line
    return None


MAX_STOPPED_HEADLINE = 100  # characters of a first line that ends with a full stop


def _agency(doc: Document, provinces: dict[str, tuple[str, str]]) -> str | None:
    rules = agency_rules()
    org = rules["issuer_codes"].get(doc.issuer_code or "")
    matching = for_matching(doc.text)
    if org is None:
        best = None
        for name, aliases in rules["aliases"].items():
            for alias in aliases:
                position = matching.find(for_matching(alias))
                if position >= 0 and (best is None or position < best[0]):
                    best = (position, name)
        org = best[1] if best else None
    if org is None:
        return None
    province = _province(doc, provinces)
    return f"{org} {province[0]} {province[1]}" if province else org


def _province(doc: Document, provinces: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The document's province: its place, else the one its text names most."""
    province = provinces.get(for_matching(doc.place or ""))
    if province is None:
        matching = for_matching(doc.text)
        counts: Counter[str] = Counter()
        for key in provinces:
            counts[key] = len(re.findall(r"(?<!\w)" + re.escape(key) + r"(?!\w)", matching))
        key, count = counts.most_common(1)[0]
        province = provinces[key] if count else None
    return province


def placed(name: str, doc: Document) -> str:
    """A body named by its level alone ("UBND tỉnh", "UBND TP") with the document's
    province ("UBND tỉnh Quảng Ninh"); any other name as it is."""
    level = re.search(r"\s(tỉnh|thành phố|TP)$", name)
    province = _province(doc, _province_names()) if level else None
    if level is None or province is None or (province[0] == "tỉnh") != (level[1] == "tỉnh"):
        return name  # ("UBND thành phố" in a province is one of its cities, not the province)
    return f"{name[:level.start()]} {province[0]} {province[1]}"


def _periods(doc: Document) -> None:
    default_year = doc.issued.year if doc.issued else None
    if default_year is None:
        # "năm 2019", "quý II/2019", "tháng 8/2015"
        years = [int(y) for y in re.findall(
            r"(?:năm\s+|(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})\s*/\s*)(\d{4})", doc.text[:4000])]
        default_year = years[0] if years else None
    report = next_ = None
    header = doc.header
    if header and header.kind not in (None, "report"):
        return  # a directive, plan or letter has tasks with deadlines, not a period
    if header and header.doc_type and header.title:
        # A report with its own title: the period is the one the title names, or none
        # (a one-off report), never a month found somewhere in the body.
        split = layout_rules()[0].pattern.search(header.title)
        doc.period, doc.next_period = resolve_pair(
            find_periods(header.title), split.start() if split else None, default_year)
        if doc.period is not None or doc.next_period is not None:
            _fill_periods(doc, doc.period, doc.next_period, default_year)
        return
    if doc.title:
        split = layout_rules()[0].pattern.search(doc.title)
        report, next_ = resolve_pair(find_periods(doc.title), split.start() if split else None,
                                     default_year)
        if report is not None and next_ is None:
            report, next_ = _title_period_is_next(doc, report, default_year)
    _fill_periods(doc, report, next_, default_year)


def _title_period_is_next(doc: Document, named: Period,
                          default_year: int | None) -> tuple[Period | None, Period | None]:
    """A news title's one period ("Hội nghị giao ban công tác tháng 8/2015") may be the
    one the meeting set tasks for: when the opening sentence after it reviews one period
    and sets the tasks of the title's ("… đánh giá tình hình thực hiện nhiệm vụ tháng 7/2015
    và triển khai nhiệm vụ trọng tâm tháng 8/2015"), the report reviews the first."""
    assert doc.title is not None
    at = doc.text.find(doc.title)
    opening = doc.text[at + len(doc.title):][:OPENING_CHARS] if at >= 0 else ""
    split = layout_rules()[0].pattern.search(opening)
    if split is None:
        return named, None
    report, next_ = resolve_pair(find_periods(opening), split.start(),
                                 default_year or (named.start.year if named.start else None))
    if (report is not None and next_ is not None and report.start and next_.start
            and report.start < next_.start == named.start and next_.end == named.end):
        return report, next_
    return named, None


OPENING_CHARS = 400  # the opening sentence of a news page, after its title


IMPLIED_NEXT = "(sau {})"  # the label of a next period no words name: the one after the period


def next_implied(doc: Document) -> bool:
    """Whether the document's next period was only taken as the one after its period (no
    words of the document name it)."""
    return bool(doc.period and doc.next_period
                and doc.next_period.label == IMPLIED_NEXT.format(doc.period.label))


def _fill_periods(doc: Document, report: Period | None, next_: Period | None,
                  default_year: int | None) -> None:
    if report is None:
        report = _first_period_in(doc, "results", default_year)
    if next_ is None:
        next_ = _first_period_in(doc, "tasks", default_year)
    if report is None and next_ is None:
        report, next_ = _opening_pair(doc, default_year)
    if report is None and next_ is None:
        next_ = _opening_tasks_period(doc, default_year)
    if report is None:
        report = _first_period_before(doc, next_, default_year)
    if next_ is None and report is not None:
        implied = following(report)
        next_ = Period(IMPLIED_NEXT.format(report.label), implied.start, implied.end,
                       implied.kind)
    doc.period, doc.next_period = report, next_
    if report and next_ and report.start and next_.start and next_.start <= report.start:
        doc.warnings.append(warning("next_period", next_.label, report.label))


def _opening_periods(doc: Document, chars: int,
                     ) -> tuple[str, list[Any], re.Match[str] | None] | None:
    """The first `chars` characters of a page's first paragraph that names periods, the
    periods they name and where its task words begin (None if none); None for a page with
    no such paragraph."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        opening = doc.text[block.start:block.end][:chars]
        found = find_periods(opening)
        if found:
            return opening, found, layout_rules()[0].pattern.search(opening)
    return None


_SENTENCE_END = re.compile(r"[.!?]\s")


def _opening_pair(doc: Document, default_year: int | None,
                  ) -> tuple[Period | None, Period | None]:
    """The reviewed and the coming period of a page's first paragraph that names two, one
    before its task words and one after ("… đánh giá kết quả hoạt động quý IV và phương
    hướng hoạt động năm 2022": the fourth quarter of 2021, then 2022); (None, None)
    otherwise."""
    first = _opening_periods(doc, OPENING_PAIR_CHARS)
    if first is None:
        return None, None
    opening, found, split = first
    if split is not None and found and split.start() < found[0].start:
        # ("… chỉ đạo thực hiện nhiệm vụ phát triển kinh tế xã hội 9 tháng và triển khai
        # nhiệm vụ 3 tháng cuối năm 2021": the task words between the two periods split them)
        split = layout_rules()[0].pattern.search(opening, found[0].start + len(found[0].label))
    if (split is None or len(found) != 2 or not found[0].start < split.start()
            or found[1].start < split.start()
            or _SENTENCE_END.search(opening[found[0].start:found[1].start])):
        return None, None
    report, next_ = resolve_pair(found, split.start(), default_year)
    # (not "Năm 2019, … hoàn thành tốt nhiệm vụ … năm 2019": one year named twice)
    if report and next_ and report.start and next_.start and report.start < next_.start:
        return report, next_
    return None, None


OPENING_PAIR_CHARS = 300  # a first sentence naming both periods, after who met where


def _opening_tasks_period(doc: Document, default_year: int | None) -> Period | None:
    """The one period a page's first paragraph that names periods names, when it comes
    after its task words ("Ngày 17 tháng 12 năm 2024, Hội Đông y tỉnh … tổ chức Hội nghị
    triển khai nhiệm vụ năm 2025."): the coming one, the period the page reviews comes
    before it."""
    first = _opening_periods(doc, 200)
    if first is None:
        return None
    opening, found, split = first
    # (two periods after the task words, "… thực hiện nhiệm vụ 9 tháng đầu năm và triển
    # khai nhiệm vụ 3 tháng cuối năm 2019", are the reviewed one and the next)
    if split is None or len(found) > 1 or found[0].start < split.start():
        return None
    if _SENTENCE_END.search(opening[split.start():found[0].start]):
        # "Xác định công tác tuyên truyền … là nhiệm vụ hàng đầu …. Trong 5 tháng đầu năm
        # 2017, lực lượng kiểm lâm … đã …": the task words end their sentence before the
        # period, which is the one reviewed
        return None
    return to_period(found[0], default_year)


def _first_period_before(doc: Document, next_: Period | None,
                         default_year: int | None) -> Period | None:
    """The first period the text names near a paragraph's start that comes before the next
    period: "Thuận Nam: Triển khai nhiệm vụ … tháng 6-2020" then "… đánh giá tình hình …
    tháng 5; …" reviews May (the title's month is the next one, never the report's own)."""
    year = default_year or (next_.start.year if next_ and next_.start else None)
    for block in doc.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        for found in find_periods(doc.text[block.start:block.end][:200]):
            period = to_period(found, year)
            if next_ is None or next_.start is None or period.start is None:
                return period
            if period.start >= next_.start and found.year is None and year:
                period = to_period(replace(found, year=year - 1))  # "tháng 12" before January
            if period.start is not None and period.start < next_.start:
                return period
    return None


def _first_period_in(doc: Document, kind: str, year: int | None) -> Period | None:
    for section in doc.sections:
        if section.kind == kind and section.own_kind == kind:
            found = find_periods(section.title)
            if found:
                return to_period(found[0], year)
    return None


def parse_document(text: str, agency: str | None = None,
                   heading_hints: dict[int, int] | None = None) -> Document:
    """Blocks, sections and metadata of one report text."""
    blocks = classify(text, split_blocks(text), heading_hints)
    sections = build_sections(blocks)
    doc = Document(text, blocks, sections)
    read_metadata(doc, agency)
    return doc
