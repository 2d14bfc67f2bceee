"""What a task says about itself: who must do it (unit, co-units), by when (deadline),
and what kind of task it is (deliverable, ongoing duty, recurring). Shared by the
commitments of reports and the directives of directive documents; the words live in
nlp/rules/tasks.json and nlp/rules/units.json.
"""

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, overload

from nlp.normalize import UPPER, collapse_spaces, for_matching, one_spaced
from nlp.periods import find_periods, to_period
from nlp.rulebook import noun_rules, running_rules, task_rules, unit_rules, verb_rules
from nlp.structure import noun_words
from nlp.units import canonical_unit, find_head, head_pattern, known_name_at, split_units

if TYPE_CHECKING:
    from nlp.structure import Block, Document

MAX_NAME_WORDS = 24


@dataclass(frozen=True)
class TaskFacts:
    unit: str | None = None
    co_units: tuple[str, ...] = ()
    due: str | None = None  # YYYY-MM-DD, or YYYY-MM for "trong tháng 5/2026"
    deadline_text: str | None = None
    task_kind: str = "deliverable"  # deliverable | ongoing | recurring
    # Where what is asked begins and ends in the text: past "Giao <unit> chủ trì, phối hợp
    # với <units>", before the time limit; what a later report would speak of.
    ask: tuple[int, int] = (0, 0)


@cache
def _compiled(key: str) -> re.Pattern[str]:
    return re.compile("(?i)(?:" + "|".join(task_rules()[key]) + ")")


@cache
def _partner_place() -> re.Pattern[str]:
    return re.compile(task_rules()["partner_place"])


@cache
def _stops() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in task_rules()["stops"])


@cache
def _verb_start() -> re.Pattern[str]:
    phrases = sorted({p for rule in verb_rules() for p in rule.phrases}, key=len, reverse=True)
    nouns = sorted({p for rule in noun_rules() for p in rule.phrases}, key=len, reverse=True)
    return re.compile(r"^\s+(?!(?:" + "|".join(re.escape(p) for p in nouns) + r")(?!\w))"
                      r"(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


def _past_manner(text: str) -> str:
    """`text` (opening with a space) past the words of manner it may open with ("tích cực",
    "khẩn trương"; running.json manner), still opening with a space."""
    manner = running_rules()["manner"].match(for_matching(text))
    return " " + text[manner.end():] if manner else text


_COLLECTIVE = re.compile(r"[Cc]ác\s")  # a name that lists units ("các phòng, ban, …")


# a colon, then the places a collective name means, each capitalised, two or more
_NAME = rf"[{UPPER}][^\s,:;.()]*(?:\s+[{UPPER}][^\s,:;.()]*)*"
_NAMED_PLACES = re.compile(rf":\s*{_NAME}(?:\s*,\s*{_NAME})*\s*(?:,|và)\s*{_NAME}")


@cache
def listed_noun() -> re.Pattern[str]:
    """A word that is also an action, read as a name between the commas of a list of
    units ("…, cơ quan, tổ chức, đơn vị …"; units.json listed_nouns)."""
    words = "|".join(re.escape(w) for w in unit_rules()["listed_nouns"])
    return re.compile(r"\s*,\s*(?:" + words + r")(?=\s*(?:,|\bvà\b))")


@cache
def by_work() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Units named by the work they do on a thing ("các đơn vị quản lý, vận hành hồ chứa";
    units.json by_work): how a name so far ends on such a head and its work, and how the
    next work after a comma opens; the name goes on over it."""
    rules = unit_rules()["by_work"]
    work = "|".join(re.escape(w) for w in rules["work"])
    heads = "|".join(re.escape(w) for w in rules["heads"])
    return (re.compile(rf"(?<!\w)(?:{heads})\s+(?:{work})(?:\s*,\s*(?:{work}))*\s*$"),
            re.compile(rf"\s*,\s*(?:{work})(?!\w)"))


def places_named(text: str) -> int:
    """How long the colon and the capitalised places of a collective name are that the
    text opens with (": Trần Phú, Lê Lợi, Hải Cảng" after "UBND các phường"); 0 if none."""
    found = _NAMED_PLACES.match(text)
    return found.end() if found else 0


def unit_name_at(text: str, start: int) -> tuple[str, int] | None:
    """The unit name that starts at `start` (at one of the registry's heads), and its end."""
    head = find_head(text, start)
    if head is None or head.start() != start:
        return _short_name_at(text, start)
    known = known_name_at(text, start)
    if known:
        name = text[start:_known_name_end(text, known)].strip(" ,;:-–")
        return name, start + len(name)
    end = head.end()
    words = 0
    # "Ban chấp hành Chi hội …": a head that opens a name looking like a verb (nouns.jsonl)
    opening = noun_words(text[start:])
    span = re.match(rf"(?:\s*[^\s,:;.()]+){{{opening}}}", text[start:]) if opening else None
    if span and start + span.end() > end:
        end, words = start + span.end(), opening - 1
    while end < len(text) and words < MAX_NAME_WORDS:
        rest = text[end:]
        listed = (re.match(r";\s*(?=" + head_pattern() + ")", rest)  # "các sở, ban, ngành; UBND …"
                  or (text[end - 1:end].isdigit()  # "Ban QLDA 1;2;3;85"
                      and re.match(r"(?:;\d+)+(?!\w)", rest)))
        if listed:
            end += listed.end()
            continue
        # "thành viên ban chỉ đạo": a name goes on (after a space or a comma only)
        places = _NAMED_PLACES.match(rest)  # "UBND các phường: Trần Phú, Lê Lợi, Hải Cảng"
        if places:
            end += places.end()
            continue
        listed_name = re.match(r"\s*,\s*|\s+và\s+", rest)
        known_next = known_name_at(text, end + listed_name.end()) if listed_name else None
        if known_next:  # "Phòng Đào tạo, Trung tâm Giáo dục thường xuyên, …": a known name
            words += len(text[end:known_next].split())
            end = known_next
            continue
        nouns = noun_words(rest) if re.match(r"\s*,?\s*\w", rest) else 0
        if nouns:
            span = re.match(rf"(?:\s*,?\s*[^\s,:;.()]+){{{nouns}}}", rest)
            assert span is not None
            end += span.end()
            words += nouns
            continue
        # (a run of spaces on the line read as one: "… tỉnh thường  xuyên cập nhật …")
        flat = one_spaced(rest)
        if any(p.match(flat) for p in _stops()) or _verb_start().match(flat):
            break
        comma = re.match(r"\s*,(?=\s)", flat)
        if (comma and not listed_noun().match(flat)
                and _verb_start().match(_past_manner(flat[comma.end():]))):
            # "Trạm Y tế xã, thực hiện tốt …", "… các cơ quan chuyên môn, tích cực tuyên
            # truyền …": the name ends before its task (a word of manner before the verb)
            break
        dash = re.match(r"\s+[-–]\s+(?=\w)", rest) if _COLLECTIVE.match(text, start) else None
        if dash and _verb_start().match(" " + rest[dash.end()].lower() + rest[dash.end() + 1:]):
            # "các phòng, ban, … và các xã, phường - Tiếp tục triển khai …": a task after a
            # dash ends a list of units (not "Sở Giáo dục - Đào tạo", one office's name)
            break
        word = re.match(r"\s*,?\s*[^\s,:;.()]+", rest)
        if word is None:
            break
        end += word.end()
        words += 1
    name = text[start:end].strip(" ,;:-–")
    return (_apposed(text, start + len(name), name) or (name, start + len(name))) if name \
        else None


_SHORT_NAME = re.compile(r"[A-ZĐ][A-ZĐ&]{1,7}(?![\wÀ-ỹ&-])")
MAX_DEFINED_NAME = 120  # how far before its short name in brackets a body's name may begin


def _short_name_at(text: str, start: int) -> tuple[str, int] | None:
    """A body by the short name the text gave it in brackets after its full name earlier on
    ("Trung tâm Kiểm soát bệnh tật tỉnh (CDC)", then "CDC tỉnh hướng dẫn …"), with what may
    follow a name ("tỉnh"), and its end; None otherwise."""
    short = _SHORT_NAME.match(text, start)
    if short is None:
        return None
    for defined in re.finditer(r"\(" + re.escape(short.group()) + r"\)", text[:start]):
        # (the full name right before the brackets: not "… học sinh (HS)" after a body's name)
        if ends_with_unit_name(text[max(0, defined.start() - MAX_DEFINED_NAME):defined.start()]):
            end = short.end()
            tail = re.match(unit_rules()["name_tail"], text[end:])
            end += tail.end() if tail else 0
            return text[start:end], end
    return None


def ends_with_unit_name(text: str) -> bool:
    """Whether a unit's name (read from one of the registry's heads) ends the text, past
    its spaces and commas."""
    end = len(text.rstrip(" ,"))
    head = find_head(text)
    while head is not None:
        named = unit_name_at(text, head.start())
        if named and named[1] >= end:
            return True
        head = find_head(text, head.end())
    return False


def _apposed(text: str, end: int, name: str) -> tuple[str, int] | None:
    """The units a collective ending at `end` is then said to be ("các đơn vị trực thuộc là
    Trung tâm Phát triển hạ tầng và Phòng Quản lý tài nguyên - môi trường phối hợp …": the
    ones meant), or None."""
    apposed = re.match(r"\s+là\s+", text[end:]) if _COLLECTIVE.match(name) else None
    if apposed and running_rules()["singling"].search(for_matching(name)):
        # "các cơ quan, đơn vị, nhất là UBND các xã, phường, đặc khu": all of them, one
        # singled out; the name goes on over the one singled out
        singled = unit_name_at(text, end + apposed.end())
        return (text[end - len(name):singled[1]], singled[1]) if singled else None
    return unit_name_at(text, end + apposed.end()) if apposed else None


def _known_name_end(text: str, end: int) -> int:
    """Where a known name that ends at `end` ends with what may follow it ("tỉnh", "số 1",
    "(…)"), and with the named units listed after it ("Sở Công Thương, Sở Xây dựng và Sở
    Tài chính xây dựng …"; not the collective of those concerned that may follow: "Bộ Kế
    hoạch và Đầu tư và các bộ, ngành liên quan …")."""
    while True:
        while tail := re.match(unit_rules()["name_tail"], text[end:]):
            if not tail.group(0):
                break
            end += tail.end()
        joiner = re.match(r"\s*(?:,|và)\s*", text[end:])
        if joiner is None or _COLLECTIVE.match(text, end + joiner.end()):
            return end
        more = unit_name_at(text, end + joiner.end())
        if more is None:
            return end
        end = more[1]


def enterprises_named(text: str) -> list[str]:
    """The enterprises a document names (a unit name at one of units.json's
    enterprise_heads), once each, in order of first mention."""
    heads = "|".join(re.escape(h) for h in unit_rules()["enterprise_heads"])
    names, end = [], 0
    for m in re.finditer(rf"(?<!\w)(?:{heads})(?!\w)", text):
        if m.start() < end:
            continue  # "Tập đoàn" inside "Công ty TNHH Tập đoàn Sơn Hải"
        found = unit_name_at(text, m.start())
        if found and len(found[0].split()) > 2:  # a bare head ("Công ty") is no name
            names.append(collapse_spaces(found[0]))
            end = found[1]
    return list(dict.fromkeys(names))


@overload
def resolve_role(unit: str, enterprises: list[str]) -> str: ...
@overload
def resolve_role(unit: None, enterprises: list[str]) -> None: ...
def resolve_role(unit: str | None, enterprises: list[str]) -> str | None:
    """A unit that is a bare role ("Nhà đầu tư") as the one enterprise the document names;
    any other unit, or a role with none or several named, as it is."""
    if not unit or len(enterprises) != 1:
        return unit
    roles = {r.casefold() for r in unit_rules()["roles"]}
    return enterprises[0] if unit.strip().casefold() in roles else unit


def unit_in(text: str) -> tuple[str, int] | None:
    """A unit the task names as its doer, and where its name ends: "Giao <unit> …", "Đề
    nghị <unit> …", or a task that opens with a unit ("Sở Tài chính chủ trì …")."""
    stripped = text.lstrip(" -+•*\t")
    offset = len(text) - len(stripped)
    assign = r"\W*(?:" + "|".join(task_rules()["assign"]) + r")\s+"
    found = unit_name_at(text, offset)
    if found and passive_after(text, found[1]):
        # "Trung tâm Phục vụ hành chính công phải được bố trí …": what is to be done to it,
        # no doer
        return None
    if found:
        # "<speaker> giao/đề nghị/yêu cầu <unit> …": the one asked is the doer
        asked = re.compile(r"\s*" + assign).match(text, found[1])
        addressee = unit_name_at(text, asked.end()) if asked else None
        found = addressee or found
    else:
        opening = re.match(assign, stripped)
        found = unit_name_at(text, offset + opening.end()) if opening else None
    if not found:
        return None
    name = canonical_unit(found[0])
    return (name, found[1]) if name else None


def passive_after(text: str, at: int) -> bool:
    """Whether the words at `at`, after what a sentence names, make it what must be done to,
    not who does it: a modal, then "được" ("… phải được kịp thời hướng dẫn …"; tasks.json
    passive_subject)."""
    return bool(_compiled("passive_subject").match(text, at))


def partners_end(text: str) -> int | None:
    """Where the last words that share the work out end ("phối hợp với", tasks.json
    cooperate; what follows names the partners), None when the text shares none."""
    found = list(_compiled("cooperate").finditer(text))
    return found[-1].end() if found else None


def co_units_in(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for match in _compiled("cooperate").finditer(text):
        position = match.end()
        while True:
            spaces = re.match(r"\s*", text[position:])
            assert spaces is not None
            space = spaces.end()
            found = unit_name_at(text, position + space)
            if not found:
                break
            for piece in split_units(found[0]):
                name = canonical_unit(piece)
                if name and name not in out:
                    out.append(name)
            position = found[1]
            joiner = re.match(r"\s*(?:,|và)\s*", text[position:])
            if not joiner:
                break
            position += joiner.end()
    return tuple(out)


def deadline_in(text: str, year: int | None, key: str = "deadlines"
                ) -> tuple[str, str] | None:
    """(ISO date or month, the words) of the first time limit the task sets; with
    key="cell_dates", of a date as a table's time column writes it. A day wins over a month,
    a month over a quarter or a year (the rules' order); among the days, the first written
    ("… trước 30/5/2026 và … trước ngày 15/6/2026": the first milestone)."""
    rules = task_rules()
    found: list[tuple[int, str, str]] = []  # (position, value, words) of the best kind yet
    span_ends: list[tuple[int, str, str]] = []
    kind = None
    for rule in rules[key]:
        if kind is not None and rule["value"] != kind:
            break  # a finer kind was found: coarser rules come after it
        for match in re.finditer(rule["pattern"], text):
            if rule["value"] == "year" and re.search(
                    rules["named_scope"], text[max(0, match.start() - 120):match.start()]):
                continue  # "Đề án … giai đoạn 2023 - 2025": the name's period
            groups = match.groupdict()
            y = int(groups["y"]) if groups.get("y") else year
            value = _iso(rule["value"], groups, y, rules["quarters"]) if y else None
            if value and re.search(rules["span_start"], text[
                    max(0, match.start() - MAX_SPAN_START):match.start()]):
                # "… trực Tết từ ngày 10/02 đến hết ngày 16/02/2021 gửi về UBND tỉnh trước
                # ngày 30/01/2021": a span's end, the deadline only when no other is set
                span_ends.append((match.start(), value, collapse_spaces(match.group(0))))
                continue
            if value:
                found.append((match.start(), value, collapse_spaces(match.group(0))))
                kind = rule["value"]
                break
    if not found and not span_ends:
        return None
    _, value, words = min(found or span_ends)
    return value, words


MAX_SPAN_START = 30  # characters of "từ ngày 10/02/2021 " before a span's end


def deadline_date(text: str, year: int | None) -> date | None:
    """The last day a time limit's words allow ("trước ngày 30/6/2024", "trong tháng
    5/2026" -> 31/5/2026, "trong Quý I năm 2024", else the end of a period they name), a
    year without its own taken from `year`; None when the words set none."""
    found = deadline_in(text, year)
    if found is None:
        periods = find_periods(text)  # "trong 6 tháng cuối năm 2024": the period's end
        return to_period(periods[0], year).end if periods else None
    parts = [int(p) for p in found[0].split("-")]
    if len(parts) == 3:
        return date(*parts)
    return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])


def _iso(kind: str, groups: dict[str, Any], year: int, quarters: dict[str, int]) -> str | None:
    try:
        if kind == "date":
            return date(year, int(groups["m"]), int(groups["d"])).isoformat()
        if kind == "month":
            month = int(groups["m"])
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
        if kind == "dekad":  # "trong trung tuần tháng 10": by its end; "trước …": the one before
            part = ("thượng", "trung", "hạ").index(groups["part"].lower())
            if groups["lead"].lower().startswith("trước"):
                part -= 1
            month = int(groups["m"])
            if part < 0:
                return (date(year, month, 1) - timedelta(days=1)).isoformat()
            last = calendar.monthrange(year, month)[1]
            return date(year, month, (10, 20, last)[part]).isoformat()
        if kind == "quarter":
            month = 3 * quarters[groups["q"].upper()]
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
        if kind == "year":
            return date(year, 12, 31).isoformat()
    except (ValueError, KeyError):
        return None
    return None


_ANY_YEAR = 2000  # only to tell whether a time limit is written


def sets_time_limit(text: str) -> bool:
    """Whether the text writes a time limit, its year said or not ("trước ngày 20-11")."""
    return deadline_in(text, _ANY_YEAR) is not None


def kind_of(text: str, due: str | None, task: str = "commitment") -> str:
    matching = one_spaced(for_matching(re.sub(task_rules()["list_marker"], "", text, count=1)))
    if re.match(r"\W*chủ trì(?!\w)", matching):  # judged by what it does past its partners
        matching = matching[_after_partners(matching, 0):]
    if _compiled("recurring").search(matching):
        return "recurring"
    if re.search(task_rules()["ongoing_start"], matching) and not (
            due and re.search(task_rules()["completes_by"], matching)):
        return "ongoing"
    # "Các đơn vị cần chuẩn bị …": an act with an end for those asked
    asked = re.match(task_rules()["asked_lead"], matching)
    if any(_compiled("deliverable").search(start)
           for start in ((matching, matching[asked.end():]) if asked else (matching,))):
        return "deliverable"
    if _compiled("ongoing").search(matching):
        return "ongoing"
    if _compiled("one_off").search(matching):  # "… lập danh sách … gửi Văn phòng UBND tỉnh"
        return "deliverable"
    # a time limit whose year the text leaves unsaid ("Trước 10/5, …", "trước ngày 20-11")
    # still makes the task one with an end
    dated = due or sets_time_limit(text)
    return "deliverable" if dated else task_rules()["default_kind"][task]


def _after_partners(text: str, position: int) -> int:
    """Where the text goes on past "chủ trì," and "phối hợp với <units>" from `position`."""
    lead = re.compile(r"[\s,:]*(?:chủ trì\s*,?\s*)?", re.I).match(text, position)
    assert lead is not None
    position = lead.end()
    cooperate = re.compile(r"(?:" + "|".join(task_rules()["cooperate"]) + r")\s+", re.I)
    found = cooperate.match(text, position)
    if found:
        position = found.end()
        while (name := unit_name_at(text, position)) is not None:
            position = name[1]
            # "các cơ quan, đơn vị, địa phương trong tỉnh": where the partners are
            where = _partner_place().match(text, position)
            position = where.end() if where else position
            joiner = re.compile(r"\s*(?:,|và)\s*").match(text, position)
            if not joiner:
                break
            position = joiner.end()
    while position < len(text) and text[position] in " ,":
        position += 1
    return position


def _titles_above(doc: "Document", block: "Block") -> Iterator[str]:
    """The titles of the headings above `block`, nearest first."""
    index: int | None = block.section
    while index is not None and index >= 0:
        yield doc.sections[index].title
        index = doc.sections[index].parent


def heading_unit_of(doc: "Document", block: "Block") -> str | None:
    """The unit the nearest heading above `block` names ("1. Công an tỉnh", "b) Giao Sở
    Nội vụ:"): the doer of the tasks under it that name none."""
    return next((found[0] for title in _titles_above(doc, block)
                 if (found := unit_in(title) or unit_for(title))), None)


def unit_for(title: str) -> tuple[str, int] | None:
    """The unit a heading or a task's opening says the tasks are for, when it is "(Riêng)
    đối với" and a unit's name and nothing more ("e) Đối với Nhà đầu tư Dự án cao tốc Tân
    Phú - Bảo Lộc:", "Riêng đối với các đơn vị sự nghiệp công lập thuộc UBND tỉnh, hằng quý
    …"); None otherwise ("Đối với công tác giải phóng mặt bằng:" names work, not a unit)."""
    found = re.match(r"\W*(?:[a-zđ]\)|\d{1,2}[.)])?\s*(?:riêng\s+)?đối với\s+([^:,]{3,160}?)"
                     r"\s*(?::|,|$)", title.strip(), re.I)
    if not found:
        return None
    label = found.group(1).rstrip()
    named = unit_in(label)
    if named and re.match(r"\s+(?:trực thuộc|thuộc|trên địa bàn)\s", label[named[1]:]):
        return label, len(label)  # "các đơn vị sự nghiệp công lập thuộc UBND tỉnh"
    return named if named and named[1] >= len(label) - 1 else None


def reporter_of(doc: "Document", block: "Block", text: str) -> str | None:
    """Whose work a result reports: the unit its text opens with ("Bảo hiểm xã hội tỉnh:
    Đã cập nhật …"), else the unit of the nearest heading above that names one, at its
    start ("4. Ủy ban nhân dân các xã, phường, đặc khu") or as whose work it reports
    ("2. Công tác tham mưu, chỉ đạo của Công an tỉnh", tasks.json reported_by)."""
    def named(text: str, start: int) -> str | None:
        found = unit_name_at(text, start)
        # a bare head is no name ("của Ban chỉ đạo tỉnh": "chỉ đạo" reads as a verb)
        return canonical_unit(found[0]) if found and " " in found[0].strip() else None

    own = named(text.lstrip(" -+•*\t"), 0)
    if own:
        return own
    for title in _titles_above(doc, block):
        title = re.sub(task_rules()["list_marker"], "", title)
        whose = re.match(task_rules()["reported_by"], title)
        found = named(title, whose.end() if whose else 0)
        if found:
            return found
    return None


def scheduled_due(span: str, year: int | None) -> str | None:
    """The deadline a schedule's time span sets: its last day ("16/9/2021 – 19/9/2021",
    "Từ ngày 20/9/2021 đến 25/9/2021" -> the 19th, the 25th)."""
    end = re.split(r"\s[–-]\s|(?<=\d)[–-](?=\d{1,2}[/.]\d)|(?<!\w)đến(?:\s+hết)?(?!\w)",
                   span)[-1]
    found = deadline_in(end, year, "cell_dates") or deadline_in(span, year, "cell_dates")
    return found[0] if found else None


def facts(text: str, *, unit: str | None = None, year: int | None = None,
          task: str = "commitment") -> TaskFacts:
    """What `text` says about itself; `unit` is the one its heading gives, used when the
    text names none; `year` completes dates written without one."""
    found = deadline_in(text, year)
    due, words = found if found else (None, None)
    own = unit_in(text)
    if (own and unit and len(unit) > own[1] and text[own[1]:own[1] + 1] == ","
            and for_matching(text).startswith(for_matching(unit))):
        # "Các bộ, ngành tiếp tục rà soát …": the list the text opens with, not its first
        own = (canonical_unit(unit) or unit, len(unit))
    # the kind is in what the doer is asked to do: the words after its name and partners
    begin = _after_partners(text, own[1] if own else 0)
    end = len(text)
    if words:
        limit = text.find(words)
        if limit > begin + 10:
            end = limit
    return TaskFacts(unit=own[0] if own else canonical_unit(unit), co_units=co_units_in(text),
                     due=due, deadline_text=words,
                     task_kind=kind_of(text[begin:], due, task), ask=(begin, end))
