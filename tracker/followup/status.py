"""A commitment's status from its links, as pure functions over plain data.

done        a later result shows it completed (or all the promised quantity done);
in_progress a later result shows work under way, part of the quantity, or not yet done;
carried_over no such result, and a later report promises it again;
not_reported later reports covering its period say nothing about it ("chưa thấy báo cáo");
pending     no later report covers its period yet.
Precedence: done > in_progress > carried_over > not_reported. A confirmed link beats the
machine's suggestions; a rejected one is ignored; a reviewer's status wins over all.
"""

from dataclasses import dataclass, field, replace
from datetime import date

from models import CONTINUING_KINDS, reviewer_wins
from nlp import deadline_date


@dataclass(frozen=True)
class Evidence:
    """A link as status decisions see it."""

    link_id: int | None
    relation: str  # evidence | repetition
    score: float
    cue: str  # what the evidence sentence says: done | in_progress | not_done | planned
    verdict: str  # suggested | confirmed | rejected
    report_start: date | None  # the period of the report the evidence comes from
    report_end: date | None
    progress: float | None = None
    sentence: str = ""
    source: str = ""
    features: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    status: str
    timeliness: str | None
    progress: float | None
    deadline: date | None
    explanation: dict


def deadline_of(deadline_text: str | None, period_start: date | None,
                period_end: date | None) -> date | None:
    """An explicit deadline ("trước ngày 30/6/2024", "trong Quý I năm 2024") as a date
    (read by nlp's deadline rules), else the end of the period the commitment was made for."""
    if deadline_text:
        found = deadline_date(deadline_text, period_start.year if period_start else None)
        if found:
            return found
    return period_end


VERBATIM = 0.95  # a repetition scoring this much is the task copied into the next report


def decide(*, links: list[Evidence], period_start: date | None, period_end: date | None,
           deadline_text: str | None, covered: bool, as_of: date,
           evidence_threshold: float, repetition_threshold: float,
           repetition_margin: float = 1.0, task_kind: str | None = None,
           deadline: date | None = None, standing: float | None = None,
           running: float | None = None) -> Decision:
    """The status of one commitment. `covered`: a later report covers its period.

    An ongoing duty or a recurring task ("tiếp tục …", "định kỳ hằng tháng …") has no end
    point to miss: it is never overdue.

    When a later report promises the task again in words that match it far better
    (by `repetition_margin`) than a reported completion, that completion is about something
    else; when a report after the completion's own promises it again at least as closely,
    the completion was one step (work in progress). A confirmed link is never set aside or
    downgraded this way.

    `standing`: the evidence bar for a task of a report whose task list a later report
    re-issues (tracker.followup.update decides which; linking.json's standing_share): such a
    series reports its work in the month's results, in figures more than in the task's
    words, so every task of it is read from this bar. Listed again word for word, the task
    is judged by the later results alone, and a completion reported for it is progress:
    the list still holds the task; so is one reported for an ongoing duty of such a series.

    `running`: the evidence bar for a directive whose evidence is all read from running
    text (a press page, a meeting summary: linking.json's running_evidence): such a text
    tells the unit's work on the matter in its own words, seldom in the task's; and a later
    promise of its unit that clears that bar, short of a repetition, shows work under way.
    """
    live = [e for e in links if e.verdict != "rejected"]
    if running is not None:
        # in running text a later promise of the unit that matches the directive as well as
        # the running bar asks, though far from word for word ("Sở GD&ĐT sẽ đề nghị hủy kết
        # quả …", "Đoàn sẽ kiểm tra …"), tells the unit has the matter in hand: work under way
        live = [replace(e, relation="evidence", cue="in_progress")
                if e.relation == "repetition" and e.verdict == "suggested"
                and running <= e.score < repetition_threshold else e for e in live]
    confirmed = [e for e in live if e.verdict == "confirmed"]
    repeats = [e for e in live if e.relation == "repetition"
               and (e.verdict == "confirmed" or e.score >= repetition_threshold)]
    top = max((r.score for r in repeats), default=0.0)
    listed_again = standing is not None and top >= VERBATIM
    bar = standing if standing is not None else running if running is not None \
        else evidence_threshold
    # (the standing bar is for results of the task's own work, told in figures and words of
    # their own; a result another named unit reports of its own work, link feature
    # "other_unit", still has to clear the ordinary bar)
    evidence = [e for e in (confirmed or live) if e.relation == "evidence"
                and (e.verdict == "confirmed" or e.score >= (
                    max(bar, evidence_threshold)
                    if standing is not None and e.features.get("other_unit") else bar))]
    continuing = task_kind in CONTINUING_KINDS
    if listed_again or (standing is not None and continuing):
        # (an ongoing duty of such a series stands in its list whatever the month did: the
        # work reported on it is progress, "Đôn đốc thực hiện nhiệm vụ tại Kế hoạch 02 …")
        evidence = [replace(e, cue="in_progress") if e.cue == "done" and e.verdict != "confirmed"
                    else e for e in evidence]
    elif repeats and not any(e.verdict == "confirmed" for e in evidence):
        # A claim of completion that matches far worse than the renewed promise is about
        # something else; work under way and a renewed promise go together.
        if continuing:
            # An ongoing duty is listed again as a matter of course, in words closer to
            # its own than any report of work: being listed again says nothing about what
            # the evidence is about, so the work reported on it is progress, not a claim
            # to set aside (a deliverable's claim that far worse is about something else).
            evidence = [replace(e, cue="in_progress") if e.cue == "done"
                        and top - _matched(e) >= repetition_margin else e for e in evidence]
        evidence = [e for e in evidence if e.cue != "done" or top - _matched(e) < repetition_margin]
        # A completion that a later report promises again, in words that match at least as
        # well, was a step: "phát động Giải báo chí" (Q2), then "Tổ chức Lễ trao Giải" (Q4).
        evidence = [replace(e, cue="in_progress") if e.cue == "done" and e.verdict != "confirmed"
                    and any(_later(r, e) and r.score >= _matched(e) for r in repeats) else e
                    for e in evidence]
    # a deadline the task already has (extracted as a date, or set by a reviewer) wins
    deadline = deadline or deadline_of(deadline_text, period_start, period_end)
    best = _best(evidence)
    progress = best.progress if best else None
    if best and complete(best.cue, progress):
        status = "done"
    elif best:
        status = "in_progress"
    elif repeats:
        status = "carried_over"
    elif covered:
        status = "not_reported"
    else:
        status = "pending"
    timeliness = None if continuing and status != "done" else _timeliness(status, best,
                                                                          deadline, as_of)
    explanation = _explain(status, best, repeats, evidence, deadline)
    explanation["evidence_bar"] = bar
    if standing is not None or running is not None:  # why the bar is lower (the app says)
        explanation["lower_bar"] = "standing" if standing is not None else "running"
    return Decision(status, timeliness, progress, deadline, explanation)


def roll_up(elements: list[tuple[str, str | None]]) -> Decision:
    """A lead-in's status from its elements' (status, timeliness) as shown (a reviewer's
    status wins): done when all are done, in progress when any is done or under way, else
    carried over when any is, then not reported, then pending (DESIGN.md's precedence);
    progress is the share done ("3/5 việc đã xong")."""
    statuses = [status for status, _ in elements]
    count = {name: statuses.count(name) for name in dict.fromkeys(statuses)}
    total = len(statuses)
    done = count.get("done", 0)
    if total and done == total:
        status = "done"
    elif done or count.get("in_progress"):
        status = "in_progress"
    else:
        status = next((s for s in ("carried_over", "not_reported", "pending") if count.get(s)),
                      "pending")
    timings = {timing for _, timing in elements if timing}
    if status == "done":
        timeliness = "late" if "late" in timings else ("on_time" if "on_time" in timings
                                                       else None)
    else:
        timeliness = "overdue" if "overdue" in timings else ("in_time" if "in_time" in timings
                                                             else None)
    return Decision(status, timeliness, done / total if total else None, None,
                    {"status": status, "elements": {"total": total, **count}})


def as_reviewed(*, computed: str, reviewed: str | None, timeliness: str | None,
                progress: float | None, deadline: date | None, task_kind: str | None,
                reviewed_on: date | None, today: date) -> tuple[str, str | None, float | None]:
    """Status, timeliness and progress as shown: the reviewer's status wins, and the
    timeliness and progress the machine judged for another status go with it (a task a
    reviewer marked done never shows "Còn hạn · 42%")."""
    status = reviewer_wins(computed, reviewed)
    if not reviewed or reviewed == computed:
        return status, timeliness, progress
    continuing = task_kind in CONTINUING_KINDS
    if reviewed == "done":
        # done by the day the reviewer said so at the latest: on time if that was within
        # the deadline; else unknown (the work may have been done in time, reported late)
        on_time = deadline is None or (reviewed_on is not None and reviewed_on <= deadline)
        return status, "on_time" if on_time and not continuing else None, 1.0
    if continuing or deadline is None:
        return status, None, None
    return status, "overdue" if deadline < today else "in_time", None


def complete(cue: str, progress: float | None) -> bool:
    """A sentence reports the work done in full: a "done" cue, and all the quantity."""
    return cue == "done" and (progress is None or progress >= 1.0)


def _matched(evidence: Evidence) -> float:
    """How closely evidence matches the task's words, on the scale of repetitions: the hand
    score (a calibrated model's probability is another scale; tracker.followup.model)."""
    return float(evidence.features.get("rules", evidence.score))


def _later(repeat: Evidence, evidence: Evidence) -> bool:
    """Whether the renewed promise comes from a report after the evidence's report."""
    return bool(repeat.report_end and evidence.report_end
                and repeat.report_end > evidence.report_end)


def _best(evidence: list[Evidence]) -> Evidence | None:
    """The strongest evidence: completed work first, then a result of the task's own unit
    (a series reports each unit's work under its name: "Bảo hiểm xã hội tỉnh: Đã cập nhật
    …" answers the unit's task before a steering committee's note in the same words), then
    the highest score; among equals, the first report of the completion (it says when the
    work was done) or the latest word on work under way."""
    if not evidence:
        return None
    rank = {"done": 2, "in_progress": 1, "not_done": 1, "planned": 0}

    def key(e: Evidence):
        whole = complete(e.cue, e.progress)
        when = (e.report_end or date.min).toordinal()
        own = bool(e.features.get("same_unit"))
        return (whole, rank.get(e.cue, 0), own, e.score, -when if whole else when)

    return max(evidence, key=key)


def _timeliness(status: str, best: Evidence | None, deadline: date | None,
                as_of: date) -> str | None:
    if deadline is None:
        return None
    if status == "done" and best is not None:
        # Work shown in a report whose period starts after the deadline was done late.
        when = best.report_start or best.report_end
        return "late" if when and when > deadline else "on_time"
    return "overdue" if as_of > deadline else "in_time"


def _explain(status: str, best: Evidence | None, repeats: list[Evidence],
             evidence: list[Evidence], deadline: date | None) -> dict:
    out: dict = {"status": status, "deadline": deadline.isoformat() if deadline else None}
    if best:
        out["evidence"] = {"sentence": best.sentence, "source": best.source, "score": best.score,
                           "cue": best.cue, "progress": best.progress,
                           "features": best.features, "link_id": best.link_id}
    if repeats:
        top = max(repeats, key=lambda e: e.score)
        out["repeated_in"] = {"sentence": top.sentence, "source": top.source, "score": top.score,
                              "link_id": top.link_id}
    out["candidates"] = len(evidence)
    return out
