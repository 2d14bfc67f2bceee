"""Review and tagging: every change audited; the reviewer wins and survives relinking."""

import pytest
from sqlmodel import Session, select

from models import AuditEvent, CommitmentStatus, Item, Link, Report
from models.report import ItemUpdate
from tracker import review
from tracker.db import session_scope
from tracker.followup.update import relink


def commitment(session, start: str) -> Item:
    return session.exec(select(Item).where(Item.kind == "commitment",
                                           Item.text.startswith(start))).one()


def events(session, action: str) -> list[AuditEvent]:
    return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_rejecting_the_evidence_changes_the_status_and_is_audited(sample_engine):
    with session_scope(sample_engine) as session:
        item = commitment(session, "Tổ chức Hội nghị tổng kết công tác thi đua")
        assert session.get(CommitmentStatus, item.id).computed == "done"
        links = session.exec(select(Link).where(Link.commitment_id == item.id,
                                                Link.relation == "evidence")).all()
        for link in links:
            review.reject_link(session, link.id, actor="thu ký")
        # no evidence left: what remains is a related later promise at most
        assert session.get(CommitmentStatus, item.id).computed in ("carried_over", "not_reported")
        (event, *_) = events(session, "link.rejected")
        assert event.actor == "thu ký" and event.before["verdict"] == "suggested"
        assert event.after["verdict"] == "rejected"


def test_reviewer_status_wins_and_survives_relinking(sample_engine):
    with session_scope(sample_engine) as session:
        item = commitment(session, "Thanh tra công tác tuyển dụng")
        review.set_status(session, item.id, "done", actor="thu ký", note="Thanh tra xong 10/2024")
        item_id, agency_id = item.id, session.get(Report, item.report_id).agency_id
    with session_scope(sample_engine) as session:
        relink(session, agency_id)
    with Session(sample_engine) as session:
        state = session.get(CommitmentStatus, item_id)
        assert (state.computed, state.reviewed, state.effective) == ("not_reported", "done", "done")
        assert state.note == "Thanh tra xong 10/2024"
        assert events(session, "status.set")[0].after == {"reviewed": "done",
                                                           "note": "Thanh tra xong 10/2024"}


def test_confirmed_and_rejected_links_survive_relinking(sample_engine):
    with session_scope(sample_engine) as session:
        suggested = session.exec(select(Link).where(Link.verdict == "suggested")).all()
        confirm, reject = suggested[0].id, suggested[1].id
        review.confirm_link(session, confirm, actor="a")
        review.reject_link(session, reject, actor="a")
        agency_id = session.exec(select(Report)).first().agency_id
        relink(session, agency_id)
    with Session(sample_engine) as session:
        assert session.get(Link, confirm).verdict == "confirmed"
        assert session.get(Link, reject).verdict == "rejected"


def test_manual_link_makes_the_commitment_done(sample_engine):
    with session_scope(sample_engine) as session:
        item = commitment(session, "Tổ chức Hội nghị sơ kết phong trào thi đua")
        assert session.get(CommitmentStatus, item.id).computed == "not_reported"
        later = session.exec(select(Item).where(Item.kind == "action",
                                                Item.text.startswith("Tổ chức thành công kỳ thi tuyển"))).one()
        link = review.add_link(session, item.id, later.id, actor="thu ký")
        assert link.origin == "reviewer" and link.verdict == "confirmed"
        assert session.get(CommitmentStatus, item.id).computed == "done"
        with pytest.raises(review.ReviewError, match="own evidence"):
            review.add_link(session, item.id, item.id, actor="x")


def test_edit_tag_split_merge(sample_engine):
    with session_scope(sample_engine) as session:
        item = commitment(session, "Tổ chức Hội nghị tổng kết công tác thi đua")
        review.edit_item(session, item.id, ItemUpdate(responsible_unit="Ban Thi đua - Khen thưởng",
                                                      field="Thi đua, khen thưởng"), actor="a")
        assert item.edited and item.responsible_unit == "Ban Thi đua - Khen thưởng"
        review.add_tag(session, item.id, "ưu tiên", actor="a")
        review.add_tag(session, item.id, "ưu tiên", actor="a")        # once only
        review.remove_tag(session, item.id, "ưu tiên", actor="a")
        with pytest.raises(review.ReviewError, match="no tag"):
            review.remove_tag(session, item.id, "ưu tiên", actor="a")
        with pytest.raises(review.ReviewError, match="nothing to change"):
            review.edit_item(session, item.id, ItemUpdate(), actor="a")
        parts = review.split_item(session, item.id, ["Tổ chức Hội nghị tổng kết thi đua.",
                                                     "Khen thưởng tập thể tiêu biểu."], actor="a")
        assert not item.active and [p.origin for p in parts] == ["reviewer", "reviewer"]
        merged = review.merge_items(session, [p.id for p in parts], actor="a")
        assert merged.text.startswith("Tổ chức Hội nghị tổng kết thi đua; Khen thưởng")
        assert all(not p.active for p in parts)
        assert session.get(CommitmentStatus, merged.id) is not None
        actions = [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.id))]
        assert actions == ["item.edit", "tag.add", "tag.remove", "item.split", "item.merge"]


def test_bad_review_actions_are_refused(sample_engine):
    with session_scope(sample_engine) as session:
        with pytest.raises(review.ReviewError, match="no link"):
            review.confirm_link(session, 999999, actor="a")
        with pytest.raises(review.ReviewError, match="unknown status"):
            review.set_status(session, 1, "finished", actor="a")
        with pytest.raises(review.ReviewError, match="at least two"):
            review.split_item(session, 1, ["only one"], actor="a")


def test_undo_reverts_the_last_decisions_in_order(sample_engine):
    with session_scope(sample_engine) as session:
        item = commitment(session, "Tổ chức Hội nghị tổng kết công tác thi đua")
        link = session.exec(select(Link).where(Link.commitment_id == item.id,
                                               Link.relation == "evidence",
                                               Link.rank == 1)).one()
        review.reject_link(session, link.id, actor="thu ký")
        review.set_status(session, item.id, "in_progress", actor="thu ký", note="chờ xác minh")
        review.add_tag(session, item.id, "xem lại", actor="thu ký")
        assert review.undo_last(session, actor="thu ký") == "tag.add"
        assert review.undo_last(session, actor="thu ký") == "status.set"
        state = session.get(CommitmentStatus, item.id)
        assert state.reviewed is None and state.note is None
        assert review.undo_last(session, actor="thu ký") == "link.rejected"
        assert session.get(Link, link.id).verdict == "suggested"
        assert session.get(CommitmentStatus, item.id).computed == "done"
        assert review.undo_last(session, actor="thu ký") is None


def test_undo_does_not_overwrite_someone_elses_later_decision(sample_engine):
    with session_scope(sample_engine) as session:
        link = session.exec(select(Link).where(Link.verdict == "suggested")).first()
        review.reject_link(session, link.id, actor="a")
        review.confirm_link(session, link.id, actor="b")
        with pytest.raises(review.ReviewError, match="decided again"):
            review.undo_last(session, actor="a")
        assert session.get(Link, link.id).verdict == "confirmed"


def test_accepting_a_suggestion_gives_the_status_the_queue_announced(engine):
    from tests.tracker.conftest import SAMPLES
    from tracker import api
    from tracker.documents.ingest import ingest_paths

    ingest_paths(engine, [SAMPLES])
    editor = api.UserInfo("thuky", None, "editor")
    for entry in api.review_queue(engine, api.Filters())[:6]:
        api.accept(engine, entry.link_id, user=editor)
        (row,) = [r for r in api.commitment_rows(engine, api.Filters())
                  if r["id"] == entry.commitment_id]
        assert row["status"] == entry.if_accepted, entry.commitment


def test_evidence_is_shown_only_beside_work_done_or_under_way(engine):
    from tests.tracker.conftest import SAMPLES
    from tracker.documents.ingest import ingest_paths
    from tracker.queries import commitments

    ingest_paths(engine, [SAMPLES])
    with Session(engine) as session:
        rows = commitments(session)
    silent = [r for r in rows if r.status in ("not_reported", "carried_over", "pending")]
    assert silent and all(r.supporting is None for r in silent)
    assert any(r.evidence for r in silent)  # there were weak candidates to leave out
    shown = [r for r in rows if r.status == "done"]
    assert shown and all(r.supporting and r.supporting.counts for r in shown
                         if r.computed == "done")


def test_a_reviewers_status_brings_its_own_timeliness_and_progress():
    from datetime import date

    from tracker.followup.status import as_reviewed

    def shown(**changes):
        facts = {"computed": "in_progress", "reviewed": None, "timeliness": "in_time",
                 "progress": 0.42, "deadline": date(2025, 6, 30), "task_kind": "deliverable",
                 "reviewed_on": date(2025, 6, 20), "today": date(2025, 7, 10)}
        return as_reviewed(**{**facts, **changes})

    assert shown() == ("in_progress", "in_time", 0.42)  # the machine's, untouched
    assert shown(reviewed="done") == ("done", "on_time", 1.0)  # never "Còn hạn · 42%"
    assert shown(reviewed="done", reviewed_on=date(2025, 7, 5)) == ("done", None, 1.0)
    assert shown(computed="done", timeliness="on_time", progress=1.0,
                 reviewed="not_reported") == ("not_reported", "overdue", None)
    assert shown(reviewed="carried_over", task_kind="ongoing") == ("carried_over", None, None)


def test_a_tasks_history_reads_in_vietnamese_and_local_time(engine, monkeypatch):
    import re

    from tests.tracker.conftest import SAMPLES
    from tracker import api
    from tracker.documents.ingest import ingest_paths

    monkeypatch.setenv("TRACKER_TZ", "Asia/Ho_Chi_Minh")
    ingest_paths(engine, [SAMPLES])
    editor = api.UserInfo("thuky", None, "editor")
    task = api.commitment_rows(engine, api.Filters())[0]["id"]
    api.set_status(engine, task, "done", user=editor, note="đã kiểm tra hồ sơ")
    (event,) = api.commitment_detail(engine, task).history
    assert event["action"] == "Đặt trạng thái"
    assert event["after"] == "Đã hoàn thành; ghi chú: đã kiểm tra hồ sơ"
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", event["at"])
    with Session(engine) as session:
        stored = session.exec(select(AuditEvent)).one().at
    assert event["at"] == api.local_time(stored)
    assert api.local_time(stored) != stored.strftime("%d/%m/%Y %H:%M")  # UTC+7, not UTC
