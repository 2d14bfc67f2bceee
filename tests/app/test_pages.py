"""One AppTest per page: it renders, filters work, actions reach the database."""

import io
import re
import sys

import openpyxl
import pytest
from sqlmodel import Session, select

from models import AuditEvent, Link, Report
from tests.app.conftest import APP, signed_in
from tests.nlp.test_realdata import real
from tests.tracker.conftest import SAMPLES
from tracker.documents.ingest import ingest_paths


def go(at, page: str):
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception, at.exception
    return at


def test_sign_in_with_a_real_account(app_db):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_resource.clear()
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    assert at.title[0].value == "Theo dõi thực hiện nhiệm vụ"
    at.text_input(key="login_username").set_value("thuky")
    at.text_input(key="login_password").set_value("wrong password")
    at.button[0].click().run()
    assert "không đúng" in at.error[0].value
    at.text_input(key="login_password").set_value("demo-2024")
    at.button[0].click().run()
    assert at.session_state["user"].role == "editor"
    assert at.title[0].value == "Tổng quan"


def test_dashboard_kpis_and_filters(app_db):
    at = signed_in("viewer")
    at.run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Số nhiệm vụ"] == "27"
    assert metrics["Tỷ lệ hoàn thành"].endswith("%")
    at.selectbox(key="sidebar_period").set_value("Quý II/2024").run()
    assert {m.label: m.value for m in at.metric}["Số nhiệm vụ"] == "6"


def test_the_status_cards_add_up_on_samples_and_on_real_reports(app_db):
    from tracker import api

    ingest_paths(app_db, [real(f"lamdong/da06_{m}_final.docx") for m in ("2025-08", "2025-09")])
    at = signed_in("viewer")
    at.run()
    assert not at.exception
    metrics = {m.label: int(m.value) for m in at.metric if m.value.isdigit()}
    statuses = ["Đã hoàn thành", "Đang thực hiện", "Chuyển kỳ sau", "Chưa thấy báo cáo",
                "Chưa đến kỳ báo cáo"]
    assert sum(metrics[s] for s in statuses) == metrics["Số nhiệm vụ"]
    # a lead-in counts once for its list: its elements are not counted again
    rows = [r for r in api.commitment_rows(app_db, api.Filters()) if r["parent_id"] is None]
    assert metrics["Số nhiệm vụ"] == len(rows) > 27  # the samples' and the real series'
    assert metrics["Đã hoàn thành"] == sum(r["status"] == "done" for r in rows)


def test_dashboard_alerts_and_reports_received(app_db):
    from datetime import date

    from tracker import api

    at = signed_in("viewer")
    at.run()
    assert not at.exception
    assert any(h.value.startswith("Cảnh báo thời hạn (tính đến hôm nay, "
                                  f"{date.today():%d/%m/%Y})") for h in at.subheader)
    # the sample series' tasks are long past: every overdue deliverable is listed
    overdue = api.deadline_alerts(app_db, api.Filters(), today=date.today())["overdue"]
    assert f"**Quá hạn, chưa hoàn thành: {len(overdue)}**" in [m.value for m in at.markdown]
    assert {m.label: m.value for m in at.metric}["Quá hạn"] == str(len(overdue))  # one count
    received = at.expander[0]
    assert received.label == "Báo cáo định kỳ đã nhận và còn thiếu theo kỳ"
    table = received.dataframe[0].value
    assert set(table["Loại kỳ"]) == {"Hằng quý", "6 tháng", "Hằng năm"}
    assert set(table["Còn thiếu"]) == {"Đủ"}


def test_commitments_table_and_status_filter(app_db):
    at = go(signed_in("viewer"), "commitments")
    assert at.caption[0].value == "27 nhiệm vụ"
    at.multiselect(key="commitments_status").set_value(["pending"]).run()
    assert at.caption[0].value == "4 nhiệm vụ"



def test_the_list_and_the_detail_say_each_tasks_unit_and_kind(app_db):
    at = go(signed_in("viewer"), "commitments")
    table = at.dataframe[0].value
    assert {"Đơn vị", "Loại"} <= set(table.columns)
    assert set(table["Loại"]) <= {"Có sản phẩm", "Thường xuyên", "Định kỳ", ""}
    assert {"Có sản phẩm", "Thường xuyên"} <= set(table["Loại"])  # the samples have both
    at = go(at, "detail")
    assert any("Loại: " in c.value and "Đơn vị chủ trì: " in c.value for c in at.caption)


def test_detail_shows_evidence_and_history(app_db):
    at = go(signed_in("editor"), "detail")
    assert at.markdown  # the commitment and its status
    assert any("Trạng thái:" in m.value for m in at.markdown)
    assert at.subheader[0].value == "Minh chứng"


def test_the_status_line_ends_with_what_there_is_to_say(app_db):
    # an ongoing duty has no timeliness: "Trạng thái: Đang thực hiện", not "… Đang thực hiện ·"
    from tracker import api

    rows = api.commitment_rows(app_db, api.Filters())
    for wanted in ([r for r in rows if not r["timeliness"]][0],
                   [r for r in rows if r["timeliness"]][0]):
        at = signed_in("viewer")
        at.session_state["detail_id"] = wanted["id"]
        at = go(at, "detail")
        line = next(m.value for m in at.markdown if m.value.startswith("**Trạng thái:"))
        assert not line.rstrip().endswith("·") and not re.search(r"·\s*·", line)
        assert (" · " in line.split("**")[-1]) == bool(wanted["timeliness"] or wanted["progress"]
                                                       or wanted["elements"])


def test_review_accept_changes_the_database_and_leaves_an_audit_event(app_db):
    at = go(signed_in("editor"), "review")
    with Session(app_db) as session:
        before = session.exec(select(Link).where(Link.verdict == "confirmed")).all()
    at.button(key="review_accept").click().run()
    assert not at.exception
    assert at.success[0].value == "Đã chấp nhận minh chứng."
    with Session(app_db) as session:
        confirmed = session.exec(select(Link).where(Link.verdict == "confirmed")).all()
        assert len(confirmed) == len(before) + 1
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "link.confirmed")).one()
        assert event.actor == "thuky"
    at.button(key="review_undo").click().run()
    assert "Đã hoàn tác" in at.success[0].value
    with Session(app_db) as session:
        assert len(session.exec(select(Link).where(Link.verdict == "confirmed")).all()) == len(before)


def test_a_click_on_a_suggestion_another_reviewer_just_decided_decides_nothing_else(app_db):
    """The queue is read again on every click: a click on the suggestion shown must never
    confirm the one that took its place (another reviewer decided the shown one first)."""
    from tracker import api

    at = go(signed_in("editor"), "review")
    shown, following = api.review_queue(app_db, api.Filters())[:2]
    api.reject(app_db, shown.link_id,  # another reviewer, in another session
               user=api.UserInfo("quantri", None, "admin"))
    at.button(key="review_accept").click().run()
    assert not at.exception
    assert "đã được người khác quyết định" in at.warning[0].value
    with Session(app_db) as session:
        assert session.get(Link, following.link_id).verdict == "suggested"
        assert session.get(Link, shown.link_id).verdict == "rejected"


def test_the_review_queue_shows_context_position_and_moves_both_ways(app_db):
    from tracker import api

    queue = api.review_queue(app_db, api.Filters())
    at = go(signed_in("editor"), "review")
    assert not at.exception
    assert at.get("progress")[0].proto.text.startswith(f"Đề xuất 1/{len(queue)} đang chờ")
    # the suggested sentence is marked inside its paragraph of the later report
    marked = [m.value for m in at.markdown if "<mark>" in m.value]
    assert marked and common_plain(queue[0].sentence)[:40] in marked[0]
    assert at.expander[0].label == "Đoạn văn giao nhiệm vụ"
    assert at.button(key="review_previous").disabled
    at.button(key="review_skip").click().run()
    assert at.get("progress")[0].proto.text.startswith(f"Đề xuất 2/{len(queue)}")
    at.button(key="review_previous").click().run()
    assert at.get("progress")[0].proto.text.startswith(f"Đề xuất 1/{len(queue)}")
    # narrowed to the tasks now carried over: the count follows
    at.selectbox(key="review_status_filter").set_value("carried_over").run()
    narrowed = api.review_queue(app_db, api.Filters(), status="carried_over")
    assert narrowed and len(narrowed) < len(queue)
    assert at.get("progress")[0].proto.text.startswith(f"Đề xuất 1/{len(narrowed)}")
    assert all(e.status == "carried_over" for e in narrowed)


def common_plain(text: str) -> str:
    from app_pages import common

    return common.plain(text)


def test_upload_previews_then_ingests(app_db, tmp_path):
    at = go(signed_in("editor"), "reports")
    text = (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8").replace("Hà Nam", "Nam Định")
    text = text.replace("HÀ NAM", "NAM ĐỊNH")
    at.file_uploader(key="reports_upload").set_value([
        ("nam_dinh.txt", text.encode("utf-8"), "text/plain"),
        ("hong.pdf", b"this is not a PDF", "application/pdf"),
    ]).run()
    assert not at.exception
    assert any("hong.pdf: not a PDF file" in e.value for e in at.error)   # a bad file says why
    at.button(key="reports_save").click().run()
    assert any("nam_dinh.txt: đã lưu" in s.value for s in at.success)
    with Session(app_db) as session:
        assert session.exec(select(Report).where(Report.source_name == "nam_dinh.txt")).one()


def test_only_an_admin_relinks_everything(app_db):
    from tracker import api

    editor = go(signed_in("editor"), "reports")
    assert not [b for b in editor.button if b.key == "reports_relink"]
    with pytest.raises(api.NotAllowed):
        api.relink_all(app_db, user=api.UserInfo("thuky", None, "editor"))
    admin = go(signed_in("admin"), "reports")
    admin.button(key="reports_relink").click().run()
    assert not admin.exception
    assert any("Đã liên kết lại" in s.value and "nhiệm vụ" in s.value for s in admin.success)


def test_export_downloads_a_valid_workbook(app_db, monkeypatch):
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    served = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        served[filename] = path_or_data  # what the browser would download
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    at = go(signed_in("viewer"), "export")
    assert [b.proto.label for b in at.get("download_button")] == [
        "Tải Excel (.xlsx)", "Tải Word (.docx)", "Tải CSV"]
    workbook = openpyxl.load_workbook(io.BytesIO(served["theo-doi-nhiem-vu.xlsx"]))
    assert workbook.active["A1"].value == "STT" and workbook.active.max_row == 28
    import docx

    table = docx.Document(io.BytesIO(served["theo-doi-nhiem-vu.docx"])).tables[0]
    assert table.rows[0].cells[1].text == "Nhiệm vụ" and len(table.rows) == 28
    assert served["theo-doi-nhiem-vu.csv"].startswith("\ufeff".encode())
    at.selectbox(key="export_status").set_value("pending").run()
    workbook = openpyxl.load_workbook(io.BytesIO(served["theo-doi-nhiem-vu.xlsx"]))
    assert workbook.active.max_row == 5


@pytest.mark.parametrize(("page", "title"), [("review", "Rà soát minh chứng"),
                                             ("reports", "Báo cáo")])
def test_a_viewer_cannot_reach_editing_pages(app_db, page, title):
    at = go(signed_in("viewer"), page)
    assert [t.value for t in at.title] != [title]           # navigation does not offer it
    assert not [b for b in at.button if b.key in ("review_accept", "reports_save")]
    editor = go(signed_in("editor"), page)
    assert [t.value for t in editor.title] == [title]


def test_a_viewer_sees_no_editing_form_on_the_detail_page(app_db):
    def editing_forms(at):  # the sidebar's own-password form is everyone's
        return [f for f in at.get("form")
                if not any(t.key == "password_current" for t in f.text_input)]

    at = go(signed_in("viewer"), "detail")
    assert not editing_forms(at)
    editor = go(signed_in("editor"), "detail")
    assert editing_forms(editor)


def test_write_functions_refuse_a_viewer(app_db):
    from tracker import api

    viewer = api.UserInfo("lanhdao", None, "viewer")
    with pytest.raises(api.NotAllowed):
        api.set_status(app_db, 1, "done", user=viewer)
    with pytest.raises(api.NotAllowed):
        api.ingest_upload(app_db, b"x", "x.txt", user=viewer)


def test_detail_keeps_weak_candidates_apart(app_db):
    from tracker import api
    from tracker.followup.link import load_config

    bar = load_config().evidence
    for row in api.commitment_rows(app_db, api.Filters())[:10]:
        detail = api.commitment_detail(app_db, row["id"])
        for item in detail.evidence:
            if item.relation == "evidence":
                assert item.counts == (item.verdict == "confirmed" or item.score >= bar)


def test_only_an_admin_deletes_a_report_and_only_after_confirming(app_db):
    editor = go(signed_in("editor"), "reports")
    assert not [b for b in editor.button if b.key == "reports_delete"]
    admin = go(signed_in("admin"), "reports")
    with Session(app_db) as session:
        report = session.exec(select(Report).order_by(Report.id)).first()
        report_id, source = report.id, report.source_name
    admin.selectbox(key="reports_delete_pick").set_value(report_id).run()
    assert admin.button(key="reports_delete").disabled  # not before the box is ticked
    admin.checkbox(key="reports_delete_sure").check().run()
    admin.button(key="reports_delete").click().run()
    assert not admin.exception
    from app_pages.common import plain

    assert any(f"Đã xoá {plain(source)}" in s.value for s in admin.success)
    with Session(app_db) as session:
        assert session.get(Report, report_id) is None
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "report.delete")).one()
        assert (event.actor, event.before["source"]) == ("quantri", source)


def test_a_disabled_accounts_open_session_loses_its_rights(app_db):
    from tracker.accounts import set_active
    from tracker.db import session_scope

    at = go(signed_in("editor"), "reports")
    assert at.title[0].value != "Theo dõi thực hiện nhiệm vụ"
    with session_scope(app_db) as session:
        set_active(session, "thuky", False, actor="quantri")
    at.run()
    assert "user" not in at.session_state
    assert at.title[0].value == "Theo dõi thực hiện nhiệm vụ"  # back at the sign-in page


def test_the_sign_in_page_says_when_an_account_is_locked(app_db):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from tracker.accounts import MAX_FAILURES

    st.cache_resource.clear()
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.text_input(key="login_username").set_value("thuky")
    for _ in range(MAX_FAILURES):
        at.text_input(key="login_password").set_value("doan-mo")
        at.button[0].click().run()
    at.text_input(key="login_password").set_value("demo-2024")
    at.button[0].click().run()
    assert "tạm khoá" in at.error[0].value and "user" not in at.session_state


def test_a_person_changes_their_own_password(app_db):
    from tracker import api

    at = go(signed_in("viewer"), "dashboard")
    at.text_input(key="password_current").set_value("demo-2024")
    at.text_input(key="password_new").set_value("mat-khau-rieng")
    at.text_input(key="password_again").set_value("mat-khau-rieng")
    form_buttons = [b for b in at.button if b.label == "Đổi mật khẩu"]
    form_buttons[0].click().run()
    assert any("Đã đổi mật khẩu" in s.value for s in at.success)
    assert api.sign_in(app_db, "lanhdao", "mat-khau-rieng") is not None
    assert api.sign_in(app_db, "lanhdao", "demo-2024") is None
    # this browser keeps a session (a new one: the password change ended the old ones)
    assert api.resume(app_db, at.session_state["session_token"]).username == "lanhdao"


def test_the_register_lists_assigned_tasks_by_unit_with_an_urging_letter(app_db, monkeypatch):
    import docx

    from tests.tracker.test_directives import FIXTURES

    ingest_paths(app_db, [FIXTURES / "tb_hoi_nghi.txt"])
    at = go(signed_in("viewer"), "register")
    assert [m.value for m in at.metric][:1] == ["3"]  # the three tasks of the notice
    at.selectbox(key="register_unit").set_value("Sở Nội vụ").run()
    assert not at.exception
    assert [m.value for m in at.metric] == ["2", "0", "2", "0"]  # both past their deadline
    table = next(d.value for d in at.dataframe if "Trạng thái" in d.value.columns)
    # past their deadline with no report of the unit: no report yet, not "not yet due"
    assert list(table["Trạng thái"]) == ["Chưa có báo cáo", "Chưa có báo cáo"]
    letter = at.get("download_button")
    assert any("công văn đôn đốc" in str(b.proto.label) for b in letter)
    from datetime import date

    from tracker import api

    data = api.urging_letter(app_db, "Sở Nội vụ", sender="UBND tỉnh Hà Nam", place="Hà Nam",
                             today=date(2026, 11, 30))
    document = docx.Document(io.BytesIO(data))
    header = [p.text for cell in document.tables[0].rows[0].cells for p in cell.paragraphs]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header and "Số:        /UBND-VP" in header
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Kính gửi: Sở Nội vụ." in body and "văn bản số 120/TB-UBND" in body
    assert "Hội nghị tập huấn" in body and "Sở Tài chính" not in body  # its task has no date
    signature = [p.text for cell in document.tables[1].rows[0].cells for p in cell.paragraphs]
    assert "Nơi nhận:" in signature and "PHÓ CHỦ TỊCH" in signature


def test_the_sidebar_narrows_every_page_to_a_unit_and_the_dashboard_counts_by_unit(app_db):
    from tests.tracker.test_directives import FIXTURES

    def by_unit(at):
        return next(d.value for d in at.dataframe if "Số nhiệm vụ" in d.value.columns)

    ingest_paths(app_db, [FIXTURES / "tb_hoi_nghi.txt"])
    at = go(signed_in("viewer"), "dashboard")
    units = by_unit(at)
    assert {"Sở Nội vụ", "Sở Tài chính"} <= set(units["Đơn vị"])
    assert int(units.set_index("Đơn vị").loc["Sở Nội vụ", "Số nhiệm vụ"]) == 2
    at.selectbox(key="sidebar_unit").set_value("Sở Nội vụ").run()
    assert not at.exception
    assert list(by_unit(at)["Đơn vị"]) == ["Sở Nội vụ"]
    at = go(at, "commitments")
    assert at.caption[0].value == "2 nhiệm vụ"
    assert set(at.dataframe[0].value["Đơn vị"]) == {"Sở Nội vụ"}


def test_an_admin_manages_accounts_in_the_app(app_db):
    from tracker import api

    with pytest.raises(api.NotAllowed):
        api.accounts(app_db, user=api.UserInfo("thuky", None, "editor"))
    at = go(signed_in("admin"), "accounts")
    at.text_input(key="accounts_new_name").set_value("vanthu")
    at.text_input(key="accounts_new_full").set_value("Văn thư")
    at.selectbox(key="accounts_new_role").set_value("editor")
    at.text_input(key="accounts_new_password").set_value("van-thu-2026")
    next(b for b in at.button if b.label == "Thêm").click().run()
    assert any("Đã thêm tài khoản" in s.value for s in at.success)
    assert api.sign_in(app_db, "vanthu", "van-thu-2026").role == "editor"
    at.selectbox(key="accounts_pick").set_value("vanthu").run()
    at.button(key="accounts_disable").click().run()
    assert api.sign_in(app_db, "vanthu", "van-thu-2026") is None
    assert any("Đã vô hiệu hoá vanthu" in s.value for s in at.success)
    at.selectbox(key="accounts_pick").set_value("quantri").run()
    at.button(key="accounts_disable").click().run()
    assert any("tự vô hiệu hoá" in e.value for e in at.error)  # never locks oneself out
    editor = signed_in("editor")
    editor.switch_page("app_pages/accounts.py")
    editor.run()  # typing the address: the page is not in an editor's navigation
    assert "Tài khoản" not in [t.value for t in editor.title]


def _show_scan_page(report_id: int) -> None:
    from app_pages import common

    common.scan_page(report_id, 2, key="scan")


@pytest.mark.skipif(__import__("shutil").which("tesseract") is None
                    and not __import__("os").environ.get("CI"),
                    reason="Tesseract is not installed (make install adds it)")
def test_the_page_of_a_scan_is_shown_on_request(app_db, tmp_path, monkeypatch):
    import pypdfium2 as pdfium
    from streamlit.testing.v1 import AppTest

    from tests.nlp.test_realdata import real

    source = pdfium.PdfDocument(str(real("lamdong/da06_2026-03_signed_scan.pdf")))
    pdf = pdfium.PdfDocument.new()
    pdf.import_pages(source, [0, 1])
    path = tmp_path / "quet.pdf"
    pdf.save(str(path))
    pdf.close()
    source.close()
    outcomes = ingest_paths(app_db, [path]).outcomes
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()  # the engine of an earlier test's database
    # AppTest leaves its script as the __main__ module, which processes spawned later (the
    # concurrency tests) would run again: put the real one back afterwards.
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])
    at = AppTest.from_function(_show_scan_page, args=(outcomes[1].report_id,),
                               default_timeout=60).run()
    assert at.toggle[0].label == "Xem trang 2 của bản quét gốc"
    assert not at.get("image")  # nothing rendered until asked
    at.toggle[0].set_value(True).run()
    assert not at.exception
    assert at.get("image") and "Trang 2 của bản quét gốc" in str(at.get("image")[0].proto)


def test_lead_ins_elements_and_standing_tasks_explain_themselves(app_db):
    from app_pages.common import plain
    from tracker import api

    ingest_paths(app_db, [real(f"lamdong/da06_{m}_final.docx") for m in ("2025-08", "2025-09")])
    rows = api.commitment_rows(app_db, api.Filters())
    lead_in = next(r for r in rows if r["elements"])
    element = next(r for r in rows if r["parent_id"] == lead_in["id"])
    at = go(signed_in("viewer"), "commitments")
    assert "việc" in at.caption[0].value  # "… nhiệm vụ, trong đó có nhiệm vụ gồm nhiều việc"
    table = at.dataframe[0].value
    assert ("↳ " + element["text"]) in list(table["Nhiệm vụ"])
    assert any(cell.endswith("việc đã xong") for cell in table["Trạng thái"])
    at.session_state["detail_id"] = lead_in["id"]
    at = go(at, "detail")
    assert any("việc đã xong" in m.value for m in at.markdown)
    assert list(at.dataframe[0].value["Việc"])[:1] == [element["text"]]
    at = signed_in("viewer")  # a new visit: the page's task picker starts afresh
    at.session_state["detail_id"] = element["id"]
    at = go(at, "detail")
    assert any(c.value == "Là một việc của nhiệm vụ: " + plain(lead_in["text"])
               for c in at.caption)
    # the series re-issues its list: a task listed again says it is judged by the results
    standing = [r["id"] for r in rows if api.commitment_detail(app_db, r["id"]).standing]
    assert standing and len(standing) < len(rows)
    for task_id, expected in ((standing[0], True),
                              (next(r["id"] for r in rows if r["id"] not in standing), False)):
        at = signed_in("viewer")
        at.session_state["detail_id"] = task_id
        at = go(at, "detail")
        assert any(c.value.startswith("Báo cáo sau nhắc lại nguyên văn")
                   for c in at.caption) == expected


def test_a_directive_followed_up_in_press_accounts_says_why_its_bar_is_lower(app_db):
    from sqlmodel import Session, select

    from models import Item
    from tests.conftest import ROOT
    from tracker import api

    folder = ROOT / "tests" / "fixtures" / "directive_followup"
    ingest_paths(app_db, [folder / "p03_directive.txt"])
    ingest_paths(app_db, [folder / "p03_report.txt"], agency="Thanh tra tỉnh Thái Bình")
    with Session(app_db) as session:
        task = next(i for i in session.exec(select(Item).where(Item.kind == "directive"))
                    if i.text.startswith("tiến hành đột xuất"))
    detail = api.commitment_detail(app_db, task.id)
    assert detail.running and not detail.standing
    at = signed_in("viewer")
    at.session_state["detail_id"] = task.id
    at = go(at, "detail")
    assert not at.exception
    assert any(c.value.startswith("Nhiệm vụ được theo dõi qua bài viết") for c in at.caption)
    assert not any(c.value.startswith("Báo cáo sau nhắc lại nguyên văn") for c in at.caption)


def test_the_register_narrows_to_a_leader_and_a_source_document(app_db):
    from tracker import api

    ingest_paths(app_db, [real("lamdong-directives/tbkl_son-hai.docx"),
                          real("lamdong-directives/tbkl_expressways.docx")])
    choices = api.register_choices(app_db)
    assert choices["leaders"] == ["Nguyễn Hồng Hải, Phó Chủ tịch UBND tỉnh"]
    assert len(choices["documents"]) == 2  # the two conclusion notices
    at = go(signed_in("viewer"), "register")
    everything = int(at.metric[0].value)
    at.selectbox(key="register_leader").set_value(choices["leaders"][0]).run()
    assert int(at.metric[0].value) == everything  # he chaired both meetings
    at.selectbox(key="register_document").set_value(choices["documents"][0]).run()
    assert not at.exception
    shown = int(at.metric[0].value)
    assert 0 < shown < everything
    sources = set(at.dataframe[0].value["Nguồn"])
    assert all(source.startswith(choices["documents"][0]) for source in sources)


def test_the_reports_list_says_in_vietnamese_what_reading_noted(app_db, tmp_path):
    from tests.conftest import seed_text

    hidden = tmp_path / "co_ky_tu_an.txt"  # a real report, with two invisible characters
    hidden.write_text(seed_text("002").replace("nhiệm vụ", "nhiệm\u200b vụ", 1).replace(
        "UBND", "UB\u00adND", 1), encoding="utf-8")
    outcome, = ingest_paths(app_db, [hidden]).outcomes
    assert outcome.state == "added", outcome
    at = go(signed_in("editor"), "reports")
    table = at.dataframe[0].value
    row = table[table["Tệp"] == "co_ky_tu_an.txt"].iloc[0]
    assert row["Lưu ý"].startswith("Đã bỏ các ký tự ẩn khỏi văn bản: ")
    assert "ZERO WIDTH SPACE" in row["Lưu ý"]
    assert not any("invisible" in str(value) for value in table["Lưu ý"])


def test_a_directive_with_no_period_shows_a_blank_period(app_db):
    # a conclusion notice's tasks have no period of their own: "", not Streamlit's "None"
    from tests.conftest import ROOT

    ingest_paths(app_db, [ROOT / "tests" / "fixtures" / "directives" / "tb_hoi_nghi.txt"])
    for page in ("export", "commitments"):
        at = go(signed_in("viewer"), page)
        periods = list(at.dataframe[0].value["Kỳ giao"])
        assert "" in periods and None not in periods, page


def test_the_reports_list_keeps_what_to_check_and_shows_blanks_blank(app_db, tmp_path):
    # a report with results and no tasks section: the upload said "Không thấy phần nhiệm vụ
    # kỳ tới — kiểm tra lại tệp", and the list keeps saying it for whoever opens it later
    results_only = tmp_path / "chi_co_ket_qua.txt"
    results_only.write_text("BÁO CÁO\nKết quả công tác tháng 5 năm 2024\n\nI. KẾT QUẢ ĐẠT "
                            "ĐƯỢC\n1. Đã tổ chức 02 hội nghị tập huấn nghiệp vụ cho cán bộ.\n"
                            "2. Đã ban hành Kế hoạch cải cách hành chính năm 2024.\n",
                            encoding="utf-8")
    outcome, = ingest_paths(app_db, [results_only], agency="Sở Thử Nghiệm").outcomes
    assert outcome.state == "added" and outcome.warning, outcome
    at = go(signed_in("editor"), "reports")
    table = at.dataframe[0].value
    row = table[table["Tệp"] == "chi_co_ket_qua.txt"].iloc[0]
    assert row["Lưu ý"] == outcome.warning
    assert row["Số"] == ""  # no number: blank, not "None"


@pytest.mark.parametrize(("stored", "shown"), [
    ("next period 'Quý III/2024' does not follow 'Tháng 5/2024'",
     "Kỳ tới «Quý III/2024» không nối tiếp kỳ báo cáo «Tháng 5/2024» — kiểm tra lại kỳ"),
    ("a paragraph of 25,000 characters at offset 120 was too long to read; it was skipped",
     "Bỏ qua một đoạn dài 25,000 ký tự (vị trí 120): quá dài để đọc"),
    ("Không thấy phần nhiệm vụ kỳ tới — kiểm tra lại tệp",
     "Không thấy phần nhiệm vụ kỳ tới — kiểm tra lại tệp"),
])
def test_stored_warnings_are_said_in_vietnamese(stored, shown):
    from tracker.labels import warning_text

    assert warning_text(stored) == shown


def test_every_kind_of_warning_nlp_writes_is_said_in_vietnamese():
    """nlp.messages holds the one template of each warning; the app has a label for each."""
    from nlp.messages import TEMPLATES, warning
    from tracker.labels import WARNINGS, warning_text

    assert set(WARNINGS) == set(TEMPLATES)
    for kind, template in TEMPLATES.items():
        values = [f"giá-trị-{n}" for n in range(template.count("{"))]
        shown = warning_text(warning(kind, *values))
        assert shown == WARNINGS[kind].format(*values) and all(v in shown for v in values)


def test_a_carried_over_task_shows_the_sentence_that_lists_it_again(app_db):
    from tracker import api

    carried = next(r for r in api.commitment_rows(app_db, api.Filters())
                   if r["status"] == "carried_over")
    detail = api.commitment_detail(app_db, carried["id"])
    again = next(e for e in detail.evidence if e.relation == "repetition" and e.counts)
    at = signed_in("viewer")
    at.session_state["detail_id"] = carried["id"]
    at = go(at, "detail")
    sentence = again.paragraph[again.highlight[0]:again.highlight[1]]
    assert any(sentence[:40] in m.value for m in at.markdown)  # the sentence, not its source
    assert not any("Chưa thấy báo cáo nào" in c.value for c in at.caption)
