"""Directives are followed up in the reports of the unit they are assigned to."""

import re

import pytest
from sqlmodel import Session, select

import nlp
from models import CommitmentStatus, Item
from tests.conftest import ROOT
from tracker import api
from tracker.documents.ingest import ingest_paths

FIXTURES = ROOT / "tests" / "fixtures" / "directives"


class Statuses(dict):
    def __getitem__(self, start: str):
        found = [v for k, v in self.items() if k.startswith(start)]
        assert len(found) == 1, (start, list(self))
        return found[0]


def statuses(engine) -> Statuses:
    """{text: (unit, status, deadline)} of every directive."""
    with Session(engine) as session:
        rows = session.exec(select(Item, CommitmentStatus).join(
            CommitmentStatus, CommitmentStatus.commitment_id == Item.id, isouter=True)
            .where(Item.kind == "directive")).all()
    return Statuses({item.text: (item.responsible_unit, state.effective if state else "pending",
                                 item.deadline.isoformat() if item.deadline else None)
                     for item, state in rows})


def test_a_directive_is_judged_by_its_units_later_report(engine):
    summary = ingest_paths(engine, [FIXTURES / "tb_hoi_nghi.txt"])
    assert [(o.state, o.commitments) for o in summary.outcomes] == [("added", 3)]
    before = statuses(engine)
    assert all(status == "pending" for _, status, _ in before.values())  # nothing later yet
    ingest_paths(engine, [FIXTURES / "snv_thang5.txt"])  # the unit's report comes in after
    after = statuses(engine)
    assert after["Giao Sở Nội vụ tổ chức Hội nghị tập huấn"] == (
        "Sở Nội vụ", "done", "2026-05-25")
    assert after["Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp"] == (
        "Sở Nội vụ", "in_progress", "2026-06-30")
    # Sở Tài chính has sent nothing: its task waits
    assert after["Giao Sở Tài chính bố trí kinh phí"][:2] == ("Sở Tài chính", "pending")


def test_directives_are_on_the_follow_up_list_with_their_unit(engine):
    ingest_paths(engine, [FIXTURES / "tb_hoi_nghi.txt", FIXTURES / "snv_thang5.txt"])
    rows = [r for r in api.commitment_rows(engine, api.Filters())
            if "Hội nghị tập huấn" in r["text"]]
    assert [(r["responsible_unit"], r["status"]) for r in rows] == [("Sở Nội vụ", "done")]


def test_the_list_and_the_dashboard_narrow_to_a_unit_however_it_is_written(engine):
    ingest_paths(engine, [FIXTURES / "tb_hoi_nghi.txt", FIXTURES / "snv_thang5.txt"])
    assert {"Sở Nội vụ", "Sở Tài chính"} <= set(api.filter_options(engine)["units"])
    for name in ("Sở Nội vụ", "SNV"):  # the registry's alias names the same unit
        rows = api.commitment_rows(engine, api.Filters(unit=name))
        assert rows and {r["unit"] for r in rows} == {"Sở Nội vụ"}
    by_unit = {u["unit"]: u for u in api.dashboard(engine, api.Filters()).by_unit}
    assert by_unit["Sở Nội vụ"]["done"] == 1 and by_unit["Sở Tài chính"]["pending"] == 1
    narrowed = api.dashboard(engine, api.Filters(unit="Sở Tài chính"))
    assert narrowed.total == 1 and [u["unit"] for u in narrowed.by_unit] == ["Sở Tài chính"]
    # a unit chosen before its reports were deleted shows nothing, and breaks nothing
    assert api.commitment_rows(engine, api.Filters(unit="Sở Không Có")) == []


def test_the_urging_letter_comes_from_the_body_that_assigned_the_tasks(engine):
    import io
    from datetime import date

    import docx

    ingest_paths(engine, [FIXTURES / "tb_hoi_nghi.txt"])
    data = api.urging_letter(engine, "Sở Nội vụ", today=date(2026, 11, 30))
    left, right = ([p.text for p in c.paragraphs] for c in
                   docx.Document(io.BytesIO(data)).tables[0].rows[0].cells)
    assert left[1:3] == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM"]
    assert right[3].startswith("Hà Nam, ngày")


def test_a_report_that_carries_out_the_notice_answers_its_directives_first(engine, tmp_path):
    report = (FIXTURES / "stc_thang6.txt").read_text(encoding="utf-8")
    assert nlp.extract_report(report).cites == ("120/TB-UBND",)
    # the same report without its opening sentence: the task reported in other words
    # ("trình UBND tỉnh phân bổ 2,5 tỷ đồng cho số hóa hồ sơ lưu trữ") is not enough
    silent = tmp_path / "stc_thang6.txt"
    silent.write_text(re.sub(r"Thực hiện Thông báo số [^\n]+\n", "", report), encoding="utf-8")
    ingest_paths(engine, [FIXTURES / "tb_hoi_nghi.txt", silent])
    assert statuses(engine)["Giao Sở Tài chính bố trí kinh phí"][1] == "not_reported"
    ingest_paths(engine, [FIXTURES / "stc_thang6.txt"])  # the report as sent: it cites it
    assert statuses(engine)["Giao Sở Tài chính bố trí kinh phí"][1] == "done"
    detail = next(r for r in api.commitment_rows(engine, api.Filters())
                  if r["text"].startswith("Giao Sở Tài chính"))
    assert detail["supporting"]["text"].startswith("Đã trình UBND tỉnh phân bổ 2,5 tỷ đồng")


def test_a_meeting_summarys_requests_to_its_own_units_are_followed_up_in_its_reports(engine):
    """"Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị, địa phương: (1) …" in a summary of
    the district's own meeting: no agency is called "các cơ quan, đơn vị, địa phương", so the
    district's next summary follows the requests up (before: never judged at all)."""
    from tracker.documents.ingest import ingest_text

    first = ("Sáng ngày 01/3/2022, UBND huyện tổ chức phiên họp đánh giá kết quả tháng 02 và "
             "triển khai nhiệm vụ tháng 3/2022.\n\nTrong tháng 02, huyện đã thu ngân sách "
             "đạt 12 tỷ đồng.\n\nKết luận phiên họp, Chủ tịch UBND huyện yêu cầu các cơ quan, "
             "đơn vị, địa phương trong thời gian tới: (1) Hoàn thành tiêm chủng vắc xin phòng "
             "Covid-19 mũi 3 cho người dân; (2) Tổ chức Hội nghị đối thoại với doanh nghiệp "
             "trên địa bàn huyện.")
    second = ("Sáng ngày 01/4/2022, UBND huyện tổ chức phiên họp đánh giá kết quả tháng 3 và "
              "triển khai nhiệm vụ tháng 4/2022.\n\nTrong tháng 3, huyện đã hoàn thành tiêm "
              "chủng vắc xin phòng Covid-19 mũi 3 cho 95% người dân.")
    for name, text in (("t02.txt", first), ("t03.txt", second)):
        outcome = ingest_text(engine, text, source=name, agency="UBND huyện Thuận Nam")
        assert outcome.state == "added", outcome
    with Session(engine) as session:
        rows = session.exec(select(Item, CommitmentStatus).join(
            CommitmentStatus, CommitmentStatus.commitment_id == Item.id, isouter=True)
            .where(Item.kind == "directive")).all()
    judged = {item.text[:20]: state.effective if state else None for item, state in rows}
    assert judged == {"Hoàn thành tiêm chủn": "done", "Tổ chức Hội nghị đối": "not_reported"}


def test_a_letter_known_from_the_press_is_followed_up_in_the_units_later_account(engine):
    """A national department's letter reported by the press names no sender the header
    reader knows: the body whose requests it reports sent it ("Cục An toàn thực phẩm …").
    The task goes to the unit the letter was sent to ("gửi Sở Y tế tỉnh Khánh Hòa đề nghị
    …"), "Cơ quan này đề nghị …" asks that unit again, and its later account, filed as
    "Sở Y tế Khánh Hòa" (no "tỉnh"), is that unit's."""
    from tracker.documents.ingest import ingest_text

    letter = ("Ngày 18-11, Cục An toàn thực phẩm, Bộ Y tế có công văn gửi Sở Y tế tỉnh Khánh "
              "Hòa đề nghị đình chỉ hoạt động tạm thời bếp ăn trường Tiểu học Phước Hải.\n\n"
              "Cơ quan này đề nghị khẩn trương lấy mẫu thực phẩm nghi ngờ để xét nghiệm các "
              "chỉ tiêu an toàn thực phẩm.\n")
    account = ("Ngày 21-11, Sở Y tế Khánh Hòa cho biết đã đình chỉ hoạt động tạm thời bếp ăn "
               "trường Tiểu học Phước Hải.\n\nSở đã lấy mẫu thực phẩm nghi ngờ để xét nghiệm "
               "các chỉ tiêu an toàn thực phẩm.\n")
    assert ingest_text(engine, letter, source="cong-van.txt").state == "added"
    assert nlp.extract_report(letter).agency == "Cục An toàn thực phẩm"
    found = statuses(engine)
    assert found["đình chỉ hoạt động tạm thời bếp ăn"][:2] == ("Sở Y tế", "pending")
    assert found["khẩn trương lấy mẫu thực phẩm"][:2] == ("Sở Y tế", "pending")
    assert ingest_text(engine, account, source="bao.txt",
                       agency="Sở Y tế Khánh Hòa").state == "added"
    after = statuses(engine)
    assert after["đình chỉ hoạt động tạm thời bếp ăn"][1] == "done"
    assert after["khẩn trương lấy mẫu thực phẩm"][1] == "done"


@pytest.mark.parametrize(("name", "keys"), [
    ("Thanh tra tỉnh Thái Bình", ["thanh tra"]),
    ("Thanh tra tỉnh", ["thanh tra"]),
    ("Sở Y tế Khánh Hòa", ["sở y tế"]),
    ("Sở Kế hoạch và Đầu tư", ["sở kế hoạch và đầu tư"]),  # no province to drop
    # (a district's name is no province: the pair keeps "Tiên Yên")
    ("Sở Giáo dục - Đào tạo và UBND huyện Tiên Yên",
     ["sở giáo dục và đào tạo và ubnd huyện tiên yên", "sở giáo dục và đào tạo",
      "ubnd huyện tiên yên"]),
    # follow-up held out 4, p16: "Thương" and "Đà Nẵng" are not two words of a province
    ("Sở Công Thương Đà Nẵng", ["sở công thương"]),
    # follow-up held out 4, p17: "giao Sở Xây dựng cùng UBND các quận, huyện …" asks both,
    # the Sở first
    ("Sở Xây dựng cùng UBND các quận, huyện",
     ["sở xây dựng cùng ubnd các quận, huyện", "sở xây dựng", "ubnd các quận, huyện"]),
    ("Sở Xây dựng TP.HCM", ["sở xây dựng"]),
    # the head's title: the chairman's tasks are reported by his committee
    ("Chủ tịch UBND các xã, phường, đặc khu", ["ubnd các xã, phường, đặc khu"]),
    ("Giám đốc Sở Y tế", ["sở y tế"]),
    # follow-up held out 3, p11: "giao TP Đà Lạt chủ trì …" is followed up in the reports of
    # UBND TP Đà Lạt; a party committee is no place
    ("TP Đà Lạt", ["ubnd thành phố đà lạt"]),
    ("UBND thành phố Đà Lạt", ["ubnd thành phố đà lạt"]),
    ("tỉnh Khánh Hòa", ["ubnd tỉnh khánh hòa"]),
    ("Tỉnh ủy Lâm Đồng", ["tỉnh ủy lâm đồng"]),
])
def test_one_body_key_per_unit_and_each_of_units_asked_together(name, keys):
    assert nlp.body_keys(name) == keys


def test_a_directive_followed_up_in_press_accounts_is_read_from_the_lower_bar(engine):
    """The follow-up pair p03 (tests/fixtures/directive_followup): the province asks the
    Thanh tra tỉnh to inspect; the press then tells that it set up the inspection team, in
    its own words ("vừa quyết định thành lập Đoàn thanh tra việc thực hiện chính sách, pháp
    luật …"). Evidence read from running text only is judged from linking.json's
    running_evidence, below the bar formal reports are judged from."""
    from models import Link
    from tracker.followup.link import load_config

    folder = ROOT / "tests" / "fixtures" / "directive_followup"
    ingest_paths(engine, [folder / "p03_directive.txt"])
    ingest_paths(engine, [folder / "p03_report.txt"], agency="Thanh tra tỉnh Thái Bình")
    config = load_config()
    assert config.running_evidence is not None and config.running_evidence < config.evidence
    with Session(engine) as session:
        task = next(i for i in session.exec(select(Item).where(Item.kind == "directive"))
                    if i.text.startswith("tiến hành đột xuất"))
        state = session.get(CommitmentStatus, task.id)
        best = max(session.exec(select(Link).where(Link.commitment_id == task.id,
                                                   Link.relation == "evidence")),
                   key=lambda link: link.score)
    assert state is not None and state.computed == "done"
    assert state.explanation["evidence_bar"] == config.running_evidence
    assert config.running_evidence <= best.score < config.evidence
    assert "thành lập Đoàn thanh tra" in best.sentence


def test_a_place_given_a_task_is_followed_up_in_its_committees_reports(engine):
    """The follow-up pair p11 (tests/fixtures/directive_followup3): "UBND tỉnh Lâm Đồng giao
    TP Đà Lạt chủ trì …" asks the city, whose later account comes in as UBND TP Đà Lạt's:
    its tasks are judged from it instead of waiting for an agency called "TP Đà Lạt"."""
    folder = ROOT / "tests" / "fixtures" / "directive_followup3"
    ingest_paths(engine, [folder / "p11_directive.txt"])
    ingest_paths(engine, [folder / "p11_report.txt"], agency="UBND TP Đà Lạt")
    found = statuses(engine)
    city = [status for text, (unit, status, _) in found.items() if unit == "TP Đà Lạt"]
    assert len(city) >= 3 and "pending" not in city


def test_a_pages_units_of_no_agency_are_the_one_agency_it_asks_by_name(engine):
    """Follow-up held out 4, p20: "Phó Thủ tướng … yêu cầu tỉnh Khánh Hòa …" then "Trước
    khi thông xe …, các đơn vị chuyên môn liên quan cần rà soát …": the page asks one agency
    by name, the units it names no agency's are that agency's own, followed up in its
    reports (before: pending for ever, the speaker's own reports being none)."""
    from tracker.documents.ingest import ingest_text

    page = ("Phó Thủ tướng kiểm tra đèo Khánh Lê\n\nPhó Thủ tướng Chính phủ Hồ Quốc Dũng yêu "
            "cầu tỉnh Khánh Hòa cần tập trung nhân lực và thiết bị để thông tuyến trên đèo "
            "Khánh Lê.\n\nTrước khi thông xe trên tuyến đèo Khánh Lê, các đơn vị chuyên môn "
            "liên quan cần rà soát thật kỹ các vị trí có nguy cơ sạt lở.\n")
    account = ("Ngày 25-11, UBND tỉnh Khánh Hòa cho biết các lực lượng đã rà soát các vị trí "
               "có nguy cơ sạt lở trên đèo Khánh Lê.\n")
    ingest_text(engine, page, source="p20_page.txt")
    ingest_text(engine, account, source="p20_account.txt", agency="UBND tỉnh Khánh Hòa")
    found = statuses(engine)
    assert found["Trước khi thông xe"][0] == "các đơn vị chuyên môn liên quan"
    assert found["Trước khi thông xe"][1] == "done"  # "đã rà soát các vị trí …"



def test_a_directive_letters_units_wait_for_their_own_reports(engine):
    """The December letter (directive_2025-12) assigns tasks unit by unit: Sở Nội vụ, Văn
    phòng UBND tỉnh, Trung tâm Xúc tiến …, Sở Tư pháp, Thanh tra tỉnh. With Sở Nội vụ's
    report stored and the province's 2026 plan after it, the units that are no agency yet
    were followed up in Sở Nội vụ's reports (the press-page reading: "the rest are the
    named agency's own units") and 36-46 of their tasks showed "Chưa thấy báo cáo"."""
    from tests.nlp.test_realdata import real

    ingest_paths(engine, [real("lamdong-directives/directive_2025-12_cchc-indices.docx"),
                          real("lamdong-directives/report_2025-11-28_cchc-indices.pdf"),
                          real("lamdong-directives/plan_2026_cchc-communication.docx")])
    found = statuses(engine)
    assert found["Hằng tháng tổ chức 01 cuộc đối thoại với doanh nghiệp"][1] == "pending"
    assert not [text for text, (_, status, _) in found.items() if status == "not_reported"]
