"""Ingest: idempotent, one transaction per report, reviews survive re-extraction."""

from pathlib import Path

import pytest
from sqlmodel import Session, col, func, select

import nlp
from models import Agency, CommitmentStatus, Item, Link, Report
from models.report import ItemUpdate
from tests.tracker.conftest import SAMPLES
from tracker.db import session_scope
from tracker.documents import ingest as ingest_module
from tracker.documents.ingest import IngestError, ingest_paths, ingest_text
from tracker.review import confirm_link, edit_item, set_status


def count(engine, model) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_series_is_stored_with_items_links_and_statuses(sample_engine):
    assert count(sample_engine, Agency) == 1
    assert count(sample_engine, Report) == 4
    with Session(sample_engine) as session:
        commitments = session.exec(select(Item).where(Item.kind == "commitment")).all()
        assert len(commitments) == 27
        statuses = session.exec(select(CommitmentStatus)).all()
        assert len(statuses) == 27
        assert {s.computed for s in statuses} >= {"done", "in_progress", "carried_over",
                                                   "not_reported", "pending"}
        assert session.exec(select(func.count()).select_from(Link)).one() > 0


def test_the_same_content_twice_is_stored_once(sample_engine):
    again = ingest_paths(sample_engine, [SAMPLES])
    assert again.count("unchanged") == 4 and again.count("added") == 0
    assert all(o.message == "already stored" for o in again.outcomes)
    assert count(sample_engine, Report) == 4


def test_a_failing_file_leaves_the_others_in(engine, tmp_path):
    (tmp_path / "a.txt").write_text((SAMPLES / "2024_q1.txt").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    (tmp_path / "b.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    (tmp_path / "c.txt").write_bytes(b"")
    summary = ingest_paths(engine, [tmp_path / "a.txt", tmp_path / "b.doc", tmp_path / "c.txt"])
    states = {o.source: o.state for o in summary.outcomes}
    assert states == {"a.txt": "added", "b.doc": "failed", "c.txt": "failed"}
    assert "LibreOffice could not convert" in summary.outcomes[1].message
    assert count(engine, Report) == 1


def test_report_without_agency_needs_one(engine):
    text = "BÁO CÁO\n\nKết quả công tác quý I năm 2024\n\nI. Kết quả\n\n- Triển khai phần mềm.\n"
    with pytest.raises(IngestError, match="--agency"):
        ingest_text(engine, text, source="x.txt")
    outcome = ingest_text(engine, text, source="x.txt", agency="Sở Nội vụ tỉnh Hà Nam")
    assert outcome.state == "added"


def test_a_failure_mid_transaction_leaves_the_database_as_it_was(engine, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("linking failed")

    monkeypatch.setattr(ingest_module, "relink", broken)
    with pytest.raises(RuntimeError):
        ingest_text(engine, (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8"),
                    source="2024_q1.txt")
    assert count(engine, Report) == 0
    assert count(engine, Item) == 0
    assert count(engine, Agency) == 0


def test_reextraction_after_a_pipeline_upgrade_keeps_reviews(sample_engine, monkeypatch):
    with session_scope(sample_engine) as session:
        commitment = session.exec(select(Item).where(
            Item.kind == "commitment", Item.text.startswith("Thanh tra công tác tuyển dụng"))).one()
        set_status(session, commitment.id, "done", actor="thu ký", note="đã thanh tra xong")
        edited = session.exec(select(Item).where(
            Item.kind == "commitment", Item.text.startswith("Số hóa 50.000"))).one()
        edit_item(session, edited.id, ItemUpdate(text="Số hóa 50.000 trang tài liệu (sửa)"),
                  actor="thu ký")
        link = session.exec(select(Link).where(Link.relation == "evidence")).first()
        confirm_link(session, link.id, actor="thu ký")
        ids = (commitment.id, edited.id, link.id)
    monkeypatch.setattr(nlp, "PIPELINE_VERSION", "test-upgrade")
    summary = ingest_paths(sample_engine, [SAMPLES])
    assert summary.count("re-extracted") == 4
    with Session(sample_engine) as session:
        assert session.get(CommitmentStatus, ids[0]).effective == "done"
        assert session.get(CommitmentStatus, ids[0]).note == "đã thanh tra xong"
        assert session.get(Item, ids[1]).text == "Số hóa 50.000 trang tài liệu (sửa)"
        assert session.get(Link, ids[2]).verdict == "confirmed"
        assert session.exec(select(func.count()).select_from(Item).where(
            Item.kind == "commitment", Item.active == True)).one() == 27  # noqa: E712
        versions = set(session.exec(select(Report.pipeline_version)))
        assert versions == {"test-upgrade"}


def test_folders_are_expanded_to_report_files(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.docx", "c.pdf", "notes.md", "sub/d.txt"):
        (tmp_path / name).write_text("x")
    found = ingest_module.expand([tmp_path])
    assert [p.relative_to(tmp_path) for p in found] == [
        Path("a.txt"), Path("b.docx"), Path("c.pdf"), Path("sub/d.txt")]


def test_a_new_report_relinks_only_its_own_agency(sample_engine):
    with Session(sample_engine) as session:
        before = {(link.id, link.score) for link in session.exec(select(Link))}
    other = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8").replace("HÀ NAM", "NAM ĐỊNH")
    other = other.replace("Hà Nam", "Nam Định")
    outcome = ingest_text(sample_engine, other, source="nam_dinh_q1.txt")
    assert outcome.state == "added"
    with Session(sample_engine) as session:
        agencies = set(session.exec(select(Agency.name)))
        assert agencies == {"Sở Nội vụ tỉnh Hà Nam", "Sở Nội vụ tỉnh Nam Định"}
        hanam = session.exec(select(Agency).where(Agency.name == "Sở Nội vụ tỉnh Hà Nam")).one()
        hanam_reports = set(session.exec(select(Report.id).where(Report.agency_id == hanam.id)))
        hanam_items = set(session.exec(select(Item.id).where(col(Item.report_id).in_(hanam_reports))))
        after = {(link.id, link.score) for link in session.exec(
            select(Link).where(col(Link.commitment_id).in_(hanam_items)))}
    assert after == before  # the other agency's links were not touched


def test_relinking_after_a_new_report_is_limited_to_what_it_can_affect():
    from datetime import date

    from tracker.followup.link import Entry
    from tracker.followup.update import _affected

    def report(id, start, end):
        return Report(id=id, agency_id=1, source_name=f"{id}.txt", content_hash=str(id),
                      text="", pipeline_version="1", period_start=start, period_end=end,
                      issued=end)

    def promise(id, report_id, start, end, order):
        return Entry(id=id, report_id=report_id, agency_id=1, kind="commitment", text="",
                     words=(), field=None, cue="planned", entities=(), clauses=(),
                     period_start=start, period_end=end, report_start=None, report_end=None,
                     order=order)

    reports = {1: report(1, date(2019, 1, 1), date(2019, 12, 31)),
               2: report(2, date(2024, 1, 1), date(2024, 3, 31)),
               3: report(3, date(2024, 4, 1), date(2024, 6, 30))}
    old = promise(10, 1, date(2020, 1, 1), date(2020, 12, 31), (date(2019, 1, 1), date.min, 1))
    recent = promise(11, 2, date(2024, 4, 1), date(2024, 6, 30), (date(2024, 1, 1), date.min, 2))
    own = promise(12, 3, date(2024, 7, 1), date(2024, 9, 30), (date(2024, 4, 1), date.min, 3))
    chosen = _affected([old, recent, own], reports, upto_report=3, lookback_days=400)
    assert [c.id for c in chosen] == [11, 12]        # a 2020 promise is settled by now
    assert len(_affected([old, recent, own], reports, None, 400)) == 3   # a full relink


def test_ingesting_a_docx_keeps_its_heading_styles(engine, tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác quý I và nhiệm vụ trọng tâm quý II năm 2024")
    document.add_heading("Nhiệm vụ trọng tâm quý II năm 2024", level=1)
    document.add_heading("Văn thư, lưu trữ", level=2)
    document.add_paragraph("Tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã.")
    path = tmp_path / "q1.docx"
    document.save(path)
    (outcome,) = ingest_module.ingest_file(engine, path, agency="Sở Nội vụ tỉnh Hà Nam")
    assert (outcome.state, outcome.commitments) == ("added", 1)
    with Session(engine) as session:
        item = session.exec(select(Item).where(Item.kind == "commitment")).one()
        assert item.field == "Văn thư, lưu trữ"


@pytest.mark.parametrize("annual_first", [False, True])
def test_the_annual_report_speaks_after_the_q3_report(engine, annual_first):
    """Q4 tasks of the Q3 report are settled by the annual report of the same year, in
    whichever order the two come in."""
    folder = Path(__file__).resolve().parent.parent / "fixtures" / "heldout2"
    files = [folder / "2024_q3.txt", folder / "2024_nam.txt"]
    ingest_paths(engine, files[::-1] if annual_first else files)
    with Session(engine) as session:
        closing = session.exec(select(Item).where(
            Item.kind == "commitment", col(Item.text).startswith("Tổ chức Lễ bế mạc"))).one()
        status = session.get(CommitmentStatus, closing.id)
        assert status.computed == "done" and status.timeliness == "on_time"


def test_relink_all_says_how_many_statuses_changed(sample_engine, monkeypatch):
    from dataclasses import replace

    from tracker.documents.ingest import relink_all
    from tracker.followup import link as linking

    assert relink_all(sample_engine).changed == 0          # same rules: nothing moves
    with Session(sample_engine) as session:
        settled = sum(s.computed not in ("not_reported", "pending")
                      for s in session.exec(select(CommitmentStatus)))
    strict = replace(linking.load_config(), evidence=1.01, repetition=1.01)
    monkeypatch.setattr(linking, "load_config", lambda: strict)   # nothing counts any more
    seen = []
    summary = relink_all(sample_engine, on_done=seen.append)
    assert summary.commitments == 27 and summary.changed == settled > 0
    assert seen == ["Sở Nội vụ tỉnh Hà Nam"]
    with pytest.raises(IngestError, match="unknown agency"):
        relink_all(sample_engine, agency="Sở Không Có")
