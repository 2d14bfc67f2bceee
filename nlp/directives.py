"""Directives: the tasks a directive document assigns (conclusion notices, directive and
assignment letters, plans), each with who must do it, by when and what kind of task.

Where they are: the body's paragraphs and list items, outside the parts that never hold
tasks (purpose and requirements, assessment, background, recipients, signature). What
they are: a block, cut into its sentences and "; " clauses, each of which opens a task
(a task verb, "khẩn trương", a unit, "Giao <unit>"); a clause that does not open one, or
only reports on the work before it ("; định kỳ hằng tuần báo cáo …"), stays with the
clause before it. A lead-in ending "… như sau:" / "trong đó:" hands its doer to the
dash items under it and is not a task itself. Who: the unit the clause names, else the
lead-in's or the block's, else the nearest heading that names one ("Giao Sở Nội vụ:",
"1. Văn phòng Ủy ban nhân dân tỉnh"). The words live in nlp/rules/directives.json.
"""

import re
from dataclasses import dataclass
from functools import cache

from nlp.normalize import for_matching
from nlp.rulebook import directive_rules
from nlp.structure import Block, Document, _starts_with_verb
from nlp.tasks import TaskFacts, facts, unit_in
from nlp.units import starts_with_unit

SKIPPED_SECTIONS = ("signature", "recipients", "appendix", "assessment", "background")


@dataclass(frozen=True)
class Directive:
    start: int
    end: int
    facts: TaskFacts
    section: str


@cache
def _pattern(key: str) -> re.Pattern[str]:
    rules = directive_rules()
    value = rules[key]
    if isinstance(value, list):
        return re.compile(r"^\W*(?:" + "|".join(value) + r")(?!\w)")
    return re.compile(value)


def applies(doc: Document) -> bool:
    return bool(doc.header and doc.header.kind in directive_rules()["kinds"])


def directives(doc: Document) -> list[Directive]:
    if not applies(doc):
        return []
    year = _year(doc)
    body = _body_start(doc)
    out: list[Directive] = []
    blocks = doc.blocks
    lead_unit: str | None = None
    lead_marker = ""
    for index, block in enumerate(blocks):
        if block.start < body or block.kind not in ("item", "paragraph"):
            if block.kind == "heading":
                lead_unit, lead_marker = None, ""
            continue
        section = doc.section_of(block)
        titles = _titles(doc, block)
        if (section and section.kind in SKIPPED_SECTIONS) or any(
                _pattern("no_task_sections").search(t) for t in titles):
            continue
        marker = doc.text[block.start:block.content_start].strip()
        if lead_unit is not None and not _child(marker, lead_marker):
            lead_unit, lead_marker = None, ""
        content = doc.text[block.content_start:block.end]
        heading_unit = _heading_unit(doc, block)
        if _pattern("lead_in").search(content.rstrip()) and _has_children(blocks, index, marker):
            own = unit_in(content)
            lead_unit = own[0] if own else (lead_unit or heading_unit)
            lead_marker = marker
            continue
        descriptive = any(_pattern("descriptive_sections").search(t) for t in titles)
        if descriptive and not starts_with_unit(_without_label(content)):
            continue
        context = lead_unit or heading_unit
        block_unit = None
        for start, end in _clauses(content):
            text = content[start:end]
            clause_facts = facts(text, unit=block_unit or context, year=year)
            if block_unit is None and unit_in(_without_label(text)):
                block_unit = clause_facts.unit
            out.append(Directive(block.content_start + start, block.content_start + end,
                                 clause_facts, section.path if section else ""))
    return out


def _year(doc: Document) -> int | None:
    if doc.issued:
        return doc.issued.year
    found = re.search(r"ngày[^\n]{0,12}tháng[^\n]{0,8}năm\s+(\d{4})", doc.text[:3000])
    return int(found.group(1)) if found else None


def _body_start(doc: Document) -> int:
    """Where the body begins: after the title (and the addressees of a letter)."""
    header = doc.header
    start = 0
    if header and header.title and header.title_start is not None:
        start = header.title_start + len(header.title)
    addressed = re.search(r"(?im)^\s*Kính gửi\b", doc.text[start:start + 3000])
    if addressed:
        start += addressed.end()
    return start


def _titles(doc: Document, block: Block) -> list[str]:
    out = []
    index = block.section
    while index is not None and index >= 0:
        section = doc.sections[index]
        out.append(for_matching(section.title).strip(" :*."))
        index = section.parent
    return out


def _heading_unit(doc: Document, block: Block) -> str | None:
    index = block.section
    while index is not None and index >= 0:
        section = doc.sections[index]
        found = unit_in(section.title)
        if found:
            return found[0]
        index = section.parent
    return None


def _child(marker: str, lead_marker: str) -> bool:
    """Whether a block with `marker` sits under a lead-in with `lead_marker`."""
    if lead_marker in ("-", "–", "•"):
        return marker in ("+", "*")
    return marker in ("-", "–", "•", "+", "*")


def _has_children(blocks: list[Block], index: int, marker: str) -> bool:
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return bool(following and following.kind == "item" and not following.number
                and following.start > blocks[index].start)


def _without_label(text: str) -> str:
    stripped = text.strip()
    label = _pattern("topic_label").match(for_matching(stripped))
    return stripped[label.end():] if label else stripped


def _opens_task(text: str) -> bool:
    bare = re.sub(r"^\W*(?:đồng thời|trên cơ sở đó|sau đó|ngoài ra)\s*,?\s*", "",
                  _without_label(text), flags=re.I)
    matching = for_matching(bare)
    if _pattern("not_task_openers").match(matching):
        return False
    return bool(_starts_with_verb(bare) or _pattern("task_openers").match(matching)
                or starts_with_unit(bare) or unit_in(bare))


def _clauses(content: str) -> list[tuple[int, int]]:
    """The block cut at sentence ends and "; ", pieces that open no task (or only report on
    the one before) joined to the piece before; pieces before the first task dropped."""
    cuts = [0]
    for match in re.finditer(r"(?<=[.;])\s+(?=\S)", content):
        before = content[:match.start()]
        if before.endswith(".") and re.search(r"(?:\b\w{1,3}|\d)\.$", before):
            continue  # "TP.", "1.", abbreviations
        cuts.append(match.end())
    cuts.append(len(content))
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if content[a:b].strip()]
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        text = content[start:end]
        joins = out and (not _opens_task(text) or _pattern("reporting_clause").match(
            for_matching(text.strip())))
        if joins:
            out[-1] = (out[-1][0], end)
        elif _opens_task(text):
            out.append((start, end))
    return [(a, a + len(content[a:b].rstrip(" ;\n"))) for a, b in out]
