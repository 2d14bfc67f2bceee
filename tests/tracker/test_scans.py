"""A signed scan goes in like any report: each document in it stored on its own, marked as
read by OCR, with that mark shown wherever its text is."""

import itertools
import re

from sqlmodel import Session, select

from models import Report
from tests.nlp.test_ocr import needs_tesseract, two_pages  # noqa: F401  (fixture)
from tracker import api
from tracker.documents.ingest import ingest_paths


@needs_tesseract
def test_a_scanned_cover_letter_and_report_are_stored_apart_and_marked(
        engine, two_pages):  # noqa: F811
    pages: list[tuple[str, int, int]] = []
    summary = ingest_paths(engine, [two_pages], on_page=lambda *a: pages.append(a))
    assert pages == [("nop-bao-cao.pdf", 1, 2), ("nop-bao-cao.pdf", 2, 2)]
    assert [o.source for o in summary.outcomes] == ["nop-bao-cao.pdf (trang 1–1)",
                                                    "nop-bao-cao.pdf (trang 2–2)"]
    assert [o.state for o in summary.outcomes] == ["added", "added"]
    with Session(engine) as session:
        stored = session.exec(select(Report).order_by(Report.id)).all()
    assert [r.kind for r in stored] == ["submission", "report"]
    assert all(r.scanned_pages == 1 and 50 < r.ocr_confidence <= 100 for r in stored)
    listed = api.reports(engine)
    assert all(r["scanned"].startswith("Đọc từ bản quét (1 trang, độ tin cậy ") for r in listed)
    again = ingest_paths(engine, [two_pages])  # from the cache, and already stored
    assert [o.state for o in again.outcomes] == ["unchanged", "unchanged"]


def test_text_typed_by_its_author_carries_no_scan_mark():
    assert api.scan_note(0, None) == ""
    assert api.scan_note(3, 87.4) == ("Đọc từ bản quét (3 trang, độ tin cậy 87%) — có thể sai "
                                     "chữ, đối chiếu bản gốc")


def misread(text: str, every: int = 14) -> str:
    """Every fourteenth word of the body misread, as OCR of a poor scan would (the title,
    which gives the period, is kept)."""
    count = itertools.count()
    head = text.index("\n\n", text.index("BÁO CÁO"))  # after the type line and title
    return text[:head] + re.sub(
        r"\w+", lambda w: w.group() + "x" if next(count) % every == 0 else w.group(), text[head:])


def test_a_scan_of_a_stored_report_replaces_it_despite_misread_words(engine):
    from tests.tracker.conftest import SAMPLES
    from tracker.documents.ingest import _similarity, ingest_text

    # without its number, so that only the text can say it is the same document
    text = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8").replace("Số: 48/", "Số: /")
    assert 0.6 <= _similarity(text, misread(text)) < 0.85
    assert ingest_text(engine, text, source="q1.docx").state == "added"
    assert ingest_text(engine, misread(text), source="q1-quet.pdf",
                       scanned=(3, 80.0)).state == "replaced"


def test_text_as_different_without_a_scan_is_another_document(engine):
    from tests.tracker.conftest import SAMPLES
    from tracker.documents.ingest import ingest_text

    # without its number, so that only the text can say it is the same document
    text = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8").replace("Số: 48/", "Số: /")
    assert ingest_text(engine, text, source="q1.docx").state == "added"
    assert ingest_text(engine, misread(text), source="q1-khac.docx").state == "added"


@needs_tesseract
def test_a_scans_pages_are_kept_to_be_shown_beside_its_text(
        engine, two_pages):  # noqa: F811
    from models import SourceFile
    from tracker.db import session_scope
    from tracker.documents.ingest import delete_report

    ingest_paths(engine, [two_pages])
    with Session(engine) as session:
        letter, report = session.exec(select(Report).order_by(Report.id)).all()
        assert letter.source_file_id == report.source_file_id is not None  # one file, kept once
        assert (letter.first_page, report.first_page) == (1, 2)
        assert api.page_of(report, 0) == 2 and api.page_of(report, len(report.text) - 1) == 2
        report_id, letter_id = report.id, letter.id
    picture = api.scan_page(engine, report_id, 2)
    assert picture.startswith(b"\x89PNG")
    assert api.scan_page(engine, report_id, 9) is None  # no such page: nothing, no error
    with session_scope(engine) as session:
        delete_report(session, report_id, actor="quantri")
    with Session(engine) as session:  # the cover letter still needs the file
        assert len(session.exec(select(SourceFile)).all()) == 1
    with session_scope(engine) as session:
        delete_report(session, letter_id, actor="quantri")
    with Session(engine) as session:
        assert session.exec(select(SourceFile)).all() == []


def test_text_typed_by_its_author_has_no_pages_to_show(engine):
    from tests.tracker.conftest import SAMPLES
    from tracker.documents.ingest import ingest_text

    outcome = ingest_text(engine, (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8"),
                          source="q1.txt")
    with Session(engine) as session:
        report = session.get(Report, outcome.report_id)
        assert report.source_file_id is None and api.page_of(report, 10) is None
    assert api.scan_page(engine, outcome.report_id, 1) is None
