"""Document identity: another format, a later draft or a corrected re-send of a stored
document replaces it (reviews on unchanged tasks carry over); nothing is doubled."""

from sqlalchemy import func
from sqlmodel import Session, select

from models import CommitmentStatus, Item, Report
from tests.nlp.test_realdata import needs_libreoffice, real
from tests.tracker.conftest import SAMPLES
from tracker.db import session_scope
from tracker.documents.ingest import NO_TASKS, NOTHING_FOUND, ingest_paths, ingest_text
from tracker.review import set_status


def count(session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def test_a_corrected_resend_replaces_the_report_and_keeps_reviews(engine):
    text = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8")
    assert ingest_text(engine, text, source="q1.txt").state == "added"
    with session_scope(engine) as session:
        first = session.exec(select(Item).where(Item.kind == "commitment")
                             .order_by(Item.id)).first()
        set_status(session, first.id, "done", actor="thu ký", note="đã kiểm tra")
        commitments = count(session, Item)
        first_id, first_text = first.id, first.text
    corrected = text.replace("văn phòng - thống kê cấp xã", "văn phòng – thống kê cấp xã")
    assert corrected != text
    outcome = ingest_text(engine, corrected, source="q1-sua.txt")
    assert outcome.state == "replaced" and "q1.txt" in outcome.message
    with Session(engine) as session:
        assert count(session, Report) == 1
        assert session.exec(select(Report.source_name)).one() == "q1-sua.txt"
        assert count(session, Item) == commitments  # the same items, not new copies
        assert session.get(Item, first_id).text == first_text
        assert session.get(CommitmentStatus, first_id).reviewed == "done"


def test_a_different_period_is_a_different_report(engine):
    summary = ingest_paths(engine, [SAMPLES])
    assert summary.count("added") == 4 and summary.count("replaced") == 0


def ingest_in_order(tmp_path, *names: str):
    """A fresh database with the real files ingested in this order."""
    from tracker.db import open_db

    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    return engine, ingest_paths(engine, [real(f"lamdong/{name}") for name in names])


@needs_libreoffice
def test_a_draft_that_comes_in_after_its_final_does_not_replace_it(tmp_path):
    engine, summary = ingest_in_order(tmp_path, "da06_2025-08_final.docx",
                                      "da06_2025-08_draft.doc")
    assert [o.state for o in summary.outcomes] == ["added", "kept"]
    assert "da06_2025-08_final.docx" in summary.outcomes[1].message
    with Session(engine) as session:
        assert session.exec(select(Report.source_name)).all() == ["da06_2025-08_final.docx"]
    engine.dispose()


def test_a_signed_copy_stays_when_its_word_file_comes_in_after_it(engine):
    from datetime import UTC, datetime

    text = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8").replace("Số: 48/", "Số: /")
    assert ingest_text(engine, text, source="q1-quet.pdf", scanned=(3, 80.0),
                       saved=datetime(2024, 4, 2, tzinfo=UTC)).state == "added"
    # the Word file was touched again after signing: still not the issued version
    later = ingest_text(engine, text.replace("cấp xã", "cấp  xã"), source="q1.docx",
                        saved=datetime(2024, 4, 6, tzinfo=UTC))
    assert later.state == "kept" and "q1-quet.pdf" in later.message
    with Session(engine) as session:
        assert session.exec(select(Report.source_name)).all() == ["q1-quet.pdf"]


@needs_libreoffice
def test_a_months_draft_and_final_do_not_double_the_list(tmp_path):
    engine, summary = ingest_in_order(tmp_path, "da06_2025-08_draft.doc",
                                      "da06_2025-08_final.docx")
    assert [o.state for o in summary.outcomes] == ["added", "replaced"]
    with Session(engine) as session:
        assert count(session, Report) == 1
        active = session.exec(select(func.count()).select_from(Item).where(
            Item.kind == "commitment", Item.active == True)).one()  # noqa: E712
        assert active == summary.outcomes[1].commitments
    engine.dispose()


def test_a_report_without_items_is_stored_with_a_warning(engine):
    outcome = ingest_text(engine, "BÁO CÁO\n\nTình hình chung quý I năm 2024\n\n"
                          "Đơn vị hoạt động bình thường.\n", source="rong.txt",
                          agency="Sở Nội vụ tỉnh Hà Nam")
    assert outcome.state == "added" and outcome.warning == NOTHING_FOUND


def test_a_report_with_results_but_no_tasks_is_flagged(tmp_path):
    from tracker.db import open_db

    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    outcome = ingest_paths(engine, [real("lamdong/da06_2026-03_final.docx")]).outcomes[0]
    assert outcome.state == "added" and outcome.actions > 0 and outcome.warning == NO_TASKS
    engine.dispose()
