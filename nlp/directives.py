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
from dataclasses import dataclass, replace
from functools import cache

from nlp.components.items import ABBREVIATION
from nlp.normalize import UPPER, for_matching
from nlp.rulebook import directive_pattern as _pattern
from nlp.rulebook import directive_rules, task_rules
from nlp.running import addressee_at, asked_in, doer_named_first, only_a_name, schedule_end
from nlp.structure import Block, Document, _starts_with_verb
from nlp.tasks import (
    TaskFacts,
    deadline_in,
    facts,
    heading_unit_of,
    kind_of,
    scheduled_due,
    unit_for,
    unit_in,
    unit_name_at,
)
from nlp.units import canonical_unit, starts_with_unit

SKIPPED_SECTIONS = ("signature", "recipients", "appendix", "assessment", "background")


@dataclass(frozen=True)
class Directive:
    start: int
    end: int
    facts: TaskFacts
    section: str
    ask: tuple[int, int] = (0, 0)  # what is asked, in the document's text (see TaskFacts.ask)


OPENING = 3000  # characters: where a document says what it carries out


def answers(text: str) -> tuple[str, ...]:
    """The numbers of the documents this one says, in its opening, it carries out or
    answers: "Thực hiện Thông báo số 493/TB-UBND ngày 13/11/2025 …" -> ("493/TB-UBND",)."""
    pattern = re.compile(directive_rules()["answers"], re.IGNORECASE)
    found = (document_number(m.group(1)) for m in pattern.finditer(text[:OPENING]))
    return tuple(dict.fromkeys(number for number in found if number))


def document_number(text: str | None) -> str | None:
    """A document number in one spelling: "493 / tb-ubnd" -> "493/TB-UBND"."""
    if not text:
        return None
    return re.sub(r"\s+", "", text).rstrip(".,;").upper() or None


def applies(doc: Document) -> bool:
    return bool(doc.header and doc.header.kind in directive_rules()["kinds"])


def directives(doc: Document) -> list[Directive]:
    if not applies(doc):
        return []
    year = _year(doc)
    body = _body_start(doc)
    addressed = addressees(doc)
    # a letter's task that names no doer is for those it is addressed to
    default = "; ".join(addressed) if addressed else None
    out: list[Directive] = []
    blocks = doc.blocks
    lead_unit: str | None = None
    lead_marker = ""
    for index, block in enumerate(blocks):
        if block.start < body or (block.kind not in ("item", "paragraph", "table")
                                  and not _item_read_as_heading(doc, blocks, index)):
            if block.kind == "heading":
                lead_unit, lead_marker = None, ""
            continue
        if block.kind == "heading":  # an item read as a heading: its text after the number
            found = doc.text.find(block.title, block.start, block.end)
            block = replace(block, kind="item",
                            content_start=found if found >= 0 else block.content_start)
        section = doc.section_of(block)
        titles = _titles(doc, block)
        if (section and section.kind in SKIPPED_SECTIONS) or any(
                _pattern("no_task_sections").search(t) for t in titles):
            continue
        path = section.path if section else ""
        if block.kind == "table":
            out.extend(_table_rows(doc, block, path, year))
            continue
        marker = doc.text[block.start:block.content_start].strip()
        if lead_unit is not None and not _child(marker, lead_marker):
            lead_unit, lead_marker = None, ""
        content = doc.text[block.content_start:block.end]
        heading_unit = heading_unit_of(doc, block)
        leads = bool(_pattern("lead_in").search(content.rstrip()))
        asked = asked_in(content) if leads and block.kind == "paragraph" else None
        # "Thống đốc … yêu cầu các đơn vị thuộc … thực hiện nhiệm vụ và giải pháp như sau:"
        # then "a) …", "b) …": whom it asks does what follows, as a letter's addressees
        default = _asked_by_name(asked, addressed) or default
        if leads and _has_children(blocks, index, marker):
            # ("SINH VIÊN:", "Lớp trưởng:": only the name of those its items are for)
            own = unit_in(_without_label(content))
            lead_unit = own[0] if own else (only_a_name(content) or asked or lead_unit
                                            or heading_unit)
            lead_marker = marker
            continue
        if asked and index + 1 < len(blocks) and blocks[index + 1].kind == "heading":
            content = _without_lead(content)
            if not content.strip():
                continue
        told = _told(content) if block.kind == "paragraph" else None
        if told and index + 1 < len(blocks) and blocks[index + 1].kind == "paragraph":
            # "UBND xã thông báo cho bà con nhân dân …; Thực hiện tốt một số nội dung sau:"
            # then paragraphs: theirs, as long as paragraphs go on
            lead_unit, lead_marker = told, PARAGRAPHS
            continue
        descriptive = any(_pattern("descriptive_sections").search(t) for t in titles)
        if descriptive and not starts_with_unit(_without_label(content)):
            continue
        tasks = _block_directives(content, block.content_start,
                                  lead_unit or heading_unit or default, year, path)
        named = _sibling_unit(doc, blocks, index) if not (lead_unit or heading_unit) else None
        if named:
            # "a) Yêu cầu Nhà đầu tư 02 dự án lập hồ sơ …" then "b) Hồ sơ điều chỉnh … phải
            # đảm bảo …" under a heading that names no one: the same doer
            tasks = [replace(d, facts=replace(d.facts, unit=named)) if not d.facts.unit
                     or d.facts.unit == canonical_unit(default) else d for d in tasks]
        out.extend(tasks)
    return out


_GREETING = re.compile(r"(?im)^\s*Kính gửi\s*:?[ \t]*")


def addressees(doc: Document) -> list[str]:
    """Whom a letter is addressed to ("Kính gửi: - Các cơ quan chuyên môn thuộc UBND tỉnh;
    - UBND các xã, phường, đặc khu."), each once, in one name per unit; [] when none."""
    return _greeting(doc)[0]


def _greeting(doc: Document) -> tuple[list[str], int | None]:
    """The names a letter's "Kính gửi:" lists (one per line, dash by dash, blank lines
    between them or not) and where the list ends; ([], None) for a text with no greeting."""
    found = _GREETING.search(doc.text, 0, OPENING)
    if not found:
        return [], None
    names: list[str] = []
    at = end = found.end()
    for n, line in enumerate(doc.text[at:at + 1500].split("\n")):
        item = line.strip(" \t|")  # (a header laid out in a table: "Kính gửi: |")
        if item and (not n or item.startswith(("-", "+", "•"))):
            name = item.lstrip("-+• \t").rstrip(" ;.,")
            if n and _pattern("not_task_openers").match(for_matching(name)):
                break  # "- Căn cứ Kế hoạch số …;": the letter's grounds, past its greeting
            if name:
                names.append(canonical_unit(name) or name)
            end = at + len(line)
            if item.endswith("."):
                break  # "- UBND các xã, phường, đặc khu.": the last name
        elif item:
            break
        at += len(line) + 1
    return list(dict.fromkeys(names)), end



def _asked_by_name(asked: str | None, addressed: list[str]) -> str | None:
    """Whom a request's lead-in asks, under the name a letter's greeting writes in full when
    it is one of those the letter is addressed to ("Kính gửi: Ban phát triển xây dựng NTM
    các thôn." then "… đề nghị Ban phát triển …"; "Kính gửi: - Trưởng thôn …; - Trưởng làng
    …" then "… yêu cầu các ông trưởng thôn trong xã …": those it asks)."""
    if not asked:
        return None
    return next((name for name in addressed if name.casefold().startswith(asked.casefold())),
                asked)


def _without_lead(content: str) -> str:
    """A block that asks whom it names to do what the numbered headings below it list ("…
    yêu cầu các ông trưởng thôn … như sau:" then "1. Tuyên truyền cổ động trực quan:"),
    without its last paragraph, which only leads; one that asks more in its own sentences
    ("… cần nâng cao trách nhiệm …; bảo đảm rõ người, …. Tăng cường …, trong đó tập trung …
    như sau:") is kept whole."""
    last = content.rstrip().rsplit("\n\n", 1)[-1]
    return content if re.search(r"[.;]\s", last) else content.rstrip()[:-len(last)]


def _sibling_unit(doc: Document, blocks: list[Block], index: int) -> str | None:
    """The unit the item before names at its start, when it is the previous lettered item
    of the same list ("a) Yêu cầu Nhà đầu tư …" before "b) Hồ sơ … phải …") and the item
    at `index` names none itself; None otherwise."""
    block = blocks[index]
    marker = doc.text[block.start:block.content_start].strip()
    if index == 0 or block.kind != "item" or not re.fullmatch(r"[b-zđ]\)", marker):
        return None
    before = blocks[index - 1]
    previous = doc.text[before.start:before.content_start].strip()
    if before.kind != "item" or not re.fullmatch(r"[a-zđ]\)", previous) \
            or unit_in(_without_label(doc.text[block.content_start:block.end])):
        return None
    own = unit_in(_without_label(doc.text[before.content_start:before.end]))
    return canonical_unit(own[0]) or own[0] if own else None


def _block_directives(content: str, offset: int, context: str | None, year: int | None,
                      path: str) -> list[Directive]:
    """A block's tasks. Who: the clause's own unit, else the block's (the first clause
    that names one), else `context`. By when: the clause's own deadline, else one the
    block gives once for all its parts ("…; hoàn thành trong tháng 4/2026")."""
    clauses = _clauses(content)
    found = [facts(_bare(content[a:b]), year=year, task="directive") for a, b in clauses]
    # "UBND xã yêu cầu các ông (bà) trưởng xóm thông báo …": whom the speaker asks
    asked = [_asked_unknown(_bare(content[a:b])) for a, b in clauses]
    found = [replace(f, unit=who) if who else f for f, who in zip(found, asked, strict=True)]
    opening = unit_in(_without_label(content))  # also a lead-in's: "Đề nghị Nhà đầu tư …:"
    block_unit = asked[0] if asked and asked[0] else opening[0] if opening else None
    # the first clause that names a doer gives it to the clauses after it; those before it
    # ("Bố trí đủ …; chú trọng …. Đồng thời, các cấp, các ngành cần …") are the context's
    # when there is one
    named_from = 0 if block_unit else next((n for n, f in enumerate(found) if f.unit), 0)
    if block_unit is None:
        block_unit = next((f.unit for f in found if f.unit), None)
    if block_unit is None and clauses:
        # "Các Trường học, Trạm y tế, Ban quản lý chợ cần có kế hoạch …. Tổ chức trực ban
        # 24/24 h …": the doers the block names first do its other sentences too
        first = _doer_must(_bare(content[clauses[0][0]:clauses[0][1]]))
        block_unit = first[0] if first else None
    block_due = next(((f.due, f.deadline_text) for f in found if f.due), (None, None))
    out = []
    for n, ((start, end), own) in enumerate(zip(clauses, found, strict=True)):
        # "Riêng đối với các đơn vị sự nghiệp công lập …, hằng quý …": the units singled out
        bare = _bare(content[start:end])
        labelled = None if own.unit else unit_for(bare) or _doer_must(bare) \
            or _scheduled_doer(content[start:end])
        unit = own.unit or (labelled[0] if labelled else None) or (
            canonical_unit(context) if context and n < named_from else None) or block_unit \
            or canonical_unit(context)
        written = content[start:end].strip()
        span = schedule_end(written)
        scheduled = scheduled_due(written[:span], year) if span and not own.due else None
        due, words = (own.due, own.deadline_text) if own.due else (
            (scheduled, written[:span].strip(" :")) if scheduled else block_due)
        kind = own.task_kind if own.due or not due else kind_of(_bare(content[start:end]), due,
                                                                 "directive")
        shift = offset + start + max(0, content[start:end].find(_bare(content[start:end])))
        out.append(Directive(offset + start, offset + end,
                             replace(own, unit=unit, due=due, deadline_text=words,
                                     task_kind=kind), path,
                             (shift + own.ask[0], shift + own.ask[1])))
    return out


@cache
def _assigning() -> re.Pattern[str]:
    """The words that give a task to the one named after them (tasks.json assign)."""
    return re.compile(r"\s*\W*(?:" + "|".join(task_rules()["assign"]) + r")\s+", re.I)


def _asked_unknown(text: str) -> str | None:
    """Whom "<speaker> yêu cầu <addressee> …" asks when the registry knows the speaker but
    not the addressee ("UBND xã yêu cầu các ông (bà) trưởng xóm thông báo …"); None
    otherwise (tasks.unit_in takes the speaker then)."""
    speaker = unit_name_at(text, len(text) - len(text.lstrip(" -+•*\t")))
    if not speaker:
        return None
    asked = _assigning().match(text, speaker[1])
    if not asked or unit_name_at(text, asked.end()):
        return None
    found = addressee_at(text, asked.end())
    return found[0].strip(" ,") if found else None


def _table_rows(doc: Document, block: Block, path: str, year: int | None) -> list[Directive]:
    """A plan's task table, row by row: the content cell is the task, the responsibility
    cell its unit ("Lãnh đạo Sở Y tế" -> "Sở Y tế"), the time cell its deadline."""
    columns = directive_rules()["table_columns"]
    lines = []
    position = block.start
    for line in doc.text[block.start:block.end].split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    if not lines:
        return []
    header = [for_matching(cell).strip() for cell in lines[0][1].split("\t")]

    def column(key: str) -> int | None:
        return next((n for n, cell in enumerate(header) if re.search(columns[key], cell)), None)

    content, unit, co, time = (column(k) for k in ("content", "unit", "co_units", "time"))
    if content is None or (unit is None and time is None):
        return []
    header_year = re.search(r"(\d{4})", lines[0][1].split("\t")[time]) if time is not None \
        else None
    table_year = int(header_year.group(1)) if header_year else year
    out = []
    for start, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(header) or not cells[content].strip():
            continue
        cell_start = start + sum(len(c) + 1 for c in cells[:content])
        text = cells[content]
        own = facts(text, year=table_year, task="directive")
        who = canonical_unit(cells[unit]) if unit is not None and cells[unit].strip() else None
        found = deadline_in(cells[time], table_year, "cell_dates") if time is not None else None
        due, words = found if found else (own.due, own.deadline_text)
        co_units = own.co_units
        if co is not None and cells[co].strip():
            co_units = tuple(dict.fromkeys(filter(None, (canonical_unit(p) for p in re.split(
                rf"[;,]\s*(?=[{UPPER}]|các\b)", cells[co])))))
        begin, end = cell_start + len(text) - len(text.lstrip()), cell_start + len(text.rstrip())
        out.append(Directive(begin, end,
                             replace(own, unit=who or own.unit, co_units=co_units, due=due,
                                     deadline_text=words,
                                     task_kind=kind_of(text, due, "directive")), path,
                             (begin, end)))
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
    addressed = _GREETING.search(doc.text[start:start + OPENING])
    if addressed:
        start += addressed.end()
        # (past the names it lists: "- Ban quản lý di tích các di tích đã được xếp hạng."
        # is whom the letter is for, no task)
        _, listed_end = _greeting(doc)
        if listed_end is not None and listed_end > start:
            start = listed_end
    return start


def _titles(doc: Document, block: Block) -> list[str]:
    out = []
    index: int | None = block.section
    while index is not None and index >= 0:
        section = doc.sections[index]
        out.append(for_matching(section.title).strip(" :*."))
        index = section.parent
    return out


MIN_ITEM_WORDS = 5  # a shorter numbered line between items is a title ("2. Yêu cầu")


def _item_read_as_heading(doc: Document, blocks: list[Block], index: int) -> bool:
    """A numbered task between two numbered tasks, or after one at the end of the text,
    that lacks only its full stop, so it was read as a heading ("1. Nắm bắt …. 2. Tuyên
    truyền, vận động … (có nội dung kèm theo) 3. Báo cáo …"; "… 2. Tổ chức phân công trực
    … và trực số liệu khí tượng" where a page is cut): a task, not the title of what
    follows (nothing follows the last)."""
    block = blocks[index]
    title = block.title.strip()
    return (block.kind == "heading" and 0 < index
            and blocks[index - 1].kind == "item"
            and (index == len(blocks) - 1 or blocks[index + 1].kind == "item")
            and not doc.text[block.start:block.end].rstrip().endswith(":")
            and len(title.split()) >= MIN_ITEM_WORDS
            and _opens_task(title))


PARAGRAPHS = "¶"  # the lead-in's children are the plain paragraphs below it


def _told(content: str) -> str | None:
    """Whom a notice's paragraph ending in a lead-in ("… nội dung sau:") is told to ("UBND
    xã thông báo cho bà con nhân dân …, Ban chỉ huy thôn; Thực hiện …"), or None."""
    if not _pattern("lead_in").search(content.rstrip()):
        return None
    found = _pattern("told").search(for_matching(content))
    return content[found.start(1):found.end(1)].strip(" ,") or None if found else None


def _child(marker: str, lead_marker: str) -> bool:
    """Whether a block with `marker` sits under a lead-in with `lead_marker`."""
    if lead_marker == PARAGRAPHS:
        return marker in ("", "-", "–", "•", "+", "*")
    if lead_marker in ("-", "–", "•"):
        return marker in ("+", "*")
    return marker in ("-", "–", "•", "+", "*")


def _has_children(blocks: list[Block], index: int, marker: str) -> bool:
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return bool(following and following.kind == "item" and not following.number
                and following.start > blocks[index].start)


def _without_label(text: str) -> str:
    """The task without a topic label before it ("Đối với …: ", "Điều chỉnh tiến độ cấp
    vốn: Giao …")."""
    stripped = text.strip()
    stripped = stripped[schedule_end(stripped):]  # "Từ ngày … đến ngày …: <the task>"
    label = _pattern("topic_label").match(for_matching(stripped))
    if label:
        return stripped[label.end():]
    colon = stripped.find(": ", 0, 160)
    if colon > 0:
        rest = stripped[colon + 2:]
        if _assigns(rest):
            return rest
    return stripped


def _scheduled_doer(text: str) -> tuple[str, int] | None:
    """Who a schedule's line names first, past its time span ("Từ 0h00 ngày 21/09/2020 đến
    23h59 ngày 24/09/2020: Lớp trưởng và Ban Cán sự tổ chức họp lớp …"), when the registry
    does not know them; None for another line."""
    stripped = text.strip()
    span = schedule_end(stripped)
    return doer_named_first(_connectors().sub("", stripped[span:])) if span else None


def _assigns(text: str) -> bool:
    """Whether `text` opens by naming who must act ("Giao Sở …", "Sở Tài chính chủ trì"),
    not the body that issues the notice announcing it ("Trường Cao đẳng … thông báo về
    việc nghỉ Tết … như sau:"; directives.json own_notice; "thông báo cho …" tells others)."""
    found = unit_in(text)
    if found and "own_notice" in directive_rules() and _pattern("own_notice").match(
            for_matching(text[found[1]:])):
        return False
    return bool(found and found[1] < len(text.rstrip(" .;")) - 2)


@cache
def _connectors() -> re.Pattern[str]:
    words = "|".join(directive_rules()["connectors"])
    return re.compile(r"^\W*(?:(?:" + words + r")\s*,?\s*)+", re.I)


def _bare(text: str) -> str:
    """The task without its topic label and leading connector."""
    return _connectors().sub("", _without_label(text))


def _doer_must(text: str) -> tuple[str, int] | None:
    """The collective a task names first as who must ("Các Trường học, Trạm y tế, Ban quản
    lý chợ cần …"), and where its name ends; None when it opens otherwise."""
    found = _pattern("doer_must").match(text)
    return (found.group(1), found.end(1)) if found else None


def _opens_task(text: str) -> bool:
    bare = _bare(text)
    matching = for_matching(bare)
    if _pattern("not_task_openers").match(matching) or _pattern("courtesy").match(matching):
        return False
    return bool(_starts_with_verb(bare) or _pattern("task_openers").match(matching)
                or _assigns(bare) or _doer_must(bare) is not None
                or _scheduled_doer(text) is not None)


def _stays_with_the_work(text: str) -> bool:
    """A clause that reports the work before it or says when it is due ("…; báo cáo UBND
    tỉnh trước ngày 15/5", "hoàn thành trong tháng 5/2026")."""
    matching = for_matching(text.strip())
    return bool(_pattern("reports_back").match(matching)
                or _pattern("completion_clause").match(matching))


def _asks(text: str) -> bool:
    """Whether a piece asks someone by name ("giao Sở …", "yêu cầu …", "Sở Tài chính chủ
    trì …"), as a task that follows an account in the same sentence does."""
    bare = _bare(text)
    return _assigns(bare) or bool(_pattern("asking").match(for_matching(bare)))


def _one_list_of_doers(content: str, start: int, cut: int) -> bool:
    """Whether the "; " at `cut` only separates the names of the units a task goes on to
    give work to: "Các sở, ban, ngành; UBND các xã, phường, đặc khu đưa nội dung …"."""
    while start < cut and content[start] in " \n\t-+•":
        start += 1
    name = unit_name_at(content, start)
    return name is not None and name[1] > cut and _opens_task(content[name[1]:])


def _clauses(content: str) -> list[tuple[int, int]]:
    """The block cut at sentence ends, "; " and a comma before a job joined (directives.json
    joined_job), pieces that open no task (or only report on the one before) joined to the
    piece before; pieces before the first task dropped; nothing after the recipients' list
    that a letter copied onto one line runs into ("… khẩn trương thực hiện./ Nơi nhận: - Như
    trên; …")."""
    recipients = _pattern("recipients").search(content) if "recipients" in directive_rules() \
        else None
    if recipients:
        content = content[:recipients.start()]
    cuts = [0]
    inline = _pattern("lead_in_inline").search(for_matching(content))
    if inline and _opens_task(content[inline.end():]):
        cuts = [inline.end()]  # the lead-in before it is context, not a task
        # (not before a list of factors: "… các yếu tố … gồm: an toàn giao thông; …")
    # (and after a comma, where a job of its own is joined: "…, đồng thời chịu trách nhiệm …")
    joined = directive_rules().get("joined_job")
    ends = r"(?<=[.;])\s+(?=\S)" + (rf"|(?<=,)\s+(?={joined})" if joined else "")
    for match in re.finditer(ends, content[cuts[0]:]):
        match_end = cuts[0] + match.end()
        before = content[:cuts[0] + match.start()]
        if before.endswith(".") and ABBREVIATION.search(before):
            continue  # "TP.", "1.", "a.": not a sentence end
        if _one_list_of_doers(content, cuts[-1], cuts[0] + match.start()):
            continue  # "Các sở, ban, ngành; UBND các xã … đưa …": one list of doers
        cuts.append(match_end)
    cuts.append(len(content))
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if content[a:b].strip()]
    out: list[tuple[int, int]] = []
    background = False  # the sentence so far tells what happened ("Ngày 24/4/2026, …;")
    for start, end in pieces:
        text = content[start:end]
        if background and not _asks(text):
            # "…; làm việc với UBND Phường 2 …": the same account goes on, no task
            background = not text.rstrip().endswith(".")
            continue
        background = False
        joins = out and (not _opens_task(text) or _stays_with_the_work(text))
        if _pattern("request_lead").search(for_matching(text.rstrip())):
            continue  # "… Ủy ban nhân dân tỉnh yêu cầu:": what follows is the task
        purpose = None if out or _opens_task(text) or text.rstrip().endswith(":") else \
            _pattern("purpose_then_ask").match(for_matching(text))
        if purpose:
            # "Để đẩy nhanh tiến độ …, UBND tỉnh yêu cầu các sở, ban, ngành … cần …": the
            # request after its purpose is a task (one that ends in a colon leads a list)
            out.append((start + purpose.end(), end))
            continue
        if joins:
            out[-1] = (out[-1][0], end)
        elif _opens_task(text):
            out.append((start, end))
        elif _pattern("not_task_openers").match(for_matching(_bare(text))):
            background = not text.rstrip().endswith(".")
        elif not out and _pattern("obligation_opening").match(for_matching(_bare(text))):
            # "b) Hồ sơ điều chỉnh chủ trương đầu tư phải đảm bảo đầy đủ và chặt chẽ, …":
            # an item that says what must hold of the work is a task of its own
            out.append((start, end))
    return [(a, a + len(content[a:b].rstrip(" ;\n"))) for a, b in out]
