"""A signed scan goes in like any report: each document in it stored on its own, marked as
read by OCR, with that mark shown wherever its text is."""

import itertools
import re

from sqlmodel import Session, select

from models import Report
from tests.nlp.test_ocr import needs_tesseract, two_pages  # noqa: F401  (fixture)
from tracker import api
from tracker.ingest import ingest_paths


@needs_tesseract
def test_a_scanned_cover_letter_and_report_are_stored_apart_and_marked(
        engine, two_pages, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("TRACKER_OCR_CACHE", str(tmp_path / "cache"))
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
    from tracker.ingest import _similarity, ingest_text

    # without its number, so that only the text can say it is the same document
    text = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8").replace("Số: 48/", "Số: /")
    assert 0.6 <= _similarity(text, misread(text)) < 0.85
    assert ingest_text(engine, text, source="q1.docx").state == "added"
    assert ingest_text(engine, misread(text), source="q1-quet.pdf",
                       scanned=(3, 80.0)).state == "replaced"


def test_text_as_different_without_a_scan_is_another_document(engine):
    from tests.tracker.conftest import SAMPLES
    from tracker.ingest import ingest_text

    # without its number, so that only the text can say it is the same document
    text = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8").replace("Số: 48/", "Số: /")
    assert ingest_text(engine, text, source="q1.docx").state == "added"
    assert ingest_text(engine, misread(text), source="q1-khac.docx").state == "added"
