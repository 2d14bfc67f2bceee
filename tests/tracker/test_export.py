"""Follow-up lists: Excel first, CSV for Excel, JSON per the contract."""

import io
import json
from datetime import date

import openpyxl
import pytest
from sqlmodel import Session

from tracker.outputs.tables import HEADERS, to_json, to_xlsx
from tracker.queries import CommitmentRow, EvidenceRow, commitments


def row(text="=HYPERLINK(\"http://x\")", status="done", deadline=date(2024, 6, 30)):
    return CommitmentRow(
        id=1, text=text, agency="Sở Nội vụ tỉnh Hà Nam", period="quý II năm 2024",
        period_start=date(2024, 4, 1), period_end=date(2024, 6, 30), field="Văn thư, lưu trữ",
        status=status, computed=status, reviewed=None, timeliness="on_time", deadline=deadline,
        progress=0.5, source="2024_q1.txt · 48/BC-SNV", responsible_unit=None, note="+ghi chú",
        tags=["ưu tiên"], task_kind="deliverable",
        evidence=[EvidenceRow("-Đã số hóa 21.000 trang.", "2024_6thang.txt", 0.8, 3,
                              "evidence", "suggested", "machine")])


def test_xlsx_is_a_real_follow_up_sheet():
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([row(), row(text="Số hóa tài liệu",
                                                                 status="pending",
                                                                 deadline=None)])))
    sheet = book.active
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N3"
    assert sheet["F2"].is_date and sheet["F2"].value.date() == date(2024, 6, 30)
    assert sheet["F2"].number_format == "dd/mm/yyyy"
    assert sheet["G2"].value == "Có sản phẩm"
    assert sheet["H2"].value == "Đã hoàn thành" and sheet["H3"].value == "Chưa đến kỳ báo cáo"
    assert sheet["H2"].fill.fgColor.rgb.endswith("C6EFCE")
    assert sheet["B2"].alignment.wrap_text
    # nothing Excel would run as a formula, and no literal apostrophe in the text: typed
    # strings with Excel's quote prefix, so editing the cell keeps it text
    assert sheet["B2"].data_type == "s" and sheet["B2"].value.startswith("=HYPERLINK")
    assert sheet["B2"].quotePrefix
    assert sheet["K2"].value == "-Đã số hóa 21.000 trang." and sheet["K2"].quotePrefix
    assert sheet["M2"].value == "+ghi chú" and sheet["M2"].quotePrefix
    assert not sheet["B3"].quotePrefix
    assert sheet["I2"].value == "50%"


def test_json_follows_the_contract():
    (item,) = json.loads(to_json([row(text="Số hóa tài liệu")]))
    assert {"text", "status", "agency", "period", "field", "source", "evidence"} <= set(item)
    assert item["evidence"] == [{"text": "-Đã số hóa 21.000 trang.", "source": "2024_6thang.txt",
                                 "score": 0.8}]


def test_export_of_the_sample_series(sample_engine):
    with Session(sample_engine) as session:
        rows = commitments(session)
        assert len(rows) == 27
        done = commitments(session, status="done")
        assert done and all(r.status == "done" for r in done)
        q2 = commitments(session, period="quý II năm 2024")
        assert len(q2) == 6
        assert len(commitments(session, period="2024")) == 27
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(rows)))
    assert book.active.max_row == 28


@pytest.mark.parametrize(("start", "end", "text"), [
    (date(2025, 9, 1), date(2025, 9, 30), "Tháng 9/2025"),
    (date(2024, 4, 1), date(2024, 6, 30), "Quý II/2024"),
    (date(2025, 1, 1), date(2025, 6, 30), "6 tháng đầu năm 2025"),
    (date(2025, 7, 1), date(2025, 12, 31), "6 tháng cuối năm 2025"),
    (date(2025, 1, 1), date(2025, 9, 30), "9 tháng năm 2025"),
    (date(2025, 1, 1), date(2025, 12, 31), "Năm 2025"),
    (date(2025, 3, 5), date(2025, 4, 2), "05/03/2025 – 02/04/2025"),
    (None, None, "tuần tới"),
])
def test_one_period_style_everywhere_with_its_year(start, end, text):
    from tracker.labels import period_text

    assert period_text(start, end, "tuần tới") == text


def test_the_follow_up_list_writes_periods_with_their_year(sample_engine):
    with Session(sample_engine) as session:
        periods = {r.period for r in commitments(session)}
    assert periods and all(p[-4:].isdigit() for p in periods), periods


def test_a_task_past_its_deadline_with_no_report_reads_no_report_yet():
    from tracker.labels import status_label

    assert status_label("pending", "overdue") == "Chưa có báo cáo"
    assert status_label("pending", "in_time") == "Chưa đến kỳ báo cáo"
    assert status_label("pending", None) == "Chưa đến kỳ báo cáo"
    assert status_label("not_reported", "overdue") == "Chưa thấy báo cáo"
