"""Reports written as running text: meeting summaries and news-style reports with no
"Kết quả" or "Nhiệm vụ" heading, where each sentence says by its own words what it is.

A sentence that passes on a leader's request ("đồng chí Chủ tịch yêu cầu các phòng, ban
tăng cường …; thành lập …") gives one directive per task, its addressee as the unit and
the speaker kept; a sentence that speaks of the coming period ("Thời gian tới, xã tập
trung …", "… sẽ …") gives the body's own tasks, and the sentences after it in the same
paragraph carry on the list; a sentence of work done or figures reached is a result; a
shortcoming, a caption, a byline or a sentence about the meeting itself is no item. The
words of each kind are data (nlp/rules/running.json). Positions are offsets into the
document's text.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache

from nlp.components.items import ABBREVIATION
from nlp.normalize import UPPER, collapse_spaces, for_matching, one_spaced, top_level_colon
from nlp.periods import Period, find_periods, following, parse_period, to_period
from nlp.rulebook import directive_pattern, running_rules, task_rules
from nlp.structure import (
    Document,
    _starts_with_verb,
    ends_with_verb,
    has_verb,
    noun_words,
    verb_opening,
)
from nlp.tasks import (
    by_work,
    deadline_in,
    ends_with_unit_name,
    listed_noun,
    partners_end,
    passive_after,
    places_named,
    sets_time_limit,
    unit_name_at,
)
from nlp.units import (
    body_key,
    canonical_unit,
    find_head,
    known_name_at,
    known_name_over,
    place_named_at,
    starts_with_unit,
)


@dataclass(frozen=True)
class Found:
    kind: str  # commitment | directive | action
    start: int
    end: int
    unit: str | None = None  # a directive's addressee, a commitment's doer
    speaker: str | None = None  # who asked, as written
    when: tuple[int, int] | None = None  # a schedule's time span the task is set in
    relays: bool = False  # a directive its unit is to pass on ("… đề nghị A yêu cầu B …")


# (a sentence may open with any letter of the range "À-Ỹ", small "đ", "á" … too: the running
# rules were made on the sentences it cuts; with nlp.normalize.UPPER alone the dev set lost a
# task and other sets went both ways, so it stays)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(\[]?[A-ZĐÀ-Ỹ0-9])"
                           r"|(?<=[a-zà-ỹ)\d])\.(?=[A-ZĐ][a-zà-ỹA-ZĐ])"  # "đi lại.UBND huyện"
                           r"|…(?=[A-ZĐ][a-zà-ỹ])"  # "hộ nghèo 5.462 triệu đồng,…Tổng dư nợ"
                           r"|(?<=…)\.(?=[A-ZĐ][a-zà-ỹ])"  # "ổn định….Bên cạnh đó"
                           # "… quý IV năm 2019.9 tháng đầu năm 2019, …": a year, then a
                           # count of months (a thousands group has three digits)
                           r"|(?<=\d{4})\.(?=\d{1,2}\s+(?:tháng|năm|ngày|quý|tuần)\b)")


# A paragraph ends at a blank line, or at a line break after a sentence's end (a page copied
# from the web puts one paragraph on each line; a hard-wrapped line ends mid-sentence), or
# after a short line with no end that a capital follows (a headline, a caption).
_PARAGRAPH_END = re.compile(r"\n\s*\n|(?<=[.!?…;:])[\"”’)]?\n")
SHORT_LINE = 80
# In a page with one paragraph on each line (some line longer than a hard-wrapped one can
# be), a headline or a caption may run longer ("HĐND Thị trấn Hùng Quốc (Trà Lĩnh): Thông
# qua các nghị quyết …"); in hard-wrapped text only a short line is a title.
HEADLINE = 160
WRAPPED_AT_MOST = 200  # characters of the longest line of a hard-wrapped text
MAX_HEADLINE = 200  # a page's first paragraph, one line this long with no full stop, is its title
SENTENCE_ENDS = (".", "!", "?", "…", ";", ":")  # a line or headline ending so is finished


def _paragraphs(text: str) -> list[tuple[int, int]]:
    cuts = [(m.start(), m.end()) for m in _PARAGRAPH_END.finditer(text)
            if not _broken_sentence(text, m.start(), m.end())]
    one_per_line = max((len(line) for line in text.split("\n")), default=0) > WRAPPED_AT_MOST
    longest = HEADLINE if one_per_line else SHORT_LINE
    line_start = 0
    lines = text.split("\n")
    source, tag = running_rules()["source_line"], running_rules()["lead_tag"]
    for line, next_line in zip(lines[:-1], lines[1:], strict=True):
        line_end = line_start + len(line)
        after = text[line_end + 1:line_end + 2]
        if (line.strip() and len(line.strip()) <= longest and (after.isupper() or after.isdigit())
                and not line.rstrip().endswith((*SENTENCE_ENDS, ","))) or (
                source.match(for_matching(next_line).strip())
                or tag.match(for_matching(next_line).strip())):
            # (a line naming the page's source, "Theo http://laodong.com.vn/", is no part of
            # the sentence the line before leaves without its full stop; nor is the lead a
            # site's tag opens, "(Quang Binh Portal) - Theo báo cáo …", of the headline)
            cuts.append((line_end, line_end + 1))
        line_start = line_end + 1
    cuts.extend(_run_in_numbers(text))
    out, start = [], 0
    for cut_start, cut_end in sorted(cuts):
        if cut_start >= start:
            out.append((start, cut_start))
            start = cut_end
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _broken_sentence(text: str, start: int, end: int) -> bool:
    """Whether the blank line at text[start:end] cuts a sentence a page copied from a PDF
    broke: the line before stops with no end, the next goes on in lower case ("… trụ sở" /
    "cơ quan, vùng …"), or the line before stops on a comma, whatever case follows; not a
    caption under the page's headline ("ảnh minh họa")."""
    last = text[:start].rstrip()[-1:]
    if last == "," and text[end:end + 1].isalpha():
        return True  # "… đối phó với không khí lạnh, rét đậm," / "PCTT&TKCN tỉnh đề nghị …"
    if not (text[end:end + 1].islower() and last.isalnum()) or _LETTER.match(text, end):
        return False  # (nor a lettered item: "1. Trung tâm Y tế huyện" / "a) Chủ động …")
    under_headline = "\n" not in text[:start].strip()
    return not (under_headline
                and _caption(re.split(r"\n\s*\n", text[end:], maxsplit=1)[0]))


_RUN_IN_NUMBER = re.compile(r"(?<=[:.;])[ \t]+(\d{1,2})\.[ \t]+(?=[" + UPPER + "])")


def _run_in_numbers(text: str) -> list[tuple[int, int]]:
    """Where a numbered list run into one paragraph ("… thực hiện tốt các nội dung sau: 1.
    Các Liên chi Đoàn … 2. Nội dung sinh hoạt …", as a page or a PDF loses its line breaks)
    breaks into the paragraphs its numbers begin: only numbers that count on from 1."""
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for match in _RUN_IN_NUMBER.finditer(text):
        number = int(match.group(1))
        same_paragraph = run and "\n" not in text[run[-1].end():match.start()]
        if same_paragraph and number == int(run[-1].group(1)) + 1:
            run.append(match)
            continue
        if len(run) >= 2:
            out.extend((m.start(), m.start(1)) for m in run)
        run = [match] if number == 1 else []
    if len(run) >= 2:
        out.extend((m.start(), m.start(1)) for m in run)
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group()[:1].isspace():
            if running_rules()["name_abbreviation"].search(
                    for_matching(text[cuts[-1]:match.start()])):
                continue  # "UBND TP. Nha Trang": not a sentence end
        elif ABBREVIATION.search(text[cuts[-1]:match.start() + 1]) and not _count_ends(
                text[cuts[-1]:match.start() + 1]):
            continue  # "1.Tăng cường", "TP.Hồ Chí Minh": not a sentence end
        cuts.append(match.end() if match.group().strip() else match.start() + 1)
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def _count_ends(said: str) -> bool:
    """Whether a sentence's words end on a number that closes it, not a list's number run
    into its item ("… phòng chống dịch Covid - 19.Công an tỉnh chỉ đạo …", not "1.Tăng
    cường …" opening a line or following a colon or a semicolon)."""
    number = re.search(r"(?<![\d.,/])\d{1,2}\.$", said)
    before = said[:number.start()].rstrip() if number else ""
    return bool(before.strip(" -–+•")) and not before.endswith((";", ":", ","))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,;:-–+•":
        start += 1
    number = _NUMBERED.match(text, start, end)  # "(1) Tăng cường …": the task's own words
    if number:
        start = number.end()
    while end > start and text[end - 1] in " \t\n,;:.":
        end -= 1
    # "…, mở rộng mạng lưới cửa hàng bán xăng E5; theo đó:": the words announcing the list
    # that follows are no part of the task
    tail = running_rules()["announcing_tail"].search(for_matching(text[start:end]))
    if tail and tail.start() > 0:
        end = start + tail.start()
    # "… cần phải cố gắng nhiều hơn nữa, vì còn nhiều xã, phường chưa đạt chuẩn văn hóa":
    # the reason it closes on is no part of it
    reason = running_rules()["reason_tail"].search(for_matching(text[start:end]))
    if reason and reason.start() > 0:
        end = start + reason.start()
    return start, end


def applies(doc: Document) -> bool:
    """A report, or a text with no official header (a published summary); not a cover
    letter, a decision or another document that reports nothing in its sentences."""
    return doc.header is None or doc.header.kind in (None, "report")


MIN_WORDS = 4  # a shorter piece is part of the one before ("tuần tra, kiểm soát, xử lý …")
MIN_COMMA_WORDS = 7  # a job before ", <verb>" this short is one with what follows
# in the body's own promises, only a shorter one is ("Tăng thu ngân sách, giữ vững an ninh
# …" promises two jobs; "kiểm tra, kiểm soát …" is one)
PROMISE_COMMA_WORDS = 4


_NUMBERED = re.compile(r"(?<![\w)])\(\d{1,2}\)\s*")


def _list_number(text: str, *span: int) -> re.Match[str] | None:
    """The marker that opens a line of a list ('1.', 'b)', 'Thứ hai, …'; running.json
    list_number, matched on the text as written), at the start of text[span]."""
    pattern: re.Pattern[str] = running_rules()["list_number"]
    return pattern.match(text, *span)


def _cut_marks(span: str, by_verb: bool = False) -> list[re.Match[str]]:
    """Where a span may be cut: "; ", ": " (not a document number's "Số: 108/…"), ", " and a
    comma written with no space before a word (not one inside a figure, "3,7%"); never
    inside brackets ("(đạt 104,11% dự toán tỉnh giao; đạt 100,26% dự toán của huyện)") or
    quotation marks (a motto: "“Trách nhiệm cao, sáng tạo nhiều, đổi mới toàn diện”"), nor,
    in a list of requests (`by_verb`), inside the name of the units asked ("UBND các phường:
    Trần Phú, Lê Lợi, Hải Cảng nghiêm túc triển khai …")."""
    marks = []
    places_end = 0
    # (not the comma of two words that share a syllable: "thanh, kiểm tra" is "thanh tra,
    # kiểm tra", one job; running.json shared_syllable)
    shared = [m.span() for m in running_rules()["shared_syllable"].finditer(for_matching(span))]
    # in a list of requests, a request of its own joined with no comma ("… tăng cường chỉ
    # đạo đối với UBND xã về CCHC đồng thời đề nghị Đảng ủy xã ra nghị quyết …")
    again = "|" + running_rules()["joined_request"].pattern if by_verb else ""
    # (not the ";" of a list of numbers with no space, "Ban QLDA 1;2;3;4;85": one name)
    for match in re.finditer(r"(?<!\d);\s*|;(?!\d)\s*|:\s+(?!\d+/)|,\s+(?=\S)|,(?=[^\W\d_])"
                             + again, span):
        before = span[:match.start()]
        if by_verb and match.group().startswith(":"):
            places_end = max(places_end, match.start() + places_named(span[match.start():]))
        # (a quotation opened curly may close straight: "“Đoàn kết - … - Tình nguyện\"")
        opened, straight = before.count("“"), before.count('"')
        quoted = (opened > before.count("”") + straight) if opened else straight % 2 == 1
        # (nor the comma between names in quotation marks, "triển khai các phong trào thi
        # đua “Cựu chiến binh gương mẫu”, “Tham gia bảo vệ môi trường”": one list of names)
        names = before.endswith("”") and span.startswith("“", match.end())
        # (nor a colon before the object of "tại", "theo", "của": "Thực hiện nghiêm túc quy
        # định tại: Chỉ thị 10/CT-UBND …", the documents it names)
        names = names or bool(match.group().startswith(":") and running_rules()[
            "colon_object"].search(for_matching(before.rstrip())))
        if (before.count("(") <= before.count(")") and match.start() >= places_end
                and not quoted and not names
                and not any(a < match.start() < b for a, b in shared)):
            marks.append(match)
    return marks


def _timed_job(piece: str) -> bool:
    """A piece that opens with when it is due, then an action ("…, trong Quý 1 năm 2025
    hoàn thành hồ sơ, 6 tháng đầu năm hoàn thành các yêu cầu …"): a job of its own."""
    timed = running_rules()["timed_opening"].match(for_matching(piece))
    return timed is not None and _opens_job(piece[timed.end():])


def _names_listed(piece: str) -> bool:
    """Whether a piece ends on things its colon names, each a name however it reads ("… gắn
    hoạt động của Hội … với 3 chương trình mục tiêu quốc gia: xây dựng nông thôn mới; giảm
    nghèo bền vững; …"; running.json names_listed): the names are the piece's own."""
    return bool(running_rules()["names_listed"].search(for_matching(piece).rstrip()))


def _one_task_past_colon(piece: str, following: str) -> bool:
    """Whether what follows a piece's colon is still its task: what people are to be told
    ("… thông tin ngay đến phụ huynh …: <what they are told>"), or the details of a task or
    a result ("… với các trường thông tin cụ thể: Họ và tên; ngày tháng năm sinh; …", "… đã
    tiếp 10 lượt công dân gồm: Nguyễn Văn Tâm, …; …": short, with no action and no doer)."""
    if running_rules()["tells"].search(for_matching(piece)) or _names_listed(piece):
        return True
    # (not the figures each target reached: "… đạt được các chỉ tiêu kế hoạch như: đàn trâu,
    # bò đạt 36 nghìn con …; đàn lợn đạt 366 nghìn con …", one result each)
    item = for_matching(re.split(r"[;.]", following, maxsplit=1)[0])
    return (bool(running_rules()["details_lead"].search(for_matching(piece)))
            and len(re.split(r"[,;.]", following, maxsplit=1)[0].split()) <= MAX_DETAIL_WORDS
            and not (_opens_job(following) or _doer_first(following))
            and not running_rules()["figure_reached"].search(item))


def _pieces(text: str, start: int, end: int, *, by_verb: bool, numbered: bool = True,
            min_comma: int = MIN_COMMA_WORDS, item: bool = False) -> list[tuple[int, int]]:
    """The span cut at "; " and ": " (and, for a list of requests, at ", " before a verb; for
    results, at ", " before another clause of work done or another job done);
    a piece of fewer than MIN_WORDS words stays with its neighbour. A numbered list ("(1)
    …; …; (2) …") is cut at its numbers first, then each number's text the same way. An
    `item` of a numbered list of tasks is one task, cut at "; " only."""
    numbers = list(_NUMBERED.finditer(text, start, end)) if numbered else []
    if len(numbers) >= 2:
        bounds = [m.start() for m in numbers] + [end]
        spans = [_trimmed(text, m.end(), bounds[n + 1]) for n, m in enumerate(numbers)]
        return [piece for a, b in spans if len(text[a:b].split()) >= MIN_WORDS - 1
                for piece in _pieces(text, a, b, by_verb=by_verb, numbered=False,
                                       min_comma=min_comma, item=item)]
    cuts = [start]
    held = False  # past a colon whose details are the piece's own
    for match in _cut_marks(text[start:end], by_verb):
        at = start + match.end()
        piece = text[cuts[-1]:start + match.start()]
        also = running_rules()["also"].match(for_matching(text[at:end]))
        following = text[at + also.end():end] if also else text[at:end]
        if held:
            # "… nhân rộng các mô hình … như: cánh đồng mẫu lúa, …; chú trọng …": the details
            # end where a "; " opens the next job
            if not (match.group().startswith(";") and _opens_job(following)):
                continue
            held = False
        elif match.group().startswith(":") and (stop := _list_past_colon(
                piece, by_verb, start + match.start(), end)) is not None:
            end = stop
            break
        elif match.group().startswith(":") and _one_task_past_colon(piece, following):
            held = True
            continue
        if match.group().startswith(";") and _goes_on_past_semicolon(piece, following,
                                                                       by_verb=by_verb):
            continue
        if (by_verb and match.group().startswith(",")
                and running_rules()["target_end"].search(for_matching(piece))
                and running_rules()["target_end"].search(
                    for_matching(re.split(r"[;.]", following, maxsplit=1)[0]))):
            # "… phấn đấu giải quyết án hình sự đạt từ 90% trở lên, án dân sự, … đạt từ 85%
            # trở lên, hành chính đạt 80%": one target per figure reached
            cuts.append(at)
            continue
        if by_verb and match.group().startswith(",") and running_rules()[
                "statement_piece"].match(for_matching(following)):
            cuts.append(at)  # "…, công trình sẽ là điểm nhấn …": the task ends here
            continue
        if (by_verb and match.group().startswith(",") and _joins_a_job(text[at:end])
                and not running_rules()["purpose"].search(for_matching(piece))):
            # "…, đồng thời phòng trừ sâu bệnh …": a job of its own (not after "nhằm …",
            # where it goes on with the aim: "nhằm quy tụ …, đồng thời tạo điều kiện …")
            cuts.append(at)
            continue
        if match.group().startswith(",") and not (
                (_opens_job(following) or _timed_job(following)
                 or running_rules()["work_opening"].match(for_matching(following))
                 or (_doer_first(following) and not _ends_with_unit(piece))
                 or (also is not None and _must_after(following)))
                and not _shares_object(piece) and not _only_manner(piece)
                and not running_rules()["purpose"].search(for_matching(piece))
                and not running_rules()["answerable_for"].search(for_matching(piece))
                # "Tổ chức tập huấn về công tác giám sát bệnh nhân, giám sát côn trùng, …":
                # the topics of one training
                and not running_rules()["topics_listed"].search(for_matching(piece))
                and not (running_rules()["detail_list"].search(for_matching(piece))
                         and len(re.split(r"[,;.]", text[at:end], maxsplit=1)[0].split())
                         <= MAX_DETAIL_WORDS)
                if by_verb else running_rules()["done_clause"].match(for_matching(text[at:end]))
                or _two_outcomes(piece, text[at:end]) or _two_counts(piece, text[at:end])
                or (not item and _two_jobs_done(piece, following))):
            # no new action or line of work ("…, công tác cấp định danh điện tử …"); or
            # "kiểm tra, đôn đốc X": verbs sharing one object; or the
            # actions of a purpose ("… nhằm xác định, phát hiện kịp thời …"); in a result,
            # no new clause of work done ("…, đã xử lý 402 văn bản")
            continue
        cuts.append(at)
    cuts.append(end)
    out: list[tuple[int, int]] = []
    commas = {c for c in cuts if text[max(start, c - 2):c].strip()[-1:] == ","}
    for a, b in zip(cuts, cuts[1:], strict=False):
        if out and _stays_with(text, out[-1], (a, b), commas, by_verb=by_verb, start=start,
                                 min_comma=min_comma):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    out = [_trimmed(text, a, b) for a, b in out]
    out = _past_lead(text, out, by_verb=by_verb)
    if not by_verb:  # "… được đẩy mạnh, góp phần nâng cao …": the result, not what it serves
        out = [kept for a, b in out if (kept := _before_contribution(text, a, b))]
        out = [_past_aim(text, a, b) for a, b in out]
    return [(a, b) for a, b in out if len(text[a:b].split()) >= MIN_WORDS - 1
            and not _topic_label(text, a, b) and not _topic_before_comma(text, a, b)
            and not _lead_before_colon(text, a, b, "list_lead")
            and not (by_verb and _lead_before_colon(text, a, b, "task_list_lead"))
            and not (by_verb and running_rules()["statement_piece"].match(
                for_matching(text[a:b])))
            and not (by_verb and running_rules()["label_piece"].match(
                for_matching(text[a:b]).strip(" .;")))
            and not (by_verb and _matter_label(text, a, b, end))
            and not _unit_label(text, a, b)]


def _unit_label(text: str, start: int, end: int) -> bool:
    """A piece that is only the name of the unit its colon gives jobs to ("Tiểu ban điều
    trị: Tổ chức tập huấn …", "Đội bảo vệ chuyên trách: …"), a name holding what reads as
    a verb: who, not a task."""
    piece = text[start:end].strip()
    name = unit_name_at(piece, 0)
    return _colon_after(text, end) is not None and name is not None and name[0] == piece


def _colon_after(text: str, end: int) -> re.Match[str] | None:
    """The colon right after a piece that ends at `end` (past spaces), if there is one."""
    return re.match(r"\s*:", text[end:end + 3])


def _goes_on_past_semicolon(piece: str, following: str, *, by_verb: bool) -> bool:
    """Whether what follows a "; " goes on with the piece before: in results, the aims
    ("… được thực hiện trên cả nước nhằm thu thập …; phân tích, dự báo …; phục vụ …": no
    results of their own; not an aim the sentence opens with: "Nhằm xây dựng …, phường đã tổ
    chức …; tổ chức …"); in a list of requests, one more of the behaviours a direction is
    against or of the faults a task mends (_behaviour_listed)."""
    if by_verb:
        return _behaviour_listed(piece, following)
    return bool(running_rules()["purpose"].search(for_matching(piece).lstrip(" -+•"), 1)
                and not running_rules()["done_clause"].match(for_matching(following)))


def _behaviour_listed(piece: str, following: str) -> bool:
    """Whether the piece after a "; " names one more of the behaviours a direction is
    against ("… xử lý nghiêm … đối với các hành vi khai thác, nạo vét cát trái phép; tập
    kết, vận chuyển, kinh doanh khoáng sản không đúng quy định; sử dụng các phương tiện …
    không có đăng kiểm …"; running.json behaviours_listed, violation_piece): no task of
    its own, however it opens ("tuyệt đối không để xảy ra …" after them is one)."""
    rules = running_rules()
    lower = for_matching(piece)
    after = for_matching(re.split(r"[;.]", following, maxsplit=1)[0])
    if rules["faults_listed"].search(lower):
        # "… khắc phục những tồn tại, hạn chế về các hành vi cho phép …; cho phép … vượt chỉ
        # tiêu …; tùy tiện trong việc …": the faults to mend, listed, whatever they are
        return bool(rules["fault_piece"].match(after)) and _doer_first(following) is None
    return bool(rules["behaviours_listed"].search(lower)
                and rules["violation_piece"].match(after))


def _past_lead(text: str, pieces: list[tuple[int, int]], *,
               by_verb: bool) -> list[tuple[int, int]]:
    """The pieces of a list of tasks past a first one with no act before a doer ("Theo kế
    hoạch, quý III/2020, Thanh tra Ban Dân tộc tiếp tục …": a lead, no task of its own)."""
    if (by_verb and len(pieces) >= 2 and not has_verb(text[pieces[0][0]:pieces[0][1]])
            and _doer_first(text[pieces[1][0]:pieces[1][1]])):
        return pieces[1:]
    return pieces


def _list_past_colon(piece: str, by_verb: bool, colon: int, end: int) -> int | None:
    """Where the span ends when the list after a piece's colon (at `colon`) holds no items
    of its own, else None: at the span's `end` for aims ("… với mục tiêu: A; B; C": what the
    task is for, kept with it); at the colon, in results, for shortcomings ("… giải trình về
    những vấn đề tồn đọng … như: Tình trạng …; công tác quản lý barie; …": running.json
    shortcomings_listed, no item)."""
    lower = for_matching(piece)
    if running_rules()["aims_lead"].search(lower) or _names_listed(piece):
        return end  # (or things it names: "… với 3 chương trình mục tiêu quốc gia: A; B; C")
    if not by_verb and running_rules()["shortcomings_listed"].search(lower):
        return colon
    return None


def _promised(text: str, start: int, end: int, *, by_verb: bool = True,
              unit: str | None = None) -> list[Found]:
    """The body's own tasks in a span, one per job, cut as its promises are
    (PROMISE_COMMA_WORDS)."""
    # ("… phát triển mỗi Chi hội ít nhất 150 hội viên mới nhằm giúp đỡ …": the promise)
    # (not a piece that is all aim: "Năm 2018, để hoàn thành chỉ tiêu 80,3% dân số …;
    # Ban Thường vụ Huyện ủy yêu cầu: …", what the request after it is for)
    return [Found("commitment", *_before_aim(text, a, b), unit) for a, b in
            _pieces(text, start, end, by_verb=by_verb, min_comma=PROMISE_COMMA_WORDS,
                    item=not by_verb)
            if not running_rules()["all_aim"].match(for_matching(text[a:b]))]


def _joins_a_job(piece: str) -> bool:
    """Whether a piece after a comma opens with "đồng thời" and a job of its own
    (running.json concurrent: "…, đồng thời phòng trừ sâu bệnh …")."""
    return bool(running_rules()["concurrent"].match(for_matching(piece)))


def _stays_with(text: str, before: tuple[int, int], piece: tuple[int, int], commas: set[int],
                *, by_verb: bool, start: int, min_comma: int = MIN_COMMA_WORDS) -> bool:
    """Whether a piece of `_pieces` (`piece`, after `before`) goes on with the one before
    rather than standing alone (`commas`: the cuts made at a comma; `start`: the span's)."""
    a, b = piece
    target = running_rules()["target_end"]
    if by_verb and all(target.search(for_matching(text[x:y].rstrip(" ,;.")))
                       for x, y in (before, piece)):
        return False  # "… đạt từ 90% trở lên, án dân sự … đạt từ 85% trở lên": two targets
    # "…, đồng thời <job>": a job of its own, whatever its verb
    joined = by_verb and (_joins_a_job(text[a:b]) or _timed_job(text[a:b]))
    if (before[1] in commas and _job_words(text, *before) < min_comma
            and not running_rules()["job_closing"].search(
                for_matching(text[before[0]:before[1]].rstrip(" ,")))
            and not (by_verb and _doer_first(text[a:b]))
            and not (by_verb and _job_done(text[before[0]:before[1]]))
            and not joined):
        # "kiểm tra, kiểm soát …": verbs of one job; not "nghiêm túc triển khai thực
        # hiện, phối hợp …", a job closed on its own
        return True
    if len(text[before[0]:before[1]].split()) < MIN_WORDS:
        return True  # the piece before was too short to stand alone
    if by_verb and before[1] in commas and running_rules()["plan_for_end"].search(
            for_matching(text[before[0]:before[1]].rstrip(" ,"))):
        # "xây dựng các phương án phòng tránh, ứng phó, khắc phục hậu quả thiên tai": the
        # plans' purposes, one job
        return True
    lead = text[before[0]:before[1]].rstrip(" ,")
    if by_verb and before[1] in commas and running_rules()["time_lead"].match(
            for_matching(lead)):
        return True  # "Trước khi thông xe …, các đơn vị … cần rà soát …": when, then the task
    if len(text[a:b].split()) < MIN_WORDS:
        return True
    if by_verb and ((_reports_back(text[a:b]) and not _two_due(text[before[0]:before[1]],
                                                               text[a:b]))
                    or running_rules()["finished_by"].match(for_matching(text[a:b].strip(" ,;")))):
        # "…; gửi Sở NN&PTNT trước ngày 29/6", "…, hoàn thành trước ngày 30/6/2022": the
        # same work, sent on or finished by then
        return True
    if (by_verb and a not in commas and _ends_with_partners(text[before[0]:before[1]])
            and unit_name_at(text[a:b], 0)):
        # "phối hợp với Sở Kế hoạch và Đầu tư; Sở Tài nguyên và Môi trường; Sở Văn hóa,
        # Thể thao và Du lịch lập đoàn kiểm tra …": more partners (tasks.json cooperate),
        # then the same task
        return True
    if (by_verb and a not in commas and _directs_units(text[before[0]:before[1]].rstrip(" ;"))
            and unit_name_at(text[a:b], 0)):
        return True  # "… chỉ đạo Công an huyện, …; UBND các xã, … thường xuyên kiểm tra …"
    if running_rules()["names_document"].match(for_matching(text[a:b])):
        return True  # "…; Văn bản số 914/UBND-VP5 …": one more object
    if a not in commas and running_rules()["detail_piece"].match(for_matching(text[a:b])):
        return True  # "…; nhất là người có công, người nghèo …": its detail
    if (by_verb and not has_verb(text[a:b]) and not joined
            and not running_rules()["work_opening"].match(for_matching(text[a:b]))
            and (text[max(start, a - 3):a].strip(" .…")[-1:] in (",", ":")
                 or running_rules()["addressee_start"].match(for_matching(text[a:b])))):
        return True  # "… các doanh nghiệp, nhà hàng, khách sạn": no job
    if (by_verb and a not in commas and text[max(start, a - 3):a].strip()[-1:] == ";"
            and running_rules()["object_piece"].match(for_matching(text[a:b]))):
        # "… phản ánh …; tinh thần gương mẫu …; các mô hình hay …": more of what the job
        # acts on, no job of its own
        return True
    return False


MAX_TOPIC_WORDS = 15  # "Đối với dự án phát triển sản xuất năm 2023"


def _past_aim(text: str, start: int, end: int) -> tuple[int, int]:
    """A result without the aim it opens with ("Nhằm xây dựng tuyến phố … là tuyến phố “Văn
    minh đô thị”, trong tháng 10/2017 phường đã tổ chức tuyên truyền …"): the work done."""
    after = _past_clause(text, start, end, "purpose_lead")
    if after == start or not running_rules()["done_marker"].search(for_matching(text[after:end])):
        return start, end
    return after, end


MIN_AIMED_WORDS = 6  # a task this long before its "nhằm …" stands without it


def _before_aim(text: str, start: int, end: int) -> tuple[int, int]:
    """A task without the aim it closes on ("tiếp tục phát triển mỗi Chi hội ít nhất từ 150
    hội viên mới nhằm giúp đỡ, hỗ trợ người tiêu dùng nhiều hơn"): what is to be done."""
    lower = for_matching(text[start:end])
    aim = running_rules()["purpose"].search(lower)
    if (aim is None or len(text[start:start + aim.start()].split()) < MIN_AIMED_WORDS
            # "… các biện pháp, kế hoạch nhằm triển khai kịp thời …": what the measures are
            or running_rules()["aim_kept_after"].search(lower[:aim.start()].rstrip(" ,"))):
        return start, end
    return start, start + len(text[start:start + aim.start()].rstrip(" ,;"))


def _past_clause(text: str, start: int, end: int, key: str) -> int:
    """Where a sentence goes on past the clause it opens with (running.json `key`: an aim,
    purpose_lead; a topic, topic_comma) and that clause's comma; `start` when it opens with
    none."""
    if not running_rules()[key].match(for_matching(text[start:end])):
        return start
    comma = text.find(", ", start, end)
    return comma + 2 if comma >= 0 else start


def _before_contribution(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A result without what it contributes to ("…, góp phần nâng cao nhận thức …");
    None when it only says that ("Thông qua đó, góp phần nâng cao đời sống …")."""
    lower = for_matching(text[start:end])
    if running_rules()["contribution_only"].match(lower):
        return None
    turn = running_rules()["contribution"].search(lower)
    return _trimmed(text, start, start + turn.start()) if turn else (start, end)


def _topic_before_comma(text: str, start: int, end: int) -> bool:
    """A piece that only names the topic of the task after its comma ("Đối với đề án trồng
    cây ăn quả, tiếp tục đôn đốc …"; running.json topic_comma): context, not a task."""
    piece = text[start:end]
    lower = for_matching(piece)
    # ("Đối với các trường THPT, Trung tâm GDTX tỉnh, Trung tâm GDNN-GDTX, phải …": the
    # units it is for, listed)
    named_for = running_rules()["for_unit"].match(lower)
    listed = _units_listed(text, start + named_for.end(), end) if named_for else None
    # (not "Về công tác Đảng cần tập trung hoàn thành …", a task after its topic)
    return (text[end:end + 1] == "," and ("," not in piece or (
                listed is not None and not text[listed[1]:end].strip()))
            and len(piece.split()) <= MAX_TOPIC_WORDS
            and bool(running_rules()["topic_comma"].match(lower))
            and not any(running_rules()["modal"].match(lower[word.start():])
                        for word in re.finditer(r"(?<!\w)\w", lower)))


def _job_done(piece: str) -> bool:
    """A short piece that names a whole job, a verb of manner, the action and its object
    ("chủ động xây dựng kế hoạch"), not an action waiting for the next one's object
    ("kiểm tra, kiểm soát …")."""
    manner = running_rules()["manner"].match(for_matching(piece))
    return bool(manner) and _opens_job(piece) and not _shares_object(piece)


def _lead_before_colon(text: str, start: int, end: int, key: str) -> bool:
    """A piece that only leads into what its colon opens: who speaks ("Đồng chí Chủ tịch
    UBND xã khẳng định: …", running.json list_lead) or, in a list of tasks, the list's own
    announcement ("huyện tập trung vào các nhiệm vụ như: …", task_list_lead). No item."""
    lead = for_matching(text[start:end])
    if _colon_after(text, end):
        return bool(running_rules()[key].search(lead))
    # (who speaks may lead in with a comma too: "PGS. TS … – Giám đốc ĐH Đà Nẵng cho
    # biết, đã yêu cầu …"; running.json said_lead)
    return (key == "list_lead" and re.match(r"\s*,", text[end:end + 3]) is not None
            and bool(running_rules()["said_lead"].search(lead)))


MAX_DETAIL_WORDS = 4  # words of one detail in a list after "nhất là" ("quản lý đất đai")
MAX_LISTED_SUBJECT = 4  # words of one subject in a list that shares an outcome


_COUNT = re.compile(r"\d")


def _counts(text: str) -> bool:
    """Whether a text states a count: a figure, or a round one in words ("hàng ngàn tấn
    phân bón", running.json count_in_words)."""
    return bool(_COUNT.search(text) or running_rules()["count_in_words"].search(
        for_matching(text)))


def _two_counts(piece: str, rest: str) -> bool:
    """In a result, a comma between two counts of work done, each with its action ("… đã
    tiếp 17 kỳ, có 74 lượt công dân đến liên hệ, tiếp nhận 21 đơn thư …"): two results."""
    clause = re.split(r"[,;.]", rest, maxsplit=1)[0]
    if running_rules()["measure_opening"].match(for_matching(clause)):
        # "…, doanh thu thương mại - dịch vụ hơn 2.200 tỷ đồng": a measure with its figure,
        # after a piece with a figure of its own (not a time: "Lũy kế 6 tháng đầu năm 2016, …",
        # running.json figure_not_time)
        return bool(running_rules()["figure_not_time"].search(for_matching(piece)))
    # (the first count may be in words, "… đã cung ứng hàng ngàn tấn phân bón, thu mua nông
    # sản trên 20 tỷ đồng"; the second states a figure, not "…, tạm dừng hoạt động sau khi
    # … gây ngộ độc cho hàng chục học sinh", one act)
    return bool(_counts(piece) and _COUNT.search(clause)
                # (not the same figure compared or summed: "…, tăng 14,2% so với cùng kỳ",
                # "…, lũy kế 2 tháng đạt …")
                and not running_rules()["same_figure"].match(for_matching(clause))
                and (_starts_with_verb(clause)
                     or bool(running_rules()["count_opening"].match(for_matching(clause)))))


def _two_jobs_done(piece: str, following: str) -> bool:
    """In a result, a comma between two jobs done, each with its own object ("… thực hiện
    tốt việc quán triệt, xây dựng kế hoạch, đẩy mạnh công tác phối hợp với các ngành …"):
    two results; not verbs that share the object after them ("kiểm tra, đôn đốc các xã")."""
    return (len(piece.split()) >= MIN_RESULT_WORDS and has_verb(piece)
            # ("Qua đây cho thấy sự quan tâm lãnh đạo điều hành, bám sát tình hình …": what
            # the work shows, named as nouns, no job done; running.json nominal_lead)
            and not running_rules()["nominal_lead"].search(for_matching(piece))
            # ("… đã tập trung lãnh đạo, chỉ đạo các nhiệm vụ": two verbs, one object)
            and not running_rules()["bare_verb_end"].search(for_matching(piece))
            and not _shares_object(piece) and _opens_job(following)
            and len(re.split(r"[,;.]", following, maxsplit=1)[0].split()) >= MIN_RESULT_WORDS)


MIN_RESULT_WORDS = 4  # words a job done names, its verb and object, to stand as a result


def _two_outcomes(piece: str, rest: str) -> bool:
    """In a result, a comma between two outcomes each stated in full ("gieo trồng vượt chỉ
    tiêu, tổng đàn gia súc tăng mạnh"): two results."""
    outcome = running_rules()["outcome"]
    clause = for_matching(re.split(r"[;.]", rest, maxsplit=1)[0])
    lead = running_rules()["paragraph_lead"].match(clause)  # "…, trong đó công tác … được …"
    clause = clause[lead.end():] if lead else clause
    stated = outcome.search(clause)
    if not (stated and outcome.search(for_matching(piece))) or _starts_with_verb(clause):
        return False
    # the outcome's subject may be a short list of its own ("…, ANCT, trật tự ATXH được
    # đảm bảo"): then the cut is before the list, not inside it
    subjects = clause[:stated.start()].split(",")
    return all(len(subject.split()) <= MAX_LISTED_SUBJECT for subject in subjects[:-1])


MAX_MATTER_LABEL_WORDS = 6  # "Giấy mời Lễ khởi công:", "Video clip về Dự án:"


def _matter_label(text: str, start: int, end: int, limit: int) -> bool:
    """A piece that only names a thing, its colon followed by a job to do on it ("- Giấy
    mời Lễ khởi công: Thẩm quyền ban hành …, tham mưu UBND tỉnh ban hành giấy mời"): the
    matter, not a task; not a unit's name ("UBND các xã: …") nor a job ("Tổ chức …: …")."""
    colon = re.match(r"\s*:\s*", text[end:limit])
    piece = text[start:end].strip()
    if (colon is None or not piece or len(piece.split()) > MAX_MATTER_LABEL_WORDS
            or _opens_job(piece) or unit_name_at(piece, 0) is not None
            or running_rules()["addressee_start"].match(for_matching(piece))):
        return False
    return _opens_job(text[end + colon.end():limit])


def _topic_label(text: str, start: int, end: int) -> bool:
    """A piece that only names the topic of the list after its colon ("Về sản xuất nông
    nghiệp: thường xuyên kiểm tra …"): context, not a task (directives.json topic_label)."""
    colon = _colon_after(text, end)
    return bool(colon and directive_pattern("topic_label").match(
        for_matching(text[start:end + colon.end()])))


def _last_announcement(lower: str) -> re.Match[str] | None:
    """The last words of a sentence that announce tasks (running.json announce): "… đã đánh
    giá kết quả thực hiện …, nhiệm vụ trọng tâm năm 2025 và thống nhất phương hướng hoạt
    động năm 2026": the tasks reviewed, then those set."""
    return next(reversed(list(running_rules()["announce"].finditer(lower))), None)


def _announces(lower: str, *, listed: bool = False) -> bool:
    """A sentence that announces the tasks to come ("… đề ra nhiệm vụ trọng tâm …");
    `listed`: whether it lists them after a colon."""
    rules = running_rules()
    if rules["resolution"].search(lower):
        # "… thảo luận, thông qua nghị quyết để tổ chức thực hiện trong tháng 8 với một số nội
        # dung cụ thể như: …": what it resolves to do, whatever the meeting reviewed first
        return True
    announced = _last_announcement(lower)
    if not announced or rules["regarded_as"].search(lower, 0, announced.end()):
        # ("Hội Sử học tỉnh coi việc truyền bá kiến thức lịch sử … là nhiệm vụ trọng tâm,
        # với nhiều hình thức phong phú như: …": what it holds dear, no tasks to come)
        return False
    topic = rules["topic_comma"].match(lower)
    comma = lower.find(", ") if topic else -1
    if 0 <= announced.end() <= comma and rules["done_marker"].search(lower, comma):
        # ("Đối với việc triển khai thực hiện các nhiệm vụ trọng tâm, năm 2021, Ban Dân tộc
        # được giao 3 nhiệm vụ, đến nay đã hoàn thành 2/3 nhiệm vụ": the topic of a result)
        return False
    colon = lower.find(":")
    if 0 <= colon < announced.start() and _names_shortcoming(
            lower[lower.rfind(",", 0, colon) + 1:colon]):
        # ("… còn những khó khăn, hạn chế như: tỷ lệ nhiệm vụ quá hạn còn cao; 1 nhiệm vụ
        # trọng tâm đến nay chưa được giao kinh phí …": the shortcomings its colon lists)
        return False
    # a review of the same clause ("Hội nghị đã đánh giá … nhiệm vụ trọng tâm …") tells of
    # the meeting; one the sentence has turned away from does not, nor, before the list
    # of tasks, the meeting's name ("Tại Hội nghị sơ kết Hội Nông dân xã đề ra 11 nội dung
    # thực hiện trong quý II năm 2022, trọng tâm: …")
    before = rules["turn"].split(lower[:announced.start()])[-1]
    if rules["tasks_done"].search(before):
        # "… đã đoàn kết phấn đấu thực hiện hoàn thành các nhiệm vụ trọng tâm đề ra": the
        # tasks reported done, none announced
        return False
    # ("Trên cơ sở đánh giá những kết quả …, Hội đã đề ra phương hướng …": the review is
    # the ground the tasks are set on)
    clause = rules["review_ground"].sub(" ", before) + lower[announced.start():]
    # (not in the tasks its colon or opener lists: "… với những phương hướng, nhiệm vụ cụ
    # thể như: …, đổi mới kiểm tra đánh giá, …", "… tập trung vào các nhiệm vụ trọng tâm như
    # …; Tổng kết 05 năm phong trào …")
    clause = clause[:colon] if (colon := clause.find(":", len(before))) >= 0 else clause
    opener = rules["list_opener"].search(clause, len(before))
    clause = clause[:opener.start()] if opener else clause
    if listed:
        clause = rules["meeting_name"].sub(" ", clause)
    # (the motto the tasks are set under is theirs: "… và thống nhất phương hướng hoạt động
    # năm 2026 với chủ đề: “Đổi mới, sáng tạo, …”")
    rest = rules["plan_motto"].sub("", lower[announced.end():]).strip(" .")
    if (rules["review_and_tasks"].search(before) and "," not in rest
            and len(rest.split()) <= MAX_ANNOUNCED_TAIL):
        # "Hội nghị thảo luận, đánh giá những kết quả … 6 tháng đầu năm và mục tiêu, nhiệm vụ
        # 6 tháng cuối năm 2023.": the results reviewed, and the tasks to come set beside
        # them, which the sentences after list (not when the sentence goes on to say
        # something of its own: "…, Hội đồng nhân dân xã nhận định …")
        return True
    # ("Báo cáo tình hình thực hiện … quý I, nhiệm vụ trọng tâm quý II … cho thấy: …": what
    # the report shows, its results)
    return not (rules["reviews"].search(clause) or rules["report_shows"].search(clause))


MAX_ANNOUNCED_TAIL = 4  # "… nhiệm vụ 6 tháng cuối | năm 2023."


def _listed_after_semicolon(lower: str) -> int:
    """Where the tasks begin that a body said it set, then lists after a "; " ("Hội đã đề ra
    phương hướng, nhiệm vụ cụ thể của năm 2019; chuẩn bị …; thực hiện tốt …"; running.json
    set_then_listed, the announcement then a few words only); 0 for none."""
    announced = running_rules()["announce"].search(lower)
    if announced is None or not running_rules()["set_then_listed"].search(
            lower[:announced.start()]):
        return 0
    semicolon = lower.find("; ", announced.end())
    if semicolon < 0 or len(lower[announced.end():semicolon].split()) > MAX_SET_WORDS:
        return 0
    return semicolon + 1


MAX_SET_WORDS = 6  # "… phương hướng, nhiệm vụ | cụ thể của năm 2019; …"


def _names_shortcoming(lower: str) -> bool:
    """A sentence that names a shortcoming, not one that remedies it ("… tích cực sửa
    chữa, khắc phục những khuyết điểm yếu kém": work done on it)."""
    rules = running_rules()
    return bool(rules["limitation"].search(rules["remedy"].sub(" ", lower)))


def _marker_end(lower: str) -> int:
    """Where the words begin after a list's marker ("1. ", "(2) ", "b) "), if any."""
    marker = re.match(task_rules()["list_marker"], lower)
    return marker.end() if marker else 0


def _list_after_announcement(lower: str) -> re.Match[str] | None:
    """Where the announced list begins: its opener after the announcing words ("… đồng chí:
    Nguyễn Văn A … triển khai các nhiệm vụ trọng tâm …, như: Tập trung …"), else the first."""
    rules = running_rules()
    opener: re.Pattern[str] = rules["list_opener"]
    copulas: re.Pattern[str] = rules["announced_copula"]
    announced = _last_announcement(lower)
    if announced:  # "… nhiệm vụ trước mắt là khắc phục …": the tasks follow at once
        copula = copulas.match(lower, announced.end())
        if copula:
            return copula
    after = opener.search(lower, announced.end()) if announced else None
    after = after or opener.search(lower)
    motto = rules["plan_motto"].search(lower, announced.end()) if announced else None
    if after and motto and after.start() >= motto.start():
        # "… thống nhất phương hướng hoạt động năm 2026 với chủ đề: “…”": the motto the
        # tasks are set under, no list of them
        return None
    return after


def _two_due(work: str, report: str) -> bool:
    """Whether a report after work has a time limit of its own beside the work's ("…, hoàn
    thành trước ngày 15/6/2024, báo cáo kết quả về UBND thành phố trước ngày 20/6/2024"):
    a task of its own, due later."""
    return sets_time_limit(work) and sets_time_limit(report)


def _reports_back(piece: str) -> bool:
    """A piece that only sends or reports the work before it ("gửi …", "báo cáo …"), as a
    directive document's task keeps it (directives.json reports_back)."""
    return bool(directive_pattern("reports_back").match(for_matching(piece.strip(" ,;"))))


MAX_WHEN_WORDS = 15  # "Đồng loạt vào sáng ngày 24/8/2025 (Chủ nhật)"


def _goes_with_task(sentence: str) -> bool:
    """A sentence after a request's task that only reports it back, says when it is to be
    finished ("Thời gian hoàn thành trước ngày 28/8/2023.") or names no action at all
    ("Đồng loạt vào sáng ngày 24/8/2025 (Chủ nhật)"): part of that task."""
    lower = for_matching(sentence.strip(" ,;"))
    return (_reports_back(sentence) or bool(directive_pattern("completion_clause").match(lower))
            or (not has_verb(sentence) and bool(running_rules()["when_only"].search(lower))
                and len(lower.split()) <= MAX_WHEN_WORDS))


def _shares_object(piece: str) -> bool:
    """Whether a piece of a list ends on an action still waiting for its object, the one
    after the comma: "kiểm tra, đôn đốc các địa phương"; not "triển khai thực hiện"; or in
    the name of a line of work the words after the comma go on."""
    lower = for_matching(piece.strip())
    rules = running_rules()
    # "… triển khai công tác ứng phó, khắc phục hậu quả": two lines of work, one object
    return ((ends_with_verb(piece) or bool(rules["named_work"].search(lower)))
            and not rules["job_closing"].search(lower))


def _past_manner_words(text: str) -> str:
    """`text` in matching form, one-spaced and stripped, past the word of manner, of doing
    by oneself or the modal it may open with ("kịp thời báo cáo …", "…, cần nâng cao …"):
    where a job's act would begin (a copy: offsets into it go nowhere)."""
    rules = running_rules()
    matching = for_matching(one_spaced(text))
    manner = (rules["manner"].match(matching) or rules["by_itself"].match(matching)
              or rules["modal"].match(matching))
    return matching[manner.end() if manner else 0:].strip()


def _opens_job(text: str) -> bool:
    """An action, after a word of manner if any: "kịp thời báo cáo …", "đôn đốc …"; not a
    word of action named in a list of nouns ("các cơ quan, đơn vị, tổ chức và người dân":
    an action is joined by "và" to another action, not to a noun)."""
    rules = running_rules()
    rest = _past_manner_words(text)
    verb = verb_opening(rest)
    # "… và …" or "…, …" joining it to a noun: a word of a list of names ("các cơ quan,
    # đơn vị, tổ chức, cán bộ, công chức"), not an action
    joined = re.match(r"\s*(?:và|,)\s*", rest[verb:]) if verb is not None else None
    after = rest[verb + joined.end():] if verb is not None and joined else ""
    if verb is None or rules["verb_as_noun"].match(rest[verb:]):
        # (a word of action whose owner follows is a noun: "theo đúng quy định, hướng dẫn
        # của Bộ trưởng …, chỉ đạo của UBND tỉnh …"; running.json verb_as_noun)
        return False
    # (a modal goes on with an action: "theo dõi và có trách nhiệm nhắc nhở …")
    return not (joined and verb_opening(after) is None and not rules["modal"].match(after))


def _obligation(text: str, start: int, end: int) -> tuple[int, str | None, str | None] | None:
    """A sentence that says what units must do, with no one asking: "Theo UBND tỉnh, các
    địa phương, các sở, ban, ngành cần quán triệt …" (its addressee, before "cần"/"phải")."""
    rules = running_rules()
    lead = rules["obligation_lead"].match(for_matching(text[start:end]))
    at = start + lead.end()
    # "Trước ngày 25-10, UBND các huyện … phải báo cáo …": the deadline stays with the task
    task_start = start + lead.start("when") if lead.group("when") else at
    # a unit of the registry ("Văn phòng HĐND&UBND huyện có trách nhiệm …") or one it does
    # not know ("các địa phương, các sở, ban, ngành cần …")
    unit = max(filter(None, (unit_name_at(text, at), _addressee(text, at, end))),
               key=lambda u: u[1], default=None)
    comma = text.find(",", at, end) if lead.group("topic") else -1
    inner = _doer_past_topic(text, at, end) if lead.group("topic") else None
    # ("Đối với mỗi cán bộ, giáo viên cần …": those it is for, named over the comma, then
    # what they must do)
    over_comma = bool(unit and comma > at and unit[1] > comma and rules["modal"].match(
        for_matching(text[unit[1]:end]).lstrip()))
    if inner and not over_comma:
        # "Đối với thiết bị dạy học, bàn ghế, … bị hư hỏng, các đơn vị cần khẩn trương …":
        # what it is about, then who must
        unit = inner
    elif not over_comma and comma > at and len(text[at:comma].split()) <= MAX_TOPIC_WORDS:
        # "Đối với tàu thuyền neo đậu trong cảng và khu neo, cần tổ chức …": those it is
        # for, whoever they are, then what they must do
        unit = (text[at:comma].strip(), comma)
    named = for_matching(unit[0]) if unit else ""
    # (nor the leader who asks right after the name: "Trước khi kết thúc hội nghị, Chủ tịch
    # Tổng LĐLĐVN Đặng Ngọc Tùng yêu cầu các đồng chí Ủy viên …" is a request)
    if unit is None:
        return None
    asking = rules["person"].match(named) and (
        _request_word().search(named)
        or _request_word().match(for_matching(text[unit[1]:end]).lstrip(" ,")))
    # ("các cảng hàng không cần …": a name's "không", running.json stop_in_name, no negation)
    negated = rules["negation"].search(named) and not rules["stop_in_name"].search(named.rstrip())
    if negated or asking or rules["matters"].match(named):
        # "… nhưng không phải thở máy": no one must; "Bộ trưởng lưu ý đến một số nội dung
        # các đơn vị chuyên môn cần …": a person's request, read as one; "những nhiệm vụ mà
        # Trung tâm cần phải triển khai …": matters, no one
        return None
    # "Theo chỉ đạo của Chủ tịch UBND huyện, UBND các xã … phối hợp …": what the units do by
    # a leader's order is an obligation without "cần" or "phải"
    ordered = bool(lead.group("who")) and rules["ordered_by"].match(
        for_matching(text[start + lead.start("who"):end]))
    # "Trước 10/5, các trường mầm non, tiểu học, THCS nộp kế hoạch tuyển sinh …": what
    # the units do by a day to come is an obligation without "cần" or "phải" too
    # ("Đối với tàu thuyền neo đậu trong cảng và khu neo, cần tổ chức …": those it is for,
    # then what they must do)
    said = text[start + lead.start("who"):start + lead.end("who")] if lead.group("who") else None
    after = for_matching(text[unit[1]:end])
    if passive_after(text, unit[1]):
        # "Đồng thời, những khó khăn, vướng mắc của các địa phương phải được kịp thời hướng
        # dẫn, tháo gỡ ngay …": passive, what is to be handled; the task, its words from
        # what is handled, for whoever was asked before
        return task_start, None, said
    # ("…, các đảng bộ trực thuộc tiến hành tự kiểm tra và báo cáo kết quả … trước 30/10":
    # what the units do by a day to come, the day after the work)
    due = rules["due_after"].search(after)
    who = for_matching(lead.group("who") or "")  # ("Theo đó UBND tỉnh giao Các Sở, …")
    if due and (any(_asking_words(f"{who} {for_matching(text[at:unit[1]])} "
                                  f"{after[:due.start()]}"))
                or rules["done_marker"].search(f"{named} {after[:due.start()]}")):
        # ("Cục Kiểm lâm cũng yêu cầu các đơn vị … trước ngày 13-4": a request; "UBND huyện
        # đã ban hành …; dự kiến tổ chức cưỡng chế trước ngày 15-12": its own work)
        due = None
    # ("Các đơn vị liên quan khẩn trương rà soát …": units urged, as those that must)
    urged = bool(rules["collective_doer"].match(named) and rules["urged"].match(after.lstrip()))
    if not rules["modal"].match(after.lstrip(" ,") if lead.group("topic") else after) and not (
            (ordered or lead.group("when") or due or urged) and _opens_job(text[unit[1]:end])):
        return None
    if lead.group("topic") and not lead.group("when"):
        task_start = start + lead.start("topic")  # "Đối với những đề xuất khác, cần gửi …"
    elif not lead.group("when"):
        # what they must do, past who must ("lãnh đạo, người đứng đầu cần phát huy vai trò
        # …" -> "cần phát huy vai trò …"), as a request's task begins past its addressee
        task_start = _past_commas(text, unit[1], end)
    return task_start, unit[0], said


def _doer_past_topic(text: str, at: int, end: int) -> tuple[str, int] | None:
    """Who must, named after a comma of the topic that opens at `at` and right before its
    modal ("thiết bị dạy học, bàn ghế, đồ dùng học tập bị hư hỏng, các đơn vị cần …"): the
    addressee and where it ends; None when the modal follows the topic itself."""
    rules = running_rules()
    stop = re.search(r"[:;.]", text[at:end])
    limit = at + stop.start() if stop else end
    # (the last comma, before a collective: not one inside a list the topic names, "Đối
    # với các xã, thị trấn có đông đồng bào …, cần …")
    for comma in reversed(list(re.finditer(r",\s*", text[at:limit]))):
        if not rules["collective_doer"].match(for_matching(text[at + comma.end():limit])):
            continue
        named = _addressee(text, at + comma.end(), limit)
        if named and rules["modal"].match(for_matching(text[named[1]:limit]).lstrip()):
            return named
    return None


def _unit_must(text: str, start: int, end: int) -> bool:
    """Whether a sentence (past its opening on the coming period) names a unit of the
    registry, then what it must do ("Thời gian tới, Ủy ban MTTQ Việt Nam huyện Tây Giang cần
    phát huy …"; past an aim: "Thời gian tới, để lĩnh vực khuyến nông hoạt động hiệu quả hơn
    nữa, góp phần …, Sở Nông nghiệp và PTNT cần chỉ đạo …"): said of the unit, not promised
    by it."""
    lead = running_rules()["obligation_lead"].match(for_matching(text[start:end]))
    at = _past_spaces(text, start + (lead.end() if lead else 0), end)
    unit = unit_name_at(text, at)
    return unit is not None and bool(running_rules()["modal"].match(
        for_matching(text[unit[1]:end])))


def _job_words(text: str, start: int, end: int) -> int:
    """How many words a piece gives to the job itself: those after the unit it opens with
    ("Sở Nông nghiệp và Phát triển nông thôn đôn đốc" is one word of job)."""
    unit = unit_name_at(text, start)
    return len(text[unit[1] if unit and unit[1] <= end else start:end].split())


def _doer_first(text: str, *, places: bool = False) -> tuple[str, int] | None:
    """A unit of the registry named first and what it must do right after ("phòng Tài
    chính & kế hoạch thẩm định kinh phí"): the unit and where its task begins. With
    `places`, a place by its level too ("…; huyện Bảo Thắng triển khai ngay việc thống kê
    thiệt hại": a piece of its own; after a comma a place is more often where the one before
    is, "…, xã Nghi Đức phải có kế hoạch …")."""
    place = place_named_at(text, len(text) - len(text.lstrip())) if places else None
    if re.match(r"[a-zđ]\w*\s+[A-ZĐ]", text) and not re.match(r"(?:các|những)\s", text):
        # the press writes a head in lower case before a name: "phòng Tài chính & kế hoạch"
        # (not a collective's "các", a head in its own right: "các Sở GD&ĐT")
        text = text[0].upper() + text[1:]
    named = _units_listed(text, 0, len(text))  # or units: "Công an tỉnh, Bộ CHQS tỉnh …"
    if named is None and place:
        named = (place, len(text) - len(text.lstrip()) + len(place))
    if named is None:
        return None
    # (past the colon of "Sở Y tế: kiểm tra …")
    at = named[1] + len(text[named[1]:]) - len(text[named[1]:].lstrip().removeprefix(":")
                                               .lstrip())
    # "Ban quản lý … có trách nhiệm chỉ đạo …": what it must do, past the words that say so
    must = running_rules()["modal"].match(for_matching(text[at:]))
    return (named[0], at) if _opens_job(text[at + (must.end() if must else 0):]) else None


@cache
def _manner_pause() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of manner that may stand before a comma (running.json manner_pause): as
    a piece's last words, and opening a text with their comma."""
    words = running_rules()["manner_pause"].pattern
    return (re.compile(r"(?<!\w)(?:" + words + r")\W*$"),
            re.compile(r"^\W*(?:" + words + r")\s*,\s*"))


def _ends_with_partners(piece: str) -> bool:
    """Whether a piece ends on whom the work is shared with ("phối hợp với Sở Kế hoạch và Đầu
    tư"), its task still to come after the "; "; not one whose partners are followed by
    their work ("phối hợp tốt với các ấp bổ sung, hoàn chỉnh hồ sơ …")."""
    at = partners_end(for_matching(piece))
    if at is None:
        return False
    # (a capitalised word is a name's: "các sở Xây dựng, GTVT" names partners only)
    named = re.sub(r"\w+", lambda w: "X" if w.group()[0].isupper() else w.group(), piece[at:])
    return not has_verb(named)


def _only_manner(piece: str) -> bool:
    """Whether a piece gives its units only how they must act, its action still to come
    after the comma ("… yêu cầu các Phòng ban, ngành, UBND các xã, thị trấn khẩn trương, tập
    trung chỉ đạo …")."""
    manner = _manner_pause()[0].search(for_matching(piece))
    return manner is not None and _ends_with_unit(piece[:manner.start()])


def _ends_with_unit(piece: str) -> bool:
    """Whether a piece ends on a unit's name or its partners, so that one named after its
    comma goes on with a list of units ("phối hợp với Sở Y tế, các sở, ngành liên quan …
    tổ chức …", "phối hợp với phòng Tài nguyên và Môi trường, phòng Quản lý đô thị …")."""
    partners = partners_end(piece)
    if partners is not None and not any(
            _opens_job(words) for words in re.split(r"\s*,\s*", piece[partners:])[1:]):
        # (not when a job follows among its commas: "… cần phối hợp chặt chẽ trong việc xử lý
        # …, thành viên Hội đồng … xuống địa bàn tuyên truyền, vận động …": the list is of
        # jobs, and a unit after the next comma is asked its own)
        return True
    if running_rules()["assigns_whom"].match(for_matching(piece)):
        return True  # "Phân công cán bộ, các tổ chức của xã theo dõi …": all it assigns
    return ends_with_unit_name(piece)


def _asked_again(text: str, start: int, end: int, addressee: str | None,
                 speaker: str | None, asking: bool = True) -> Found:
    """A piece of a request; one that opens with a request of its own names its own
    addressee ("…; yêu cầu các cơ quan, đơn vị, cán bộ, công chức trở lại làm việc ngay …"),
    and so does one that names a unit and its task ("…; phòng NN&PTNT tham mưu …")."""
    # "… giao Sở Y tế chỉ đạo Chi cục … kiểm tra …": passing the work down is the
    # addressee's own task, it asks no one new
    relays = _relays_request(text, start, end, addressee)
    if relays:  # the addressee asks on: its task, whoever the words after "yêu cầu" name
        return Found("directive", start, end, addressee, speaker, relays=True)
    # (so is reminding those below of theirs: "…; nhắc nhở các hộ nhận khoán … nâng cao
    # trách nhiệm tuần tra …", running.json reminds_down)
    passes_down = any(running_rules()[key].match(for_matching(text[start:end]))
                      for key in ("directs_down", "reminds_down"))
    again = _request_opening(text, start, end) if (
        asking or _assigns_anew(text, start, end)) and not passes_down else None
    if again and again[1]:
        return Found("directive", again[0], end, again[1], speaker)
    doer = _doer_first(text[start:end], places=True)
    if doer and not _in_list_of_units(text, start):
        return Found("directive", start + doer[1], end, doer[0], speaker)
    timed = _doer_after_time(text, start, end)
    if timed:  # "…; chậm nhất đến ngày 25/12/2021, các địa phương phải hoàn thành …"
        return Found("directive", start, end, timed, speaker)
    also = running_rules()["also"].match(for_matching(text[start:end]))
    if also and _must_after(text[start + also.end():end]):
        # "…, đồng thời các đơn vị chịu trách nhiệm trực tiếp …": those it names must
        addressee = None
        start += also.end()
    named = _addressee(text, start, end) if addressee is None else None
    must = running_rules()["modal"].match(for_matching(text[named[1]:end])) if named else None
    if named and _opens_job(text[named[1] + (must.end() if must else 0):end]):
        # "… yêu cầu: “Thành viên Hội đồng nghĩa vụ Quân sự xã và các ấp tăng cường …; Đài
        # Truyền thanh xã …": who the registry does not know, named with its task
        return Found("directive", _past_spaces(text, named[1], end), end, named[0], speaker)
    return Found("directive", start, end, addressee, speaker)


def _in_list_of_units(text: str, start: int) -> bool:
    """Whether the piece before a "; " at `start` is a unit's name and nothing else, so that
    the unit after it goes on with a list of units ("… chỉ đạo các Phòng GD&ĐT huyện, thành
    phố; các cơ sở giáo dục trực thuộc; các Trung tâm GDNN-GDTX thực hiện nghiêm …": all
    whom the one asked directs), not a doer of its own."""
    before = text[:start].rstrip()
    if not before.endswith(";"):
        return False
    piece = re.split(r"[;:.\n]", before[:-1])[-1].strip()
    return _only_units(piece) or _directs_units(piece)


def _only_units(piece: str) -> bool:
    """Whether a piece is a unit's name and nothing else ("các cơ sở …" read as the head
    "Các cơ sở …")."""
    return bool(piece) and _only_a_unit((piece[0].upper() + piece[1:]).rstrip(" ,"))


def _directs_units(piece: str) -> bool:
    """Whether a piece ends on a request word and whom it names, nothing after them ("Sở
    GTVT đề nghị UBND các địa phương chỉ đạo Công an huyện, thành phố và các Phòng …, Phòng
    Quản lý đô thị" before "; UBND các xã, phường, thị trấn thường xuyên kiểm tra …": more
    of whom it directs, then their task)."""
    asked = list(_request_word().finditer(for_matching(piece)))
    return (bool(asked) and bool(running_rules()["directs_listed"].match(asked[-1].group()))
            and _only_units(re.sub(r"^cho\s+", "", piece[asked[-1].end():].strip())))


def _relays_request(text: str, start: int, end: int, addressee: str | None) -> bool:
    """Whether a piece asks on right after the name of the one just asked ("… đề nghị Tổng
    cục Đường bộ Việt Nam yêu cầu cơ quan chức năng của Tổng cục kiểm tra …": running.json
    relay_request): the task is the addressee's, who is to have it done."""
    before = text[:start].rstrip()
    # (not "… đề nghị Ủy ban Mặt trận Tổ quốc … huyện và yêu cầu các Phòng ban …": a second
    # request, to others)
    if not addressee or not before.endswith(addressee) or re.search(r"\svà$", before):
        return False
    asked = re.sub(r"\s+cho$", "", for_matching(before[:len(before) - len(addressee)]).rstrip())
    words = list(_request_word().finditer(asked))
    return (bool(words) and words[-1].end() == len(asked)
            and bool(running_rules()["relay_request"].match(for_matching(text[start:end]))))


def _doer_after_time(text: str, start: int, end: int) -> str | None:
    """The unit a piece names after when its task is due, before its comma ("chậm nhất đến
    ngày 25/12/2021, các địa phương phải hoàn thành …"; running.json time_lead): the one
    asked, the time kept with the task; else None."""
    lead = re.match(r"[^,;:]*,\s*", text[start:end])
    if not lead or not running_rules()["time_lead"].match(for_matching(lead.group().rstrip(" ,"))):
        return None
    doer = _doer_first(text[start + lead.end():end])
    return doer[0] if doer else None


def _assigns_anew(text: str, start: int, end: int) -> bool:
    """Whether a piece opens, past a connector, with a word that gives work to whom it names
    (running.json opening_request: "Đồng thời, ủy quyền cho Giám đốc Sở Giao thông vận tải
    thành lập Tổ điều tra …", "…; giao UBND huyện …"): in a list of requests it asks that
    unit, not the one asked before. Only a piece that opens its sentence or follows a "; ":
    after a doer or a comma ("UBND các huyện, TP. Cà Mau giao cho Phòng Văn hóa và Thông tin
    làm đầu mối …") the giving is the work of those asked."""
    before = re.split(r"[.;:\n!?]", text[:start])[-1]
    lead = running_rules()["paragraph_lead"].match(for_matching(before))
    if before.strip() and not (lead and not before[lead.end():].strip()):
        return False  # ("Đồng thời, ủy quyền cho …": a connector before it is no doer)
    lower = for_matching(text[start:end])
    lead = running_rules()["paragraph_lead"].match(lower)
    word = _request_word().match(lower, lead.end() if lead else 0)
    return word is not None and bool(running_rules()["opening_request"].match(word.group()))


def _ask_each(text: str, pieces: list[tuple[int, int]], addressee: str | None,
              speaker: str | None, asking: bool = True) -> list[Found]:
    """The pieces of one sentence's request, in order: a piece that names its own
    addressee passes it on to the pieces after it in the sentence ("Phòng Kinh tế – hạ tầng
    thẩm định về nội dung, phòng Tài chính & kế hoạch thẩm định kinh phí; tham mưu nguồn
    ngân sách …": the last is the finance office's)."""
    out = []
    own = None  # the speaker, named at its own work in a piece before
    for a, b in pieces:
        if running_rules()["closing_request"].match(for_matching(text[a:b])):
            continue  # "… thực hiện nghiêm túc theo tinh thần văn bản này./.": the closing
        found = _asked_again(text, a, b, addressee, speaker, asking)
        addressee = found.unit
        if found.unit and speaker and (found.unit == own or (
                found.unit in text[a:found.start]
                and canonical_unit(found.unit) == canonical_unit(speaker)
                # ("UBND huyện … nghiêm cấm người dân …": it asks again)
                and not _asking_again(for_matching(text[found.start:b])))):
            # "Công an huyện Đạ Tẻh đã chỉ đạo …. Cùng với đó, Công an huyện Đạ Tẻh phối hợp
            # với các ngành …": the one who asked, named at its own work, asks no one
            own = found.unit
            found = replace(found, kind="action", unit=None, speaker=None)
        out.append(found)
    return out


def _asking_again(lower: str) -> bool:
    """Whether a piece (matching form, past its doer) opens with a request or a ban."""
    rules = running_rules()
    return bool(rules["request"].match(lower) or rules["prohibition"].match(lower))


def opens_request(text: str) -> bool:
    """Whether a piece opens with a request's word ("đề nghị UBND tỉnh công nhận …")."""
    return bool(running_rules()["request"].match(for_matching(text)))


def _request_opening(text: str, start: int, end: int) -> tuple[int, str | None, str | None] | None:
    """The request a piece opens with, if it opens with one, past a connector ("đồng thời
    đề nghị Đảng ủy xã …")."""
    lead = running_rules()["paragraph_lead"].match(for_matching(text[start:end]))
    at = start + (lead.end() if lead else 0)
    # ("đồng thời đồng chí yêu cầu các xã …": the one who spoke before, named again)
    again = running_rules()["pronoun_speaker"].match(for_matching(text[at:end]))
    if again and lead:
        at += again.end()
    if not running_rules()["request"].match(for_matching(text[at:end])):
        return None
    return _request(text, at, end)


@cache
def _request_word() -> re.Pattern[str]:
    """A request word (running.json request) as a whole word (after a number the page ran
    into it too: "… năm 2021đề nghị UBND các huyện …")."""
    return re.compile(r"(?<![^\W\d])(?:" + running_rules()["request"].pattern + r")(?!\w)")


def _request_words(lower: str) -> Iterator[re.Match[str]]:
    """The request words of a sentence in matching form, but one that ends it ("… nếu người
    dân có yêu cầu."), which asks nothing; nor one that names a dossier ("… hoàn chỉnh hồ sơ
    đề nghị tỉnh thẩm định …": an application, running.json request_as_noun); nor one in
    brackets, an aside."""
    for match in _request_word().finditer(lower):
        before = lower[:match.start()]
        if before.count("(") > before.count(")") and ")" in lower[match.end():]:
            continue  # "(được Thường trực … phân công lãnh đạo, chỉ đạo …)": an aside
        if running_rules()["award_proposal"].match(lower, match.end()):
            continue  # "… đề nghị Thủ tướng tặng bằng khen cho 05 cá nhân": awards proposed
        if running_rules()["opinion_asks"].search(lower, 0, match.start()) and running_rules()[
                "answer_asked"].match(lower, match.end()):
            # "… có 05 lượt ý kiến yêu cầu UBND xã giải trình làm rõ thêm như: …": questions
            # put to a body at its session, answered there, no task
            continue
        if running_rules()["issues_raiser"].match(match.group()) and running_rules()[
                "issues_raised"].match(lower, match.end()):
            # "… các đại biểu đề nghị một số vấn đề cần quan tâm như …", "… kiến nghị các
            # nội dung liên quan đến …": matters raised, no one asked to do a thing
            continue
        if lower[match.end():].strip(" .!?…”\"'") and not running_rules()[
                "request_as_noun"].search(lower, 0, match.start()):
            yield match


def _asking_words(lower: str) -> Iterator[re.Match[str]]:
    """The request words of a sentence (_request_words) but one that only stresses and
    leaves the asking to the next ("… nhấn mạnh một số nội dung và giao nhiệm vụ cho
    <unit>: …"), or stresses what a body is ("Đồng chí nhấn mạnh, Sở Tài chính giữ vị trí
    quan trọng …": running.json stated_after)."""
    rules = running_rules()
    words = list(_request_words(lower))
    for match, later in zip(words, [*words[1:], None], strict=False):
        if rules["stresses"].match(match.group()) and rules["stated_after"].match(
                lower, match.end()):
            continue
        if later is None or not _joined_request(lower, match, later):
            yield match


def _asked_by_speaker(lower: str) -> Iterator[tuple[re.Match[str], re.Match[str] | None]]:
    """The asking words of a sentence (_asking_words), each with who speaks before it
    (_clause_speaker), but one whose speaker is a body the sentence tells was just set up
    ("xã Sủng Là đã thành lập BCĐ cải tạo vườn tạp và phân công …": the board is what the
    commune set up, and the assigning after "và" the commune's act too, done; running.json
    made_speaker)."""
    made = running_rules()["made_speaker"]
    for match in _asking_words(lower):
        speaker = _clause_speaker(lower[:match.start()])
        if not (speaker and made.search(lower, 0, speaker.start())):
            yield match, speaker


def _a_view(text: str, at: int, end: int, match: re.Match[str],
            unit: tuple[str, int] | None) -> bool:
    """Whether a word that may ask ("cho rằng"; running.json opinion_request) only tells a
    view: it says no one must ("… cho rằng, kết quả đạt được là khả quan …"), unlike "…
    cho rằng, các cấp bộ Đoàn toàn tỉnh cần chủ động rà soát …" or "… cho rằng, cần gắn
    hoạt động của Hội …" (what must be done, right after it)."""
    modal = running_rules()["modal"]
    return bool(running_rules()["opinion_request"].match(match.group())) and not (
        (unit and modal.match(for_matching(text[unit[1]:end]).lstrip()))
        or modal.match(for_matching(text[at:end]).lstrip()))


def _joined_request(lower: str, match: re.Match[str], later: re.Match[str]) -> bool:
    """Whether a request word is joined by "và" to a later one in its clause, which asks
    whom it names ("Đồng chí nhấn mạnh một số nội dung chủ yếu và giao nhiệm vụ cho Ban
    chấp hành Công đoàn công ty: …"): the later one says who is asked."""
    between = lower[match.end():later.start()]
    # (only a word that stresses, not one that asks itself: "yêu cầu đẩy nhanh … theo hướng
    # dẫn của Bộ Y tế và chỉ đạo của UBND tỉnh", "chỉ đạo cán bộ chuyên môn trả lời … và chỉ
    # đạo các ngành …"; nor a later word that names a direction given, "chỉ đạo của …")
    return (between.endswith(" và ") and not re.search(r"[,;:.]", between)
            and bool(running_rules()["stresses"].match(match.group()))
            and not lower.startswith(" của", later.end()))


def _whom_at(text: str, at: int, end: int) -> tuple[str, int] | None:
    """Whom the words at `at` (past spaces) name: a unit of the registry or, failing that,
    an addressee it does not know ("… chỉ đạo trường học cần sẵn sàng …"); its name and
    where it ends, or None."""
    at = _past_spaces(text, at, end)
    return unit_name_at(text, at) or _addressee(text, at, end)


def _asks_known_unit(text: str, at: int, end: int) -> bool:
    """Whether a request word is followed by a unit of the registry and what it should do
    ("… còn gây mất trật tự đề nghị Công An phường nên tăng cường kiểm tra …": a request
    whoever makes it; "đáp ứng yêu cầu của Sở …" names no task after the unit)."""
    unit = _whom_at(text, at, end)
    if unit is None:
        return False
    rest = for_matching(text[unit[1]:end]).lstrip(" ,")
    modal = running_rules()["modal"].match(rest)
    return modal is not None and _starts_with_verb(rest[modal.end():].lstrip())


def _directs_named(text: str, at: int, end: int) -> bool:
    """Whether what follows a committee's "đã chỉ đạo" names whom it directed, a unit of
    the registry or an addressee it does not know, then their job ("… đã chỉ đạo ngành thú
    y và UBND xã Tam Xuân 2 thực hiện cách ly …")."""
    unit = _whom_at(text, at, end)
    return unit is not None and _opens_job(text[unit[1]:end])


def _clause_speaker(before: str) -> re.Match[str] | None:
    """Who speaks in the words before a request word; the speaker that opens the request's
    own clause when one does ("Thực hiện công điện của Thủ tướng Chính phủ, …, UBND tỉnh đã
    yêu cầu …")."""
    speaker = _speaker(before)
    if speaker and re.search(r",\s+là\s", before[speaker.end():]):
        # ("Các đồng chí đảng viên … làm rõ hơn những kết quả đã đạt được …, là chi bộ đã chỉ
        # đạo tổ dân phố …": what the results were, told after ", là"; no one speaking)
        return None
    cut = before.rfind(", ")
    own = (_speaker(" " * (cut + 2) + before[cut + 2:])
           if speaker and cut > speaker.end() else None)
    return own if own and before[cut + 2:own.start()].strip() == "" else speaker


def _assigns_below(text: str, start: int, end: int, lower: str, match: re.Match[str],
                   speaker: re.Match[str] | None) -> tuple[int, None, str] | None:
    """A speaker who assigns work right before the colon that ends the sentence ("Để đảm bảo
    …, Chủ tịch UBND huyện giao:" then "1. Giao Phòng Văn hóa …"): the request, whom it asks
    named by the items below; not "… chỉ đạo:", which may head a page over its caption."""
    if not (speaker and lower[match.end():].strip() == ":"
            and running_rules()["opening_request"].match(match.group())):
        return None
    said = text[start + speaker.start():start + match.start()].strip(" ,")
    return end, None, running_rules()["speaker_tail"].sub("", said)


def _points_next(text: str, end: int) -> bool:
    """Whether the paragraph after the sentence opens a count of points ("… yêu cầu các Sở
    GD&ĐT … thực hiện nghiêm túc một số nội dung." over "Thứ nhất, các Sở GD&ĐT chỉ đạo …";
    running.json first_point): the request's list."""
    at = _next_line(text, end)
    return at is not None and bool(running_rules()["first_point"].match(
        for_matching(text[at:at + 20])))


def _next_line(text: str, end: int) -> int | None:
    """Where the paragraph after a sentence ending at `end` (and its line) begins; None when
    the line goes on."""
    line = re.match(r"[ \t]*\n\s*", text[end:])
    return end + line.end() if line else None


def _unit_heading_next(text: str, end: int) -> bool:
    """Whether the paragraph after the sentence is a numbered heading that names who does
    the dashes below it and nothing else ("1.Trạm Y tế xã" under "… chủ tịch UBND xã chỉ
    đạo."), as _list_line reads it: whom the items are for."""
    at = _next_line(text, end)
    number = _list_number(text, at) if at is not None else None
    if number is None:
        return False
    stop = text.find("\n", number.end())
    stop = len(text) if stop < 0 else stop
    heading = text[number.end():stop].strip()
    return bool(heading) and _names_doer(heading) and bool(_DASH_ITEM.match(text, stop))


def _names_doer(heading: str) -> bool:
    """Whether a numbered line can only name who does what is below it: short, with no
    sentence end, colon or verb ("1. Công an xã", "1.Trạm Y tế xã"; a verb inside a unit's
    name is none: "1. Phòng Giáo dục và Đào tạo")."""
    return (len(heading.split()) <= MAX_UNIT_HEADING_WORDS
            and not heading.endswith((*SENTENCE_ENDS, ":"))
            and (not has_verb(heading) or _only_a_unit(heading)))


def _tasks_given_below(text: str, start: int, end: int,
                       lower: str) -> tuple[int, None, str | None] | None:
    """A sentence that gives tasks as the paragraphs below set them out, whatever its request
    words (_assigns_below reads a request word right before the colon): a bare "3. Giao:"
    over "- Phòng Nông nghiệp … tiếp nhận …", or a speaker's "… đồng chí Đinh Văn Lâm - …
    CT UBND … xã giao nhiệm vụ cụ thể như sau:" over "Ban chỉ huy quân sự xã làm tốt …"
    (running.json assigns_below): the request, whom it asks named below; else None."""
    rules = running_rules()
    bare = lower.strip()
    if bare.endswith(":") and rules["opening_request"].match(bare[:-1].strip()):
        return end, None, None
    below = rules["assigns_below"].search(lower)
    if below is None and _unit_heading_next(text, end):
        # "… đ/c Phan Thế Hưng chủ tịch UBND xã chỉ đạo." over "1.Trạm Y tế xã" and its
        # dashes (running.json directs_units_below)
        below = rules["directs_units_below"].search(lower)
    speaker = _clause_speaker(lower[:below.start()]) if below else None
    if below is None or speaker is None:
        return None
    said = text[start + speaker.start():start + below.start()].strip(" ,")
    return end, None, rules["speaker_tail"].sub("", said)


MAX_AIM_TAIL = 200  # how far past its first comma an aim may go on, in characters


def _aimed_direction(text: str, start: int, end: int,
                     lower: str) -> tuple[int, str, str] | None:
    """A body's direction given for the aim its sentence opens with, which stands while the
    matter lasts ("Nhằm hạn chế bệnh lây lan ra diện rộng, Phòng GD&ĐT huyện U Minh đã chỉ
    đạo Trường Tiểu học Kim Đồng cho học sinh mắc bệnh nghỉ học …", running.json
    aimed_direction): where the task begins, the unit directed and the body; else None."""
    rules = running_rules()
    aim = rules["aimed_direction"].match(lower)
    if aim is None:
        return None
    # (the aim may hold commas of its own: "Nhằm đảm bảo sức khoẻ cho cán bộ, giáo viên, …
    # trong điều kiện thời tiết khắc nghiệt, Sở Giáo dục và Đào tạo Sơn La đã đề nghị …":
    # the body follows the comma after which a name and its direction stand)
    body = word = None
    later = re.finditer(r",\s*", lower[aim.end():aim.end() + MAX_AIM_TAIL])
    for at in (aim.end(), *(aim.end() + m.end() for m in later)):
        body = unit_name_at(text, start + at)
        word = rules["aimed_direction_word"].match(for_matching(text[body[1]:end])) \
            if body else None
        if body is not None and word is not None:
            break
    if body is None or word is None:
        return None
    # (the longer reading: "các cấp ủy, chính quyền và lực lượng vũ trang trong tỉnh")
    at = _past_spaces(text, body[1] + word.end(), end)
    directed = _asked_unit(text, at, end, unit_name_at(text, at))
    if directed is None or directed[1] >= end:
        return None
    return _past_spaces(text, directed[1], end), directed[0], body[0]


def _directs_accordingly(text: str, start: int, before: str) -> bool:
    """Whether a body's directions are told as what followed from the matter before ("Theo
    đó, Bộ Chỉ huy BĐBP Thanh Hóa đã chỉ đạo các cơ quan, đơn vị … duy trì nghiêm chế độ
    trực …", running.json directs_accordingly): they stand, whoever the body is."""
    told = running_rules()["directs_accordingly"].match(before)
    if not (told and unit_name_at(text, start + told.start("body"))):
        return False
    # ("Sở GD-ĐT đã có văn bản đề nghị …. Theo đó, Sở GD-ĐT chỉ đạo các phòng GD-ĐT …": told
    # as now, only the body that asked before, directing on its letter; not one it asked,
    # "… đề nghị UBND cấp huyện, …. Theo đó, UBND cấp huyện chỉ đạo …", whose task that is)
    return bool(told.group("done")) or re.search(
        re.escape(told.group("body")) + r"[^.;:]{0,60}?(?<!\w)(?:đề nghị|yêu cầu)(?!\w)",
        for_matching(text[:start])) is not None


def _past_ground(text: str, at: int, end: int) -> int:
    """Past the ground of a request before whom it asks ("đề nghị trên cơ sở các kết quả đã
    đạt được, Ban Thường vụ Thành ủy cần …"; running.json request_ground); only past "đối
    với" when whom it is for are named across the comma ("… yêu cầu đối với các xã, thị trấn
    sản xuất lúa tái sinh khẩn trương …": whom it asks)."""
    rules = running_rules()
    ground: re.Match[str] | None = rules["request_ground"].match(for_matching(text[at:end]))
    if ground is None:
        return at
    named_for: re.Match[str] | None = rules["for_unit"].match(for_matching(text[at:end]))
    whom = _units_listed(text, at + named_for.end(), end) if named_for else None
    if named_for and whom and whom[1] > at + ground.end():
        return at + named_for.end()
    return at + ground.end()


def _cited_direction(text: str, start: int, end: int,
                     lower: str) -> tuple[int, str, str] | None:
    """A sentence that opens by citing the document it tells of, then names units and what
    they do ("Theo công văn, HĐND, UBND, … và các chi, đảng bộ trực thuộc Thành ủy tập trung
    thực hiện các nhiệm vụ sau: …"; running.json document_directs): where the task begins,
    the units asked and the document; else None."""
    cited = running_rules()["document_directs"].match(lower)
    if cited is None:
        return None
    units = _units_listed(text, start + cited.end(), end)
    if units is None or not _acts_after(text, units[1], end, ("manner",)):
        return None
    document = text[start + cited.start("document"):start + cited.end("document")]
    return _past_commas(text, units[1], end), units[0], document


def _for_whom_request(text: str, start: int, end: int,
                      lower: str) -> tuple[int, str, None] | None:
    """A sentence that opens by naming the units its tasks are for, then a colon and what
    they must do ("Đối với các công ty KTCTTL: Chủ động vận hành công trình …"; running.json
    for_whom): where the task begins and the units; else None (a topic, "Đối với công tác
    tuyên truyền: …", or work reported done)."""
    named = running_rules()["for_whom"].match(lower)
    if named is None or not named.group().rstrip().endswith(":"):
        return None
    at = start + named.start(1)
    units = _units_listed(text, at, end) or _addressee(text, at, end)
    if units and units[1] < start + named.end(1) and running_rules()["whom_described"].search(
            for_matching(text[at:start + named.end(1)])):
        # "Đối với các Sở GD&ĐT và các trường nơi thí sinh đăng ký dự thi: …": which ones,
        # described, all whom the tasks are for
        units = (text[at:start + named.end(1)].strip(), start + named.end(1))
    rest = _past_spaces(text, start + named.end(), end)
    if (units is None or units[1] < start + named.end(1)
            or not _acts_after(text, rest, end, ("manner",))
            or _reports_done(for_matching(text[rest:end]), asking=True)
            # ("Đối với các vụ việc … phức tạp: chỉ đạo các Đội … liên hệ …": a topic, then
            # the speaker's own request)
            or running_rules()["request"].match(for_matching(text[rest:end]))):
        return None
    return rest, units[0], None


def _past_opening_quote(text: str, start: int, end: int) -> int:
    """Where text[start:end] goes on past the spaces and quotation marks it opens with."""
    return end - len(text[start:end].lstrip(" “\"'‘"))


def _request(text: str, start: int, end: int) -> tuple[int, str | None, str | None] | None:
    """Where a request's tasks begin in the sentence, its addressee and its speaker; None
    when the sentence passes on no request."""
    rules = running_rules()
    # (past the quotation mark a quoted direction opens with: "“Giao phòng PC06, PC07 khẩn
    # trương …. …”, đồng chí Hải chỉ đạo")
    start = _past_opening_quote(text, start, end)
    lower = for_matching(text[start:end])
    below = _tasks_given_below(text, start, end, lower)
    if below is not None:
        return below
    # (a request with no asking word: given for an aim, by a document cited, or to the
    # units a "Đối với …:" names)
    given = (_aimed_direction(text, start, end, lower) or _cited_direction(text, start, end, lower)
             or _for_whom_request(text, start, end, lower))
    if given is not None:
        return given
    for match, speaker in _asked_by_speaker(lower):
        before = lower[:match.start()]
        assigns = _assigns_below(text, start, end, lower, match, speaker)
        if assigns is not None:
            return assigns
        if (speaker and rules["agency_speaker"].match(speaker.group())
                and not rules["agency_asks"].match(match.group())
                and not rules["issued_document"].search(before, speaker.end())
                and not rules["directs_ahead"].search(before)):
            # "Cục … chỉ đạo các đơn vị trực thuộc …": its own work (but not a letter it
            # issued that directs: "Cục Kiểm lâm … có Văn bản số 162/KL-ĐN chỉ đạo Chi cục
            # Kiểm lâm vùng IV … kiểm tra, xác minh …"; nor its directing to come: "Bộ Ngoại
            # giao tiếp tục chỉ đạo các cơ quan đại diện … theo dõi sát …", running.json
            # directs_ahead)
            speaker = None
        person = speaker and rules["person"].match(speaker.group())
        done = speaker and rules["done_marker"].search(before, speaker.end())
        # "UBND huyện đã giao Phòng Tài nguyên và Môi trường chủ trì …": the task assigned
        # is the unit's, whenever it was given (assigned_done)
        # (a speaker opening its clause: not "… các nhiệm vụ UBND tỉnh đã giao cho …")
        assigned = (speaker and rules["assigned_done"].match(match.group())
                    and before[:speaker.start()].strip()[-1:] in ("", ",")
                    and _named_at(text, _past_spaces(text, start + match.end(), end), end))
        if re.search(r"(?<!\w)(?:được|bị)\s+$", before):
            # "UBND các huyện, thị xã, thành phố được yêu cầu chủ động bố trí …": the one
            # asked opens the sentence; "nhiệm vụ quyền hạn được giao đối với …": passive,
            # no one asked
            passive = _passive_request(text, start, match, end)
            if passive is not None:
                return passive
            continue
        # ("… các tồn tại hạn chế … cụ thể; thứ nhất là: Đề nghị Cấp ủy, chính quyền xã phải
        # …": a request that a count of points opens, whatever was done before)
        # (nor one that opens a clause of its own after "; đồng thời": "… ghi nhận những kết
        # quả …; đồng thời đề nghị các đơn vị tiếp tục phối hợp chặt chẽ, …")
        enumerated = bool(rules["enumerator"].search(before)
                          or rules["request_clause"].search(before)
                          # "Đối với lễ khai mạc đề nghị xã xây dựng …": a topic, then the
                          # request of the one who spoke before
                          or rules["topic_asks"].match(before)
                          # "Trên cơ sở đó đề nghị các thành viên Ban chỉ đạo …": a connector
                          # with no comma, and the one who spoke before goes on
                          or rules["connector_asks"].match(before))
        # "… đã lập biên bản …. Đồng thời đã yêu cầu Công ty có trách nhiệm thực hiện: …":
        # the one who spoke before asked, whoever it asked is to do it
        reported = _reported_request(text, start, end, before, match) if not speaker else False
        # "UBND huyện Ea Súp đã chỉ đạo các cơ quan, đơn vị tiếp tục triển khai …", "…
        # UBND huyện đã chỉ đạo các cơ quan … thực hiện các nhiệm vụ trong đó trọng tâm
        # là: …": a committee's directions that stand, told by the press
        # (the committee opening its sentence, or after what it acts for or against; not
        # "Trong 6 tháng đầu năm 2022 UBND huyện đã chỉ đạo …", the half-year's work)
        standing = bool(done and speaker and (rules["directs_on"].search(
            speaker.group() + " " + lower[match.start():]) or (
                rules["committee_directs"].match(speaker.group() + " " + match.group())
                and rules["reaction_opening"].match(before[:speaker.start()])
                and _directs_named(text, start + match.end(), end)))
            and rules["directs_on_opening"].match(before[:speaker.start()])
            ) or _directs_accordingly(text, start, before)
        # "Trung tâm Y tế huyện … đã đề nghị các Trạm Y tế cần tăng cường …": whom it asked
        # and what they must do, a request however long ago it was made
        must_do = _asks_known_unit(text, start + match.end(), end)
        # (and so has one that "đã chỉ đạo" them: "UBND Thành phố đã chỉ đạo các cơ quan, đơn
        # vị, địa phương cần tiếp tục chủ động, …")
        must = must_do and bool(rules["agency_asks"].match(match.group())
                                or rules["directs_must"].match(match.group()))
        # "Ban Chỉ huy Bộ đội biên phòng tỉnh Quảng Trị cho hay đã chỉ đạo các Đồn biên phòng
        # tuyến biển triển khai …": the body tells the press of its directions, which stand
        told = speaker is not None and bool(rules["told_directs"].search(before, speaker.end()))
        if not person and not assigned and not enumerated and not reported and not standing \
                and not must and not told and (rules["not_request_after"].search(before) or (
                    done and not rules["document_named"].search(before, done.end()))):
            # "UBND huyện đã tập trung chỉ đạo …", "Thường trực HĐND huyện đã thống nhất
            # …, phân công chỉ đạo các ban …": done, not asked ("UBND huyện đã có Công
            # văn số 3015/UBND-TN … yêu cầu …" asks, by its letter)
            continue
        run_in = enumerated or (before.rstrip().endswith(",") and (
            len(before.split()) <= 6 or bool(rules["purpose_lead"].match(before))
            # "Trong thời gian trẻ tạm dừng đến trường, kính mong CMHS …": when, then asked
            or bool(rules["when_lead"].match(before.rstrip(" ,")))
            # "Theo đó, …, nếu phát hiện những bất cập, tồn tại, hạn chế, đề nghị các đơn vị
            # …": on that condition, asked
            or bool(rules["condition_lead"].search(before.rstrip(" ,")))
            # "Theo danh sách tàu cá … (gửi kèm), đề nghị UBND các huyện …": on what a
            # document gives, the one who spoke before asks
            or bool(rules["basis_lead"].match(before.rstrip(" ,")))))
        # "1. Giao cho các đ/c xóm trưởng …", "- Đề nghị …": a list's mark opens it
        before = before[_marker_end(before):].lstrip(" -–+•*")
        # a unit asks by "yêu cầu", "đề nghị"; "Sở … chỉ đạo các đơn vị …" is its own work
        # ("Sở Thông tin và Truyền thông chỉ đạo:" closing its paragraph: the list below is
        # what it directs, running.json agency_directs_below)
        closes = bool(rules["directs_below"].match(for_matching(text[start + match.end():end])))
        # (a unit that closes its clause speaks whatever letter its ground cites: "Thực hiện
        # …, tại Công văn số 1492/BTTTT-CVT, Sở Thông tin và Truyền thông chỉ đạo:")
        unit_speaks = (((not speaker and bool(rules["agency_asks"].match(match.group())))
                        or (closes and bool(rules["agency_directs_below"].match(match.group()))))
                       and (_unit_speaks(text[start:start + match.start()])
                            or _tells_and_asks(text[start:start + match.start()])
                            or _source_asks(text[start:start + match.start()])))
        # "Đồng thời cũng yêu cầu …": a connector goes on with the speaker before
        lead = rules["paragraph_lead"].match(before)
        bare = re.sub(r"^\s*cũng\s+", "", before[lead.end():] if lead else before)
        if (not speaker and not unit_speaks and bare.strip(" ,") and not run_in and not reported
                and not standing and not must_do):
            continue  # "đáp ứng yêu cầu …": a noun, not a request
        at = _past_ground(text, _past_spaces(text, start + match.end(), end), end)
        known = unit_name_at(text, at)
        unit = _asked_unit(text, at, end, known)
        # "Giao Thường trực Ban …": a request word that opens the sentence
        opens = not before.strip() and rules["opening_request"].match(match.group())
        # "Phó Chủ tịch UBND thành phố chỉ đạo cần sớm xây dựng …": a speaker's directions
        # with no addressee named, what must be done right after the word
        # ("Đồng thời, chỉ đạo cần khắc phục …": the one who spoke before, going on)
        must = (bool(speaker) or not bare.strip(" ,")) and bool(
            rules["modal"].match(for_matching(text[at:end])))
        # ("… chỉ đạo trường học cần sẵn sàng …": whom it asks, then what they must do)
        # ("Ông … - Chủ trì Hội nghị … kết luận chỉ đạo như sau:": a speaker's directions,
        # whom they ask and what in the list below)
        lists_below = (bool(speaker) and bool(
            rules["directs_below"].match(for_matching(text[at:end])))) or (unit_speaks and closes)
        # "Đồng thời mong muốn cán bộ, chiến sĩ …": a connector with no comma, the one who
        # spoke before goes on asking (past a list's mark, as above)
        goes_on = bool(rules["connector_asks"].match(before))
        if rules["strict_request"].match(match.group()) and not (
                known or ((speaker or opens or unit_speaks or goes_on) and unit) or must
                or must_do
                or lists_below) or _a_view(text, at, end, match, unit):
            continue  # "giao ban", "chỉ đạo" with no one named after it: no request
        sent_to = _sent_to(text, start, start + match.start()) if unit is None else None
        if sent_to is not None:
            unit = (sent_to, at)  # "… có công văn gửi Sở Y tế tỉnh Khánh Hòa đề nghị …"
        addressee = None
        if unit:
            addressee, at = unit[0], unit[1]
            # "… các phòng ban chuyên môn trên cơ sở chức năng, nhiệm vụ được giao chủ động
            # xây dựng kế hoạch": the task begins at what they must do
            qualified = rules["paragraph_lead"].match(for_matching(text[at:end]))
            if (qualified and qualified.group().strip()
                    and _opens_job(text[at + qualified.end():end])):
                at += qualified.end()
        said = text[start + speaker.start():start + match.start()].strip(" ,") if speaker else None
        if said:  # "Ủy ban quốc gia về trẻ em còn yêu cầu …": the speaker, not its "còn"
            said = running_rules()["speaker_tail"].sub("", said)
        return at, addressee, said
    return None


def _asked_unit(text: str, at: int, end: int,
                known: tuple[str, int] | None) -> tuple[str, int] | None:
    """Whom a request asks, named at `at`: the longer reading of the registry's name
    (`known`) and an addressee's ("các phòng, ban" where the registry sees "các phòng");
    None for the matters it names instead ("… lưu ý các nội dung:")."""
    unit = max(filter(None, (known, _addressee(text, at, end), _place_asked(text, at, end))),
               key=lambda u: u[1], default=None)
    if unit and running_rules()["matters"].match(for_matching(unit[0])):
        return None
    colon = re.match(r"\s*:", text[unit[1]:end]) if unit else None
    # "… UBND huyện Phong Điền, các phòng chuyên môn, nghiệp vụ có liên quan gồm: Phòng Kế
    # hoạch - Tài chính, …, Thanh tra Sở … tổ chức thực hiện …": the same
    members = _listed_members(unit[0], text, unit[1] + colon.end(), end) if unit and colon else None
    return members or unit


MAX_PLACE_WORDS = 4  # a place asked by its bare name is named in two to four words


def _place_asked(text: str, at: int, end: int) -> tuple[str, int] | None:
    """A place asked by its bare name, then what it must do ("Tổng Bí thư mong muốn Hòa
    Bình quan tâm hơn nữa …": capitalised words, then a verb or a modal)."""
    words = list(re.finditer(r"\S+", text[at:end]))[:MAX_PLACE_WORDS + 1]
    for count in range(2, len(words)):  # (one capitalised word may be any opener: "Để")
        name = words[:count]
        if not all(w.group()[0].isupper() and w.group().isalpha() for w in name):
            return None
        rest = text[at + name[-1].end():end]
        if _starts_with_verb(rest) or running_rules()["modal"].match(
                for_matching(rest.lstrip())):
            return text[at:at + name[-1].end()], at + name[-1].end()
    return None


def _named_at(text: str, at: int, end: int) -> bool:
    """Whether a unit the registry knows, or one named as addressees are ("các đoàn thể
    phường"), begins at `at` (_asked_unit: not the matters a request names)."""
    return _asked_unit(text, at, end, unit_name_at(text, at)) is not None


def _reported_request(text: str, start: int, end: int, before: str,
                      word: re.Match[str]) -> bool:
    """Whether a request word with no speaker of its own, after only a connector and
    "(cũng) đã", asks someone it names ("Đồng thời đã yêu cầu Công ty có trách nhiệm thực
    hiện: …"): a request told as made, by whom the sentence before names."""
    rules = running_rules()
    lead = rules["paragraph_lead"].match(before)
    if not (rules["agency_asks"].match(word.group())
            and rules["told_made"].fullmatch(before[lead.end() if lead else 0:])):
        return False
    return _named_at(text, _past_spaces(text, start + word.end(), end), end)


def _passive_request(text: str, start: int, word: re.Match[str],
                     end: int) -> tuple[int, str | None, str | None] | None:
    """A passive request ("… được yêu cầu …", `word` its request word in the sentence from
    `start`): where its task begins, whom it asks and who (the words before it, or, after
    "được giao cho", the one named there); None when it names no one."""
    at = _past_spaces(text, start + word.end(), end)
    if text[at:end].strip()[:1] in ("", ",", ".", ";"):
        return None  # "… đều đạt và vượt chỉ tiêu được giao, …": what was given, no request
    asked = _asked_passively(text, start, start + word.start())
    if asked is not None:
        return at, *asked
    # "… những nội dung cần xác minh được giao cho các cơ quan chuyên môn nghiên cứu, giải
    # quyết …": the passive names whom it asks right after the word
    named = doer_named_first(text[at:end]) \
        if running_rules()["opening_request"].match(word.group()) else None
    return (at + named[1], named[0], None) if named else None


def _asked_passively(text: str, start: int, end: int) -> tuple[str | None, str | None] | None:
    """Who a passive request asks when its subject is all the words before "(cũng) được"
    (text[start:end], up to the request word), after a connector if any: a unit ("UBND các
    huyện, thị xã, thành phố được yêu cầu …") as (addressee, None), or a body pointed back
    to ("Sở này cũng được chỉ đạo …", "Các cơ quan này cũng được yêu cầu …") as (None, its
    words), the speaker_again that asks the unit asked before; None otherwise."""
    rules = running_rules()
    lower = for_matching(text[start:end])
    # ("… cũng được", and when: "Sở … vừa được giao chủ trì …", "… đã được yêu cầu …")
    passive = re.search(r"\s+(?:(?:cũng|vừa|mới|đã)\s+)*(?:được|bị)\s+$", lower)
    # (or after the source it is told by: "Theo quyết định nêu trên, Sở Nội vụ được giao …")
    # (or after where or when: "Trên các tuyến quốc lộ, công an địa phương được yêu cầu
    # …", "Sau khi bão đi qua, CSGT được yêu cầu …")
    lead = (rules["paragraph_lead"].match(lower) or rules["attribution"].match(lower)
            or rules["setting_lead"].match(lower))
    at = lead.end() if lead else 0
    if passive is None or passive.start() <= at:
        return None
    subject = lower[at:passive.start()].strip(" ,")
    if rules["speaker_again"].match(subject):
        return None, text[start + at:start + passive.start()].strip(" ,")
    if rules["people"].fullmatch(subject):  # "Đồng thời, người dân cũng được khuyến cáo …"
        return text[start + at:start + passive.start()].strip(" ,"), None
    unit = unit_name_at(text, start + at)
    if unit and unit[1] >= start + passive.start() - 1:
        return canonical_unit(unit[0]) or unit[0], None
    if (rules["addressee_start"].match(subject) and not _starts_with_verb(subject)
            and len(subject.split()) <= MAX_PASSIVE_SUBJECT_WORDS
            and not rules["duties_given"].search(subject)):
        # "Bên cạnh đó, lãnh đạo và ban huấn luyện các câu lạc bộ được yêu cầu chú trọng …":
        # named as addressees are, the registry not knowing them
        return text[start + at:start + passive.start()].strip(" ,"), None
    return None


MAX_PASSIVE_SUBJECT_WORDS = 12


def _past_spaces(text: str, at: int, end: int) -> int:
    while at < end and text[at] in " :":
        at += 1
    return at


def _past_commas(text: str, at: int, end: int) -> int:
    """Past the spaces and commas after a name, where what it does begins."""
    while at < end and text[at] in " ,":
        at += 1
    return at


def _unit_speaks(before: str) -> bool:
    """Whether the words before a request word, past the last comma, are a unit's name
    and nothing else: the unit asks ("Phòng GD&ĐT yêu cầu:", "…, Sở Giáo dục và Đào tạo
    (GDĐT) yêu cầu các phòng GDĐT …"); past an earlier comma when the name holds commas
    ("Theo đó, Sở Văn hóa, Thể thao và Du lịch đề nghị …"); an aside in brackets after the
    name is read past ("Hải quan khu vực VI (quản lý … tỉnh Lạng Sơn, Cao Bằng) yêu cầu …")."""
    pieces = re.sub(r"\s*\([^()]*\)", "", before).split(",")
    clauses = [",".join(pieces[-n:]).strip()
               for n in range(1, min(len(pieces), MAX_NAME_COMMAS + 1) + 1)]
    # (past a comma only for a name the registry knows whole, not "Trung tâm … huyện ngày
    # càng trưởng thành về mọi mặt, đáp ứng tốt yêu cầu …")
    return any(_only_unit_speaking(clause) for n, clause in enumerate(clauses)
               if n == 0 or known_name_at(clause, 0) is not None)


MAX_NAME_COMMAS = 3  # "Sở Lao động, Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch"


def _only_unit_speaking(clause: str) -> bool:
    """Whether a clause before a request word is a unit's name and nothing else."""
    courteous = running_rules()["courteous"].search(for_matching(clause))
    clause = clause[:courteous.start()] if courteous else clause  # "… trân trọng đề nghị"
    # "Bộ Nông nghiệp và PTNT cũng yêu cầu …": the unit, past its "cũng" (speaker_tail)
    clause = running_rules()["speaker_tail"].sub("", clause)
    # its short name in brackets: "Đại học Quốc gia thành phố Hồ Chí Minh (ĐHQG-HCM) đề nghị …"
    clause = re.sub(r"\s*\([^()]{1,30}\)$", "", clause)
    named = unit_name_at(clause, 0) if clause else None
    # ("TCCT yêu cầu …": a body by its capitals alone; "Sở GD&ĐT TP yêu cầu …": the city
    # the page writes in, by its level alone)
    return (named is not None and (named[1] >= len(clause) or bool(running_rules()[
        "bare_place"].match(for_matching(clause[named[1]:]).strip())))) or bool(
        running_rules()["abbreviated_body"].match(clause))


def _source_asks(before: str) -> bool:
    """Whether the words before a request word open with the unit the page quotes as its
    source, then only why or what for ("Theo Phòng GD-ĐT thành phố Tam Kỳ, do tình hình …
    phức tạp, để đảm bảo an toàn …, đề nghị các trường …": running.json attribution,
    source_grounds): that unit asks."""
    rules = running_rules()
    source = rules["attribution"].match(for_matching(before))
    if source is None or source.group("source") is None:  # ("… cho biết, …": no source named)
        return False
    return _only_unit_speaking(before[source.start("source"):source.end("source")]) and bool(
        rules["source_grounds"].match(for_matching(before[source.end():])))


def _tells_and_asks(before: str) -> bool:
    """Whether a unit tells something, then "và" asks ("Qua kết quả kiểm tra, Sở GD&ĐT cho
    biết vẫn còn một số tồn tại, hạn chế và yêu cầu các đơn vị …": running.json tells_and):
    the unit that tells is the one who asks."""
    told = running_rules()["tells_and"].search(for_matching(before))
    return told is not None and _unit_speaks(before[:told.start()])


def _speaker(before: str) -> re.Match[str] | None:
    """Who speaks in the words before a request: the first speaker that is no object of a
    preposition ("Sở Y tế đã làm việc với Ban Chỉ đạo huyện, … thống nhất chỉ đạo …": the
    committee is worked with, it does not speak), and past the attribution of a source
    ("Theo lãnh đạo Sở Y tế, Sở đã chỉ đạo Chi cục …": what is told is the Sở's own work)."""
    rules = running_rules()
    source = rules["attribution"].match(before)
    told = before
    if source and before[source.end():].strip():
        told = " " * source.end() + before[source.end():]
    found = next((m for m in rules["speaker"].finditer(told)
                  if not rules["object_of"].search(told[:m.start()])), None)
    if found is None and told is not before and rules["teller_goes_on"].match(
            before, source.end()):
        # "PGS. TS … – Giám đốc ĐH Đà Nẵng cho biết, đã yêu cầu tất cả các trường …": what
        # is told names no one else, so the one who tells is the one who asked
        found = next((m for m in rules["speaker"].finditer(before[:source.end()])
                      if not rules["object_of"].search(before[:m.start()])), None)
    return found


def _sent_to(text: str, start: int, end: int) -> str | None:
    """The unit a request was sent to, named just before the request word ("… có công văn
    gửi Sở Y tế tỉnh Khánh Hòa đề nghị …"; running.json request_to)."""
    for head in re.finditer(r"(?<=gửi )\S", text[start:end]):
        named = unit_name_at(text, start + head.start())
        if (named and not text[named[1]:end].strip(" ,")
                and running_rules()["request_to"].search(
                    for_matching(text[start:start + head.start()]))):
            return named[0]
    return None


_CAPITAL_SOON = re.compile(r"\s*(?:[^\W\d]+\s+){1,2}(?=[" + UPPER + "])")
MAX_ADDRESSEE_WORDS = 80  # "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, … (eleven bodies), UBND các …"


def asked_in(text: str) -> str | None:
    """Whom a sentence's request asks ("…; Thống đốc Ngân hàng Nhà nước yêu cầu các đơn vị
    thuộc Ngân hàng Nhà nước Việt Nam và tổ chức tín dụng thực hiện … như sau:"), or None."""
    request = _request(text, 0, len(text))
    return request[1] if request else None


def doer_named_first(text: str) -> tuple[str, int] | None:
    """One the registry does not know, named first with what it must do right after
    ("Lớp trưởng và Ban Cán sự tổ chức họp lớp …"): the name and where its task begins."""
    named = _addressee(text, 0, len(text))
    return named if named and _opens_doers_job(text[named[1]:]) else None


def _opens_doers_job(text: str) -> bool:
    """What follows a doer named first opens its job (_opens_job), or its job is to prevent
    something, past a word of manner or a modal ("Theo đó, các địa phương kiên quyết không để
    tình trạng ăn xin …"; running.json prevents): a job of its own only after its doer, not
    where pieces are cut ("…, không để xảy ra …" goes on with the job before it)."""
    return _opens_job(text) or bool(running_rules()["prevents"].match(_past_manner_words(text)))


def only_a_name(text: str) -> str | None:
    """The name a line holds and nothing else but its colon ("2.1. Phòng Khảo thí & ĐBCL:"
    past its number, "SINH VIÊN:"), when the registry does not know it; None otherwise."""
    line = text.strip()
    named = _addressee(line, 0, len(line))
    return named[0] if named and not line[named[1]:].strip(" :") else None


def page_furniture(line: str) -> bool:
    """Whether a line is a page's furniture, no heading of the report ("Quang cảnh Hội nghị
    đánh giá kết quả …", a photo's caption; running.json furniture)."""
    return _no_item(for_matching(line))


def schedule_end(text: str) -> int:
    """Where the words after a schedule's time span begin ("Từ 0h00 ngày 21/09/2020 đến 23h59
    ngày 24/09/2020: Lớp trưởng …"; running.json schedule_label), 0 when none opens it."""
    label = running_rules()["schedule_label"].match(for_matching(text))
    return label.end() if label else 0


def addressee_at(text: str, start: int) -> tuple[str, int] | None:
    """Whom a request asks from `start` when the unit registry does not know them ("các
    ông (bà) trưởng xóm thông báo …"), and where the name ends; None when no addressee
    begins there."""
    return _addressee(text, start, len(text))


def _addressee_stop(name: str, rest: str) -> re.Match[str] | None:
    """The word that ends an addressee (running.json addressee_stop), whatever a name may go
    on with; not one that goes on with the name ("các đơn vị quản lý khai thác cảng hàng
    không xây dựng …": stop_in_name)."""
    rules = running_rules()
    stop: re.Match[str] | None = rules["addressee_stop"].match(rest)
    if stop and rules["stop_in_name"].search(f"{name.rstrip()} {stop.group().strip()}"):
        return None
    return stop


def _addressee(text: str, start: int, end: int) -> tuple[str, int] | None:
    """An addressee the unit registry does not know ("các phòng ngành", "toàn ngành"): from
    a word an addressee begins with up to the first verb."""
    rules = running_rules()
    opening = rules["addressee_start"].match(for_matching(text[start:end]))
    if not opening:
        return None
    listed = re.match(r"[^:.;\n]{3,200}?:(?:\s|$)", text[start:end])
    if listed and not any(_starts_with_verb(text[start + m.start():end])
                          for m in re.finditer(r"(?<=[\s,])\S", listed.group(0))):
        # "yêu cầu Thủ trưởng các cơ quan …, Chủ tịch UBND các xã, thị trấn:" then the tasks
        name = text[start:start + listed.end()].strip(" :\n")
        members = _listed_members(name, text, start + listed.end(), end)
        if members is not None:
            # "các phòng, ban liên quan như: Phòng Quản lý đô thị; Phòng Y tế; … tăng cường
            # …": its members follow the colon, then what they must do
            return members
        qualified = next((m.start() for m in re.finditer(r"(?<=\s)\S", name)
                          if rules["qualifier"].match(for_matching(name[m.start():]))), None)
        # "… các cơ quan, đơn vị, địa phương trong thời gian tới:": who, then when
        return name[:qualified].strip(" ,") if qualified else name, start + listed.end()
    # (a role whose words run on past a verb: "Chánh thanh tra Sở tổ chức kiểm tra …")
    role_end = start + opening.end()
    at = start
    for _ in range(MAX_ADDRESSEE_WORDS):
        # a committee's name whose second word is a verb ("Ban Chỉ đạo …") is one step here
        span = noun_words(text[at:end]) or 1
        word = re.match(rf"(?:\s*,?\s*[^\s,.;:]+){{{span}}}", text[at:end])  # "các phòng, ban"
        more = re.match(r"\s*;\s*", text[at:end])
        if not word and more and rules["addressee_start"].match(
                for_matching(text[at + more.end():end])):
            # "Giám đốc các sở, …, đơn vị cấp tỉnh; các cơ quan Trung ương … và …": one list
            # (a committee's name whose second word is a verb is one step: "…; Ban quản lý
            # các dự án …")
            span = noun_words(text[at + more.end():end]) or 1
            word = re.match(rf"\s*;\s*(?:\s*,?\s*[^\s,.;:]+){{{span}}}", text[at:end])
        if not word:
            return None
        at += word.end()
        if text[at:at + 1] == "." and rules["name_abbreviation"].search(
                for_matching(text[start:at + 1])):
            at += 1  # "UBND các huyện, TP. Cà Mau": a place's shortened kind, no full stop
        # (a known name goes on over its words of manner: "… và các trung tâm giáo dục nghề
        # nghiệp - giáo dục thường xuyên tăng cường …"; units.json names)
        over = known_name_over(text, start, at, end)
        if over and rules["manner"].match(one_spaced(for_matching(text[at:end])).lstrip()):
            at = over
        rest = text[at:end]
        alias = rules["alias"].match(for_matching(rest))
        if alias:  # "…, các doanh nghiệp trong các KCN tỉnh (gọi tắt là doanh nghiệp) tăng …"
            return text[start:at].strip(), at + alias.end()
        # (read as one space a run of them, only to tell where the name ends: "… Ban An
        # toàn giao thông tỉnh thường  xuyên cập nhật …")
        # (a quote opens the words asked of them: "… tại Sóc Trăng “không được tổ chức thu …")
        lower = one_spaced(for_matching(rest)).lstrip().lstrip("“\"").lstrip()
        # "… chủ động thực hiện", "… theo chức năng, nhiệm vụ, thẩm quyền tiếp tục …"
        # (a qualifier after a comma too: "các ngành chức năng, trong thời gian tới cần …")
        manner = (rules["manner"].match(lower) or rules["qualifier"].match(lower.lstrip(" ,"))
                  # "Lực lượng công an chủ động, tích cực phối hợp …": a manner and its comma
                  or rules["manner"].match(lower.replace(",", "", 1)))
        comma = re.match(r"\s*,\s*", rest)
        # a capital goes on with a name ("Phòng Quản lý đô thị theo dõi …"), and so does a
        # committee's purpose that names a capitalised programme ("Ban Chỉ đạo xây dựng Nông
        # thôn mới của huyện …")
        # (not a task's verb written with a capital: "… các đơn vị trong Khối Tiếp tục quán
        # triệt …")
        # ("Phòng Giáo dục & Đào tạo": a name joined by "&" goes on as by "và")
        going_on = re.sub(r"^\s*&\s*(?=\w)", "", rest).lstrip()
        named = not comma and ((going_on[:1].isupper()
                                and not rules["capital_verb"].match(going_on)) or bool(
            rules["committee"].search(for_matching(text[start:at]))
            and _CAPITAL_SOON.match(rest)))
        stop = _addressee_stop(for_matching(text[start:at]), lower)
        if not stop and listed_noun().match(rest):  # "các hộ dân, cơ quan, tổ chức, …": a name
            continue
        if not stop and by_work()[0].search(for_matching(text[start:at])) and by_work()[1].match(
                for_matching(rest)):
            continue  # "các đơn vị quản lý, vận hành hồ chứa …": one name, by its work
        role = rules["addressee_start"].match(lower)
        if (role and role.group().endswith("viên")) or at < role_end:
            # "…, đội ngũ báo cáo viên trong toàn quân …": a role, not "báo cáo"; and the
            # words of the role the name opens with ("Chánh thanh tra")
            continue
        singled = (rules["singled_out"].match(for_matching(rest))
                   if rules["singling"].search(for_matching(text[start:at])) else None)
        if singled:  # "cấp ủy thôn nhất là đồng chí Bí thư Chi bộ, …": the one singled out
            at += singled.end()
            continue
        # ("các địa phương được chọn sẽ …": the choice after "được" says which ones)
        chosen = text[start:at].endswith(" được") and bool(
            rules["chosen"].match(for_matching(rest)))
        if (manner or (_starts_with_verb(rest) and not named
                       and not _who_then_must(rest, text[start:at]) and not chosen)
                or rules["modal"].match(for_matching(rest))
                or (comma and _starts_with_verb(rest[comma.end():]))
                or _manner_then_verb(rest) or stop):
            name = text[start:at].strip()
            return None if _names_no_one(name, rest, chosen) else (name, at)
    return None


def _names_no_one(name: str, rest: str, chosen: bool) -> bool:
    """Whether the words an addressee would be, `name` before `rest`, name no one asked."""
    rules = running_rules()
    if rules["counted_need"].search(for_matching(f"{name} {rest.lstrip()[:5]}")):
        return True  # "Huyện Nậm Pồ có ít số hộ cần trợ cấp …": those in need
    if name.endswith(" được") and not chosen and _starts_with_verb(rest):
        # "Các chính sách về an sinh xã hội được đảm bảo": what was done, in the passive;
        # no one asked to do it
        return True
    # ("Các điều chỉnh cần hướng tới …": a determiner alone names no one, nor do the
    # matters it names: "những nhiệm vụ mà Trung tâm cần phải triển khai …")
    lowered = for_matching(name)
    return bool(rules["determiner_only"].match(lowered) or rules["matters"].match(lowered))


def _listed_members(name: str, text: str, after_colon: int,
                    end: int) -> tuple[str, int] | None:
    """An addressee that ends on "như", "gồm" (running.json members_follow) before the colon
    at `after_colon`, with its members listed after it: the name without that word and where
    the members' task begins; or a kind of unit (kind_names_follow, "các sở") with the names
    of that kind listed after it: the kind and its names together, and where their task
    begins; None otherwise."""
    members = running_rules()["members_follow"].search(for_matching(name))
    past = _past_members(text, after_colon, end) if members else None
    if members and past is not None:
        return name[:members.start()].strip(" ,"), past
    if running_rules()["kind_names_follow"].search(for_matching(name)):
        # "đề nghị các Sở: Thông tin và Truyền thông, Lao động - Thương binh và Xã hội; …
        # theo chức năng, nhiệm vụ tổ chức triển khai …": the names of that kind, then the task
        past = _past_kind_names(text, after_colon, end)
        if past is not None:
            return f"{name.strip()}: {text[after_colon:past].strip(' ,')}", past
    return None


def _past_kind_names(text: str, start: int, end: int) -> int | None:
    """Where the names a kind of unit lists after its colon end ("Xây dựng, Quy hoạch - Kiến
    trúc, …, Kế hoạch - Đầu tư | theo chức năng nhiệm vụ, phối hợp …"): at the first word in
    lower case that opens an action, a manner or a qualifier. None when no capitalised name
    opens the list or nothing follows it."""
    at = _past_spaces(text, start, end)
    return _lower_opening(text, at, end, manner=True) if text[at:at + 1].isupper() else None


def _past_members(text: str, start: int, end: int) -> int | None:
    """Where the units an addressee lists after its colon end and their task begins: at the
    first word in lower case that opens an action ("Phòng Quản lý đô thị; Phòng Y tế; …;
    Trung tâm Truyền thông và Văn hóa thành phố… tăng cường công tác phối hợp …"; a name's
    own words are capitalised or no action: "Quản lý", "thành phố"). None when no unit
    opens the list or no action follows."""
    at = _past_spaces(text, start, end)
    return _lower_opening(text, at, end) if starts_with_unit(text[at:end]) else None


def _lower_opening(text: str, at: int, end: int, *, manner: bool = False) -> int | None:
    """Where the first word after `at` in lower case that opens an action is (with `manner`,
    a word of manner or a qualifier too: "… theo chức năng nhiệm vụ, phối hợp …"), past a
    list of capitalised names (_past_members, _past_kind_names); None when none does."""
    rules = running_rules()
    for word in re.finditer(r"(?<=[\s;,…])[^\s;,…]", text[at:end]):
        where = at + word.start()
        if not text[where].islower():
            continue
        lower = for_matching(text[where:end])
        if _starts_with_verb(text[where:end]) or (manner and (
                rules["manner"].match(lower) or rules["qualifier"].match(lower))):
            return where
    return None


def _must_after(text: str) -> bool:
    """Whether the text opens with those it names and what they must do ("các đơn vị chịu
    trách nhiệm trực tiếp trong công tác kiểm tra …" after "…, đồng thời")."""
    named = _addressee(text, 0, len(text))
    return named is not None and bool(running_rules()["modal"].match(
        for_matching(text[named[1]:])))


def _who_then_must(rest: str, name: str = "") -> bool:
    """Whether the words after a name say what it is for or what it has, then what it must
    do ("Các Tiểu ban | phục vụ cho ĐH cần khẩn trương báo cáo …", "các cơ sở giáo dục khác
    có | đào tạo TCCN trước ngày 30/11/2010 phải gửi …"; running.json who_then_must, on the
    name's last word and the rest): the name goes on to the modal."""
    last = re.search(r"\S+$", name)
    said = f"{last.group()} {rest.lstrip()}" if last else rest
    return bool(running_rules()["who_then_must"].match(for_matching(rest))
                or running_rules()["who_then_must"].match(for_matching(said)))


def _manner_then_verb(rest: str) -> bool:
    """Whether the words after an addressee say how, then a comma, then the action ("…, thị
    trấn khẩn trương, tập trung chỉ đạo …"), or that it acts by itself ("Sinh viên tự đánh
    giá …"; running.json by_itself)."""
    manner = (_manner_pause()[1].match(for_matching(rest))
              or running_rules()["by_itself"].match(for_matching(rest)))
    return manner is not None and _starts_with_verb(rest[manner.end():])


def _term_ahead(text: str) -> str | None:
    """The first year of the latest term a page names when it names more than one (a
    congress "nhiệm kỳ 2025 – 2027" reviewing "Nhiệm kỳ 2022 – 2025"): the term to come."""
    lower = for_matching(text)
    firsts = {m.group("first") for m in running_rules()["term"].finditer(lower)}
    if len(firsts) == 1 and (congress := running_rules()["congress_term"].search(lower)):
        # (or the one term a congress is held for: "… tổ chức đại hội lần thứ IX, nhiệm kỳ
        # 2022-2027" then "Nhiệm kỳ 2022-2027, Hội … tiếp tục …")
        return str(congress.group("first"))
    return max(firsts) if len(firsts) > 1 else None


def _opens_with_term(lower: str, first: str | None) -> re.Match[str] | None:
    """The opening of a sentence that names the term to come ("Nhiệm kỳ 2025 – 2027, chi
    bộ ấp … quyết tâm …"), or None."""
    opening = running_rules()["term_opening"].match(lower) if first else None
    return opening if opening and opening.group("first") == first else None


def _years_opening(text: str) -> tuple[Period | None, Period | None]:
    """A page that tells no period in its title but opens one line with a year and a later
    one with the next ("Năm 2020 Đảng ủy phường … đã tập trung …" … "Năm 2021 Đảng ủy
    phường tập trung …"): it reviews the first year and sets tasks for the next."""
    opening = running_rules()["year_opening"]
    years = [found for line in text.split("\n")
             if (found := opening.match(for_matching(line)))]
    for first, then in zip(years, years[1:], strict=False):
        reviewed, coming = parse_period(first.group(1)), parse_period(then.group(1))
        if reviewed and coming and coming.start and coming.start == following(reviewed).start:
            return reviewed, coming
    # "Thạnh Hóa triển khai nhiệm vụ … năm 2024" over "Trong năm 2023, Đài Truyền thanh các
    # xã … luôn bám sát …": the title names the year after the one a line opens with
    title = for_matching(text.lstrip().split("\n", 1)[0])
    for found in years[:1]:
        reviewed = parse_period(found.group(1))
        coming = following(reviewed) if reviewed else None
        if coming and coming.start and f"năm {coming.start.year}" in title:
            return reviewed, coming
    return None, None


def _year_reviewed(text: str) -> tuple[Period | None, Period | None]:
    """A page that tells of a meeting reviewing one year and setting tasks for the next
    ("… tổ chức hội nghị tổng kết công tác Mặt trận … năm 2025, triển khai nhiệm vụ năm
    2026"; running.json review_then_tasks): the two years, else (None, None)."""
    told = running_rules()["review_then_tasks"].search(for_matching(text))
    if told and int(told.group(2)) == int(told.group(1)) + 1:
        return parse_period(f"năm {told.group(1)}"), parse_period(f"năm {told.group(2)}")
    return None, None


def _within(words: str, period: Period | None) -> bool:
    """Whether the period `words` name lies inside `period` (the one the page reviews):
    "6 tháng cuối năm 2025" inside "năm 2025"."""
    if period is None or period.start is None or period.end is None:
        return False
    found = find_periods(words)
    named = to_period(found[0], period.start.year) if found else None
    return bool(named and named.start and named.end
                and period.start <= named.start and named.end <= period.end)


def _opens_with(lower: str, period: Period | None, *,
                within: bool = False) -> re.Match[str] | None:
    """The opening of a sentence that names `period` ("Năm 2019, …" when the report's next
    period is 2019), or with `within` a part of it ("Trong 6 tháng cuối năm 2025, …" of a
    page that reviews 2025), or None."""
    if period is None:
        return None
    opening: re.Match[str] | None = (running_rules()["period_opening"].match(lower)
                                     or running_rules()["year_opening"].match(lower))
    found = find_periods(opening.group(0)) if opening else []
    if not found:
        return None
    if period.start is None or period.end is None:
        # a period known by its name only ("tháng 3" of a page that gives no year): the
        # same name, in the same year if both say one
        known = find_periods(period.label) if period.kind == found[0].kind else []
        same = bool(known) and (known[0].kind, known[0].first, known[0].last) == (
            found[0].kind, found[0].first, found[0].last) and (
            None in (known[0].year, found[0].year) or known[0].year == found[0].year)
        return opening if same else None
    named = to_period(found[0], period.start.year)
    if named and named.start == period.start and named.end == period.end:
        return opening
    if within and opening and _within(opening.group(0), period):
        return opening
    return None


@dataclass
class _Reading:
    """Where a reading stands: a list of requests or of the body's tasks under way, and
    who was asked by whom."""

    mode: str | None = None  # "tasks" or "directive" once a sentence opens them
    asked: tuple[str | None, str | None] = (None, None)
    period: Period | None = None  # the period the report reviews, when it is not the next
    next_period: Period | None = None  # the period the report's tasks are for
    listed: bool = False  # the list was announced by a colon ending a paragraph: numbered
    item: bool = False  # this paragraph is a numbered item of it: one task, cut at "; " only
    first_item: bool = False  # this paragraph is the first after the colon that announced it
    results: bool = False  # the paragraph's last sentence told of work done
    asking: bool = False  # the last sentence read passed on a request
    relayed: bool = False  # a document's content is relayed from here on (running.json relays)
    looking_back: bool = False  # the page tells the months gone by (running.json looking_back)
    period_told: bool = False  # a sentence opened on the period reviewed ("Trong 9 tháng …")
    said: list[str] = field(default_factory=list)  # the items read so far, matching form
    reviewing: bool = False  # the paragraph opened with the period the report reviews
    list_asked: tuple[str | None, str | None] = (None, None)  # who the listed request asks
    greeted: str | None = None  # whom the letter is addressed to ("Kính gửi: …")
    term_ahead: str | None = None  # the first year of the term to come (_term_ahead)
    when: tuple[int, int] | None = None  # the paragraph's schedule span ("Từ ngày … đến …:")
    headline: str | None = None  # the page's headline, matching form (_headline)
    list_from: int = 0  # the first item read of the list the last colon announced
    praised: str | None = None  # the unit whose results a speaker praised (_praised_unit)
    issued: bool = False  # the last sentence told of a document issued (issued_document)
    # the words before a directing document the page told was issued ("UBND TPHCM đã ban
    # hành văn bản chỉ đạo các sở …": "ubnd tphcm đã"), its issuer among them; None before
    directing: str | None = None
    started: bool = False  # a sentence of the page's own was read (_given_by_document)
    year_reviewed: Period | None = None  # the year a review meeting closed (_year_reviewed)


def _page_periods(text: str, period: Period | None, next_period: Period | None,
                  ) -> tuple[Period | None, Period | None, Period | None]:
    """The period the page reviews, the one its tasks are for, and the year a review
    meeting it tells of closes (_year_reviewed), from the page's own words where the
    header gave none."""
    reviewed, coming = _years_opening(text)
    if period is None:
        # a page that reviews one year and sets tasks for the next, whether or not its
        # header named the next already
        if reviewed and coming and (next_period is None or next_period.start == coming.start):
            period, next_period = reviewed, next_period or coming
    elif (reviewed and coming and (period.start, period.end) == (coming.start, coming.end)
          and period.label.casefold() == coming.label.casefold()):
        # a header that took the year to come from the page's words for the year reviewed
        # ("Năm 2019 không có dịch bệnh lớn …" then "Năm 2020, ngành Y tế tiếp tục …")
        period, next_period = reviewed, coming
    elif (reviewed and coming and next_period
          and (next_period.start, next_period.end) == (reviewed.start, reviewed.end)):
        # a header that took the year reviewed for the year to come ("… khen thưởng … trong
        # thực hiện nhiệm vụ năm 2020" over "Trong năm 2020, lực lượng … đã kiểm tra …" then
        # "Năm 2021, lực lượng … sẽ tiếp tục …"): the page's lines tell which is which
        period, next_period = reviewed, coming
    year, coming = _year_reviewed(text)
    if not (year and coming and (next_period is None or next_period.start == coming.start)
            and (period is None or (period.start, period.end) == (year.start, year.end))):
        year = None  # (a page that reviews another period: its own words decide)
    elif period is None:
        period, next_period = year, next_period or coming
    return period, next_period, year


def _no_result(lower: str) -> bool:
    """Whether a would-be result only says what something is or tells of the meeting the
    page reports (running.json statement, event_lead)."""
    rules = running_rules()
    return bool(rules["statement"].match(lower) or rules["event_lead"].match(lower))


def _colon_for_stop(text: str) -> str:
    """The text with a colon for the full stop after a request that ends its paragraph
    ("…, UBND tỉnh Gia Lai yêu cầu." over "Sở GTVT, Công an tỉnh … phân công, bố trí …"):
    what it asks follows, as after a colon (running.json request_stop); the same length,
    so every offset holds."""
    def colon(found: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, found.start()) + 1:found.start()]
        cut = max(line.rfind(". "), line.rfind(", ")) + 1
        told = for_matching(line[cut:])
        # (only after who asks: "… khi có yêu cầu." names a need, and asks no one; nor
        # after a quotation, '"…", Ban Chỉ đạo 389 Hà Nội yêu cầu.', which it closes)
        quoted = line[:cut].rstrip(" ,").endswith(('"', "”"))
        return found.group()[:found.start(1) - found.start()] + (
            ":" if _speaker(told) and not quoted else ".")
    stop: re.Pattern[str] = running_rules()["request_stop"]
    return stop.sub(colon, text)


def read(text: str, next_period: Period | None = None,
         period: Period | None = None) -> list[Found]:
    """The items of running text; `next_period` (an nlp.periods.Period): the period the
    report's tasks are for, so that a sentence opening with it speaks of the coming period;
    `period`: the one it reviews, so that a sentence opening with it tells what was done."""
    text = _colon_for_stop(text)
    paragraphs = _paragraphs(text)
    period, next_period, year = _page_periods(text, period, next_period)
    state = _Reading(period=period if period != next_period else None,
                     next_period=next_period, term_ahead=_term_ahead(text), year_reviewed=year)
    _headline_asks(text, paragraphs, state)
    out: list[Found] = []
    assigned = {**_lead_units(text, paragraphs), **_assignments(text, paragraphs)}
    for index, (p_start, p_end) in enumerate(paragraphs):
        if index < MAX_GREETING_PARAGRAPH:
            past = _past_greeting(text, p_start, p_end, state)
            if past is None:
                continue
            p_start = past
        p_end = _before_trailing_caption(text, p_start, p_end)
        start = _paragraph_start(text, index, p_start, p_end, assigned, state)
        if start is None:
            continue
        state.results = state.reviewing = False
        previous: tuple[int, int] | None = None
        for s_start, s_end in _sentences(text, start, p_end):
            if _quoted_direction(text, s_start, s_end, previous, out) or _points_told(
                    text, s_start, s_end, out):
                continue
            previous = (s_start, s_end)
            if (state.mode == "directive" and out and out[-1].kind == "directive"
                    and _goes_with_task(text[s_start:s_end])
                    and not _asks_report(text, s_start, s_end, s_start == start, state)):
                _with_its_tasks(text, s_start, s_end, s_start == start, out, state)
                continue
            found = [_past_source(text, f) for f in _sentence(text, s_start, s_end, state,
                                                                  next_period)]
            # "Đây là đợt ra quân lao động lần thứ 4 …": what something is; "Ngày 31-7, HĐND
            # huyện … đã tổ chức kỳ họp thứ 16 …": the meeting the page tells of; no result
            found = [f for f in found if f.kind != "action"
                     or not _no_result(for_matching(text[f.start:f.end]))]
            if state.when:  # set in the schedule's span, its deadline the span's end
                found = [f if f.kind == "action" else replace(f, when=state.when)
                         for f in found]
            state.results = bool(found) and all(f.kind == "action" for f in found)
            if any(f.kind != "action" for f in found):
                state.looking_back = False
            elif running_rules()["looking_back"].match(
                    for_matching(text[s_start:s_end]).lstrip(" -+•")):
                state.looking_back = True
            state.asking = bool(found) and found[-1].kind == "directive"
            state.said += [for_matching(text[f.start:f.end]) for f in found]
            out += found
        # ("… chủ tịch UBND xã chỉ đạo." over "1.Trạm Y tế xã" and its dashes: a list too)
        if state.mode and (text[p_start:p_end].rstrip().endswith(":") or (
                state.mode == "directive" and (_unit_heading_next(text, p_end)
                                               or _points_next(text, p_end)))):
            state.listed, state.list_asked, state.list_from = True, state.asked, len(out)
            state.first_item = True
        elif not state.mode:
            state.listed = False
    return _letter_addressee(text, _one_addressee(_units_without_due(text, out)))


def _units_without_due(text: str, found: list[Found]) -> list[Found]:
    """A unit named with the date its task is due before the modal ("yêu cầu các trường
    TCCN trước ngày 30/11/2010 phải gửi …"; running.json unit_due_tail): the date is the
    task's, which begins with it; the unit's name ends before it."""
    tail = running_rules()["unit_due_tail"]
    out = []
    for f in found:
        due = tail.search(f.unit) if f.kind == "directive" and f.unit else None
        said = due.group().strip() if due else ""
        at = text.rfind(said, 0, f.start) if said else -1
        if due is None or f.unit is None or not due.start() or at < 0 or text[
                at + len(said):f.start].strip():
            out.append(f)
            continue
        out.append(replace(f, unit=f.unit[:due.start()].rstrip(" ,"), start=at))
    return out


def _quoted_direction(text: str, start: int, end: int, previous: tuple[int, int] | None,
                      out: list[Found]) -> bool:
    """Whether the sentence says the quotation just before it in its paragraph was a
    direction ("“Tập trung rà soát các nhiệm vụ … trong quý IV/2023”. Đó là phát biểu chỉ
    đạo trọng tâm của đồng chí Giám đốc Sở …"; running.json quote_told): then the
    quotation's items are requests of that speaker (changed in `out`), and the sentence has
    none of its own."""
    told = running_rules()["quote_told"].match(for_matching(text[start:end]))
    if told is None or previous is None or not text[previous[0]:previous[1]].lstrip(
            " -").startswith(("“", '"')):
        return False
    _told_requests(text, start, told, out, lambda f: f.start >= previous[0]
                   and f.kind != "directive")
    return True


def _points_told(text: str, start: int, end: int, out: list[Found]) -> bool:
    """Whether the sentence says the points before it were a leader's ("Đó là những nội
    dung trọng tâm đã được Thường trực Huyện ủy Thạch Hà chỉ ra tại cuộc làm việc với …";
    running.json points_told): then the promises read so far are requests of that speaker
    (changed in `out`), and the sentence has none of its own."""
    told = running_rules()["points_told"].match(for_matching(text[start:end]))
    if told is None or not any(f.kind == "commitment" for f in out):
        return False
    _told_requests(text, start, told, out, lambda f: f.kind == "commitment")
    return True


def _told_requests(text: str, start: int, told: re.Match[str], out: list[Found],
                   which: Callable[[Found], bool]) -> None:
    """Make the items of `out` that `which` picks requests of the speaker a sentence at
    `start` names (`told`'s group "speaker"), in place."""
    speaker = collapse_spaces(text[start + told.start("speaker"):start + told.end("speaker")])
    out[:] = [replace(f, kind="directive", speaker=speaker) if which(f) else f for f in out]


def _letter_addressee(text: str, found: list[Found]) -> list[Found]:
    """A page that tells of one letter sent to someone ("Cục … vừa có văn bản gửi các đơn
    vị quản lý, vận hành hồ chứa … về việc …"; running.json letter_to) asks them in the
    requests that name no one ("Cục … đề nghị theo dõi chặt chẽ …")."""
    sent = list(running_rules()["letter_to"].finditer(for_matching(text)))
    if len(sent) != 1 or not any(f.kind == "directive" and not f.unit for f in found):
        return found
    at = sent[0].start("to")
    if not (unit_name_at(text, at) or running_rules()["addressee_start"].match(
            for_matching(text[at:]))):
        return found  # "… gửi kèm …", "… gửi tới người dân …": no one asked by name
    unit = text[at:sent[0].end("to")].strip(" ,")
    return [replace(f, unit=unit) if f.kind == "directive" and not f.unit else f
            for f in found]


def _one_addressee(found: list[Found]) -> list[Found]:
    """A page whose requests name one addressee only asks it in those after it that name
    no one ("Giao UBND thành phố Lào Cai chỉ đạo …" then "UBND tỉnh Lào Cai yêu cầu khắc
    phục hậu quả …")."""
    named = {f.unit for f in found if f.kind == "directive" and f.unit}
    if len(named) != 1:
        return found
    (unit,) = named
    out, seen = [], False
    for f in found:
        seen = seen or (f.kind == "directive" and f.unit is not None)
        out.append(replace(f, unit=unit) if seen and f.kind == "directive" and not f.unit
                   else f)
    return out


MAX_BARE_REPORT_WORDS = 8  # "Báo cáo kết quả với UBND tỉnh." goes with the task before it


def _asks_report(text: str, start: int, end: int, own_paragraph: bool,
                 state: _Reading) -> bool:
    """Whether a sentence after a request's task that asks for a report or for something
    sent is a task of its own ("Báo cáo UBND tỉnh kết quả giải quyết trước ngày
    27/3/2019."); not one that says what the report holds ("Báo cáo gồm 01 bản …"), nor
    one in its own paragraph after a numbered list that sets the list's deadline."""
    sentence = text[start:end]
    if not _reports_back(sentence) or running_rules()["report_described"].match(
            for_matching(sentence.strip(" ,;"))):
        return False
    if deadline_in(sentence, None) is None:
        # "Báo cáo kết quả với UBND tỉnh.": the task's own report, due with it
        return len(sentence.split()) > MAX_BARE_REPORT_WORDS
    return not (own_paragraph and state.listed)


def _with_its_tasks(text: str, start: int, end: int, own_paragraph: bool, out: list[Found],
                    state: _Reading) -> None:
    """A sentence that only reports a request's task back or says when it is due (`start`,
    `end`; _goes_with_task) goes with the task before it ("… kiểm tra, xử lý. Báo cáo kết quả
    với UBND tỉnh."); in a paragraph of its own after a list announced by a colon, with a
    date, it sets the deadline of every task of the list that has none ("1. Văn bản chỉ đạo
    …;" … "5. Đề xuất, kiến nghị …." then "Báo cáo gửi về Cục … trước ngày 15 tháng 4 năm
    2017.")."""
    if own_paragraph and state.listed and deadline_in(text[start:end], None):
        for n in range(state.list_from, len(out)):
            if out[n].kind == "directive" and out[n].when is None:
                out[n] = replace(out[n], when=(start, end))
        return
    out[-1] = replace(out[-1], end=_trimmed(text, start, end)[1])


MAX_GREETING_PARAGRAPH = 4  # a letter's greeting comes after its title, number or subject
_NAME_END = re.compile(r"\.\s|$")


def _past_greeting(text: str, start: int, end: int, state: _Reading) -> int | None:
    """Where a paragraph goes on past a letter's greeting ("Kính gửi: Các trường THCS,
    TH&THCS trên địa bàn Thành phố": whom the letter asks, noted in `state`), up to its full
    stop when the letter's first sentence follows on its line; `start` for a paragraph that
    holds none, None for one that holds nothing else."""
    greeting = running_rules()["greeting"].match(for_matching(text[start:end]))
    if greeting is None:
        return start
    name_end = _NAME_END.search(text, start + greeting.end(), end)
    cut = name_end.start() if name_end else end
    state.greeted = text[start + greeting.end():cut].strip(" .;-") or None
    return cut + 1 if text[cut:end].strip(" .\n") else None


def _past_source(text: str, found: Found) -> Found:
    """A result that opens with who tells it and when ("Bí thư Đảng ủy xã Nhuận Đức cho
    biết, trong 9 tháng năm 2017, xã đã thực hiện …", "Tin từ Ban Tổ chức Tỉnh ủy cho biết,
    6 tháng đầu năm, toàn tỉnh kết nạp …"): the result begins after them (running.json
    told_by)."""
    if found.kind != "action":
        return found
    told = running_rules()["told_by"].match(for_matching(text[found.start:found.end]))
    if told is None or found.end - found.start - told.end() < MIN_RESULT_CHARS:
        return found
    return replace(found, start=found.start + told.end())


MIN_RESULT_CHARS = 15


def _obliged(lower: str) -> bool:
    """Whether a sentence says what must be done ("phải", "cần phải"), not who are in need,
    counted ("Huyện Điện Biên Đông là địa bàn có nhiều hộ phải cứu đói giáp hạt nhất …",
    "… không có người phải cứu đói": running.json counted_need)."""
    rules = running_rules()
    counted = [m.span() for m in rules["counted_need"].finditer(lower)]
    return any(not any(a <= m.start() < b for a, b in counted)
               for m in rules["obligation"].finditer(lower))


def _meeting_told(lower: str) -> bool:
    """Whether a sentence tells a meeting's own course ("UBND huyện tổ chức hội nghị sơ
    kết …"), not one of the results listed after a colon that names none ("Trong tháng 6
    tình hình … ổn định: Tổ chức thành công cuộc bầu cử …, tổ chức phiên họp thứ nhất HĐND
    xã, …": the commune's month, a meeting among its results)."""
    meeting = running_rules()["meeting"].search(lower)
    if meeting is None:
        return False
    colon = top_level_colon(lower, 0, meeting.start())
    # (a lead of a few words is a tag, a place or a name: "Tuyenquang.gov.vn: Chiều 21/1,
    # Sở … tổ chức Hội nghị …", "Huyện Cái Bè: …", "Đồng chí: …"; nor is "lúc 11:23" one)
    # (nor one that names who came: "…; ở huyện có các đồng chí: A - Bí thư Huyện ủy; B …;
    # đại diện Đảng ủy thị trấn … đã về dự sinh hoạt chi bộ …", running.json attendees_lead)
    return (colon is None or not lower[colon + 1:colon + 2].isspace()
            or len(lower[:colon].split()) < 6
            or bool(running_rules()["meeting"].search(lower[:colon]))
            or bool(running_rules()["attendees_lead"].search(lower[:colon])))


def _meeting_items(text: str, start: int, end: int, lower: str) -> list[Found]:
    """The items of a sentence that tells a meeting's own course: the tasks it set out,
    listed ("… chủ trì hội nghị, …, triển khai nhiệm vụ trọng tâm … trong thời gian đến
    như: Cần đổi mới …; tổ chức …"; running.json meeting_tasks), or the results it heard
    ("… đã nghe báo cáo kết quả công tác tháng 10, trong đó <the results heard>"), or none."""
    rules = running_rules()
    listed = rules["meeting_tasks"].search(lower)
    if listed:
        return [Found("commitment", a, b)
                for a, b in _pieces(text, start + listed.end(), end, by_verb=True)]
    heard = rules["meeting_detail"].search(lower)
    return [Found("action", a, b) for a, b in
            _pieces(text, start + heard.end(), end, by_verb=False)] if heard else []


def _headline_asks(text: str, paragraphs: list[tuple[int, int]], state: _Reading) -> None:
    """A headline that passes on a request ("UBND huyện Pác Nặm chỉ đạo các địa phương thực
    hiện cày ải …") over paragraphs that list tasks, each ending on "; ": the paragraphs are
    its tasks, for its addressee unless they name their own units."""
    if len(paragraphs) < 2 or not _headline(text[slice(*paragraphs[0])]) \
            or not text[slice(*paragraphs[1])].rstrip().endswith(";"):
        return
    request = _request(text, *paragraphs[0])
    if request and request[1]:
        state.mode, state.asked = "directive", (request[1], request[2])


def _assignments(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, tuple[str, int]]:
    """Numbered paragraphs that each open with a unit ("1. Thủ trưởng các sở … phối hợp …",
    "2. Sở Giáo dục và Đào tạo …", "3. Công an tỉnh: …"): the body of a directive whose
    header is not there, each unit's tasks under its number. {paragraph start: (unit,
    where its text begins)}, empty unless at least MIN_ASSIGNED."""
    assigned = {start: found for start, end in paragraphs
                if (found := _numbered_unit(text, start, end)) is not None}
    # (or dashed: "- Các cơ sở giáo dục … tuyên truyền, hướng dẫn …", "- Đài Truyền thanh,
    # Cổng thông tin điện tử huyện xây dựng kế hoạch …", each unit and its job, none done)
    dashed = {start: found for start, end in paragraphs
              if (found := _dashed_unit(text, start, end)) is not None}
    return {**(assigned if len(assigned) >= MIN_ASSIGNED else {}),
            **(dashed if len(dashed) >= MIN_ASSIGNED else {})}


def _dashed_unit(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit a dashed paragraph opens with, followed right away by its job and nothing
    reported done ("- Các cơ sở giáo dục bậc tiểu học … tuyên truyền, hướng dẫn …"), and
    where its text begins (past the dash)."""
    dash = _DASH.match(text, start, end)
    if dash is None:
        return None
    doer = _doer_first(text[dash.end():end])
    if doer is None and running_rules()["dashed_role"].match(for_matching(text[dash.end():end])):
        # "- Trưởng phòng Phòng Tài nguyên và Môi trường huyện tăng cường …": a head of
        # office the registry does not know, and his job
        named = _addressee(text, dash.end(), end)
        doer = named if named and _opens_job(text[named[1]:end]) else None
    if doer is None or _reports_done(for_matching(text[dash.end():end]), asking=True):
        return None
    return canonical_unit(doer[0]) or doer[0], dash.end()


def _lead_units(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, tuple[str, int]]:
    """A work programme's items whose closing parenthesis names who leads them ("1. Tiếp
    tục chỉ đạo … (Thứ trưởng Bùi Bá Bổng chỉ đạo, Cục T.T chủ trì thực hiện);"): every
    paragraph of the item, from its number to the parenthesis, is that unit's. {paragraph
    start: (unit, where its text begins)}, as `_assignments` gives them."""
    out: dict[int, tuple[str, int]] = {}
    item: list[int] = []
    for start, end in paragraphs:
        if _list_number(text, start, end):
            item = []
        item.append(start)
        lead = running_rules()["lead_unit"].search(for_matching(text[start:end]))
        if lead:
            unit = collapse_spaces(text[start + lead.start("unit"):start + lead.end("unit")])
            for at in item:
                number = _list_number(text, at)
                out[at] = (canonical_unit(unit) or unit, number.end() if number else at)
            item = []
    return out


def _past_marks(text: str, start: int, end: int) -> tuple[int, bool, bool]:
    """Where a paragraph's words begin past a site's tag, a list's dash ("- Tổ Địa chính, tổ
    Kiểm tra phải …") and a procedure's step ("- Bước 1: Sinh viên hoàn thành học phí …",
    a task); whether it had the dash and the step."""
    rules = running_rules()
    tag = rules["lead_tag"].match(for_matching(text[start:end])) or rules["press_tag"].match(
        text[start:end])
    if tag:
        start += tag.end()
    # (a lettered item is a list's item as a dash is: "a) Chủ động tăng cường …")
    dash = _DASH.match(text, start, end) or _LETTER.match(text, start, end)
    if dash:
        start = dash.end()
    step = rules["step_label"].match(for_matching(text[start:end]))
    if step:
        start += step.end()
    return start, bool(dash), bool(step)


def _schedule(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The time span a schedule's line opens with ("16/9/2021 – 19/9/2021 : Sinh viên tự
    đánh giá …", "Từ ngày 20/9/2021 đến 25/9/2021: Ban cán sự kiểm tra …"; running.json
    schedule_label), as its offsets; None for another line."""
    span = schedule_end(text[start:end])
    return (start, start + span) if span else None


MAX_GLUED_CAPTION = 120  # characters of a caption run into the paragraph after it


def _past_glued_caption(text: str, start: int, end: int) -> int:
    """Where a paragraph begins past a photo's caption run into it with no space ("Quang cảnh
    hội nghịNăm qua, Hội các cấp …"; running.json glued_caption): at the first capital that
    opens a word right after a lower-case letter; the caption is no item, the paragraph is."""
    if not running_rules()["glued_caption"].match(for_matching(text[start:end])):
        return start
    for at in range(start + 1, min(end, start + MAX_GLUED_CAPTION) - 1):
        if text[at - 1].islower() and text[at].isupper() and text[at + 1].islower():
            return at
    return start


def _before_trailing_caption(text: str, start: int, end: int) -> int:
    """Where a paragraph ends before a photo's caption run onto its end ("… thể hiện quyền
    bầu cử. Phó Chủ tịch … phát biểu tại hội nghị. Ảnh: Huỳnh Phúc Hậu - TTXVN"; running.json
    trailing_caption): the caption is no item, the sentences before it are."""
    caption = running_rules()["trailing_caption"].search(for_matching(text[start:end]))
    return start + caption.start() if caption else end


def _paragraph_start(text: str, index: int, start: int, end: int,
                     assigned: dict[int, tuple[str, int]], state: _Reading) -> int | None:
    """Where the paragraph's sentences begin (past a site's tag or a list number), None
    for a headline, a caption or a byline; whether a list goes on into it."""
    rules = running_rules()
    if index == 0 and _headline(text[start:end]) and not (
            _list_number(text, start, end) and _doer_heading(text, start, end)):
        state.headline = for_matching(text[start:end]).strip(" .")
        return None
    origin = start  # (a list of assignments is keyed by where its paragraphs begin)
    start, dash, step = _past_marks(text, start, end)
    start = _past_glued_caption(text, start, end)
    state.when = _schedule(text, start, end)
    if state.when:
        start = state.when[1]
    doer = None if state.mode == "tasks" else _doer_heading(text, start, end)
    if doer:  # "1. SINH VIÊN:" over its dashes (no byline for its capitals): who does them
        state.mode, state.asked = "directive", (doer, state.asked[1])
        return None
    paragraph = for_matching(text[start:end]).strip()
    if (any(p.search(paragraph) for p in rules["furniture"]) or _byline(text[start:end])
            or paragraph.strip(" .") == state.headline):
        return None  # (the headline again, as a picture's caption: "Bộ Công Thương chỉ đạo …")
    if state.relayed and _notice_part(text, start, end, state):
        return None
    if index > 0 and not step and _caption_in_list(text, start, end, paragraph, state,
                                                   dash=dash):
        return None
    if state.mode == "directive" and state.greeted and _section_heading(text, start, end):
        # "I. YÊU CẦU CHUNG", "2. Về phương pháp dạy học": the letter's headings; each part
        # asks the letter's addressees again
        state.asked = (state.greeted, state.asked[1])
        return None
    if state.mode == "directive" and (
            (state.listed and not state.greeted and _conclusion_part(text, start, end, state))
            # "1. Các nội dung báo cáo" over the reports asked for: a part's name
            or _matters_heading(text, start, end)):
        return None
    listed = assigned.get(origin) or assigned.get(start)
    if listed:
        doer, at = listed
        state.mode, state.asked = "directive", (doer, state.asked[1])
        return at
    # A list of requests or tasks goes on in the next paragraph when that one opens with
    # a verb, as the next item of a list does ("Tiếp tục đẩy mạnh …"), or, in a list of
    # requests, with the unit it asks and a verb ("Sở NN&PTNT tham mưu …").
    if state.mode and text[:start].rstrip().endswith(";"):
        return _list_line(text, start, end, paragraph)
    first, state.first_item = state.first_item, False
    if state.mode:
        number = _list_number(text, start, end) if state.listed else None
        state.item = bool(number)
        if number:  # "… các nội dung sau:" then "1. Tiếp tục quán triệt …"
            start = number.end()
            if state.mode == "directive" and _numbered_doer(text, start, end, state):
                return None
        # ("Thực hiện chỉ đạo của BQL RPH, ngay từ cuối tháng 2, tại các trạm … đã liên tục
        # diễn ra các đợt tuần tra …": work done as the direction asked, the list is over)
        opening = None if not (dash or number) and _complied(text, start, end) else \
            _list_opening(text, start, end, state)
        if opening is None and (_repeats(paragraph, state.said) or (
                state.mode == "directive" and _no_item(paragraph)) or (
                state.mode == "directive" and not (step or (dash and _opens_job(
                    text[start:end]))) and (_caption(paragraph) or (
                    len(paragraph.split()) <= MAX_CAPTION_WORDS
                    and rules["meeting"].search(paragraph))))):
            # "Nghệ An cấm các loại tàu thuyền … ra khơi từ 5h ngày 21/7." under a picture,
            # repeating an item of the list, or "Sau khi uống trà sữa, 21 học sinh có biểu
            # hiện đau bụng, nôn nói" with no full stop, or a short line about the meeting
            # ("Chủ tịch UBND huyện … phát biểu kết luận hội nghị."), or what the requests
            # are for ("Từ đó, giúp người dân nêu cao ý thức …"): furniture, the list goes on
            # after it
            return None
        # (the paragraph right after the colon is the list's first item, however it opens:
        # "… yêu cầu các đơn vị, các trường học thực hiện các nội dung sau:" then "Thông tin,
        # tuyên truyền đến toàn thể cán bộ …")
        _list_goes_into(paragraph, opening, bool(dash or number) or first, bool(number), state)
    return start


def _complied(text: str, start: int, end: int) -> bool:
    """Whether a paragraph opens with the direction or document its work complies with,
    then tells that work done ("Thực hiện chỉ đạo của BQL RPH, ngay từ cuối tháng 2, … đã
    liên tục diễn ra các đợt tuần tra …"; running.json compliance_ground)."""
    return running_rules()["compliance_ground"].match(for_matching(text[start:end])) is not None


def _list_line(text: str, start: int, end: int, paragraph: str) -> int | None:
    """Where the next line of a list broken over lines begins (past its number), None for a
    picture's caption set inside the list ("Các đại biểu chụp ảnh lưu niệm": short, with
    no job and no doer)."""
    if _caption(paragraph) and not _opens_job(text[start:end]) and not _doer_first(
            text[start:end]):
        return None
    return _past_number(text, start, end)


MAX_HEADING_WORDS = 10
MAX_LABEL_WORDS = 4  # "Thời gian chào cờ: …", "Địa điểm: …"
_LETTER = re.compile(r"\s*[a-zđ]\)\s+")  # "a) Đối với cán bộ, viên chức:"


def _numbered_doer(text: str, start: int, end: int, state: _Reading) -> bool:
    """Whether a numbered line of a list of requests (past its number at `start`) only names
    who does the tasks below it; if so, they are asked."""
    heading = text[start:end].strip()
    if (heading.endswith(":") and len(heading.split()) <= MAX_ADDRESSEE_WORDS
            and running_rules()["addressee_start"].match(for_matching(heading))):
        # "1. Các tổ dân phố, các cơ quan, đơn vị, doanh nghiệp, tổ chức kinh tế …:" names
        # who does the tasks below it, dash by dash
        state.asked = (heading.rstrip(" :"), state.asked[1])
        return True
    whom = running_rules()["for_whom_heading"].match(for_matching(heading))
    if whom and _DASH_ITEM.match(text, end + len(text[end:]) - len(text[end:].lstrip())):
        # "… kết luận chỉ đạo như sau:" then "1. Đối với Ban Thường trực Ủy ban MTTQ Việt Nam
        # huyện:" over dashes: whom the tasks below it are for
        state.asked = (collapse_spaces(heading[whom.start(1):whom.end(1)]), state.asked[1])
        return True
    dashes = _DASH_ITEM.match(text, end)
    if dashes and heading.endswith(".") and not heading.endswith(".."):
        heading = heading[:-1]  # "3. Các hộ giết mổ lợn." over its dashes
    if _names_doer(heading) and (dashes or _only_a_unit(heading)
                                 or only_a_name(f"{heading}:")):
        # "UBND xã yêu cầu:" then "1. Công an xã" over dashes, or "… như sau:" then "1. Hạt
        # kiểm lâm" (a unit of the registry) or "1. Các trưởng thôn" (only a name) over a
        # paragraph of its tasks: the unit they ask
        state.asked = (heading, state.asked[1])
        return True
    return False


def _doer_heading(text: str, start: int, end: int) -> str | None:
    """The one a heading names over the dashes below it, a line that is only a name and a
    colon ("1. SINH VIÊN:", "2. Lớp trưởng:" then "- Từ ngày … : …") or a numbered unit of
    the registry over dashes that open with a job, or None."""
    heading = text[_past_number(text, start, end):end].strip()
    below = end + len(text[end:]) - len(text[end:].lstrip())
    dash = _DASH_ITEM.match(text, below)
    # (or over lettered items: "1. Trung tâm Y tế huyện" then "a) Chủ động tăng cường …")
    item = dash or _LETTER.match(text, below)
    if not heading.endswith(":") and item and _list_number(text, start, end) and _names_doer(
            heading) and _only_a_unit(heading):
        # "1. UBND các xã, thị trấn" (a unit of the registry and nothing else) over "- Tổ
        # chức kiểm tra, rà soát …": the unit the dashes' jobs are given to
        dash = item
        line_end = text.find("\n", dash.end())
        line_end = len(text) if line_end < 0 else line_end
        return heading if _opens_job(text[dash.end():line_end]) else None
    if (not heading.endswith(":") or len(heading.split()) > MAX_ADDRESSEE_WORDS
            or not dash):
        return None
    return only_a_name(heading)


def _only_a_unit(line: str) -> bool:
    """Whether the line is one name of the unit registry and nothing else ("Hạt kiểm lâm")."""
    named = unit_name_at(line, 0)
    return named is not None and not line[named[1]:].strip()


def _notice_part(text: str, start: int, end: int, state: _Reading) -> bool:
    """In a notice relayed from its "… như sau:", a line that is no item: one that says
    whom the tasks below it are for ("a) Đối với cán bộ, viên chức:", "+ Yêu cầu đối với
    người dân:"), which asks them from there on, or a labelled fact ("+ Thời gian thu gom:",
    "- Địa điểm: Sân trường, trước cột cờ"), after which a unit must be named again."""
    written = text[start:end].strip()
    letter = _LETTER.match(written)
    written = written[letter.end() if letter else 0:]
    line = for_matching(written)
    whom = running_rules()["for_whom_heading"].match(line)
    if whom:
        state.mode = "directive"
        state.asked = (collapse_spaces(written[whom.start(1):whom.end(1)]), state.asked[1])
        return True
    label = re.match(r"([^:,.;()]+):(?:\s+|$)", line)
    if (label and len(label.group(1).split()) <= MAX_LABEL_WORDS
            and running_rules()["when_only"].search(for_matching(written[label.end():]))
            and not has_verb(written[label.end():])):
        return True  # "- Tổ chức nghiệm thu: 8h00 – Chủ Nhật, ngày 11/6/2023": when, a fact
    if (label is None or len(label.group(1).split()) > MAX_LABEL_WORDS
            or _starts_with_verb(written) or unit_name_at(written, 0) is not None):
        return False
    told = written[label.end():]
    if not told:  # "+ Thời gian thu gom:": a part of facts begins, no one asked yet
        state.mode = None
        return True
    # "+ Trang phục: Đồng phục học sinh." is a fact; "Lưu ý: Bộ phận giữ xe không cho …"
    # a task
    return _paragraph_opening(told, 0, len(told)) is None


def _conclusion_part(text: str, start: int, end: int, state: _Reading) -> bool:
    """In a leader's list of conclusions, whether the line only begins a part of it: a
    label ("* Chỉ đạo chung:") or a matter ("… kết luận chỉ đạo một số nội dung như sau:"
    then "1. Kịch bản chi tiết chương trình Lễ khởi công … (Ban quản lý Đầu tư Xây dựng
    ngành Nông nghiệp và PTNT)"), the unit in its brackets then asked."""
    if _part_label(text, start, end):
        return True
    topic = _topic_heading(text, start, end)
    if topic is None:
        return False
    state.asked = (topic or state.asked[0], state.asked[1])
    return True


def _part_label(text: str, start: int, end: int) -> bool:
    """In a leader's list of conclusions, a short line ending in a colon that names no one,
    only a part of the list ("* Chỉ đạo chung:", "* Chỉ đạo cụ thể:")."""
    line = text[start:end].strip().lstrip("*-–+• ").strip()
    if (not line.endswith(":") or len(line.split()) > MAX_LABEL_WORDS
            or _list_number(text, start, end)):  # ("1. Thanh tra:": who, _numbered_doer)
        return False
    name = line.rstrip(" :")
    return bool(name) and unit_name_at(name, 0) is None and not (
        running_rules()["addressee_start"].match(for_matching(name)) or _names_doer(name))


MAX_MATTER_WORDS = 40  # "1. Kịch bản chi tiết chương trình Lễ khởi công … (Ban quản lý …)": 34


def _topic_heading(text: str, start: int, end: int) -> str | None:
    """In a leader's list of conclusions, a numbered line that only names a matter, with no
    sentence end and no job ("1. Kịch bản chi tiết chương trình Lễ khởi công dự án … (Ban
    quản lý Đầu tư Xây dựng ngành Nông nghiệp và PTNT)"), over a paragraph with no number:
    the unit its closing brackets name, "" when they name none; None for any other line."""
    number = _list_number(text, start, end)
    line = text[number.end() if number else start:end].strip()
    if (number is None or not line or line.endswith((*SENTENCE_ENDS, ":", ";"))
            or len(line.split()) > MAX_MATTER_WORDS or re.search(r"[.;!?]\s", line)
            or running_rules()["clause_told"].search(for_matching(line))
            or _opens_job(line) or unit_name_at(line, 0) is not None or _names_doer(line)
            or running_rules()["addressee_start"].match(for_matching(line))
            or running_rules()["for_whom"].match(for_matching(line))):
        # (not "3. Trước khi bão về, các phòng ở phải cột các cửa sổ …. Tất cả …", nor who
        # does the tasks below: "1. Các trưởng thôn", "1. Đối với Công ty …")
        return None
    following = re.match(r"\s*([^\n]+)", text[end:])
    if not following or _list_number(following.group(1)) or _DASH_ITEM.match(following.group(1)):
        return None
    bracket = re.search(r"\(([^()]+)\)\s*$", line)
    if bracket is None:
        return ""
    named = unit_name_at(bracket.group(1), 0)
    return bracket.group(1).strip() if named and named[1] == len(bracket.group(1)) else ""


def _matters_heading(text: str, start: int, end: int) -> bool:
    """A numbered line of a letter's requests that only names the matters of its part, no
    sentence end ("1. Các nội dung báo cáo" over "- Báo cáo tình hình triển khai dự án …";
    running.json matters)."""
    number = _list_number(text, start, end)
    line = text[number.end():end].strip() if number else ""
    return (bool(line) and len(line.split()) <= MAX_HEADING_WORDS
            and not line.endswith(SENTENCE_ENDS)
            and bool(running_rules()["matters"].match(for_matching(line))))


def _section_heading(text: str, start: int, end: int) -> bool:
    """A heading of a letter's parts: a line in capitals ("I. YÊU CẦU CHUNG"), or a short
    numbered line with no sentence end over a paragraph with no number ("1. Thực hiện phân
    phối chương trình" then "Các trường THCS chủ động …")."""
    line = text[start:end].strip()
    if not line or len(line.split()) > MAX_HEADING_WORDS or line.endswith(SENTENCE_ENDS):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return True
    following = re.match(r"\s*([^\n]+)", text[end:])
    return bool(_list_number(line) and following
                and not _list_number(following.group(1))
                and not _DASH_ITEM.match(following.group(1)))


def _list_goes_into(paragraph: str, opening: tuple[int, str | None] | None, marked: bool,
                    numbered: bool, state: _Reading) -> None:
    """Whether a list of requests or tasks goes on into a paragraph (`opening`: its
    _paragraph_opening; `marked`: it opens with a dash or a list's number), and whom it
    asks."""
    # "… đề ra một số nhiệm vụ trọng tâm …" then "Theo đó, các cấp chính quyền … chủ
    # động chỉ đạo …": the tasks announced, whoever they name
    announced = bool(running_rules()["announced_next"].match(paragraph))
    if (opening is None and not (marked and state.mode in ("directive", "tasks"))) or (
            opening and opening[1] and state.mode != "directive" and not announced):
        # (a dash item, or a numbered one of a list announced with a colon, goes on
        # with a list of requests whatever it opens with: "- Tình hình tập kết khoáng
        # sản đề nghị các ấp phải báo cáo kịp thời …", "1. Cơ quan, đơn vị trường học
        # báo cáo …")
        state.mode = None
    elif opening and opening[1]:
        state.asked = (opening[1], state.asked[1])
    elif numbered and opening and state.mode == "directive" and state.list_asked[0]:
        # "… yêu cầu các ban ngành, …, các thôn … thực hiện các công việc sau đây:" then
        # "1. Các cơ quan, đơn vị và các thôn thực hiện …", "2. Tổ chức làm vệ sinh …":
        # a number that names no one is asked of those the list was asked of
        state.asked = state.list_asked


MAX_CAPTION_WORDS = 20


def _between_paragraphs_caption(text: str, start: int, end: int, paragraph: str) -> bool:
    """A picture's caption set between paragraphs of sentences (`paragraph`: text[start:end]
    in matching form, not the page's first)."""
    following = re.match(r"\s*([^\n]+)", text[end:])
    if (following and len(paragraph.split()) >= MIN_WORDS
            and not paragraph.endswith(SENTENCE_ENDS)
            and paragraph.strip(" .") in for_matching(following.group(1))):
        # "6 tháng cuối năm 2020 Ban đại diện … tích cực vận động …" over the paragraph that
        # says it in full ("Trên cơ sở những kết quả đạt được, 6 tháng cuối năm 2020 …"): a
        # caption quoting the text below it
        return True
    # "Các cá nhân, đơn vị hoàn thành xuất sắc nhiệm vụ năm 2020 được khen thưởng" with no
    # full stop between two paragraphs of sentences (not the last paragraph of a page cut
    # short: "… có trách nhiệm báo cáo định kỳ kết quả thực hiện c")
    return (_caption(paragraph) and text[:start].rstrip()[-1:] in ".!?…"
            and bool(text[end:].strip()))


def _past_number(text: str, start: int, end: int) -> int:
    """Where a list's next item begins past its number, if any: "… (4) duy trì số lượng …;"
    then "(5) thực hiện hiệu quả …" on the next line goes on with the list, whatever it
    opens with."""
    number = _NUMBERED.match(text, start, end) or _list_number(text, start, end)
    return number.end() if number else start


def _caption_in_list(text: str, start: int, end: int, paragraph: str, state: _Reading, *,
                     dash: bool) -> bool:
    """A picture's caption between paragraphs (_between_paragraphs_caption), or, in a list of
    requests, a short one with a full stop that opens no task, before a paragraph that opens
    with a unit and its job ("Các cán bộ TTYT phun hóa chất tại trường học …." then "Phòng
    y tế huyện chủ trì, …": the requests go on past it); not "1.Trạm Y tế xã" under a list
    of requests, its heading with the number glued on."""
    if (state.mode == "directive" and not dash and _caption(paragraph.rstrip(" ."))
            and _paragraph_opening(text, start, end) is None and (
                _unit_asked_next(text, end)
                or _sentence_between_jobs(text, start, end, paragraph, state))):
        return True
    return (not (state.listed and _list_number(text, start, end))
            and _between_paragraphs_caption(text, start, end, paragraph))


def _sentence_between_jobs(text: str, start: int, end: int, paragraph: str,
                           state: _Reading) -> bool:
    """A short sentence that asks no one between two requests with no doer ("Khách quốc
    tế đến tham quan … Sa Pa." then "Xây dựng phương án …"); not the list's first item,
    whatever it reads like, nor a job with its time limit ("Các ủy viên phản biện gửi kết
    quả … trước ngày 08/6/2023.")."""
    return (not state.first_item and paragraph.rstrip().endswith(".")
            and _job_next(text, end) and _addressed_opening(text, start, end) is None
            and not running_rules()["time_limit"].search(paragraph))


def _next_opening(text: str, end: int) -> tuple[int, str | None] | None:
    """The _paragraph_opening of the paragraph after `end`, if any."""
    following = re.match(r"\s*([^\n]+)", text[end:])
    if following is None:
        return None
    return _paragraph_opening(text, end + following.start(1), end + following.end(1))


def _job_next(text: str, end: int) -> bool:
    """Whether the next paragraph opens with a job, whoever does it (_paragraph_opening)."""
    return _next_opening(text, end) is not None


def _unit_asked_next(text: str, end: int) -> bool:
    """Whether the next paragraph opens with a unit and what it does ("Phòng y tế huyện
    chủ trì, phối hợp với …")."""
    opening = _next_opening(text, end)
    return bool(opening and opening[1])


def _caption(paragraph: str) -> bool:
    """A short paragraph of one sentence with no full stop at its end: a picture's caption
    set between paragraphs of a press page."""
    line = paragraph.strip()
    return (0 < len(line.split()) <= MAX_CAPTION_WORDS and not line.endswith(SENTENCE_ENDS)
            and not re.search(r"[.!?]\s", line) and not line.endswith(":")
            # ("Ban Tổ chức cần phải liên hệ làm việc với … huyện Cai Lậy để có": a
            # sentence the page's copy cuts short, no caption; running.json cut_tail)
            and not running_rules()["cut_tail"].search(for_matching(line)))


def _repeats(paragraph: str, said: list[str]) -> bool:
    """Whether a short paragraph (in matching form) says again what an item read before
    it said, in nearly the same words."""
    line = paragraph.strip(" .")
    if not line or len(line.split()) > MAX_REPEAT_WORDS:
        return False
    # (not one with other figures: "Cấp huyện hoàn thành … trước ngày 15/7/2015" after
    # "Cấp xã hoàn thành … trước ngày 01/6/2015" is the next task)
    figures = set(re.findall(r"\d+", line))
    return any((SequenceMatcher(None, line, item.strip(" .")).ratio() >= REPEAT_LIKENESS
                and figures <= set(re.findall(r"\d+", item)))
               or (len(item) >= MIN_REPEATED and item.strip(" .") in line) for item in said)


MAX_REPEAT_WORDS = 40
REPEAT_LIKENESS = 0.8
MIN_REPEATED = 30  # characters of an item that a caption may quote whole


def _awards_told(lower: str, state: _Reading) -> bool:
    """Whether a sentence tells the awards a meeting handed out ("Dịp này, UBND xã khen
    thưởng cho 2 tập thể và 10 cá nhân …"; running.json occasion_awards): neither the work
    reviewed nor a task; the list it follows ends."""
    if not running_rules()["occasion_awards"].match(lower):
        return False
    state.mode = None
    return True


def _no_item(lower: str) -> bool:
    """A sentence (in matching form) that holds no item: page furniture, an aim alone ("Để
    cử tri nắm được tính quan trọng của việc sáp nhập …."), or the parenthesis that names
    who leads a programme's item, read with the item ("(Thứ trưởng … chỉ đạo, Cục T.T chủ
    trì thực hiện);")."""
    rules = running_rules()
    return (any(p.search(lower.strip()) for p in rules["furniture"])
            or bool(rules["purpose_only"].match(lower.strip().rstrip(".")))
            or (lower.lstrip().startswith("(") and bool(rules["lead_unit"].search(lower))))


def _forward_opening(text: str, start: int, end: int, lower: str, state: _Reading,
                     next_period: Period | None) -> re.Match[str] | None:
    """How a sentence opens on the coming period ("Thời gian tới, …", "Năm 2026, …" when
    that is the next), or None."""
    rules = running_rules()
    forward = (_forward_before_unit(text, start, end, lower) or rules["forward"].match(lower)
               or rules["task_lead"].match(lower)
               or _duty_lead(text, start, end) or _opens_with(lower, next_period)
               or _opens_with_term(lower, state.term_ahead))
    if forward and _within(forward.group(0), state.year_reviewed):
        # "Trong 6 tháng cuối năm 2025, Mặt trận xã … hỗ trợ xây mới 3 nhà …" on a page that
        # reviews 2025: a part of the year reviewed, not the months to come
        return None
    if forward and forward.start() == 0 and rules["motto"].match(lower, forward.end()):
        # "Năm 2020, với chủ đề hành động “…”, Đài … tiếp tục …": the motto opens it too
        return re.compile(re.escape(forward.group(0)) + rules["motto"].pattern).match(lower)
    return forward


def _direction_told_after(text: str, start: int, lower: str, state: _Reading) -> bool:
    """Whether the sentence (`lower`: from `start`, matching form) names what must be done,
    then whose direction it is and to whom ("Thực hiện đúng quy định, …, đó là chỉ đạo của
    UBND huyện Tháp Mười đối với các ban, ngành huyện, …"; running.json direction_told_after):
    the page's lead, which opens a list of requests to those it names."""
    told = running_rules()["direction_told_after"].search(lower)
    if told is None or state.mode is not None:
        return False
    whom = collapse_spaces(text[start + told.start("whom"):start + told.end("whom")])
    said = collapse_spaces(text[start + told.start("speaker"):start + told.end("speaker")])
    state.mode, state.asked = "directive", (whom, said)
    return True


def _sentence(text: str, start: int, end: int, state: _Reading,
              next_period: Period | None) -> list[Found]:
    """The items of one sentence, by its own words and the list it may carry on."""
    rules = running_rules()
    lower = for_matching(text[start:end])
    if (_no_item(lower) or _direction_told_after(text, start, lower, state)
            or _awards_told(lower, state)):
        return []
    condition = rules["condition"].match(lower)
    if condition and state.mode == "directive":
        # "Trong trường hợp các hộ dân không bố trí được nơi tạm lánh thì Ủy ban nhân dân các
        # xã, thị trấn bố trí lực lượng …": in a list of requests, what must then be done
        start += condition.end()
        lower = lower[condition.end():]
    state.praised = _praised_unit(text, start, end, lower) or state.praised
    given = _given_by_document(text, start, end, lower, state)
    if given is not None:
        return given
    if state.mode is None and _relays(text, start, end, lower):
        # "… đã ban hành Thông báo số 6201/TB-UBND … với nội dung như sau:": what follows
        # is the document's; each of its sentences that opens with a unit and an action
        # gives that unit its task
        state.relayed = True
        return []
    if (state.relayed or state.when) and state.mode is None:
        # (a schedule's line names who does what in its span as a relayed notice does)
        relayed = _relayed_doer(text, start, end, state)
        if relayed is not None:
            return relayed
    forward = _forward_opening(text, start, end, lower, state, next_period)
    # "Trong 02 tuần tới, Chánh Văn phòng yêu cầu …": a request for the coming period is a
    # request; without one the sentence is the body's own promise
    asks = not forward or rules["strict_asking"].search(lower) or _directs_ahead(
        text, start + forward.end(), end)
    if (_opens_with(lower, state.period) or rules["statistics"].match(lower)
            or rules["outcome_told"].search(lower) or (
            state.results and state.mode is None and _directs_down_told(text, start, end, lower))) \
            and not rules["strict_asking"].search(lower):
        # "Trong tháng 3, UBND thành phố chỉ đạo các phòng, ban … thực hiện …" in the
        # summary of March's meeting: what was directed in the month reviewed, done (a
        # "yêu cầu" or "đề nghị" still asks); so is "Chỉ đạo các địa phương thu hoạch …"
        # among the results it goes on with; figures cited ask no one ("Theo thống kê …
        # tổng số lợn bắt buộc phải tiêu hủy …"); nor does a direction told with its outcome
        # ("… chỉ đạo Hội cơ sở vận động 32.224 hộ …, kết quả bình xét công nhận 23.095 hộ")
        asks = False
    lead = rules["paragraph_lead"].match(lower)  # "Bên cạnh đó, chỉ đạo các xã …"
    past_lead = lead.end() if lead else 0
    if state.mode == "directive" and rules["directs_down"].match(lower[past_lead:]):
        asks = False  # "Chỉ đạo UBND cấp xã …": the addressee's next task
    after = start + (forward.end() if forward else 0)
    obligation = _obligation(text, start, end) if asks else None
    if forward and not asks and (":" in lower[:forward.end()]
                                 or _person_says(lower[:forward.end()])
                                 or (lower[:forward.end()].rstrip().endswith(",")
                                     and _unit_must(text, after, end))):
        # "Đồng chí … nhấn mạnh: Trong thời gian tới, cấp ủy, chính quyền xã … cần tiếp tục
        # …", "Theo ông …, thời gian tới, huyện … phải …": what a speaker says units must do
        # in the coming period, asked of them
        obligation = _obligation(text, after, end)
        asks = obligation is not None
    # ("Ngoài ra, đối với UBND huyện, thành phố, chỉ đạo UBND xã, … phối hợp …": the unit
    # of the topic directs those below it, its task)
    request = (_topic_directs_down(text, start + past_lead, end, state) or obligation
               or _request(text, after, end)) if asks else None
    # (in a list of requests, "…; xác định đây là nhiệm vụ chính trị quan trọng …" names
    # no tasks of the body's own)
    named = None if request or forward or state.mode == "directive" \
        else rules["tasks_named_after"].search(lower)
    if named and _opens_job(text[start:end]):
        # "Đẩy mạnh …, kiểm soát … là những nhiệm vụ trọng tâm được kỳ họp đề ra"
        state.mode = "tasks"
        return _promised(text, start, start + named.start())
    request = _unless_body_directs(text, after, state, _unless_proposed(
        lower, start, _asked_by_topic(text, start, request)))
    if request:
        return (_own_before_request(text, start, request[0], forward, state)
                + _done_before_turn(text, start, request[0], lower)
                + _requested(text, end, request, bool(obligation), state))
    if state.greeted and state.mode is None and rules["letter_body"].search(lower.rstrip()):
        # "Kính gửi: Các trường THCS …" then "…, Phòng GD&ĐT Thành phố hướng dẫn dạy môn Lịch
        # sử …, cụ thể như sau:": what follows is asked of the letter's addressees
        state.mode, state.asked = "directive", (state.greeted, None)
        return []
    if state.mode == "directive" and (forward or _announces(lower)):
        # "… yêu cầu các cơ quan …. Trong đó, tập trung vào một số nhiệm vụ trọng tâm: …":
        # the request's own tasks, for the same addressee
        opener = forward or _list_after_announcement(lower)
        # (a piece that names its own doer is theirs: "…; Các Tiểu ban … cần khẩn trương …")
        return _ask_each(text, _pieces(text, start + (opener.end() if opener else 0), end,
                                       by_verb=True), *state.asked, asking=False)
    if ((state.mode is None and (state.relayed or rules["basis_only"].match(lower)))
            or rules["sanction"].search(lower)):
        # a notice's facts ("Tiếp theo 02 ngày nghỉ lễ là 02 ngày nghỉ cuối tuần …"), the
        # documents a page acts on ("Căn cứ Quyết định số …"), or a sanction ("… đơn vị, cá
        # nhân nào còn vi phạm sẽ bị xử lý …"): no item
        return []
    resolved = None if state.mode else _resolved(text, start, end, lower, state)
    return resolved if resolved is not None else _unasked(text, start, end, lower, forward,
                                                          state)


def _directs_down_told(text: str, start: int, end: int, lower: str) -> bool:
    """Whether a sentence among results tells a direction passed down ("Chỉ đạo các địa
    phương thu hoạch …": done, running.json directs_down); not one that says what whom it
    names must do ("Đồng thời, chỉ đạo Công ty phát triển hạ tầng KCN An Hạ cần quan tâm
    …": asked)."""
    down = running_rules()["directs_down"].match(lower)
    return down is not None and not _asks_known_unit(text, start + down.end(), end)


def _unless_body_directs(text: str, start: int, state: _Reading,
                         request: tuple[int, str | None, str | None] | None
                         ) -> tuple[int, str | None, str | None] | None:
    """The request of a sentence at `start`, or None when, in a list of requests, it opens
    with another body than the one that asks (no person) that "chỉ đạo" others ("Đảng ủy
    UBND tỉnh chỉ đạo các cơ quan chuyên môn xây dựng Đề án …" after "Ban Thường vụ Tỉnh ủy
    yêu cầu …"): the body is asked to direct them, its own task, as "Sở … chỉ đạo …" is; not
    the asker going on with its own directions ("ông …, Phó Chủ tịch UBND huyện Đồng Phú đã
    có văn bản chỉ đạo …" then "UBND huyện Đồng Phú chỉ đạo các trường học …"); running.json
    directs_in_list."""
    if request is None or state.mode != "directive":
        return request
    return None if _body_directs_in_list(text, start, request, state.asked[1]) else request


def _body_directs_in_list(text: str, start: int, request: tuple[int, str | None, str | None],
                          asker: str | None) -> bool:
    speaker = request[2]
    if not speaker or not asker or running_rules()["person"].match(for_matching(speaker)):
        return False
    # (the same body however shortened: "Ban chỉ đạo huyện" after "Ban chỉ đạo phòng chống
    # dịch động vật huyện"; every word of one in the other)
    own, asking = (set(re.findall(r"\w+", body_key(name) or "")) for name in (speaker, asker))
    if own <= asking or asking <= own:
        return False
    lower = for_matching(text[start:request[0]]).lstrip(" -–+•")
    head = for_matching(speaker)
    return lower.startswith(head) and bool(
        running_rules()["directs_in_list"].match(lower[len(head):]))


def _unless_proposed(lower: str, start: int,
                     request: tuple[int, str | None, str | None] | None
                     ) -> tuple[int, str | None, str | None] | None:
    """The request of a sentence at `start` (`lower` its text), or None when it is what the
    body will propose after a promise of its own ("Từ kết quả kiểm tra, Đoàn công tác sẽ
    hoàn thiện hồ sơ, …, đề nghị UBND tỉnh công nhận …": a step of its promise; running.json
    proposes_ahead); not a speaker's request after another's promise ("… là năm xã Bằng Cốc
    sẽ hoàn thành …, đồng chí đề nghị cấp ủy chính quyền xã cần …")."""
    if request is None:
        return None
    ahead = running_rules()["proposes_ahead"].search(lower[:request[0] - start])
    if ahead and not (request[2] and for_matching(request[2]) in lower[ahead.start():]):
        return None
    return request


def _own_before_request(text: str, start: int, at: int, forward: re.Match[str] | None,
                        state: _Reading) -> list[Found]:
    """In a sentence on the coming period, the clauses before the one that passes on a
    request, kept apart by "; " ("Về phương hướng, nhiệm vụ 6 tháng cuối năm 2020, UBND
    huyện tăng cường …; tiếp tục duy trì …; UBND huyện tiếp tục lãnh đạo, chỉ đạo lực lượng
    vũ trang huyện quán triệt …"; `at`: where the request's tasks begin): the body's own
    tasks."""
    if forward is None:
        return []
    begin = start + forward.end()
    cut = text.rfind(";", begin, at)
    if cut < 0 or any(_asking_words(for_matching(text[begin:cut]))) or not any(
            _asking_words(for_matching(text[cut + 1:at]))):
        return []
    return _unasked(text, start, cut, for_matching(text[start:cut]), forward, state)


def _done_before_turn(text: str, start: int, at: int, lower: str) -> list[Found]:
    """The work reported done before a request that a "song"/"nhưng" turns to ("Năm 2016
    Công An phường đã tích cực triển khai …, song đề nghị …"; `at`: where the request's
    tasks begin): results of their own."""
    turns = list(running_rules()["turn_to_request"].finditer(lower[:at - start]))
    turn = turns[-1] if turns else None
    if turn is None or not _reports_done(lower[:turn.start()]):
        return []
    return [Found("action", a, b) for a, b in _pieces(text, start, start + turn.start(),
                                                        by_verb=False)]


def _given_by_document(text: str, start: int, end: int, lower: str,
                       state: _Reading) -> list[Found] | None:
    """After a sentence that tells of a document issued ("UBND huyện … vừa ban hành kế hoạch
    …."), or first on the page, one that opens "Theo đó," with a unit and an action ("Theo
    đó, địa phương tập trung rà soát …"): what the document gives that unit to do
    (running.json issued_document, accordingly); None for any other sentence."""
    rules = running_rules()
    # (a page whose first sentence opens "Theo đó, …" was cut after the document it relays:
    # "Theo đó, Phòng Y tế Thành phố chủ trì, phối hợp với … xây dựng kế hoạch …")
    issued = state.issued or not state.started
    told = rules["issued_document"].search(lower)
    state.issued, state.started = bool(told), True
    if told and state.directing is None and rules["issued_directs"].match(lower, told.end()):
        state.directing = lower[:told.start()]
    accordingly = rules["accordingly"].match(lower) if issued else None
    if accordingly is None or state.mode is not None or rules["strict_asking"].search(
            lower[accordingly.end():]) or rules["done_marker"].search(lower[accordingly.end():]):
        # (a leader's request, "Theo đó, Thường trực UBND tỉnh yêu cầu …", is read as such;
        # "Theo đó, Lãnh đạo UBND huyện đã báo cáo …" tells what was done)
        return None
    doer = _addressee(text, start + accordingly.end(), end)
    if doer and rules["decides"].match(for_matching(text[doer[1]:end])):
        return None  # "Theo đó, Cục HKVN chấp thuận Phương án …": the issuer's decision
    return _relayed_doer(text, start + accordingly.end(), end, state)


def _relays(text: str, start: int, end: int, lower: str) -> bool:
    """Whether a sentence says a document's content follows (running.json relays, or
    relays_cited when it asks no one itself); not one that is itself a request or an
    obligation whose list follows ("… đã ban hành văn bản số 505/SGDĐT-CTTT yêu cầu các đơn
    vị, các trường học thực hiện các nội dung sau:")."""
    rules = running_rules()
    asking = bool(rules["strict_asking"].search(lower))
    said = lower.rstrip()
    if rules["plan_assigns"].search(said):
        return True  # "Kế hoạch đề ra các nhiệm vụ …, giao cho từng cơ quan … thực hiện."
    if not (rules["relays"].search(said) or (rules["relays_cited"].search(said) and not asking)):
        return False
    # (nor what a unit must do, its list to follow: "Sở Nông nghiệp và PTNT cần chỉ đạo hệ
    # thống khuyến nông triển khai một số nhiệm vụ trọng tâm sau:")
    forward = rules["forward"].match(lower)
    return not ((asking and _request(text, start, end))
                or _obligation(text, start + (forward.end() if forward else 0), end))


def _relayed_doer(text: str, start: int, end: int, state: _Reading) -> list[Found] | None:
    """In a relayed notice, a sentence that opens with who must act: a unit of the registry
    ("Phòng Tài nguyên và Môi trường … có kế hoạch …"), whose list of tasks it opens, or an
    addressee the registry does not know ("2. Trưởng các khóm hướng dẫn Nhân dân …"), whose
    task it is; None when it opens otherwise."""
    opening = _paragraph_opening(text, start, end)
    if opening and opening[1]:
        state.mode, state.asked = "directive", (opening[1], state.asked[1])
        return None
    rules = running_rules()
    at = _past_number(text, start, end)
    heading = only_a_name(text[at:end]) if text[at:end].rstrip().endswith(":") else None
    if heading:  # "2.1. Phòng Khảo thí & ĐBCL:" over its dashes: who does the tasks below it
        state.mode, state.asked = "directive", (heading, state.asked[1])
        return []
    connective = rules["relayed_connective"].match(for_matching(text[at:end]))
    at += connective.end() if connective else 0  # "Cụ thể, UBND quận Cái Răng chủ trì, …"
    named = _addressee(text, at, end)
    # "Sở Văn hóa, Thể thao và Du lịch là cơ quan chủ trì theo dõi, đôn đốc …": its role, then
    # its job
    role = rules["relayed_role"].match(for_matching(text[named[1]:end])) if named else None
    if named is None or not _opens_doers_job(text[named[1] + (role.end() if role else 0):end]):
        return None
    state.mode, state.asked = "directive", (named[0], state.asked[1])
    return _ask_each(text, _pieces(text, named[1], end, by_verb=True), *state.asked)


def _asked_by_topic(text: str, start: int, request: tuple[int, str | None, str | None] | None
                    ) -> tuple[int, str | None, str | None] | None:
    """A request that names no one asks the unit its sentence opens on as its topic
    ("Đối với Phòng Quản lý đô thị, Chủ tịch UBND thành phố yêu cầu phối hợp …")."""
    if request is None or request[1] is not None:
        return request
    return request[0], _topic_unit(text, start, request[0]), request[2]


def _topic_directs_down(text: str, start: int, end: int,
                        state: _Reading) -> tuple[int, str | None, str | None] | None:
    """The request (where its task begins, whose it is, who asks) when a sentence of a list
    of requests, or right after one, opens on a unit as its topic and goes on to what that
    unit directs ("Đối với UBND huyện, thành phố, chỉ đạo UBND xã, phường, thị trấn phối
    hợp …"; running.json for_unit, directs_down); None otherwise."""
    rules = running_rules()
    lower = for_matching(text[start:end])
    topic = rules["for_unit"].match(lower)
    if not (topic and (state.mode == "directive" or state.asking)):
        return None
    for comma in re.finditer(r",\s*", lower[:MAX_TOPIC_CHARS]):
        if has_verb(lower[topic.end():comma.start()]):
            return None  # "Đối với các trường hợp vi phạm, UBND các quận … báo cáo …"
        if rules["directs_down"].match(lower[comma.end():]):
            unit = _topic_unit(text, start, start + comma.end())
            return (start + comma.end(), unit, state.asked[1]) if unit else None
    return None


MAX_TOPIC_CHARS = 160  # how far into a sentence its topic's closing comma may lie


def _topic_unit(text: str, start: int, asked_at: int) -> str | None:
    """The unit a sentence names as its topic before a comma ("Riêng đối với Công an
    TP.Phan Thiết, Chủ tịch UBND thành phố yêu cầu …"), when its request, at `asked_at`,
    names no one; None otherwise."""
    topic = running_rules()["for_unit"].match(for_matching(text[start:asked_at]))
    if topic is None:
        return None
    at = start + topic.end()
    comma = text.find(",", at, asked_at)
    if comma < 0:
        return None
    investor = running_rules()["investor_topic"].search(for_matching(text[at:comma]))
    if investor:  # "Đối với những dự án trọng điểm do Ban Quản lý dự án … làm chủ đầu tư, …"
        return collapse_spaces(text[at + investor.start("unit"):at + investor.end("unit")])
    # (the name up to the topic's comma: read on, "…, Chủ tịch UBND thành phố" is the speaker)
    unit = unit_name_at(text[:comma], at) or _addressee(text, at, comma) or _named_topic(
        text, at, comma)
    rest = text[unit[1]:comma].strip() if unit else ""
    place = rest.lstrip(".").split()
    if unit and place and all(word[0].isupper() for word in place):
        return text[at:comma].strip()  # "Công an TP.Phan Thiết": a place after its kind
    return unit[0] if unit and not rest else None


def _named_topic(text: str, at: int, comma: int) -> tuple[str, int] | None:
    """A topic that is all a name of whom a request is for, no verb in it ("các hãng hàng
    không" in "Đối với các hãng hàng không, Cục Hàng không Việt Nam yêu cầu theo dõi …"):
    its words up to the comma."""
    name = text[at:comma]
    if (len(name.split()) > MAX_TOPIC_WORDS
            or not running_rules()["addressee_start"].match(for_matching(name))
            or any(_starts_with_verb(name[m.start():]) for m in re.finditer(r"(?<=\s)\S", name))):
        return None
    return name.strip(), comma


def _requested(text: str, end: int, request: tuple[int, str | None, str | None],
               obligation: bool, state: _Reading) -> list[Found]:
    """The directives of a sentence that passes on a request (`request`: where its tasks
    begin, its addressee and its speaker; `obligation`: whether it says what units must do
    rather than asking them)."""
    rules = running_rules()
    at, addressee, speaker = request
    if addressee is None and speaker and rules["speaker_again"].match(
            for_matching(speaker)):
        # "Cơ quan này đề nghị xử lý nghiêm …", "Sở này cũng được chỉ đạo …": the one
        # who spoke before, asking the same one
        addressee, speaker = state.asked[0], state.asked[1] or speaker
    lower_task = for_matching(text[at:end])
    if rules["recap"].match(lower_task):
        return []  # "… nhấn mạnh những nội dung chính được các đại biểu thảo luận …"
    if addressee is None and rules["said_statement"].match(lower_task):
        return []  # "… nhấn mạnh: Việc thông qua Quy chế làm việc là bước quan trọng …"
    if addressee is None and rules["said_looking_back"].match(lower_task):
        # "… nhấn mạnh rằng: Trong 9 tháng đầu năm 2013, Đảng uỷ, UBND phường đã có nhiều cố
        # gắng …, đó là: …": what the speaker says was done, results
        state.mode = None
        opening = rules["said_opening"].match(lower_task)
        assert opening is not None  # it matches the empty string at worst
        return [Found("action", a, b) for a, b in
                _pieces(text, at + opening.end(), end, by_verb=False)]
    if rules["letter_subject"].match(lower_task) or (
            rules["tasks_to_come"].match(lower_task) and _announces(lower_task)):
        # "… nhấn mạnh đến một số nhiệm vụ trọng tâm cần triển khai thực hiện thời gian tới."
        # names the tasks to come, no task itself; so does the letter's subject, "… chỉ
        # đạo các phòng chuyên môn; UBND các xã, thị trấn về việc chấp hành …": the tasks
        # follow
        state.mode, state.asked = "directive", (addressee, speaker)
        return []
    consequence = rules["consequence"].search(lower_task) if addressee is None else None
    must = _obligation(text, at + consequence.end(), end) if consequence else None
    if must:
        # "… nhấn mạnh, Chương trình … là chủ trương lớn …, do đó các huyện, thành phố cần
        # tập trung …": the ground first, then who must do what
        at, addressee = must[0], must[1]
        lower_task = for_matching(text[at:end])
    elif consequence and rules["modal"].match(lower_task[consequence.end():]):
        # "… nhấn mạnh: Sau bão, nguy cơ … còn rất cao, do vậy cần chủ động …": what must
        # be done, past its ground
        at += consequence.end()
        lower_task = for_matching(text[at:end])
    opener = rules["list_opener"].search(lower_task)
    if (opener and (opener.start() < 160 or opener.end() >= len(lower_task.rstrip()))
            and lower_task.count("(", 0, opener.start()) <= lower_task.count(
                ")", 0, opener.start())  # not "… (gồm Số định danh cá nhân, …)"
            and ";" not in lower_task[:opener.start()]
            and not rules["tells"].search(lower_task[:opener.start()])
            # ("… triển khai … công tác điều tra … với mục tiêu: A; B": what it is for)
            and not rules["aims_lead"].search(lower_task[:opener.start()].rstrip())
            and not places_named(text[at + opener.start():end])
            and not _one_task_past_colon(text[at:at + opener.end()].rstrip(" :"),
                                         text[at + opener.end():end])
            # ("… tổng hợp chính xác, đầy đủ …, trong đó nêu rõ …": the task, then its detail)
            and not (opener.group().startswith("trong đó")
                     and _opens_job(text[at:at + opener.start()]))
            # ("… phải quán triệt …, thực hiện tốt 3 nhiệm vụ trọng tâm là: …": a job of its
            # own before the announcement; the pieces drop the announcement alone)
            and not _job_before_lead(text, at, at + opener.start())):
        # (not the colon of "UBND các quận: Hải Châu, Sơn Trà", a name's places; not one
        # after a first job and "; ": "… cần cụ thể hóa Đề án …; nhân rộng các mô hình …
        # như: …" lists examples of the second)
        # (not the colon after "thông tin ngay đến phụ huynh …": what they are told; nor
        # the examples of a job's object, "… chuẩn bị đầy đủ các trang thiết bị cứu hộ cứu
        # nạn như: phao, áo phao …")
        at += opener.end()
    if addressee is None:
        at = _past_opening_quote(text, at, end)  # a quote opens
        must = _obligation(text, at, end)
        if must:  # "… nhấn mạnh định hướng …, đó là: các xã của cụm số 4 cần tiếp tục …",
            at, addressee = must[0], must[1]  # "… nhấn mạnh: “Các trường cần …"
    inner = _asked_past_purpose(text, at, end) if addressee is None else None
    if inner:
        at, addressee = inner
    if addressee is None:
        addressee = _asked_before(speaker, state)
    if not (obligation and state.mode == "directive" and state.listed):
        # (an obligation inside a list of requests, "Đồng thời, các tàu thuyền … phải về
        # bờ …", names its own doers; the list's addressees ask on after it)
        state.mode, state.asked = "directive", (addressee, speaker)
    found = _ask_each(text, _pieces(text, at, end, by_verb=True), addressee, speaker)
    if found and state.asked == (addressee, speaker) and found[-1].unit:
        # "UBND tỉnh yêu cầu Công an tỉnh …; Sở Công Thương chủ trì … . Tăng cường …": the
        # next sentence goes on with the last one named
        state.asked = (found[-1].unit, speaker)
    return found


def _asked_before(speaker: str | None, state: _Reading) -> str | None:
    """Whom a request that names no one asks: whom the last one asked ("… yêu cầu các lực
    lượng … khẩn trương …" then "Đồng chí Chủ tịch … nhấn mạnh: …, do vậy cần chủ động …";
    not the one who speaks now: "Chủ tịch UBND tỉnh chỉ đạo … là: …"), else the unit whose
    results the speaker praised ("… biểu dương những kết quả … của xã Thuận An …" then "…
    chỉ đạo cần sớm xây dựng …"), else None."""
    if ((state.mode == "directive" or state.asking) and state.asked[0]
            and for_matching(state.asked[0]) not in for_matching(speaker or "")):
        return state.asked[0]
    return state.praised if speaker else None


MAX_PRAISED_SPAN = 250  # "… biểu dương những kết quả đạt được và những nỗ lực của xã …"


def _praised_unit(text: str, start: int, end: int, lower: str) -> str | None:
    """The unit whose results or efforts a sentence praises ("… đánh giá cao những kết quả của
    Ban Thường vụ Liên đoàn Lao động huyện Đà Bắc …": running.json praised, then 'của' and a
    unit of the registry or a commune named), or None."""
    praised = running_rules()["praised"].search(lower)
    if praised is None:
        return None
    of = re.compile(r"(?<!\w)của\s+")
    limit = min(end, start + praised.end() + MAX_PRAISED_SPAN)
    for found in of.finditer(text, start + praised.start(), limit):
        name = unit_name_at(text, found.end())
        if name:
            return canonical_unit(name[0]) or name[0]
        place = place_named_at(text, found.end())  # "… những nỗ lực của xã Thuận An"
        if place:
            return place
    return None


def _job_before_lead(text: str, start: int, end: int) -> bool:
    """Whether a job stands before the announcement that ends at `end` (its colon): "…
    phải quán triệt …, thực hiện tốt 3 nhiệm vụ trọng tâm là: …" (the announcement alone is
    dropped as a piece: running.json task_list_lead)."""
    pieces = _pieces(text, start, end, by_verb=True)
    # (the announcement opens with its own action: not "… chỉ đạo phòng Nông nghiệp, phòng
    # Kinh tế … thực hiện một số công việc sau:", one list of names)
    return bool(pieces) and _opens_job(text[pieces[-1][1]:end].strip(" ,;"))


def _asked_past_purpose(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the task begins and whom it asks, in a speaker's words that say what for
    before whom they ask ("… nhấn mạnh: Để hoàn thành tốt chỉ tiêu giao quân năm 2025 đề
    nghị Ban CHQS phường tiếp tục …"); None when they do not."""
    purpose = running_rules()["purpose_then_request"].match(for_matching(text[start:end]))
    inner = _request(text, start + purpose.end(), end) if purpose else None
    return (inner[0], inner[1]) if inner and inner[1] else None


def _duty_lead(text: str, start: int, end: int) -> re.Match[str] | None:
    """The opening of a sentence that sets out the duties of those it names, then what they
    do ("Nhiệm vụ các tổ thống kê số liệu hộ dân …"; running.json duty_lead), or None."""
    lead = running_rules()["duty_lead"].match(for_matching(text[start:end]))
    return lead if lead and doer_named_first(text[start + lead.end():end]) else None


def _promise_or_told(text: str, start: int, end: int, lower: str,
                     forward: re.Match[str] | None, future: re.Match[str] | None,
                     state: _Reading) -> list[Found]:
    """A sentence that looks forward: what a unit was told to do by a document the page
    told of (_told_assignment), else the body's own promise (_promise)."""
    told = None if forward else _told_assignment(text, start, end, lower, state)
    if told is not None:
        return told
    if forward and future is None and running_rules()["count_held"].match(lower, forward.end()):
        return []  # "Năm 2024, huyện Nam Giang có hai điểm thi …": what there is, no promise
    state.mode = "tasks"
    return _promise(text, start, end, lower, forward, future)


def _told_assignment(text: str, start: int, end: int, lower: str,
                     state: _Reading) -> list[Found] | None:
    """On a page that told of a directing document issued ("UBND TPHCM đã ban hành văn bản
    chỉ đạo các sở, ban, ngành …"; running.json issued_directs), what a unit other than its
    issuer "sẽ" do is what the document gives it ("Các đơn vị công an sẽ kiểm tra an toàn
    PCCC, …"): its directives; None for any other sentence."""
    if state.directing is None:
        return None
    promised_by = _after_subject(text, start, start, lower)
    unit = promised_by[1] if promised_by else None
    if promised_by is None or unit is None or not starts_with_unit(unit[0]):
        return None
    if for_matching(unit[0]) in state.directing:
        return None  # ("UBND huyện ban hành kế hoạch …. UBND huyện sẽ …": the issuer's own)
    state.mode, state.asked = "directive", (canonical_unit(unit[0]), state.asked[1])
    return _ask_each(text, _pieces(text, promised_by[0], end, by_verb=True), *state.asked)


def _promise(text: str, start: int, end: int, lower: str, forward: re.Match[str] | None,
             future: re.Match[str] | None) -> list[Found]:
    """The body's own tasks in a sentence that promises (`forward`: its opening on the
    coming period, if any; `future`: its future marker otherwise)."""
    rules = running_rules()
    beside = _beside_promise(text, start, end, lower, future) if not forward else None
    if beside is not None:
        return beside
    promised = None if forward or future is None else rules["promise"].search(
        lower, 0, future.start())
    # (a promise word after the future marker, "Huyện sẽ …, khẳng định vai trò …",
    # leaves the promise at the sentence's start)
    # "… tiếp thu các ý kiến chỉ đạo … và hứa quyết tâm … phấn đấu …": what is promised
    at = start + (forward.end() if forward else promised.end() if promised else 0)
    listed = rules["list_opener"].search(lower, forward.end()) if forward else None
    if listed and not has_verb(text[at:start + listed.start()]):
        # "… thông qua phương hướng, nhiệm vụ năm 2025 với các mục tiêu trọng tâm, như tăng
        # cường …": the tasks follow the list's opener, past what names them
        at = start + listed.end()
    purposed = None if forward or promised else rules["purpose_future"].match(lower)
    if purposed:  # "Để thực hiện …, 3 tháng cuối năm … các cấp uỷ … sẽ phải tập trung …"
        at = start + purposed.end()
    unit = _purposed_subject(text, start, lower, purposed) if purposed else unit_name_at(text, at)
    # "Đối với …, huyện sẽ tổ chức …", "Phát huy kết quả đạt được vừa qua, Thư viện tỉnh sẽ
    # tiếp tục …": the task is what follows "sẽ"
    promised_by = _after_subject(text, at, start, lower)
    if promised_by:
        at, unit = promised_by[0], unit or promised_by[1]
    elif unit and (forward or purposed) and _opens_job(text[unit[1]:end]):
        # "Mục tiêu giai đoạn 2012-2015, Trường Chính trị tỉnh tiếp tục đổi mới …": the
        # task is what the unit named first does
        at = _past_commas(text, unit[1], end)
    return _promised(text, at, end, unit=canonical_unit(unit[0]) if unit else None)


def _beside_promise(text: str, start: int, end: int, lower: str,
                    future: re.Match[str] | None) -> list[Found] | None:
    """A promise that opens with a job of its own beside the one it promises ("Bên cạnh
    chuẩn bị, tổ chức tốt các kỳ họp …, HĐND huyện sẽ tổ chức tổng kết …": running.json
    beside_job): both are the unit's tasks, when the words before its "sẽ" after the last
    comma name a unit; else None."""
    opening = running_rules()["beside_job"].match(lower)
    if opening is None or future is None or not _opens_job(text[start + opening.end():end]):
        return None
    comma = lower.rfind(", ", 0, future.start())
    named = unit_name_at(text, start + comma + 2) if comma > opening.end() else None
    if named is None or text[named[1]:start + future.start()].strip():
        return None
    unit = canonical_unit(named[0])
    return (_promised(text, start + opening.end(), start + comma, unit=unit)
            + _promised(text, start + future.end(), end, unit=unit))


def _purposed_subject(text: str, start: int, lower: str,
                      purposed: re.Match[str]) -> tuple[str, int] | None:
    """The unit a promise that opens with its aim names before its "sẽ" ("Để nâng cao hiệu
    quả hoạt động theo mô hình 1 cấp trong thời gian tới, Văn phòng Đăng ký đất đai tỉnh sẽ
    tiếp tục …"): the name after the aim's last comma, if one opens there."""
    marker = lower.rfind(" sẽ ", 0, purposed.end())
    comma = text.rfind(", ", start, start + marker) if marker > 0 else -1
    return unit_name_at(text, comma + 2) if comma >= 0 else None


def _after_subject(text: str, at: int, start: int,
                   lower: str) -> tuple[int, tuple[str, int] | None] | None:
    """Where the task of a promise "<subject> sẽ <task>" begins (running.json
    subject_future), past a topic before a comma ("Đối với các hoạt động mừng Đảng mừng
    xuân, huyện sẽ tổ chức …"), and the unit the subject names, if any; None when the words
    before the marker hold an action or a list (no bare subject)."""
    marker = running_rules()["subject_future"].search(lower, at - start)
    if marker is None:
        return None
    subject = text[at:start + marker.start()]
    topic = re.match(r"[^,]{0,80},\s*", subject)
    longer = re.match(r".*,\s*", subject)
    if (topic and longer and longer.end() > topic.end() and not starts_with_unit(subject)
            and not has_verb(subject[:longer.end()])):
        # a longer topic ("Vì vậy, song song với các nhiệm vụ …, TDTT và các hoạt động khác,
        # điểm nhấn các hoạt động của ngành năm 2013 sẽ tập trung …"): the subject is what
        # follows its last comma (not a list of units, "Hội Nông dân, Hội Phụ nữ sẽ …", nor
        # an act before it, "Khắc phục những tồn tại …, trong thời gian tới, …", "Sở GTVT là
        # cơ quan được … ủy quyền thành lập Tổ điều tra …, Tổ này sẽ …")
        topic = longer
    who = subject[topic.end():] if topic else subject
    if has_verb(who) or "," in who or len(who.split()) > MAX_SUBJECT_WORDS:
        return None
    return start + marker.end(), unit_name_at(text, at + (topic.end() if topic else 0))


MAX_SUBJECT_WORDS = 20  # "Ban Thường trực Ủy ban MTTQ Việt Nam huyện cùng với Ban vận động … huyện"


def _forward_before_unit(text: str, start: int, end: int, lower: str) -> re.Match[str] | None:
    """The coming period opening a sentence (`lower`: text[start:end] in matching form) with
    no comma before the unit that does its tasks ("Trên cơ sở những kết quả đạt được, 6
    tháng cuối năm 2020 Ban đại diện hội Người cao tuổi Huyện tích cực vận động …";
    running.json forward_bare)."""
    opening: re.Match[str] | None = running_rules()["forward_bare"].match(lower)
    if opening is None or _announces(lower):
        return None  # ("Trong những tháng cuối năm UBND huyện đề ra 13 mục tiêu …": announce)
    rest = text[start + opening.end():end]
    name = unit_name_at(rest, 0) if starts_with_unit(rest) else None
    after = for_matching(rest[name[1]:]).lstrip(" ,") if name else ""
    rules = running_rules()
    if name is None or rules["modal"].match(after) or rules["subject_future"].match(after):
        return None  # ("…, 3 tháng cuối năm 2022 các cấp uỷ đảng, … sẽ phải tập trung …":
        # the unit's modal or "sẽ" says where its tasks begin)
    return opening


def _resolved(text: str, start: int, end: int, lower: str,
              state: _Reading) -> list[Found] | None:
    """What a meeting agreed to carry out, its promise ("Hội nghị đã thống nhất triển khai kế
    hoạch … ra quân … từ ngày 16/08/2025"; running.json resolved), or None."""
    resolved = running_rules()["resolved"].match(lower)
    if resolved is None:
        return None
    state.mode = "tasks"
    return _promised(text, start + resolved.end(), end)


def _inspection_found(text: str, start: int, end: int, lower: str) -> list[Found] | None:
    """What an inspection, a test or an inquiry found, its results ("Kết quả kiểm tra cho
    thấy chưa phát hiện vi phạm …", even when it found nothing wrong; running.json finding),
    or after the lead that tells what was heard and checked ("Qua nghe báo cáo và kiểm tra
    thực tế tại xã …, cho thấy, …, có 14/14 đơn vị …", no meeting's own course;
    finding_lead); None for any other sentence."""
    rules = running_rules()
    lead = rules["finding_lead"].match(lower)
    if lead is None and not rules["finding"].match(lower):
        return None
    return [Found("action", a, b) for a, b in
            _pieces(text, start + (lead.end() if lead else 0), end, by_verb=False)]


def _unasked(text: str, start: int, end: int, lower: str, forward: re.Match[str] | None,
             state: _Reading) -> list[Found]:
    """A sentence that passes on no request: the body's promise, a list going on, a
    result, or nothing (a shortcoming, the meeting itself)."""
    rules = running_rules()
    # in a list of requests or tasks a target ("đảm bảo … đạt kế hoạch giao", "chuyển đổi
    # cơ cấu cây trồng đạt kết quả") is no result
    done = _reports_done(lower, asking=state.mode in ("directive", "tasks"))
    lead = rules["paragraph_lead"].match(lower)  # "Theo chức năng, …, chủ động …"
    # (not in a sentence that opens with what must be done: "Bên cạnh đó, cần chú trọng …,
    # khắc phục ảnh hưởng do hạn mặn … gây ra, phấn đấu hoàn thành …")
    must_first = rules["modal"].match(lower[lead.end() if lead else 0:])
    turn = None if forward or state.mode or must_first else rules["future_clause"].search(lower)
    before_turn = lower[:turn.start()] if turn else ""
    # (not a forecast: "Theo dự báo …, áp thấp nhiệt đới đang dịch chuyển về phía Quảng Ninh,
    # dự kiến sẽ ảnh hưởng …" tells the weather, read below)
    if turn and not rules["future"].search(before_turn) and (
            rules["backward"].search(before_turn) or rules["under_way"].search(before_turn)) \
            and not rules["forecast"].search(before_turn):
        # "UBND xã đang lập hồ sơ …, dự kiến thi công trong tháng 8/2023": work under
        # way, then what comes next
        # (not a shortcoming before it: "Tuy nhiên việc phát triển … chưa đạt, …, vì vậy để
        # phấn đấu đạt chỉ tiêu …, BHXH huyện đã giao …")
        state.mode = None
        # (the tasks after the list the promise opens: "…; ký giao ước thi đua, quyết tâm
        # phấn đấu đạt kết quả tốt hơn … với trọng tâm là tiếp tục phát động …; xây dựng …")
        listed = rules["list_opener"].search(lower, turn.end())
        return ([Found("action", a, b) for a, b in
                 _pieces(text, start, start + turn.start(), by_verb=False)
                 if not _names_shortcoming(for_matching(text[a:b]))]
                + _promised(text, start + (listed.end() if listed else turn.start() + 1), end))
    # (not a word inside a purpose: "Quan tâm giúp đỡ để các đối tượng rèn luyện phấn đấu
    # trở thành đảng viên" is what others strive for, no promise)
    future = next((m for m in rules["future"].finditer(lower)
                   if not rules["inside_purpose"].search(lower, 0, m.start())), None)
    # in a list of requests a task that opens with its action asks on, whatever "sẽ" or
    # forecast its object holds: "Chủ động phối hợp với các địa phương nơi … dự báo sẽ có …"
    # (or past the day it is due by: "- Đến 30/11/2015 phấn đấu 514 (100%) cửa hàng …")
    due = rules["due_opening"].match(lower)
    # (past a connector too: "Đồng thời, hướng dẫn người dân … dự kiến phải sơ tán …")
    opens_at = due.end() if due else 0
    connector = rules["paragraph_lead"].match(lower, opens_at)
    opens_at = connector.end() if connector else opens_at
    # (or with the next unit asked and its action: "Các cảng vụ hàng hải: Quảng Bình, …
    # tổ chức kiểm đếm tàu, thuyền … dự kiến đến khu vực …")
    asks_on = state.mode == "directive" and (_opens_job(text[start + opens_at:end]) or bool(
        (unit_first := _paragraph_opening(text, start + opens_at, end)) and unit_first[1]))
    if future and not forward and _weather(text, start, end, lower, future) and not asks_on:
        # "Theo dự báo, đợt không khí lạnh sẽ tiếp tục …": the weather, no promise (in a list
        # of requests, "Chủ động phối hợp với các địa phương nơi … dự báo sẽ có …" asks on)
        return []
    # a figure after the future word is its target ("đang phấn đấu đến cuối năm 2018, đạt
    # tỷ lệ bao phủ BHYT trên 85%"), no figure reached
    asking = state.mode in ("directive", "tasks")
    # (not in the aim the sentence opens with: "Để mô hình thực hiện đạt hiệu quả, phường và
    # khu phố sẽ thường xuyên tuyên truyền …" promises)
    aim = _past_clause(text, start, end, "purpose_lead") - start
    said_before = lower[aim if aim < future.start() else 0:future.start()] if future else ""
    if forward or (future and not asks_on
                   and not _reports_done(said_before, asking=asking)
                   # "… các chỉ tiêu … đều tăng cao so với cùng kỳ, hiện có 11/12 chỉ tiêu
                   # dự kiến hoàn thành …": outcomes reached, then what they are expected to
                   # come to, no promise
                   and (asking or not rules["outcome"].search(said_before))
                   and (asking or not rules["done_marker"].search(lower))):
        return _promise_or_told(text, start, end, lower, forward, future, state)
    opener = _list_after_announcement(lower)
    announces = _announces(lower, listed=bool(opener and ":" in opener.group()))
    opener = opener if announces else None
    if announces and not (opener and rules["done_marker"].search(lower, opener.end())):
        # (the tasks named, then reported done: "Các nhiệm vụ trọng tâm của huyện gồm 16
        # nhiệm vụ đã cơ bản hoàn thành …", a result)
        state.mode = "tasks"  # "… đề ra nhiệm vụ trọng tâm trong quý II. Trong đó, …"
        # (or the tasks after its "; ": "… đã đề ra phương hướng, nhiệm vụ cụ thể của năm
        # 2019; chuẩn bị các điều kiện …; thực hiện tốt …")
        listed = opener.end() if opener else _listed_after_semicolon(lower)
        return _promised(text, start + listed, end) if listed > 0 else []
    beside = _result_beside_shortcoming(text, start, end, lower, done, state)
    if beside is not None:
        return beside
    found = None if state.mode else _inspection_found(text, start, end, lower)
    if found is not None:
        return found
    if _names_shortcoming(lower) and not (state.mode and _paragraph_opening(text, start, end)):
        # a shortcoming; but in a list, an item that opens with its action takes the
        # shortcoming as its object ("tháo gỡ khó khăn", "không để … thiếu hàng"); and
        # what will be done about it, after "theo đó", is read on its own
        then = rules["then_forward"].search(lower)
        return _sentence(text, start + then.end(), end, state, state.next_period) if then else []
    # ("Theo đó, 6 tháng đầu năm 2018, tốc độ tăng trưởng kinh tế của xã phát triển ổn
    # định; …" after the reports a session heard: the period reviewed, past its connector)
    told = lower[len(rules["period_connector"].match(lower).group()):]
    if _opens_with(told, state.period) or _opens_with(told, state.year_reviewed,
                                                      within=True) or (
            not state.mode and rules["looking_back"].match(lower.lstrip(" -+•"))):
        # "Trong tháng 12 năm 2018, Thường trực HĐND huyện chuẩn bị …; tham dự …" in the
        # report of December 2018, "Trong năm qua, Đài truyền thanh các xã … tham gia tốt
        # …": what was done in it, even with no "đã"; and so do the paragraph's sentences
        # after it
        state.mode = None
        state.reviewing = True
        # (the page tells the period reviewed: its later paragraphs' units' work is of it)
        state.period_told = state.period_told or bool(_opens_with(told, state.period))
        return [Found("action", a, b) for a, b in _pieces(text, start, end, by_verb=False)]
    praised = rules["praise"].search(lower)
    if praised:  # "… ghi nhận, biểu dương những kết quả …; nhất là <a result>"
        # or the results praised, listed after its "; " ("đánh giá cao những kết quả …;
        # công tác giám sát không ngừng nâng cao hiệu quả …; chất lượng … được nâng lên")
        detail = (rules["praise_detail"].search(lower, praised.end())
                  or _LIST_GOES_ON.search(lower, praised.end()))
        return [Found("action", a, b) for a, b in
                _pieces(text, start + detail.end(), end, by_verb=False)] if detail else []
    if _meeting_told(lower) and not (state.mode == "directive" and (
            _opens_job(text[start:end]) or _paragraph_opening(text, start, end)
            or _addressed_opening(text, start, end))):
        # (an item of a list of requests that names a meeting or a programme of work is a
        # task: "3. Phối hợp đơn vị tư vấn … tổng hợp ý kiến …; tổ chức họp", "- Liên hiệp
        # các Hội Khoa học Kỹ thuật tỉnh phối hợp …, tham gia đánh giá …")
        return _meeting_items(text, start, end, lower)
    at = start + (lead.end() if lead else 0)
    if state.mode and not done:  # the list of requests or tasks goes on
        return _list_goes_on(text, at, end, state)
    # "Bên cạnh đó, cần đẩy mạnh công tác tuyên truyền …, cần nâng cao …", "Về công tác tư
    # tưởng, cần giải quyết …": what must be done, said with no one named, one task per job
    after = _past_clause(text, at, end, "topic_comma")
    must = rules["modal"].match(for_matching(text[after:end]))
    must = must if must and _starts_with_verb(text[after + must.end():end]) else None
    if (_obliged(lower) or must) and not rules["done_marker"].search(lower):
        # "… chưa đạt phải đảm bảo hoàn thành …": what must be done, not what was; right
        # after a request, what its addressee must do ("… yêu cầu tỉnh Khánh Hòa cần tập
        # trung …" then "Trong quá trình thi công … phải tuyệt đối chú ý an toàn …")
        asked = state.asking and state.asked[0] is not None
        return [Found("directive", a, b, *state.asked) if asked else Found("commitment", a, b)
                for a, b in _pieces(text, start, end, by_verb=bool(must))]
    done_or_due = _done_or_due(text, start, end, lower, state)
    if done_or_due is not None:
        return done_or_due
    if ((state.results and (_opens_job(text[at:end]) or rules["figure"].search(lower)
                            or (_unit_opens(text, at, end)
                                and not rules["time_limit"].search(lower))))
            or state.reviewing or (state.looking_back and not forward and (
                _opens_job(text[at:end]) or _paragraph_opening(text, at, end)))
            or (state.mode is None and rules["dated_event"].match(lower))
            # "Trong đó buôn lậu, … là 61 vụ; …", "Tổng giá trị xử lý là 5,4 tỷ đồng": a total
            # and its parts counted (running.json breakdown)
            or (state.mode is None and not forward and rules["breakdown"].match(lower))
            or (state.period_told and state.mode is None and not forward
                and _unit_opens(text, at, end))):
        # "UBND huyện đã lãnh đạo, chỉ đạo …. Chủ động phối hợp với các sở, ngành …": the
        # paragraph's account of work done goes on, its "đã" understood (and with a unit
        # that acts: "…. Cùng với đó, UBND xã đẩy mạnh công tác tuyên truyền …"); "Trong tháng
        # 04/2025, kinh tế xã tiếp tục phát triển, …. Công nghiệp, … tập trung sản xuất …":
        # the month reviewed goes on; so do its figures ("Doanh số cho vay 45.708 triệu
        # đồng với 1.709 lượt hộ vay"); and on a page that opened on the months gone by
        # ("Trong 6 tháng qua …"), the next paragraphs' work ("Ủy ban mặt trận Tổ quốc xã
        # thực hiện tốt công tác tuyên truyền …") until it turns to what comes next
        return [Found("action", a, b) for a, b in _pieces(text, at, end, by_verb=False)]
    return []


def _weather(text: str, start: int, end: int, lower: str, future: re.Match[str]) -> bool:
    """Whether a sentence with a future marker forecasts (running.json forecast: "Theo dự
    báo, đợt không khí lạnh sẽ …"); not when the forecast is the job it promises ("Chi cục
    BVTV sẽ tăng cường công tác điều tra, …, đồng thời dự báo …")."""
    forecast = running_rules()["forecast"].search(lower)
    return forecast is not None and not (
        forecast.start() > future.start() and _opens_job(text[start + future.end():end]))


def _done_or_due(text: str, start: int, end: int, lower: str,
                 state: _Reading) -> list[Found] | None:
    """A sentence of work done ("đã …", "hoàn thành …", figures) as results; one that sets a
    time limit instead ("Cấp xã hoàn thành và báo cáo kết quả trước ngày 01/6/2015"), after
    a request, as tasks; None for any other."""
    rules = running_rules()
    limited = rules["time_limit"].search(lower)
    if rules["backward"].search(lower) and not limited:
        state.mode = None
        return [Found("action", a, b) for a, b in _pieces(text, start, end, by_verb=False)]
    if limited and state.asked[0] and not rules["done_marker"].search(lower):
        # "Về thời gian tổng kết: Cấp xã hoàn thành trước ngày 10/6/2021; cấp huyện …" in a
        # letter that has asked its units: what each named must finish by then, or, named
        # by no one, the units asked
        found = [_asked_again(text, a, b, None, state.asked[1], asking=False)
                 for a, b in _pieces(text, start, end, by_verb=True)]
        # (a unit the sentence names is asked the pieces after it too: "Trước 15 giờ ngày
        # 3/7/2019, các địa phương hoàn thành việc kiểm đếm …; cấm các hoạt động …")
        out, asked = [], state.asked[0]
        for f in found:
            asked = f.unit or asked
            out.append(replace(f, unit=asked))
        return out
    return None


def _person_says(opening: str) -> bool:
    """Whether a forward opening (matching form) begins with the person whose words follow
    ("theo ông nguyễn trọng nghĩa, thời gian tới, …"; running.json person)."""
    said = re.match(r"\W*theo\s+", opening)
    return said is not None and bool(running_rules()["person"].match(opening[said.end():]))


def _directs_ahead(text: str, start: int, end: int) -> bool:
    """Whether the words after a forward opening are a body directing units it names
    ("Trong thời gian tới, UBND huyện chỉ đạo các phòng, ban chuyên môn, UBND các xã, thị
    trấn đôn đốc …"): a request for the coming period, not the body's own promise."""
    request = _request(text, start, end)
    return request is not None and request[1] is not None and request[2] is not None


def _list_goes_on(text: str, start: int, end: int, state: _Reading) -> list[Found]:
    """A sentence that carries on the list of requests or tasks before it."""
    if state.mode != "directive":
        return _promised(text, start, end, by_verb=not state.item)
    start += _place_lead(text, start, end)  # (where the task is to be done: no task)
    opening = _paragraph_opening(text, start, end)
    named = None if opening else _addressee(text, start, end)
    lower = for_matching(text[start:end])
    ends = running_rules()["list_ends"].match(lower)
    # "Những cây cối dọc các tuyến giao thông và nhà ở yêu cầu lực lượng dân quân tự vệ cắt
    # tỉa": what a request is about, then whom it asks (not a unit the registry knows giving
    # work down: "UBND các huyện, TP. Cà Mau giao cho Phòng Văn hóa và Thông tin …")
    topic = _request_opening(text, _past_spaces(text, named[1], end), end) if (
        named and not starts_with_unit(text[start:end])) else None
    if opening and opening[1]:
        # "Sở NN-PTNT phối hợp …; chỉ đạo …": the unit this sentence asks, and the next
        state.asked = (opening[1], state.asked[1])
    elif topic and topic[1]:
        state.asked = (topic[1], state.asked[1])  # (the item keeps what it is about)
    elif named and _opens_job(text[named[1]:end]) and not (
            ends and running_rules()["speaker_turns"].match(for_matching(text[start:end]))):
        # "2. Trưởng các ban, ngành, đoàn thể phường, Trưởng các khóm, chỉ đạo …": who the
        # registry does not know, asked by name (not the speaker turning to praise, "Đồng chí
        # đánh giá cao những thành quả …")
        state.asked, start = (named[0], state.asked[1]), named[1]
    elif not opening and running_rules()["figure_stated"].match(lower):
        # "Số lượng trâu, bò thuộc diện bắt buộc phải tiêm phòng … là 23.740 con": a figure
        # stated, no one asked
        return [Found("action", a, b) for a, b in _pieces(text, start, end, by_verb=False)]
    elif ends or running_rules()["rule_stated"].match(lower):
        # "Việc điều tra, rà soát … làm cơ sở thực hiện …": what the work is for; "Theo đó,
        # thời gian nộp hồ sơ quyết toán … được tính từ ngày …": a rule in force, no task
        state.mode = None
        return []
    elif not _starts_with_verb(text[start:end]) and running_rules()["outcome_stated"].match(lower):
        # "Các chính sách về an sinh xã hội được đảm bảo, …" after "UBND huyện chỉ đạo …":
        # an outcome reached, the account of the period's work, no request
        state.mode = None
        return [Found("action", a, b) for a, b in _pieces(text, start, end, by_verb=False)]
    # "Chỉ đạo UBND cấp xã …" passes the work down, it asks no one new; a unit named with
    # its task is asked
    return _ask_each(text, _pieces(text, start, end, by_verb=not state.item, item=state.item),
                     *state.asked, asking=False)


def _result_beside_shortcoming(text: str, start: int, end: int, lower: str, done: bool,
                               state: _Reading) -> list[Found] | None:
    """The result of a sentence that also names a shortcoming, as what remains or as the
    setting it was reached in; None when the sentence is no such one."""
    rules = running_rules()
    remainder = rules["remainder"].search(lower) if done or not state.mode else None
    if remainder and _reports_done(lower[:remainder.start()]) and not _names_shortcoming(
            lower[:remainder.start()]):
        # "Đã đạt 14/18 tiêu chí còn 04 tiêu chí chưa đạt …": the figures reached are a
        # result, what remains a shortcoming (no item)
        state.mode = None
        # "…, còn 44 công dân chưa đến khám, địa phương sẽ tiếp tục điều động …": what will be
        # done about what remains, a promise (running.json remainder_then_promise)
        then = rules["remainder_then_promise"].search(lower, remainder.end())
        return [Found("action", a, b) for a, b in
                _pieces(text, start, start + remainder.start(), by_verb=False)] + (
            _promised(text, start + then.end(), end) if then else [])
    turn = None if state.mode else rules["then_however"].search(lower)
    if turn and _reports_done(lower[:turn.start()]) and not _names_shortcoming(
            lower[:turn.start()]):
        # "… các tổ chức đảng được kiểm tra, giám sát đã thực hiện khá tốt nội dung kiểm tra,
        # giám sát; tuy nhiên còn những hạn chế …": the result, then what falls short
        return [Found("action", a, b) for a, b in
                _pieces(text, start, start + turn.start(), by_verb=False)]
    conceded = None if state.mode else rules["concession"].search(lower)
    if conceded and rules["backward"].search(lower, conceded.end()):
        # "Trong điều kiện còn nhiều khó khăn, song nhờ sự nỗ lực …, tình hình … tiếp tục
        # phát triển": the difficulty is the setting, what follows the turn the result
        return [Found("action", a, b) for a, b in
                _pieces(text, start + conceded.end(), end, by_verb=False)]
    return None


_LIST_GOES_ON = re.compile(r";\s*")

MIN_ASSIGNED = 2  # numbered paragraphs opening with a unit that make a list of assignments
# also "1.Các cơ quan …" and a Roman number, "I. Kiểm tra lại hồ sơ …"
# "1.", "2)", "II.", and the bracketed or lettered numbers of a list set line by line ("(1)
# Thực hiện …;" then "(2) Nâng cao …;", "a) …")
_DASH = re.compile(r"\s*[-–+•]\s+")  # "- …", "+ …", "• …"
_DASH_ITEM = re.compile(r"\s*[-–+•]\s*(?=\w)")  # the next line a list's dash item ("-Thường …")
MAX_UNIT_HEADING_WORDS = 10  # "2. Công chức Địa chính- Đất đai"


def _numbered_unit(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit a numbered paragraph opens with and where its text begins (after the
    number): "2. Sở Giáo dục và Đào tạo chủ trì …" -> ("Sở Giáo dục và Đào tạo", …)."""
    number = _list_number(text, start, end)
    if number is None:
        return None
    # "1. Đối với các cơ quan, đơn vị, 12 thôn: Thường xuyên tổ chức …": who, then what
    named = running_rules()["for_whom"].match(for_matching(text[number.end():end]))
    if named and not _starts_with_verb(named.group(1)):
        who = text[number.end() + named.start(1):number.end() + named.end(1)]
        return collapse_spaces(who), number.end() + named.end()
    unit = unit_name_at(text[:end], number.end())  # ("3. Trung tâm … huyện" is all a name)
    word = re.match(r"(\w+(?:\s+\w+){0,2}?)\s+(?=[" + UPPER + "])", text[number.end():end])
    if unit is None and word and running_rules()["opening_request"].match(
            for_matching(word.group(1))):
        # "2. Giao Chủ tịch Ủy ban nhân dân các xã, thị trấn ban hành …": the unit given
        # the paragraph's tasks by its own request word
        given = unit_name_at(text[:end], number.end() + word.end())
        return (canonical_unit(given[0]) or given[0], number.end()) if given else None
    if unit is None or _reports_done(for_matching(text[unit[1]:end]),
                                                      asking=True):
        return None
    colon = re.match(r"\s*:\s*", text[unit[1]:end])  # "3. Công an tỉnh: phối hợp …"
    if colon or not text[unit[1]:end].strip():  # (or a heading that is only the unit's name)
        return canonical_unit(unit[0]) or unit[0], unit[1] + (colon.end() if colon else 0)
    return canonical_unit(unit[0]) or unit[0], number.end()


def _units_listed(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit a text opens with, or the list of units it opens with, joined by commas or
    "và" ("Công an tỉnh, Bộ Chỉ huy quân sự tỉnh, …, Ban An toàn giao thông tỉnh thường
    xuyên cập nhật …"), and where the name or list ends."""
    first = unit_name_at(text[:end], start)
    if first is None:
        return None
    last = first
    while True:
        joiner = re.match(r"\s*(?:,|\bvà\b)\s*", text[last[1]:end])
        following = unit_name_at(text[:end], last[1] + joiner.end()) if joiner else None
        if following is None:
            # a name read over the list's commas may stop inside the last unit's own "và"
            # ("…, Sở Thông tin" of "Sở Thông tin và Truyền thông"): that unit read again
            comma = text.rfind(", ", start, last[1])
            following = unit_name_at(text[:end], comma + 2) if comma > start else None
            if following is None or following[1] <= last[1]:
                break
        last = following
    if last is first:
        return canonical_unit(first[0]) or first[0], first[1]
    return text[start:last[1]].strip(), last[1]  # (a list as written)


def _paragraph_opening(text: str, start: int, end: int) -> tuple[int, str | None] | None:
    """Where a paragraph that carries a list on begins its task, and the unit it names
    first, if any: a verb ("Tiếp tục …"), or a unit and a verb ("Công an tỉnh, Bộ CHQS tỉnh
    phối hợp …"), after words that do not stop a list ("Theo chức năng, nhiệm vụ được giao,
    …"); None for any other paragraph. A time limit that opens it stays with its task
    ("Trước 15 giờ ngày 3/7/2019, các địa phương hoàn thành …"; running.json due_lead)."""
    due = running_rules()["due_lead"].match(for_matching(text[start:end]))
    opening = _opening_past_lead(text, start + (due.end() if due else 0), end)
    return (start, opening[1]) if due and opening else opening


def _opening_past_lead(text: str, start: int, end: int) -> tuple[int, str | None] | None:
    """_paragraph_opening past a time limit that opens the paragraph."""
    rules = running_rules()
    lead = rules["paragraph_lead"].match(for_matching(text[start:end]))
    at = start + (lead.end() if lead else 0)
    condition = rules["condition"].match(for_matching(text[at:end]))  # "Trong trường hợp … thì"
    at += condition.end() if condition else 0
    # "Đối với những CLB thi đấu sân nhà tại vòng 2: BTC trận đấu phối hợp …": for whom,
    # then the task and its doer
    topic = rules["for_whom"].match(for_matching(text[at:end]))
    at += topic.end() if topic and ":" in topic.group() else _level_topic(text, at, end)
    at += _place_lead(text, at, end)
    # "Nếu đơn vị nào đã thu cần kịp thời trả lại …": what must then be done, after a condition;
    # "Bắt buộc phải sử dụng áo phao …": what must be done, opening the paragraph
    modal = (rules["then_must"] if condition else rules["modal"]).match(
        for_matching(text[at:end]))
    at_acts = at + (modal.end() if modal else 0)
    # "chủ động triển khai …", "Chủ động, phối hợp với …" (the comma read as a space)
    manner = rules["manner"].match(re.sub(r"^(\W*\w+(?: \w+)?),(?=\s)", r"\1 ",
                                          for_matching(text[at_acts:end])))
    acts = at_acts + (manner.end() if manner else 0)
    # "Tuyệt đối không được tự ý thiết lập thêm …": what must not be done; "Việc tiếp nhận
    # học sinh chuyển trường, cần thực hiện đúng …": a matter and what must be done about it
    said = for_matching(text[at:end])
    matter = rules["matter_must"].match(said)
    named_for = rules["for_unit"].match(said)
    if matter and named_for and not rules["matters"].match(said[named_for.end():]):
        matter = None  # "Đối với UBND các xã phải …": whom it is for, below
    if (_starts_with_verb(text[acts:end]) or _forbids(text[acts:end])
            or (matter and _starts_with_verb(text[at + matter.end():end]))):
        return at, None
    duty = rules["duty_of"].match(for_matching(text[at:end]))
    duty_of = _units_listed(text, at + duty.end(), end) if duty else None
    copula = re.match(r"\s+là\s+", text[duty_of[1]:end]) if duty_of else None
    if duty_of and copula and _opens_job(text[duty_of[1] + copula.end():end]):
        return at, duty_of[0]  # "Nhiệm vụ của Bộ TNMT là chủ trì, phối hợp …"
    if named_for:  # "Đối với Trung tâm Y tế Thành phố phối hợp với Phòng Y tế tham mưu …"
        unit = _units_listed(text, at + named_for.end(), end)
        # (not a topic whose sentence asks someone: "Đối với các trường [hợp] thải rác …,
        # giao trách nhiệm cho bộ phận ĐC-XD phường kiểm tra …")
        comma = said.find(", ")
        stop = next((m.start() for m in re.finditer(r"[.;](?=\s)", said)), len(said))
        # ("Đối với các trường THCS, phải hoàn thành …": what they must do, after a comma)
        words = ("modal", "manner") if unit and text[unit[1]:unit[1] + 1] == "," else (
            "manner",)
        if (unit and unit[1] < end and _acts_after(text, unit[1], end, words)
                and not (comma > 0 and any(
                    comma < w.start() < stop
                    and not rules["not_request_after"].search(said[:w.start()])
                    for w in _request_words(said)))):
            # ("…, tăng cường chỉ đạo, kiểm tra …": its own work, running.json
            # not_request_after, not someone asked)
            return at + named_for.end(), unit[0]
    unit = _units_listed(text, at, end)
    named = _addressee(text, at, end) if unit and text[unit[1]:unit[1] + 1] == "," else None
    if named and unit and named[1] > unit[1]:
        unit = named  # "Các bộ, ngành tiếp tục …": the list, not the registry's first name
    # "… theo chức năng, thẩm quyền tăng cường …", "… chủ động chỉ đạo"
    # ("… là cơ quan chủ trì, thường xuyên kiểm tra …": its role, then a manner)
    if unit and unit[1] < end and _acts_after(text, unit[1], end,
                                              ("paragraph_lead", "manner", "manner")):
        return at, unit[0]
    return None


MAX_PLACE_LEAD = 240  # where a task is to be carried out, named before it, in characters


def _place_lead(text: str, at: int, end: int) -> int:
    """How long the places a paragraph opens by naming where its task is to be carried
    out are, to the comma after which the task begins ("Tại các khu vực, địa điểm có nguy cơ
    cao như nhà hàng, quán ăn, …, tổ chức ký cam kết …"); 0 otherwise."""
    said = for_matching(text[at:end])
    if not running_rules()["place_lead"].match(said):
        return 0
    return next((m.end() for m in re.finditer(r",\s*", said[:MAX_PLACE_LEAD])
                 if _opens_job(text[at + m.end():end])), 0)


def _level_topic(text: str, at: int, end: int) -> int:
    """How long a topic of level the paragraph opens with is when a unit and its action come
    right after its comma ("Đối với cấp tỉnh, Tỉnh Đoàn phối hợp với … tham mưu …"); 0
    otherwise."""
    topic = running_rules()["level_topic"].match(for_matching(text[at:end]))
    if topic is None:
        return 0
    unit = _units_listed(text, at + topic.end(), end)
    return topic.end() if unit and _acts_after(text, unit[1], end, ("manner",)) else 0


def _unit_opens(text: str, at: int, end: int) -> bool:
    """Whether the paragraph opens with a unit and its action ("Hội Nông dân xã thường
    xuyên quan tâm chỉ đạo …"), not with an action alone."""
    opening = _paragraph_opening(text, at, end)
    return opening is not None and opening[1] is not None


def _acts_after(text: str, at: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether what follows a doer's name at `at` is an action, past a comma and the kinds
    of words (running.json keys, in order) that may stand between them."""
    rest = one_spaced(text[at:end]).lstrip(" ,")  # "… tỉnh thường  xuyên cập nhật …"
    for key in words:
        found = running_rules()[key].match(for_matching(rest))
        rest = rest[found.end():] if found else rest
    # "Các cơ quan, đơn vị, địa phương tuyệt đối không chủ quan, lơ là, …": what they must not
    return _starts_with_verb(rest) or _forbids(rest)


def _forbids(text: str) -> bool:
    """Whether the text opens with what must not be done: a prohibition, then an act
    ("không được tự ý thiết lập …", "không mua bán lợn …", "không chủ quan, lơ là …")."""
    rules = running_rules()
    barred = rules["prohibition"].match(for_matching(text))
    if barred is None:
        return False
    rest = text[barred.end():]
    return _starts_with_verb(rest) or bool(rules["prohibited_act"].match(for_matching(rest)))


def _list_opening(text: str, start: int, end: int,
                  state: _Reading) -> tuple[int, str | None] | None:
    """_paragraph_opening, or in a list of requests announced with a colon,
    _addressed_opening."""
    opening = _paragraph_opening(text, start, end)
    if opening is None and state.mode == "directive" and state.listed:
        return _addressed_opening(text, start, end)
    return opening


def _addressed_opening(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where a paragraph of a list of requests announced with a colon begins its task when
    it opens with whom the registry does not know and what they must do ("… đề nghị:" then
    "Các cơ quan báo, đài trong tỉnh chủ động phối hợp …"), and who; None otherwise."""
    who = _addressee(text, start, end)
    if who is None or not find_head(who[0]):  # (not "Các phụ lục kèm theo …": no body)
        return None
    return (start, who[0].strip(" ,")) if _acts_after(text, who[1], end,
                                                       ("manner", "modal")) else None


def _reports_done(lower: str, *, asking: bool = False) -> bool:
    """Work reported as done or figures reached: "đã …", "đạt 44,72% kế hoạch"; while
    requests are being listed only "đã" says so (a figure there is a target)."""
    rules = running_rules()
    if rules["present_state"].match(lower):
        return True  # "Được biết, hiện nay Điện lực … đang quản lý 51 trạm biến áp …": a fact
    if asking:  # "các xã đã …", not "khu vực đã xảy ra sạt lở" inside a request's object
        return bool(rules["done_early"].match(lower))
    return bool(rules["reported_done"].search(lower))


def _headline(paragraph: str) -> bool:
    """A published page's headline: its first paragraph, one short line with no full stop
    ("Thuận Nam: Triển khai nhiệm vụ tháng 2-2021"); not one that announces what follows
    ("Sở Giáo dục và Đào tạo đề nghị Thủ trưởng đơn vị thực hiện:", a page cut before its
    title, nor one that goes on from what came before, "Theo đó, UBND tỉnh yêu cầu …", a
    page cut after its first sentence)."""
    line = paragraph.strip()
    lead = running_rules()["paragraph_lead"].match(for_matching(line))
    return ("\n" not in line and len(line) <= MAX_HEADLINE
            and not line.endswith((*SENTENCE_ENDS, ":"))
            and not (lead and lead.group().strip()))


def _byline(paragraph: str) -> bool:
    """A byline: a short paragraph of a name or two, in capitals or ending the text."""
    words = paragraph.strip(" .").split()
    if not words or len(words) > 5:
        return False
    letters = [c for c in paragraph if c.isalpha()]
    return all(c.isupper() for c in letters) or all(w[:1].isupper() for w in words)


# the status cue of an item read from running text, by its kind
CUES = {"action": "done", "commitment": "planned", "directive": "planned"}


def cue(kind: str, text: str) -> str:
    """A running-text item's status cue: a result told as under way ("Hai dự án đang được
    kiểm tra …", running.json under_way) with no "đã" is work in progress, not done."""
    rules = running_rules()
    lower = for_matching(text)
    if kind == "action" and rules["under_way"].search(lower) and not rules["done_marker"].search(
            lower):
        return "in_progress"
    return CUES[kind]


def sender(text: str, found: list[Found]) -> str | None:
    """Who a press page that names no sender reports: the body whose requests it passes on
    ("Cục An toàn thực phẩm, Bộ Y tế có công văn gửi Sở Y tế … đề nghị …"), else the body it
    says issued a letter ("Cục An toàn thực phẩm đã có công văn yêu cầu …"); None."""
    return next((name for f in found if f.kind == "directive" and f.speaker
                 and (name := _speaking_body(f.speaker))), None) or _letter_issuer(text)


MAX_SENDER_WORDS = 6


def _before_act(words: str) -> str:
    """A speaker's words up to what the body did ("Cục An toàn thực phẩm, Bộ Y tế có công
    văn gửi …" -> "Cục An toàn thực phẩm"; running.json body_ends)."""
    return str(running_rules()["body_ends"].split(words.strip(), maxsplit=1)[0])


def _letter_issuer(text: str) -> str | None:
    """The first body of the unit registry a page says issued a letter (running.json
    issued_letter: "Cục An toàn thực phẩm đã có công văn …")."""
    names = []
    for found in running_rules()["issued_letter"].finditer(for_matching(text)):
        body = _speaking_body(text[found.start():found.end()])
        if body:
            return body
        names.append(_before_act(text[found.start():found.end()]))
    # a body the registry does not know, named in capitals ("Bộ VHTT-DL có công văn …")
    return next((name for name in names if name[:1].isupper()
                 and 2 <= len(name.split()) <= MAX_SENDER_WORDS), None)


def _speaking_body(speaker: str) -> str | None:
    """A speaker that is a body of the unit registry named in full ("Cục An toàn thực phẩm,
    Bộ Y tế"), or the body a person speaks for by their title ("ông Mai Thanh Thắng - Phó
    Chủ tịch UBND tỉnh Bình Định"); not a body named only by its kind ("Cục")."""
    rules = running_rules()
    body = _before_act(speaker)
    named = unit_name_at(body, 0)
    if named and len(named[0].split()) >= 2 and not rules["title_of"].match(for_matching(body)):
        # "Phó Thủ tướng Chính phủ Hồ Quốc Dũng": the office, not its holder's name
        return canonical_unit(str(rules["person_name"].sub("", named[0]))) or named[0]
    speaker = speaker.strip()  # "bà Hồ Thị Nguyên Thảo, Phó chủ tịch UBND tỉnh Phú Yên, đã"
    for title in rules["title_of"].finditer(for_matching(speaker)):
        named = unit_name_at(_before_act(speaker[title.end():]), 0)
        if named and len(named[0].split()) >= 2:
            # "Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng": the body, not its officer's name
            return str(rules["person_name"].sub("", named[0]))
    return None
