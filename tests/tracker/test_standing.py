"""A series that re-issues its task list every month (the Đề án 06 reports): a task listed
again word for word is judged by the next month's results, from the lower bar, and the
evidence shown beside it is the evidence its status rests on."""

from sqlmodel import Session, select

from models import CommitmentStatus, Item, Report
from tests.nlp.test_realdata import real
from tests.tracker.conftest import SAMPLES
from tracker.db import open_db
from tracker.documents.ingest import ingest_paths
from tracker.followup.link import load_config
from tracker.queries import commitments


def statuses(engine, source: str) -> list[tuple[str, CommitmentStatus]]:
    with Session(engine) as session:
        return list(session.exec(
            select(Item.text, CommitmentStatus).join(Report, Report.id == Item.report_id)
            .join(CommitmentStatus, CommitmentStatus.commitment_id == Item.id)
            .where(Report.source_name == source, Item.kind == "commitment")))


def test_the_real_monthly_series_is_a_standing_list(tmp_path):
    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    ingest_paths(engine, [real("lamdong/da06_2025-08_final.docx"),
                          real("lamdong/da06_2025-09_final.docx")])
    config = load_config()
    # (a lead-in's status rolls up from its elements: no bar of its own)
    august = [(text, s) for text, s in statuses(engine, "da06_2025-08_final.docx")
              if "elements" not in s.explanation]
    lower = [s for _, s in august if s.explanation["evidence_bar"] == config.standing_evidence]
    assert len(lower) >= len(august) / 2  # most of August is listed again in September
    # "Đẩy mạnh việc chi trả lương hưu … hàng tháng qua phương tiện thanh toán không dùng
    # tiền mặt": September lists it again and reports "Chi lương hưu, BHXH hàng tháng đạt
    # 74,96%" under "Tiếp tục đẩy mạnh vận động, chi trả …": work under way, not carried over
    pensions = next(s for text, s in august if text.startswith("Đẩy mạnh việc chi trả lương hưu"))
    assert pensions.computed == "in_progress"
    # September has no later report: nothing of it is judged from the lower bar
    assert all(s.explanation["evidence_bar"] == config.evidence
               for _, s in statuses(engine, "da06_2025-09_final.docx")
               if "elements" not in s.explanation)
    with Session(engine) as session:
        rows = [r for r in commitments(session) if r.status == "in_progress" and r.atomic]
        decided = {s.commitment_id: s.explanation["evidence"]["link_id"]
                   for s in session.exec(select(CommitmentStatus))
                   if s.explanation.get("evidence")}
    assert rows and all(r.supporting is not None for r in rows)  # the evidence it rests on
    # and the very link the status was decided on, not merely the best-scored one (a
    # result of the task's own unit goes first: "Công an tỉnh … Đẩy mạnh triển khai đợt
    # cao điểm 60 ngày đêm …" under the police's heading, not the same words elsewhere)
    assert all(r.supporting is not None and r.supporting.link_id == decided[r.id]
               for r in rows)
    engine.dispose()


def test_a_series_that_writes_new_tasks_keeps_the_ordinary_bar(tmp_path):
    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    ingest_paths(engine, [SAMPLES])
    with Session(engine) as session:
        bars = {s.explanation["evidence_bar"] for s in session.exec(select(CommitmentStatus))}
    assert bars == {load_config().evidence}
    engine.dispose()
