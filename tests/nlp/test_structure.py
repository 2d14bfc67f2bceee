import pytest

from nlp.structure import parse_document
from tests.conftest import gold, seed_text

SEEDS = ("000", "001", "002", "003", "004")


@pytest.mark.parametrize("prefix", SEEDS)
def test_metadata_of_every_seed_matches_the_gold(prefix, seed_reports):
    report = seed_reports[prefix].to_dict()["report"]
    assert {key: report[key] for key in gold(prefix)["report"]} == gold(prefix)["report"]


def kinds(prefix: str) -> dict[str, str]:
    doc = parse_document(seed_text(prefix))
    return {section.path: section.kind for section in doc.sections}


def test_every_section_kind_is_recognised_in_the_annual_report():
    found = set(kinds("001").values())
    assert {"background", "results", "assessment", "proposals", "tasks", "solutions",
            "recipients", "signature", "appendix"} <= found


@pytest.mark.parametrize(("prefix", "title_part", "kind"), [
    ("000", "I. Kết quả hoạt động", "results"),
    ("000", "III. Nhiệm vụ trọng tâm Quý II năm 2015", "tasks"),   # numbering gap I -> III
    ("000", "PHỤ LỤC", "appendix"),
    ("001", "I. ĐẶC ĐIỂM TÌNH HÌNH", "background"),
    ("001", "2. Tồn tại, hạn chế", "assessment"),
    ("001", "4. Kiến nghị, đề xuất", "proposals"),
    ("001", "3. Giải pháp thực hiện", "solutions"),
    ("002", "I. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC", "results"),            # unknown kind before tasks
    ("002", "III. MỘT SỐ NHIỆM VỤ TRỌNG TÂM QUÝ I/2020", "tasks"),
    ("003", "Những thành tựu", "results"),                        # bare heading line
    ("003", "Nhiệm vụ trọng tâm năm 2012", "tasks"),
    ("004", "II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 5 NĂM 2014", "tasks"),
    ("004", "KT. GIÁM ĐỐC", "signature"),
    ("004", "Nơi nhận", "recipients"),
])
def test_section_kinds(prefix, title_part, kind):
    matches = [k for path, k in kinds(prefix).items() if path.split(" > ")[-1].startswith(title_part)]
    assert matches and all(k == kind for k in matches), (title_part, matches)


@pytest.mark.parametrize(("heading", "field"), [
    # headings that name a known field give its canonical name (nlp/rules/fields.jsonl)
    ("1. Về Báo chí, Xuất bản", "Báo chí, Xuất bản"),
    ("1. Về Báo chí Xuất bản:", "Báo chí, Xuất bản"),
    ("5. Công tác thanh tra, kiểm tra và giải quyết khiếu nại, tố cáo", "Thanh tra, kiểm tra"),
    ("a. Về CNTT:", "Công nghệ thông tin"),
    ("2.3. Về Bưu chính, Viễn thông:", "Bưu chính, Viễn thông"),
    ("*** Công tác xây dựng Quy hoạch, Kế hoạch:**", "Quy hoạch, kế hoạch, dự án"),
    # other headings give their own words, without "Về" / "Công tác"
    ("1. Công tác tham mưu, chỉ đạo", "Tham mưu, chỉ đạo"),
])
def test_field_comes_from_the_nearest_heading(heading, field):
    text = f"I. Kết quả công tác quý I năm 2015\n\n{heading}\n\n- Ban hành Kế hoạch số 12/KH-STTTT.\n"
    doc = parse_document(text)
    item = next(b for b in doc.blocks if b.kind == "item")
    assert doc.section_of(item).field == field


def test_heading_styles_and_list_markers():
    text = (
        "II- KẾT QUẢ THỰC HIỆN\n\n"
        "1. Về Công nghệ thông tin\n\n"
        "a) Hạ tầng\n\n"
        "2.1 Về báo chí: Tổ chức giao ban báo chí hằng tháng.\n\n"
        "+ Triển khai Kế hoạch A.\n"
        "• Triển khai Kế hoạch B.\n"
        "Một là: Triển khai Kế hoạch C.\n"
        "3. Tổ chức thành công Hội nghị tổng kết công tác năm 2014 của ngành thông tin và truyền "
        "thông tỉnh với sự tham dự của lãnh đạo tỉnh.\n"
    )
    doc = parse_document(text)
    headings = [(b.level, b.title) for b in doc.blocks if b.kind == "heading"]
    assert headings == [(1, "KẾT QUẢ THỰC HIỆN"), (2, "Về Công nghệ thông tin"), (3, "Hạ tầng"),
                        (3, "Về báo chí")]
    items = [doc.text[b.content_start:b.end] for b in doc.blocks if b.kind == "item"]
    assert items[:3] == ["Triển khai Kế hoạch A.", "Triển khai Kế hoạch B.", "Triển khai Kế hoạch C."]
    assert items[3].startswith("Tổ chức thành công Hội nghị")   # long numbered line is an item
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == ["Tổ chức giao ban báo chí hằng tháng."]       # "2.1 Topic: content"


def test_blank_lines_holding_spaces_separate_blocks():
    doc = parse_document("I. Nhiệm vụ tháng 5\n\n- Triển khai A.\n \n- Triển khai B.\n\t\n")
    assert [doc.text[b.content_start:b.end] for b in doc.blocks if b.kind == "item"] == [
        "Triển khai A.", "Triển khai B."]


def test_line_broken_mid_sentence_is_joined_back():
    doc = parse_document(seed_text("000"))
    block = next(b for b in doc.blocks if "truy nhập Internet và" in doc.text[b.start:b.end])
    assert "dịch vụ trò chơi điện tử công cộng" in doc.text[block.start:block.end]


def test_tables_are_blocks_of_their_own():
    doc = parse_document(seed_text("000"))
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 2
    assert all("\t" in doc.text[b.start:b.end] for b in tables)


def test_next_period_implied_when_the_report_does_not_say():
    doc = parse_document("BÁO CÁO\n\nKết quả công tác quý III năm 2016\n\nI. Kết quả\n\n- Ban hành A.\n")
    assert doc.period.start.isoformat() == "2016-07-01"
    assert (doc.next_period.start.isoformat(), doc.next_period.end.isoformat()) == (
        "2016-10-01", "2016-12-31")


def test_next_period_that_does_not_follow_is_flagged():
    doc = parse_document("BÁO CÁO\n\nKết quả công tác quý III năm 2016 và nhiệm vụ quý I năm 2016\n")
    assert doc.warnings and "does not follow" in doc.warnings[0]


def test_agency_can_be_overridden():
    doc = parse_document(seed_text("004"), agency="Sở Nội vụ tỉnh Bắc Giang")
    assert doc.agency == "Sở Nội vụ tỉnh Bắc Giang"


def test_the_top_part_of_a_section_path():
    # the part a result sits in, for the linker (tracker.followup.update; linking.json
    # direction_parts): the path's first heading
    from nlp import top_part
    from nlp.structure import PATH_SEPARATOR

    path = PATH_SEPARATOR.join(["I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "2. Công an tỉnh"])
    assert top_part(path) == "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"
    assert top_part("II. KẾT QUẢ") == "II. KẾT QUẢ"
    assert top_part(None) is None and top_part("") is None
