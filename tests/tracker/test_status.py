"""Status decisions as pure functions: precedence, reviews, timeliness."""

from dataclasses import replace
from datetime import date

import pytest

from tracker.followup.status import Evidence, deadline_of, decide

Q2 = (date(2024, 4, 1), date(2024, 6, 30))


def ev(score=0.8, cue="done", verdict="suggested", relation="evidence", start=date(2024, 4, 1),
       end=date(2024, 6, 30), progress=None):
    return Evidence(None, relation, score, cue, verdict, start, end, progress)


def deliverable(links, **bars):
    """A deliverable of Q2 judged on 30 September with the usual bars (and `bars`, the
    standing or running one)."""
    return decide(links=links, period_start=Q2[0], period_end=Q2[1], deadline_text=None,
                  covered=True, as_of=date(2024, 9, 30), evidence_threshold=0.45,
                  repetition_threshold=0.6, repetition_margin=0.2, task_kind="deliverable",
                  **bars)


def status(links, covered=True, as_of=date(2024, 9, 30), deadline_text=None):
    return decide(links=links, period_start=Q2[0], period_end=Q2[1], deadline_text=deadline_text,
                  covered=covered, as_of=as_of, evidence_threshold=0.45,
                  repetition_threshold=0.6, repetition_margin=0.2)


@pytest.mark.parametrize(("links", "covered", "expected"), [
    ([ev()], True, "done"),
    ([ev(cue="in_progress")], True, "in_progress"),
    ([ev(cue="not_done")], True, "in_progress"),
    ([ev(progress=0.5)], True, "in_progress"),                        # 2 of 4 classes
    ([ev(relation="repetition", cue="planned")], True, "carried_over"),
    ([], True, "not_reported"),
    ([], False, "pending"),
    ([ev(score=0.2)], True, "not_reported"),                          # too weak to count
    ([ev(cue="in_progress"), ev(relation="repetition", cue="planned")], True, "in_progress"),
    ([ev(), ev(cue="in_progress")], True, "done"),                    # done wins
    ([ev(verdict="rejected")], True, "not_reported"),                 # a reviewer said no
    ([ev(score=0.1, verdict="confirmed")], True, "done"),             # a reviewer said yes
    # a renewed promise matching far better than a claimed completion: carried over
    ([ev(score=0.5), ev(relation="repetition", cue="planned", score=0.95)], True, "carried_over"),
    ([ev(score=0.5, verdict="confirmed"), ev(relation="repetition", cue="planned", score=0.95)],
     True, "done"),
])
def test_precedence(links, covered, expected):
    assert status(links, covered).status == expected


def test_timeliness():
    assert status([ev()]).timeliness == "on_time"
    assert status([ev(start=date(2024, 7, 1), end=date(2024, 9, 30))]).timeliness == "late"
    assert status([], as_of=date(2024, 9, 30)).timeliness == "overdue"
    assert status([], as_of=date(2024, 6, 1)).timeliness == "in_time"
    explicit = status([ev(start=date(2024, 4, 1))], deadline_text="trước ngày 15/3/2024")
    assert explicit.deadline == date(2024, 3, 15) and explicit.timeliness == "late"


@pytest.mark.parametrize(("text", "expected"), [
    ("trước ngày 30/6/2024", date(2024, 6, 30)),
    ("trước ngày 20/9", date(2024, 9, 20)),
    ("hoàn thành trong Quý I năm 2024", date(2024, 3, 31)),
    ("trước ngày 20 tháng 9 năm 2024", date(2024, 9, 20)),
    ("trong tháng 5/2024", date(2024, 5, 31)),      # a month: its last day
    ("trong 6 tháng cuối năm 2024", date(2024, 12, 31)),  # a period the rules name
    ("sớm nhất có thể", date(2024, 6, 30)),      # words that set none: the period's end
    (None, date(2024, 6, 30)),                  # no deadline: the end of its period
])
def test_deadlines(text, expected):
    assert deadline_of(text, *Q2) == expected


def test_explanation_carries_the_evidence():
    decision = status([Evidence(7, "evidence", 0.9, "done", "suggested", *Q2, None,
                                "Đã hoàn thành.", "q2.txt", {"coverage": 0.9})])
    assert decision.explanation["evidence"]["sentence"] == "Đã hoàn thành."
    assert decision.explanation["evidence"]["link_id"] == 7
    assert decision.explanation["evidence"]["features"] == {"coverage": 0.9}


def test_among_equal_completions_the_first_report_says_when():
    def said(cue, quarter):
        start, end = {2: Q2, 3: (date(2024, 7, 1), date(2024, 9, 30))}[quarter]
        return Evidence(None, "evidence", 0.8, cue, "suggested", start, end,
                        sentence=f"{cue} in Q{quarter}")

    for links in ([said("done", 2), said("done", 3)], [said("done", 3), said("done", 2)]):
        decision = status(links)
        assert decision.explanation["evidence"]["sentence"] == "done in Q2"
        assert decision.status == "done" and decision.timeliness == "on_time"
    # work under way: the latest word counts
    for links in ([said("in_progress", 2), said("in_progress", 3)],
                  [said("in_progress", 3), said("in_progress", 2)]):
        assert status(links).explanation["evidence"]["sentence"] == "in_progress in Q3"


def test_a_result_of_the_tasks_own_unit_is_shown_first():
    def said(score, cue, own, sentence):
        return Evidence(None, "evidence", score, cue, "suggested", *Q2, sentence=sentence,
                        features={"same_unit": float(own)})

    steering = said(0.6, "in_progress", False, "Ban chỉ đạo tỉnh chỉ đạo …")
    unit = said(0.5, "in_progress", True, "Bảo hiểm xã hội tỉnh: Đã cập nhật …")
    for links in ([steering, unit], [unit, steering]):
        assert status(links).explanation["evidence"]["sentence"] == unit.sentence
    # the unit's result does not hide another's completion: the status stands
    done = said(0.6, "done", False, "Đã hoàn thành …")
    decision = status([unit, done])
    assert decision.status == "done" and decision.explanation["evidence"]["sentence"] == done.sentence


def test_a_completion_promised_again_later_was_a_step():
    q2 = (date(2024, 4, 1), date(2024, 6, 30))
    q3 = (date(2024, 7, 1), date(2024, 9, 30))
    launched = Evidence(None, "evidence", 0.8, "done", "suggested", *q2, sentence="phát động")
    again = Evidence(None, "repetition", 0.9, "planned", "suggested", *q3, sentence="trao giải")
    assert status([launched, again]).status == "in_progress"
    # the same report may report it done and promise the next round: still done
    same = Evidence(None, "repetition", 0.9, "planned", "suggested", *q2)
    assert status([launched, same]).status == "done"
    # a weaker match later does not undo it, nor does anything undo a confirmed link
    weaker = Evidence(None, "repetition", 0.7, "planned", "suggested", *q3)
    assert status([launched, weaker]).status == "done"
    confirmed = replace(launched, verdict="confirmed")
    assert status([confirmed, again]).status == "done"


@pytest.mark.parametrize(("task_kind", "timeliness"), [
    ("deliverable", "overdue"), ("ongoing", None), ("recurring", None), (None, "overdue")])
def test_an_ongoing_or_recurring_task_is_never_overdue(task_kind, timeliness):
    decision = decide(links=[ev(cue="in_progress")], period_start=Q2[0], period_end=Q2[1],
                      deadline_text="trước ngày 15/5/2024", covered=True,
                      as_of=date(2024, 9, 30), evidence_threshold=0.45,
                      repetition_threshold=0.6, repetition_margin=0.2, task_kind=task_kind)
    assert decision.status == "in_progress"
    assert decision.timeliness == timeliness


def judged(links, task_kind, evidence_threshold=0.45) -> str:
    return decide(links=links, period_start=Q2[0], period_end=Q2[1], deadline_text=None,
                  covered=True, as_of=date(2024, 9, 30), evidence_threshold=evidence_threshold,
                  repetition_threshold=0.6, repetition_margin=0.2, task_kind=task_kind).status


def test_work_on_an_ongoing_duty_copied_into_the_next_report_is_progress():
    # "Duy trì thu nhận hồ sơ …" promised again word for word, and the month's figures
    # ("đã thu nhận 3.830.878 lượt hồ sơ") match it less well than the copy
    links = [ev(score=0.48), ev(relation="repetition", cue="planned", score=1.0)]
    assert judged(links, "ongoing") == "in_progress"
    # a job: the claim is about something else
    assert judged(links, "deliverable") == "carried_over"


def test_work_on_an_ongoing_duty_listed_again_in_other_words_is_progress():
    # "Phối hợp, định hướng … công tác tuyên truyền" listed again (0.70, not word for word),
    # and the month's "Đăng tải 10 tin, bài, phóng sự …" (0.31) reports work on it
    links = [ev(score=0.31), ev(relation="repetition", cue="planned", score=0.70)]
    assert judged(links, "ongoing", 0.30) == "in_progress"
    assert judged(links, "recurring", 0.30) == "in_progress"
    assert judged(links, "deliverable", 0.30) == "carried_over"


@pytest.mark.parametrize(("links", "standing", "expected"), [
    # a series that re-issues its task list: listed again word for word, the task is judged
    # by the month's results alone, from the lower bar, and a completion is progress
    ([ev(score=0.2), ev(relation="repetition", cue="planned", score=1.0)], 0.15, "in_progress"),
    ([ev(score=0.2), ev(relation="repetition", cue="planned", score=1.0)], None, "carried_over"),
    ([ev(score=0.1), ev(relation="repetition", cue="planned", score=1.0)], 0.15, "carried_over"),
    # listed again in other words, or not at all: the month's results are still read from
    # the lower bar (Đề án 06: "Tiếp tục thực hiện nghiêm việc liên thông dữ liệu …" comes
    # back reworded, and its work is reported in figures), but a completion that matches
    # far worse than the renewed promise is about something else, and a completion of a
    # task the list dropped stays a completion
    ([ev(score=0.2), ev(relation="repetition", cue="planned", score=0.8)], 0.15, "carried_over"),
    ([ev(score=0.2, cue="in_progress"), ev(relation="repetition", cue="planned", score=0.8)],
     0.15, "in_progress"),
    ([ev(score=0.2, cue="in_progress"), ev(relation="repetition", cue="planned", score=0.8)],
     None, "carried_over"),
    ([ev(score=0.2)], 0.15, "done"),
    ([ev(score=0.2)], None, "not_reported"),
    # a reviewer's confirmation of a completion stands
    ([ev(score=0.2, verdict="confirmed"), ev(relation="repetition", cue="planned", score=1.0)],
     0.15, "done"),
])
def test_a_task_of_a_standing_list_is_judged_by_the_results(links, standing, expected):
    decision = deliverable(links, standing=standing)
    assert decision.status == expected
    assert decision.explanation["evidence_bar"] == (0.45 if standing is None else standing)


def test_another_units_own_result_clears_only_the_ordinary_bar_in_a_standing_list():
    # Đề án 06 series, Aug -> Sep: "Sở Tư pháp … đôn đốc … làm sạch dữ liệu hộ tịch" listed
    # again, while the month's best result is another unit's own work ("Thuế tỉnh Lâm Đồng
    # phối hợp với Công an tỉnh: Làm sạch … 62.423 dữ liệu"): the task is carried over
    other = Evidence(None, "evidence", 0.2, "done", "suggested", date(2024, 4, 1),
                     date(2024, 6, 30), features={"other_unit": 1.0})
    again = ev(relation="repetition", cue="planned", score=1.0)
    assert deliverable([other, again], standing=0.15).status == "carried_over"
    assert deliverable([ev(score=0.2), again], standing=0.15).status == "in_progress"


@pytest.mark.parametrize(("kind", "standing", "expected"), [
    # an ongoing duty of a series that re-issues its task list ("Đôn đốc thực hiện nhiệm vụ
    # tại Kế hoạch 02 …") stands whatever the month did: the work reported is progress
    ("ongoing", 0.15, "in_progress"),
    ("recurring", 0.15, "in_progress"),
    ("deliverable", 0.15, "done"),
    ("ongoing", None, "done"),  # a report that is no such series: the completion it reports
])
def test_an_ongoing_duty_of_a_standing_list_is_in_progress_when_reported_done(
        kind, standing, expected):
    decision = decide(links=[ev(score=0.8)], period_start=Q2[0], period_end=Q2[1],
                      deadline_text=None, covered=True, as_of=date(2024, 9, 30),
                      evidence_threshold=0.45, repetition_threshold=0.6,
                      repetition_margin=0.2, task_kind=kind, standing=standing)
    assert decision.status == expected


@pytest.mark.parametrize(("links", "running", "expected"), [
    # directive follow-up dev pair p02: in running text the unit's later promise, matching the
    # directive as well as the running bar asks ("Đồng thời, từ ngày 27/3, toàn bộ học sinh
    # … phải quay lại học tập" for "khẩn trương ổn định học tập cho học sinh"), shows the
    # matter in hand
    ([ev(score=0.1), ev(relation="repetition", cue="planned", score=0.22)], 0.15,
     "in_progress"),
    # below the running bar it says nothing; word for word it is the task listed again
    ([ev(score=0.1), ev(relation="repetition", cue="planned", score=0.12)], 0.15,
     "not_reported"),
    ([ev(score=0.1), ev(relation="repetition", cue="planned", score=0.9)], 0.15,
     "carried_over"),
    # a report that is no running text keeps its promises as promises
    ([ev(score=0.1), ev(relation="repetition", cue="planned", score=0.22)], None,
     "not_reported"),
    # a reviewer's rejection stands
    ([ev(score=0.1), ev(relation="repetition", cue="planned", score=0.22,
                        verdict="rejected")], 0.15, "not_reported"),
])
def test_a_units_later_promise_in_running_text_is_work_under_way(links, running, expected):
    decision = deliverable(links, running=running)
    assert decision.status == expected
