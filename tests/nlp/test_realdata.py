"""The real documents of a provincial office (../shared/realdata), read as they were filed:
Word 97 .doc through LibreOffice, the official header of .docx and issued PDFs."""

import os
import shutil
from pathlib import Path

import pytest

from nlp import ReadError, extract_report, read_file
from nlp.header import parse_header
from tests.conftest import ROOT

REALDATA = ROOT.parent / "shared" / "realdata"


def real(name: str) -> Path:
    path = REALDATA / name
    if not path.is_file():
        pytest.fail(f"{path} not found (../shared must sit beside the repository)")
    return path


# In CI LibreOffice is installed by .ci/run: there a missing one fails the test.
needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("CI"),
                                       reason="LibreOffice is not installed (make install adds it)")


@needs_libreoffice
def test_a_word_97_draft_reads_like_its_final():
    draft = extract_report(real("lamdong/da06_2025-08_draft.doc"))
    final = extract_report(real("lamdong/da06_2025-08_final.docx"))
    assert draft.issuer == final.issuer == ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI "
                                            "SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06")
    assert draft.agency == final.agency
    assert draft.period.label == final.period.label == "tháng 8/2025"
    assert draft.kind == final.kind == "report"
    assert draft.number is None and draft.issued is None  # blank before signing: not invented


@pytest.mark.parametrize(("name", "issuer", "parent", "kind"), [
    ("lamdong/da06_2025-09_final.docx",
     "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06",
     "UBND TỈNH LÂM ĐỒNG", "report"),
    ("lamdong-directives/directive_2025-12_cchc-indices.docx", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
     None, "directive"),
    ("lamdong-directives/tbkl_son-hai.docx", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", None,
     "conclusion"),
    ("lamdong-directives/plan_2026_cchc-communication.docx", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
     None, "plan"),
    ("lamdong-directives/report_2025-11-28_cchc-indices.pdf", "SỞ NỘI VỤ",
     "UBND TỈNH LÂM ĐỒNG", "report"),
])
def test_the_official_header_gives_the_issuing_body(name, issuer, parent, kind):
    header = parse_header(read_file(real(name)))
    assert (header.issuer, header.issuer_parent, header.kind) == (issuer, parent, kind)
    assert header.place == "Lâm Đồng"


def test_two_months_of_a_series_have_one_agency_and_their_own_periods():
    august = extract_report(real("lamdong/da06_2025-08_final.docx"))
    october = extract_report(real("lamdong/da06_2025-10_final.docx"))
    assert august.agency == october.agency
    assert august.agency.endswith("tỉnh Lâm Đồng")
    assert (august.period.start.month, october.period.start.month) == (8, 10)


def test_an_office_of_a_body_is_named_with_the_whole_body():
    # "UBND TỈNH BÌNH THUẬN" / "VĂN PHÒNG": its Văn phòng, not a "Văn phòng tỉnh Bình Thuận"
    letter = extract_report(real("lamdong-directives/urge_update-databases.doc"))
    assert letter.agency == "Văn phòng Ủy ban nhân dân tỉnh Bình Thuận"
    # a department keeps its own name with the parent's place
    report = extract_report(real("lamdong-directives/report_2025-11-28_cchc-indices.pdf"))
    assert report.agency == "Sở Nội vụ tỉnh Lâm Đồng"


def test_an_issued_pdf_takes_its_period_from_the_title_not_the_signing_month():
    report = extract_report(real("lamdong-directives/report_2025-11-28_cchc-indices.pdf"))
    assert report.period.label == "năm 2025"
    assert report.title.endswith("của tỉnh Lâm Đồng trong năm 2025")
    assert "Thực hiện Thông báo" not in report.title


@pytest.mark.parametrize("name, number, issued", [
    ("lamdong-directives/report_2025-11-06_cchc-indices.pdf", "184/BC-SNV", "2025-11-06"),
    ("lamdong-directives/report_2025-11-28_cchc-indices.pdf", "228/BC-SNV", "2025-11-28")])
def test_a_signed_pdf_gives_the_number_and_day_its_signature_stamped(name, number, issued):
    # the text layer prints "Số: /BC-SNV" and "ngày tháng 11 năm 2025": the signing tool
    # draws the number and the day in its signature fields
    report = extract_report(real(name))
    assert (report.number, str(report.issued)) == (number, issued)
    assert report.title.startswith("Tình hình thực hiện các chỉ số PAR Index")


def test_an_issued_pdf_gives_the_items_of_its_word_file():
    pdf = extract_report(real("lamdong-directives/report_2025-11-06_cchc-indices.pdf"))
    word = extract_report(real("lamdong-directives/report_2025-11-06_cchc-indices.docx"))
    texts = [" ".join(i.text.split()) for i in pdf.items]
    # the page's footnote ("1 Mô hình “Công khai Thủ tục hành chính số” …") no longer runs
    # into the sentence the page breaks, nor a heading into the paragraph under it
    assert "Thực hiện sắp xếp, kiện toàn các đơn vị sự nghiệp công lập theo quy định." in texts
    assert not any(t.startswith("Tình hình thực hiện năm 2025 và kết quả bước đầu")
                   for t in texts)
    # its statistics tables read as table rows and its charts' titles and labels left out,
    # as in the .docx: the same items, word for word
    assert [" ".join(i.text.split()) for i in word.items] == texts


def test_a_scan_needs_tesseract_and_says_so_in_one_line(monkeypatch):
    from nlp.read import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(ReadError, match=r"^da06_2025-10_cover-letter_scan.pdf: the PDF is a "
                                        r"scan and Tesseract is not installed \(sudo apt-get"):
        read_file(real("lamdong/da06_2025-10_cover-letter_scan.pdf"))


def test_a_lead_in_is_the_parent_of_its_elements_in_the_real_series():
    report = extract_report(real("lamdong/da06_2025-08_final.docx"))
    items = report.items
    lead_ins = {items[p].text.split(",")[0]: p for p in report.parents}
    assert set(lead_ins) == {"Chủ động làm việc với các cơ quan", "Theo dõi",
                             "Đẩy mạnh triển khai các ứng dụng"}
    inline = [i.text[:3] for i in items if i.parent == lead_ins["Chủ động làm việc với các cơ quan"]]
    assert inline == ["(1)", "(2)", "(3)", "(4)", "(5)"]  # "d) Tiếp tục …" is not one of them
    dashes = [i for i in items if i.parent == lead_ins["Theo dõi"]]
    assert dashes[0].text.startswith("Đẩy mạnh phân cấp") and len(dashes) == 8
    # "e) Đẩy mạnh triển khai …, trong đó: nâng cao …; chi trả …; nghiên cứu …": the
    # parts of one sentence, each a task
    parts = [i.text for i in items if i.parent == lead_ins["Đẩy mạnh triển khai các ứng dụng"]]
    assert parts == ["nâng cao tỷ lệ thực hiện dịch vụ công trực tuyến",
                     "chi trả, thanh toán không dùng tiền mặt", parts[2]]
    assert parts[2].startswith("nghiên cứu triển khai các tiểu đề án")
    assert items[lead_ins["Đẩy mạnh triển khai các ứng dụng"]].text.endswith("trong đó:")
    for index in report.parents:  # a lead-in comes before its elements, with their unit
        parent = items[index]
        assert parent.kind == "commitment" and parent.parent is None
        assert all(i.unit == parent.unit for i in items if i.parent == index)
        assert min(n for n, i in enumerate(items) if i.parent == index) == index + 1
    assert report.to_dict()["items"][lead_ins["Theo dõi"] + 1]["parent"] == lead_ins["Theo dõi"]


def test_the_real_report_says_which_notice_it_carries_out():
    report = extract_report(real("lamdong-directives/report_2025-11-28_cchc-indices.pdf"))
    assert report.cites == ("493/TB-UBND",)  # "Thực hiện Thông báo số 493/TB-UBND ngày …"
    assert report.to_dict()["report"]["cites"] == ["493/TB-UBND"]
    # legal grounds ("Căn cứ …") and the document's own number are not what it carries out
    letter = extract_report("UBND TỈNH X\nSố: 12/UBND-VP\nCăn cứ Quyết định số 5/QĐ-UBND "
                            "ngày 01/01/2026;\nTrả lời Công văn số 34 / sxd-qlxd ngày 02/01/2026.")
    assert letter.cites == ("34/SXD-QLXD",)


def test_a_results_dash_that_opens_with_its_subject_is_still_an_action():
    """October's results list work done with the doer or a time first and no verb at the
    start ("- 124/124 xã, phường, đặc khu đã đồng loạt tổ chức Lễ ra quân …"): the next
    month's follow-up needs them as evidence. A figure with no work done stays out."""
    report = extract_report(real("lamdong/da06_2025-10_final.docx"))
    actions = [i.text for i in report.items if i.kind == "action"]
    for start in ("124/124 xã, phường, đặc khu đã đồng loạt tổ chức Lễ ra quân",
                  "Tính đến nay, trên địa bàn toàn tỉnh Lâm Đồng đã thu nhận tài khoản",
                  "Công tác tuyên truyền: Các sở, ban, ngành thuộc tỉnh đã chủ động phối hợp"):
        assert any(a.startswith(start) for a in actions), start
    assert not any("phát sinh 5.854 hồ sơ" in a for a in actions)  # a statistic


def test_a_result_belongs_to_the_unit_whose_work_it_reports():
    """September's results: "2. Công tác tham mưu, chỉ đạo của Công an tỉnh - Cơ quan
    thường trực" reports the police's work, "4. Ủy ban nhân dân các xã, phường, đặc khu"
    the communes', "- Bảo hiểm xã hội tỉnh: Đã cập nhật …" its own; a topic's heading
    ("1. Nhóm tiện ích giải quyết thủ tục hành chính …") names no one."""
    report = extract_report(real("lamdong/da06_2025-09_final.docx"))
    actions = [i for i in report.items if i.kind == "action"]

    def unit_of(start: str) -> str | None:
        return next(i for i in actions if i.text.startswith(start)).unit

    assert unit_of("Phát động 01 đợt cao điểm 60 ngày đêm") == "Công an tỉnh"
    assert unit_of("Tập trung tổ chức thực hiện các nhiệm vụ") == "UBND các xã, phường, đặc khu"
    assert unit_of("Bảo hiểm xã hội tỉnh: Đã cập nhật") == "Bảo hiểm xã hội tỉnh"
    assert unit_of("Toàn tỉnh đã triển khai cung cấp 2.028") is None
    # "1. Công tác chỉ đạo của Ban chỉ đạo tỉnh": the steering committee's work ("Ban chỉ
    # đạo" one noun, nouns.jsonl, not the head "Ban" and the verb "chỉ đạo")
    assert unit_of("Tổ chức 01 buổi làm việc do đồng chí") == "Ban chỉ đạo tỉnh"
