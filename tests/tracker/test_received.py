"""Reports in and missing per agency and period; deadline alerts as of a given day."""

from datetime import date

from sqlmodel import Session, select

from models import Item
from tests.nlp.test_realdata import real
from tests.tracker.conftest import SAMPLES
from tracker import api
from tracker.documents.ingest import ingest_paths
from tracker.documents.received import Filed, grid


def test_the_real_monthly_series_shows_the_months_not_received(engine):
    ingest_paths(engine, [real(f"lamdong/da06_{m}_final.docx")
                          for m in ("2025-08", "2025-09", "2025-10", "2026-03")])
    (row,) = api.received(engine)
    assert row["agency"].startswith("Ban chỉ đạo phát triển khoa học")
    assert (row["cadence"], row["received"], row["latest"]) == ("Hằng tháng", 4, "Tháng 3/2026")
    assert row["missing"] == ["Tháng 11/2025", "Tháng 12/2025", "Tháng 1/2026", "Tháng 2/2026"]
    # its tasks are due on the period's end; ongoing duties are never overdue
    alerts = api.deadline_alerts(engine, api.Filters(), today=date(2025, 12, 20))
    with Session(engine) as session:
        kinds = {i.id: i.task_kind for i in session.exec(select(Item))}
    assert alerts["overdue"] and all(kinds[a["id"]] == "deliverable" for a in alerts["overdue"])
    days = [a["deadline"] for a in alerts["overdue"]]
    assert days == sorted(days) and all(d < date(2025, 12, 20) for d in days)


def test_a_longer_report_stands_for_the_quarter_it_ends_with(engine):
    ingest_paths(engine, [SAMPLES])  # Q1, 6 tháng, Q3 of 2024 and the year 2023
    quarterly = next(r for r in api.received(engine) if r["cadence"] == "Hằng quý")
    assert quarterly["missing"] == [] and quarterly["received"] == 3


def test_a_late_agency_misses_what_another_has_sent():
    filed = [Filed("Sở A", date(2025, 9, 1), date(2025, 9, 30), "a9"),
             Filed("Sở A", date(2025, 10, 1), date(2025, 10, 31), "a10"),
             Filed("Sở B", date(2025, 9, 1), date(2025, 9, 30), "b9"),
             Filed("Sở B", date(2025, 1, 1), date(2025, 9, 30), "b 9 tháng")]
    rows = {row.agency: row for row in grid(filed)}
    assert [(p[0].month, p[2]) for p in rows["Sở B"].periods] == [
        (9, ["b 9 tháng", "b9"]), (10, [])]  # the 9-month report ends with September too
    assert rows["Sở A"].missing == 0 and rows["Sở B"].missing == 1


def test_a_task_due_within_a_week_is_an_alert(engine):
    ingest_paths(engine, [SAMPLES])
    before = api.deadline_alerts(engine, api.Filters(), today=date(2024, 12, 20))
    # 11 days before the year's end nothing is due soon; the training course promised in
    # Q1 for Q2 (a deliverable, carried over, not reported done) is overdue since June
    assert before["due_soon"] == []
    assert [(a["text"][:40], a["deadline"]) for a in before["overdue"]] == [
        ("Tổ chức tập huấn nghiệp vụ văn thư, lưu ", date(2024, 6, 30))]
    soon = api.deadline_alerts(engine, api.Filters(), today=date(2024, 12, 26))["due_soon"]
    assert sorted((a["text"][:30], a["deadline"]) for a in soon) == [
        ("Hoàn thành số hóa 50.000 trang", date(2024, 12, 31)),
        ("Tổ chức tập huấn nghiệp vụ văn", date(2024, 12, 31))]  # promised for the year
    after = api.deadline_alerts(engine, api.Filters(), today=date(2025, 1, 2))
    assert sorted(a["id"] for a in after["overdue"]) == sorted(
        [a["id"] for a in soon] + [a["id"] for a in before["overdue"]])
