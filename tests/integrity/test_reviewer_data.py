"""Nothing a reviewer decides is lost: re-extraction, the detail form, exports, caches."""

import dataclasses
import sqlite3

import pytest
from sqlalchemy import func
from sqlmodel import Session, col, select

import nlp
from models import CommitmentStatus, Item
from tests.app.conftest import signed_in
from tests.conftest import cli
from tests.tracker.conftest import SAMPLES
from tracker import review
from tracker.db import data_version, open_db, session_scope
from tracker.documents.ingest import ingest_paths, ingest_text


def active_commitments(session) -> list[str]:
    return sorted(session.exec(select(Item.text).where(Item.kind == "commitment",
                                                       Item.active == True)))  # noqa: E712


def one(session, start: str) -> Item:
    return session.exec(select(Item).where(Item.kind == "commitment",
                                           Item.text.startswith(start))).one()


def test_a_split_survives_reextraction(sample_engine, monkeypatch):
    with session_scope(sample_engine) as session:
        item = one(session, "Tổ chức Hội nghị tổng kết công tác thi đua")
        parts = review.split_item(session, item.id, ["Tổ chức Hội nghị tổng kết thi đua.",
                                                     "Khen thưởng năm 2024."], actor="a")
        part_ids, item_id = [p.id for p in parts], item.id
        before = active_commitments(session)
    monkeypatch.setattr(nlp, "PIPELINE_VERSION", "test-upgrade")
    assert ingest_paths(sample_engine, [SAMPLES]).count("re-extracted") == 4
    with Session(sample_engine) as session:
        assert active_commitments(session) == before
        assert not session.get(Item, item_id).active
        assert all(session.get(Item, i).active for i in part_ids)
        assert not any(session.get(Item, i).needs_review for i in part_ids)


def test_a_merge_survives_reextraction(sample_engine, monkeypatch):
    with session_scope(sample_engine) as session:
        first = one(session, "Tổ chức Hội nghị tổng kết công tác thi đua")
        second = session.exec(select(Item).where(
            Item.report_id == first.report_id, Item.kind == "commitment",
            Item.position == first.position + 1)).one()
        merged = review.merge_items(session, [first.id, second.id], actor="a")
        merged_id, originals = merged.id, (first.id, second.id)
        before = active_commitments(session)
    monkeypatch.setattr(nlp, "PIPELINE_VERSION", "test-upgrade")
    ingest_paths(sample_engine, [SAMPLES])
    with Session(sample_engine) as session:
        assert active_commitments(session) == before
        assert session.get(Item, merged_id).active
        assert not any(session.get(Item, i).active for i in originals)


def test_split_parts_are_flagged_when_the_text_behind_them_changes(sample_engine, monkeypatch):
    with session_scope(sample_engine) as session:
        item = one(session, "Tổ chức Hội nghị tổng kết công tác thi đua")
        parts = review.split_item(session, item.id, ["Phần một.", "Phần hai."], actor="a")
        part_ids, start = [p.id for p in parts], item.start
    extract = nlp.extract_report

    def changed(text, **kwargs):  # a new pipeline that reads that item differently
        report = extract(text, **kwargs)
        report.items = [dataclasses.replace(i, text=i.text + " (đọc lại)") if i.start == start
                        else i for i in report.items]
        return report

    monkeypatch.setattr(nlp, "extract_report", changed)
    monkeypatch.setattr(nlp, "PIPELINE_VERSION", "test-upgrade")
    ingest_paths(sample_engine, [SAMPLES])
    with Session(sample_engine) as session:
        assert all(session.get(Item, i).needs_review for i in part_ids)
        assert all(session.get(Item, i).active for i in part_ids)


def test_the_detail_form_never_carries_one_tasks_status_to_the_next(app_db):
    with Session(app_db) as session:
        first, second = session.exec(select(Item.id).where(Item.kind == "commitment")
                                     .order_by(Item.id).limit(2)).all()
    at = signed_in("editor")
    at.session_state["detail_id"] = first
    at.switch_page("app_pages/detail.py")
    at.run()
    at.selectbox(key=f"detail_status_{first}").set_value("carried_over")
    at.text_input(key=f"detail_note_{first}").set_value("ghi chú của A")
    at.button[0].click().run()  # the form's "Lưu"
    assert not at.exception
    at.selectbox(key="detail_pick").set_value(second).run()
    assert at.selectbox(key=f"detail_status_{second}").value == ""  # "Theo máy"
    at.text_input(key=f"detail_tag_{second}").set_value("ưu tiên")
    next(b for b in at.button if b.label == "Lưu").click().run()
    assert not at.exception
    with Session(app_db) as session:
        a, b = session.get(CommitmentStatus, first), session.get(CommitmentStatus, second)
        assert (a.reviewed, a.note) == ("carried_over", "ghi chú của A")
        assert b.reviewed is None and not b.note


def test_saving_a_tag_keeps_the_reviewers_status(app_db):
    with session_scope(app_db) as session:
        first = session.exec(select(Item.id).where(Item.kind == "commitment")
                             .order_by(Item.id)).first()
        review.set_status(session, first, "done", actor="thuky", note="xong")
    at = signed_in("editor")
    at.session_state["detail_id"] = first
    at.switch_page("app_pages/detail.py")
    at.run()
    assert at.selectbox(key=f"detail_status_{first}").value == "done"
    at.text_input(key=f"detail_tag_{first}").set_value("kiểm tra")
    next(b for b in at.button if b.label == "Lưu").click().run()
    with Session(app_db) as session:
        assert session.get(CommitmentStatus, first).reviewed == "done"
        assert session.get(CommitmentStatus, first).note == "xong"


@pytest.mark.parametrize("name", ["tracker.sqlite", "tracker.xlsx"])
def test_export_never_writes_over_the_database(tmp_path, name):
    database = tmp_path / name
    url = f"sqlite:///{database}"
    engine = open_db(url)
    ingest_paths(engine, [SAMPLES / "2024_q1.txt"])
    engine.dispose()
    size = database.stat().st_size
    result = cli("export", "--format", "xlsx", "--out", str(database), "--db", url)
    assert result.exit_code == 2
    assert "database" in result.stderr and "Traceback" not in result.stderr
    assert database.stat().st_size == size
    with sqlite3.connect(database) as connection:  # still a working database
        assert connection.execute("SELECT count(*) FROM report").fetchone()[0] == 1


def test_export_refuses_a_file_of_another_type(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("giữ nguyên")
    result = cli("export", "--format", "csv", "--out", str(notes), "--db",
                 f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert result.exit_code == 2 and ".csv" in result.stderr
    assert notes.read_text() == "giữ nguyên"


def test_any_write_bumps_the_data_version(engine):
    start = data_version(engine)
    ingest_paths(engine, [SAMPLES / "2024_q1.txt"])
    after_ingest = data_version(engine)
    assert after_ingest > start
    with Session(engine) as session:  # reading changes nothing
        session.exec(select(func.count()).select_from(Item)).one()
        session.commit()
    assert data_version(engine) == after_ingest
    with session_scope(engine) as session:
        item = session.exec(select(Item).where(Item.kind == "commitment")).first()
        review.add_tag(session, item.id, "ưu tiên", actor="a")
    assert data_version(engine) > after_ingest


def test_the_app_sees_a_report_another_process_ingested(app_db):
    at = signed_in("viewer")
    at.run()
    total = {m.label: m.value for m in at.metric}["Số nhiệm vụ"]
    other = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8")
    other = other.replace("HÀ NAM", "NAM ĐỊNH").replace("Hà Nam", "Nam Định")
    writer = open_db(str(app_db.url))  # another engine, as the CLI would open
    assert ingest_text(writer, other, source="nam_dinh.txt").state == "added"
    writer.dispose()
    at.run()
    assert {m.label: m.value for m in at.metric}["Số nhiệm vụ"] != total


def test_deleting_a_report_takes_what_derives_from_it_and_judges_again(sample_engine):
    from models import AuditEvent, ItemTag, Link, Report
    from tracker.documents.ingest import delete_report
    from tracker.review import add_tag

    with session_scope(sample_engine) as session:
        reports = session.exec(select(Report).order_by(Report.period_end)).all()
        first, second = reports[0], reports[1]
        # a commitment of the first report judged by evidence in the second
        judged = session.exec(select(CommitmentStatus).join(
            Item, Item.id == CommitmentStatus.commitment_id).where(
            Item.report_id == first.id, CommitmentStatus.computed.in_(("done", "in_progress"))
        )).all()
        assert judged
        gone = [i.id for i in session.exec(select(Item).where(Item.report_id == second.id))]
        add_tag(session, gone[0], "cần xem", actor="thuky")
        first_id, second_id = first.id, second.id
        judged_ids = [s.commitment_id for s in judged]
    with session_scope(sample_engine) as session:
        record = delete_report(session, second_id, actor="quantri")
    assert record["tasks"] + record["actions"] == len(gone)
    with Session(sample_engine) as session:
        assert session.get(Report, second_id) is None
        assert not session.exec(select(Item).where(col(Item.id).in_(gone))).all()
        assert not session.exec(select(Link).where(col(Link.evidence_id).in_(gone)
                                                   | col(Link.commitment_id).in_(gone))).all()
        assert not session.exec(select(ItemTag).where(col(ItemTag.item_id).in_(gone))).all()
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "report.delete")).one()
        # the first report's tasks were judged again: none still rests on deleted evidence
        for commitment_id in judged_ids:
            state = session.get(CommitmentStatus, commitment_id)
            evidence = (state.explanation.get("evidence") or {}).get("link_id")
            assert evidence is None or session.get(Link, evidence) is not None
        assert session.get(Report, first_id) is not None
