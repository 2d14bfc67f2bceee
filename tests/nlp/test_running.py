"""Reports in running text (issue #14): published meeting summaries from
tests/fixtures/running, read sentence by sentence."""

from datetime import date

import pytest

from nlp import extract_report, parse_document
from nlp.extract import _headline_only
from tests.conftest import ROOT

RUNNING = ROOT / "tests" / "fixtures" / "running"


def items(name: str):
    return extract_report((RUNNING / name).read_text(encoding="utf-8")).items


def read(text: str, width: int) -> list[tuple[str, str | None, str]]:
    """Each item's kind, unit and the first `width` characters of its text."""
    return [(i.kind, i.unit, i.text[:width]) for i in extract_report(text).items]


CAPTIONED = (
    "Huyện Hồng Ngự tổ chức Hội nghị đánh giá kết quả thực hiện Chỉ số cải cách hành chính năm "
    "2020\n\nVừa qua, UBND huyện Hồng Ngự tổ chức Hội nghị đánh giá kết quả Chỉ số cải cách "
    "hành chính năm 2020.\n\nQuang cảnh Hội nghị đánh giá kết quả thực hiện Chỉ số cải cách "
    "hành chính\n\nTheo kết quả tự đánh giá cho thấy, giá trị của các Chỉ số theo từng lĩnh "
    "vực đều hoàn thành theo kế hoạch đề ra như: cải cách thủ tục hành chính; cải cách tài "
    "chính công; tuy nhiên, vẫn còn một số nhiệm vụ đang thực hiện sẽ hoàn thành trong tháng 11 "
    "năm 2020.\n\nPhát biểu kết luận Hội nghị, Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ "
    "quan, đơn vị tập trung hoàn thành các nhiệm vụ còn lại, thường xuyên kiểm tra, giám sát "
    "các hoạt động.\n")


def test_a_photo_caption_between_paragraphs_is_no_heading():
    # directives held out 131, d1252: "Quang cảnh Hội nghị …" between the paragraphs is a
    # caption, not a second heading: the page is still read as running text (nlp/extract.py
    # _headline_only, running.page_furniture); what "đều hoàn thành" reports done before a
    # "tuy nhiên … sẽ …" is a result, not a promise (running.json reported_done)
    assert _headline_only(parse_document(CAPTIONED))
    assert read(CAPTIONED, 20) == [
        ("action", None, "Theo kết quả tự đánh"), ("action", None, "cải cách thủ tục hàn"),
        ("action", None, "cải cách tài chính c"),
        ("directive", "Thủ trưởng các cơ quan, đơn vị", "tập trung hoàn thành"),
        ("directive", "Thủ trưởng các cơ quan, đơn vị", "thường xuyên kiểm tr")]


NINE_MONTHS = (
    "Ngày 21/10, Thị ủy Phú Mỹ đã tổ chức Hội nghị Ban chấp hành Đảng bộ lần thứ 6 (mở rộng), "
    "đánh giá công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ phát triển kinh tế xã hội 9 tháng "
    "và triển khai nhiệm vụ 3 tháng cuối năm 2021.\n\n9 tháng năm 2021, Thị ủy Phú Mỹ đã bám "
    "sát sự chỉ đạo của Tỉnh ủy và Nghị quyết về phương hướng, nhiệm vụ năm 2021 để triển khai "
    "nhiệm vụ phát triển kinh tế xã hội. Tổng thu ngân sách nhà nước 9 tháng đạt 87,15% dự "
    "toán.\n")


def test_the_task_words_between_two_periods_split_them():
    # running held out 130, r1331: "… chỉ đạo thực hiện nhiệm vụ … 9 tháng và triển khai nhiệm
    # vụ 3 tháng cuối năm 2021" reviews the nine months and sets the last three (the task
    # words between the periods split them: nlp/structure.py _opening_pair); a resolution
    # named "Nghị quyết về phương hướng, nhiệm vụ năm 2021" announces no tasks
    # (running.json announce): the nine months' figures are results
    doc = parse_document(NINE_MONTHS)
    assert doc.period is not None and doc.next_period is not None
    assert (doc.period.start, doc.period.end) == (date(2021, 1, 1), date(2021, 9, 30))
    assert (doc.next_period.start, doc.next_period.end) == (date(2021, 10, 1), date(2021, 12, 31))
    assert read(NINE_MONTHS, 20) == [("action", None, "9 tháng năm 2021, Th"),
                                     ("action", None, "Tổng thu ngân sách n")]


def test_the_year_a_page_opens_with_is_the_one_it_reviews():
    # running held out 78 r813: "Năm 2019 không có dịch bệnh lớn …" opens the page, "Năm
    # 2020, ngành Y tế tiếp tục …" a later paragraph, which the header took for the year the
    # page reviews: the page reviews 2019, and its 2020 paragraph promises
    path = ROOT / "tests" / "fixtures" / "running_heldout78" / "r813.txt"
    found = [(i.kind, i.text[:40]) for i in extract_report(path.read_text(encoding="utf-8"))
             .items if "y tế dự phòng" in i.text]
    assert found == [("commitment", "ngành Y tế tiếp tục tăng cường chất lượn")]


def test_a_direction_told_with_its_outcome_is_work_done():
    # running held out 78 r812: "Huyện Hội Trà Cú chỉ đạo Hội cơ sở vận động 32.224 hộ …, kết
    # quả bình xét công nhận 23.095 hộ …" tells what was done, asks no one
    path = ROOT / "tests" / "fixtures" / "running_heldout78" / "r812.txt"
    found = [(i.kind, i.text[:40]) for i in extract_report(path.read_text(encoding="utf-8"))
             .items if "32.224 hộ" in i.text]
    assert found == [("action", "Huyện Hội Trà Cú chỉ đạo Hội cơ sở vận đ")]


def test_a_leaders_request_gives_one_directive_per_task_with_its_addressee():
    found = [i for i in items("r20.txt") if i.kind == "directive"]
    assert [i.text for i in found][:2] == [
        "tham mưu đẩy nhanh tiến độ giải phóng mặt bằng các công trình",
        "thành lập tổ giám sát việc cung cấp cây con giống trong các chương trình dự án"]
    assert {i.unit for i in found} == {"các cơ quan liên quan"}


def test_results_are_actions_and_captions_bylines_are_nothing():
    found = items("r16.txt")
    texts = [i.text for i in found]
    assert not any("Ảnh" in t or t == "VŨ THẢO" or t.startswith("Quang cảnh") for t in texts)
    assert any(i.kind == "action" and i.text.startswith("kim ngạch xuất khẩu ước thực hiện")
               for i in found)
    # "Trong 6 tháng cuối năm, Đảng ủy … tập trung …": the body's own tasks, in a list
    tasks = [i for i in found if i.kind == "commitment"]
    assert len(tasks) >= 2 and all("6 tháng cuối năm" not in i.text for i in tasks)


def test_work_reported_as_directed_is_a_result_not_a_request():
    text = ("Trong tháng 4, UBND huyện đã tập trung chỉ đạo công tác phòng chống dịch bệnh "
            "trên đàn gia súc. Đồng chí Chủ tịch UBND huyện chủ trì giao ban.\n\n"
            "Kết luận cuộc họp, đồng chí Chủ tịch UBND huyện yêu cầu các phòng, ban tăng "
            "cường kiểm tra an toàn thực phẩm; hoàn thành giải ngân vốn đầu tư công trước "
            "ngày 30/6/2026.\n\nẢnh: Hữu Hoàn\n")
    found = extract_report(text).items
    assert [(i.kind, i.text[:30]) for i in found] == [
        ("action", "Trong tháng 4, UBND huyện đã t"),
        ("directive", "tăng cường kiểm tra an toàn th"),
        ("directive", "hoàn thành giải ngân vốn đầu t")]
    assert found[2].due == "2026-06-30"
    assert {i.unit for i in found[1:]} == {"các phòng, ban"}


def test_a_request_whose_addressee_acts_with_a_word_of_manner_and_its_targets():
    text = ("Kết luận phiên họp, đồng chí Chủ tịch UBND xã chỉ đạo các công chức, đơn vị "
            "thuộc quyền chủ động thực hiện tốt các nội dung như: Rà soát hộ nghèo đúng "
            "thời gian quy định. Đôn đốc các nguồn thu để thu ngân sách năm 2024 đạt 100% "
            "kế hoạch giao.")
    found = extract_report(text).items
    assert [i.kind for i in found] == ["directive", "directive"]  # a target is no result
    assert found[0].text.startswith("Rà soát hộ nghèo") and found[1].text.startswith("Đôn đốc")
    assert {i.unit for i in found} == {"các công chức, đơn vị thuộc quyền"}
    # r27: "linh hoạt" is how the addressee acts, not part of its name
    asked = read("Đồng chí Phó Chủ tịch UBND huyện đề nghị xã linh hoạt để đẩy nhanh tiến "
                 "độ, đẩy mạnh hoạt động vận động xã hội hoá để thực hiện các tiêu chí.", 30)
    assert asked and {unit for _, unit, _ in asked} == {"xã"}


def test_a_sentence_opening_with_the_next_period_speaks_of_it():
    # r17: "… tổng kết năm 2018, triển khai nhiệm vụ năm 2019. … Năm 2019, ngành tiếp tục …"
    found = items("r17.txt")
    tasks = [i.text for i in found if i.kind == "commitment"]
    assert tasks[0].startswith("ngành tiếp tục nỗ lực hoàn thành các mục tiêu"), tasks
    assert "quản lý chặt chẽ các hoạt động lễ hội, nghệ thuật biểu diễn" in tasks
    # the year the report reviews opens results, not tasks
    text = ("Sáng 10/1, Sở Tư pháp tổ chức hội nghị tổng kết năm 2018, triển khai nhiệm vụ năm "
            "2019.\n\nNăm 2018, Sở đã tổ chức 12 hội nghị phổ biến pháp luật.\n\n"
            "Năm 2019, Sở tổ chức 15 hội nghị phổ biến pháp luật; rà soát 200 văn bản.")
    kinds = [(i.kind, i.text[:20]) for i in extract_report(text).items]
    assert ("action", "Năm 2018, Sở đã tổ c") in kinds
    assert [k for k, _ in kinds].count("commitment") == 2, kinds


def test_a_next_period_not_known_to_the_day_opens_nothing():
    from nlp.periods import Period
    from nlp.running import read

    text = "Trong tháng 9, UBND thị xã đã chỉ đạo triển khai đạt nhiều kết quả."
    assert [f.kind for f in read(text, Period("(sau tháng 9)", None, None, "open"))] == \
        ["action"]


def test_a_task_lead_after_a_connector():
    # r23: "Vì vậy, nhiệm vụ trọng tâm trong tháng 12 là các phòng, ban … cần phải …"
    tasks = [i.text for i in items("r23.txt") if i.kind != "action"]
    assert tasks and tasks[0].startswith("các phòng, ban liên quan, UBND 7 phường cần phải")


def test_a_headline_is_no_item_and_a_numbered_list_is_cut_at_its_numbers_then_its_parts():
    text = ("Thuận Nam: Triển khai nhiệm vụ tháng 3 năm 2022\n\n"
            "Sáng ngày 01/3/2022, UBND huyện tổ chức phiên họp thường kỳ tháng 02.\n\n"
            "Kết luận phiên họp, Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị, địa phương "
            "trong thời gian tới: (1) Tăng cường công tác kiểm tra, phòng, chống dịch bệnh; tiếp "
            "tục chỉ đạo tiêm chủng; (2) Tập trung chỉ đạo rà soát, triển khai các nhiệm vụ "
            "trong Quý I/2022; (3) Đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân.")
    found = extract_report(text).items
    assert not any(i.text.startswith("Thuận Nam") for i in found)
    tasks = [i.text for i in found if i.kind == "directive"]
    # a number's "; " parts are jobs of their own, as in any list of requests
    assert [t[:30] for t in tasks] == ["Tăng cường công tác kiểm tra, ", "tiếp tục chỉ đạo tiêm chủng",
                                       "Tập trung chỉ đạo rà soát, tri",
                                       "Đôn đốc các chủ đầu tư đẩy nha"]


def test_a_target_in_a_list_of_tasks_is_no_result():
    text = ("Ngày 22-5, UBND huyện họp đánh giá tháng 5, triển khai nhiệm vụ tháng 6-2020.\n\n"
            "Trong tháng 5, huyện đã giải quyết việc làm cho 109 lao động.\n\n"
            "Thời gian tới, UBND huyện tập trung hoàn thành đại hội chi bộ. Chủ động phương án "
            "phòng, chống thiên tai, chuyển đổi cơ cấu cây trồng đạt kết quả.")
    kinds = [(i.kind, i.text[:20]) for i in extract_report(text).items]
    assert ("commitment", "Chủ động phương án p") in kinds, kinds


def test_a_list_of_requests_goes_on_unit_by_unit():
    # a directive reproduced in the press (tests/fixtures/directives_heldout/d07.txt)
    text = ("Chủ tịch UBND tỉnh vừa có công văn giao UBND các huyện, thành phố tổ chức kiểm "
            "tra, rà soát, tổng hợp báo cáo tình hình sạt lở bờ sông, bờ biển; gửi Sở Nông "
            "nghiệp và Phát triển nông thôn trước ngày 29/6/2018.\n\n"
            "Theo chức năng, nhiệm vụ được giao, chủ động triển khai thực hiện các nội dung "
            "Công văn nêu trên.\n\n"
            "Sở Nông nghiệp và Phát triển nông thôn đôn đốc, kiểm tra việc thực hiện của các "
            "địa phương.")
    found = [(i.kind, i.unit, i.text[:25]) for i in extract_report(text).items]
    assert found[0] == ("directive", "UBND các huyện, thành phố", "tổ chức kiểm tra, rà soát")
    assert ("directive", "UBND các huyện, thành phố", "chủ động triển khai thực ") in found
    sector = "Sở Nông nghiệp và Phát triển nông thôn"
    assert ("directive", sector, "đôn đốc, kiểm tra việc th") in found, found
    # "đôn đốc, kiểm tra …": the verbs of one job, not two directives
    assert [t for _, unit, t in found if unit == sector] == ["đôn đốc, kiểm tra việc th"]
    assert all(kind == "directive" for kind, _, _ in found)


def test_an_addressee_by_title_runs_to_the_colon_before_the_tasks():
    text = ("Theo đó, UBND huyện đã có Công văn số 3015/UBND-TN ngày 23/8/2018 yêu cầu Thủ "
            "trưởng các cơ quan, ban ngành, đoàn thể cấp huyện, Chủ tịch UBND các xã, thị "
            "trấn:\n\nTổ chức quán triệt Kế hoạch số 110/KH-UBND ngày 04/6/2018 đến từng cán "
            "bộ; xây dựng kế hoạch chi tiết của đơn vị, địa phương mình.")
    found = [i for i in extract_report(text).items if i.kind == "directive"]
    assert found and {i.unit for i in found} == {
        "Thủ trưởng các cơ quan, ban ngành, đoàn thể cấp huyện, Chủ tịch UBND các xã, thị trấn"}
    assert found[0].text.startswith("Tổ chức quán triệt Kế hoạch số 110/KH-UBND")


def test_what_units_must_do_with_no_one_asking_is_a_directive():
    text = ("Theo Ủy ban Nhân dân tỉnh Quảng Ninh, các địa phương, các sở, ban, ngành trong "
            "tỉnh cần quán triệt không tổ chức cho cán bộ đi lễ hội trong giờ hành chính.\n\n"
            "Ủy ban Nhân dân các địa phương, các ngành theo chức năng, thẩm quyền tăng cường "
            "giám sát, kiểm tra, phát hiện và xử lý nghiêm các vi phạm.")
    found = [(i.kind, i.unit, i.text[:30]) for i in extract_report(text).items]
    # (the task begins past who must do it, as a request's does)
    assert found[0] == ("directive", "các địa phương, các sở, ban, ngành trong tỉnh",
                        "cần quán triệt không tổ chức c")
    assert found[1][0] == "directive" and found[1][2].startswith("Ủy ban Nhân dân các địa"), found


def test_verbs_sharing_one_object_stay_one_request():
    # "kiểm tra, đôn đốc các hộ": both verbs act on what follows the last; "thực hiện"
    # with no object closes its job, so the list is cut after it
    text = ("Chủ tịch UBND huyện yêu cầu Phòng Nông nghiệp chỉ đạo cán bộ khuyến nông các xã "
            "thường xuyên kiểm tra, đôn đốc các hộ gieo trồng đúng lịch thời vụ, hướng dẫn "
            "các hợp tác xã lập phương án tổ chức thực hiện, phối hợp với các xã rà soát "
            "diện tích bị ảnh hưởng do mưa lũ.\n")
    texts = [i.text for i in extract_report(text).items if i.kind == "directive"]
    assert texts == ["chỉ đạo cán bộ khuyến nông các xã thường xuyên kiểm tra, đôn đốc các hộ "
                     "gieo trồng đúng lịch thời vụ",
                     "hướng dẫn các hợp tác xã lập phương án tổ chức thực hiện",
                     "phối hợp với các xã rà soát diện tích bị ảnh hưởng do mưa lũ"]


def test_a_request_about_a_shortcoming_is_a_request_and_sending_it_is_the_same_work():
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau.\n\n"
            "Sở Công Thương theo dõi sát thị trường; không để xảy ra tình trạng thiếu hàng, "
            "sốt giá trong dịp Tết.\n\n"
            "Sở Tài chính tổng hợp nhu cầu kinh phí hỗ trợ của các địa phương; gửi UBND tỉnh "
            "trước ngày 15/12/2026.\n")
    found = [i for i in extract_report(text).items if i.kind == "directive"]
    assert [(i.unit, i.text[:30]) for i in found][-3:] == [
        ("Sở Công Thương", "theo dõi sát thị trường"),
        ("Sở Công Thương", "không để xảy ra tình trạng thi"),
        ("Sở Tài chính", "tổng hợp nhu cầu kinh phí hỗ t")]
    assert found[-1].text.endswith("trước ngày 15/12/2026") and found[-1].due == "2026-12-15"


def test_a_page_copied_from_the_web_has_one_paragraph_per_line():
    # no blank lines: a caption with no full stop is its own paragraph, not the start of
    # the next one (which it would take with it as page furniture); a habit reported
    # ("UBND huyện luôn quán triệt …") is no request
    text = ("UBND huyện Đông Sơn họp thường kỳ tháng 5\n"
            "Sáng ngày 02/6, UBND huyện họp đánh giá kết quả tháng 5. Trong tháng, UBND huyện "
            "luôn quán triệt các xã thực hiện nghiêm công tác phòng chống dịch.\n"
            "Toàn cảnh phiên họp\n"
            "Thu ngân sách đạt 45 tỷ đồng, bằng 52% dự toán năm.\n"
            "Thời gian tới, huyện tập trung hoàn thành giải ngân vốn đầu tư công.\n")
    found = extract_report(text).items
    assert [(i.kind, i.text[:28]) for i in found] == [
        ("action", "Thu ngân sách đạt 45 tỷ đồng"),
        ("commitment", "huyện tập trung hoàn thành g")]


def test_tasks_announced_after_a_request_are_the_requests_own():
    # the press names the speaker "ông …"; "Trong đó, tập trung vào một số nhiệm vụ trọng
    # tâm: …" lists what was asked, for the same addressee, not the body's own promises;
    # "đã" inside a task's object ("khu vực đã xảy ra sạt lở") reports nothing done
    text = ("Theo đó, ông Hùng yêu cầu UBND các huyện tiếp tục thực hiện nghiêm chỉ đạo của "
            "UBND tỉnh về phòng chống thiên tai. Trong đó, tập trung vào một số nhiệm vụ "
            "trọng tâm: Theo dõi chặt chẽ bản tin dự báo mưa lũ trên địa bàn.\n\n"
            "Tổ chức lực lượng canh gác tại các ngầm, tràn, khu vực đã xảy ra sạt lở đất.\n")
    assert read(text, 26) == [
        ("directive", "UBND các huyện", "tiếp tục thực hiện nghiêm "),
        ("directive", "UBND các huyện", "Theo dõi chặt chẽ bản tin "),
        ("directive", "UBND các huyện", "Tổ chức lực lượng canh gác")]


def test_tasks_named_first_and_called_tasks_after():
    text = ("(baolongan.vn) – Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính, "
            "hoàn thành giải ngân vốn đầu tư công năm 2026 là những nhiệm vụ trọng tâm được "
            "kỳ họp HĐND huyện đề ra.\n\n"
            "Trong 6 tháng đầu năm, thu ngân sách đạt 52% dự toán.\n")
    found = extract_report(text).items
    assert [(i.kind, i.text) for i in found] == [
        ("commitment", "Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính"),
        ("commitment", "hoàn thành giải ngân vốn đầu tư công năm 2026"),
        ("action", "Trong 6 tháng đầu năm, thu ngân sách đạt 52% dự toán")]


def test_a_request_for_the_coming_period_is_a_request():
    text = ("Trong 02 tuần tới, Chánh Văn phòng UBND tỉnh yêu cầu các phòng, ban thuộc Văn phòng "
            "tập trung thực hiện các nhiệm vụ như: Khẩn trương rà soát các nhiệm vụ còn tồn "
            "đọng; chuẩn bị nội dung kiểm điểm của Ban Cán sự Đảng UBND tỉnh.\n\n"
            "Thời gian tới, UBND huyện tập trung hoàn thành giải ngân vốn đầu tư công.\n")
    assert read(text, 30) == [
        ("directive", "các phòng, ban thuộc Văn phòng", "Khẩn trương rà soát các nhiệm "),
        ("directive", "các phòng, ban thuộc Văn phòng", "chuẩn bị nội dung kiểm điểm củ"),
        ("commitment", "UBND huyện", "tập trung hoàn thành giải ngân")]


def test_numbered_paragraphs_opening_with_units_are_their_assignments():
    # the body of a directive copied without its header: each number gives its unit's tasks
    text = ("1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi an toàn, đúng quy chế; bố trí "
            "đủ cán bộ coi thi tại các điểm thi.\n\n"
            "2. Công an tỉnh: phối hợp bảo đảm an toàn việc vận chuyển, bảo quản đề thi.\n\n"
            "3. Sở Tài chính bảo đảm kinh phí tổ chức kỳ thi theo quy định.\n")
    assert read(text, 28) == [
        ("directive", "Sở Giáo dục và Đào tạo", "chủ trì tổ chức kỳ thi an toàn"[:28]),
        ("directive", "Sở Giáo dục và Đào tạo", "bố trí đủ cán bộ coi thi tại các"[:28]),
        ("directive", "Công an tỉnh", "phối hợp bảo đảm an toàn việc vận"[:28]),
        ("directive", "Sở Tài chính", "bảo đảm kinh phí tổ chức kỳ thi"[:28])]


FIRE_COMMAND = ("Ban Chỉ huy các vấn đề cấp bách về bảo vệ rừng và phòng cháy, chữa cháy rừng "
                "cấp huyện")

CASES = {
    # an addressee ends at its word of manner; "giao thông" is no request word
    "manner_and_giao_thong": (
        "Theo đó, Chủ tịch UBND tỉnh yêu cầu: Sở Tài chính chủ động nắm bắt, theo dõi sát tình "
        "hình giá cả thị trường; tham mưu xử phạt nghiêm hiện tượng tăng giá.\n\n"
        "Giao Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông tỉnh kiểm "
        "tra, đôn đốc và tổng hợp kết quả thực hiện.\n", 26, [
            ("directive", "Sở Tài chính", "chủ động nắm bắt, theo dõi"),
            ("directive", "Sở Tài chính", "tham mưu xử phạt nghiêm hi"),
            ("directive", "Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao "
             "thông tỉnh", "kiểm tra, đôn đốc và tổng ")]),
    # documents listed to carry out are one task; "Chỉ đạo UBND cấp xã …" in a list of
    # requests is the addressee's next task ("cấp xã" is no verb)
    "documents_and_directing_down": (
        "UBND tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai các nội dung tại Văn bản "
        "số 25/TB-VPCP ngày 19-1-2019 của Văn phòng Chính phủ; Văn bản số 914/UBND-VP5 ngày "
        "20-12-2018 của UBND tỉnh về việc bảo đảm trật tự an toàn giao thông.\n\n"
        "Theo đó, yêu cầu UBND các huyện, thị xã, thành phố chỉ đạo lực lượng kiểm lâm thực "
        "hiện tốt quy chế phối hợp bảo vệ rừng.\n\n"
        "Chỉ đạo UBND cấp xã có rừng phối hợp chặt chẽ với các chủ rừng trong công tác phòng "
        "cháy, chữa cháy rừng.\n", 24, [
            ("directive", "các cơ quan, đơn vị", "nghiêm túc triển khai cá"),
            ("directive", "UBND các huyện, thị xã, thành phố", "chỉ đạo lực lượng kiểm l"),
            ("directive", "UBND các huyện, thị xã, thành phố", "Chỉ đạo UBND cấp xã có r")]),
    # a result is cut at each clause of work done
    "clauses_of_work_done": (
        "Trong tháng 11/2019, UBND Thị xã đã tập trung chỉ đạo thực hiện tốt các nhiệm vụ đề "
        "ra, đã xử lý 402 văn bản, và ban hành 1240 văn bản các loại để chỉ đạo, triển khai, "
        "đặc biệt là đã tập trung thu ngân sách nhà nước với trên 30 tỷ đồng.\n", 30, [
            ("action", None, "Trong tháng 11/2019, UBND Thị "),
            ("action", None, "đã xử lý 402 văn bản, và ban h"),
            ("action", None, "đặc biệt là đã tập trung thu n")]),
    # what a source says the body did is no request ("Theo …, Sở đã chỉ đạo …"), nor is a
    # committee the body worked with ("làm việc với Ban Chỉ đạo …, thống nhất chỉ đạo …")
    "attributed_and_worked_with": (
        "Theo lãnh đạo Sở Y tế Hà Giang, Sở đã chỉ đạo Chi cục Vệ sinh an toàn thực phẩm phối "
        "hợp với Trung tâm Y tế huyện điều tra, xác minh thông tin.\n\nSở Y tế đã làm việc với "
        "Ban Chỉ đạo huyện, thảo luận và thống nhất chỉ đạo các nhiệm vụ, giải pháp trong việc "
        "tiếp nhận, điều trị ca bệnh.\n\nTheo đồng chí Chủ tịch UBND tỉnh, UBND huyện cần tập "
        "trung giải phóng mặt bằng.\n", 30, [
            ("action", None, "Theo lãnh đạo Sở Y tế Hà Giang"),
            ("action", None, "Sở Y tế đã làm việc với Ban Ch"),
            ("directive", "UBND huyện", "cần tập trung giải phóng mặt b")]),
    # who tells the news is no speaker ("… cho biết bà …, Phó chủ tịch …, đã giao …"); "tỉnh
    # này" points back to the province; "nhanh chóng", "cũng" stand between addressee and
    # verb; "không phải" obliges no one; a caption ends on its picture's number
    "press_account_of_a_request": (
        "Ngày 22.9, Văn phòng UBND tỉnh Phú Yên cho biết bà Hồ Thị Nguyên Thảo, Phó chủ tịch "
        "UBND tỉnh Phú Yên, đã giao Sở TN-MT tỉnh này chủ trì kiểm tra, xác minh thông tin "
        "phản ánh.\n\nÔng Thắng yêu cầu Sở GD-ĐT Bình Định nhanh chóng làm rõ vụ việc. Địa "
        "phương cũng cần tăng cường kiểm tra an toàn thực phẩm.\n\nBệnh viện Đa khoa Vĩnh Đức "
        "hiện có 4 bệnh nhân nằm điều trị nhưng không phải thở máy.\n\nĐề nghị tạm đình chỉ "
        "Tiệm chè & trà sữa Cô Ba Sài Gòn- Ảnh 1.\n", 24, [
            ("directive", "Sở Tài nguyên và Môi trường", "chủ trì kiểm tra, xác mi"),
            ("directive", "Sở GD-ĐT Bình Định", "nhanh chóng làm rõ vụ vi"),
            ("directive", "Địa phương", "cũng cần tăng cường kiểm")]),
    # a letter asks ("Văn bản cũng yêu cầu …"); what units do by a leader's order is asked
    # of them with no "cần" or "phải" ("Theo chỉ đạo của Chủ tịch UBND huyện, UBND các xã …")
    "asked_by_letter_or_order": (
        "Văn bản cũng yêu cầu huyện Lạc Dương, Sở Nông nghiệp&PTNT tập trung thực hiện "
        "nghiêm túc các chỉ đạo của Chủ tịch UBND tỉnh.\n\nTheo chỉ đạo của Chủ tịch UBND "
        "huyện Vũ Quang, UBND các xã, thị trấn phối hợp với Công an huyện tổ chức sơ tán "
        "ngay các hộ dân ở vùng có nguy cơ cao về lũ quét.\n\nTheo Chủ tịch UBND huyện, "
        "các xã đã sơ tán 120 hộ dân.\n", 24, [
            ("directive", "huyện Lạc Dương, Sở Nông nghiệp&PTNT", "tập trung thực hiện nghi"),
            ("directive", "UBND các xã, thị trấn", "phối hợp với Công an huy"),
            ("action", None, "Theo Chủ tịch UBND huyện")]),
    # "tổ quản lý …", "tổ thanh tra …" name teams, not actions; "hưởng ứng" is what is asked
    "teams_and_taking_part": (
        "Giao công an phường, tổ quản lý trật tự đô thị, tổ thanh tra xây dựng phối hợp với "
        "các tổ dân phố xử lý các điểm vi phạm trật tự đô thị.\n\nĐề nghị các cơ quan, "
        "trường học và toàn thể nhân dân trên địa bàn phường hưởng ứng tham gia giữ gìn vệ "
        "sinh môi trường vào sáng thứ 7 hàng tuần.\n", 24, [
            ("directive", "công an phường, tổ quản lý trật tự đô thị, tổ thanh tra xây dựng",
             "phối hợp với các tổ dân "),
            ("directive", "các cơ quan, trường học và toàn thể nhân dân",
             "hưởng ứng tham gia giữ g")]),
    # a unit named alone before "yêu cầu" asks (its own "chỉ đạo" would be its work);
    # "trong đó có …" singles out one content, it opens no list
    "a_unit_asks": (
        "Thực hiện chỉ đạo của Giám đốc Sở Giáo dục và Đào tạo, Phòng GD&ĐT yêu cầu:\n\n1. "
        "Các đơn vị tiếp tục thực hiện nghiêm Công điện số 14/CĐ-UBND ngày 15/10/2020.\n\n"
        "Thực hiện Công văn số 3711/UBND-KGVX, Sở Giáo dục và Đào tạo yêu cầu các phòng "
        "GDĐT nghiêm túc thực hiện các nội dung trong đó có việc cho học sinh tạm dừng đến "
        "trường.\n", 24, [
            ("directive", "Các đơn vị", "tiếp tục thực hiện nghiê"),
            ("directive", "các phòng GDĐT", "nghiêm túc thực hiện các")]),
    # a meeting held to hear the results and the tasks announces no tasks yet; "Nhiệm vụ
    # trọng tâm trong thời gian tới tiếp tục …" opens them
    "heard_then_tasks": (
        "Đồng chí Phó Bí thư Thường trực làm việc với xã Lê Hóa\n\n"
        "Vừa qua, Đồng chí Phó Bí thư Thường trực Huyện ủy đã có buổi làm việc với Đảng ủy xã "
        "Lê Hóa để nghe tình hình kinh tế xã hội 4 tháng đầu năm, nhiệm vụ trong thời gian "
        "tới.\n\n"
        "Tổng diện tích gieo trồng đạt kế hoạch đề ra. Cây ngô 50ha đạt 96,1% KH.\n\n"
        "Nhiệm vụ trọng tâm trong thời gian tới tiếp tục chỉ đạo thực hiện có hiệu quả đề án "
        "tái cơ cấu ngành nông nghiệp.\n", 24, [
            ("action", None, "Tổng diện tích gieo trồn"),
            ("action", None, "Cây ngô 50ha đạt 96,1% K"),
            ("commitment", None, "tiếp tục chỉ đạo thực hi")]),
    # a page with no period in its title that opens a line with a year and a later one with
    # the next reviews the first year and sets tasks for the second, comma or not
    "year_then_next_year": (
        "Đảng ủy phường Dĩ An họp mặt kỷ niệm 91 năm thành lập Đảng\n"
        "Năm 2020 Đảng ủy phường Dĩ An đã tập trung lãnh đạo hệ thống chính trị. Các chỉ "
        "tiêu kinh tế vượt so với kế hoạch.\n"
        "Năm 2021 Đảng ủy phường tập trung xử lý những vấn đề vướng mắc, khó khăn, tăng "
        "cường sự đồng thuận xã hội.\n", 24, [
            ("action", None, "Năm 2020 Đảng ủy phường "),
            ("action", None, "Các chỉ tiêu kinh tế vượ"),
            ("commitment", "Đảng ủy phường", "tập trung xử lý những vấ"),
            ("commitment", "Đảng ủy phường", "tăng cường sự đồng thuận")]),
    # working sessions held and what was reported at them are the meeting; praise of the
    # effort is no result; a figure after "phấn đấu" is a target
    "sessions_praise_target": (
        "Vừa qua, UBND thị xã Sông Cầu tổ chức các buổi làm việc với đại diện UBND các xã "
        "để đánh giá tình hình vận động người dân tham gia BHYT. Tại các buổi làm việc, đại "
        "diện các đơn vị báo cáo tình hình triển khai công tác tuyên truyền.\n\nKết thúc "
        "buổi làm việc, Giám đốc Sở đã ghi nhận sự nỗ lực, cố gắng hoàn thành các nhiệm vụ "
        "được giao.\n\nThị xã Sông Cầu đang phấn đấu đến cuối năm 2018, đạt tỷ lệ bao phủ "
        "BHYT trên 85%.\n", 24, [
            ("commitment", None, "Thị xã Sông Cầu đang phấ")]),
    # a caption with no full stop between a request and its next tasks leaves the list
    # going; "cơ quan của Bộ Y tế" speaks; a province's health sector is its Sở Y tế
    "caption_in_a_request": (
        "Theo đó, Cục An toàn thực phẩm đề nghị Sở Y tế tỉnh Gia Lai tạm đình chỉ hoạt động "
        "của cơ sở nghi gây ngộ độc.\n\nSau khi uống trà sữa, 21 học sinh có biểu hiện đau "
        "bụng, nôn ói\n\nBên cạnh đó, điều tra, truy xuất nguồn gốc thực phẩm; công khai kết "
        "quả để kịp thời cảnh báo cho cộng đồng.\n\nCơ quan của Bộ Y tế cũng đề nghị ngành y "
        "tế tỉnh này tiến hành kiểm tra điều kiện an toàn thực phẩm của cơ sở.\n", 24, [
            ("directive", "Sở Y tế", "tạm đình chỉ hoạt động c"),
            ("directive", "Sở Y tế", "điều tra, truy xuất nguồ"),
            ("directive", "Sở Y tế", "công khai kết quả để kịp"),
            ("directive", "Sở Y tế", "tiến hành kiểm tra điều ")]),
    # a difficulty whose cause is told at length before "song"; a promise that opens with
    # its purpose and names its doers before "sẽ" begins after it
    "long_concession_and_purpose": (
        "Triển khai thực hiện nhiệm vụ 9 tháng trong bối cảnh có nhiều khó khăn, thách thức do "
        "dịch bệnh COVID-19, dịch sốt xuất huyết bùng phát tại một số xã, phường đã tác động "
        "tiêu cực đến hoạt động sản xuất, kinh doanh và đời sống của Nhân dân, song cấp uỷ, "
        "chính quyền từ thị xã đến cơ sở đã tập trung lãnh đạo, chỉ đạo các nhiệm vụ.\n\nĐể "
        "thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2022, 3 tháng cuối năm 2022 các cấp uỷ "
        "đảng, chính quyền sẽ phải tập trung rà soát, đánh giá kết quả của từng chỉ tiêu.\n",
        24, [
            ("action", None, "cấp uỷ, chính quyền từ t"),
            ("commitment", None, "tập trung rà soát, đánh ")]),
    # a caption line is its own paragraph when the next line opens with a figure; a
    # request's ground comes before whom it asks
    "caption_before_a_figure_and_ground": (
        "Đánh giá kết quả công tác lãnh đạo thực hiện nhiệm vụ 9 tháng năm 2020\n"
        "Toàn cảnh hội nghị\n"
        "9 tháng qua, thành phố đã cơ bản thực hiện tốt các nhiệm vụ chính trị.\n"
        "Phát biểu chỉ đạo hội nghị, đồng chí Đoàn Thị Hảo đề nghị trên cơ sở các kết quả đã "
        "đạt được, Ban Thường vụ Thành ủy cần chỉ đạo xây dựng kế hoạch phát triển kinh tế xã "
        "hội năm 2021.\n", 24, [
            ("action", None, "9 tháng qua, thành phố đ"),
            ("directive", "Ban Thường vụ Thành ủy", "cần chỉ đạo xây dựng kế ")]),
    # what the results contributed to is no result of its own
    "results_contribute": (
        "Huyện Gia Lâm tổ chức giao ban khối Văn hóa - Xã hội quý I\n\nNgày 5/4, UBND huyện "
        "tổ chức hội nghị giao ban khối Văn hóa-Xã hội quý I; triển khai nhiệm vụ trọng tâm quý "
        "II/2019.\n\nTrong quý I, khối Văn hoá - Xã hội đã triển khai thực hiện có hiệu quả "
        "các chương trình công tác. Những kết quả của khối góp phần quan trọng vào việc thực "
        "hiện các nhiệm vụ chính trị của Huyện.\n", 24, [
            ("action", None, "Trong quý I, khối Văn ho")]),
    # a leader's "kết luận:" asks; dash items go on with its list whatever they open with,
    # and "tổ Kiểm tra", "tổ thanh tra xây dựng" name teams
    "conclusion_and_dashes": (
        "Qua cuộc họp Đ/c Phó Chủ tịch đưa ra kết luận: Trong lĩnh vực môi trường cần theo "
        "dõi đôn đốc ấp nào còn tồn đọng rác thải.\n\n- Tổ Địa chính, tổ Kiểm tra phải tăng "
        "cường công tác phối hợp theo dõi địa bàn.\n\n- Tình hình tập kết khoáng sản đề nghị "
        "các ấp phải báo cáo kịp thời.\n\n- Giao công an xã, tổ thanh tra xây dựng phối hợp "
        "xử lý các điểm vi phạm.\n", 24, [
            ("directive", None, "Trong lĩnh vực môi trườn"),
            ("directive", "Tổ Địa chính, tổ Kiểm tra", "phải tăng cường công tác"),
            # (on a topic, "đề nghị các ấp phải …" asks the hamlets what they must do)
            ("directive", "các ấp", "phải báo cáo kịp thời"),
            ("directive", "công an xã, tổ thanh tra xây dựng", "phối hợp xử lý các điểm ")]),
    # "…, hoàn thành trước ngày …" finishes the task before it; a "sẽ" in a task's object
    # does not make a list of requests a promise; a bracketed source note is furniture
    "finished_by_and_future_object": (
        "Theo đó, Sở VHTTDL đề nghị Phòng Văn hóa và Thông tin các huyện thành lập "
        "Tổ công nghệ số ở mỗi xã ít nhất 03 Tổ, hoàn thành trước ngày 30/6/2022.\n\nChủ động "
        "phối hợp với các địa phương nơi có các điểm du lịch dự báo sẽ có số lượng khách tăng "
        "mạnh. (Trích văn bản của Sở VHTT Nghệ An)\n", 24, [
            ("directive", "Phòng Văn hóa và Thông tin các huyện", "thành lập Tổ công nghệ s"),
            ("directive", "Phòng Văn hóa và Thông tin các huyện", "Chủ động phối hợp với cá")]),
    # an obligation's task begins past who must do it, as a request's does; "Đặc biệt, …"
    # leads one in
    "obligation_past_its_doers": (
        "Kết luận buổi làm việc, đồng chí Bí thư Huyện ủy yêu cầu lãnh đạo, cán bộ xã cần khẩn "
        "trương triển khai các tiêu chí còn lại. Đặc biệt, lãnh đạo, người đứng đầu cần phát "
        "huy vai trò của mình.\n", 24, [
            ("directive", "lãnh đạo, cán bộ xã", "cần khẩn trương triển kh"),
            ("directive", "lãnh đạo, người đứng đầu", "cần phát huy vai trò của")]),
    # "Hội nghị" is no addressee; "Theo đó, …" carries the tasks just announced, a unit
    # and a word of manner before its action
    "announced_then_thereby": (
        "Tin hội nghị quý I\n\nHội nghị đề ra một số nhiệm vụ trọng tâm cần tổ chức thực hiện "
        "trong quý II.\n\nTheo đó, các cấp chính quyền từ huyện đến cơ sở chủ động chỉ đạo, "
        "chuẩn bị tốt điều kiện sản xuất vụ mùa. Tập trung rà soát, chấn chỉnh việc quản lý, "
        "sử dụng đất.\n", 24, [
            ("commitment", "các cấp chính quyền từ huyện đến cơ sở", "các cấp chính quyền từ h"),
            ("commitment", None, "Tập trung rà soát, chấn ")]),
    # a company is asked along with the communes after a "; "; "nêu gương" is an action
    "company_and_example": (
        "Chủ tịch UBND thành phố vừa có chỉ đạo chủ tịch UBND 30 phường, xã của thành phố; Công "
        "ty CP Môi trường Sonadezi rà soát, triển khai phân loại chất thải rắn sinh hoạt tại "
        "nguồn.\n\nDo đó, Chủ tịch UBND thành phố yêu cầu các cơ quan nhà nước, cán bộ, đảng "
        "viên nêu gương làm trước.\n", 24, [
            ("directive", "chủ tịch UBND 30 phường, xã của thành phố; Công ty CP Môi trường "
             "Sonadezi", "rà soát, triển khai phân"),
            ("directive", "các cơ quan nhà nước, cán bộ, đảng viên", "nêu gương làm trước")]),
    # the time a request gives comes before whom it asks
    "time_before_addressee": (
        "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng lưu ý trong thời gian "
        "tới, nhất là 6 tháng cuối năm, ngành văn hóa, thể thao và du lịch cần chú trọng đến "
        "công tác tham mưu.\n", 24, [
            ("directive", "ngành văn hóa, thể thao và du lịch", "cần chú trọng đến công t")]),
    # "trưởng ban chỉ đạo" names a committee; "kế hoạch cụ thể cho …" lists nothing
    "committee_and_cu_the": (
        "Phát biểu kết luận, đồng chí Bí thư đảng ủy, trưởng ban chỉ đạo xã nhấn mạnh tập "
        "trung khắc phục những tồn tại. Yêu cầu các thành viên BCĐ cấp xã bám sát các đơn "
        "vị thôn xóm có kế hoạch cụ thể cho từng tuần, tháng, quý.\n", 24, [
            ("directive", None, "tập trung khắc phục nhữn"),
            ("directive", "các thành viên BCĐ cấp xã", "bám sát các đơn vị thôn ")]),
    # goals set for the coming months are the body's tasks
    "goals_set": (
        "Trong những tháng cuối năm UBND huyện đề ra 13 mục tiêu trong đó tập trung thực hiện "
        "tốt công tác phòng chống thiên tai. Tăng cường công tác quản lý Nhà nước về đất "
        "đai.\n", 30, [
            ("commitment", None, "tập trung thực hiện tốt công t"),
            ("commitment", None, "Tăng cường công tác quản lý Nh")]),
    # an addressee ends before what qualifies its duty
    "qualified_duty": (
        "UBND tỉnh đề nghị các cơ quan, đơn vị, cá nhân theo chức năng, nhiệm vụ, thẩm quyền "
        "tiếp tục thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ.\n", 22, [
            ("directive", "các cơ quan, đơn vị, cá nhân", "theo chức năng, nhiệm ")]),
    # two lines of work named after "công tác" are one object
    "lines_of_work": (
        "Giao Thường trực Ban chỉ huy phòng chống thiên tai tỉnh theo dõi chặt chẽ diễn biến "
        "mưa lũ, chủ động chỉ đạo, đôn đốc các Sở, Ban, ngành, địa phương triển khai công tác "
        "ứng phó, khắc phục hậu quả theo thẩm quyền.\n", 200, [
            ("directive", "Thường trực Ban chỉ huy phòng chống thiên tai tỉnh",
             "theo dõi chặt chẽ diễn biến mưa lũ"),
            ("directive", "Thường trực Ban chỉ huy phòng chống thiên tai tỉnh",
             "chủ động chỉ đạo, đôn đốc các Sở, Ban, ngành, địa phương triển khai công tác ứng "
             "phó, khắc phục hậu quả theo thẩm quyền")]),
    # a topic label before its colon is context, not a task
    "topic_labels": (
        "Trong tháng tới cần thực hiện các nhiệm vụ trọng tâm gồm: Về sản xuất nông nghiệp: "
        "thường xuyên kiểm tra đồng ruộng, hoa màu; Về công tác y tế: tăng cường tuyên truyền "
        "phòng chống dịch đến người dân.\n", 30, [
            ("commitment", None, "thường xuyên kiểm tra đồng ruộ"),
            ("commitment", None, "tăng cường tuyên truyền phòng ")]),
    # a verb after "được" is passive: it waits for no object, the list is cut after it;
    # "nhiệm vụ được giao" qualifies the doer and is not
    "passive_ends_a_job": (
        "Đ/c Giám đốc Sở đề nghị lãnh đạo các phòng tập trung chỉ đạo hoàn thành các nhiệm vụ "
        "theo lĩnh vực được phân công, tăng cường công tác cải cách thủ tục hành chính.\n\n"
        "Các sở, ngành liên quan theo chức năng, nhiệm vụ được giao, phối hợp với Sở NN&PTNT "
        "tuyên truyền pháp luật về bảo vệ rừng.\n", 24, [
            ("directive", "lãnh đạo các phòng", "tập trung chỉ đạo hoàn t"),
            ("directive", "lãnh đạo các phòng", "tăng cường công tác cải "),
            ("directive", "Các sở, ngành liên quan", "Các sở, ngành liên quan ")]),
    # a purpose clause before a request with no speaker; a committee's name whose second word
    # is a verb ("Ban Chỉ đạo"); "giao trách nhiệm cụ thể cho X"; "X là cơ quan …"
    "purpose_committee_and_copula": (
        "Theo đó, nhằm đẩy nhanh tiến độ chuyển đổi số, yêu cầu Sở Khoa học và Công nghệ chủ "
        "trì rà soát các nhiệm vụ được giao.\n\n"
        "UBND tỉnh yêu cầu cơ quan thành viên Ban Chỉ đạo về an toàn thực phẩm tỉnh theo chức "
        "năng, nhiệm vụ tổ chức triển khai thực hiện Chỉ thị.\n\n"
        "Bên cạnh đó, UBND tỉnh cũng giao trách nhiệm cụ thể cho Sở Y tế là cơ quan thường "
        "trực chủ trì tổng hợp kết quả thực hiện Chỉ thị.\n", 20, [
            ("directive", "Sở Khoa học và Công nghệ", "chủ trì rà soát các "),
            ("directive", "cơ quan thành viên Ban Chỉ đạo về an toàn thực phẩm tỉnh",
             "tổ chức triển khai t"),
            ("directive", "Sở Y tế", "là cơ quan thường tr")]),
    # a unit of the registry that "có trách nhiệm" does something is asked to
    "responsible_for": (
        "Văn phòng HĐND&UBND huyện có trách nhiệm đôn đốc, tổng hợp danh sách các đơn vị gửi "
        "Văn phòng UBND tỉnh.\n", 30, [
            ("directive", "Văn phòng HĐND&UBND huyện", "có trách nhiệm đôn đốc, tổng h")]),
    # in a list of requests, a sentence that opens with a unit asks that unit, in all its
    # parts; the actions of a purpose ("nhằm xác định, phát hiện …") are no new requests
    "unit_of_the_sentence_and_purpose": (
        "Chủ tịch UBND tỉnh yêu cầu các cơ quan, ban ngành tiếp tục tuyên truyền Luật PCCC đến "
        "nhân dân. Sở NN-PTNT phối hợp với các đơn vị liên quan tuyên truyền về PCCC rừng; chỉ "
        "đạo chủ rừng tổ chức tuần tra các khu rừng nhằm xác định, phát hiện kịp thời các điểm "
        "cháy rừng.\n", 22, [
            ("directive", "các cơ quan, ban ngành", "tiếp tục tuyên truyền "),
            ("directive", "Sở Nông nghiệp và Phát triển nông thôn", "phối hợp với các đơn v"),
            ("directive", "Sở Nông nghiệp và Phát triển nông thôn", "chỉ đạo chủ rừng tổ ch")]),
    # "đồng loạt" is a word of manner after the addressee; titles ("Trưởng thôn, tổ trưởng
    # TDP …") that "chịu trách nhiệm" are asked
    "all_at_once_and_titles": (
        "Nhằm chủ động ngăn chặn dịch, Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị và Ban "
        "Nhân dân các thôn đồng loạt ra quân dọn vệ sinh, diệt lăng quăng, bọ gậy.\n\n"
        "Trưởng thôn, tổ trưởng TDP, Hiệu trưởng các trường học chịu trách nhiệm huy động lực "
        "lượng tham gia.\n", 20, [
            ("directive", "các cơ quan, đơn vị và Ban Nhân dân các thôn", "đồng loạt ra quân dọ"),
            ("directive", "Trưởng thôn, tổ trưởng TDP, Hiệu trưởng các trường học",
             "chịu trách nhiệm huy")]),
    # a dash item that opens with a word of manner carries the list of requests on
    "dash_and_manner": (
        "Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố:\n\n"
        "- Tiếp tục kiểm tra, giám sát chặt chẽ tình hình dịch bệnh.\n\n"
        "- Chủ động triển khai phương án, vật tư, trang thiết bị để sẵn sàng dập dịch.\n", 24, [
            ("directive", "Chủ tịch UBND các huyện, thành phố", "Tiếp tục kiểm tra, giám "),
            ("directive", "Chủ tịch UBND các huyện, thành phố", "Chủ động triển khai phươ")]),
    # a sentence that only reports the work back is part of the request before it
    # the announced list begins at the colon after the announcing words (not at the one
    # after "đồng chí"), and is cut at each action and each line of work ("công tác …")
    "announced_list_after_a_name": (
        "Sau lễ chào cờ, thay mặt Đảng ủy – UBND đồng chí: Nguyễn Văn An – Chủ tịch UBND xã "
        "đã phát biểu triển khai các nhiệm vụ trọng tâm cần thực hiện trong tháng 12, như: "
        "Tập trung hoàn thành kế hoạch cấp giấy chứng nhận quyền sử dụng đất lần đầu, công "
        "tác cấp định danh điện tử cho người dân, đẩy nhanh tiến độ các dự án trên địa "
        "bàn.\n", 24, [
            ("commitment", None, "Tập trung hoàn thành kế h"[:24]),
            ("commitment", None, "công tác cấp định danh đi"[:24]),
            ("commitment", None, "đẩy nhanh tiến độ các dự "[:24])]),
    # a standing committee asks; "nội dung trọng tâm cần thực hiện … như sau:" announces
    "standing_committee_and_content_to_carry_out": (
        "Trong quý II, Thường trực HĐND huyện đề nghị Thường trực HĐND các xã chủ động chuẩn "
        "bị nội dung kỳ họp giữa năm.\n\n"
        "Sau khi thảo luận, Thường trực HĐND huyện thống nhất một số nội dung trọng tâm cần "
        "thực hiện trong tháng 01 năm 2019 như sau: Tổ chức họp rút kinh nghiệm kỳ họp thứ 9; "
        "họp Thường trực HĐND huyện lệ kỳ tháng 01 năm 2019.\n", 24, [
            ("directive", "Thường trực HĐND các xã", "chủ động chuẩn bị nội du"),
            ("commitment", None, "Tổ chức họp rút kinh ngh"),
            ("commitment", None, "họp Thường trực HĐND huy")]),
    # who speaks before a colon is no item; "trên cơ sở chức năng, …" ends the addressee
    # and is no part of the task;
    # "thường xuyên" is a word of manner that opens the next task; "nêu cao" is a verb
    "speaker_qualifier_and_manner": (
        "Đồng chí Chủ tịch UBND xã khẳng định: Chính quyền xã sẽ tập trung rà soát, giải quyết "
        "các vấn đề còn tồn tại. Đồng chí Chủ tịch UBND xã đề nghị các phòng ban chuyên môn "
        "trên cơ sở chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch, thường xuyên nắm "
        "bắt tình hình các thôn.\n\n"
        "Đồng chí Bí thư Huyện ủy đề nghị các cơ quan, ban ngành, đoàn thể nêu cao tinh thần "
        "trách nhiệm.\n", 24, [
            ("commitment", None, "tập trung rà soát, giải "),
            ("directive", "các phòng ban chuyên môn", "chủ động xây dựng kế hoạ"),
            ("directive", "các phòng ban chuyên môn", "thường xuyên nắm bắt tìn"),
            ("directive", "các cơ quan, ban ngành, đoàn thể", "nêu cao tinh thần trách ")]),
    # a shortcoming named as the object of the work that remedies it is no shortcoming
    "remedied_shortcoming": (
        "Trong năm, Sở đã thực hiện tốt công tác hỗ trợ tháo gỡ khó khăn cho doanh nghiệp.\n"
        "Tuy nhiên, một số dự án còn chậm tiến độ.\n", 30, [
            ("action", None, "Trong năm, Sở đã thực hiện tốt")]),
    # a sentence opening with the period the report reviews tells what was done in it
    "the_reviewed_period": (
        "Thường trực HĐND huyện họp lệ kỳ tháng 12 năm 2018\n\n"
        "Trong tháng 12 năm 2018, Thường trực HĐND huyện chuẩn bị và tổ chức thành công kỳ "
        "họp thứ 9; tham dự kỳ họp thứ 9 HĐND tỉnh khóa IX.\n", 30, [
            ("action", None, "Trong tháng 12 năm 2018, Thườn"),
            ("action", None, "tham dự kỳ họp thứ 9 HĐND tỉnh")]),
    # "tổ chức" named in a list of doers ("…, tổ chức và người dân") opens no new task
    "action_word_among_nouns": (
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành theo dõi chặt chẽ diễn biến mưa lũ để thông "
        "báo kịp thời cho các cơ quan, đơn vị, tổ chức và người dân chủ động phòng tránh; tổ "
        "chức lực lượng canh gác tại các ngầm, tràn.\n", 200, [
            ("directive", "các sở, ngành", "theo dõi chặt chẽ diễn biến mưa lũ để thông báo kịp "
             "thời cho các cơ quan, đơn vị, tổ chức và người dân chủ động phòng tránh"),
            ("directive", "các sở, ngành", "tổ chức lực lượng canh gác tại các ngầm, tràn")]),
    # addressees listed with "; " are one addressee ("các cấp" is no verb); a numbered list
    # after the request's colon carries its tasks, one task per number
    "addressees_with_semicolons_and_numbered_tasks": (
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban ngành; Chủ tịch UBND "
        "các cấp tập trung triển khai thực hiện các nội dung sau:\n\n"
        "1. Tiếp tục quán triệt các chủ trương của Đảng về cải cách hành chính, xây dựng nền "
        "hành chính phục vụ Nhân dân.\n\n"
        "2. Rà soát, đơn giản hóa thủ tục hành chính.\n", 200, [
            ("directive", "Giám đốc các sở, Thủ trưởng các ban ngành; Chủ tịch UBND các cấp",
             "Tiếp tục quán triệt các chủ trương của Đảng về cải cách hành chính, xây dựng nền "
             "hành chính phục vụ Nhân dân"),
            ("directive", "Giám đốc các sở, Thủ trưởng các ban ngành; Chủ tịch UBND các cấp",
             "Rà soát, đơn giản hóa thủ tục hành chính")]),
    # "TP." shortens a name, no sentence ends there; a body that speaks may "giao" a unit
    # the registry does not know, whose capitals go on with its name ("Phòng Quản lý đô
    # thị"); a list's number may open a request ("1. Giao cho …"); "trực tiếp" a manner
    "place_abbreviation_body_speaking_and_numbered_request": (
        "UBND TP. Nha Trang vừa có văn bản chỉ đạo UBND các xã, phường: các tổ công tác phải "
        "xây dựng quy chế hoạt động; khi kiểm tra phải đúng thành phần.\n\n"
        "UBND thành phố giao Phòng Quản lý đô thị theo dõi, đôn đốc các địa phương.\n\n"
        "UBND xã thông báo đến toàn thể nhân dân một số nội dung sau:\n\n"
        "1. Giao cho các đồng chí xóm trưởng trực tiếp điều tra tổng đàn gia súc, gia "
        "cầm.\n", 24, [
            ("directive", "UBND các xã, phường", "các tổ công tác phải xây"),
            ("directive", "UBND các xã, phường", "khi kiểm tra phải đúng t"),
            ("directive", "Phòng Quản lý đô thị", "theo dõi, đôn đốc các đị"),
            ("directive", "các đồng chí xóm trưởng", "trực tiếp điều tra tổng "),
        ]),
    # numbered paragraphs "N. Đối với <who>: <tasks>" assign each its tasks
    "numbered_for_whom": (
        "UBND xã đã phát hành thông báo cho các cơ quan, đơn vị và nhân dân trên địa bàn xã "
        "thực hiện. Nội dung thông báo như sau:\n\n"
        "1. Đối với các cơ quan, đơn vị, 12 thôn: Thường xuyên tổ chức tuyên truyền các quy "
        "định về bảo vệ môi trường; vận động người dân không đốt rơm rạ trên đồng ruộng.\n\n"
        "2. Đối với Công an xã: phối hợp kiểm tra, xử lý các trường hợp vi phạm.\n", 24, [
            ("action", None, "UBND xã đã phát hành thôn"[:24]),
            ("directive", "các cơ quan, đơn vị, 12 thôn", "Thường xuyên tổ chức tuy"),
            ("directive", "các cơ quan, đơn vị, 12 thôn", "vận động người dân không"),
            ("directive", "Công an xã", "phối hợp kiểm tra, xử lý")]),
    # a numbered paragraph that only names doers before its colon heads the dash items
    # below it; a dash item may itself ask someone ("- Đề nghị đồng chí …")
    "numbered_doers_heading_and_dash_request": (
        "UBND phường đề nghị:\n\n"
        "1. Các tổ dân phố, các cơ quan, đơn vị, doanh nghiệp, tổ chức kinh tế, các trường "
        "học:\n\n"
        "- Huy động cán bộ, đoàn viên, hội viên và nhân dân tham gia tổng dọn vệ sinh môi "
        "trường tại tổ dân phố.\n\n"
        "- Đề nghị đồng chí trưởng các đoàn thể của phường chỉ đạo các hội viên tham gia vệ "
        "sinh môi trường.\n", 24, [
            ("directive", "Các tổ dân phố, các cơ quan, đơn vị, doanh nghiệp, tổ chức kinh tế, "
             "các trường học", "Huy động cán bộ, đoàn viê"[:24]),
            # (the honorific "đồng chí" is no part of the office asked: units.json)
            ("directive", "trưởng các đoàn thể của phường", "chỉ đạo các hội viên tha")]),
    # the body's own list of tasks going on in a paragraph is cut at each new action, as a
    # list of requests is; "tăng cường" (strengthen) is no "tăng" (a rise) of a result
    "own_tasks_cut_at_actions": (
        "Nhiệm vụ tháng tới, xã tập trung thực hiện tốt công tác thu ngân sách.\n\n"
        "Tăng cường công tác phòng chống dịch bệnh trên đàn gia súc, tổ chức tuyên truyền "
        "phòng chống dịch đến người dân.\n\n"
        "Quan tâm công tác dân vận, tăng cường sự gắn kết với nhân dân.\n", 30, [
            ("commitment", None, "xã tập trung thực hiện tốt côn"),
            ("commitment", None, "Tăng cường công tác phòng chốn"),
            ("commitment", None, "tổ chức tuyên truyền phòng chố"),
            # "quan tâm" is a verb: the list goes on into its paragraph too
            ("commitment", None, "Quan tâm công tác dân vận, tăn")]),
    # two outcomes stated in full and joined by a comma are two results
    "outcomes_joined_by_commas": (
        "Trong lĩnh vực nông nghiệp, gieo trồng vượt chỉ tiêu, tổng đàn gia súc tăng mạnh. An "
        "ninh chính trị được giữ vững, văn hóa xã hội có nhiều chuyển biến.\n", 200, [
            ("action", None, "Trong lĩnh vực nông nghiệp, gieo trồng vượt chỉ tiêu"),
            ("action", None, "tổng đàn gia súc tăng mạnh"),
            ("action", None, "An ninh chính trị được giữ vững"),
            ("action", None, "văn hóa xã hội có nhiều chuyển biến")]),
    # a clause of work under way after a comma is a result of its own
    "work_under_way_clause": (
        "Đến nay, huyện đã giải quyết 9 nhiệm vụ, trong đó, trước hạn 4 nhiệm vụ, đang giải "
        "quyết 4 nhiệm vụ.\n", 200, [
            ("action", None, "Đến nay, huyện đã giải quyết 9 nhiệm vụ, trong đó, trước hạn 4 "
             "nhiệm vụ"),
            ("action", None, "đang giải quyết 4 nhiệm vụ")]),
    # work under way, then after a comma what comes next: a result, then a promise
    "result_then_promise": (
        "Đối với tiêu chí 6 và 7, UBND xã đang lập hồ sơ các hạng mục công trình, dự kiến thi "
        "công trong tháng 8/2023.\n", 200, [
            ("action", None, "Đối với tiêu chí 6 và 7, UBND xã đang lập hồ sơ các hạng mục công "
             "trình"),
            ("commitment", None, "dự kiến thi công trong tháng 8/2023")]),
    # a committee's purpose naming a capitalised programme is part of its name; a job
    # closed on "thực hiện" ends before the comma even when short
    "committee_purpose_and_closed_job": (
        "Kết luận cuộc họp, đồng chí Phó Chủ tịch UBND huyện đề nghị các thành viên Ban Chỉ đạo "
        "xây dựng Nông thôn mới của huyện nghiêm túc triển khai thực hiện, phối hợp, đôn đốc và "
        "hướng dẫn 3 xã để đảm bảo tiến độ đã đề ra.\n", 200, [
            ("directive", "các thành viên Ban Chỉ đạo xây dựng Nông thôn mới của huyện",
             "nghiêm túc triển khai thực hiện"),
            ("directive", "các thành viên Ban Chỉ đạo xây dựng Nông thôn mới của huyện",
             "phối hợp, đôn đốc và hướng dẫn 3 xã để đảm bảo tiến độ đã đề ra")]),
    # "Hai tháng cuối năm, …" opens the coming period's tasks; the piece that only
    # announces the list before its colon ("… các nhiệm vụ như:") is no task
    "months_left_in_words_and_the_lists_announcement": (
        "Kết quả sản xuất nông nghiệp tăng 5% so với cùng kỳ.\n\n"
        "Hai tháng cuối năm, huyện tập trung vào các nhiệm vụ như: Tiếp tục khảo sát, đầu tư "
        "các mô hình sản xuất nông nghiệp công nghệ cao; hoàn thành nhiệm vụ thu - chi ngân "
        "sách.\n", 200, [
            ("action", None, "Kết quả sản xuất nông nghiệp tăng 5% so với cùng kỳ"),
            ("commitment", None, "Tiếp tục khảo sát, đầu tư các mô hình sản xuất nông nghiệp "
             "công nghệ cao"),
            ("commitment", None, "hoàn thành nhiệm vụ thu - chi ngân sách")]),
    # "trên cơ sở …" qualifies what the addressees must do, whatever it is based on
    "based_on_ends_the_addressee": (
        "Chủ tịch UBND phường yêu cầu các bộ phận chuyên môn, các cá nhân phụ trách trên cơ sở "
        "kế hoạch đã xây dựng, bám sát tiến độ và triển khai thực hiện nhiệm vụ.\n", 200, [
            ("directive", "các bộ phận chuyên môn, các cá nhân phụ trách",
             "trên cơ sở kế hoạch đã xây dựng, bám sát tiến độ và triển khai thực hiện nhiệm "
             "vụ")]),
    # a time after the addressees names when, not who ("… trong thời gian tới:")
    "when_after_the_addressees": (
        "Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương trong thời gian tới: tăng "
        "cường kiểm tra an toàn thực phẩm; xử lý nghiêm các vi phạm.\n", 200, [
            ("directive", "các cơ quan, đơn vị, địa phương", "tăng cường kiểm tra an toàn thực "
             "phẩm"),
            ("directive", "các cơ quan, đơn vị, địa phương", "xử lý nghiêm các vi phạm")]),
    # the meeting discussing and units asking for guidance tell of the meeting itself
    "the_meeting_discusses_and_asks_for_guidance": (
        "Nhiệm vụ tháng tới, xã tập trung thực hiện tốt công tác thu ngân sách.\n\n"
        "Tiếp đó, hội nghị tiến hành thảo luận một số hoạt động của ngành diễn ra trong thời "
        "gian qua. Các đơn vị đã đề xuất giải pháp, xin ý kiến chỉ đạo của UBND huyện để thực "
        "hiện tốt nhiệm vụ trong những tháng tiếp theo.\n", 200, [
            ("commitment", None, "xã tập trung thực hiện tốt công tác thu ngân sách")]),
    "report_back_sentence": (
        "UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng kiểm tra "
        "nội dung phản ánh của công dân. Báo cáo kết quả với UBND tỉnh.\n", 200, [
            ("directive", "Sở Tài nguyên và Môi trường",
             "chủ trì, phối hợp với Sở Xây dựng kiểm tra nội dung phản ánh của công dân. Báo "
             "cáo kết quả với UBND tỉnh")]),
    # fourth session of 2026-12-01
    # a forecast's "sẽ" promises nothing
    "a_forecast_is_no_promise": (
        "Theo thông tin của Trung tâm Dự báo khí tượng thủy văn, đợt không khí lạnh sẽ tiếp "
        "tục ảnh hưởng đến các tỉnh phía Bắc trong 3 ngày tới. Huyện sẽ tập trung chỉ đạo "
        "các xã chống rét cho đàn gia súc. Trong tháng 1 sẽ có khoảng 4 - 5 đợt rét đậm.", 39,
        [("commitment", None, "tập trung chỉ đạo các xã chống rét cho ")]),
    "outcomes_listed_with_commas_are_cut_between_them_not_inside_a_shared_subject": (
        "Trong tháng 10, các hoạt động văn hóa, thể thao được tổ chức tốt, an ninh, trật "
        "tự an toàn xã hội được đảm bảo, giải quyết tốt các kiến nghị của cử tri.", 60,
        [("action", None, "Trong tháng 10, các hoạt động văn hóa, thể thao được tổ chức"),
         ("action", None, "an ninh, trật tự an toàn xã hội được đảm bảo"),
         ("action", None, "giải quyết tốt các kiến nghị của cử tri")]),
    "figures_reached_are_a_result_and_what_remains_unreached_is_no_item": (
        "Tính đến tháng 10/2024 thực hiện các tiêu chí nông thôn mới đối với xã Tân Lập: "
        "Đã đạt 15/19 tiêu chí còn 04 tiêu chí chưa đạt gồm: giao thông, thu nhập, môi "
        "trường, y tế.", 80,
        [("action", None, "Đã đạt 15/19 tiêu chí")]),
    "up_to_now_after_a_leaders_requests_reports_a_result": (
        "Chủ tịch UBND huyện đề nghị xã Tân Lập thường xuyên rà soát, hoàn thiện hồ sơ các "
        "tiêu chí đã đạt. Đến nay, xã Tân Lập đạt 15/19 tiêu chí; còn lại 4 tiêu chí chưa "
        "đạt đang được xã tập trung thực hiện.", 40,
        [("directive", "xã Tân Lập", "thường xuyên rà soát, hoàn thiện hồ sơ c"),
         ("action", None, "Đến nay, xã Tân Lập đạt 15/19 tiêu chí")]),
    "figures_as_of_a_day_and_totals_are_results_without_a_verb_of_work_done": (
        "Tính đến ngày 15-3, huyện đón trên 12.000 lượt khách. Tổng số quà hỗ trợ các hộ "
        "nghèo là gần 2.000 suất quà trị giá 600 triệu đồng.", 40,
        [("action", None, "Tính đến ngày 15-3, huyện đón trên 12.00"),
         ("action", None, "Tổng số quà hỗ trợ các hộ nghèo là gần 2")]),
    "what_was_raised_at_the_meeting_is_no_result": (
        "Bên cạnh đó, tình hình khai thác cát trái phép, tai nạn giao thông cũng được báo "
        "cáo tại hội nghị.", 40,
            []),
    "the_results_a_leader_praises_in_a_list_are_results": (
        "Thường trực HĐND tỉnh đánh giá cao những kết quả HĐND huyện đạt được trong năm; "
        "công tác giám sát không ngừng nâng cao hiệu quả; chất lượng ban hành nghị quyết "
        "được nâng lên đáng kể.", 29,
        [("action", None, "công tác giám sát không ngừng"),
         ("action", None, "chất lượng ban hành nghị quyế")]),
    "an_account_of_work_done_goes_on_in_its_paragraph_without_da": (
        "Trong tháng 10, UBND huyện đã chỉ đạo cơ sở thu hoạch lúa mùa. Chủ động phối hợp "
        "với các sở, ngành kiểm tra các tiêu chí nông thôn mới. Đồng thời quan tâm công tác "
        "giải quyết đơn thư của công dân.\n\nTăng cường công tác quản lý đất đai.\n", 30,
        [("action", None, "Trong tháng 10, UBND huyện đã "),
         ("action", None, "Chủ động phối hợp với các sở, "),
         ("action", None, "quan tâm công tác giải quyết đ")]),
    "six_months_written_06_open_the_coming_period_and_a_detail_list_stays_one_task": (
        "Thu ngân sách đạt 499 triệu đồng. 06 tháng cuối năm, thị trấn tăng cường hơn nữa "
        "công tác giám sát, nhất là về công tác cải cách hành chính, quản lý đất đai, quy "
        "hoạch, xây dựng.", 45,
        [("action", None, "Thu ngân sách đạt 499 triệu đồng"),
         ("commitment", None, "thị trấn tăng cường hơn nữa công tác giám sát")]),
    "a_request_inside_a_request_names_its_own_addressee_and_a_list_of_names_is_no_task": (
        "Bí thư Huyện ủy yêu cầu các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ chính "
        "trị năm 2025 ngay từ đầu năm; yêu cầu các cơ quan, đơn vị, tổ chức, cán bộ, công "
        "chức trở lại làm việc ngay sau khi kết thúc thời gian nghỉ Tết.", 40,
        [("directive", "các cơ quan, đơn vị", "tập trung thực hiện các nhiệm vụ chính t"),
         ("directive", "các cơ quan, đơn vị, tổ chức, cán bộ, công chức",
        "trở lại làm việc ngay sau khi kết thúc t")]),
    "a_committee_passes_on_requests": (
        "Theo công điện, Ban Chỉ huy Phòng, chống thiên tai tỉnh đề nghị các sở, ngành "
        "thường xuyên cập nhật diễn biến không khí lạnh; chủ động dự trữ thức ăn cho đàn "
        "gia súc.", 40,
        [("directive", "các sở, ngành", "thường xuyên cập nhật diễn biến không kh"),
         ("directive", "các sở, ngành", "chủ động dự trữ thức ăn cho đàn gia súc")]),
    "a_difficulty_granted_before_a_turn_is_the_setting_of_a_result": (
        "Trong điều kiện còn nhiều khó khăn, song nhờ sự nỗ lực của toàn đảng bộ xã nên tình "
        "hình kinh tế - xã hội của xã tiếp tục phát triển, các chỉ tiêu chủ yếu đều tăng.", 45,
        [("action", None, "tình hình kinh tế - xã hội của xã tiếp tục ph"),
         ("action", None, "các chỉ tiêu chủ yếu đều tăng")]),
    "a_unit_named_with_its_task_is_asked_and_a_topic_before_a_comma_is_context": (
        "Chủ tịch UBND huyện đề nghị: các xã tiếp tục đẩy nhanh tiến độ trồng rừng; phòng "
        "NN&PTNT tham mưu, đề xuất tháo gỡ khó khăn. Đối với dự án phát triển sản xuất, "
        "Phòng Kinh tế – hạ tầng thẩm định về nội dung, phòng Tài chính & kế hoạch thẩm định "
        "kinh phí; tham mưu nguồn ngân sách cho dự án.", 30,
        [("directive", "các xã", "tiếp tục đẩy nhanh tiến độ trồ"),
         ("directive", "Phòng NN&PTNT", "tham mưu, đề xuất tháo gỡ khó "),
         ("directive", "Phòng Kinh tế – hạ tầng", "thẩm định về nội dung"),
         ("directive", "Phòng Tài chính & kế hoạch", "thẩm định kinh phí"),
         ("directive", "Phòng Tài chính & kế hoạch", "tham mưu nguồn ngân sách cho d")]),
    "partners_named_after_a_comma_are_no_new_doer": (
        "UBND tỉnh yêu cầu Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông "
        "thôn, các sở, ngành liên quan tổ chức triển khai các hoạt động phòng, chống bệnh "
        "Dại.", 40,
        [("directive", "Sở Y tế", "chủ trì, phối hợp với Sở Nông nghiệp và ")]),
    "the_verb_after_the_addressee_ends_it": (
        "Chủ tịch UBND tỉnh giao UBND huyện Hồng Ngự cắm biển báo vành đai sạt lở. Đề nghị "
        "cán bộ, công chức xã chấp hành tốt giờ giấc làm việc.", 30,
        [("directive", "UBND huyện Hồng Ngự", "cắm biển báo vành đai sạt lở"),
         ("directive", "cán bộ, công chức xã", "chấp hành tốt giờ giấc làm việ")]),
    "party_committees_and_steering_boards_are_addressees": (
        "Đồng chí Phó Chủ tịch HĐND huyện yêu cầu cấp uỷ, chính quyền xã với trách nhiệm và "
        "quyết tâm cao nhất cần chủ động phối hợp tốt với các đơn vị của huyện. Đồng chí Chủ "
        "tịch xã giao nhiệm vụ cho BCĐ có trách nhiệm tham mưu cho UBND tổ chức triển khai "
        "kế hoạch.", 30,
        [("directive", "cấp uỷ, chính quyền xã", "với trách nhiệm và quyết tâm c"),
         ("directive", "BCĐ", "có trách nhiệm tham mưu cho UB")]),
    "the_doers_remit_is_no_task_and_a_whole_job_stands_alone": (
        "Đồng chí Chủ tịch UBND xã đề nghị các phòng ban chuyên môn, đơn vị sự nghiệp trên cơ "
        "sở chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch, thường xuyên nắm bắt, "
        "theo dõi các thôn để có chỉ đạo kịp thời. Chính quyền xã sẽ tập trung rà soát các "
        "vấn đề còn tồn tại, từng bước kiện toàn bộ máy tổ chức.", 30,
        [("directive", "các phòng ban chuyên môn, đơn vị sự nghiệp",
          "chủ động xây dựng kế hoạch"),
         ("directive", "các phòng ban chuyên môn, đơn vị sự nghiệp",
          "thường xuyên nắm bắt, theo dõi"),
         ("commitment", None, "tập trung rà soát các vấn đề c"),
         ("commitment", None, "từng bước kiện toàn bộ máy tổ ")]),
    "a_difficulty_granted_with_no_comma_and_a_detail_after_a_semicolon": (
        "Sáu tháng đầu năm 2021, mặc dù còn gặp khó khăn nhưng với sự chỉ đạo kịp thời, sát "
        "sao của Huyện ủy, sự nỗ lực của các cấp, ngành; kinh tế xã hội của huyện duy trì ổn "
        "định; an sinh xã hội được thực hiện đầy đủ, kịp thời; nhất là người có công, người "
        "nghèo. Sáng 02-12, Chánh Văn phòng UBND tỉnh đã chủ trì buổi họp giao ban Văn phòng. "
        "Ý kiến thảo luận tập trung vào tiếp tục cải cách hành chính.", 40,
        [("action", None, "kinh tế xã hội của huyện duy trì ổn định"),
         ("action", None, "an sinh xã hội được thực hiện đầy đủ, kị")]),
    "when_the_task_is_done_is_part_of_it": (
        "Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị và Ban Nhân dân các thôn đồng loạt ra "
        "quân dọn vệ sinh, diệt lăng quăng, bọ gậy. Đồng loạt vào sáng ngày 24/8/2025 (Chủ "
        "nhật). Thời gian hoàn thành trước ngày 28/8/2025.", 200,
        [("directive", "các cơ quan, đơn vị và Ban Nhân dân các thôn",
          "đồng loạt ra quân dọn vệ sinh, diệt lăng quăng, bọ gậy. Đồng loạt vào sáng ngày "
          "24/8/2025 (Chủ nhật). Thời gian hoàn thành trước ngày 28/8/2025")]),
    "more_addressees_of_the_object_after_a_semicolon_are_no_task": (
        "UBND huyện yêu cầu các cơ quan tổ chức quán triệt Kế hoạch số 110/KH-UBND đến từng cán "
        "bộ, công nhân viên chức của cơ quan, đơn vị; các doanh nghiệp, nhà hàng, khách sạn; "
        "xây dựng kế hoạch chi tiết của đơn vị mình.", 40,
        [("directive", "các cơ quan", "tổ chức quán triệt Kế hoạch số 110/KH-UB"),
         ("directive", "các cơ quan", "xây dựng kế hoạch chi tiết của đơn vị mì")]),
    "what_a_unit_is_to_tell_follows_its_colon_and_a_director_stands_for_the_sở": (
        "Tại Công văn, UBND tỉnh giao Giám đốc Sở Giáo dục và Đào tạo chủ trì, phối hợp với "
        "Chủ tịch UBND huyện Tiên Yên thông tin ngay đến phụ huynh, học sinh và các cơ quan báo "
        "chí: Trường THPT Tiên Yên vẫn là trường công lập, trực thuộc Sở Giáo dục và Đào tạo.",
        40, [("directive", "Sở Giáo dục và Đào tạo", "chủ trì, phối hợp với Chủ tịch UBND huyệ")]),
    "what_a_result_contributes_to_is_no_result_and_what_a_meeting_heard_done_is": (
        "Trong quý I, khối Văn hoá - Xã hội đã triển khai thực hiện có hiệu quả các chương "
        "trình công tác. Công tác tuyên truyền được đẩy mạnh, góp phần nâng cao nhận thức của "
        "nhân dân. Thông qua đó, góp phần nâng cao đời sống vật chất của Nhân dân. Tại Hội "
        "nghị, các đại diện đã được nghe các báo cáo về công tác phát triển Đảng viên, đã kết "
        "nạp 15/15 Đảng viên, đạt tỷ lệ 100%.", 40,
        [("action", None, "Trong quý I, khối Văn hoá - Xã hội đã tr"),
         ("action", None, "Công tác tuyên truyền được đẩy mạnh"),
         ("action", None, "đã kết nạp 15/15 Đảng viên, đạt tỷ lệ 10")]),
    "a_body_setting_out_its_goals_before_a_colon_is_no_task": (
        "Trong 6 tháng cuối năm 2020, Ban Chấp hành Đảng bộ huyện đề ra mục tiêu: Tổ chức tốt "
        "Đại hội Đảng bộ huyện lần thứ XXI; Tiếp tục lãnh đạo thực hiện có hiệu quả các chương "
        "trình hành động.", 30,
        [("commitment", "Ban Chấp hành Đảng bộ huyện", "Tổ chức tốt Đại hội Đảng bộ hu"),
         ("commitment", "Ban Chấp hành Đảng bộ huyện", "Tiếp tục lãnh đạo thực hiện có")]),
    "an_obligation_after_a_connector": (
        "Song song đó, địa phương cần tiến hành lấy mẫu thực phẩm, bệnh phẩm để xét nghiệm tìm "
        "nguyên nhân xảy ra sự việc.", 30,
        [("directive", "địa phương", "cần tiến hành lấy mẫu thực phẩ")]),
    "a_chair_who_passed_documents_on_asks_no_one": (
        "Tại đây đồng chí chủ tịch xã đã triển khai, quán triệt đầy đủ nội dung các văn bản "
        "chỉ đạo của UBND huyện, đồng thời thông qua kế hoạch phòng, chống hạn hán năm 2020.",
        30, [("action", None, "Tại đây đồng chí chủ tịch xã đ")]),
    "also_after_a_comma_adds_a_request": (
        "Giám đốc Sở đề nghị các phòng chuyên môn tập trung rà soát toàn bộ các nhiệm vụ để "
        "tổng kết hoạt động của ngành, đồng thời tham mưu các giải pháp để triển khai thực "
        "hiện có hiệu quả nhiệm vụ công tác năm 2021.", 40,
        [("directive", "các phòng chuyên môn", "tập trung rà soát toàn bộ các nhiệm vụ đ"),
         ("directive", "các phòng chuyên môn", "đồng thời tham mưu các giải pháp để triể")]),
    # running held out 8, r112: "…,…Tổng dư nợ" ends a sentence at its ellipsis, and a
    # sentence that only states amounts goes on with the results before it
    "figures_go_on_with_the_results": (
        "Ngân hàng chính sách xã hội huyện họp định kỳ quý III\n\nTrong 9 tháng đầu năm, tổng "
        "nguồn vốn của Phòng giao dịch đạt 289.022 triệu đồng tăng 3,7%. Doanh số cho vay "
        "45.708 triệu đồng với 1.709 lượt hộ vay. Trong đó, cho vay hộ nghèo là 5.462 triệu "
        "đồng,…Tổng dư nợ đến 30/9/2020 đạt 296.513 triệu đồng.\n", 26,
        [("action", None, "Trong 9 tháng đầu năm, tổn"), ("action", None, "Doanh số cho vay 45.708 tr"),
         ("action", None, "cho vay hộ nghèo là 5.462 "), ("action", None, "Tổng dư nợ đến 30/9/2020 đ")]),
    # running held out 8, r115: the lead tells of the meeting itself
    "a_review_that_sets_the_next_tasks_is_the_meeting": (
        "Đẩy mạnh công tác tuyên truyền 6 tháng cuối năm\nSáng nay 3/7, Ban Tuyên giáo Tỉnh ủy "
        "tổ chức sơ kết công tác tuyên giáo 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng "
        "cuối năm.\nTình hình tư tưởng cán bộ, đảng viên, nhân dân ổn định.\n", 20,
        [("action", None, "Tình hình tư tưởng c")]),
    # directives held out 9, d82: the page's title passes on the request; its paragraphs
    # are the tasks, for the units they name or else for the unit asked before
    "a_headline_request_over_paragraphs_ending_in_semicolons": (
        "UBND huyện Pác Nặm chỉ đạo các địa phương thực hiện cày ải vụ đông – xuân\n\n"
        "Các cơ quan liên quan và đoàn thể huyện phối hợp với UBND các xã tuyên truyền để "
        "người dân hiểu được mục đích của công tác cày ải;\n\nTăng cường sự lãnh đạo, chỉ đạo "
        "của cấp Ủy đảng, chính quyền địa phương;\n\nĐảng ủy, UBND các xã xây dựng kế hoạch "
        "chỉ đạo các Chi bộ, thôn bản trong việc thực hiện công tác cày ải.\n", 22,
        [("directive", "Các cơ quan liên quan và đoàn thể huyện", "phối hợp với UBND các "),
         ("directive", "Các cơ quan liên quan và đoàn thể huyện", "Tăng cường sự lãnh đạo"),
         ("directive", "Đảng ủy, UBND các xã", "xây dựng kế hoạch chỉ ")]),
    # directives held out 9, d87: March's directions told in March's summary are done; the
    # April requests name their addressees past a qualifier, after "Đặc biệt là", and a
    # sentence that opens with other units asks them
    "directed_in_the_month_reviewed_is_done": (
        "UBND thành phố Bắc Ninh họp thường kỳ tháng 3\n\nTrong tháng 3, UBND thành phố chỉ "
        "đạo các phòng, ban, đơn vị, địa phương thực hiện hiệu quả các nhiệm vụ phát triển "
        "kinh tế - xã hội. Làm tốt công tác phòng chống dịch Covid 19.\n\nVề nhiệm vụ trọng "
        "tâm tháng 4, lãnh đạo UBND thành phố yêu cầu các cơ quan, đơn vị song song với công "
        "tác chuẩn bị Đại hội Đảng phải thực hiện tốt nhiệm vụ phát triển kinh tế - xã hội. "
        "Đặc biệt là tiếp tục triển khai các giải pháp phòng chống dịch Covid 19. Các phòng, "
        "ban chuyên môn và UBND 19 phường đôn đốc tiến độ các dự án đã được cấp vốn.\n", 24,
        [("action", None, "Trong tháng 3, UBND thàn"),
         ("action", None, "Làm tốt công tác phòng c"),
         ("directive", "các cơ quan, đơn vị", "song song với công tác c"),
         ("directive", "các cơ quan, đơn vị", "tiếp tục triển khai các "),
         ("directive", "Các phòng, ban chuyên môn và UBND 19 phường", "đôn đốc tiến độ các dự á")]),
    # directives held out 9, d80: "3. Trung tâm … huyện" then dash items; "… tham mưu …
    # thực hiện:" only announces its dash items
    "a_numbered_heading_that_only_names_a_unit": (
        "Triển khai tuyên truyền Đại hội Thi đua yêu nước\n\nỦy ban nhân dân huyện có ý kiến "
        "như sau:\n\n1. Phòng Nội vụ tham mưu Hội đồng Thi đua - Khen thưởng huyện thực hiện:"
        "\n\n- Đẩy mạnh công tác tuyên truyền Đại hội Thi đua yêu nước cấp tỉnh.\n\n2. Phòng "
        "Văn hóa và Thông tin đăng tải Đề cương tuyên truyền lên trang thông tin điện tử.\n\n"
        "3. Trung tâm Văn hóa Thông tin Thể thao huyện\n\n- Tổ chức các hoạt động tuyên "
        "truyền trực quan, thông tin cổ động chào mừng Đại hội.\n", 20,
        [("directive", "Phòng Nội vụ", "Đẩy mạnh công tác tu"),
         ("directive", "Phòng Văn hóa và Thông tin", "đăng tải Đề cương tu"),
         ("directive", "Trung tâm Văn hóa Thông tin Thể thao huyện", "Tổ chức các hoạt độn")]),
    # running held out 8, r118: a short line with no full stop between two paragraphs of
    # sentences is a picture's caption; the last line of a page cut short is not
    "a_caption_between_paragraphs": (
        "Ngành Thanh tra tổng kết năm 2020\nTrong năm qua, toàn tỉnh đã tiếp trên 1.880 lượt "
        "công dân.\nCác cá nhân, đơn vị hoàn thành xuất sắc nhiệm vụ năm 2020 được khen thưởng"
        "\nNgành đã giải quyết 208/224 đơn KNTC, đạt 92,86%.\nNgành đã thu hồi gần 17 tỉ đồng", 20,
        [("action", None, "Trong năm qua, toàn "), ("action", None, "Ngành đã giải quyết "),
         ("action", None, "Ngành đã thu hồi gần")]),
    # directives held out 10, d95: "giao Ban Quản lý …" asks (not "giao ban", a briefing);
    # "UBND các huyện, thành phố Cà Mau" keeps its city (running held out 9 r124: sixteen
    # tasks agreed for the coming half-year are announced)
    "giao_ban_quan_ly_asks": (
        "Theo đó, UBND tỉnh giao Ban Quản lý Khu kinh tế, Ủy ban nhân dân các huyện, thành "
        "phố Cà Mau triển khai thực hiện công tác quản lý, phát triển các cụm công nghiệp.\n\n"
        "Tại Hội nghị, các đại biểu tập trung thảo luận và thống nhất 16 nội dung công tác "
        "trọng tâm 6 tháng cuối năm 2017: Tiếp tục huy động các tầng lớp nhân dân thực hiện "
        "các chủ trương của Đảng; vận động toàn dân “Đền ơn đáp nghĩa”.\n", 24,
        [("directive", "Ban Quản lý Khu kinh tế, UBND các huyện, thành phố Cà Mau",
          "triển khai thực hiện côn"),
         ("commitment", None, "Tiếp tục huy động các tầ"),
         ("commitment", None, "vận động toàn dân “Đền ơ")]),
    # running held out 9, r126, r128, r125: a leader's suggestions "để <unit> … thực hiện:",
    # a motto after its colon, "Trong đó cần tập trung: …", directions for the months left
    "suggestions_mottos_and_directions_for_the_months_left": (
        "Phát biểu chỉ đạo tại Hội nghị, đồng chí Phan Xuân Nam - Phó Chủ tịch HND tỉnh đánh "
        "giá cao những kết quả đạt được, đồng thời gợi mở một số nội dung để HND huyện tiếp "
        "tục triển khai thực hiện: vận động hội viên nông dân sử dụng có hiệu quả các nguồn "
        "vốn vay; tiếp tục tuyên truyền phòng, chống dịch tả lợn Châu Phi.\n\nÔng Đào Anh "
        "Dũng yêu cầu huyện cần thực hiện tốt Công văn của Thành ủy, tổ chức tết cho nhân dân "
        "đảm bảo tinh thần: “Đoàn kết, vui tươi, an toàn và tiết kiệm”. Trong đó cần tập "
        "trung: Tổ chức chu đáo việc thăm hỏi, chúc tết các gia đình chính sách.\n\nChủ tịch "
        "UBND tỉnh chỉ đạo điều hành trong những tháng còn lại năm 2016 là: định hướng lại sự "
        "phát triển của các trung tâm phía Đông và phía Tây của tỉnh.\n", 24,
        [("directive", "HND huyện", "vận động hội viên nông d"),
         ("directive", "HND huyện", "tiếp tục tuyên truyền ph"),
         ("directive", "huyện", "cần thực hiện tốt Công v"),
         ("directive", "huyện", "tổ chức tết cho nhân dân"),
         ("directive", "huyện", "Tổ chức chu đáo việc thă"),
         ("directive", None, "định hướng lại sự phát t")]),
    # directives held out 14, d130: "Ban Tổ chức Lễ hội giao UBND huyện Lắk báo cáo kinh phí
    # đề nghị hỗ trợ, …": the committee asks the district; "đề nghị hỗ trợ" is the report's
    # object, not another request
    "an_organising_committee_assigns_tasks": (
        "Hội đua thuyền\n\nBan Tổ chức Lễ hội giao UBND huyện Lắk báo cáo kinh phí đề nghị hỗ "
        "trợ, gửi Sở Tài chính để xem xét.\n", 20,
        [("directive", "UBND huyện Lắk", "báo cáo kinh phí đề ")]),
    # directives held out 14, d129: "… ban hành công văn chỉ đạo các phòng chuyên môn; UBND
    # các xã, thị trấn về việc chấp hành nghiêm …" names the letter's subject, no task
    # (running.json letter_subject); "1. Trung tâm Y tế Huyện: …", "2. Giao Chủ tịch … ban
    # hành …", "3. Giao Trung tâm … thông báo …" are its assignments, one unit a number
    "numbered_assignments_after_the_letters_subject": (
        "Chấp hành nghiêm biện pháp phòng, chống dịch\n\nNgày 10/02/2020, Chủ tịch UBND huyện "
        "Châu Thành ban hành công văn chỉ đạo các phòng chuyên môn; UBND các xã, thị trấn về "
        "việc chấp hành nghiêm biện pháp phòng, chống dịch Covid-19.\n\n1. Trung tâm Y tế "
        "Huyện: Khẩn trương truy vết để xác định các trường hợp F2, F3.\n\n2. Giao Chủ tịch Ủy "
        "ban nhân dân các xã, thị trấn ban hành Quyết định cách ly tại nhà.\n\n3. Giao Trung "
        "tâm Văn hóa - Thể thao và Truyền thanh Huyện thông báo trên sóng phát thanh.\n", 21,
        [("directive", "Trung tâm Y tế Huyện", "Khẩn trương truy vết "),
         ("directive", "Chủ tịch UBND các xã, thị trấn", "ban hành Quyết định c"),
         ("directive", "Trung tâm Văn hóa - Thể thao và Truyền thanh Huyện",
          "thông báo trên sóng p")]),
    # directives held out 15, d141: "Phiên họp thống nhất phân công các đồng chí Thường trực
    # HĐND huyện dự kỳ họp …": the meeting's decision asks them (running.json speaker,
    # strict_request)
    "a_meeting_assigns_what_it_agreed": (
        "Thường trực HĐND huyện họp\n\nPhiên họp thống nhất phân công các đồng chí Thường trực "
        "HĐND huyện dự kỳ họp đầu năm tại các xã, thị trấn.\n", 20,
        [("directive", "các đồng chí Thường trực HĐND huyện", "dự kỳ họp đầu năm tạ")]),
    # directives held out 15, d138: "Chủ tịch UBND phường, xã sẽ phải chịu trách nhiệm …":
    # "sẽ" is no part of who must (running.json modal)
    "who_will_have_to": (
        "Ra quân lập lại trật tự đô thị\n\nChủ tịch UBND phường, xã sẽ phải chịu trách nhiệm "
        "trước Chủ tịch UBND thành phố nếu để xảy ra lấn chiếm vỉa hè.\n", 20,
        [("directive", "Chủ tịch UBND phường, xã", "sẽ phải chịu trách n")]),
    # directives held out 15, d143: "… đồng chí đã nhấn mạnh định hướng …, đó là: các xã của
    # cụm số 4 cần tiếp tục …": the request's list names who must first
    "who_must_after_the_requests_opener": (
        "Giao ban cụm\n\nĐồng chí Phó Chủ tịch UBND huyện đã nhấn mạnh định hướng về phát triển "
        "kinh tế, đó là: các xã của cụm số 4 cần tiếp tục tập trung chỉ đạo việc tuyên truyền; "
        "tập trung chỉ đạo dồn đổi ruộng đất nông nghiệp.\n", 20,
        [("directive", "các xã của cụm số 4", "cần tiếp tục tập tru"),
         ("directive", "các xã của cụm số 4", "tập trung chỉ đạo dồ")]),
    # directives held out 15, d142: "… đề nghị sau lễ công bố Ban chấp hành khẩn trương tổ
    # chức kỳ họp …": when, then whom the request asks (running.json request_ground); "Ban
    # chấp hành" is a committee's name, not "to comply" (nouns.jsonl noun.committee)
    "when_then_whom_a_request_asks": (
        "Lễ công bố\n\nĐồng chí Bí thư Huyện uỷ đề nghị sau lễ công bố Ban chấp hành khẩn "
        "trương tổ chức kỳ họp bầu ra Uỷ ban kiểm tra.\n", 20,
        [("directive", "Ban chấp hành", "khẩn trương tổ chức ")]),
    # running held out 14, r176: "Chiều ngày 23-7, Ban đại diện … sơ kết tình hình hoạt động
    # 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm" tells the meeting, no result
    # (running.json meeting), though it opens on a day (dated_event)
    "a_dated_review_meeting_is_no_result": (
        "Ngân hàng chính sách xã hội huyện sơ kết 6 tháng đầu năm 2020\nChiều ngày 23-7, Ban "
        "đại diện Hội đồng quản trị Ngân hàng chính sách xã hội huyện sơ kết tình hình hoạt động "
        "6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Dự buổi sơ kết có ông Mai "
        "Bá Trước.\n", 20, []),
    # directives held out 16, d156: a vice-chairwoman written "PCT UBND" speaks (running.json
    # speaker, person), and a numbered task that opens with the youth union is its own
    # (units.json heads "Đoàn thanh niên")
    "pct_speaks_and_the_youth_union_is_a_unit": (
        "Giao ban định kỳ\n\nPhát biểu kết luận tại hội nghị, bà Trần Thị Thanh Hồng – PCT "
        "UBND phường đề nghị các đồng chí thành viên tập trung vào một số nhiệm vụ trọng tâm như "
        "sau:\n\n1. Triển khai trang trí, tuyên truyền trực quan tại các khu vực bỏ phiếu.\n\n"
        "2. Đoàn thanh niên phường tổ chức ra quân bóc xóa quảng cáo rao vặt.\n", 20,
        [("directive", "các đồng chí thành viên", "Triển khai trang trí"),
         ("directive", "Đoàn thanh niên phường", "tổ chức ra quân bóc ")]),
    # directives held out 16, d157: a commune's police asks (running.json speaker)
    "a_police_station_asks": (
        "Giao nộp vũ khí\n\nTheo đó, công an xã Đông Nam đề nghị các ban, ngành, đoàn thể trong "
        "xã tiếp tục quán triệt đến toàn thể cán bộ, công chức Luật Quản lý, sử dụng vũ khí.\n",
        20, [("directive", "các ban, ngành, đoàn thể trong xã", "tiếp tục quán triệt ")]),
    # directives held out 16, d155: the press names the district by its level alone ("…,
    # huyện chỉ đạo UBND xã Hòa Tâm rà soát …"); a level word ending a body's name or a list
    # of levels is no speaker of its own ("Ban đại diện HĐQT NHCSXH huyện chỉ đạo Phòng giao
    # dịch …" in a review of the months gone by; "UBND các huyện, thị xã, thành phố chỉ đạo …")
    "a_district_named_by_its_level_asks": (
        "Hội nghị\n\nĐể triển khai công tác giải phóng mặt bằng theo đúng kế hoạch đã đề ra, "
        "huyện chỉ đạo UBND xã Hòa Tâm rà soát, niêm yết công khai những hộ dân ảnh hưởng bởi dự "
        "án.\n", 20, [("directive", "UBND xã Hòa Tâm", "rà soát, niêm yết cô")]),
    # running held out 15, r185: a full stop glued between a year and a count of months
    # ends a sentence ("… quý IV năm 2019.9 tháng đầu năm 2019, …"); outcomes reached, then
    # what they are expected to come to ("dự kiến"), is a result, no promise
    "a_glued_full_stop_and_outcomes_before_an_estimate": (
        "Hội nghị\n\nĐồng chí Chủ tịch UBND huyện thông tin một số kết quả, tình hình thực hiện "
        "nhiệm vụ 9 tháng đầu năm 2019, nhiệm vụ trọng tâm công tác quý IV năm 2019.9 tháng đầu "
        "năm 2019, các chỉ tiêu kinh tế chủ yếu của huyện đều tăng cao so với cùng kỳ năm trước, "
        "hiện có 11/12 chỉ tiêu dự kiến hoàn thành kế hoạch.\n", 20,
        [("action", None, "9 tháng đầu năm 2019")]),
    # running held out 15, r189: "lãnh đạo" right before "chỉ đạo" is the pair of verbs
    # ("đã lãnh đạo chỉ đạo tổ chức triển khai …": led and directed), no leader who asks
    "lead_and_direct_is_work_done": (
        "Làm việc với xã\n\nTheo báo cáo, trong 6 tháng đầu năm nay, Đảng bộ xã Tống Phan đã "
        "lãnh đạo chỉ đạo tổ chức triển khai, quán triệt đầy đủ Nghị quyết đại hội đảng các "
        "cấp.\n", 20, [("action", None, "Đảng bộ xã Tống Phan")]),
    # running held out 15, r184: a result begins after the report it is told by and its time
    # ("Theo báo cáo của Thanh tra tỉnh, 7 tháng đầu năm, …"; running.json told_by); "đến nay
    # đã …" and "riêng <body> đã …" after a comma are results of their own (done_clause)
    "told_by_a_report_and_results_after_commas": (
        "Thanh tra\n\nTheo báo cáo của Thanh tra tỉnh, 7 tháng đầu năm, toàn ngành Thanh tra "
        "của tỉnh đã thu hồi nộp ngân sách nhà nước trên 43 tỷ đồng, đến nay đã thu được hơn 42 "
        "tỷ đồng, đạt 97,12%. Tham mưu giải quyết được 186/276 đơn khiếu nại, đạt 67,39%, riêng "
        "Thanh tra tỉnh đã tham mưu giải quyết được 40/42 đơn.\n", 20,
        [("action", None, "toàn ngành Thanh tra"), ("action", None, "đến nay đã thu được "),
         ("action", None, "Tham mưu giải quyết "), ("action", None, "riêng Thanh tra tỉnh")]),
    # directives held out 16, d153: "Các đơn vị thực hiện trước ngày 24/3/2016." only says
    # by when the request before is done (directives.json completion_clause)
    "the_units_do_it_by_a_day_is_no_task_of_its_own": (
        "Kính gửi: Thủ trưởng các đơn vị trực thuộc.\n\nĐề nghị Thủ trưởng các đơn vị trực "
        "thuộc rà soát lại việc thu quỹ phòng, chống thiên tai.\n\nCác đơn vị thực hiện trước "
        "ngày 24/3/2016.\n", 20,
        [("directive", "Thủ trưởng các đơn vị trực thuộc", "rà soát lại việc thu")]),
    # directives held out 13, d126: a party committee speaks, "phân công trực tiếp đến …"
    # assigns (running.json speaker, request); the units after carry the list on
    "a_party_committee_assigns": (
        "Quán triệt Nghị quyết\n\nTại Hội nghị quán triệt Nghị quyết Đại hội Đảng các cấp, Quận "
        "ủy Cầu Giấy đã phân công trực tiếp đến các cấp ủy Đảng cơ sở triển khai học tập Nghị "
        "quyết Đại hội XV Đảng bộ thành phố.\n\nMTTQ và các đoàn thể chính trị - xã hội tổ chức "
        "tốt việc phổ biến Nghị quyết.\n", 20,
        [("directive", "các cấp ủy Đảng cơ sở", "triển khai học tập N"),
         ("directive", "MTTQ và các đoàn thể chính trị - xã hội", "tổ chức tốt việc phổ")]),
    # directives held out 5, d40: "3. Giao:" alone opens a list of assignments, each dash
    # item naming its unit
    "a_bare_giao_opens_the_assignments_below": (
        "THÔNG BÁO Về việc tổ chức lấy ý kiến\n\n2. Thời gian lấy ý kiến: từ ngày 17/3/2025 "
        "đến ngày 05/4/2025.\n\n3. Giao:\n\n- Phòng Nông nghiệp và Môi trường huyện tiếp nhận "
        "các ý kiến góp ý.\n\n- UBND các xã, thị trấn nghiên cứu hồ sơ Kế hoạch sử dụng đất.\n",
        20, [("directive", "Phòng Nông nghiệp và Môi trường huyện", "tiếp nhận các ý kiến"),
             ("directive", "UBND các xã, thị trấn", "nghiên cứu hồ sơ Kế ")]),
    # directives held out 10, d90: "làm đầu mối" says what the unit is, after its name
    # (running.json qualifier, tasks.json stops)
    "a_unit_as_the_focal_point": (
        "Trợ giúp xã hội\n\nUBND tỉnh giao Sở Lao động, Thương binh và Xã hội làm đầu mối chủ trì "
        "hướng dẫn UBND các huyện thực hiện việc trợ cấp.\n", 20,
        [("directive", "Sở Lao động - Thương binh và Xã hội", "làm đầu mối chủ trì ")]),
    # directives held out 10, d90: "…, thị chủ động …" is the name's last level, not a new
    # doer (tasks.json stops); "cân đối" is an action (verbs.jsonl verb.cham_lo), so the next
    # paragraph carries the request on
    "the_same_units_go_on_in_the_next_paragraph": (
        "Trợ giúp xã hội\n\nTheo đó, Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thành, thị "
        "triển khai rà soát số hộ có nguy cơ thiếu đói.\n\nUBND các huyện, thành, thị chủ động "
        "cân đối nguồn kinh phí để thực hiện trợ cấp.\n", 20,
        [("directive", "UBND các huyện, thành, thị", "triển khai rà soát s"),
         ("directive", "UBND các huyện, thành, thị", "chủ động cân đối ngu")]),
    # directives held out 10, d88: a paragraph that opens with a list of units (one of them
    # "Sở Thông tin và Truyền thông", its own "và") and their action carries the request on
    "a_list_of_units_carries_the_request_on": (
        "Trực Tết\n\nTheo đó UBND tỉnh giao Các Sở, ban, ngành tổ chức trực trong thời gian nghỉ "
        "Tết.\n\nCông an tỉnh, Bộ Chỉ huy quân sự tỉnh, Sở Y tế, Sở Thông tin và Truyền thông, "
        "Ban An toàn giao thông tỉnh thường xuyên cập nhật tình hình, báo cáo UBND tỉnh.\n", 20,
        [("directive", "Các Sở, ban, ngành", "tổ chức trực trong t"),
         ("directive", "Công an tỉnh, Bộ Chỉ huy quân sự tỉnh, Sở Y tế, Sở Thông tin và Truyền "
          "thông, Ban An toàn giao thông tỉnh", "thường xuyên cập nhậ")]),
    # directives held out 11, d98 and held out 8, d70: a colon and the places a collective
    # name means are part of the name ("UBND các phường: Trần Phú, Lê Lợi, Hải Cảng …")
    "the_places_after_a_collective_name": (
        "Lập lại trật tự đô thị\n\nYêu cầu UBND các phường: Trần Phú, Lê Lợi, Hải Cảng nghiêm "
        "túc triển khai thực hiện việc ra quân lập lại trật tự đô thị.\n", 20,
        [("directive", "UBND các phường: Trần Phú, Lê Lợi, Hải Cảng", "nghiêm túc triển kha")]),
    # directives held out 17, d159: "1.Các …" with no space is a list's number; a number
    # that names no one is asked of those the list was asked of, not the number's before
    "numbers_of_a_request_list": (
        "Thông báo\n\nỦy ban nhân dân xã yêu cầu các ban ngành, đoàn thể, các thôn thực hiện "
        "các công việc sau đây:\n\n1.Các cơ quan, đơn vị và các thôn thực hiện tốt việc treo cờ "
        "Tổ Quốc.\n\n2. Tổ chức làm vệ sinh tại cơ quan, trụ sở, đường làng ngõ xóm.\n", 20,
        [("directive", "Các cơ quan, đơn vị và các thôn", "thực hiện tốt việc t"),
         ("directive", "các ban ngành, đoàn thể, các thôn", "Tổ chức làm vệ sinh ")]),
    # directives held out 17, d162: a Roman number is a list's number too
    "a_roman_number_of_a_request_list": (
        "Phòng Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị trực thuộc thực hiện các nội "
        "dung sau:\n\nI. Kiểm tra lại hồ sơ của đơn vị mình về hoạt động phòng, chống tác hại "
        "của thuốc lá năm 2015.\n", 20,
        [("directive", "Thủ trưởng các đơn vị trực thuộc", "Kiểm tra lại hồ sơ c")]),
    # directives held out 17, d160: numbered lines that only say whom the dashes below are
    # for ("1. Đối với UBND xã:", "2. Đối với chi bộ, BĐH các thôn", colon or not) assign them
    "numbered_for_whom_lines_over_dashes": (
        "1. Đối với UBND xã:\n\n- Đẩy mạnh công tác tuyên truyền về phòng chống thiên tai.\n\n"
        "2. Đối với chi bộ, BĐH các thôn\n\n- Rà soát, củng cố lực lượng xung kích phòng, "
        "chống thiên tai.\n", 20,
        [("directive", "UBND xã", "Đẩy mạnh công tác tu"),
         ("directive", "chi bộ, BĐH các thôn", "Rà soát, củng cố lực")]),
    # directives held out 17, d161: what units must do, after its purpose ("Để làm tốt …,
    # các địa phương cần …"; running.json obligation_lead), and the tasks after it
    "an_obligation_after_its_purpose": (
        "Lễ hội\n\nĐể làm tốt công tác quản lý và tổ chức lễ hội nhân dịp đầu năm mới 2019, các "
        "địa phương cần tiếp tục quán triệt Chỉ thị 41 của Ban Bí thư. Tập trung chỉ đạo công "
        "tác quản lý lễ hội.\n", 20,
        [("directive", "các địa phương", "cần tiếp tục quán tr"),
         ("directive", "các địa phương", "Tập trung chỉ đạo cô")]),
    # running held out 16, r192 and r191: the members discussing, or commenting on, the
    # matters they list ("… đã cùng thảo luận, trao đổi tập trung vào một số nhiệm vụ như:
    # …") tells the meeting, no results (running.json meeting)
    "discussing_the_matters_is_the_meeting": (
        "Hội nghị\n\nCác thành viên của Hội đồng nghĩa vụ quân sự huyện đã cùng thảo luận, trao "
        "đổi tập trung vào một số nhiệm vụ như: Công tác thâm nhập, nắm tâm tư nguyện vọng của "
        "công dân; tuyên truyền tuyển quân.\n\nTrên cơ sở dự thảo báo cáo, các đồng chí dự phiên "
        "họp đã đóng góp ý kiến vào các nội dung như: giải pháp chuyển đổi số, ký số các văn bản "
        "điện tử.\n", 20, []),
    # running held out 16, r194: a sentence opening with the period reviewed, "Trong 9 tháng
    # đầu năm, …" (any count of months), tells its work (running.json period_opening); "9
    # tháng qua, …" looks back, whatever the page's next period (running held out 6, r99)
    "the_months_reviewed_open_results": (
        "Ngày 28/9, Hội LHPN huyện Phước Long hội nghị sơ kết tình hình công tác Hội 9 tháng đầu "
        "năm, triển khai phương hướng, nhiệm vụ 3 tháng cuối năm 2018.\nTrong 9 tháng đầu năm, "
        "Hội LHPN huyện Phước Long làm tốt công tác tuyên truyền, vận động cán bộ, hội viên phụ "
        "nữ.\n", 20, [("action", None, "Trong 9 tháng đầu nă")]),
    # running held out 16, r191: "… nhấn mạnh đến một số nhiệm vụ trọng tâm cần triển khai
    # thực hiện thời gian tới." names the tasks to come, which follow
    "emphasising_the_tasks_to_come": (
        "Họp thường kỳ\n\nPhát biểu kết luận tại cuộc họp, đ/c Nguyễn Xuân Đương – Chủ tịch UBND "
        "thị xã nhấn mạnh đến một số nhiệm vụ trọng tâm cần triển khai thực hiện thời gian tới. "
        "Tăng cường đảm bảo an ninh trật tự dịp 30/4 và 1/5.\n", 20,
        [("directive", None, "Tăng cường đảm bảo a")]),
    # directives held out 17, d164: "Các huyện, thành phố …" heads a name (units.json heads),
    # so the paragraph after a letter's request carries it on; "treo" is an action
    # (verbs.jsonl), so "các cơ quan công sở trên địa bàn" ends before it
    "the_districts_asked_go_on_in_the_next_paragraph": (
        "Tuyên truyền\n\nSở Văn hóa, Thể thao và Du lịch vừa có Công văn đề nghị các huyện, thành "
        "phố tăng cường công tác tuyên truyền.\n\nCác huyện, thành phố chỉ đạo các phòng chuyên "
        "môn tăng cường tuyên truyền cổ động trên đường phố, các cơ quan công sở trên địa bàn treo "
        "băng rôn.\n", 20,
        [("directive", "các huyện, thành phố", "tăng cường công tác "),
         ("directive", "Các huyện, thành phố", "chỉ đạo các phòng ch"),
         ("directive", "các cơ quan công sở trên địa bàn", "treo băng rôn")]),
    # running held out 16, r195: "Trong đó, có một số nhiệm vụ quan trọng như: …" announces
    # the body's tasks (running.json announce)
    "some_important_tasks_such_as": (
        "Ký giao ước thi đua\n\nKhối Phòng Lao động - Thương binh và Xã hội đã đề ra kế hoạch "
        "triển khai các nhiệm vụ. Trong đó, có một số nhiệm vụ quan trọng như: Thảo luận, bàn "
        "giải pháp thực hiện thắng lợi những chỉ tiêu được giao; thực hiện tốt công tác cải "
        "cách hành chính.\n", 20,
        [("action", None, "Khối Phòng Lao động "), ("commitment", None, "Thảo luận, bàn giải "),
         ("commitment", None, "thực hiện tốt công t")]),
    # running held out 17, r202 and r204: a leader's inspection visit ("Ngày 26/01/2018, đồng
    # chí … cùng với đoàn lãnh đạo huyện đã kiểm tra tình hình …") tells the meeting, no
    # result (running.json meeting)
    "a_leaders_inspection_visit_is_no_result": (
        "Kiểm tra\n\nNgày 26/01/2018, đồng chí Lâm Văn Hồng - Phó Chủ tịch thường trực UBND huyện "
        "cùng với đoàn lãnh đạo huyện đã kiểm tra tình hình chuẩn bị Tết tại xã Phước Hưng. Xã "
        "đã hỗ trợ 120 hộ nghèo.\n", 20, [("action", None, "Xã đã hỗ trợ 120 hộ ")]),
    # directives held out 18, d176: "… yêu cầu <units> khẩn trương, tập trung chỉ đạo …": the
    # words of manner and their comma end the addressee, and the action after the comma is
    # still the same task (running.json manner_pause)
    "manner_then_a_comma_before_the_action": (
        "Phòng chống rét\n\nChủ tịch UBND huyện yêu cầu các Phòng ban, ngành, UBND các xã, thị "
        "trấn khẩn trương, tập trung chỉ đạo, triển khai cấp bách các nhiệm vụ phòng, chống rét "
        "đậm, rét hại; chủ động theo dõi, kiểm tra, bám sát địa bàn.\n", 20,
        [("directive", "các Phòng ban, ngành, UBND các xã, thị trấn", "khẩn trương, tập tru"),
         ("directive", "các Phòng ban, ngành, UBND các xã, thị trấn", "chủ động theo dõi, k")]),
    # directives held out 18, d170: a school's notice; "Nhà trường yêu cầu …" is the school
    # asking (running.json speaker), and "trưởng các khoa đào tạo" one addressee ("khoa đào
    # tạo" a noun, nouns.jsonl noun.training)
    "a_school_asks_its_faculties": (
        "Nghỉ Tết\n\nGiao cho trưởng các khoa đào tạo, Ban Giám hiệu Trường THPT Chuyên thông báo "
        "cho sinh viên nghỉ lễ.\n\nNhà trường yêu cầu Thủ trưởng các đơn vị thông báo chủ trương "
        "này tới cán bộ, viên chức.\n", 20,
        [("directive", "trưởng các khoa đào tạo, Ban Giám hiệu Trường THPT Chuyên",
          "thông báo cho sinh v"),
         ("directive", "Thủ trưởng các đơn vị", "thông báo chủ trương")]),
    # directives held out 18, d177: a guidance letter with no header; "Kính gửi: …" names
    # whom its parts ask after "… cụ thể như sau:", its headings are no items, and a part
    # that names its own doers ("Các trường THCS chủ động …") asks them (running.json
    # greeting, letter_body; units.json heads "Các trường")
    "a_letters_greeting_names_whom_its_parts_ask": (
        "Hướng dẫn dạy học môn Lịch Sử\n\nKính gửi: Các trường THCS trên địa bàn Thành phố\n\n"
        "Phòng GD&ĐT Thành phố hướng dẫn dạy môn Lịch sử từ kì II, cụ thể như sau:\n\n"
        "I. YÊU CẦU CHUNG\n\nThực hiện theo chỉ đạo tại công văn số 21/PGD&ĐT ngày 06/9/2011.\n\n"
        "II. MỘT SỐ YÊU CẦU CỤ THỂ\n\n1. Thực hiện phân phối chương trình\n\n"
        "Các trường THCS chủ động xây dựng phân phối chương trình chi tiết môn Lịch sử.\n\n"
        "2. Về phương pháp dạy học\n\nĐổi mới phương pháp dạy học cần bám sát chuẩn kiến "
        "thức - kĩ năng.\n", 20,
        [("directive", "Các trường THCS trên địa bàn Thành phố", "Thực hiện theo chỉ đ"),
         ("directive", "Các trường THCS", "chủ động xây dựng ph"),
         ("directive", "Các trường THCS trên địa bàn Thành phố", "Đổi mới phương pháp ")]),
    # directives held out 6, d52: the greeting and the letter's first sentence on one line;
    # the request that sentence makes names its own addressee
    "a_greeting_then_a_request_on_its_line": (
        "Thông báo về việc tổ chức tổng vệ sinh.\n\nKính gửi: Ông (Bà) Hiệu trưởng các đơn vị "
        "trực thuộc. Thực hiện Kế hoạch số 1231/KH-UBND, Phòng Giáo dục- Đào tạo yêu cầu các "
        "trường học trực thuộc thực hiện các nội dung sau:\n\n1. Triển khai tổng vệ sinh khu "
        "vực trường học vào lúc 16h00 ngày 20/4/2018.\n", 20,
        [("directive", "các trường học trực thuộc", "Triển khai tổng vệ s")]),
    # directives held out 19, d183: "BCĐ" speaks as "Ban Chỉ đạo" does (running.json
    # speaker), "Ban phát triển thôn" is a unit's name (units.json heads)
    "a_steering_board_asks_the_hamlet_boards": (
        "Đôn đốc các thôn\n\nVậy BCĐ xây dựng nông thôn mới xã đề nghị Ban phát triển thôn "
        "thực hiện tốt các nội dung sau:\n\n1. Rà soát, đánh giá 10 tiêu chí khu dân cư kiểu "
        "mẫu.\n\n2. Ban phát triển thôn phân công cho các chi hội đến các hộ để vận động.\n", 20,
        [("directive", "Ban phát triển thôn", "Rà soát, đánh giá 10"),
         ("directive", "Ban phát triển thôn", "phân công cho các ch")]),
    # directives held out 19, d182 and d179: "tập chung", as offices often misspell "tập
    # trung", is an action (verbs.jsonl); "sẽ" ends an addressee (running.json addressee_stop)
    "a_misspelt_action_and_sẽ_end_the_addressee": (
        "Ứng phó mưa lũ\n\nBan chỉ huy PCTT và TKCN huyện yêu cầu các ngành, đơn vị và UBND các "
        "xã, thị trấn tập chung chỉ đạo tuần tra, canh đê.\n\nChủ tịch UBND huyện cũng yêu cầu "
        "các địa phương được chọn sẽ tổng hợp, báo cáo về công tác phòng chống dịch.\n", 20,
        [("directive", "các ngành, đơn vị và UBND các xã, thị trấn", "tập chung chỉ đạo tu"),
         ("directive", "các địa phương được chọn", "sẽ tổng hợp, báo cáo")]),
    # directives held out 19, d181: "<body> thông báo … như sau:" relays a notice
    # (running.json relays); its labelled facts ("- Địa điểm: …", "+ Trang phục: …") are no
    # items, "a) Đối với cán bộ, viên chức:" says whom the "+" lines below it ask unless
    # they name their own unit ("Công đoàn" heads one) or addressee ("Trưởng bộ phận"), and a
    # fact with no unit asked is none
    "a_notice_with_labels_and_whom_it_asks": (
        "Sinh hoạt chào cờ\n\nHiệu trưởng thông báo những nội dung cụ thể như sau:\n\n"
        "- Địa điểm: Sân trường, trước cột cờ.\n\nTổ chức thực hiện:\n\n"
        "a) Đối với cán bộ, viên chức:\n\n+ Trang phục: Đồng phục theo quy định của trường.\n\n"
        "+ Trưởng bộ phận nhắc nhở và kiểm tra việc thực hiện chào cờ hàng tuần.\n\n"
        "+ Công đoàn trường phổ biến bài hát quốc ca.\n\n"
        "Tiếp theo 02 ngày nghỉ lễ là 02 ngày nghỉ cuối tuần.\n", 20,
        [("directive", "Trưởng bộ phận", "nhắc nhở và kiểm tra"),
         ("directive", "Công đoàn trường", "phổ biến bài hát quố")]),
    # running held out 18, r214: "… yêu cầu, trong thời gian tới, Hội Liên hiệp Phụ nữ cần
    # …": the time before whom the request asks may follow a comma (running.json
    # request_ground); r210: "bố trí" is an action (verbs.jsonl), so "chủ động bố trí lực
    # lượng" opens a task of its own in a list of requests
    "a_comma_before_the_requests_time_and_bố_trí": (
        "Hội nghị\n\nPhó Bí thư Thường trực Tỉnh ủy yêu cầu, trong thời gian tới, Hội Liên hiệp "
        "Phụ nữ cần tập trung làm tốt công tác vận động giải phóng mặt bằng.\n\nPhó Chủ tịch "
        "UBND huyện đề nghị các ngành, các địa phương thường xuyên theo dõi, cập nhật tình hình "
        "diễn biến của bão lụt, chủ động bố trí lực lượng, phương tiện cần thiết.\n", 20,
        [("directive", "Hội Liên hiệp Phụ nữ", "cần tập trung làm tố"),
         ("directive", "các ngành, các địa phương", "thường xuyên theo dõ"),
         ("directive", "các ngành, các địa phương", "chủ động bố trí lực ")]),
    # running held out 18, r215: "…; các nghị quyết chuyên đề về quy hoạch; chủ trương xây
    # dựng …" after "nhất là Nghị quyết …" name more of what to carry out, no tasks
    # (running.json names_document)
    "more_resolutions_to_carry_out": (
        "Bế mạc kỳ họp\n\nĐồng chí đề nghị UBND tỉnh, các cơ quan liên quan nhanh chóng triển "
        "khai, thực hiện các nghị quyết vừa được HĐND thông qua, nhất là Nghị quyết về dự toán "
        "ngân sách năm 2014; các nghị quyết chuyên đề về quy hoạch; chủ trương xây dựng khu phức "
        "hợp TP. Bạc Liêu.\n", 20,
        [("directive", "UBND tỉnh, các cơ quan liên quan", "nhanh chóng triển kh")]),
    # running held out 17, r206: "… nhấn mạnh, <the ground>, do đó các huyện, thành phố cần
    # …": the units after the turn are asked (running.json consequence)
    "the_ground_then_who_must": (
        "Hội nghị\n\nPhó Chủ tịch Thường trực UBND tỉnh nhấn mạnh, Chương trình mục tiêu Quốc "
        "gia về xây dựng nông thôn mới là chủ trương lớn của Đảng, được nhân dân đồng thuận cao, "
        "do đó các huyện, thành phố cần tập trung thực hiện có kết quả.\n", 20,
        [("directive", "các huyện, thành phố", "cần tập trung thực h")]),
    # running held out 17, r201: "… lưu ý thêm một số nội dung về … trong thời gian tới là
    # <tasks>": the tasks begin after "là" (running.json list_opener); not "… các nhiệm vụ,
    # chỉ tiêu …, nhất là đối với các tỉnh, thành phố là động lực …" (directives held out 9)
    "matters_named_then_là": (
        "Làm việc\n\nTrưởng Ban dân tộc tỉnh lưu ý thêm một số nội dung về chương trình công "
        "tác dân tộc trong thời gian tới là thường xuyên quan tâm nắm bắt tâm tư nguyện vọng của "
        "đồng bào; tăng cường tuyên truyền phổ biến pháp luật trong đồng bào dân tộc.\n", 20,
        [("directive", None, "thường xuyên quan tâ"), ("directive", None, "tăng cường tuyên tru")]),
    # running held out 18, r210: "người dân cũng được khuyến cáo cần …": the people are
    # asked (running.json people; "khuyến cáo" asks, request)
    "the_people_advised": (
        "Ứng phó bão\n\nĐồng thời, người dân cũng được khuyến cáo cần chủ động nắm bắt thông "
        "tin về diễn biến của bão.\n", 20,
        [("directive", "người dân", "cần chủ động nắm bắt")]),
    # running held out 18, r215: "… nhấn mạnh những nội dung chính được các đại biểu thảo
    # luận …" sums up the session, no task (running.json recap); the request after it asks
    "a_recap_then_a_request": (
        "Bế mạc kỳ họp\n\nPhát biểu bế mạc kỳ họp, đồng chí Chủ tịch HĐND tỉnh nhấn mạnh những "
        "nội dung chính được các đại biểu thảo luận và thống nhất tại kỳ họp. Đồng chí đề nghị "
        "UBND tỉnh nhanh chóng triển khai các nghị quyết vừa được HĐND thông qua.\n", 20,
        [("directive", "UBND tỉnh", "nhanh chóng triển kh")]),
    # running held out 19, r224: "Phát huy kết quả đạt được vừa qua, <body> sẽ tiếp tục …"
    # builds on the results to promise (running.json forward), and the task begins past
    # the subject and its "sẽ" (subject_future), "Thư viện" heading the body's name
    "building_on_the_results_the_body_promises": (
        "Thư viện\n\nPhát huy kết quả đạt được vừa qua, Thư viện tỉnh sẽ tiếp tục triển khai "
        "tổ chức các hoạt động hè năm 2020.\n", 20,
        [("commitment", "Thư viện tỉnh", "tiếp tục triển khai ")]),
    # directives held out 20, d188: in a relayed notice a sentence that opens with an
    # addressee the registry does not know and its action asks them ("Trưởng các khóm hướng
    # dẫn …"); "Giao Công chức …" asks an officer (running.json addressee_start); in a list
    # of requests a numbered item that names its own addressee asks them
    "a_notice_asks_by_name": (
        "Thông báo\n\nChủ tịch Ủy ban nhân dân phường thông báo như sau:\n\n1. Cán bộ, công "
        "chức được nghỉ 04 ngày.\n\n2. Trưởng các khóm hướng dẫn Nhân dân treo cờ Tổ quốc đúng "
        "quy định.\n\n3. Giao Công chức Văn hóa-Xã hội theo dõi, hướng dẫn việc treo cờ Tổ "
        "quốc.\n\n4. Trưởng các ban, ngành, đoàn thể phường chỉ đạo thực hiện tốt vệ sinh cơ "
        "quan.\n", 20,
        [("directive", "Trưởng các khóm", "hướng dẫn Nhân dân t"),
         ("directive", "Công chức Văn hóa-Xã hội", "theo dõi, hướng dẫn "),
         ("directive", "Trưởng các ban, ngành, đoàn thể phường", "chỉ đạo thực hiện tố")]),
    # directives held out 20, d189: a long list of bodies asked, ended by what qualifies
    # their duty ("… trong phạm vi nhiệm vụ, quyền hạn …"; running.json qualifier)
    "a_long_list_asked_within_its_remit": (
        "Tết\n\nChủ tịch UBND tỉnh yêu cầu Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy "
        "Bộ đội Biên phòng tỉnh, Sở Giao thông vận tải, Sở Công Thương, Cục Quản lý thị trường "
        "tỉnh, Sở Y tế, Sở Tài nguyên và Môi Trường, Sở Nông nghiệp và Phát triển nông thôn, Ban "
        "An toàn giao thông tỉnh, Trung tâm Dịch vụ đô thị tỉnh, UBND các huyện, thị xã, thành "
        "phố và các cơ quan, đơn vị có liên quan trong phạm vi nhiệm vụ, quyền hạn của mình chỉ "
        "đạo và thực hiện tốt các nội dung sau:\n\nChủ động nắm chắc tình hình.\n", 20,
        [("directive", "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng "
          "tỉnh, Sở Giao thông vận tải, Sở Công Thương, Cục Quản lý thị trường tỉnh, Sở Y tế, Sở "
          "Tài nguyên và Môi Trường, Sở Nông nghiệp và Phát triển nông thôn, Ban An toàn giao "
          "thông tỉnh, Trung tâm Dịch vụ đô thị tỉnh, UBND các huyện, thị xã, thành phố và các "
          "cơ quan, đơn vị có liên quan", "Chủ động nắm chắc tì")]),
    # directives held out 20, d196: "tổ chức" between the commas of a list of addressees is
    # a name, not "to organise" (units.json listed_nouns)
    "organisations_listed_among_the_addressees": (
        "Treo cờ\n\nỦy ban nhân dân phường đề nghị các hộ dân, cơ quan, tổ chức, đơn vị và "
        "doanh nghiệp trên địa bàn phường thực hiện dọn dẹp vệ sinh trong và xung quanh nhà.\n", 20,
        [("directive", "các hộ dân, cơ quan, tổ chức, đơn vị và doanh nghiệp",
          "thực hiện dọn dẹp vệ")]),
    # running held out 19, r223: "Nhiệm kỳ qua, …" looks back, so the next paragraph's
    # actions are results too (running.json looking_back); a congress electing its board is
    # the meeting's own business (meeting)
    "the_term_gone_by_and_the_congress_elects": (
        "Đại hội Đoàn\n\nNhiệm kỳ qua, các cấp bộ đoàn trong huyện đã thực hiện được 425 công "
        "trình thanh niên.\n\nVận động ĐVTN trên 3.500 ngày công giúp sửa nhà cửa.\n\nĐại hội "
        "đã bầu BCH Huyện Đoàn khóa XVII, gồm 29 anh, chị.\n", 20,
        [("action", None, "Nhiệm kỳ qua, các cấ"), ("action", None, "Vận động ĐVTN trên 3")]),
    # running held out 19, r229: the title names the year after the one a paragraph opens
    # with, so that paragraph tells what was done (nlp.running._years_opening), and a
    # sentence that opens on the year gone by is a result itself (running.json looking_back)
    "the_year_before_the_titles_and_the_year_gone_by": (
        "Triển khai nhiệm vụ truyền thanh cấp xã năm 2024\n\nTrong năm 2023, Đài Truyền thanh "
        "các xã luôn bám sát nhiệm vụ chính trị ở địa phương.\n\nTrong năm qua, Đài truyền "
        "thanh các xã tham gia tốt các nội dung thi đua do huyện phát động.\n", 20,
        [("action", None, "Trong năm 2023, Đài "), ("action", None, "Trong năm qua, Đài t")]),
    # running held out 19, r221: an inspection team speaks, named in full or, opening its
    # clause, as "Đoàn" (running.json speaker)
    "the_inspection_team_asks": (
        "Kiểm tra công tác tư pháp\n\nTrong thời gian tới, Đoàn đề nghị lãnh đạo UBND xã, "
        "phường tiếp tục quan tâm, chỉ đạo công chức Tư pháp - Hộ tịch nâng cao trách nhiệm.\n\n"
        "Đoàn kiểm tra đề nghị UBND xã bố trí kinh phí số hóa hộ tịch.\n", 20,
        [("directive", "lãnh đạo UBND xã, phường", "tiếp tục quan tâm, c"),
         ("directive", "UBND xã", "bố trí kinh phí số h")]),
    # directives held out 18, d173: a leader's quoted words after his colon name who must
    # ("… nhấn mạnh: “Các trường cần …"), and "nhà trường" is asked, and so are the
    # families in a school's notice (directives held out 19, d180; running.json
    # addressee_start)
    "quoted_duty_and_the_school_asked": (
        "Kiểm tra năm học mới\n\nĐồng chí Phó Chủ tịch UBND xã nhấn mạnh: “Các trường cần quan "
        "tâm hơn nữa đến việc huy động học sinh ra lớp.”\n\nPhó Chủ tịch UBND xã cũng yêu cầu "
        "nhà trường tổ chức khai giảng thiết thực, tiết kiệm.\n\nNhà trường đề nghị gia đình "
        "tăng cường quản lý học sinh trong thời gian mưa lũ.\n", 20,
        [("directive", "Các trường", "cần quan tâm hơn nữa"),
         ("directive", "nhà trường", "tổ chức khai giảng t"),
         ("directive", "gia đình", "tăng cường quản lý h")]),
    # follow-up held out 4, p16: the colon of "UBND các quận: Hải Châu, Sơn Trà" names the
    # places of a unit the task works with, it opens no list of tasks
    "a_colon_naming_places_opens_no_list": (
        "Chặt chém\n\nSau khi báo đăng, lãnh đạo UBND thành phố Đà Nẵng yêu cầu Sở Công "
        "Thương chủ trì, phối hợp với UBND các quận: Hải Châu, Sơn Trà kiểm tra, xác minh "
        "thông tin báo đã nêu.\n", 20,
        [("directive", "Sở Công Thương", "chủ trì, phối hợp vớ")]),
    # running held out 9, r129: a subject of up to 20 words before "sẽ" ("Đây cũng là một
    # trong những hạn chế mà Hội Liên hiệp phụ nữ xã và Ban lãnh đạo ấp sẽ cố gắng …"): the
    # task is what follows "sẽ" (nlp.running.MAX_SUBJECT_WORDS)
    "a_long_subject_before_sẽ": (
        "Sinh hoạt tổ tiết kiệm và vay vốn\n\nTuy nhiên, vẫn còn tồn tại và khó khăn khi hộ "
        "đi làm ăn xa, hộ vay đi khỏi "
        "nơi cư trú chưa thực hiện nghĩa vụ trả lãi và nợ gốc theo đúng quy định, phát sinh lãi "
        "tồn đọng. Đây cũng là một trong những hạn chế mà Hội Liên hiệp phụ nữ xã và Ban lãnh "
        "đạo ấp sẽ cố gắng tìm giải pháp khắc phục.\n", 20,
        [("commitment", None, "cố gắng tìm giải phá")]),
    # directives held out 20, d196: a closing that asks only to carry out the document itself
    # is no task (running.json closing_request)
    "a_closing_asks_no_task": (
        "Thông báo treo cờ Tổ quốc\n\nỦy ban nhân dân phường thông báo như sau:\n\n"
        "Đề nghị các hộ dân trên địa bàn phường tổ chức dọn dẹp vệ sinh khu vực nhà ở.\n\n"
        "Trên đây là thông báo của Ủy ban nhân dân phường. Đề nghị các hộ dân, cơ quan trên "
        "địa bàn phường thực hiện nghiêm túc theo tinh thần văn bản này./.\n", 20,
        [("directive", "các hộ dân", "tổ chức dọn dẹp vệ s")]),
    # directives held out 20, d197: a heading that asks the people by name ("Đề nghị nhân
    # dân:") names whom its items ask (running.json addressee_start, before a colon only)
    "the_people_asked_by_a_heading": (
        "Tiêm vắc xin phòng COVID-19\n\nĐề nghị nhân dân:\n\n- Ủng hộ công tác tiêm chủng "
        "vắc xin phòng COVID-19.\n\n- Thực hiện nghiêm quy định 5K khi tham gia tiêm chủng.\n",
        20,
        [("directive", "nhân dân", "Ủng hộ công tác tiêm"),
         ("directive", "nhân dân", "Thực hiện nghiêm quy")]),
    # directives held out 21, d201: "đề nghị, huyện … cần …" (a comma before whom it asks,
    # running.json request_ground); a list opener after a first job and "; " lists no tasks,
    # and a colon's details end at the "; " that opens the next job (nlp.running._pieces)
    "a_comma_after_the_request_and_examples_after_a_colon": (
        "Làm việc tại huyện Giồng Trôm\n\nÔng Võ Thành Hạo – Chủ tịch UBND tỉnh Bến Tre đề "
        "nghị, huyện Giồng Trôm cần cụ thể hóa Đề án tái cơ cấu nông nghiệp bằng nhiều chương "
        "trình, hành động cụ thể; nhân rộng các mô hình sản xuất hiệu quả như: cánh đồng mẫu "
        "lúa, mô hình liên kết sản xuất tiêu thụ dừa; chú trọng đến công tác giải phóng mặt "
        "bằng để mở rộng cụm công nghiệp.\n", 20,
        [("directive", "huyện Giồng Trôm", "cần cụ thể hóa Đề án"),
         ("directive", "huyện Giồng Trôm", "nhân rộng các mô hìn"),
         ("directive", "huyện Giồng Trôm", "chú trọng đến công t")]),
    # d204: "cả hệ thống chính trị …" is asked (running.json addressee_start)
    "the_political_system_asked": (
        "Họp Huyện ủy Mỹ Xuyên\n\nPhát biểu chỉ đạo tại cuộc họp, ông Lê Văn Hiểu, Phó Chủ "
        "tịch HĐND tỉnh đề nghị cả hệ thống chính trị huyện Mỹ Xuyên phải tập trung thực hiện "
        "tốt công tác phòng, chống dịch COVID-19.\n", 20,
        [("directive", "cả hệ thống chính trị huyện Mỹ Xuyên", "phải tập trung thực ")]),
    # d207: "thời gian tới" between the request and whom it asks; "luôn" ends the name
    # (running.json request_ground, addressee_stop)
    "the_coming_period_before_whom_it_asks": (
        "Hội nghị bí thư chi bộ\n\nĐồng chí đề nghị, thời gian tới đội ngũ bí thư chi bộ bản, "
        "người có uy tín luôn là người tiên phong trong mọi phong trào.\n", 20,
        [("directive", "đội ngũ bí thư chi bộ bản, người có uy tín", "luôn là người tiên p")]),
    # d205: "…, trong quá trình …" qualifies the addressee, no part of its name
    "in_the_course_of_qualifies_the_addressee": (
        "Họp Tổ biên soạn\n\nĐồng chí yêu cầu các thành viên trong Tổ, trong quá trình tham "
        "gia biên soạn dự thảo các nghị quyết phải bám sát Nghị quyết Đại hội đại biểu Đảng bộ "
        "huyện.\n", 20,
        [("directive", "các thành viên trong Tổ", "trong quá trình tham")]),
    # d198: "các đơn vị quản lý thủy nông" is a name (nouns.jsonl noun.team)
    "a_managing_unit_is_a_name": (
        "Chỉ thị phòng chống hạn\n\nUBND huyện yêu cầu Phòng NN - PTNT, UBND các xã, thị trấn "
        "và các đơn vị quản lý thủy nông trên địa bàn kiện toàn Ban Chỉ đạo phòng, chống hạn "
        "các cấp.\n", 20,
        [("directive", "Phòng NN - PTNT, UBND các xã, thị trấn và các đơn vị quản lý thủy nông "
          "trên địa bàn", "kiện toàn Ban Chỉ đạ")]),
    # running held out 21, r245, r244: a congress's page that names two terms speaks of the
    # later one to come ("Nhiệm kỳ 2025 – 2027, chi bộ … quyết tâm …"; running.json term,
    # term_opening), as "Nhiệm kỳ tới, …" does (forward)
    "the_term_to_come": (
        "Đại hội chi bộ ấp Phú Hòa\n\nSáng 29/10, Chi bộ ấp Phú Hòa tổ chức Đại hội đảng viên "
        "lần thứ XII, nhiệm kỳ 2025 – 2027.\n\nNhiệm kỳ 2022 – 2025, chi bộ ấp Phú Hòa đã tập "
        "trung lãnh đạo thực hiện thắng lợi các mục tiêu đã đề ra.\n\nNhiệm kỳ 2025 – 2027, "
        "chi bộ ấp Phú Hòa quyết tâm giữ vững an ninh chính trị, trật tự an toàn xã hội.\n", 20,
        # (the congress held, "Sáng 29/10, Chi bộ … tổ chức Đại hội …", is no result)
        [("action", None, "Nhiệm kỳ 2022 – 2025"), ("commitment", None, "chi bộ ấp Phú Hòa qu")]),
    "the_next_term": (
        "Đại hội Hội Khuyến học xã\n\nNhiệm kỳ qua, Hội đã khen thưởng cho trên 600 học sinh "
        "giỏi.\n\nNhiệm kỳ tới, Hội Khuyến học xã Nam Cường tiếp tục đẩy mạnh công tác tuyên "
        "truyền về khuyến học.\n", 20,
        [("action", None, "Nhiệm kỳ qua, Hội đã"),
         ("commitment", "Hội Khuyến học xã Nam Cường", "tiếp tục đẩy mạnh cô")]),
    # directives held out 22, d209: in a list of requests, "Trong trường hợp … thì <unit>
    # <job>" asks that unit (running.json condition), and the list goes on past it
    "a_condition_then_who_must": (
        "Phòng chống bão số 3\n\nỦy ban nhân dân huyện yêu cầu Ủy ban nhân dân các xã, thị "
        "trấn khẩn trương thực hiện các nội dung sau:\n\n1. Chấp hành nghiêm chỉnh chỉ đạo của "
        "Ủy ban nhân dân huyện về việc phòng chống cơn bão số 3.\n\nTrong trường hợp các hộ dân "
        "không bố trí được nơi tạm lánh thì Ủy ban nhân dân các xã, thị trấn bố trí lực lượng "
        "hỗ trợ và tổ chức đưa người dân về Trường Mầm non các xã để tạm lánh.\n\nCác xã còn "
        "lại tiếp tục thực hiện rà soát; báo cáo Uỷ ban nhân dân huyện trước 14h00 ngày "
        "6/9/2024.\n", 20,
        [("directive", "UBND các xã, thị trấn", "Chấp hành nghiêm chỉ"),
         ("directive", "UBND các xã, thị trấn", "bố trí lực lượng hỗ "),
         ("directive", "Các xã còn lại", "tiếp tục thực hiện r")]),
    # d216: "Trạm Y tế …" is asked (running.json addressee_start)
    "a_health_station_asked": (
        "Làm việc với Trạm Y tế\n\nTrưởng ban Văn hóa – Xã hội đề nghị Trạm Y tế Mỹ Lộc và "
        "Trạm Y tế Đồng Lộc thực hiện tốt công tác khám chữa bệnh ban đầu cho nhân dân.\n", 20,
        [("directive", "Trạm Y tế Mỹ Lộc và Trạm Y tế Đồng Lộc", "thực hiện tốt công t")]),
    # d217: a request that names no one asks whom the last one asked, and "…, do vậy cần …"
    # begins what must be done past its ground
    "a_request_naming_no_one_asks_the_last_addressee": (
        "Khắc phục hậu quả bão\n\nTại các điểm kiểm tra, đồng chí Chủ tịch UBND xã yêu cầu "
        "các lực lượng Thường trực PCTT của xã khẩn trương thống kê thiệt hại.\n\nĐồng chí Chủ "
        "tịch UBND xã nhấn mạnh: Sau bão, nguy cơ mưa lớn gây lũ quét còn rất cao, do vậy cần "
        "chủ động triển khai các biện pháp ứng phó.\n", 20,
        [("directive", "các lực lượng Thường trực PCTT của xã", "khẩn trương thống kê"),
         ("directive", "các lực lượng Thường trực PCTT của xã", "cần chủ động triển k")]),
    # running held out 20, r231: "đề ra 11 nội dung …, trọng tâm: …" announces the tasks it
    # lists, even at a meeting named "Hội nghị sơ kết" (running.json announce, meeting_name)
    "contents_set_at_a_review_meeting": (
        "Hội Nông dân xã sơ kết quý I\n\nTrong quý, kết nạp được 24 hội viên.\n\nTại Hội nghị "
        "sơ kết Hội Nông dân xã đề ra 11 nội dung thực hiện trong quý II năm 2022, trọng tâm: "
        "tiếp tục đổi mới nội dung sinh hoạt Hội; chuẩn bị tốt tham gia Hội thi nhà nông đua "
        "tài cấp huyện.\n", 20,
        [("action", None, "Trong quý, kết nạp đ"), ("commitment", None, "tiếp tục đổi mới nội"),
         ("commitment", None, "chuẩn bị tốt tham gi")]),
    # directives held out 22, d213: "…, hoàn thành ngay sau …" says when the same work is
    # finished, no task of its own (running.json finished_by)
    "finished_right_after": (
        "Triển khai Trung tâm Phục vụ hành chính công\n\nUBND tỉnh yêu cầu UBND cấp xã thành "
        "lập Trung tâm Phục vụ hành chính công, hoàn thành ngay sau UBND xã đi vào hoạt động "
        "(trước 7h00 sáng ngày 01/7/2025).\n", 20,
        [("directive", "UBND cấp xã", "thành lập Trung tâm ")]),
    # running held out 21, r247: a dated sentence that only says a congress was held is the
    # meeting, no result (running.json furniture)
    "a_congress_held_is_no_result": (
        "Đại hội Hội Nông dân xã Hoàng Diệu\n\nNgày 8/03/2023, Hội Nông dân xã Hoàng Diệu đã "
        "tổ chức Đại hội đại biểu, nhiệm kỳ 2023 - 2028. Nhiệm kỳ qua, Hội đã phối hợp mở 12 "
        "lớp tập huấn cho hội viên.\n", 20,
        [("action", None, "Nhiệm kỳ qua, Hội đã")]),
    # directives held out 23: words that end an addressee: a means, "thông qua …" (d218,
    # whose lead of more than 160 characters still ends in its list's colon), "không được"
    # (d224), a manner, "tự giác" (d227: "thu gom" acts), a time, "trước mắt" (d225)
    "a_means_ends_the_addressee_before_a_long_lead": (
        "Phòng chống dịch sốt xuất huyết\n\nBan Thường vụ Hội Liên hiệp Phụ nữ Quận 11 đề nghị "
        "Thường trực các cơ sở Hội thông qua các buổi sinh hoạt chi, tổ Hội và các CLB đẩy mạnh "
        "tuyên truyền (từ nay đến cuối năm 2016) trong hội viên, phụ nữ tại địa phương, đơn vị "
        "các nội dung:\n\n– Vận động các hộ gia đình tham gia chương trình diệt lăng quăng.\n",
        20, [("directive", "Thường trực các cơ sở Hội", "Vận động các hộ gia ")]),
    "must_not_ends_the_addressee": (
        "Kiểm tra phòng chống bão\n\nTại buổi kiểm tra đồng chí yêu cầu xã Trạm Tấu không được "
        "chủ quan, lơ là trong công tác phòng chống bão số 3.\n", 20,
        [("directive", "xã Trạm Tấu", "không được chủ quan,")]),
    "of_their_own_accord_ends_the_addressee": (
        "Ra quân tổng vệ sinh\n\nUBND xã yêu cầu các cơ quan, đơn vị trên địa bàn xã đồng loạt "
        "ra quân tổng vệ sinh môi trường. Mỗi hộ gia đình, mỗi người dân tự giác thu gom, xử lý "
        "rác thải sinh hoạt.\n", 20,
        [("directive", "các cơ quan, đơn vị", "đồng loạt ra quân tổ"),
         ("directive", "Mỗi hộ gia đình, mỗi người dân", "tự giác thu gom, xử ")]),
    "for_now_ends_the_addressee": (
        "Phòng chống sạt lở\n\nĐồng chí Bí thư Huyện ủy yêu cầu các địa phương trước mắt tập "
        "trung di dời các hộ dân ở vùng nguy cơ sạt lở.\n", 20,
        [("directive", "các địa phương", "trước mắt tập trung ")]),
    # directives held out 23, d223: a speaker's words say what for, then whom they ask, with
    # no comma between ("nhấn mạnh: Để hoàn thành … năm 2025 đề nghị Ban CHQS phường …";
    # running.json purpose_then_request; "giao quân" inside the purpose asks no one)
    "what_for_then_whom_it_asks": (
        "Hội nghị giao quân\n\nCuối buổi hội nghị, đồng chí Lê Hồng Nam – Chủ tịch UBND phường "
        "đã kết luận và nhấn mạnh: Để hoàn thành tốt chỉ tiêu giao quân năm 2025 đề nghị Ban "
        "CHQS phường tiếp tục rà soát thực lực, chủ động phối hợp chặt chẽ với các ban, "
        "ngành.\n", 20,
        [("directive", "Ban CHQS phường", "tiếp tục rà soát thự")]),
    # directives held out 22, d212: an item of a list of requests that names a programme of
    # work or a meeting is a task ("… tổng hợp ý kiến …; tổ chức họp"), and "; Chương trình
    # làm việc …" names one more object (running.json names_document)
    "a_requested_item_that_names_a_meeting": (
        "Triển khai nhiệm vụ trọng tâm Quý II/2023, UBND tỉnh yêu cầu các sở, ngành triển khai "
        "thực hiện nhiệm vụ, tập trung vào một số nhiệm vụ cụ thể như sau:\n\n1. Chủ động rà "
        "soát, đẩy nhanh tiến độ tham mưu thực hiện các đề án trong Chương trình công tác UBND "
        "tỉnh năm 2023; Chương trình làm việc của Ban Thường vụ Tỉnh uỷ năm 2023.\n\n2. Phối hợp "
        "đơn vị tư vấn tổng hợp ý kiến các thành viên hội đồng; tổ chức họp hội đồng thẩm "
        "định.\n", 20,
        [("directive", "các sở, ngành", "Chủ động rà soát, đẩ"),
         ("directive", "các sở, ngành", "Phối hợp đơn vị tư v"),
         ("directive", "các sở, ngành", "tổ chức họp hội đồng")]),
    # running held out 22, r251: a count of points opens a request, whatever the sentence
    # told as done before it ("… đã chỉ ra các tồn tại hạn chế cụ thể; thứ nhất là: Đề nghị
    # Cấp ủy, chính quyền xã phải …"; running.json enumerator)
    "a_count_of_points_opens_a_request": (
        "Kiểm tra cải cách hành chính\n\nNgày 13 tháng 7 năm 2022 đoàn công tác huyện đã đến "
        "kiểm tra công tác cải cách hành chính tại xã, sau kiểm tra đoàn công tác đã chỉ ra các "
        "tồn tại hạn chế cụ thể; thứ nhất là: Đề nghị Cấp ủy, chính quyền xã phải tiếp tục quan "
        "tâm chỉ đạo công tác cải cách hành chính.\n", 20,
        [("directive", "Cấp ủy, chính quyền xã", "phải tiếp tục quan t")]),
    # running held out 22, r253 (and held out 19): a team's inspection or re-check held is
    # the meeting told, no result (running.json meeting)
    "an_inspection_held_is_no_result": (
        "Phúc tra thị trấn văn minh đô thị\n\nNgày 17/11, tại UBND thị trấn Diêu Trì, Đoàn công "
        "tác huyện Tuy Phước tiến hành phúc tra chấm điểm khu phố văn hóa. Năm 2020, thị trấn "
        "đã hoàn thành 10/10 tiêu chí.\n", 20,
        [("action", None, "Năm 2020, thị trấn đ")]),
    # directives held out 23, d220: a request that names no one before its colon and quote,
    # whose pieces each name who must act: one the registry does not know, named with its
    # task (nlp.running._asked_again)
    "pieces_that_name_whom_they_ask": (
        "Xét duyệt nghĩa vụ quân sự\n\nKết luận cuộc họp, đồng chí Chủ tịch Hội đồng nghĩa vụ "
        "Quân sự xã yêu cầu:“Thành viên Hội đồng nghĩa vụ Quân sự xã và các ấp tăng cường công "
        "tác tuyên truyền, vận động thanh niên; Đài Truyền thanh xã thường xuyên tuyên truyền "
        "trên Đài về Luật nghĩa vụ Quân sự.”\n", 20,
        [("directive", "Thành viên Hội đồng nghĩa vụ Quân sự xã và các ấp",
          "tăng cường công tác "),
         ("directive", "Đài Truyền thanh xã", "thường xuyên tuyên t")]),
    # running held out 22, r252: who came along on the visit ("Cùng đi có đồng chí …") is
    # the meeting told, no result (running.json meeting)
    "who_came_along_is_no_result": (
        "Kiểm tra tại Sa Pa\n\nĐồng chí Hà Thị Nga, Phó Bí thư Thường trực Tỉnh ủy cùng đoàn "
        "công tác đã đến kiểm tra tình hình thực hiện nhiệm vụ của cấp ủy, chính quyền các xã: "
        "Lao Chải, Tả Van. Cùng đi có đồng chí Lý Seo Dìn, Uỷ viên BTV, Trưởng Ban Dân vận Tỉnh "
        "ủy; đồng chí Tăng Ngọc Phòng, Chủ nhiệm UBKT Tỉnh ủy.\n", 20, []),
    # running held out 23, r260 and r269: a news lead telling a congress just held, or held
    # on a day at a place named in brackets, and what was reported to it, are no results
    # (running.json meeting, furniture)
    "a_congress_just_held_is_no_result": (
        "Đại hội thường niên\n\nHợp tác xã Nông nghiệp xã Vĩnh Bình, huyện Chợ Lách vừa tổ "
        "chức Đại hội thường niên năm 2020. Tỷ lệ thành viên HTX chiếm 2,5% tổng số hộ nông "
        "nghiệp trên địa bàn xã.\n", 20,
        [("action", None, "Tỷ lệ thành viên HTX")]),
    "a_congress_held_at_a_place_in_brackets_is_no_result": (
        "Đại hội thành viên\n\nNgày 16-6-2023, tại Văn phòng Liên hiệp Hợp tác xã (HTX) Thoại "
        "Sơn (thị trấn Núi sập, huyện Thoại Sơn) đã tiến hành tổ chức Đại hội thành viên hàng "
        "năm. Tại Đại hội, ông Võ Văn Vang – Giám đốc Liên hiệp HTX Thoại Sơn đã thông qua báo "
        "cáo kết quả hoạt động kinh doanh năm 2022. Năm 2022, Liên hiệp HTX đã thực hiện 5 dịch "
        "vụ hỗ trợ cho các HTX thành viên.\n", 20,
        [("action", None, "Năm 2022, Liên hiệp ")]),
    # directives held out 24, d228: "như:" after a job's object lists examples of it, no
    # tasks; the sentence's own jobs before it stay (nlp.running._request)
    "examples_of_an_object_are_no_list_of_tasks": (
        "Phòng chống đuối nước\n\nỦy ban nhân dân xã yêu cầu các thôn triển khai thực hiện một "
        "số nhiệm vụ như sau:\n\n2. Tổ đò ngang Vĩnh Tu cần thực hiện tốt việc chấp hành luật an "
        "toàn giao thông đường thủy, chuẩn bị đầy đủ các trang thiết bị cứu hộ như: phao, áo "
        "phao và các quy định khác của pháp luật.\n", 20,
        [("directive", "Tổ đò ngang Vĩnh Tu", "cần thực hiện tốt vi"),
         ("directive", "Tổ đò ngang Vĩnh Tu", "chuẩn bị đầy đủ các ")]),
    # directives held out 24, d233: "đề nghị trong thời gian tới <addressee> cần …", the
    # time before whom it asks with no comma (running.json request_ground)
    "the_time_before_whom_a_request_asks": (
        "Kiểm tra tại xã Tú Trĩ\n\nPhát biểu tại Hội nghị đồng chí Nguyễn Thanh Hà – Phó Bí thư "
        "Thường trực Huyện uỷ đề nghị trong thời gian tới xã Tú Trĩ cần tiếp tục quan tâm chỉ "
        "đạo tốt công tác sản xuất vụ xuân. Chú trọng thực hiện tốt công tác vệ sinh môi "
        "trường.\n", 20,
        [("directive", "xã Tú Trĩ", "cần tiếp tục quan tâ"),
         ("directive", "xã Tú Trĩ", "Chú trọng thực hiện ")]),
    # running held out 24, r272: "các tổ chức thành viên" names the Front's member bodies,
    # no action in the addressee (nouns.jsonl)
    "member_organisations_are_named_not_organised": (
        "Hội nghị Mặt trận phường Đông Hòa\n\nKết thúc hội nghị, bà Nguyễn Thị Kim Hoa - Chủ "
        "tịch Ủy ban MTTQ phường phát biểu tiếp thu các ý kiến tham gia của các đại biểu; đồng thời "
        "đề nghị trong năm tới, MTTQ và các tổ chức thành viên tiếp tục vận động mọi tầng lớp "
        "nhân dân thi đua thực hiện tốt Nghị quyết Đại hội Đảng.\n", 20,
        [("directive", "MTTQ và các tổ chức thành viên", "tiếp tục vận động mọ")]),
    # directives held out 25, d242: a request announced with a colon, then paragraphs that
    # open with whom the registry does not know ("Các cơ quan báo, đài trong tỉnh; Cổng
    # Thông tin điện tử tỉnh chủ động …") or with units and a place's shortened kind ("UBND
    # các huyện, TP. Cà Mau giao …"): each asks them (nlp.running._addressed_opening); a
    # labelled line naming no body ("Các phụ lục kèm theo …: Tại đây.") asks no one
    "a_colon_list_of_paragraphs_naming_whom_they_ask": (
        "Tuyên truyền phòng chống dịch\n\nSở Thông tin và Truyền thông trân trọng đề nghị:\n\n"
        "Các cơ quan báo, đài trong tỉnh; Cổng Thông tin điện tử tỉnh chủ động phối hợp với "
        "cơ quan chuyên môn thông tin các văn bản chỉ đạo.\n\nUBND các huyện, TP. Cà Mau "
        "tăng cường tần suất thông tin, tuyên truyền các nội dung theo phụ lục.\n\n"
        "Các phụ lục kèm theo thông tin văn bản tuyên truyền: Tại đây.\n", 20,
        [("directive", "Các cơ quan báo, đài trong tỉnh; Cổng Thông tin điện tử tỉnh",
          "chủ động phối hợp vớ"),
         ("directive", "UBND các huyện, TP. Cà Mau", "tăng cường tần suất ")]),
    # directives held out 25, d241: a page whose only heading is its headline, in words
    # that would name a tasks section, is running text: the request and its list are
    # directives, not the page's own commitments (nlp.extract._headline_only)
    "a_headline_naming_tasks_is_no_tasks_section": (
        "Một số nhiệm vụ trọng tâm triển khai Đề án số hóa truyền hình mặt đất năm 2018\n\n"
        "Ngày 28/8, Sở TT&TT Quảng Nam ban hành công văn số 895/STTTT-BCVT về một số nhiệm "
        "vụ trọng tâm.\n\nTheo đó, đề nghị UBND các huyện, thành phố chỉ đạo các phòng chức "
        "năng thực hiện nhanh một số nhiệm vụ trọng tâm như:\n\nPhối hợp với Sở Thông tin và "
        "Truyền thông trong công tác tổ chức lớp tập huấn tại địa phương.\n", 20,
        [("directive", "UBND các huyện, thành phố", "Phối hợp với Sở Thôn")]),
    # directives held out 12, d110: a colon before a telephone number opens no list
    # (running.json list_opener); "trân trọng" between a unit and its request word
    # (running.json courteous)
    "a_telephone_number_is_no_list": (
        "Báo cáo số liệu cải cách hành chính\n\nSở Nội vụ trân trọng đề nghị các cơ quan, đơn "
        "vị phối hợp thực hiện và gửi báo cáo số liệu về Sở Nội vụ trước ngày 18/11/2016 "
        "(phòng Cải cách hành chính, đt: 0223.751.890; E-mail: cchcsonla@gmail.com, để kịp "
        "thời tổng hợp./.\n", 20,
        [("directive", "các cơ quan, đơn vị", "phối hợp thực hiện v")]),
    # directives held out 25, d246: what units do by a day to come is theirs to do with no
    # "cần" or "phải" (nlp.running._obligation); "gồm" inside brackets opens no list
    # (nlp.running._request)
    "a_schedule_of_what_units_do_by_a_day": (
        "Tuyển sinh đầu cấp\n\nTrước 10/5, các trường mầm non, tiểu học, THCS nộp kế hoạch "
        "tuyển sinh cho các phòng GD&ĐT.\n\nTrước đó, Sở GD&ĐT đề nghị các trường hướng dẫn "
        "cha mẹ học sinh tự kê khai các thông tin về cư trú của học sinh (gồm Số định danh "
        "cá nhân, nơi thường trú, nơi ở hiện tại).\n", 20,
        [("directive", "các trường mầm non, tiểu học, THCS", "Trước 10/5, các trườ"),
         ("directive", "các trường", "hướng dẫn cha mẹ học")]),
    # directives held out 25, d245: a dash item of a list of requests that opens with a body
    # the registry does not know ("Liên hiệp các Hội …") asks it, though its task names an
    # event to take part in ("tham dự", running.json meeting)
    "a_listed_body_asked_to_take_part": (
        "Triển khai Giải thưởng\n\nSở Khoa học và Công nghệ thông báo và đề nghị các tổ chức, "
        "cá nhân trên địa bàn tỉnh cùng phối hợp triển khai Giải thưởng như sau:\n\n- Liên "
        "hiệp các Hội Khoa học Kỹ thuật tỉnh phối hợp tuyên truyền nội dung Giải thưởng và "
        "lựa chọn các công trình của tỉnh đề xuất tham dự Giải thưởng.\n", 20,
        [("directive", "Liên hiệp các Hội Khoa học Kỹ thuật tỉnh", "phối hợp tuyên truyề")]),
    # running held out 24, r274: a leader presenting the coming quarter's tasks to the
    # meeting tells the meeting, no result (running.json meeting)
    "a_leader_presenting_the_tasks_is_no_result": (
        "Giao ban công tác Mặt trận\n\nĐồng chí Hoàng Văn Tân - UVTV, Chủ tịch Ủy ban MTTQ Việt "
        "Nam huyện triển khai nhiệm vụ công tác Mặt trận quý IV năm 2018. Trong quý III, Ủy "
        "ban MTTQ huyện đã tổ chức 12 cuộc giám sát.\n", 20,
        [("action", None, "Trong quý III, Ủy ba")]),
    # running held out 21, r241: "Đoàn cũng đề nghị …" (running.json speaker) asks an
    # addressee that singles one out ("… nhất là đồng chí Bí thư Chi bộ, …",
    # nlp.running._addressee)
    "a_team_also_asks_and_singles_one_out": (
        "Kiểm tra khu dân cư kiểu mẫu\n\nĐoàn cũng đề nghị cấp ủy thôn nhất là đồng chí Bí thư "
        "Chi bộ, Trưởng ban công tác mặt trận cần phải quyết liệt hơn nữa trong công tác xây "
        "dựng Khu dân cư NTM kiểu mẫu tại thôn.\n", 20,
        [("directive", "cấp ủy thôn nhất là đồng chí Bí thư Chi bộ, Trưởng ban công tác mặt "
          "trận", "cần phải quyết liệt ")]),
    # running held out 25, r280 and r283: "Khối vận …" begins an addressee (running.json
    # addressee_start); "Chương trình" inside a board's name is no verb "trình"
    # (nouns.jsonl); running held out 11, r148: "bám vào" acts (verbs.jsonl)
    "a_bloc_and_a_programme_board_are_asked": (
        "Duyệt chương trình công tác dân vận\n\nPhát biểu kết luận, đồng chí Lê Văn Nghĩa đề "
        "nghị Khối vận các xã - thị trấn đẩy mạnh công tác tuyên truyền Nghị quyết số 11. Kết "
        "thúc buổi làm việc Đoàn kiểm tra huyện đề nghị Ban quản lý Chương trình mục tiêu "
        "quốc gia xây dựng Nông thôn mới nâng cao xã Tấn Mỹ sớm khắc phục những hạn chế.\n", 20,
        [("directive", "Khối vận các xã - thị trấn", "đẩy mạnh công tác tu"),
         ("directive", "Ban quản lý Chương trình mục tiêu quốc gia xây dựng Nông thôn mới nâng "
          "cao xã Tấn Mỹ", "sớm khắc phục những ")]),
    "a_list_item_holding_to_the_programme": (
        "Triển khai nhiệm vụ\n\nĐồng chí Chủ tịch UBND xã yêu cầu:\n\n- Các ngành và các đơn vị "
        "bám vào chương trình công tác tháng, quý để tổ chức thực hiện đạt kết quả cao "
        "nhất.\n", 20,
        [("directive", "Các ngành và các đơn vị", "bám vào chương trình")]),
    # running held out 25, r284: the names a result lists after "gồm:" are its details,
    # no results of their own (nlp.running._one_task_past_colon)
    "the_people_a_result_lists_are_its_details": (
        "Tiếp công dân\n\nTrong buổi sáng, Bí thư Huyện ủy và chủ tịch UBND huyện đã tiếp 10 "
        "lượt công dân gồm: Nguyễn Văn Tâm, Bí thư Chi bộ thôn Trường Sơn, xã Lộc Yên; Trần "
        "Thị Luyến, Đinh Thị An, cùng cư trú thôn 3, xã Hương Lâm; Nguyễn Thanh Hải, thôn 3, "
        "xã Phú Phong.\n", 20,
        [("action", None, "Trong buổi sáng, Bí ")]),
    # running held out 25, r289: ", trong đó đã …" opens another clause of work done
    # (running.json done_clause)
    "work_done_within_the_work_told": (
        "Sơ kết 6 tháng\n\nUBND phường Minh Tân đã tập trung công tác chỉ đạo, điều hành nhiệm "
        "vụ ngay từ những ngày đầu, tháng đầu của năm, trong đó đã xây dựng kế hoạch hành động "
        "thực hiện các chỉ tiêu nhiệm vụ năm 2022.\n", 20,
        [("action", None, "UBND phường Minh Tân"), ("action", None, "trong đó đã xây dựng")]),
    # running held out 25, r285: a leader going round to check and urge the work tells the
    # visit, no result (running.json meeting)
    "a_leader_going_round_to_check_is_no_result": (
        "Kiểm tra sản xuất vụ Đông\n\nSáng ngày 29/11, đồng chí Lê Xuân Phú – Phó bí thư, Chủ "
        "tịch UBND xã đã đi kiểm tra, đôn đốc tiến độ sản xuất vụ Đông tại các thôn. Bà con "
        "nông dân xã Hà Linh đã thu hoạch xong vụ Hè thu.\n", 20,
        [("action", None, "Bà con nông dân xã H")]),
    # running held out 25, r281: a point counted in figures opens a request ("Thứ 2: Yêu cầu
    # …", running.json enumerator)
    "a_point_counted_in_figures_opens_a_request": (
        "Tiếp xúc cử tri\n\nĐể công tác tiếp xúc cử tri đợt này đạt kết quả tốt, UBND thành phố "
        "Vũng Tàu yêu cầu:\n\nThứ 2: Yêu cầu các Thành viên UBND Thành phố, Thủ trưởng các cơ "
        "quan, đơn vị có trách nhiệm bố trí lãnh đạo tham dự đầy đủ các buổi tiếp xúc cử "
        "tri.\n", 20,
        [("directive", "các Thành viên UBND Thành phố, Thủ trưởng các cơ quan, đơn vị",
          "có trách nhiệm bố tr")]),
    # directives held out 24, d231: what a team checked, listed after its colon, is the
    # inspection told, no results (running.json meeting)
    "what_a_team_checked_is_no_result": (
        "Kiểm tra cải cách hành chính\n\nĐoàn đã tiến hành kiểm tra: Công tác lãnh đạo, chỉ "
        "đạo của UBND xã, công tác tuyên truyền; công tác bố trí, sắp xếp đội ngũ cán bộ công "
        "chức; quy trình tiếp nhận và trả kết quả. Xã đã số hóa 1.200 hồ sơ.\n", 20,
        [("action", None, "Xã đã số hóa 1.200 h")]),
    # directives held out 24, d231: a request joined to the one before with no comma
    # ("… đồng thời đề nghị Đảng ủy xã ra nghị quyết …") asks its own addressee
    # (nlp.running._cut_marks, _request_opening); "ra nghị quyết" acts (verbs.jsonl)
    "a_second_request_joined_with_no_comma": (
        "Kiểm tra cải cách hành chính\n\nĐồng chí Phó Chủ tịch UBND huyện đề nghị Đảng ủy tăng "
        "cường chỉ đạo đối với UBND xã về CCHC đồng thời đề nghị Đảng ủy xã ra nghị quyết "
        "chuyên đề về CCHC.\n", 20,
        [("directive", "Đảng ủy", "tăng cường chỉ đạo đ"),
         ("directive", "Đảng ủy xã", "ra nghị quyết chuyên")]),
    # running held out 22, r256: the congress electing its committee by count ("Đại hội đã
    # bầu 13 đồng chí vào BCH …") is the meeting's business, no result (running.json meeting)
    "a_congress_electing_its_committee_is_no_result": (
        "Đại hội Hội Nông dân xã\n\nTrong nhiệm kỳ, Hội đã kết nạp 116 hội viên mới. Với tinh "
        "thần dân chủ, Đại hội đã bầu 13 đồng chí vào BCH Hội Nông dân xã nhiệm kỳ "
        "2023-2028.\n", 20,
        [("action", None, "Trong nhiệm kỳ, Hội ")]),
    # directives held out 26, d254: "Theo công văn số 168/… về việc …, việc tổ chức thi …
    # sẽ được thực hiện như sau:" relays the letter; each paragraph after it that opens with
    # a unit gives it its task (running.json relays); but a sentence that asks itself ("…
    # Phòng GD yêu cầu các trường thực hiện các nội dung sau:") is a request, relayed or not
    "a_letter_relayed_after_theo_cong_van": (
        "Tổ chức thi kết thúc học phần\n\nTheo công văn số 168/ĐHKH-KT ngày 27 tháng 7 năm "
        "2012 của Hiệu trưởng Trường Đại học Khoa học về việc tổ chức thi kết thúc học phần "
        "học kỳ hè, việc tổ chức thi sẽ được thực hiện như sau:\n\nPhòng Khảo thí - ĐBCLGD "
        "tiến hành in sao đề thi.\n\nPhòng ĐTĐH - CTSV sắp xếp lịch thi.\n", 23,
        [("directive", "Phòng Khảo thí - ĐBCLGD", "tiến hành in sao đề thi"),
         ("directive", "Phòng ĐTĐH - CTSV", "sắp xếp lịch thi")]),
    "a_request_after_thuc_hien_ke_hoach_is_no_relay": (
        "Tổng vệ sinh trường học\n\nThực hiện Kế hoạch số 1231/KH-UBND của UBND thành phố về "
        "tổ chức tổng vệ sinh, Phòng Giáo dục - Đào tạo yêu cầu các trường học trực thuộc thực "
        "hiện các nội dung sau:\n\n1. Vận động, tuyên truyền học sinh hiểu rõ ý nghĩa của "
        "đợt tổng vệ sinh.\n", 20,
        [("directive", "các trường học trực thuộc", "Vận động, tuyên truy")]),
    # directives held out 26, d248: a numbered list run into its request's paragraph ("…
    # các nội dung sau: 1. … 2. …", its line breaks lost) breaks at its numbers
    # (nlp.running._run_in_numbers); a union's executive committee speaks and is asked
    # ("Ban chấp hành Đoàn trường đề nghị …", "BCH các Liên chi Đoàn … có trách nhiệm …";
    # running.json speaker, addressee_start); "… nghiêm túc triển khai thông báo này./."
    # only closes the letter (closing_request)
    "a_numbered_list_run_into_its_paragraph": (
        "Thông báo sinh hoạt Đoàn\n\nBan chấp hành Đoàn trường đề nghị các Liên chi Đoàn, Chi "
        "Đoàn trực thuộc thực hiện tốt các nội dung sau: 1. Các Liên chi Đoàn chủ động xây "
        "dựng kế hoạch sinh hoạt. 2. BCH các Liên chi Đoàn và Đoàn trực thuộc có trách nhiệm "
        "hướng dẫn và tham dự sinh hoạt cùng các Chi đoàn. Ban chấp hành Đoàn trường yêu cầu "
        "các Liên chi Đoàn nghiêm túc triển khai thông báo này./.\n", 24,
        [("directive", "Các Liên chi Đoàn", "chủ động xây dựng kế hoạ"),
         ("directive", "BCH các Liên chi Đoàn và Đoàn trực thuộc", "có trách nhiệm hướng dẫn")]),
    # directives held out 26, d250: a ministry speaks and is asked by its name (units.json
    # heads), after the purpose of its request
    "a_ministry_asks_after_its_purpose": (
        "Đẩy nhanh kiểm kê đất đai\n\nĐể đảm bảo đúng tiến độ, Bộ Tài nguyên và Môi trường "
        "đề nghị UBND các địa phương khẩn trương xây dựng phương án kế hoạch thực hiện; chuẩn "
        "bị tài liệu bản đồ sử dụng trong điều tra.\n",
        20, [("directive", "UBND các địa phương", "khẩn trương xây dựng"),
             ("directive", "UBND các địa phương", "chuẩn bị tài liệu bả")]),
    # directives held out 27, d260: a press account of a letter that asks with a colon
    # ("… đã ban hành văn bản số 505/SGDĐT-CTTT yêu cầu các đơn vị, các trường học thực hiện
    # các nội dung sau:") is a request, no relay, and the paragraph right after its colon is
    # its first item however it opens ("Thông tin, tuyên truyền …": no verb the reader knows)
    "the_paragraph_after_a_requests_colon_is_its_first_item": (
        "Hưởng ứng tuần lễ không thuốc lá\n\nNgày 22/5/2020, Sở Giáo dục và Đào tạo đã ban "
        "hành văn bản số 505/SGDĐT-CTTT yêu cầu các đơn vị, các trường học thực hiện các nội "
        "dung sau:\n\nThông tin, tuyên truyền đến toàn thể cán bộ, giáo viên các nội dung của "
        "Luật phòng, chống tác hại của thuốc lá.\n\nTích cực tham gia các hoạt động hưởng ứng "
        "ngày Thế giới không thuốc lá.\n", 20,
        [("directive", "các đơn vị, các trường học", "Thông tin, tuyên tru"),
         ("directive", "các đơn vị, các trường học", "Tích cực tham gia cá")]),
    # directives held out 12, d109: an item that opens with its ground ("Căn cứ tình hình
    # thực tế của tỉnh, hướng dẫn của Bộ VHTTDL … để tham mưu …") begins its task after "để"
    # (running.json paragraph_lead)
    "an_item_opening_with_its_ground": (
        "Triển khai Đề án văn hóa đọc\n\nTheo đó, UBND tỉnh giao Sở VHTTDL chủ trì triển khai "
        "thực hiện các nội dung:\n\nCăn cứ tình hình thực tế của tỉnh, hướng dẫn của Bộ VHTTDL "
        "và mục tiêu của Đề án để tham mưu cho UBND tỉnh kế hoạch triển khai thực hiện Đề án "
        "trên địa bàn tỉnh.\n", 20,
        [("directive", "Sở Văn hóa, Thể thao và Du lịch", "tham mưu cho UBND tỉ")]),
    # running held out 26, r296: what a leader stresses was done in the months gone by
    # ("… nhấn mạnh rằng: Trong 9 tháng đầu năm 2013, Đảng uỷ, UBND phường đã có nhiều cố
    # gắng …, đó là: …; …") is results, no request (running.json said_looking_back)
    "a_leader_stressing_what_was_done": (
        "Làm việc với Đảng ủy phường\n\nĐồng chí Bí thư Thành uỷ nhấn mạnh rằng: Trong 9 "
        "tháng đầu năm 2013, Đảng uỷ, UBND phường đã có nhiều cố gắng lãnh đạo thực hiện "
        "nhiệm vụ đạt được nhiều kết quả nổi rõ, đó là: Hoạt động thương mại, dịch vụ tiếp "
        "tục ổn định, phát triển; tỉ lệ học sinh lên lớp đạt 98,9%.\n", 20,
        [("action", None, "Trong 9 tháng đầu nă"), ("action", None, "Hoạt động thương mại"),
         ("action", None, "tỉ lệ học sinh lên l")]),
    # running held out 26, r295: a future word inside a purpose ("Quan tâm giúp đỡ để các
    # đối tượng rèn luyện phấn đấu trở thành đảng viên") is what others strive for, no
    # promise, and the account of work done goes on
    "a_future_word_inside_a_purpose_is_no_promise": (
        "Đảng bộ xã kết nạp đảng viên mới\n\nThời gian qua, đảng bộ xã luôn coi trọng công "
        "tác phát triển đảng viên mới. Quan tâm giúp đỡ để các đối tượng rèn luyện phấn đấu "
        "trở thành đảng viên. Trao tặng huy hiệu đảng cho 10 đảng viên.\n", 20,
        [("action", None, "Thời gian qua, đảng "), ("action", None, "Quan tâm giúp đỡ để "),
         ("action", None, "Trao tặng huy hiệu đ")]),
    # running held out 27, r307: what a leader stresses something is ("Đồng chí nhấn mạnh:
    # Việc thông qua Quy chế làm việc là bước quan trọng …") asks no one (running.json
    # said_statement); the request after it does
    "a_leader_stressing_what_something_is": (
        "Kỳ họp thứ 14 HĐND xã\n\nĐồng chí nhấn mạnh: Việc thông qua Quy chế làm việc là bước "
        "quan trọng nhằm nâng cao chất lượng hoạt động của HĐND xã. Đồng thời đề nghị các Đại "
        "biểu tiếp tục phát huy vai trò, trách nhiệm.\n", 20,
        [("directive", "các Đại biểu", "tiếp tục phát huy va")]),
    # directives held out 27, d265: what units must do after "Vì vậy," (running.json
    # obligation_lead); a ministry known by its full name speaks with "cũng" before its
    # request word, as any unit does (nlp.running._unit_speaks; units.json names)
    "an_obligation_after_vi_vay_and_a_ministry_that_also_asks": (
        "Phòng chống rét cho trâu bò\n\nTình hình thời tiết rét đậm còn diễn biến phức tạp. "
        "Vì vậy, các tỉnh cần cử đoàn công tác đến các cơ sở kiểm tra việc phòng, chống đói, "
        "rét cho trâu, bò.\n\nBộ Nông nghiệp và Phát triển Nông thôn cũng yêu cầu các xã, "
        "huyện thường xuyên cập nhật diễn biến thời tiết.\n", 20,
        [("directive", "các tỉnh", "cần cử đoàn công tác"),
         ("directive", "các xã, huyện", "thường xuyên cập nhậ")]),
    # directives held out 27, d261: a national committee speaks ("… Ủy ban quốc gia về trẻ
    # em còn yêu cầu UBND tỉnh, thành phố trực thuộc Trung ương thực hiện các nhiệm vụ
    # sau:"; running.json speaker), its "còn" no part of its name; "báo về …" acts
    "a_national_committee_asks_and_a_report_to_it_is_a_task": (
        "Phòng chống bạo lực học đường\n\nBên cạnh đó, thì Ủy ban quốc gia về trẻ em còn yêu "
        "cầu UBND tỉnh, thành phố trực thuộc Trung ương thực hiện các nhiệm vụ sau:\n\n- Có "
        "giải pháp phù hợp để thực hiện các văn bản quy phạm pháp luật về trẻ em;\n\n- Chủ "
        "động báo về Ủy ban quốc gia về trẻ em về những khó khăn, vướng mắc trong công tác "
        "bảo vệ trẻ em.\n", 20,
        [("directive", "UBND tỉnh, thành phố trực thuộc Trung ương", "Có giải pháp phù hợp"),
         ("directive", "UBND tỉnh, thành phố trực thuộc Trung ương", "Chủ động báo về Ủy b")]),
    # directives held out 26, d252: the standing body of an association speaks ("Thường trực
    # Hội Chữ thập đỏ Quận 4 đề nghị …"; running.json speaker); "Đề nghị … thực hiện đảm
    # bảo các nội dung trên." only closes the letter (closing_request)
    "an_associations_standing_body_asks_and_closes": (
        "Hưởng ứng xem phim\n\nThường trực Hội Chữ thập đỏ Quận 4 đề nghị các cơ sở Hội trực "
        "thuộc thực hiện như sau:\n\n- Tuyên truyền, vận động hội viên xem bộ phim.\n\nĐề nghị "
        "các cơ sở Hội trực thuộc thực hiện đảm bảo các nội dung trên.\n", 20,
        [("directive", "các cơ sở Hội trực thuộc", "Tuyên truyền, vận độ")]),
    # directives held out 26, d255, d256: "Ban Thư ký" is a secretariat, its "ký" no verb
    # (nouns.jsonl); "Các bộ, ngành, …" are asked (units.json heads)
    "a_secretariat_and_the_ministries_asked": (
        "Giải báo chí\n\nHội Nhà báo đề nghị các Ban Thư ký chi hội, liên chi hội tiến hành "
        "tuyển chọn tác phẩm. Các bộ, ngành, địa phương phải xây dựng kế hoạch.\n", 20,
        [("directive", "các Ban Thư ký chi hội, liên chi hội", "tiến hành tuyển chọn"),
         ("directive", "Các bộ, ngành, địa phương", "phải xây dựng kế hoạ")]),
    # running held out 12: a unit named in a list of requests with what it must do ("…,
    # các xã phải tổ chức tổng kết …") is a task of its own (nlp.running._doer_first past
    # running.json modal); a piece that only says when ("Trước khi thông xe trên tuyến đèo
    # Khánh Lê, các đơn vị … cần rà soát …") stays with the task after its comma (time_lead)
    "a_doer_that_must_and_a_time_before_its_task": (
        "Nhiệm vụ thời gian tới\n\nChủ tịch HĐND huyện yêu cầu các ban, ngành, địa phương "
        "khẩn trương hoàn thành các nội dung theo kế hoạch, các xã phải tổ chức tổng kết nhiệm "
        "kỳ HĐND trước ngày 30/3.\n\nPhó Thủ tướng yêu cầu tỉnh Khánh Hòa tập trung khắc phục "
        "sạt lở. Trước khi thông xe trên tuyến đèo Khánh Lê, các đơn vị chuyên môn liên quan "
        "cần rà soát thật kỹ các điểm khác có nguy cơ sạt lở.\n", 20,
        [("directive", "các ban, ngành, địa phương", "khẩn trương hoàn thà"),
         ("directive", "các xã", "phải tổ chức tổng kế"),
         ("directive", "tỉnh Khánh Hòa", "tập trung khắc phục "),
         ("directive", "các đơn vị chuyên môn liên quan", "Trước khi thông xe t")]),
    # directives held out 28, d276: a decision that issues a procedure ("… ký quyết định ban
    # hành Quy trình …, với những nội dung sau:"; running.json relays) then bullet items "•"
    # that open with their doers; "đăng ký" acts (verbs.jsonl), not "ký" inside it
    "a_procedure_issued_with_bullet_items": (
        "Quy trình báo cáo khoa học\n\nTrưởng Khoa Khoa học Tự nhiên ký quyết định ban hành "
        "Quy trình đăng ký và tổ chức báo cáo khoa học, với những nội dung sau:\n\n• Các cán "
        "bộ đăng ký báo cáo khoa học (Mẫu 1).\n\n• Bộ phận Quản lý công tác NCKH của Khoa tổng "
        "hợp BCKH gửi BCN Khoa trước ngày 14.01.2015.\n", 20,
        [("directive", "Các cán bộ", "đăng ký báo cáo khoa"),
         ("directive", "Bộ phận Quản lý công tác NCKH của Khoa", "tổng hợp BCKH gửi BC")]),
    # running held out 28: the ceremony or meeting itself ("… tổ chức Lễ phát động tháng cao
    # điểm …", "Tại hội nghị, đại diện Đảng ủy xã đã công bố quyết định giám sát …", "Kỳ họp
    # đã hoàn thành các nội dung chương trình …") is no result (running.json meeting)
    "a_ceremony_and_the_sessions_own_business_are_no_results": (
        "Phát động tháng cao điểm\n\nSáng ngày 01/11, Ban Chỉ đạo thị trấn tổ chức Lễ phát "
        "động tháng cao điểm vận động toàn dân tham gia bảo hiểm y tế. Tại hội nghị, đại diện "
        "Đảng ủy xã đã công bố quyết định giám sát. Kỳ họp đã hoàn thành các nội dung chương "
        "trình. Năm 2018, thị trấn đã có thêm 123 người tham gia bảo hiểm y tế.\n", 20,
        [("action", None, "Năm 2018, thị trấn đ")]),
    # directives held out 28, d277: a university speaks by its name (units.json heads "Đại
    # học", "ĐHQG", "Học viện", "Viện"), its short name in brackets after it
    "a_university_asks_with_its_short_name_in_brackets": (
        "Hướng dẫn thực hiện Quyết định\n\nĐại học Quốc gia thành phố Hồ Chí Minh (ĐHQG-HCM) đề "
        "nghị các đơn vị thành viên và trực thuộc:\n\n– Phổ biến rộng rãi công văn trên đến các "
        "nhà khoa học trong đơn vị.\n\nĐHQG-HCM đề nghị các đơn vị đề xuất sáng kiến trong "
        "việc tổ chức kỷ niệm.\n", 20,
        [("directive", "các đơn vị thành viên và trực thuộc", "Phổ biến rộng rãi cô"),
         ("directive", "các đơn vị", "đề xuất sáng kiến tr")]),
    # running held out 28, r313: counts of work done, each with its action, are results of
    # their own ("… đã tiếp 17 kỳ, có 74 lượt công dân đến liên hệ, tiếp nhận 21 đơn thư");
    # a figure compared or summed after its comma is the same result (running.json
    # same_figure: "…, tăng 14,2% so với cùng kỳ")
    "counts_of_work_done_are_results_of_their_own": (
        "Tiếp công dân\n\nTừ đầu năm 2025 đến nay, Ban Tiếp công dân thị xã đã tiếp 17 kỳ, có "
        "74 lượt công dân đến liên hệ, tiếp nhận 21 đơn thư thuộc thẩm quyền. Giá trị sản xuất "
        "CN-TTCN ước đạt 415 tỷ đồng, tăng 14,2% so với cùng kỳ.\n", 20,
        [("action", None, "Từ đầu năm 2025 đến "), ("action", None, "có 74 lượt công dân "),
         ("action", None, "tiếp nhận 21 đơn thư"), ("action", None, "Giá trị sản xuất CN-")]),
    # running held out 28, r318: a piece after a comma that only says what something is
    # ("…, công trình sẽ là điểm nhấn …") ends the task before it and is no task
    # (running.json statement_piece)
    "a_statement_after_a_requests_comma_ends_it": (
        "Khởi công trạm y tế\n\nĐồng chí Phó Chủ tịch UBND xã yêu cầu Công ty sớm thi công "
        "công trình theo đúng quyết định đã phê duyệt, công trình sẽ là điểm nhấn trong công tác "
        "chăm sóc sức khỏe người dân.\n", 70,
        [("directive", "Công ty", "sớm thi công công trình theo đúng quyết định đã phê duyệt")]),
    # directives held out 28, d275: a unit's name ends before "chỉ" (only: a word of manner,
    # running.json manner) and "sau khi" (tasks.json stops); a time lead that lists its
    # dates stays with the task after it
    # ("Trước ngày 05/4, 05/7, 05/10, 05/11, các cơ quan … tổ chức đánh giá …"; time_lead)
    "a_name_ends_before_chi_and_dates_listed_before_a_task": (
        "Đánh giá cán bộ hằng quý\n\nSở Nội vụ đề nghị các cơ quan, đơn vị thực hiện như sau: "
        "Trước ngày 05/4, 05/7, 05/10, 05/11, các cơ quan, đơn vị, địa phương tổ chức đánh giá, "
        "chấm điểm theo quý; các đơn vị, địa phương chỉ gửi bảng tổng hợp chấm điểm hàng quý "
        "về Sở Nội vụ.\n", 20,
        [("directive", "các cơ quan, đơn vị", "Trước ngày 05/4, 05/"),
         ("directive", "các đơn vị, địa phương", "chỉ gửi bảng tổng hợ")]),
    # directives held out 28, d271: the speaker that opens the request's own clause, not
    # one named in its ground ("Thực hiện công điện của Thủ tướng Chính phủ, …, UBND tỉnh đã
    # yêu cầu Chủ tịch UBND các huyện … tiếp tục chỉ đạo …"); "đã yêu cầu <unit>" still asks
    # it (running.json assigned_done)
    "the_speaker_of_the_requests_own_clause": (
        "Phòng chống rét\n\nThực hiện công điện của Thủ tướng Chính phủ, nhằm giảm thiểu mức "
        "độ thiệt hại với ngành chăn nuôi, UBND tỉnh đã yêu cầu Chủ tịch UBND các huyện, thành "
        "phố, thị xã tiếp tục chỉ đạo quyết liệt.\n", 20,
        [("directive", "Chủ tịch UBND các huyện, thành phố, thị xã", "tiếp tục chỉ đạo quy")]),
    # directives held out 28, d272: an addressee named with the courtesy "quý" ("… đề nghị
    # quý Ban, Viện Trung ương Giáo hội … gửi báo cáo …"; running.json addressee_start)
    "an_addressee_named_with_quy": (
        "Chuẩn bị hội nghị sơ kết\n\nBan Thường trực Hội đồng Trị sự đề nghị quý Ban, Viện "
        "Trung ương Giáo hội gửi báo cáo sơ kết hoạt động 6 tháng đầu năm 2014.\n", 20,
        [("directive", "quý Ban, Viện Trung ương Giáo hội", "gửi báo cáo sơ kết h")]),
    # directives held out 18, d172: the heads of units are asked ("… giao nhiệm vụ cho người
    # đứng đầu các bộ phận chuyên môn tăng cường …"; running.json addressee_start), and so are
    # the ones in charge ("người phụ trách …")
    "the_heads_and_those_in_charge_are_asked": (
        "Tiếp công dân\n\nBí thư Đảng ủy xã cũng giao nhiệm vụ cho người đứng đầu các bộ phận "
        "chuyên môn tăng cường công tác phối hợp. Chủ tịch UBND xã yêu cầu người phụ trách các "
        "tiêu chí ấp nông thôn mới tham mưu ban hành các văn bản.\n", 20,
        [("directive", "người đứng đầu các bộ phận chuyên môn", "tăng cường công tác "),
         ("directive", "người phụ trách các tiêu chí ấp nông thôn mới", "tham mưu ban hành cá")]),
    # directives held out 27, d266: "Bên cạnh đó, chỉ đạo các xã …" passes the work down,
    # the addressee's next task, past the words that go on with a list (running.json
    # directs_down after paragraph_lead)
    "passing_the_work_down_after_a_connector": (
        "Ngày chạy Olympic\n\nBộ VHTTDL vừa yêu cầu Sở VHTTDL các tỉnh tham mưu xây dựng Kế "
        "hoạch tổ chức Ngày chạy Olympic.\n\nBên cạnh đó, chỉ đạo các xã, phường, thị trấn "
        "trên địa bàn thành lập Ban Tổ chức.\n", 20,
        [("directive", "Sở VHTTDL các tỉnh", "tham mưu xây dựng Kế"),
         ("directive", "Sở VHTTDL các tỉnh", "chỉ đạo các xã, phườ")]),
    # directive follow-up dev p04 and held out 2: what an inspection or a test found is its
    # result, even when it found nothing wrong ("Kết quả kiểm tra cho thấy chưa phát hiện vi
    # phạm …" is no shortcoming of the inspectors; running.json finding)
    "what_an_inspection_found_is_a_result": (
        "Vụ ngộ độc\n\nChi cục An toàn vệ sinh thực phẩm đã kiểm tra bếp ăn của trường. Kết quả "
        "kiểm tra cho thấy chưa phát hiện vi phạm về an toàn thực phẩm.\n", 20,
        [("action", None, "Chi cục An toàn vệ s"), ("action", None, "Kết quả kiểm tra cho")]),
    # directives held out 29, d278: a notice relayed "… như sau:" whose words hold a full stop
    # inside a name ("học kỳ I.A"; running.json relays); a line that is only a unit's name
    # and a colon gives the dashes below it their doer, and "Tổ chức thi …" opens with an
    # act, no addressee ("tổ chức" is no addressee_start)
    "a_relayed_notice_with_a_units_heading_over_its_dashes": (
        "Kế hoạch thi\n\nPhòng Đào tạo thông báo kế hoạch tổ chức thi học kỳ I.A như sau:\n\n"
        "2.1. Phòng Khảo thí & ĐBCL:\n\n- Tổ chức thi rọc phách cho các học phần.\n\n"
        "2.2. Các Khoa/Viện/Bộ môn:\n\n- Phân công Giảng viên tham gia coi thi.\n", 20,
        [("directive", "Phòng Khảo thí & ĐBCL", "Tổ chức thi rọc phác"),
         ("directive", "Các Khoa/Viện/Bộ môn", "Phân công Giảng viên")]),
    # directives held out 29, d278: a unit named with a colon before its task ("- Sở Y tế:
    # kiểm tra …"): the task begins past the colon
    "a_units_task_begins_past_its_colon": (
        "Chỉ đạo\n\nChủ tịch UBND tỉnh yêu cầu:\n\n- Sở Y tế: kiểm tra an toàn thực phẩm.\n",
        20, [("directive", "Sở Y tế", "kiểm tra an toàn thự")]),
    # directives held out 29, d284: a procedure's steps ("- Bước 2: Làm đơn …", running.json
    # step_label) are its tasks, each for the one it names ("Sinh viên", "SV", "Cố vấn học
    # tập": addressee_start), a step with no full stop no caption
    "a_procedures_steps_are_tasks": (
        "Thi lại\n\nPhòng Đào tạo thông báo đến các Khoa và sinh viên thực hiện đăng ký thi "
        "lại như sau:\n\n- Bước 1: Sinh viên hoàn thành học phí trước khi thi lại.\n\n- Bước "
        "2: Làm đơn đăng ký thi lại\n\n- Bước 3: SV nộp đơn cho Cố vấn học tập\n\n- Bước 4: "
        "Cố vấn học tập tổng hợp danh sách đăng ký của lớp.\n", 20,
        [("directive", "Sinh viên", "hoàn thành học phí t"),
         ("directive", "Sinh viên", "Làm đơn đăng ký thi "),
         ("directive", "SV", "nộp đơn cho Cố vấn h"),
         ("directive", "Cố vấn học tập", "tổng hợp danh sách đ")]),
    # directives held out 29, d281: a heading that only names whom the dashes below it are
    # for ("1. SINH VIÊN:", in capitals, no byline), and a task that goes on "và có trách
    # nhiệm …" after its first action
    "a_heading_that_only_names_the_doer_of_its_dashes": (
        "Đánh giá rèn luyện\n\n1. SINH VIÊN:\n\n- Đọc kỹ hướng dẫn đánh giá.\n\n2. LỚP "
        "TRƯỞNG:\n\n- Lớp trưởng theo dõi và có trách nhiệm nhắc nhở sinh viên.\n", 20,
        [("directive", "SINH VIÊN", "Đọc kỹ hướng dẫn đán"),
         ("directive", "Lớp trưởng", "theo dõi và có trách")]),
    # running held out 29, r328: "Nhiệm vụ các tổ thống kê …" sets out the teams' duties
    # (running.json duty_lead), and the next sentences go on with them; "thống kê" acts
    "the_duties_of_those_named": (
        "Phân loại rác\n\nNhiệm vụ các tổ thống kê số liệu hộ dân có đất để đào hố rác. Chọn "
        "vị trí các điểm để tập kết rác.\n", 20,
        [("commitment", None, "các tổ thống kê số l"),
         ("commitment", None, "Chọn vị trí các điểm")]),
    # running held out 29, r321: "Chỉ đạo các địa phương thu hoạch …" among the month's
    # results tells what was directed, done (no speaker, no "yêu cầu"); the tasks a meeting
    # set follow "…, trước mắt" (running.json list_opener); "thu hoạch" acts
    "directed_among_results_and_the_tasks_after_truoc_mat": (
        "Huyện ủy giao ban\n\nTháng 10, thu ngân sách đạt trên 396 tỷ đồng, đạt 98% KH năm. "
        "Chỉ đạo các địa phương thu hoạch hết diện tích lúa mùa.\n\nTại hội nghị các đại biểu "
        "đã đề ra các nhiệm vụ để thực hiện tốt công tác tháng 11, trước mắt chỉ đạo các địa "
        "phương tiếp tục trồng cây vụ đông; tổ chức tốt các buổi tiếp xúc cử tri.\n", 20,
        [("action", None, "Tháng 10, thu ngân s"), ("action", None, "đạt 98% KH năm"),
         ("action", None, "Chỉ đạo các địa phươ"),
         ("commitment", None, "chỉ đạo các địa phươ"),
         ("commitment", None, "tổ chức tốt các buổi")]),
    # directives held out 29, d282, and 27, d259: in a leader's conclusions, a piece that names
    # its own doer and what it must do is theirs ("…; Các Tiểu ban phục vụ cho ĐH cần khẩn
    # trương báo cáo …"; the name goes on to the modal past what it serves: who_then_must)
    "a_conclusions_piece_that_names_its_doer_and_a_modal": (
        "Chuẩn bị Đại hội\n\nKết luận cuộc họp, Chủ tịch Hội đồng kết luận:\n\n– Khẩn trương "
        "ổn định nhân sự tại các tiểu ban. Trước mắt, soạn thảo quyết định thành lập Ban tổ "
        "chức; Các Tiểu ban phục vụ cho ĐH cần khẩn trương báo cáo danh sách nhân sự.\n", 20,
        [("directive", None, "Khẩn trương ổn định "),
         ("directive", None, "soạn thảo quyết định"),
         ("directive", "Các Tiểu ban phục vụ cho ĐH", "cần khẩn trương báo ")]),
    # directives held out 29, d285: a fund speaks ("…, Quỹ đề nghị các chủ nhiệm đề tài …";
    # running.json speaker)
    "a_fund_asks": (
        "Báo cáo định kỳ\n\nĐể có căn cứ cấp kinh phí đợt tiếp theo, Quỹ đề nghị các chủ nhiệm "
        "đề tài lập báo cáo định kỳ về tiến độ thực hiện đề tài.\n", 20,
        [("directive", "các chủ nhiệm đề tài", "lập báo cáo định kỳ ")]),
    # running held out 29, r320: "làm rõ" acts, so the addressee ends before it ("… đề nghị
    # xã làm rõ thêm …")
    "lam_ro_acts": (
        "Giám sát\n\nĐoàn giám sát đề nghị xã làm rõ thêm tiến độ thực hiện các đề án.\n", 20,
        [("directive", "xã", "làm rõ thêm tiến độ ")]),
    # running held out 30, r339: "… đã … thực hiện hoàn thành các nhiệm vụ trọng tâm đề ra"
    # reports the tasks done and announces none (running.json tasks_done); the account goes on
    "tasks_reported_done_announce_none": (
        "Sơ kết\n\nTrong thời gian qua, hội viên Cựu TNXP xã đã đoàn kết phấn đấu thực hiện "
        "hoàn thành các nhiệm vụ trọng tâm đề ra. Tổ chức tốt các hoạt động nghĩa tình đồng "
        "đội.\n", 20,
        [("action", None, "Trong thời gian qua,"), ("action", None, "Tổ chức tốt các hoạt")]),
    # running held out 30, r336: a resolution passed "với một số nội dung cụ thể như: …"
    # lists the tasks it resolves, whatever the meeting reviewed first (running.json
    # resolution)
    "a_resolutions_contents_are_tasks": (
        "Sinh hoạt chi bộ\n\nTại buổi sinh hoạt, chi uỷ đã đánh giá kết quả thực hiện nghị quyết "
        "tháng 7 và thảo luận, thông qua nghị quyết để tổ chức thực hiện trong tháng 8 với một "
        "số nội dung cụ thể như: Chủ động phòng trừ sâu bệnh cho lúa hè thu; duy trì thực hiện "
        "nếp sống văn hóa ở khu dân cư.\n", 20,
        [("commitment", None, "Chủ động phòng trừ s"), ("commitment", None, "duy trì thực hiện nế")]),
    # running held out 30, r333: after "phương hướng, …" the tasks begin past the list's
    # opener ("…, như tăng cường …"), not at the words that name them
    "the_directions_tasks_begin_past_the_lists_opener": (
        "Tổng kết\n\nHội nghị đã nhất trí thông qua phương hướng, nhiệm vụ năm 2025 với các mục "
        "tiêu trọng tâm, như tăng cường đoàn kết nội bộ; đẩy mạnh các hoạt động hỗ trợ đời sống "
        "hội viên.\n", 20,
        [("commitment", None, "tăng cường đoàn kết "), ("commitment", None, "đẩy mạnh các hoạt độ")]),
    # directives held out 30, d292: the head of a judgment-enforcement department speaks,
    # and asks the heads of its office "Phòng Nghiệp vụ và tổ chức thi hành án" (a name:
    # nouns.jsonl) and of the districts' departments
    "the_head_of_judgment_enforcement_asks": (
        "Tổng rà soát án\n\nTrưởng Thi hành án dân sự tỉnh Quảng Ngãi yêu cầu Trưởng Phòng "
        "Nghiệp vụ và tổ chức thi hành án; Trưởng Thi hành án dân sự các huyện chỉ đạo Chấp "
        "hành viên tiến hành tổng rà soát tất cả án đang tổ chức thi hành.\n", 20,
        [("directive", "Trưởng Phòng Nghiệp vụ và tổ chức thi hành án; Trưởng Thi hành án dân "
          "sự các huyện", "chỉ đạo Chấp hành vi")]),
    # directives held out 30, d290: a faculty and a group are asked by name ("Khoa thành lập
    # …", "Nhóm sinh viên NCKH gửi …"; addressee_start), and a label with only a time after
    # it ("Tổ chức nghiệm thu: 8h00 – Chủ Nhật, ngày 11/6/2023") is a fact, no task
    "a_faculty_and_a_group_asked_and_a_time_label_no_task": (
        "Nghiệm thu\n\nNhà trường thông báo kế hoạch nghiệm thu như sau:\n\n+ Khoa thành lập "
        "Hội đồng nghiệm thu chung cho 5-6 đề tài.\n\n- Trước ngày 03/6/2023: Nhóm sinh viên "
        "NCKH gửi báo cáo tổng kết cho Khoa.\n\n- Tổ chức nghiệm thu: 8h00 – Chủ Nhật, ngày "
        "11/6/2023.\n", 20,
        [("directive", "Khoa", "thành lập Hội đồng n"),
         ("directive", "Nhóm sinh viên NCKH", "gửi báo cáo tổng kết")]),
    # directives held out 30, d293: "cơ quan cấp bộ" is a name (nouns.jsonl: "cấp bộ" is no
    # act); "TTCP" speaks (units.json: Thanh tra Chính phủ); a task opening before "…, trong
    # đó nêu rõ …" keeps it as its detail
    "ministry_level_bodies_and_ttcp_and_a_detail_after_trong_do": (
        "Báo cáo khiếu nại\n\nThanh tra Chính phủ vừa có văn bản đề nghị các bộ, cơ quan cấp bộ, "
        "UBND cấp tỉnh báo cáo kết quả công tác giải quyết khiếu nại năm 2017.\n\nTTCP yêu cầu "
        "các bộ, ngành, địa phương tổng hợp chính xác, đầy đủ theo mẫu biểu quy định, trong đó "
        "nêu rõ kết quả thực hiện các kết luận.\n", 20,
        [("directive", "các bộ, cơ quan cấp bộ, UBND cấp tỉnh", "báo cáo kết quả công"),
         ("directive", "các bộ, ngành, địa phương", "tổng hợp chính xác, ")]),
    # directives held out 30, d294: a unit's name ends before the quotation it opens ("… đề
    # nghị các địa phương “thực hiện thanh tra …”"; tasks.json stops)
    "a_name_ends_before_a_quotation": (
        "Cát sỏi\n\nLãnh đạo ngành thuế đề nghị các địa phương “thực hiện thanh tra, kiểm tra "
        "ngay đối với các doanh nghiệp”.\n", 20,
        [("directive", "các địa phương", "“thực hiện thanh tra")]),
    # running held out 30, r338: "Từ đầu năm 2024 cho đến nay …" looks back, and the
    # sentences after it in its paragraph tell the work done (running.json looking_back)
    "from_the_years_start_until_now_looks_back": (
        "Sơ kết\n\nTừ đầu năm 2024 cho đến nay tổng số hội viên là 38 đồng chí. Tất cả các đồng "
        "chí hội viên đều tích cực sinh hoạt hội. Đóng hội phí đầy đủ.\n", 20,
        [("action", None, "Từ đầu năm 2024 cho "), ("action", None, "Tất cả các đồng chí "),
         ("action", None, "Đóng hội phí đầy đủ")]),
    # running held out 31, r344: what must be done, said with no one named after the
    # paragraph's lead ("Bên cạnh đó, cần …"), one task per job, the next "cần …" its own
    "a_bare_modal_opening_is_a_task": (
        "Kiểm tra trật tự đô thị\n\nNgày 27/4/2022, UBND xã đã tổ chức ra quân kiểm tra, xử lý "
        "các trường hợp vi phạm. Bên cạnh đó, cần đẩy mạnh công tác tuyên truyền cho nhân dân "
        "trên địa bàn, cần nâng cao ý thức trách nhiệm của người dân trong lĩnh vực giao "
        "thông.\n", 20,
        [("action", None, "Ngày 27/4/2022, UBND"), ("commitment", None, "Bên cạnh đó, cần đẩy"),
         ("commitment", None, "cần nâng cao ý thức ")]),
    # running held out 7, r103: past the topic it names first ("Về công tác tư tưởng, cần
    # giải quyết …"), the same
    "a_modal_after_a_topic_is_a_task": (
        "Hội nghị\n\nVề công tác tư tưởng, cần giải quyết các nút thắt, điểm nghẽn trong công tác "
        "thông tin, tuyên truyền.\n", 20, [("commitment", None, "Về công tác tư tưởng")]),
    # running held out 6, r96: the coming period's opening ends where its clause begins
    # ("… trong thời gian tới lãnh đạo xã cần …"), not at the first comma inside the task
    "the_coming_period_ends_before_its_clause": (
        "Kết luận\n\nĐồng thời trong thời gian tới lãnh đạo xã cần tích cực giám sát việc thu, "
        "chi ngân sách; tiếp tục duy trì công tác tiếp công dân theo quy định.\n", 20,
        [("commitment", None, "lãnh đạo xã cần tích"), ("commitment", None, "tiếp tục duy trì côn")]),
    # directives held out 3, d21: a time before the comma is no task of its own
    "a_time_before_a_modal_is_no_task": (
        "Phòng cháy\n\nChủ tịch UBND tỉnh yêu cầu các cơ quan, ban ngành tiếp tục tuyên truyền "
        "Luật PCCC. Trong thời gian cao điểm mùa hanh khô năm 2013, cần tăng cường lực lượng "
        "tuần tra, bảo vệ 24/24 giờ.\n", 20,
        [("directive", "các cơ quan, ban ngành", "tiếp tục tuyên truyề"),
         ("directive", "các cơ quan, ban ngành", "cần tăng cường lực l")]),
    # directives held out 31, d303: what a student is told to look up, read or fill in
    # ends the name of who must do it (verbs.jsonl: tra cứu, tham khảo, điền, làm theo …)
    "looking_up_and_filling_in_are_actions": (
        "Thông báo\n\nPhòng Công tác Sinh viên đề nghị sinh viên thực hiện như sau:\n\n- Sinh viên "
        "tham khảo các đối tượng và hướng dẫn chuẩn bị hồ sơ như ở mục 2.\n\n- Sinh viên tra cứu "
        "danh sách, làm theo yêu cầu ở cột Hồ sơ cần bổ sung.\n", 20,
        [("directive", "Sinh viên", "tham khảo các đối tư"),
         ("directive", "Sinh viên", "tra cứu danh sách, l")]),
    # running held out 31, r347: what the delegates' opinions dwelt on is neither work done
    # nor a task (running.json meeting); a passive assignment names whom it asks after
    # "được giao cho"
    "delegates_opinions_are_no_items": (
        "Đối thoại\n\nCác đại biểu đã đóng góp ý kiến tập trung vào các nội dung: Tăng cường "
        "công tác quản lý trật tự đô thị; tiếp tục đầu tư hệ thống điện chiếu sáng.\n", 20, []),
    "a_passive_assignment_names_whom_it_asks_after_it": (
        "Đối thoại\n\nLãnh đạo xã đã trả lời một số ý kiến tại hội trường; đối với những nội dung "
        "cần có thời gian xác minh được giao cho các cơ quan chuyên môn nghiên cứu, giải quyết "
        "trong thời gian sớm nhất.\n", 20,
        [("directive", "các cơ quan chuyên môn", "nghiên cứu, giải quy")]),
    # running held out 26, r292: the counts reached are results, the count not reached
    # after "và chưa đạt" a shortcoming (running.json remainder)
    "counts_reached_then_the_count_not_reached": (
        "Tổng kết\n\nTrong năm 2022, UBND xã tập trung thực hiện 69 chỉ tiêu. Cụ thể, xã thực "
        "hiện vượt 25/69 chỉ tiêu, đạt 37/69 chỉ tiêu và chưa đạt 7/69 chỉ tiêu.\n", 20,
        [("action", None, "Trong năm 2022, UBND"), ("action", None, "Cụ thể, xã thực hiện"),
         ("action", None, "đạt 37/69 chỉ tiêu")]),
    # running held out 7, r106; 17, r203: work done, then what still falls short after the
    # turn ("…; tuy nhiên còn …", "…, còn lại các xã chưa đạt …"): the work done a result
    "a_result_then_what_falls_short": (
        "Kiểm tra\n\nNhìn chung, các tổ chức đảng được kiểm tra đã thực hiện khá tốt nội dung "
        "kiểm tra, giám sát; tuy nhiên còn những hạn chế cần rút kinh nghiệm. Trong đó, xã Xà "
        "Phiên, Lương Nghĩa đã đạt được kế hoạch Huyện ủy giao, còn lại các xã chưa đạt.\n", 20,
        [("action", None, "Nhìn chung, các tổ c"), ("action", None, "Trong đó, xã Xà Phiê")]),
    # running held out 31, r340: a request that opens a clause of its own after "; đồng
    # thời" asks whom it names, whatever the sentence reported before it
    "a_request_opening_its_own_clause": (
        "Làm việc\n\nKết luận buổi làm việc, đại diện Phòng Giao dịch ghi nhận những kết quả mà "
        "các tổ chức hội đã đạt được; đồng thời đề nghị các đơn vị tiếp tục phối hợp chặt "
        "chẽ, đẩy mạnh công tác tuyên truyền chính sách tín dụng.\n", 20,
        [("directive", "các đơn vị", "tiếp tục phối hợp ch")]),
    # directives held out 31, d300: figures cited from statistics ask no one, whatever
    # "phải" they hold; "khi chưa phát hiện dịch" is the case the requests are for, no
    # shortcoming
    "statistics_ask_no_one_and_a_case_is_no_shortcoming": (
        "Phòng chống dịch\n\nTheo thống kê Dịch tả lợn châu Phi đã xảy ra tại 19 tỉnh, thành phố "
        "với tổng số lợn bắt buộc phải tiêu hủy gần 20.000 con. Ông Nguyễn Gia Hòa – PCT UBND "
        "huyện yêu cầu các địa phương, đơn vị nghiêm túc triển khai các giải pháp phòng, chống "
        "dịch bệnh. Theo đó, khi chưa phát hiện dịch, nghiêm cấm mọi hình thức vận chuyển lợn "
        "nhập lậu; giám sát chặt chẽ tại cửa khẩu, đường mòn, lối mở khu vực biên giới.\n", 20,
        [("action", None, "Theo thống kê Dịch t"),
         ("directive", "các địa phương, đơn vị", "nghiêm túc triển kha"),
         ("directive", "các địa phương, đơn vị", "khi chưa phát hiện d"),
         ("directive", "các địa phương, đơn vị", "giám sát chặt chẽ tạ")]),
    # directives held out 31, d304: a page cut after its title opens with "Theo đó, …",
    # the text going on, no headline
    "a_first_line_that_goes_on_is_no_headline": (
        "Theo đó, UBND tỉnh yêu cầu Sở Văn hoá và Thể thao chủ trì, phối hợp với các đơn vị tổ "
        "chức Đoàn liên ngành thanh kiểm tra công tác quản lý kinh doanh dịch vụ karaoke\n\n"
        "UBND tỉnh yêu cầu Công an tỉnh chỉ đạo bảo đảm an ninh trật tự tại các cơ sở.\n", 20,
        [("directive", "Sở Văn hoá và Thể thao", "chủ trì, phối hợp vớ"),
         ("directive", "Công an tỉnh", "chỉ đạo bảo đảm an n")]),
    # directives held out 31, d304: the sentence after a request goes on with the last
    # unit the request named
    "the_next_sentence_goes_on_with_the_last_unit_named": (
        "Karaoke\n\nUBND tỉnh yêu cầu Công an tỉnh chỉ đạo bảo đảm an ninh trật tự tại các cơ "
        "sở; Sở Công Thương chủ trì, phối hợp với Công ty Điện lực quản lý an toàn điện tại "
        "các quán karaoke. Tăng cường quản lý hoạt động quảng cáo, kinh doanh rượu, bia tại "
        "các cơ sở.\n", 20,
        [("directive", "Công an tỉnh", "chỉ đạo bảo đảm an n"),
         ("directive", "Sở Công Thương", "chủ trì, phối hợp vớ"),
         ("directive", "Sở Công Thương", "Tăng cường quản lý h")]),
    # running held out 22, r257: the targets a body strives for ("phấn đấu 100% chi hội …,
    # 95% … đạt …") are no figures reached, whatever comes after them
    "targets_striven_for_are_no_results": (
        "Đại hội\n\nNhiệm kỳ 2017-2022, Hội Cựu chiến binh xã phấn đấu 100% chi hội trong sạch "
        "vững mạnh, 95% trở lên hội viên đạt tiêu chuẩn hội viên gương mẫu, phấn đấu giảm tỷ "
        "lệ hộ nghèo 4-5% theo chuẩn mới.\n", 20,
        [("commitment", None, "Nhiệm kỳ 2017-2022, "), ("commitment", None, "phấn đấu giảm tỷ lệ ")]),
    # directives held out 25, d243: what a circular lays down follows its "… quy định …:"
    # (running.json relays); a level ("Cấp xã", "Cấp huyện") is who must act; a time limit
    # makes "hoàn thành" a task, not work done (time_limit); the next level's line, alike
    # but for its date, is no repeat
    "a_circulars_time_limits_by_level": (
        "Thời hạn\n\nThông tư đã quy định hồ sơ giao nộp và thời hạn hoàn thành, trong đó thời "
        "hạn hoàn thành:\n\n- Cấp xã hoàn thành và báo cáo kết quả trước ngày 01/6/2015;\n\n"
        "- Cấp huyện hoàn thành và báo cáo kết quả trước ngày 15/7/2015;\n\n- Sở Tài nguyên "
        "và Môi trường tổng hợp báo cáo UBND tỉnh trước ngày 15/8/2015.\n", 20,
        [("directive", "Cấp xã", "hoàn thành và báo cá"),
         ("directive", "Cấp huyện", "hoàn thành và báo cá"),
         ("directive", "Sở Tài nguyên và Môi trường", "tổng hợp báo cáo UBN")]),
    "a_time_limit_is_no_work_done": (
        "Tin\n\nNgày 12/5, UBND xã đã họp triển khai kế hoạch cấp giấy chứng nhận. Các thôn hoàn "
        "thành việc rà soát hồ sơ trước ngày 30/6/2025.\n", 20,
        # (what the villages do by the day to come is theirs to do: running.json due_after)
        [("action", None, "Ngày 12/5, UBND xã đ"),
         ("directive", "Các thôn", "hoàn thành việc rà s")]),
    # directives held out 13, d121: after a request, a sentence that sets a time limit is
    # a task, of the one it names or else of the units asked
    "a_time_limit_after_a_request_is_a_task": (
        "Tổng kết bầu cử\n\nThường trực Ủy ban bầu cử tỉnh đề nghị Ủy ban bầu cử các huyện, thành "
        "phố tổ chức tổng kết công tác bầu cử.\n\nVề thời gian tổng kết: Cấp xã hoàn thành trước "
        "ngày 10/6/2021; cấp huyện hoàn thành trước ngày 14/6/2021.\n\nBáo cáo tổng kết gửi về Ủy "
        "ban bầu cử tỉnh trước ngày 8/6/2021.\n", 20,
        [("directive", "Ủy ban bầu cử các huyện, thành phố", "tổ chức tổng kết côn"),
         ("directive", "Cấp xã", "hoàn thành trước ngà"),
         ("directive", "cấp huyện", "hoàn thành trước ngà"),
         ("directive", "Ủy ban bầu cử các huyện, thành phố", "Báo cáo tổng kết gửi")]),
    # directives held out 31, d306: a work programme's item closes with the parenthesis
    # that names who leads it; every paragraph of the item is that unit's
    "a_programmes_lead_unit_in_its_closing_parenthesis": (
        "Chương trình công tác tháng 11\n\n1. Tiếp tục chỉ đạo các tỉnh phía Bắc triển khai kế "
        "hoạch sản xuất vụ Đông. (Thứ trưởng Bùi Bá Bổng chỉ đạo, Cục Trồng trọt chủ trì thực "
        "hiện);\n\n2. Tiếp tục theo dõi diễn biến tình hình dịch hại trên lúa Đông xuân.\n\n"
        "Tăng cường kiểm tra việc thực hiện công tác kiểm dịch tại các cửa khẩu. (Thứ trưởng "
        "Bùi Bá Bổng chỉ đạo, Cục Bảo vệ thực vật chủ trì thực hiện);\n", 20,
        [("directive", "Cục Trồng trọt", "Tiếp tục chỉ đạo các"),
         ("directive", "Cục Bảo vệ thực vật", "Tiếp tục theo dõi di"),
         ("directive", "Cục Bảo vệ thực vật", "Tăng cường kiểm tra ")]),
    # running held out 30, r331: a result is the work done, not the aim it opens with
    "a_result_past_its_aim": (
        "Văn minh đô thị\n\nNhằm xây dựng tuyến phố Kim Mã là tuyến phố văn minh đô thị, trong "
        "tháng 10/2017 phường đã tổ chức tuyên truyền, vận động nhân dân.\n", 20,
        [("action", None, "trong tháng 10/2017 ")]),
    # directive follow-up held out 2, p10: "chưa" inside a clause that says which thing
    # ("mẫu trà sữa mà 11 em học sinh chưa uống") names no shortcoming
    "not_yet_inside_a_which_clause_is_no_shortcoming": (
        "Tin\n\nSau khi xảy ra vụ việc, cơ quan chức năng đã lấy mẫu trà sữa mà 11 em học sinh "
        "chưa uống gửi Trung tâm Kiểm nghiệm để kiểm nghiệm tìm nguyên nhân.\n", 20,
        [("action", None, "Sau khi xảy ra vụ vi")]),
    # directives held out 32, d314: a request told as made, with no speaker of its own,
    # after the sentence that names who made it
    "a_request_told_as_made_asks_whom_it_names": (
        "Kiểm tra cột đo xăng dầu\n\nChi cục TĐC đã lập biên bản xác định hiện trạng cột đo. "
        "Đồng thời đã yêu cầu Công ty có trách nhiệm thực hiện: Không sử dụng cột đo hỏng để "
        "bán hàng; Dán thông báo tại cột đo hỏng.\n", 20,
        [("action", None, "Chi cục TĐC đã lập b"),
         ("directive", "Công ty", "Không sử dụng cột đo"),
         ("directive", "Công ty", "Dán thông báo tại cộ")]),
    # directives held out 30, d296: a body's request told as made ("đã đề nghị") asks
    "a_body_that_had_proposed_asks": (
        "Tin\n\nNhững ngày qua, Cục Trẻ em đã đề nghị Sở Lao động - Thương binh và Xã hội "
        "tỉnh Bắc Ninh phối hợp với các cơ quan có liên quan xác minh, làm rõ vụ việc.\n", 20,
        [("directive", "Sở Lao động - Thương binh và Xã hội", "phối hợp với các cơ ")]),
    # directives held out 32, d312 and d309: a publisher, a treasury are asked by their
    # kind of body; a ministry assigns ("giao") as it asks; "được tạm dừng" (a leave given)
    # ends the name
    "a_publisher_is_asked": (
        "Thu hồi sách\n\nTheo Quyết định trên, Cục Xuất bản, In và Phát hành yêu cầu NXB Lao "
        "động – Xã hội chịu trách nhiệm thu hồi toàn bộ số sách.\n", 20,
        [("directive", "NXB Lao động – Xã hội", "chịu trách nhiệm thu")]),
    "a_ministry_assigns_its_treasury": (
        "Ứng trước vốn\n\nBộ Tài chính giao Kho bạc Nhà nước chỉ đạo Kho bạc Nhà nước các tỉnh "
        "kiểm soát thanh toán vốn. Kho bạc Nhà nước được tạm dừng thanh toán vốn cho dự án "
        "phân bổ không đúng danh mục.\n", 20,
        [("directive", "Kho bạc Nhà nước", "chỉ đạo Kho bạc Nhà "),
         ("directive", "Kho bạc Nhà nước", "Kho bạc Nhà nước đượ")]),
    # running held out 32, r355 (and 20, 21, 28): a sentence that says what something is
    # is no result; what an inquiry found is one
    "what_something_is_is_no_result": (
        "Ra quân\n\nThời gian qua, Hội Nông dân xã đã huy động 50 hội viên giúp gia đình khó khăn "
        "làm nhà ở. Đây là đợt ra quân lao động lần thứ 4 trong tháng cao điểm thi đua. Kết "
        "quả xét nghiệm cho thấy mẫu bánh nhiễm khuẩn. Đây chính là nguyên nhân làm 313 người "
        "bị ngộ độc.\n", 20,
        [("action", None, "Thời gian qua, Hội N"), ("action", None, "Kết quả xét nghiệm c"),
         ("action", None, "Đây chính là nguyên ")]),
    # running held out 32, r354: what a body assigned along with what it did asks whom
    # it names, a unit of the registry or not ("giao cho các đoàn thể phường …")
    "assigned_along_with_work_done": (
        "Văn minh đô thị\n\nĐể duy trì trật tự văn minh đô thị, UBND phường Mỹ Đình 2 đã thành "
        "lập Tổ thường trực gồm 15 người, giao cho các đoàn thể phường tiếp tục duy trì các "
        "đoạn đường tự quản.\n", 20,
        [("directive", "các đoàn thể phường", "tiếp tục duy trì các")]),
    # running held out 32, r356: an outcome word inside the aim a promise opens with
    # ("Để mô hình … đạt hiệu quả, …") reports nothing reached
    "an_aim_that_names_an_outcome_leaves_the_promise": (
        "Tuyến đường văn minh\n\nĐể mô hình thực hiện đạt hiệu quả, phường và khu phố sẽ "
        "thường xuyên tuyên truyền, vận động đến từng hộ dân trong khu phố.\n", 20,
        [("commitment", None, "thường xuyên tuyên t")]),
    # directives held out 33, d318: a department named with its city asks
    "a_department_named_with_its_city_asks": (
        "An toàn đường thủy\n\nTheo đó, Sở Giao thông vận tải TP.HCM đề nghị UBND các quận, "
        "huyện đẩy mạnh công tác tuyên truyền an toàn giao thông đường thủy.\n", 20,
        [("directive", "UBND các quận, huyện", "đẩy mạnh công tác tu")]),
    # directives held out 33, d327: "lưu ý các nội dung:" names what to heed, not whom
    "the_matters_to_heed_are_no_addressee": (
        "Kỳ thi tuyển sinh\n\nNội dung công văn của Ban chỉ đạo Thi cấp tỉnh đặc biệt lưu ý các "
        "nội dung: Tiến hành sơ kết rút kinh nghiệm việc tổ chức Kỳ thi; xây dựng phương án tổ "
        "chức Kỳ thi tuyển sinh.\n", 20,
        [("directive", None, "Tiến hành sơ kết rút"), ("directive", None, "xây dựng phương án t")]),
    # directives held out 33, d325: "Những trường hợp … thì" is a case, no one's name
    "the_cases_a_request_names_are_no_unit": (
        "Khai thác cát\n\nUBND tỉnh yêu cầu UBND thành phố Lào Cai kiểm tra, xử lý khai thác "
        "cát trái phép. Những trường hợp vượt thẩm quyền thì lập hồ sơ trình Chủ tịch UBND tỉnh "
        "xử lý nghiêm theo quy định.\n", 20,
        [("directive", "UBND thành phố Lào Cai", "kiểm tra, xử lý khai"),
         ("directive", "UBND thành phố Lào Cai", "lập hồ sơ trình Chủ ")]),
    # directives held out 34, d329: a letter issued "để chỉ đạo và hướng dẫn" units asks them
    "a_letter_issued_to_direct_and_guide_asks": (
        "Dân chủ ở cơ sở\n\nCông đoàn ngành Giáo dục đã ban hành Công văn số 51/CĐN để chỉ đạo "
        "và hướng dẫn các CĐCS tổ chức thực hiện, trong đó tập trung vào các nội dung: Tuyên "
        "truyền, phổ biến các văn bản quy phạm pháp luật; Tham gia xây dựng và thực hiện quy chế "
        "dân chủ ở cơ sở.\n", 20,
        [("directive", "các CĐCS", "Tuyên truyền, phổ bi"),
         ("directive", "các CĐCS", "Tham gia xây dựng và")]),
    # running held out 34, r377 and r372: a team launched "có nhiệm vụ" …: its tasks
    "a_team_with_duties_has_tasks": (
        "Ra mắt mô hình\n\nMô hình tự quản về an ninh trật tự xã Đức Châu có trên 300 thành "
        "viên. Các tổ có nhiệm vụ đẩy mạnh công tác tuyên truyền, vận động; kịp thời hòa giải "
        "các vụ việc mâu thuẫn xảy ra trong nhân dân.\n", 20,
        [("directive", "Các tổ", "có nhiệm vụ đẩy mạnh"),
         ("directive", "Các tổ", "kịp thời hòa giải cá")]),
    "duties_with_no_subject_are_tasks": (
        "Ra mắt mô hình\n\nTổ có 10 thành viên do bà Đặng Thị Thu Thủy làm tổ trưởng. Có nhiệm "
        "vụ tuyên truyền, giới thiệu các nội dung pháp luật đến người dân trên địa bàn; tư vấn "
        "miễn phí cho hội viên, phụ nữ về bình đẳng giới.\n", 20,
        [("commitment", None, "tuyên truyền, giới t"), ("commitment", None, "tư vấn miễn phí cho ")]),
    # running held out 34, r371: a leader "kêu gọi" units: a request; in a list of tasks
    # ("hướng dẫn, kêu gọi tàu thuyền về nơi tránh trú", directives held out 2, d14) the act
    "a_leader_calling_on_units_asks_them": (
        "Diệt chuột\n\nTại buổi Lễ phát động, đồng chí Huỳnh Xuân Bình - Phó chủ tịch UBND "
        "phường phát động phong trào toàn dân tham gia diệt chuột, kêu gọi các hội đoàn thể, "
        "các Tổ dân phố cần tập trung chỉ đạo công tác diệt chuột; hướng dẫn cho nhân dân các "
        "biện pháp diệt chuột an toàn.\n", 20,
        [("directive", "các hội đoàn thể, các Tổ dân phố", "cần tập trung chỉ đạ"),
         ("directive", "các hội đoàn thể, các Tổ dân phố", "hướng dẫn cho nhân d")]),
    # directives held out 34, d331: a director "nêu ra các công việc Trung tâm cần phải …:"
    "the_jobs_a_leader_sets_out_for_a_unit_are_asked": (
        "Làm việc\n\nPhát biểu chỉ đạo tại cuộc họp, đồng chí Bùi Thanh Bình - Giám đốc Sở "
        "đánh giá cao sự nỗ lực của Trung tâm, đồng thời nêu ra các công việc Trung tâm cần "
        "phải tập trung triển khai trong năm 2019: Tập trung kiện toàn bộ máy hoạt động của "
        "Trung tâm. Tăng cường mối quan hệ hợp tác giữa Trung tâm với doanh nghiệp.\n", 20,
        [("directive", "Trung tâm", "Tập trung kiện toàn "),
         ("directive", "Trung tâm", "Tăng cường mối quan ")]),
    # directives held out 34, d336: "Nhà thầu" is asked; ", đồng thời <units> chịu trách
    # nhiệm …" names its own doers
    "the_contractor_is_asked_and_others_must_too": (
        "Kiểm tra\n\nĐ/c Bùi Minh Hiếu – Phó Giám đốc Công ty yêu cầu Nhà thầu và các đơn vị "
        "sản xuất cần khẩn trương xúc dọn, vệ sinh các điểm thu dọn than đúng nơi quy định, "
        "đồng thời các đơn vị chịu trách nhiệm trực tiếp trong công tác kiểm tra, giám sát.\n",
        20,
        [("directive", "Nhà thầu và các đơn vị sản xuất", "cần khẩn trương xúc "),
         ("directive", "các đơn vị", "các đơn vị chịu trác")]),
    # directives held out 34, d332: a venerable "mong muốn" units do …: a request
    "a_venerable_wishing_units_to_act_asks_them": (
        "Phiên họp\n\nĐúc kết phiên họp, Hòa thượng cũng mong muốn 12 Ban Trị sự cấp huyện, "
        "thị thực hiện những phương hướng và chủ trương của nhà nước trong các hoạt động.\n", 20,
        [("directive", "12 Ban Trị sự cấp huyện, thị", "thực hiện những phươ")]),
    # running held out 34, r371: what was done after the ceremony, told with no "đã"
    "what_was_done_after_the_ceremony_is_a_result": (
        "Diệt chuột\n\nSau buổi lễ phát động ra quân, cán bộ, các hội đoàn thể và bà con nông "
        "dân tham gia diệt chuột và thực hiện đánh bã tại các cánh đồng trên địa bàn phường.\n",
        20, [("action", None, "Sau buổi lễ phát độn")]),
    # running held out 33, r360: a page that opens on the months reviewed tells their work
    # in its later paragraphs too, with no "đã"
    "the_months_reviewed_go_on_into_later_paragraphs": (
        "Hội Nông dân\n\nTrong 9 tháng đầu năm 2021, Hội Nông dân xã Đồng Thịnh kết nạp được 52 "
        "hội viên mới.\n\nHội Nông dân xã thường xuyên quan tâm chỉ đạo các chi Hội duy trì "
        "nghiêm túc chế độ sinh hoạt thường kỳ.\n", 20,
        [("action", None, "Trong 9 tháng đầu nă"), ("action", None, "Hội Nông dân xã thườ")]),
    # running held out 33, r361: classes with "300 lượt người tham dự" are work done, not a
    # meeting's attendance
    "those_who_attended_a_class_make_no_meeting": (
        "Khuyến học\n\nBên cạnh đó, Hội phối hợp với Trung tâm học tập cộng đồng của xã đã mở "
        "9 lớp với hơn 300 lượt người tham dự, với nội dung triển khai một số Luật mới.\n", 20,
        [("action", None, "Bên cạnh đó, Hội phố")]),
    # running held out 32, r357: a caption run into the paragraph ("Quang cảnh hội nghịNăm
    # qua, …") hides nothing; "đã triển khai … các nhiệm vụ trọng tâm" reports them done
    "a_glued_caption_and_the_tasks_reported_done": (
        "Hội nạn nhân\n\nQuang cảnh hội nghịNăm qua, Hội các cấp trong tỉnh đã triển khai toàn "
        "diện, kịp thời các nhiệm vụ trọng tâm, đột xuất đảm bảo thiết thực, hiệu quả. Toàn "
        "tỉnh đã có gần 24 nghìn lượt người được nhận sự trợ giúp.\n", 20,
        [("action", None, "Năm qua, Hội các cấp"), ("action", None, "Toàn tỉnh đã có gần ")]),
    # directives held out 33, d326: a union's executive (BCH) asks the branch secretaries
    "the_executive_asks_the_branch_secretaries": (
        "Cuộc thi\n\nBCH Đoàn TN Bệnh viện kính đề nghị Bí thư các chi đoàn đẩy mạnh công tác "
        "tuyên truyền để 100% cán bộ, đoàn viên hưởng ứng và tham gia cuộc thi nói trên.\n", 20,
        [("directive", "Bí thư các chi đoàn", "đẩy mạnh công tác tu")]),
    # directives held out 35, d340: "…, ngoài thực hiện chuyên môn …" is no part of the
    # addressee, and a numbered line that is only a unit's name gives the paragraph below it
    # its unit
    "a_numbered_unit_line_over_its_paragraph": (
        "Giao ban tuần\n\nGiám đốc Vườn quốc gia đã kết luận và giao nhiệm vụ cho các phòng "
        "ban chuyên môn và đơn vị trực thuộc, ngoài thực hiện chuyên môn thường xuyên trong "
        "tuần 3, một số nhiệm vụ tiếp tục tập trung thực hiện như sau:\n\n1. Hạt kiểm lâm\n\n"
        "Xây dựng đề cương báo cáo về các hộ dân làm chuồng trâu; phúc tra công trình PCCCR "
        "2019-2020.\n", 20,
        [("directive", "Hạt kiểm lâm", "Xây dựng đề cương bá"),
         ("directive", "Hạt kiểm lâm", "phúc tra công trình ")]),
    # directives held out 35, d338: "công trình" is a noun inside an addressee's name, not
    # the verb "trình" ending it
    "a_works_in_an_addressees_name": (
        "Lấy nước\n\nTổng cục trưởng Tổng cục Thủy lợi yêu cầu Giám đốc Sở Nông nghiệp và "
        "Phát triển nông thôn các tỉnh, các Công ty TNHH MTV khai thác công trình thủy lợi tổ "
        "chức theo dõi chặt chẽ các thông tin liên quan đến nguồn nước.\n", 20,
        [("directive", "Sở Nông nghiệp và Phát triển nông thôn các tỉnh, các Công ty TNHH MTV "
          "khai thác công trình thủy lợi", "tổ chức theo dõi chặ")]),
    # directives held out 35, d342: a director general ("Tổng cục trưởng") is a person who
    # speaks; what he "đã yêu cầu" at the meeting is his request, not work done
    "a_director_generals_request_told_at_the_meeting": (
        "Làm việc tại Vườn\n\nPhát biểu chỉ đạo tại buổi làm việc, Tổng cục trưởng Nguyễn Quốc "
        "Trị đã yêu cầu cần tăng cường ứng dụng công nghệ trong mọi lĩnh vực; đẩy mạnh việc "
        "đa dạng hóa các sản phẩm du lịch.\n", 20,
        [("directive", None, "cần tăng cường ứng d"), ("directive", None, "đẩy mạnh việc đa dạn")]),
    # directives held out 33, d325: a letter that asks one unit only asks it again in a
    # later request that names no one
    "the_pages_one_addressee_asked_again": (
        "Cát trái phép\n\nUBND tỉnh có ý kiến: Giao UBND thành phố Lào Cai chỉ đạo tổ chức "
        "kiểm tra, xử lý các tổ chức, cá nhân khai thác cát trái phép trên địa bàn.\n\nUBND "
        "tỉnh Lào Cai yêu cầu khắc phục hậu quả do khai thác trái phép gây ra; kiểm điểm làm "
        "rõ trách nhiệm chính quyền cấp xã, đơn vị liên quan.\n", 20,
        [("directive", "UBND thành phố Lào Cai", "chỉ đạo tổ chức kiểm"),
         ("directive", "UBND thành phố Lào Cai", "khắc phục hậu quả do"),
         ("directive", "UBND thành phố Lào Cai", "kiểm điểm làm rõ trá")]),
    # running held out 35, r386: a known name written with two spaces in it is still the
    # name, and a district board's name ends with its "huyện"
    "a_known_name_with_two_spaces_and_its_district": (
        "Giao ban\n\nPhát biểu chỉ đạo tại hội nghị, đồng chí Phó chủ tịch UBND huyện đề nghị "
        "Ban quản lý dự án đầu tư  xây dựng huyện chủ động phối hợp với các cơ quan, đơn vị "
        "liên quan tăng cường công tác kiểm tra.\n", 20,
        [("directive", "Ban quản lý dự án đầu tư xây dựng huyện", "chủ động phối hợp vớ")]),
    # running held out 35, r380: stressing the importance of something asks nothing, and
    # what a meeting agreed to carry out is its promise
    "importance_stressed_and_work_agreed": (
        "Hội nghị\n\nTại hội nghị, đồng chí Chủ tịch UBND xã đã nhấn mạnh tầm quan trong của "
        "việc giữ gìn trật tự hành lang an toàn giao thông. Hội nghị đã thống nhất triển khai "
        "kế hoạch đồng loạt ra quân giải tỏa hành lang giao thông từ ngày 16/08/2025.\n", 20,
        [("commitment", None, "triển khai kế hoạch ")]),
    # running held out 35, r381: who reports the figures and as of when go before them, and
    # what a figure leaves out ("chưa bao gồm …") is no shortcoming
    "figures_by_their_source_and_what_they_leave_out": (
        "BHYT\n\nTheo BHXH huyện Cẩm Mỹ (tỉnh Đồng Nai), đến hết ngày 31/10, toàn huyện có "
        "109.396 người dân tham gia BHYT; tỷ lệ bao phủ BHYT đạt 78,50% (chưa bao gồm lực "
        "lượng vũ trang).\n", 20,
        [("action", None, "toàn huyện có 109.39"), ("action", None, "tỷ lệ bao phủ BHYT đ")]),
    # running held out 35, r383: a council's delegates who open their clause speak; those
    # named inside it ("… do Đoàn đại biểu Quốc hội và đại biểu HĐND tỉnh tổng hợp, đề nghị
    # …") do not
    "the_councils_delegates_ask": (
        "Tiếp xúc cử tri\n\nTheo đó, đại diện tổ đại biểu HĐND huyện yêu cầu lãnh đạo địa "
        "phương tăng cường công tác lãnh đạo, chỉ đạo. Đã phối hợp giải quyết 7/7 kiến nghị "
        "của cử tri do Đoàn đại biểu Quốc hội và đại biểu HĐND tỉnh tổng hợp, đề nghị giải "
        "quyết.\n", 20,
        [("directive", "lãnh đạo địa phương", "tăng cường công tác "),
         ("action", None, "Đã phối hợp giải quy")]),
    # directives held out 36, d352: a ministry that asks speaks ("Bộ Tài chính yêu cầu Tổng
    # cục Thuế …"), and "Công văn cũng nêu rõ, đối với …, thì <unit> …" asks on
    "a_ministry_asks_and_its_letter_also_says": (
        "Sắp xếp chi cục thuế\n\nBộ Tài chính yêu cầu Tổng cục Thuế khẩn trương triển khai thực "
        "hiện kế hoạch sắp xếp chi cục thuế.\n\nCông văn cũng nêu rõ, đối với các cục thuế đã "
        "hoàn thành việc xây dựng đề án, thì Tổng cục Thuế khẩn trương rà soát, thẩm định, báo "
        "cáo Bộ về đề án chính thức.\n", 20,
        [("directive", "Tổng cục Thuế", "khẩn trương triển kh"),
         ("directive", "Tổng cục Thuế", "đối với các cục thuế")]),
    # directives held out 33, d321: the headline again under a picture is no item, and a
    # minister who "chỉ đạo" a committee asks it
    "the_headline_again_is_a_caption": (
        "Bộ Công Thương chỉ đạo siết quản lý kinh doanh đa cấp\n\nBộ trưởng Bộ Công Thương chỉ "
        "đạo Ủy ban Cạnh tranh Quốc gia rà soát quy định pháp luật về kinh doanh đa cấp.\n\nBộ "
        "Công Thương chỉ đạo siết quản lý kinh doanh đa cấp.\n", 20,
        [("directive", "Ủy ban Cạnh tranh Quốc gia", "rà soát quy định phá")]),
    # directives held out 33, d321: a determiner alone ("Các điều chỉnh cần …") names no one;
    # the request goes on for whom it asked
    "a_determiner_alone_names_no_one": (
        "Đa cấp\n\nBộ trưởng Bộ Công Thương chỉ đạo Ủy ban Cạnh tranh Quốc gia rà soát quy định "
        "pháp luật về kinh doanh đa cấp. Các điều chỉnh cần hướng tới việc giám sát chặt chẽ "
        "hơn.\n", 20,
        [("directive", "Ủy ban Cạnh tranh Quốc gia", "rà soát quy định phá"),
         ("directive", "Ủy ban Cạnh tranh Quốc gia", "Các điều chỉnh cần h")]),
    # running held out 36, r393: results, then "vì thế … phấn đấu …" with no comma: what
    # comes next is a promise
    "results_then_therefore_a_promise": (
        "Hội nghị phụ huynh\n\nNăm học vừa qua nhà trường đạt trường chuẩn quốc gia mức độ 2 "
        "vì thế năm học 2022 - 2023 nhà trường cố gắng phấn đấu để giữ vững những thành tích "
        "đã đạt được.\n", 20,
        [("action", None, "Năm học vừa qua nhà "), ("commitment", None, "vì thế năm học 2022 ")]),
    # running held out 36, r398: a request word that ends its sentence ("… nếu người dân có
    # yêu cầu.") asks nothing; the promise before it stands
    "a_request_word_ending_the_sentence_asks_nothing": (
        "Lương hưu\n\nÔng Thành nói: “Tới đây chúng tôi sẽ phát lương hưu tận nhà theo giờ hẹn "
        "nếu người dân có yêu cầu.”\n", 20,
        [("commitment", None, "phát lương hưu tận n")]),
    # directives held out 36, d349: "cũng" after a unit's name is no part of it
    "also_ends_a_units_name": (
        "Đường thủy\n\nCục Đường thủy nội địa Việt Nam cũng được yêu cầu nghiêm túc rút kinh "
        "nghiệm trong chậm thực hiện kế hoạch bảo trì công trình.\n", 20,
        [("directive", "Cục Đường thủy nội địa Việt Nam", "nghiêm túc rút kinh ")]),
    # directives held out 37, d356: "giáo dục và đào tạo" is a name, not the verb "đào tạo"
    # ending it; a known name goes on with its place ("Sở GD&ĐT Hà Nội"), which speaks
    "an_education_office_by_its_name_and_place": (
        "Đường dây nóng\n\nSở GD&ĐT Hà Nội yêu cầu: Các phòng giáo dục và đào tạo phải công "
        "khai số máy điện thoại đường dây nóng.\n", 20,
        [("directive", "Các phòng giáo dục và đào tạo", "phải công khai số má")]),
    # directives held out 37, d353: a minister who "lưu ý đến một số nội dung" then names units
    # and what they must do asks them; the words before "cần" are no unit's name
    "the_matters_stressed_then_whom_they_ask": (
        "Giao ban\n\nBộ trưởng lưu ý đến một số nội dung các đơn vị chuyên môn cần chuẩn bị kỹ "
        "lưỡng để báo cáo Bộ Chính trị trong tháng 9.\n", 20,
        [("directive", "các đơn vị chuyên môn", "cần chuẩn bị kỹ lưỡn")]),
    # running held out 37, r400: a review word among the tasks an announcement lists ("đổi
    # mới kiểm tra đánh giá") makes no review of the announcement
    "a_review_word_among_the_listed_tasks": (
        "Hội nghị viên chức\n\nCũng tại Hội nghị, Thầy Nguyễn Tấn Dược đã trình bày Dự thảo kế "
        "hoạch năm học 2023 – 2024 của trường với những phương hướng, nhiệm vụ cụ thể như: "
        "Nâng cao chất lượng đội ngũ cán bộ quản lý; Đẩy mạnh chất lượng giáo dục toàn diện, "
        "đổi mới kiểm tra đánh giá.\n", 20,
        [("commitment", None, "Nâng cao chất lượng "), ("commitment", None, "Đẩy mạnh chất lượng "),
         ("commitment", None, "đổi mới kiểm tra đán")]),
    # directives held out 37, d354: a general director is a person who asks, and one asked
    "general_directors_asked": (
        "Cung cấp điện\n\nTổng giám đốc EVN yêu cầu Tổng giám đốc các Tổng công ty Điện lực, "
        "Tổng giám đốc EVNNPT phải tăng cường theo dõi, giám sát tình hình cung cấp điện hàng "
        "ngày.\n", 20,
        [("directive", "Tổng giám đốc các Tổng công ty Điện lực, Tổng giám đốc EVNNPT",
          "phải tăng cường theo")]),
    # directives held out 37, d354: "Sau đó <unit> <task>" in a list of requests asks the unit
    # it names, not the one asked before
    "then_another_unit_in_a_list_of_requests": (
        "Báo cáo sự cố\n\nTổng giám đốc EVN yêu cầu các tổng công ty gửi báo cáo bằng email về "
        "Ban Kỹ thuật – Sản xuất. Sau đó Ban Kỹ thuật – Sản xuất tổng hợp báo cáo Tổng giám đốc "
        "trước 9h hàng ngày.\n", 20,
        [("directive", "các tổng công ty", "gửi báo cáo bằng ema"),
         ("directive", "Ban Kỹ thuật – Sản xuất", "tổng hợp báo cáo Tổn")]),
    # directives held out 37, d355: units named by the work they do on a thing ("các đơn vị quản
    # lý, vận hành …") are one name; the letter a page tells of asks whom it was sent to in
    # the requests that name no one
    "units_by_their_work_and_the_letters_addressee": (
        "Vận hành hồ chứa\n\nCục Quản lý Tài nguyên nước vừa có văn bản gửi các đơn vị quản lý, "
        "vận hành hồ chứa về việc vận hành các hồ chứa.\n\nCục Quản lý tài nguyên nước đề nghị "
        "theo dõi chặt chẽ tình hình diễn biến khí tượng thủy văn.\n\nCục Quản lý Tài nguyên "
        "nước yêu cầu các đơn vị quản lý, vận hành hồ chứa thực hiện nghiêm túc việc cung cấp "
        "thông tin.\n", 20,
        [("action", None, "Cục Quản lý Tài nguy"),
         ("directive", "các đơn vị quản lý, vận hành hồ chứa", "theo dõi chặt chẽ tì"),
         ("directive", "các đơn vị quản lý, vận hành hồ chứa", "thực hiện nghiêm túc")]),
    # running held out 38, r411: a body that says it set its year's tasks, then lists them
    # after "; " (not a colon); a review named as the ground they are set on reviews nothing
    "tasks_set_then_listed_after_a_semicolon": (
        "Tổng kết\n\nTrên cơ sở đánh giá những kết quả đã làm được, những hạn chế cần khắc "
        "phục, Hội đã đề ra phương hướng, nhiệm vụ cụ thể của năm 2019; chuẩn bị các điều kiện "
        "để tổ chức Đại hội Hội nhà báo tỉnh khóa VI; nâng cao chất lượng bản tin và trang "
        "thông tin điện tử.\n", 20,
        [("commitment", None, "chuẩn bị các điều ki"), ("commitment", None, "nâng cao chất lượng ")]),
    # running held out 38, r413: what a body holds as its key task, with the forms its work
    # took, announces no tasks to come
    "regarded_as_a_key_task_announces_nothing": (
        "Tổng kết\n\nHội Sử học tỉnh coi việc truyền bá kiến thức lịch sử là nhiệm vụ trọng tâm, "
        "với nhiều hình thức phong phú như: tham gia các triển lãm lịch sử; mở tọa đàm lịch sử "
        "trên đài truyền hình.\n", 20, []),
    # directives held out 38, d358: a body by its capitals alone speaks ("TCCT yêu cầu …"),
    # and a role ending in "viên" goes on with the addressee ("đội ngũ báo cáo viên")
    "an_abbreviated_body_asks_and_a_role_in_the_addressee": (
        "Quán triệt\n\nTCCT yêu cầu các cơ quan thông tấn, báo chí, đội ngũ báo cáo viên trong "
        "toàn quân đẩy mạnh công tác thông tin, tuyên truyền.\n", 20,
        [("directive", "các cơ quan thông tấn, báo chí, đội ngũ báo cáo viên trong toàn quân",
          "đẩy mạnh công tác th")]),
    # directives held out 38, d361: a leader's "có ý kiến như sau:" opens a list of requests;
    # "theo thẩm quyền" stands between a unit and its task; a list of units opens a paragraph
    "a_leaders_opinion_as_follows_lists_requests": (
        "Dự án đầu tư\n\nPhó Thủ tướng Trần Lưu Quang có ý kiến như sau:\n\nBộ Kế hoạch và Đầu "
        "tư và các bộ, ngành liên quan theo thẩm quyền tiếp tục hướng dẫn các địa phương.\n\n"
        "Các bộ, ngành tiếp tục rà soát, tổng hợp khó khăn, vướng mắc liên quan đến các quy "
        "định của pháp luật đất đai.\n", 20,
        [("directive", "Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu t"),
         ("directive", "Các bộ, ngành", "Các bộ, ngành tiếp t")]),
    # directives held out 13, d125: a body that directs the units it names in the coming
    # period asks them; the sentences after go on with the request
    "directing_named_units_in_the_coming_period": (
        "Bảo vệ rừng\n\nTrong thời gian tới, UBND huyện chỉ đạo các phòng, ban chuyên môn, UBND "
        "các xã, thị trấn đôn đốc Nhân dân đẩy nhanh tiến độ chăm sóc cây trồng. Khẩn trương "
        "hoàn thiện hồ sơ thiết kế kỹ thuật, dự toán trồng rừng năm 2022.\n", 20,
        [("directive", "các phòng, ban chuyên môn, UBND các xã, thị trấn", "đôn đốc Nhân dân đẩy"),
         ("directive", "các phòng, ban chuyên môn, UBND các xã, thị trấn", "Khẩn trương hoàn thi")]),
    # directives held out 10, d88: a run of spaces inside a line, as pages copied from the web
    # write it, is read as one: the list of units ends before "thường  xuyên"
    "a_run_of_spaces_inside_a_line": (
        "Trực Tết\n\nUBND tỉnh yêu cầu:\n\nSở Y tế, Ban An toàn giao thông tỉnh thường  xuyên "
        "cập nhật tình hình, báo cáo Thường trực Tỉnh ủy.\n", 20,
        [("directive", "Sở Y tế, Ban An toàn giao thông tỉnh", "thường xuyên cập nhậ")]),
    # directives held out 39, d365: the Government speaks at its clause's start; "Nhiệm vụ
    # của <unit> là …" in a list of requests is the unit's task
    "the_government_asks_and_a_units_duty": (
        "Nghị quyết\n\nChính phủ yêu cầu Bộ NNPTNT tích cực triển khai Đề án tái cơ cấu nông "
        "nghiệp.\n\nNhiệm vụ của Bộ TNMT là chủ trì, phối hợp với Bộ GTVT khẩn trương rà soát "
        "nhu cầu thu hồi đất lúa.\n", 20,
        [("directive", "Bộ NNPTNT", "tích cực triển khai "),
         ("directive", "Bộ TNMT", "Nhiệm vụ của Bộ TNMT")]),
    # directives held out 39, d367: "Theo đó, <unit> cần …" says what the unit must; a passive
    # request asks its subject named as addressees are
    "then_a_unit_must_and_those_passively_asked": (
        "Giải bóng đá\n\nTheo đó, Công ty VPF cần tiếp tục tăng cường giám sát từng lượt trận."
        "\n\nBên cạnh đó, lãnh đạo và ban huấn luyện các câu lạc bộ được yêu cầu chú trọng công "
        "tác giáo dục cầu thủ.\n", 20,
        [("directive", "Công ty VPF", "cần tiếp tục tăng cư"),
         ("directive", "lãnh đạo và ban huấn luyện các câu lạc bộ", "chú trọng công tác g")]),
    # directives held out 40, d371: the chief justice is a person whose "đã yêu cầu" asks; a
    # ministry's or a court's department by its usual name heads a unit ("Vụ Tổ chức - Cán bộ")
    "a_chief_justice_asks_and_a_department": (
        "Tòa án\n\nChánh án Tòa án nhân dân tối cao đã yêu cầu thủ trưởng các đơn vị thuộc Tòa "
        "án nhân dân tối cao tiến hành việc thành lập các Tòa án chuyên biệt như sau:\n\n- Vụ Tổ "
        "chức - Cán bộ chủ trì, phối hợp với các đơn vị liên quan tổ chức triển khai thực "
        "hiện.\n", 20,
        [("directive", "Vụ Tổ chức - Cán bộ", "chủ trì, phối hợp vớ")]),
    # running held out 41, r440: a paragraph that looks back "từ năm 2013 đến nay, … đã …"
    # ends a list of requests, though it opens with "Thực hiện"; and "; tinh thần …", "; các
    # mô hình hay …" are more of what the job before reflects, no job of their own
    "looking_back_ends_requests_and_objects_go_on": (
        "Tin tức\n\nTheo đó, Sở Tư pháp đề nghị các sở, ban, ngành tiếp tục phối hợp cung cấp "
        "thông tin về hoạt động hưởng ứng Ngày Pháp luật; đồng thời xây dựng tin, bài phản ánh "
        "hoạt động thi hành pháp luật; tinh thần gương mẫu của cán bộ, đảng viên; các mô hình "
        "hay trong phổ biến, giáo dục pháp luật.\nThực hiện Luật Phổ biến, giáo dục pháp luật, "
        "từ năm 2013 đến nay, Ngày Pháp luật Việt Nam đã được các cơ quan, đơn vị và Nhân dân "
        "tích cực hưởng ứng.\n", 20,
        [("directive", "các sở, ban, ngành", "tiếp tục phối hợp cu"),
         ("directive", "các sở, ban, ngành", "đồng thời xây dựng t"),
         ("action", None, "Thực hiện Luật Phổ b")]),
    # directives held out 41, d378: "Song song đó, <units> …" after a request asks them on;
    # "… để chủ động phòng chống, ngăn chặn dịch bệnh" is one job (two verbs, one object)
    "in_parallel_units_asked_and_verbs_share_object": (
        "Tin tức\n\nTheo đó, Chủ tịch UBND tỉnh yêu cầu Sở Y tế, Ủy ban nhân dân các huyện triển "
        "khai thực hiện nghiêm túc Công văn số 6002/UBND-YT.\n\nSong song đó, Sở Y tế, Ủy ban "
        "nhân dân các huyện tổ chức các đoàn công tác đi kiểm tra công tác phòng chống dịch "
        "bệnh; tập trung các biện pháp để chủ động phòng chống, ngăn chặn dịch bệnh bạch "
        "hầu.\n", 20,
        [("directive", "Sở Y tế, UBND các huyện", "triển khai thực hiện"),
         ("directive", "Sở Y tế, UBND các huyện", "tổ chức các đoàn côn"),
         ("directive", "Sở Y tế, UBND các huyện", "tập trung các biện p")]),
    # directives held out 41, d377: a force named ("lực lượng Công an tỉnh …, nhất là lực
    # lượng Cảnh sát điều tra …") must do what the minister said; "3 nhiệm vụ trọng tâm … là:"
    # announces the list, no task of its own
    "a_force_must_and_its_tasks_announced": (
        "Tin tức\n\nBộ trưởng Bộ Công an đã phát biểu ý kiến chỉ đạo. Theo đó, lực lượng Công "
        "an tỉnh Bắc Giang, nhất là lực lượng Cảnh sát điều tra tội phạm về trật tự xã hội phải "
        "quán triệt sâu sắc các quan điểm của Bộ Công an về phòng ngừa tội phạm, thực hiện tốt "
        "3 nhiệm vụ trọng tâm "
        "đột phá trong năm 2013 là: đẩy mạnh các mặt công tác nghiệp vụ cơ bản; phát động "
        "mạnh mẽ phong trào toàn dân bảo vệ an ninh Tổ quốc.\n", 20,
        [("action", None, "Bộ trưởng Bộ Công an"),
         ("directive", "lực lượng Công an tỉnh Bắc Giang, nhất là lực lượng Cảnh sát điều tra "
          "tội phạm về trật tự xã hội", "phải quán triệt sâu "),
         ("directive", "lực lượng Công an tỉnh Bắc Giang, nhất là lực lượng Cảnh sát điều tra "
          "tội phạm về trật tự xã hội", "đẩy mạnh các mặt côn"),
         ("directive", "lực lượng Công an tỉnh Bắc Giang, nhất là lực lượng Cảnh sát điều tra "
          "tội phạm về trật tự xã hội", "phát động mạnh mẽ ph")]),
    # directives held out 10, d93: a force's name ends before its manner and the manner's
    # comma ("Lực lượng công an chủ động, tích cực phối hợp …")
    "a_force_named_before_its_manner_and_comma": (
        "Tin tức\n\nLãnh đạo Công an tỉnh cũng chỉ đạo các đơn vị tập trung đấu tranh, phản bác "
        "thông tin sai trái trên không gian mạng. Lực lượng công an chủ động, tích cực phối "
        "hợp, rà soát, quản lý chặt chẽ người nước ngoài nhập cảnh trái phép về tỉnh.\n", 20,
        [("directive", "các đơn vị", "tập trung đấu tranh,"),
         ("directive", "Lực lượng công an", "Lực lượng công an ch")]),
    # directives held out 41, d374: the organising committee by its capitals ("BTC Giải",
    # "BTC trận đấu") asks and is asked; a dash item "Đối với <whom>: <unit> <task>" gives
    # the task to the unit after the colon; "Lãnh đạo và Ban huấn luyện các CLB" keeps its
    # leaders (no "Lãnh đạo" stripped before "và")
    "organising_committee_for_whom_and_leaders": (
        "Tin tức\n\nBTC Giải đề nghị các CLB thực hiện một số điểm sau:\n\n– Đối với những CLB "
        "thi đấu sân nhà tại vòng 2: BTC trận đấu phối hợp với Giám sát trận đấu tiến hành Lễ "
        "khai mạc theo kịch bản hướng dẫn đã gửi.\n\n– Lãnh đạo và Ban huấn luyện các CLB tăng "
        "cường quán triệt, giáo dục cầu thủ.\n", 20,
        [("directive", "BTC trận đấu", "phối hợp với Giám sá"),
         ("directive", "Lãnh đạo và Ban huấn luyện các CLB", "tăng cường quán triệ")]),
    # directives held out 42, d384: past the site's tag "(Website quận 2) - ", a department
    # acts by a leader's order named at length ("Theo chỉ đạo của Phó Thủ tướng … tại Thông
    # báo số 200/TB-VPCP …, Sở Công Thương tiếp tục …"); "; theo đó:" announces the list, no
    # part of the task; an item that opens with the day it is due by asks on ("- Đến
    # 30/11/2015 phấn đấu …"), no promise of the page's own
    "by_a_leaders_order_then_due_items": (
        "Tin tức\n\n(Website quận 2) - Theo chỉ đạo của Phó Thủ tướng Hoàng Trung Hải tại Thông "
        "báo số 200/TB-VPCP ngày 16/6/2015 của Chính Phủ, Sở Công Thương tiếp tục vận động các "
        "đơn vị đầu mối đẩy nhanh tiến độ đầu tư, mở rộng mạng lưới cửa hàng bán xăng E5; theo "
        "đó:\n\n- Đến 30/9/2015 triển khai 171 (100%) cửa hàng xăng dầu tham gia phân phối xăng "
        "E5.\n\n- Đến 30/11/2015 phấn đấu 514 (100%) cửa hàng xăng dầu trên địa bàn thành phố "
        "tham gia phân phối xăng E5.\n", 20,
        [("directive", "Sở Công Thương", "tiếp tục vận động cá"),
         ("directive", "Sở Công Thương", "mở rộng mạng lưới cử"),
         ("directive", "Sở Công Thương", "Đến 30/9/2015 triển "),
         ("directive", "Sở Công Thương", "Đến 30/11/2015 phấn ")]),
    # directives held out 43, d386: a management board by its capitals ("BQL VQG …") asks
    "a_management_board_by_its_capitals_asks": (
        "Tin tức\n\nTheo đó, BQL VQG Phong Nha – Kẻ Bàng yêu cầu Hạt Kiểm lâm tiến hành cập "
        "nhật, khoanh vùng những đối tượng có biểu hiện xâm hại tài nguyên.\n", 20,
        [("directive", "Hạt Kiểm lâm", "tiến hành cập nhật, ")]),
    # directives held out 43, d385: what a letter "nêu rõ" units must do is asked of them
    "what_a_letter_says_units_must_do": (
        "Tin tức\n\nBộ Xây dựng đã có Công văn 2239 về công tác quản lý nhà.\n\nCông văn này nêu "
        "rõ các sở cần báo cáo kết quả triển khai thực hiện các chính sách về quản lý nhà "
        "ở.\n", 20,
        [("action", None, "Bộ Xây dựng đã có Cô"),
         ("directive", "các sở", "cần báo cáo kết quả ")]),
    # directives held out 44, d392: "Đội Quản lý trật tự xây dựng đô thị" is one name (the
    # construction order it keeps is no act), so the units it lists are those directed
    "a_team_named_by_the_order_it_keeps": (
        "Tin tức\n\nTheo đó, Sở Xây dựng đề nghị UBND các quận, huyện, thị xã chỉ đạo Đội Quản lý "
        "trật tự xây dựng đô thị, Phòng Quản lý đô thị, UBND các xã, phường, thị trấn tăng "
        "cường công tác quản lý trật tự xây dựng đô thị trên địa bàn.\n", 20,
        [("directive", "UBND các quận, huyện, thị xã", "chỉ đạo Đội Quản lý ")]),
    # directives held out 44, d390: boards numbered "1;2;3;4;85" are one list of names; a
    # corporation "đầu tư phát triển" names its line of business, no act
    "numbered_boards_and_a_corporations_line": (
        "Tin tức\n\nTổng cục ĐBVN yêu cầu Cục QLXD đường bộ, Ban QLDA 1;2;3;4;85, Ban QLDA ATGT "
        "báo cáo tình hình triển khai thi công, kế hoạch vốn.\n\nTổng cục ĐBVN đề nghị các Cục "
        "QLĐB; Tổng công ty đầu tư phát triển đường cao tốc Việt Nam thực hiện nghiêm các nhiệm "
        "vụ do Tổng cục ủy quyền.\n", 20,
        [("directive", "Cục QLXD đường bộ, Ban QLDA 1;2;3;4;85, Ban QLDA ATGT",
          "báo cáo tình hình tr"),
         ("directive", "các Cục QLĐB; Tổng công ty đầu tư phát triển đường cao tốc Việt Nam",
          "thực hiện nghiêm các")]),
    # directives held out 42, d382: the units asked, counted in words ("hai Hạt Kiểm lâm …")
    "units_asked_counted_in_words": (
        "Tin tức\n\nChi cục Kiểm lâm đề nghị hai Hạt Kiểm lâm TP Chí Linh và Kinh Môn chủ động "
        "thực hiện các biện pháp phòng cháy.\n", 20,
        [("directive", "hai Hạt Kiểm lâm TP Chí Linh và Kinh Môn", "chủ động thực hiện c")]),
    # running held out 44, r470: "…, tiến tới thành lập …" goes on to the next job
    "going_on_to_the_next_job": (
        "Tin tức\n\nNăm 2014, Bệnh viện sẽ xây dựng cơ sở vật chất, trang thiết bị, tạo nguồn "
        "nhân lực, tiến tới thành lập khoa Cận lâm sàng và khám chữa bệnh theo yêu cầu.\n", 20,
        [("commitment", "Bệnh viện", "xây dựng cơ sở vật c"),
         ("commitment", "Bệnh viện", "tiến tới thành lập k")]),
    # directive follow-up held out 3, p13: "Đồng thời, ủy quyền cho <unit> …" gives the work
    # to the unit it names, not to those asked before
    "authorising_a_unit_asks_it": (
        "Tin tức\n\nNgày 22/12, Chủ tịch UBND tỉnh Cà Mau yêu cầu các cơ quan, đơn vị khẩn "
        "trương giám định nguyên nhân sự cố. Đồng thời, ủy quyền cho Giám đốc Sở Giao thông "
        "vận tải thành lập Tổ điều tra sự cố công trình.\n", 20,
        [("directive", "các cơ quan, đơn vị", "khẩn trương giám địn"),
         ("directive", "Sở Giao thông vận tải", "thành lập Tổ điều tr")]),
    # directives held out 1, d02: "ứng phó" is an action, so a paragraph that opens with a
    # department and it carries the list of requests on
    "a_department_asked_to_respond": (
        "Tin tức\n\nChủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:"
        "\n\nSở Nông nghiệp - phát triển nông thôn chủ động ứng phó với thiên tai, hạn hán; tổ "
        "chức tốt công tác tiêm phòng gia súc.\n", 20,
        [("directive", "Sở Nông nghiệp và Phát triển nông thôn", "chủ động ứng phó với"),
         ("directive", "Sở Nông nghiệp và Phát triển nông thôn", "tổ chức tốt công tác")]),
    # running held out 10, r133 and 12, r158: a speaker's requests that name no one are for
    # the unit whose results the speaker praised (running.json praised)
    "requests_for_the_unit_praised": (
        "Tin tức\n\nPhát biểu tại hội nghị, Phó Chủ tịch UBND thành phố biểu dương những kết "
        "quả đạt được của xã Thuận An trong năm 2025.\n\nPhó Chủ tịch UBND thành phố chỉ đạo "
        "cần sớm xây dựng chuyên đề về tổ chức các hoạt động Tết.\n", 20,
        [("action", None, "Phát biểu tại hội ng"),
         ("directive", "xã Thuận An", "cần sớm xây dựng chu")]),
    # running held out 22, r259: "mong rằng <unit> …" asks it, as "mong muốn" does
    "hoping_that_a_unit_will": (
        "Tin tức\n\nÔng Đặng Thanh Xuân, Chủ tịch UBND xã biểu dương sự đóng góp của Hội Người "
        "cao tuổi trong thời gian qua, đồng thời mong rằng Hội sẽ tiếp tục vận động hội viên "
        "tích cực học tập; xây dựng Hội vững mạnh về mọi mặt.\n", 20,
        [("directive", "Hội", "sẽ tiếp tục vận động"),
         ("directive", "Hội", "xây dựng Hội vững mạ")]),
    # running held out 4, r78: "yêu cầu đến các cơ quan, đơn vị …" asks them
    "asking_to_the_units": (
        "Tin tức\n\nPhát biểu tại Hội nghị, đồng chí Bí thư Huyện ủy yêu cầu đến các cơ quan, "
        "đơn vị tập trung thực hiện các nhiệm vụ chính trị năm 2025 ngay từ đầu năm.\n", 20,
        [("directive", "các cơ quan, đơn vị", "tập trung thực hiện ")]),
    # directives held out 45, d398: a ministry named by its abbreviation speaks ("Bộ LĐTB&XH
    # yêu cầu các địa phương …")
    "a_ministry_by_its_abbreviation": (
        "Tin tức\n\nBộ LĐTB&XH yêu cầu các địa phương kịp thời phát hiện, ngăn chặn các hành "
        "vi xâm hại trẻ em.\n", 20,
        [("directive", "các địa phương", "kịp thời phát hiện, ")]),
    # running held out 34, r370 (and 38 more gold tasks of the running sets, 28 of the
    # directive sets): "…, đồng thời <job>" joins a job of its own, whatever its verb
    "a_job_joined_by_meanwhile": (
        "Tin tức\n\nThời gian tới, Hội Nông dân xã tiếp tục tuyên truyền, hướng dẫn và phát "
        "động bà con nông dân toàn xã tập trung diệt chuột, đồng thời phòng trừ sâu bệnh và "
        "chăm sóc cây trồng vụ Xuân 2020, góp phần đạt và vượt kế hoạch về diện tích, năng "
        "suất và sản lượng đề ra.\n", 20,
        [("commitment", "Hội Nông dân xã", "tiếp tục tuyên truyề"),
         ("commitment", "Hội Nông dân xã", "đồng thời phòng trừ ")]),
    # directives held out 34, d328: not after "nhằm …", whose aim it goes on with
    "meanwhile_inside_an_aim": (
        "Tin tức\n\nĐồng chí Chủ tịch đề nghị Đoàn Luật sư tỉnh thường xuyên tổ chức các hội "
        "nghị chuyên đề nhằm quy tụ, phát huy trí tuệ tập thể của luật sư thành viên, đồng "
        "thời tạo điều kiện cho những luật sư trẻ được tiếp cận cách giải quyết vụ việc.\n", 20,
        [("directive", "Đoàn Luật sư tỉnh", "thường xuyên tổ chức")]),
    # running held out 47, r501: "nhắc nhở <whom> cần …" asks (not "kiểm tra, nhắc nhở nhân
    # dân …", a task's own verb)
    "reminding_asks": (
        "Tin tức\n\nChủ tịch UBND huyện nhắc nhở các xã cần tăng cường kiểm tra việc chăm sóc "
        "lúa.\n\nChủ tịch UBND huyện yêu cầu Chủ tịch UBND các xã kiểm tra, nhắc nhở nhân dân "
        "thực hiện việc treo cờ Tổ quốc.\n", 20,
        [("directive", "các xã", "cần tăng cường kiểm "),
         ("directive", "Chủ tịch UBND các xã", "kiểm tra, nhắc nhở n")]),
    # directives held out 46, d402: a place asked by its bare name ("mong muốn Hòa Bình quan
    # tâm …"), not a capitalised opener ("nhấn mạnh: Để hoàn thành …")
    "a_place_asked_by_its_name": (
        "Tin tức\n\nTổng Bí thư mong muốn Hòa Bình quan tâm hơn nữa công tác giảm nghèo bền "
        "vững; đẩy mạnh cuộc vận động xây dựng nông thôn mới.\n", 20,
        [("directive", "Hòa Bình", "quan tâm hơn nữa côn"),
         ("directive", "Hòa Bình", "đẩy mạnh cuộc vận độ")]),
    # running held out 41, r441: "Về nhiệm vụ tháng 4, <unit> …" opens the tasks to come
    # (not "Nhiệm vụ tháng 11 tập trung …", whose task follows with no comma)
    "the_tasks_of_a_month_named": (
        "Tin tức\n\nChi bộ đã kết nạp 2 đảng viên mới. Về nhiệm vụ tháng 4, Chi bộ tập trung "
        "phát triển đảng viên trong các tổ chức hội.\n", 20,
        [("action", None, "Chi bộ đã kết nạp 2 "),
         ("commitment", "Chi bộ", "tập trung phát triển")]),
    # running held out 48, r513: planting more is an act, which ends the name of the one
    # asked ("trồng thêm", "trồng mới"; not "Tết trồng cây", an event)
    "planting_more_ends_the_name": (
        "Tin tức\n\nCùng với đó, lãnh đạo tỉnh Vĩnh Phúc yêu cầu Trường Tiểu học Kim Đồng "
        "trồng thêm cây xanh tại sân trường; xây dựng không gian đọc sách ngoài trời.\n", 20,
        [("directive", "Trường Tiểu học Kim Đồng", "trồng thêm cây xanh "),
         ("directive", "Trường Tiểu học Kim Đồng", "xây dựng không gian ")]),
    # directives held out 31, d298: dashed paragraphs that each open with a unit and its
    # job, none reported done, are the units' assignments (as numbered ones are), though
    # the request that led them is not on the page
    "dashed_units_and_their_jobs": (
        "Hưởng ứng cuộc thi viết\n\nThực hiện Công văn số 1153-CV/BTGTU của Ban Tuyên giáo "
        "Tỉnh ủy về việc hưởng ứng cuộc thi.\n\n- Các cơ sở giáo dục bậc tiểu học và trung "
        "học cơ sở tuyên truyền, hướng dẫn học sinh tham gia cuộc thi.\n\n- Đài Truyền "
        "thanh, Cổng thông tin điện tử huyện xây dựng kế hoạch đưa tin về cuộc thi.\n", 20,
        [("directive", "Các cơ sở giáo dục bậc tiểu học và trung học cơ sở",
          "tuyên truyền, hướng "),
         ("directive", "Đài Truyền thanh, Cổng thông tin điện tử huyện",
          "xây dựng kế hoạch đư")]),
    # … but not when they report the work done
    "dashed_units_and_their_work_done": (
        "Kết quả tháng 3\n\nTrong tháng, các đơn vị đã triển khai nhiều việc.\n\n- Các cơ sở "
        "giáo dục đã tuyên truyền, hướng dẫn học sinh tham gia cuộc thi.\n\n- Đài Truyền "
        "thanh huyện đã phát 20 tin bài về cuộc thi.\n", 20,
        [("action", None, "Trong tháng, các đơn"),
         ("action", None, "Các cơ sở giáo dục đ"),
         ("action", None, "Đài Truyền thanh huy")]),
    # running held out 10, r137 (the running gold starts a task after "trong đó" 17 times,
    # keeps it inside 2): "…, trong đó <job>" is a job of its own; not "trong đó tập trung
    # các …", the objects focused on, nor "trong đó cần …", what the thing before must hold
    "a_job_singled_out_by_among_which": (
        "Tin tức\n\nThời gian tới, UBND xã tiếp tục thực hiện đồng bộ nhiều giải pháp phát "
        "triển kinh tế - xã hội, trong đó tập trung chỉ đạo sản xuất vụ mùa theo kế hoạch của "
        "huyện.\n\nĐồng chí yêu cầu các xã tăng cường trang trí tuyên truyền trên đường phố, "
        "trong đó tập trung các tuyến đường chính.\n", 20,
        [("commitment", "UBND xã", "tiếp tục thực hiện đ"),
         ("commitment", "UBND xã", "trong đó tập trung c"),
         ("directive", "các xã", "tăng cường trang trí")]),
    # running held out 49, r523: "… thống nhất phương hướng, nhiệm vụ học kỳ II với trọng
    # tâm <tasks>": what "với trọng tâm" opens is the list of tasks
    "tasks_after_with_the_focus_on": (
        "Tin tức\n\nTrên cơ sở những kết quả đã đạt được, hội nghị thống nhất phương hướng, "
        "nhiệm vụ học kỳ II với trọng tâm tiếp tục nâng cao chất lượng giáo dục, đổi mới "
        "phương pháp tổ chức các hoạt động cho trẻ, đảm bảo an toàn trường học.\n", 20,
        [("commitment", None, "tiếp tục nâng cao ch"),
         ("commitment", None, "đổi mới phương pháp "),
         ("commitment", None, "đảm bảo an toàn trườ")]),
    # running held out 49, r522: a shortcoming before what comes next is no result ("Tuy
    # nhiên việc phát triển … chưa đạt, …, vì vậy để phấn đấu …, BHXH huyện đã giao …")
    "a_shortcoming_before_what_comes_next": (
        "Tin tức\n\nTuy nhiên việc phát triển đối tượng tham gia BHXH tự nguyện chưa đạt, các "
        "đại lý thu chưa quan tâm đến công tác phát triển đối tượng trên mà chỉ tập trung khai "
        "thác đối tượng BHYT, vì vậy để phấn đấu đạt chỉ tiêu về phát triển đối tượng tham gia "
        "BHXH tự nguyện, BHXH huyện đã giao chỉ tiêu phấn đấu đến cuối năm 2018, mỗi đại lý "
        "vận động ít nhất một người tham gia.\n", 20,
        [("commitment", None, "vì vậy để phấn đấu đ")]),
    # directives held out 48, d421: a word that stresses, joined by "và" to one that asks,
    # leaves the asking to it; two requests that each ask keep their own addressees
    "stressing_then_assigning": (
        "Tin tức\n\nĐồng chí nhấn mạnh một số nội dung chủ yếu và giao nhiệm vụ cho Ban chấp "
        "hành Công đoàn công ty: Làm tốt công tác tuyên truyền, giáo dục pháp luật cho người "
        "lao động; giám sát việc thực hiện quy chế dân chủ ở cơ sở.\n", 20,
        [("directive", "Ban chấp hành Công đoàn công ty", "Làm tốt công tác tuy"),
         ("directive", "Ban chấp hành Công đoàn công ty", "giám sát việc thực h")]),
    "a_short_promised_job_before_a_comma_stands_alone_a_short_request_does_not": (
        "Tin tức\n\nThời gian tới, xã tiếp tục tăng thu ngân sách, giữ vững an ninh trật tự, "
        "tham gia tốt các hoạt động văn hóa của huyện. Chủ tịch UBND huyện yêu cầu các xã tăng "
        "cường tuần tra, xây dựng kế hoạch trực gác đảm bảo an toàn.\n", 20,
        [("commitment", None, "xã tiếp tục tăng thu"), ("commitment", None, "giữ vững an ninh trậ"),
         ("commitment", None, "tham gia tốt các hoạ"),
         ("directive", "các xã", "tăng cường tuần tra,")]),
    "a_list_numbered_in_brackets_line_by_line_goes_on": (
        "Tin tức\n\nTrung tâm sẽ triển khai 08 nhiệm vụ trọng tâm sau đây:\n(1) Thực hiện hiệu "
        "quả chương trình, đổi mới và nâng cao chất lượng giáo dục;\n(2) Nâng cao chất lượng, "
        "chuẩn hóa đội ngũ giáo viên;\na) Bảo đảm an toàn trường học.\n", 20,
        [("commitment", None, "Thực hiện hiệu quả c"),
         ("commitment", None, "Nâng cao chất lượng,"),
         ("commitment", None, "Bảo đảm an toàn trườ")]),
    "a_leader_asking_after_a_time_lead_asks_and_a_source_line_is_no_part": (
        "Tin tức\n\nNhư vậy, hội nghị đã hoàn thành toàn bộ nội dung chương trình. Trước khi "
        "kết thúc hội nghị, Chủ tịch Tổng LĐLĐVN Đặng Ngọc Tùng yêu cầu các đồng chí Ủy viên "
        "Đoàn Chủ tịch bám sát để nắm chắc tình hình địa bàn, chỉ đạo kịp thời các cấp công "
        "đoàn động viên người lao động\nTheo http://laodong.com.vn/\n", 20,
        [("action", None, "Như vậy, hội nghị đã"),
         ("directive", "các đồng chí Ủy viên Đoàn Chủ tịch", "bám sát để nắm chắc "),
         ("directive", "các đồng chí Ủy viên Đoàn Chủ tịch", "chỉ đạo kịp thời các")]),
    "what_members_agreed_to_do_is_their_promise_what_they_agreed_on_the_spot_is_done": (
        "Tin tức\n\nTại Hội nghị, các trường thành viên đã thống nhất một số nội dung như: Tổ "
        "chức các phong trào thi đua thiết thực, hiệu quả; tham gia đầy đủ các hội nghị của "
        "Khối.\n\nCác đơn vị trong Khối cùng thống nhất quyết tâm giữ vững truyền thống đoàn "
        "kết.\n\nChi đoàn thống nhất biểu quyết để bầu đồng chí Nguyễn Mạnh Hùng giữ chức vụ ủy viên.\n",
        20, [("commitment", None, "Tổ chức các phong tr"),
             ("commitment", None, "tham gia đầy đủ các "),
             ("commitment", None, "giữ vững truyền thốn")]),
    "a_resolve_after_work_done_promises_the_list_it_opens": (
        "Tin tức\n\nTại Hội nghị, các đơn vị đã tập trung thảo luận, chia sẻ những kinh nghiệm; "
        "ký giao ước thi đua, quyết tâm phấn đấu đạt kết quả tốt hơn trong năm 2024 với trọng "
        "tâm là tiếp tục phát động sâu rộng phong trào thi đua; xây dựng nông thôn mới kiểu "
        "mẫu.\n", 20,
        [("action", None, "Tại Hội nghị, các đơ"), ("action", None, "ký giao ước thi đua"),
         ("commitment", None, "tiếp tục phát động s"),
         ("commitment", None, "xây dựng nông thôn m")]),
    "a_group_of_measures_named_is_no_task": (
        "Tin tức\n\nNăm học tới, nhà trường sẽ thực hiện các giải pháp gồm: Giải pháp về tuyển "
        "sinh và đào tạo; Giải pháp về nâng cao năng lực của cán bộ quản lý, giảng viên; Tiếp "
        "tục đầu tư tăng cường cơ sở vật chất cho các khoa.\n", 20,
        [("commitment", None, "Tiếp tục đầu tư tăng")]),
    "what_named_units_must_do_after_cu_the_is_asked_of_them": (
        "Tin tức\n\nChỉ thị nêu rõ địa phương này sẽ tổ chức chiến dịch xử lý vi phạm Luật Đất "
        "đai.\n\nCụ thể: Đảng ủy các xã, thị trấn phải tập trung lãnh đạo chỉ đạo, quán triệt đến "
        "cán bộ, Đảng viên và nhân dân; phân công lực lượng thực hiện tuần tra.\n", 20,
        [("commitment", None, "tổ chức chiến dịch x"),
         ("directive", "Đảng ủy các xã, thị trấn", "phải tập trung lãnh "),
         ("directive", "Đảng ủy các xã, thị trấn", "phân công lực lượng ")]),
    "a_forecast_promised_as_a_job_is_no_weather": (
        "Tin tức\n\nChi cục BVTV sẽ tăng cường công tác điều tra, theo dõi diễn biến của sâu "
        "cuốn lá nhỏ trên đồng ruộng, đồng thời dự báo chính xác.\n\nTheo dự báo, đợt không "
        "khí lạnh sẽ tiếp tục ảnh hưởng đến các tỉnh phía Bắc.\n", 20,
        [("commitment", "Chi cục BVTV", "tăng cường công tác "),
         ("commitment", "Chi cục BVTV", "đồng thời dự báo chí")]),
    "what_a_meeting_did_with_texts_and_views_is_no_result": (
        "Tin tức\n\nTrong đó, Hội đồng trường đã thông qua kế hoạch hoạt động năm 2024. Ngoài "
        "ra, Hội nghị cũng đã lắng nghe các ý kiến đóng góp về mục tiêu, nhiệm vụ của nhà "
        "trường. Năm qua, nhà trường đã tuyển sinh được 1.200 sinh viên.\n", 20,
        [("action", None, "Năm qua, nhà trường ")]),
    "the_new_school_year_opens_the_tasks": (
        "Tin tức\n\nNăm học mới 2023-2024, Trung tâm GDTX Số 2 tiếp tục thực hiện Nghị quyết "
        "Đại hội đại biểu các cấp.\n", 20,
        [("commitment", "Trung tâm GDTX Số 2", "tiếp tục thực hiện N")]),
    "a_district_written_h_dot_speaks_in_one_sentence": (
        "Tin tức\n\nTheo đó, UBND H. Chư Prông yêu cầu UBND các xã tăng cường tuần tra, đẩy "
        "đuổi voi rừng; tăng cường tuyên truyền người dân không ngủ qua đêm trên nương rẫy.\n", 20,
        [("directive", "UBND các xã", "tăng cường tuần tra,"),
         ("directive", "UBND các xã", "tăng cường tuyên tru")]),
    "a_promised_list_goes_on_dash_by_dash_whatever_each_opens_with": (
        "SAWACO tổ chức Hội nghị Tổng kết năm 2017\nNăm 2018, Công ty sẽ tập trung vào những "
        "nhiệm vụ chủ yếu:\n- Ổn định, mở rộng công suất cấp nước các nhà máy nước.\n- Điều "
        "chỉnh Quy hoạch cấp nước thành phố đến năm 2030.\n", 20,
        [("commitment", None, "Ổn định, mở rộng côn"),
         ("commitment", None, "Điều chỉnh Quy hoạch")]),
    "a_caption_inside_a_list_ended_by_a_semicolon_is_no_item": (
        "Tin tức\n\nCác đơn vị trong Khối cùng thống nhất quyết tâm giữ vững truyền thống đoàn "
        "kết, phấn đấu hoàn thành tốt nhiệm vụ đào tạo;\nCác đại biểu chụp ảnh lưu niệm\n", 20,
        [("commitment", None, "giữ vững truyền thốn"),
         ("commitment", None, "phấn đấu hoàn thành ")]),
    "cung_nhu_joins_two_jobs_and_opens_no_list": (
        "Bên cạnh đó, Tổng giám đốc yêu cầu các đơn vị chú trọng hơn nữa công tác an toàn vệ "
        "sinh lao động, tập trung đẩy nhanh tiến độ thi công cũng như đảm bảo chất lượng công "
        "trình./.\n", 20,
        [("directive", "các đơn vị", "chú trọng hơn nữa cô"),
         ("directive", "các đơn vị", "tập trung đẩy nhanh ")]),
    "a_head_teacher_is_a_speaker": (
        "Hiệu trưởng chỉ đạo Trưởng các phòng ban, bộ phận chức năng tập trung xử lý và hoàn "
        "thành các nhiệm vụ theo đúng hạn định.\n", 20,
        [("directive", "Trưởng các phòng ban, bộ phận chức năng", "tập trung xử lý và h")]),
    "a_unit_that_sends_out_word_is_asked_on_in_the_next_paragraph": (
        "Ban Chỉ huy tỉnh đề nghị Bộ Chỉ huy Bộ đội biên phòng tỉnh theo dõi, tăng cường quan "
        "sát.\n\nSở Giao thông vận tải phát thông tin tìm kiếm cứu nạn để các tàu biết.\n", 20,
        [("directive", "Bộ Chỉ huy Bộ đội biên phòng tỉnh", "theo dõi, tăng cường"),
         ("directive", "Sở Giao thông vận tải", "phát thông tin tìm k")]),
    "the_tasks_a_unit_must_carry_out_name_no_one_and_a_collective_is_asked": (
        "Phó Tổng cục trưởng đã biểu dương những kết quả mà Trung tâm đã đạt được, đồng thời "
        "nhấn mạnh những nhiệm vụ mà Trung tâm cần phải triển khai thực hiện 6 tháng cuối năm "
        "2017, trong đó, yêu cầu tập thể lãnh đạo Trung tâm tiếp tục phát huy tinh thần đoàn "
        "kết.\n", 20,
        [("directive", None, "những nhiệm vụ mà Tr"),
         ("directive", "tập thể lãnh đạo Trung tâm", "tiếp tục phát huy ti")]),
    "the_tasks_given_close_a_job": (
        "Phó Chủ tịch mong muốn thời gian tới tập thể Đài Truyền thanh huyện luôn phấn đấu "
        "hoàn thành tốt nhiệm vụ được giao, tiếp tục cải tiến nội dung, chương trình.\n", 20,
        [("directive", "tập thể Đài Truyền thanh huyện", "luôn phấn đấu hoàn t"),
         ("directive", "tập thể Đài Truyền thanh huyện", "tiếp tục cải tiến nộ")]),
    "a_leader_who_assigns_before_a_colon_asks_the_units_below": (
        "Ủy ban nhân dân huyện dự kiến tổ chức Lễ đón nhận Bằng công nhận Di tích vào ngày "
        "22/4/2021. Để đảm bảo các điều kiện tổ chức thành công buổi Lễ, Chủ tịch UBND huyện "
        "giao:\n\n1. Giao Phòng Văn hóa và Thông tin huyện\n\n- Tham mưu xây dựng Giấy mời của "
        "UBND huyện;\n", 20,
        [("commitment", "UBND huyện", "Ủy ban nhân dân huyệ"),
         ("directive", "Phòng Văn hóa và Thông tin huyện", "Tham mưu xây dựng Gi")]),
    "a_sanction_is_no_task_and_a_business_is_named_by_its_trades": (
        "Đồng thời, yêu cầu các cơ sở kinh doanh, sử dụng thuốc trên toàn tỉnh khẩn trương thu "
        "hồi lô thuốc bị đình chỉ lưu hành nêu trên (nếu có). Sau đợt thu hồi, đơn vị, cá nhân "
        "nào còn vi phạm sẽ bị xử lý theo quy định hiện hành.\n\nSở Y tế giao Trung tâm Kiểm "
        "nghiệm Thanh Hóa trực tiếp kiểm tra, giám sát việc thu hồi thuốc nêu trên.\n", 20,
        [("directive", "các cơ sở kinh doanh, sử dụng thuốc",
          "khẩn trương thu hồi "),
         ("directive", "Trung tâm Kiểm nghiệm Thanh Hóa", "trực tiếp kiểm tra, ")]),
    "the_acts_a_viec_names_go_on_over_their_commas": (
        "Sở Y tế đề nghị các đơn vị xây dựng kế hoạch cụ thể trong việc dự trù, ký hợp đồng, "
        "mua sắm để đảm bảo kịp thời có đủ vắc xin phòng dại. UBND huyện yêu cầu các xã giải "
        "quyết dứt điểm các nội dung giao việc còn tồn tại, kịp thời báo cáo khó khăn, vướng "
        "mắc trong quá trình thực hiện.\n", 20,
        [("directive", "các đơn vị", "xây dựng kế hoạch cụ"),
         ("directive", "các xã", "giải quyết dứt điểm "),
         ("directive", "các xã", "kịp thời báo cáo khó")]),
    "a_condition_stays_with_its_task_and_a_fire_command_is_one_name": (
        "Chi cục Kiểm lâm đề nghị Ban Chỉ huy các vấn đề cấp bách về bảo vệ rừng và phòng "
        "cháy, chữa cháy rừng cấp huyện triển khai ngay các biện pháp phòng cháy, chữa cháy "
        "rừng theo phương châm 4 tại chỗ. Khi phát hiện có xảy ra cháy rừng, tổ chức lực lượng "
        "chữa cháy kịp thời, kiên quyết không để xảy ra cháy lớn.\n", 20,
        [("directive", FIRE_COMMAND, "triển khai ngay các "),
         ("directive", FIRE_COMMAND, "Khi phát hiện có xảy")]),
    "a_level_named_before_a_comma_leaves_the_unit_that_acts": (
        "UBND tỉnh yêu cầu các đơn vị thực hiện các nội dung sau:\n\nĐối với cấp tỉnh, Tỉnh "
        "Đoàn phối hợp với Sở Lao động, Thương binh và Xã hội tham mưu tổ chức Lễ khai mạc hè "
        "năm 2024.\n\nĐối với cấp huyện, Huyện Đoàn phối hợp với Phòng Văn hóa tổ chức Lễ phát "
        "động.\n", 20,
        [("directive", "Tỉnh Đoàn", "phối hợp với Sở Lao "),
         ("directive", "Huyện Đoàn", "phối hợp với Phòng V")]),
    "whoever_asks_a_unit_of_the_registry_what_it_should_do_asks": (
        "Một số hộ kinh doanh karaoke còn gây mất trật tự đề nghị Công An phường nên tăng "
        "cường kiểm tra, chấn chỉnh kịp thời.\n\nUBND xã giao Trung tâm học tập cộng đồng phối "
        "hợp tốt với các ấp bổ sung, hoàn chỉnh hồ sơ để giao cho đơn vị nhận quân; Công An, "
        "Quân sự và Tư pháp phối hợp chặt chẽ trong việc xử lý các trường hợp chống khám.\n",
        20,
        [("directive", "Công An phường", "nên tăng cường kiểm "),
         ("directive", "Trung tâm học tập cộng đồng", "phối hợp tốt với các"),
         ("directive", "Công An, Quân sự và Tư pháp", "phối hợp chặt chẽ tr")]),
    "a_request_turned_to_after_work_done_asks_and_the_work_stays_done": (
        "Năm 2016 Công An phường đã tích cực triển khai phong trào, tổ chức tuần tra canh gác "
        "nghiêm minh, song đề nghị cán bộ Công An đứng điểm khu vực cần thường xuyên phối hợp "
        "với ban dân chính Đảng các khối phố.\n", 20,
        # (two jobs done, each with its object, are two results: nlp/running.py
        # _two_jobs_done)
        [("action", None, "Năm 2016 Công An phư"), ("action", None, "tổ chức tuần tra can"),
         ("directive", "cán bộ Công An đứng điểm khu vực", "cần thường xuyên phố")]),
    "the_documents_acted_on_are_no_item_and_an_aims_list_is_no_results": (
        "Căn cứ Quyết định số 6193/QĐ-BYT ngày 15/10/2018 của Bộ Y tế về kế hoạch triển khai "
        "Chiến dịch tiêm vắc xin.\nTổng điều tra dân số năm 2019 đã được thực hiện trên cả nước "
        "nhằm thu thập các thông tin cơ bản về dân số; phân tích, dự báo tình hình phát triển "
        "dân số; phục vụ đánh giá kết quả thực hiện các kế hoạch.\n", 20,
        [("action", None, "Tổng điều tra dân số")]),
    "a_caption_kept_as_one_table_cell_is_furniture": (
        "Phó Giám đốc Công an tỉnh đề nghị Phòng Cảnh sát giao thông tăng cường kiểm tra, đôn "
        "đốc việc thực hiện nhiệm vụ của cán bộ.\n\nLực lượng Cảnh sát giao thông tuần tra, đảm "
        "bảo công tác trật tự an toàn giao thông. |\n\nNăm 2019, lực lượng Cảnh sát giao thông "
        "đã triển khai quyết liệt nhiều giải pháp bảo đảm trật tự an toàn giao thông.\n", 20,
        [("directive", "Phòng Cảnh sát giao thông", "tăng cường kiểm tra,"),
         ("action", None, "Năm 2019, lực lượng ")]),
    "the_level_proposed_asks_no_one": (
        "Sở Giáo dục và Đào tạo cũng đã chỉ đạo Hiệu trưởng trường THPT Nguyễn Huệ căn cứ vào "
        "mức đề nghị xử lý kỷ luật để lập thủ tục chấm dứt hợp đồng lao động đối với giáo viên "
        "theo Bộ Luật lao động.\n", 20,
        [("action", None, "Sở Giáo dục và Đào t")]),
    "a_branch_heads_a_name": (
        "Tại buổi làm việc, các thành viên đoàn giám sát đề nghị Chi nhánh ngân hàng nhà nước "
        "tỉnh làm rõ thêm kết quả công tác thanh tra, kiểm tra đối với các tổ chức tín dụng "
        "trên địa bàn.\n", 20,
        [("directive", "Chi nhánh ngân hàng nhà nước tỉnh", "làm rõ thêm kết quả ")]),
    "chairing_a_briefing_on_documents_is_the_meeting_itself": (
        "Sáng ngày 6/12, Phó Chủ tịch UBND tỉnh Huỳnh Thị Hằng, Trưởng Ban chỉ đạo Tổng điều "
        "tra dân số và nhà ở tỉnh chủ trì buổi quán triệt các văn bản chỉ đạo công tác này năm "
        "2019.\n", 20, []),
    "an_ellipsis_glued_to_the_next_sentence_ends_it": (
        "Tiêu đề trang\n\nTrong 6 tháng đầu năm xã đã thực hiện vượt nhiều chỉ tiêu; tình hình "
        "an ninh trật tự ổn định….Bên cạnh đó còn một số chỉ tiêu đạt thấp so với kế hoạch.\n",
        20,
        [("action", None, "Trong 6 tháng đầu nă"), ("action", None, "tình hình an ninh tr")]),
    "what_will_be_done_after_the_shortcomings_is_promised": (
        "Tiêu đề trang\n\nTại kỳ họp, HĐND xã đã dành nhiều thời gian thảo luận, chỉ ra những "
        "tồn tại hạn chế và các giải pháp trong những tháng còn lại, theo đó trong 6 tháng cuối "
        "năm 2017 xã Vi Hương sẽ tập trung chỉ đạo hoàn thành các chỉ tiêu sản xuất vụ mùa, gieo "
        "trồng cây màu vụ đông, hoàn thành chỉ tiêu thu ngân sách.\n", 20,
        [("commitment", None, "tập trung chỉ đạo ho"), ("commitment", None, "gieo trồng cây màu v"),
         ("commitment", None, "hoàn thành chỉ tiêu ")]),
    "the_coming_period_with_no_comma_before_its_unit": (
        "Tiêu đề trang\n\nNhằm thực hiện tốt phương án củng cố, nâng cao chất lượng tín dụng "
        "chính sách trên địa bàn xã, trong thời gian tới Uỷ ban nhân dân xã củng cố kiện toàn tổ "
        "thu hồi nợ, thực hiện các giải pháp nâng cao chất lượng hoạt động tín dụng.\n", 20,
        [("commitment", "UBND xã", "củng cố kiện toàn tổ"),
         ("commitment", "UBND xã", "thực hiện các giải p")]),
    "targets_set_after_the_causes_analysed": (
        "Tiêu đề trang\n\nTrên cơ sở phân tích nguyên nhân những tồn tại, ngành văn hóa đề ra "
        "mục tiêu đến năm 2015 có 50% xã có trung tâm văn hóa thể thao.\n", 20,
        [("commitment", None, "đến năm 2015 có 50% ")]),
    "the_subject_after_a_longer_topic_promises": (
        "Tiêu đề trang\n\nVì vậy, song song với các nhiệm vụ cụ thể cho các lĩnh vực văn hóa - "
        "gia đình, TDTT và các hoạt động khác, điểm nhấn các hoạt động của ngành năm 2013 sẽ tập "
        "trung vào việc nâng cấp các sản phẩm du lịch hiện có.\n", 20,
        [("commitment", None, "tập trung vào việc n")]),
    "an_act_before_the_last_comma_is_no_topic": (
        "Tiêu đề trang\n\nSở GTVT là cơ quan được UBND tỉnh ủy quyền thành lập Tổ điều tra sự "
        "cố công trình, Tổ này sẽ tiếp nhận, xử lý theo đúng trình tự thủ tục được quy định.\n",
        20, [("commitment", "Sở Giao thông vận tải", "Sở GTVT là cơ quan đ")]),
    "not_assigning_asks_no_one_and_the_organising_board_is_a_name": (
        "Tiêu đề trang\n\nCục Văn hóa cơ sở đề nghị Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh "
        "Phúc triển khai thực hiện một số nội dung sau:\n\nTiến hành kiểm tra, rà soát công tác "
        "tổ chức Lễ hội Chọi trâu xã Hải Lựu; không giao cho các doanh nghiệp, cá nhân tổ chức "
        "chọi trâu.\n\nYêu cầu Ban tổ chức không bán vé, thu tiền tham dự lễ hội.\n", 20,
        [("directive", "Sở Văn hóa, Thể thao và Du lịch", "Tiến hành kiểm tra, "),
         ("directive", "Sở Văn hóa, Thể thao và Du lịch", "không giao cho các d"),
         ("directive", "Ban tổ chức", "không bán vé, thu ti")]),
    "a_paragraph_ending_on_its_photo_credit_is_a_caption": (
        "Tiêu đề trang\n\nNgày 21/2, Cục Văn hóa cơ sở yêu cầu Sở VHTTDL Vĩnh Phúc tăng cường "
        "giám sát công tác tổ chức lễ hội.\n\nBộ VHTTDL yêu cầu Sở VHTTDL Vĩnh Phúc kiểm tra, rà "
        "soát công tác tổ chức lễ hội (ảnh Vĩnh Phúc TV)\n", 20,
        [("directive", "Sở VHTTDL Vĩnh Phúc", "tăng cường giám sát ")]),
    "the_lead_told_again_with_other_commas_is_one_item": (
        "Tiêu đề trang\n\nCục Văn hóa cơ sở yêu cầu Sở VHTTDL tăng cường giám sát Lễ hội Chọi "
        "trâu xã Hải Lựu huyện Sông Lô.\n\nNgày 21/2, Cục Văn hóa cơ sở yêu cầu Sở VHTTDL tăng "
        "cường giám sát Lễ hội Chọi trâu xã Hải Lựu, huyện Sông Lô.\n", 20,
        [("directive", "Sở Văn hóa, Thể thao và Du lịch", "tăng cường giám sát ")]),
    "a_chief_inspector_is_asked_and_a_condition_is_no_part_of_who_must": (
        "Tiêu đề trang\n\nUBND tỉnh yêu cầu Chánh Thanh tra tỉnh chỉ đạo kiểm tra các cơ sở. "
        "Trường hợp công ty này vẫn cố tình hoạt động, công an địa phương phải báo cáo Công an "
        "tỉnh để xử lý theo thẩm quyền.\n", 20,
        [("directive", "Chánh Thanh tra tỉnh", "chỉ đạo kiểm tra các"),
         ("directive", "công an địa phương", "phải báo cáo Công an")]),
    "each_unit_must_and_a_school_level_ends_no_name": (
        "Ban Thường vụ Đoàn trường thông báo đến các cơ sở Đoàn như sau:\n– Mỗi chi Đoàn sinh "
        "viên năm thứ I bắt buộc có ít nhất 1 đội tuyển tham gia hội thi.\n– Mỗi CLB, đội, nhóm "
        "cấp trường tối thiểu tham gia 1 đội, đại diện cho đơn vị.\n", 20,
        [("directive", "Mỗi chi Đoàn sinh viên năm thứ I", "bắt buộc có ít nhất "),
         ("directive", "Mỗi CLB, đội, nhóm cấp trường", "tối thiểu tham gia 1")]),
    "a_case_before_a_bare_request_is_no_unit": (
        "Sở Công Thương đề nghị các doanh nghiệp kinh doanh xăng dầu thực hiện một số nội dung "
        "sau:\n1. Chủ động khai thác nguồn cung ứng xăng dầu. Trường hợp bị gián đoạn nguồn cung "
        "do các thương nhân cung cấp, đề nghị phản ánh về Sở Công Thương để báo cáo Bộ Công "
        "Thương xử lý.\n", 20,
        [("directive", "các doanh nghiệp kinh doanh xăng dầu", "Chủ động khai thác n"),
         ("directive", "các doanh nghiệp kinh doanh xăng dầu", "phản ánh về Sở Công ")]),
    "giving_a_unit_its_duties_asks_it": (
        "Tiêu đề trang\n\nÔng Nguyễn Văn Húy giao nhiệm vụ Phòng Giao dịch Ngân hàng CSXH huyện "
        "tham mưu tổ chức tuần lễ gửi tiết kiệm vì người nghèo; tăng cường công tác xử lý nợ quá "
        "hạn.\n\nHọp triển khai thực hiện và giao nhiệm vụ để quản lý tốt, không để xảy ra "
        "trường hợp xây dựng không phép.\n", 20,
        [("directive", "Phòng Giao dịch Ngân hàng CSXH huyện", "tham mưu tổ chức tuầ"),
         ("directive", "Phòng Giao dịch Ngân hàng CSXH huyện", "tăng cường công tác "),
         ("action", None, "Họp triển khai thực ")]),
    "the_targets_of_a_stage_are_what_its_unit_does": (
        "Tiêu đề trang\n\nMục tiêu giai đoạn 2012-2015, Trường Chính trị tỉnh tiếp tục đổi mới "
        "và nâng cao chất lượng giảng dạy và học tập.\n\nBan quản lý đã đưa ra chỉ tiêu cho năm "
        "2017: trồng rừng mới 156 ha, trồng cây phân tán 25.000 cây.\n", 20,
        [("commitment", "Trường Chính trị tỉnh", "tiếp tục đổi mới và "),
         ("commitment", None, "trồng rừng mới 156 h"), ("commitment", None, "trồng cây phân tán 2")]),
    "the_contractor_is_asked_and_the_speaker_acting_again_asks_no_one": (
        "Tiêu đề trang\n\nQua kiểm tra, đồng chí Chủ tịch đề nghị đơn vị thi công đẩy nhanh tiến "
        "độ, đúng theo thiết kế. Qua đó đồng chí cũng góp ý một số phương án bố trí nội thất, "
        "trang thiết bị làm việc. Đối với các trường học, đề nghị Ban Quản lý Dự án cùng các đơn "
        "vị tính toán phương án xây dựng các phòng học phù hợp.\n", 20,
        [("directive", "đơn vị thi công", "đẩy nhanh tiến độ, đ"),
         ("directive", "Ban Quản lý Dự án cùng các đơn vị", "tính toán phương án ")]),
    "heed_begins_the_task_and_the_weight_of_the_work_asks_nothing": (
        "Tiêu đề trang\n\nPhó Chủ tịch đánh giá cao sự nỗ lực của Sở Tư pháp. Ông đề nghị Sở "
        "lưu ý, việc tuyên truyền, phổ biến giáo dục pháp luật cho cán bộ công chức, nhân dân. "
        "Công tác này rất quan trọng vì người dân ý thức pháp luật thì mọi thứ tốt đẹp.\n", 20,
        [("directive", "Sở", "lưu ý, việc tuyên tr")]),
    "who_sat_in_on_the_meeting_is_no_item": (
        "Triển khai nhiệm vụ trọng tâm năm 2021 của Trung tâm\nSáng ngày 24/02/2021, đồng chí "
        "Giám đốc Sở chủ trì cuộc họp triển khai nhiệm vụ trọng tâm năm 2021 của Trung tâm. Cùng "
        "dự họp có đại diện các phòng thuộc Sở, Lãnh đạo Trung tâm và các phòng chuyên môn của "
        "Trung tâm.\n", 20, []),
    "a_sites_tag_of_several_words_opens_the_lead_below_the_headline": (
        "Quảng Ninh phấn đấu giảm tỷ lệ 2,3%, giải quyết việc làm cho 3.700 lao động\n(Quang "
        "Binh Portal) - Năm 2019, huyện Quảng Ninh phấn đấu giảm 612 hộ nghèo.\n\n(HCM CityWeb) "
        "– UBND TP đã yêu cầu các trường học nâng cao nhận thức của học sinh về bảo hiểm y "
        "tế.\n", 20,
        [("commitment", None, "Năm 2019, huyện Quản"),
         ("directive", "các trường học", "nâng cao nhận thức c")]),
    "an_addressees_members_after_its_colon_are_no_tasks": (
        "Thành phố họp về nông thôn mới\nKết luận tại cuộc họp, đồng chí Chủ tịch UBND thành "
        "phố đã chỉ đạo các phòng, ban liên quan như: Phòng Quản lý đô thị; Phòng Y tế; Phòng "
        "Kinh tế; Trung tâm Truyền thông và Văn hóa thành phố… tăng cường công tác phối hợp, hỗ "
        "trợ các xã bổ sung những tiêu chí còn lại.\n", 20,
        [("directive", "các phòng, ban liên quan", "tăng cường công tác ")]),
    "tightening_is_an_act_that_carries_the_requests_on": (
        "Tỉnh chỉ đạo quản lý karaoke\nTheo đó, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa "
        "phương rà soát công tác cấp phép kinh doanh Karaoke.\n\nSiết chặt công tác quản lý nhà "
        "nước về kinh doanh dịch vụ Karaoke. Tổ chức tổng kiểm tra hoạt động kinh doanh dịch vụ "
        "Karaoke trên địa bàn.\n", 20,
        [("directive", "các sở, ngành, địa phương", "rà soát công tác cấp"),
         ("directive", "các sở, ngành, địa phương", "Siết chặt công tác q"),
         ("directive", "các sở, ngành, địa phương", "Tổ chức tổng kiểm tr")]),
    "a_report_asked_for_after_a_request_is_a_task_of_its_own": (
        "UBND tỉnh chỉ đạo xử lý\nUBND tỉnh yêu cầu Sở Giáo dục - Đào tạo và UBND huyện Tiên "
        "Yên khẩn trương ổn định học tập cho học sinh. Báo cáo gồm 01 bản lập theo mẫu. Báo "
        "cáo UBND tỉnh kết quả giải quyết trước ngày 27/3/2019.\n", 20,
        [("directive", "Sở Giáo dục và Đào tạo và UBND huyện Tiên Yên", "khẩn trương ổn định "),
         ("directive", "Sở Giáo dục và Đào tạo và UBND huyện Tiên Yên", "Báo cáo UBND tỉnh kế")]),
    "a_contacts_label_opens_no_list": (
        "Thông báo\nBan Chỉ huy tỉnh đề nghị Ban Chỉ huy các huyện:\n\n1. Tiếp tục thực hiện "
        "nội dung Văn bản số 43/PCTT-VPTT ngày 11/6/2022.\n\n2. Báo cáo kịp thời mọi diễn biến "
        "về Ban Chỉ huy tỉnh theo số điện thoại: 3.862.518, Fax: 3.861.721.\n", 20,
        [("directive", "Ban Chỉ huy các huyện", "Tiếp tục thực hiện n"),
         ("directive", "Ban Chỉ huy các huyện", "Báo cáo kịp thời mọi")]),
    "a_unit_with_its_bare_place_level_speaks": (
        "Chấn chỉnh lạm thu\nTheo đó, Sở GD&ĐT TP yêu cầu các trường học trực thuộc Sở phải "
        "thu các khoản thu về học phí theo đúng quy định.\n", 20,
        [("directive", "các trường học trực thuộc Sở", "phải thu các khoản t")]),
    "what_an_issued_plan_gives_a_unit_after_theo_do": (
        "Triển khai bảo vệ môi trường\nUBND huyện Diên Khánh vừa ban hành kế hoạch triển khai "
        "công tác bảo vệ môi trường năm 2020.\n\nTheo đó, địa phương tập trung rà soát các cơ sở "
        "sản xuất kinh doanh chưa lập hồ sơ môi trường; thực hiện tốt công tác thu gom, vận "
        "chuyển và xử lý rác thải.\n", 20,
        [("action", None, "UBND huyện Diên Khán"),
         ("directive", "địa phương", "tập trung rà soát cá"),
         ("directive", "địa phương", "thực hiện tốt công t")]),
    "a_piece_opening_with_when_it_is_due_is_a_job_of_its_own": (
        "Giao ban\nĐồng chí Bí thư yêu cầu UBND Thành phố và các cơ quan chuyên môn đẩy mạnh "
        "công tác tuyên truyền về học tập suốt đời, trong Quý 1 năm 2025 hoàn thành hồ sơ, 6 "
        "tháng đầu năm hoàn thành các yêu cầu của tổ chức Unesco.\n", 20,
        [("directive", "UBND Thành phố và các cơ quan chuyên môn", "đẩy mạnh công tác tu"),
         ("directive", "UBND Thành phố và các cơ quan chuyên môn", "trong Quý 1 năm 2025"),
         ("directive", "UBND Thành phố và các cơ quan chuyên môn", "6 tháng đầu năm hoàn")]),
    "targets_given_are_no_request": (
        "Sơ kết\nCục Thi hành án dân sự tỉnh và 7 chi cục cấp huyện, thành phố đều đạt và vượt "
        "chỉ tiêu được giao, không có vụ việc bức xúc, kéo dài.\n", 20,
        [("action", None, "Cục Thi hành án dân ")]),
    "taking_part_in_contests_is_a_result": (
        "Tổng kết\nSố người tập luyện thể dục thể thao thường xuyên toàn huyện đạt trên 25%; "
        "đối với thể thao thành tích cao đã tham dự 20 giải.\n", 20,
        [("action", None, "Số người tập luyện t"), ("action", None, "đối với thể thao thà")]),
    "what_there_is_now_counted_is_no_task": (
        "Giao ban\nĐồng chí Bí thư yêu cầu các cơ quan tập trung cao độ triển khai các công "
        "việc. Hiện Thành phố còn 6 chung cư cấp D, giao UBTP triển khai nhanh các quy trình theo "
        "quy định của luật.\n", 20,
        [("directive", "các cơ quan", "tập trung cao độ tri"),
         ("directive", "các cơ quan", "giao UBTP triển khai")]),
    "what_a_report_on_the_tasks_shows_is_its_results": (
        "Hội nghị\nBáo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội quý I, "
        "nhiệm vụ trọng tâm quý II năm 2024 của huyện Mường Chà cho thấy: Quý I/2024, tổng giá "
        "trị sản xuất ước đạt trên 441 tỷ đồng, tăng 7% so với cùng kỳ năm trước; thu ngân sách "
        "trên địa bàn đạt gần 12 tỷ đồng.\n", 20,
        [("action", None, "Quý I/2024, tổng giá"), ("action", None, "thu ngân sách trên đ")]),
    "a_meeting_among_the_results_after_a_colon_is_one": (
        "Xã Thanh Hải\nTrong tháng 6 tình hình trên địa bàn xã cơ bản ổn định: Tổ chức thành "
        "công cuộc bầu cử đại biểu Quốc hội, tổ chức phiên họp thứ nhất HĐND xã; Triển khai "
        "công tác phòng chống thiên tai năm 2021.\n", 20,
        [("action", None, "Trong tháng 6 tình h"), ("action", None, "Tổ chức thành công c"),
         ("action", None, "tổ chức phiên họp th"), ("action", None, "Triển khai công tác ")]),
    "a_site_tag_before_a_meeting_leads_nothing": (
        "Tin tức\nTuyenquang.gov.vn: Chiều 21/1, Sở Văn hoá tổ chức Hội nghị tổng kết năm "
        "2018, triển khai nhiệm vụ năm 2019.\n", 20, []),
    "who_was_just_given_a_task_is_its_unit": (
        "Tin tức\nSở Tài nguyên và Môi trường Lâm Đồng vừa được giao chủ trì, phối hợp với các "
        "cơ quan liên quan kiểm tra làm rõ các trường hợp san gạt trái phép, báo cáo về UBND "
        "tỉnh trước ngày 10/4/2023.\n", 20,
        [("directive", "Sở Tài nguyên và Môi trường Lâm Đồng", "chủ trì, phối hợp vớ")]),
    "households_in_need_counted_are_no_one_obliged": (
        "Tin tức\nHuyện Điện Biên Đông là địa bàn có nhiều hộ phải cứu đói giáp hạt nhất "
        "trong tỉnh. Huyện Nậm Pồ có ít số hộ cần trợ cấp gạo nhất.\n", 20, []),
    "accordingly_after_responsibilities_given_is_the_units_task": (
        "Tin tức\nỦy ban nhân dân tỉnh Điện Biên giao trách nhiệm và ấn định thời gian thực "
        "hiện cụ thể cho Sở Y tế, Ủy ban nhân dân các huyện. Theo đó, với Sở Y tế Điện Biên phải "
        "chủ trì, phối hợp Chi cục Dự trữ Nhà nước khu vực V vận chuyển gạo cho các huyện; thời "
        "gian hoàn thành trước ngày 20/5/2025.\n", 20,
        [("directive", "Sở Y tế Điện Biên", "phải chủ trì, phối h")]),
    "a_unit_that_tells_shortcomings_and_asks_asks": (
        "Kiểm tra\nQua kết quả kiểm tra, Sở GD&ĐT cho biết vẫn còn một số tồn tại, hạn chế và "
        "yêu cầu các đơn vị khẩn trương khắc phục một số nội dung sau:\n\nTăng cường kiểm tra "
        "việc tiếp nhận học sinh chuyển trường.\n", 20,
        [("directive", "các đơn vị", "Tăng cường kiểm tra ")]),
    "a_matter_and_what_must_be_done_or_not_goes_on_with_the_list": (
        "Kiểm tra\nSở GD&ĐT yêu cầu các đơn vị khắc phục các nội dung sau:\n\nViệc tiếp nhận "
        "học sinh chuyển trường, cần thực hiện đúng quy trình hướng dẫn. Hồ sơ chuyển trường "
        "phải được lưu trữ đầy đủ.\n\nViệc thiết lập các loại hồ sơ, sổ sách trong nhà trường "
        "phải thực hiện đúng theo Chỉ thị 138/CT-BGDĐT.\n\nTuyệt đối không được tự ý thiết lập "
        "thêm một số loại hồ sơ.\n\nViệc tổ chức dạy thêm phải chấp hành nghiêm túc quy định "
        "của Bộ GD&ĐT.\n", 20,
        [("directive", "các đơn vị", "Việc tiếp nhận học s"),
         ("directive", "các đơn vị", "Hồ sơ chuyển trường "),
         ("directive", "các đơn vị", "Việc thiết lập các l"),
         ("directive", "các đơn vị", "Tuyệt đối không được"),
         ("directive", "các đơn vị", "Việc tổ chức dạy thê")]),
    "what_must_not_be_brought_goes_on_with_the_list": (
        "Lễ hội\nSở VHTTDL đề nghị Thanh tra Sở triển khai thực hiện một số nhiệm vụ sau đây:\n\n"
        "Rà soát, thống kê, phân loại lễ hội.\n\nKhông đưa các linh vật ngoại lai không phù "
        "hợp với thuần phong mỹ tục vào các khu di tích.\n\nTuyên truyền vận động nhân dân hạn "
        "chế đốt vàng mã.\n", 20,
        [("directive", "Thanh tra Sở", "Rà soát, thống kê, p"),
         ("directive", "Thanh tra Sở", "Không đưa các linh v"),
         ("directive", "Thanh tra Sở", "Tuyên truyền vận độn")]),
    "a_page_cut_after_the_document_it_relays_gives_its_tasks": (
        "Phòng chống dịch\nTheo đó, Phòng Y tế Thành phố chủ trì, phối hợp với Trung tâm Y tế "
        "Thành phố xây dựng kế hoạch tổng thể phòng chống dịch. Theo dõi, cập nhật sát tình hình "
        "bệnh trên địa bàn.\n\nĐối với Trung tâm Y tế Thành phố phối hợp với Phòng Y tế tham mưu "
        "cho Thành phố chỉ đạo các biện pháp phòng chống dịch; Thực hiện lấy mẫu 100% các ca "
        "bệnh nặng.\n", 20,
        [("directive", "Phòng Y tế Thành phố", "chủ trì, phối hợp vớ"),
         ("directive", "Phòng Y tế Thành phố", "Theo dõi, cập nhật s"),
         ("directive", "Trung tâm Y tế Thành phố", "Đối với Trung tâm Y "),
         ("directive", "Trung tâm Y tế Thành phố", "Thực hiện lấy mẫu 10")]),
    "a_page_cut_after_a_document_told_done_or_decided_gives_none": (
        "Tin tức\nTheo đó, Cục HKVN chấp thuận Phương án tạm thời điều chỉnh nhiệm vụ tại một số "
        "vị trí.\n", 20, []),
    "directions_going_on_after_praise_are_asked": (
        "Hội nghị sơ kết\nÔng Phạm Văn Đô – Giám đốc Sở Tài chính tỉnh biểu dương thành tích đạt "
        "được của Ngân hàng Chính sách xã hội huyện trong thời gian qua. Đồng thời, chỉ đạo cần "
        "khắc phục tháo gỡ những khó khăn vướng mắc trong hoạt động tín dụng chính sách.\n", 20,
        [("action", None, "Ông Phạm Văn Đô – Gi"), ("directive", None, "cần khắc phục tháo g")]),
    "what_must_be_done_before_a_striving_is_no_result": (
        "Hội nghị sơ kết\nBên cạnh đó, cần chú trọng thực hiện công tác tuyên truyền huy động vốn "
        "qua tổ chức, cá nhân, tăng trưởng nguồn vốn kịp thời hỗ trợ cho hộ nghèo và các đối tượng "
        "chính sách tái sản xuất, phát triển kinh tế, khắc phục ảnh hưởng do hạn mặn và dịch bệnh "
        "gây ra, phấn đấu hoàn thành các chỉ tiêu kế hoạch năm 2020.\n", 20,
        [("commitment", None, "Bên cạnh đó, cần chú"), ("commitment", None, "tăng trưởng nguồn vố"),
         ("commitment", None, "phát triển kinh tế, "), ("commitment", None, "phấn đấu hoàn thành ")]),
    "the_last_months_of_the_year_a_meeting_reviews_are_past": (
        "Mặt trận xã\nỦy ban MTTQ Việt Nam xã Quế Sơn Trung vừa tổ chức hội nghị tổng kết công "
        "tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026.\n\nTrong 6 tháng cuối năm 2025, "
        "Mặt trận xã và các đoàn thể hỗ trợ xây mới 3 nhà đại đoàn kết cho hộ nghèo; trao 671 "
        "suất quà cho hộ khó khăn.\n", 20,
        [("action", None, "Trong 6 tháng cuối n"), ("action", None, "trao 671 suất quà ch")]),
    "tasks_assigned_as_follows_name_their_units_below": (
        "Huấn luyện\nPhát biểu chỉ đạo nhiệm vụ huấn luyện năm 2020 đồng chí Đinh Văn Lâm - Chủ "
        "tịch UBND xã giao nhiệm vụ cụ thể như sau:\n\nBan chỉ huy quân sự xã làm tốt công tác "
        "chuẩn bị giáo án, mô hình, học cụ, các kế hoạch theo quy định.\n", 20,
        [("directive", "Ban chỉ huy quân sự xã", "làm tốt công tác chu")]),
    "key_tasks_carried_out_are_results": (
        "Văn hóa\nTrong quý II/2019, ngành Văn hóa và Thông tin huyện đã chủ động xây dựng chương "
        "trình, kế hoạch và tổ chức triển khai thực hiện nhiệm vụ trọng tâm như: Tổ chức tuyên "
        "truyền trực quan; Tổ chức các đoàn làm việc với các xã.\n", 20,
        [("action", None, "Trong quý II/2019, n"), ("action", None, "Tổ chức tuyên truyền"),
         ("action", None, "Tổ chức các đoàn làm")]),
    "a_headline_reviewing_a_years_tasks_names_no_coming_year": (
        "BÌNH CHƯƠNG TỔ CHỨC HỘI NGHỊ TỔNG KẾT NHIỆM VỤ QUÂN SỰ – QUỐC PHÒNG NĂM 2025\n\nSáng "
        "25/11/2025, UBND xã Bình Chương tổ chức Hội nghị tổng kết nhiệm vụ Quân sự – Quốc phòng "
        "địa phương năm 2025 và triển khai nhiệm vụ năm 2026.\n\nNăm 2025, lực lượng quân sự xã "
        "duy trì nghiêm chế độ sẵn sàng chiến đấu, thực hiện tốt huấn luyện.\n", 20,
        [("action", None, "Năm 2025, lực lượng "), ("action", None, "thực hiện tốt huấn l")]),
    "the_provincial_statistics_office_answers_for_all_it_lists": (
        "Điều tra kinh tế\nPhó Chủ tịch UBND tỉnh giao Thống kê tỉnh chủ trì, phối hợp các sở, "
        "ngành tham mưu thành lập Ban chỉ đạo điều tra kinh tế tỉnh; chịu trách nhiệm toàn diện "
        "về hướng dẫn nghiệp vụ, công tác chuẩn bị, kiểm tra, giám sát, tổng hợp nhanh kết quả "
        "điều tra.\n", 70,
        [("directive", "Thống kê tỉnh",
          "chủ trì, phối hợp các sở, ngành tham mưu thành lập Ban chỉ đạo điều tr"),
         ("directive", "Thống kê tỉnh",
          "chịu trách nhiệm toàn diện về hướng dẫn nghiệp vụ, công tác chuẩn bị, ")]),
    "what_a_task_is_for_after_its_colon_is_no_task": (
        "Điều tra kinh tế\nPhó Chủ tịch UBND tỉnh chỉ đạo các địa phương trong tỉnh phải triển "
        "khai thực hiện công tác điều tra thu thập thông tin phiếu bảng kê với mục tiêu: Hướng "
        "dẫn lập danh sách thôn, tổ dân phố; hướng dẫn lập danh sách địa bàn điều tra.\n", 20,
        [("directive", "các địa phương trong tỉnh", "phải triển khai thực")]),
    "a_report_on_how_a_quarter_went_and_the_next_ones_course_announces_no_tasks": (
        "Làm việc với xã\nTại buổi làm việc, đại diện lãnh đạo UBND xã đã báo cáo với Đoàn công "
        "tác của UBND huyện về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I, "
        "phương hướng nhiệm vụ giải pháp quý II/2022. Qua nội dung báo cáo cho thấy, quý I/2022 "
        "xã đã thực hiện hiệu quả mục tiêu kép.\n", 20,
        [("action", None, "Qua nội dung báo cáo")]),
    "how_the_year_went_names_the_year_reviewed_not_the_coming_one": (
        "Hội đồng nhân dân thị trấn tổ chức kỳ họp thứ 13\n\nTại kỳ họp, các đại biểu đã được "
        "nghe lãnh đạo UBND thị trấn Cao Phong báo cáo tình hình thực hiện nhiệm vụ phát triển "
        "kinh tế - xã hội, quốc phòng – an ninh của thị trấn năm 2020 và nhiệm vụ, giải pháp "
        "thực hiện năm 2021.\n\nTrong năm 2020, thị trấn Cao Phong thực hiện đạt và vượt kế "
        "hoạch 14/16 chỉ tiêu chủ yếu. Thu ngân sách địa phương đạt 1,1 tỷ đồng.\n", 20,
        [("action", None, "Trong năm 2020, thị "), ("action", None, "Thu ngân sách địa ph")]),
    "a_district_by_its_name_just_asked_speaks": (
        "Xử lý rác thải\nTrước tình trạng đốt rác tại các bãi chôn lấp, huyện Thanh Miện vừa "
        "yêu cầu UBND các xã, thị trấn khẩn trương chấn chỉnh, chấm dứt hành vi đốt rác tại các "
        "bãi chôn lấp.\n", 20,
        [("directive", "UBND các xã, thị trấn", "khẩn trương chấn chỉ")]),
    "the_meeting_a_page_tells_of_is_no_result_of_it": (
        "Kỳ họp thứ 16 HĐND huyện Nam Trực\nNgày 31-7, HĐND huyện Nam Trực đã tổ chức kỳ họp "
        "thứ 16, khóa XVII để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm. Trong 6 tháng "
        "đầu năm, huyện đã xây dựng 12 km đường giao thông.\n", 20,
        [("action", None, "Trong 6 tháng đầu nă")]),
    "units_directed_to_carry_out_some_points_are_named_below": (
        "Huyện Bắc Hà chỉ đạo bảo đảm an toàn cho học sinh dịp hè\n\nNhằm đảm bảo an ninh, an "
        "toàn trong các đơn vị trường học, UBND huyện Bắc Hà đã chỉ đạo các đơn vị triển khai một "
        "số nội dung.\n\nUBND các xã, thị trấn chỉ đạo các đơn vị trường học phối hợp với Đoàn "
        "thanh niên tổ chức tốt ngày Quốc tế Thiếu nhi.\n", 20,
        [("directive", "UBND các xã, thị trấn", "chỉ đạo các đơn vị t")]),
    "a_department_that_has_asked_at_a_sentence_start_speaks": (
        "Kéo dài thời gian nghỉ học\nTheo đó, Sở Giáo dục, Khoa học và Công nghệ đã yêu cầu các "
        "Phòng GDĐT, các trường THPT thực hiện các nội dung sau:\n\n1. Thông báo cho học sinh, "
        "gia đình học sinh về việc cho học sinh tiếp tục nghỉ học đến hết tháng 02 năm 2020.\n",
        20, [("directive", "các Phòng GDĐT, các trường THPT", "Thông báo cho học si")]),
    "the_key_task_a_body_works_on_is_named_after_its_copula": (
        "Thành phố tập trung cho ngày bầu cử\nNhiệm vụ trọng tâm mà thành phố dồn sức thực hiện "
        "trong tháng 5 năm 2021 là tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XV.\n", 20,
        [("commitment", None, "tổ chức tốt cuộc bầu")]),
    "hearing_the_months_results_before_the_next_months_course_announces_no_tasks": (
        "Hội nghị Ban Chấp hành định kỳ tháng 8/2022\nTại Hội nghị, các đồng chí trong Ban Chấp "
        "hành đã được nghe kết quả thực hiện nhiệm vụ công tác tháng 8 và tham gia đóng góp ý kiến "
        "vào phương hướng, nhiệm vụ tháng 9 năm 2022. Qua đó cho thấy: An ninh, trật tự, an toàn "
        "xã hội được đảm bảo.\n", 20,
        [("action", None, "An ninh, trật tự, an")]),
    "a_dossier_of_application_asks_no_one": (
        "Châu Thành\nỦy ban nhân dân huyện Châu Thành đã hoàn chỉnh hồ sơ đề nghị tỉnh thẩm "
        "định công nhận 03 xã đạt chuẩn nông thôn mới nâng cao năm 2022.\n", 20,
        [("action", None, "Ủy ban nhân dân huyệ")]),
    "what_a_promise_is_for_after_its_colon_is_no_promise": (
        "Kế hoạch\nThời gian tới, xã sẽ triển khai công tác điều tra thu thập thông tin với mục "
        "tiêu: hướng dẫn lập danh sách thôn; hướng dẫn lập danh sách địa bàn điều tra.\n", 20,
        [("commitment", None, "triển khai công tác ")]),
    "a_time_setting_before_a_prohibition_goes_on_the_list": (
        "Sở Giáo dục\nSở Giáo dục và Đào tạo đề nghị các đơn vị tăng cường công tác tuyên "
        "truyền về phòng, chống dịch bệnh.\n\nTrong thời gian dịch bệnh chưa chấm dứt, không tổ "
        "chức các hoạt động tập trung đông học sinh.\n", 20,
        [("directive", "các đơn vị", "tăng cường công tác "),
         ("directive", "các đơn vị", "không tổ chức các ho")]),
    "the_press_pointer_back_to_a_district_keeps_its_level": (
        "Di Linh\nNgày 31/10, UBND huyện Di Linh đã yêu cầu Công an huyện này phối hợp cùng các "
        "đơn vị chức năng tăng cường kiểm tra, giám sát vườn cà phê.\n", 20,
        [("directive", "Công an huyện", "phối hợp cùng các đơ")]),
    "a_districts_government_by_its_name_gives_tasks": (
        "Di Linh\nChính quyền huyện Di Linh giao các địa phương thông báo tới những cơ sở thu "
        "mua cà phê trên địa bàn mua nông sản đảm bảo tỷ lệ quả chín trên 80%.\n", 20,
        [("directive", "các địa phương", "thông báo tới những ")]),
    "the_days_that_follow_are_to_come": (
        "Tổng điều tra\nTính đến ngày 9/4/2019, toàn huyện có trên 19.000 hộ được điều tra, đạt "
        "65%. Trong những ngày tiếp theo, Ban chỉ đạo huyện tiếp tục tăng cường kiểm tra, giám "
        "sát các điều tra viên.\n", 20,
        [("action", None, "Tính đến ngày 9/4/20"),
         ("commitment", "Ban chỉ đạo huyện", "tiếp tục tăng cường ")]),
    "a_department_named_with_its_province_speaks": (
        "Trường học\nSở Giáo dục và Đào tạo tỉnh Long An chỉ đạo các trường học tăng cường "
        "kiểm tra an ninh trật tự trường học.\n", 20,
        [("directive", "các trường học", "tăng cường kiểm tra ")]),
    "a_motto_quoted_in_the_opening_is_no_task": (
        "Đài PTTH\nNăm 2019, Đài đã tổ chức thành công hơn 50 cuộc phát thanh trực tiếp.\n\n"
        "Năm 2020, với chủ đề hành động “Trách nhiệm cao, sáng tạo nhiều, đổi mới toàn diện”, "
        "Đài PTTH Thanh Hóa tiếp tục tập trung đổi mới nội dung các chương trình; đầu tư đổi "
        "mới thiết bị và công nghệ.\n", 20,
        [("action", None, "Năm 2019, Đài đã tổ "),
         ("commitment", "Đài PTTH Thanh Hóa", "tiếp tục tập trung đ"),
         ("commitment", "Đài PTTH Thanh Hóa", "đầu tư đổi mới thiết")]),
    "the_propaganda_board_gives_no_task": (
        "Hội nghị\nSáng 27/12, Đài tổ chức hội nghị tổng kết công tác năm 2019. Đại diện lãnh "
        "đạo Ban Tuyên giao Tỉnh ủy và các sở, ban, ngành cấp tỉnh đã tới dự.\n", 20,
        # (no directive to "Tỉnh ủy và các sở, …" from the "giao" of "Tuyên giao"; the
        # attendance read as a result is left: the golds call it furniture)
        [("action", None, "Đại diện lãnh đạo Ba")]),
    "a_quoted_name_is_not_cut_at_its_commas": (
        "Xã Tân Lập\nThời gian tới, UBND xã tiếp tục đẩy mạnh phong trào “Chung tay xây dựng "
        "nông thôn mới, phát triển kinh tế hộ gia đình” trên địa bàn xã.\n", 20,
        [("commitment", "UBND xã", "tiếp tục đẩy mạnh ph")]),
    "what_must_be_done_if_goes_on_the_list": (
        "Học phí\nSở GD&ĐT yêu cầu các trường phổ thông không được thu lệ phí tuyển sinh đầu "
        "cấp.\n\nNếu đơn vị nào đã thu cần kịp thời trả lại cho học sinh, phụ huynh học sinh. "
        "Trường hợp thực sự cần thu tiền hồ sơ phải có kế hoạch cụ thể.\n", 20,
        [("directive", "các trường phổ thông", "không được thu lệ ph"),
         ("directive", "các trường phổ thông", "cần kịp thời trả lại"),
         ("directive", "các trường phổ thông", "phải có kế hoạch cụ ")]),
    "explaining_is_an_act": (
        "Chất vấn\nThường trực HĐND xã đã chất vấn và yêu cầu Ủy ban nhân dân xã giải trình, "
        "làm rõ các nội dung liên quan đến việc triển khai Đề án.\n", 20,
        [("directive", "UBND xã", "giải trình, làm rõ c")]),
    "helping_with_hardship_is_no_shortcoming": (
        "Hội nghị\nCụ thể, Hội đã vận động được trên 11,5 tỷ đồng, xây mới, sửa chữa 40 nhà ở, "
        "hỗ trợ khó khăn đột xuất cho nạn nhân.\n", 20,
        [("action", None, "Cụ thể, Hội đã vận đ"), ("action", None, "sửa chữa 40 nhà ở, h")]),
    "following_the_key_tasks_announces_none": (
        "Hội nghị\nNăm 2020, Hội các cấp đã bám sát nhiệm vụ trọng tâm thực hiện có hiệu quả "
        "các phong trào.\n", 20,
        [("action", None, "Năm 2020, Hội các cấ")]),
    "the_coming_time_after_the_addressee_is_no_part_of_it": (
        "Hội nghị\nPhó Chủ tịch UBND tỉnh đề nghị, Công an tỉnh thời gian tới cần tiếp tục làm "
        "tốt việc tham mưu cho Tỉnh ủy trong công tác đấu tranh, phòng chống tội phạm.\n", 20,
        [("directive", "Công an tỉnh", "thời gian tới cần ti")]),
    "one_target_per_figure_reached": (
        "Tòa án\nNăm 2018, Tòa án đã giải quyết 921/966 vụ án các loại.\n\nNăm 2019, Tòa án "
        "huyện phấn đấu giải quyết án hình sự đạt từ 90% trở lên, án dân sự, hôn nhân và gia "
        "đình đạt từ 85% trở lên, hành chính đạt 80%.\n", 20,
        [("action", None, "Năm 2018, Tòa án đã "),
         ("commitment", "Tòa án huyện", "phấn đấu giải quyết "),
         ("commitment", "Tòa án huyện", "án dân sự, hôn nhân "),
         ("commitment", "Tòa án huyện", "hành chính đạt 80%")]),
    "the_points_asked_after_the_addressee_are_no_part_of_it": (
        "Chợ Tết\nSau các buổi kiểm tra, Đoàn công tác đề nghị đơn vị quản lý chợ một số nội "
        "dung, như: Phối hợp xây dựng phương án phòng cháy, chữa cháy; vận động tiểu thương "
        "niêm yết giá theo quy định.\n", 20,
        [("directive", "đơn vị quản lý chợ", "Phối hợp xây dựng ph"),
         ("directive", "đơn vị quản lý chợ", "vận động tiểu thương")]),
    "the_orientation_for_a_year_is_the_time_to_come": (
        "Khuyến học\nNăm 2017, Hội Khuyến học huyện đã phát triển 3.279 hội viên.\n\nĐịnh "
        "hướng năm 2018, Huyện hội tiếp tục phát triển hội viên và nâng cao chất lượng hội "
        "viên.\n", 20,
        [("action", None, "Năm 2017, Hội Khuyến"),
         ("commitment", None, "Huyện hội tiếp tục p")]),
    "a_committees_standing_directions_told_by_the_press": (
        "Trường học\nĐể đảm bảo các điều kiện về phòng dịch, UBND huyện đã chỉ đạo các cơ "
        "quan, đơn vị có liên quan thực hiện các nhiệm vụ trong đó trọng tâm là: Đồng loạt thực "
        "hiện dọn dẹp vệ sinh trường lớp; kiểm tra lại tất cả các bồn rửa tay.\n", 20,
        [("directive", "các cơ quan, đơn vị có liên quan", "Đồng loạt thực hiện "),
         ("directive", "các cơ quan, đơn vị có liên quan", "kiểm tra lại tất cả ")]),
    "a_half_years_directions_are_its_work": (
        "Sơ kết\nTrong 6 tháng đầu năm 2022 UBND huyện đã chỉ đạo các ngành, các cấp tiếp tục "
        "tập trung triển khai quyết liệt các biện pháp phòng, chống dịch Covid-19.\n", 20,
        [("action", None, "Trong 6 tháng đầu nă")]),
    "what_a_body_is_stressed_and_praise_ask_nothing": (
        "Hội nghị\nĐồng chí Chủ tịch chia sẻ với những khó khăn của cán bộ Sở. Đồng chí nhấn "
        "mạnh, Sở Tài chính giữ vị trí quan trọng trong quản lý nguồn lực của tỉnh, có trách "
        "nhiệm tham mưu cho UBND tỉnh. Đồng chí đánh giá cao những thành quả đạt được của "
        "Sở.\n", 20,
        # (no request to "Sở Tài chính giữ vị trí quan trọng trong"; the praise read as a
        # result is left: the golds call it furniture)
        [("action", None, "Đồng chí đánh giá ca")]),
    "a_plans_tasks_given_to_each_body_after_it_is_issued": (
        "Chợ nổi\nNgày 20-4, UBND TP Cần Thơ ban hành kế hoạch về bảo tồn Chợ nổi Cái Răng năm "
        "2023.\n\nKế hoạch đề ra các nhiệm vụ trọng tâm, giao cho từng cơ quan, đơn vị cụ thể "
        "triển khai thực hiện. Trong đó, Sở Văn hóa, Thể thao và Du lịch là cơ quan chủ trì theo "
        "dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ được phân công.\n\n"
        "Cụ thể, UBND quận Cái Răng chủ trì, thực hiện đa dạng các hình thức tuyên truyền về Bộ "
        "quy tắc ứng xử văn minh du lịch.\n", 20,
        [("action", None, "Ngày 20-4, UBND TP C"),
         ("directive", "Sở Văn hóa, Thể thao và Du lịch", "là cơ quan chủ trì t"),
         ("directive", "UBND quận Cái Răng", "chủ trì, thực hiện đ")]),
    "goals_set_then_named_after_the_copula": (
        "Thống kê\nNgành thống kê đặt mục tiêu chính của năm 2018 đó là đảm bảo thống kê tốt "
        "thông tin kinh tế, xã hội định kỳ; triển khai thực hiện Luật Thống kê 2015; chuẩn bị tốt "
        "Tổng điều tra dân số và nhà ở năm 2019.\n\nTrong năm 2016, EVNHCMC đặt mục tiêu giảm tỉ "
        "lệ tổn thất điện năng dưới 4,55%.\n", 20,
        # (the goal set without a copula is left as it was read: a result)
        [("commitment", None, "đảm bảo thống kê tốt"),
         ("commitment", None, "triển khai thực hiện"),
         ("commitment", None, "chuẩn bị tốt Tổng đi"),
         ("action", None, "Trong năm 2016, EVNH")]),
    "working_with_others_ends_the_name_of_whom_it_asks": (
        "Rừng\nQua kiểm tra thực tế, Chủ tịch UBND huyện Tri Tôn đề nghị Ban Quản lý Rừng phòng "
        "hộ và đặc dụng tỉnh kết hợp với các xã, thị trấn có rừng tăng cường tuần tra nhằm phát "
        "hiện sớm, xử lý kịp thời; cung cấp đường dây nóng.\n", 20,
        [("directive", "Ban Quản lý Rừng phòng hộ và đặc dụng tỉnh", "kết hợp với các xã, "),
         ("directive", "Ban Quản lý Rừng phòng hộ và đặc dụng tỉnh", "cung cấp đường dây n")]),
    "where_a_request_is_to_be_done_before_it_goes_on_with_the_list": (
        "Động vật hoang dã\nUBND huyện Nam Giang đề nghị hạt kiểm lâm, chủ rừng tổ chức tuyên "
        "truyền về bảo vệ các loài động vật hoang dã.\n\nTại các khu vực, địa điểm có nguy cơ cao "
        "như nhà hàng, quán ăn, địa điểm đông khách du lịch, tổ chức ký cam kết không săn bắt "
        "động vật hoang dã.\n\nTăng cường quản lý các hộ gây nuôi động vật hoang dã.\n", 20,
        [("directive", "hạt kiểm lâm, chủ rừng", "tổ chức tuyên truyền"),
         ("directive", "hạt kiểm lâm, chủ rừng", "tổ chức ký cam kết k"),
         ("directive", "hạt kiểm lâm, chủ rừng", "Tăng cường quản lý c")]),
    "handing_over_and_transferring_ask_no_one": (
        "Dầu Tiếng\nTrong 9 tháng qua, UBND huyện Dầu Tiếng đã tập trung chỉ đạo các ngành, các "
        "xã, thị trấn triển khai thực hiện một số giải pháp tích cực. "
        "Trong 3 tháng cuối năm 2014, UBND huyện Dầu Tiếng tập trung vào các nhiệm vụ "
        "trọng tâm, trong đó đẩy nhanh tiến độ xây dựng nông thôn mới, chuyển giao các tiến bộ "
        "khoa học kỹ thuật cho nông dân áp dụng vào sản xuất, bảo đảm an sinh xã hội.\n", 20,
        [("action", None, "Trong 9 tháng qua, U"),
         ("commitment", "UBND huyện Dầu Tiếng", "UBND huyện Dầu Tiếng"),
         ("commitment", "UBND huyện Dầu Tiếng", "trong đó đẩy nhanh t"),
         ("commitment", "UBND huyện Dầu Tiếng", "chuyển giao các tiến"),
         ("commitment", "UBND huyện Dầu Tiếng", "bảo đảm an sinh xã h")]),
    "changes_for_the_better_are_results": (
        "Kỳ họp\nTổng thu ngân sách đạt 76% kế hoạch. Công tác quản lý đô thị – địa chính có "
        "nhiều chuyển biến. Các hoạt động văn hóa xã hội có nhiều khởi sắc.\n", 20,
        [("action", None, "Tổng thu ngân sách đ"),
         ("action", None, "Công tác quản lý đô "),
         ("action", None, "Các hoạt động văn hó")]),
    "whom_a_request_asks_named_first_as_its_topic": (
        "Cưỡng chế\nĐối với Phòng Quản lý đô thị, Chủ tịch UBND thành phố yêu cầu phối hợp với "
        "Phòng TN-MT thành phố xây dựng phương án cưỡng chế.\n\nRiêng đối với Công an TP.Phan "
        "Thiết, Chủ tịch UBND thành phố yêu cầu cử lực lượng hỗ trợ UBND P.Mũi Né.\n", 20,
        [("directive", "Phòng Quản lý đô thị", "phối hợp với Phòng T"),
         ("directive", "Công an TP.Phan Thiết", "cử lực lượng hỗ trợ ")]),
    "the_courtesy_closing_a_notice_asks_no_one": (
        "Hẻm\nPhường ưu tiên những tuyến hẻm hư hỏng nặng. Ủy ban nhân dân phường 6 thông báo đến "
        "Ban điều hành 8 khu phố được biết và quan tâm, thực hiện.\n", 20,
        [("action", None, "Ủy ban nhân dân phườ")]),
    "years_gone_by_after_a_comma_end_a_list_of_tasks": (
        "Hội Bảo trợ\nChiều 9/4, đồng chí Phó Chủ tịch UBND tỉnh đã chủ trì buổi làm việc với Hội "
        "về việc thực hiện nhiệm vụ năm 2018 và phương hướng nhiệm vụ thời gian tiếp theo.\n\n"
        "Thực hiện chức năng của mình, trong 8 năm qua Hội Bảo trợ người khuyết tật tỉnh đã có "
        "nhiều hoạt động thiết thực để vận động quỹ.\n", 20,
        [("action", None, "Thực hiện chức năng ")]),
    "what_a_directive_heard_requires_is_a_task": (
        "Văn học nghệ thuật\nTại hội nghị, các đại biểu được quán triệt những nội dung cơ bản "
        "của Chỉ thị số 25-CT/TU về việc tổ chức Đại hội Hội VHNT tỉnh, trong đó, BCH Hội VHNT "
        "cần xây dựng kế hoạch tổ chức Đại hội; BCH Hội cần chủ động phối hợp với các sở, ban, "
        "ngành liên quan.\n", 20,
        [("action", None, "Tại hội nghị, các đạ"),
         ("commitment", None, "trong đó, BCH Hội VH"),
         ("commitment", None, "BCH Hội cần chủ động")]),
    "a_caption_placing_people_at_the_pictures_edges_is_no_item": (
        "Làm việc\nChủ tịch UBND tỉnh Nguyễn Văn Trăm (bìa trái) và Phó Chủ tịch UBND tỉnh "
        "Nguyễn Văn Lợi (bìa phải) cùng dự tại buổi làm việc\n\nNăm 2019, huyện đã trồng 500 ha "
        "rừng.\n", 20,
        [("action", None, "Năm 2019, huyện đã t")]),
    "members_in_hardship_helped_are_no_shortcoming": (
        "Sơ kết\nTrong 6 tháng đầu năm, các cấp Hội tiếp tục triển khai việc thực hiện Chỉ thị; "
        "chăm lo đời sống của hội viên nghèo, khó khăn.\n", 20,
        [("action", None, "Trong 6 tháng đầu nă"),
         ("action", None, "chăm lo đời sống của")]),
    "the_key_programme_for_the_months_to_come_announces_tasks": (
        "Sơ kết\nVề chương trình công tác trọng tâm trong 6 tháng cuối năm, các cấp Hội Cựu TNXP "
        "trong tỉnh xác định: Tiếp tục nâng cao chất lượng sinh hoạt tổ chức hội; xây dựng tổ "
        "chức hội trong sạch, vững mạnh.\n", 20,
        [("commitment", None, "Tiếp tục nâng cao ch"),
         ("commitment", None, "xây dựng tổ chức hội")]),
    "what_an_addressee_is_called_for_short_is_no_part_of_its_name": (
        "Khu công nghiệp\nBan Quản lý các KCN tỉnh yêu cầu các chủ đầu tư kinh doanh hạ tầng KCN, "
        "các doanh nghiệp trong các KCN tỉnh (gọi tắt là doanh nghiệp) tăng cường công tác tuyên "
        "truyền.\n", 20,
        [("directive", "các chủ đầu tư kinh doanh hạ tầng KCN, các doanh nghiệp trong các KCN tỉnh",
          "tăng cường công tác ")]),
    "a_special_zone_is_asked_as_communes_and_wards_are": (
        "Bạch Long Vĩ\nChủ tịch UBND TP Hải Phòng yêu cầu đặc khu điều chỉnh quy hoạch theo hướng "
        "xây dựng hiệu quả; tiếp tục hoàn chỉnh trạm y tế.\n", 20,
        [("directive", "đặc khu", "điều chỉnh quy hoạch"),
         ("directive", "đặc khu", "tiếp tục hoàn chỉnh ")]),
    "targets_that_end_on_an_amount_are_each_a_task": (
        "Kiên Giang\nNăm 2024, tỉnh Kiên Giang phấn đấu tăng trưởng kinh tế đạt 7% trở lên, thu "
        "nhập bình quân đầu người 81,6 triệu đồng; thu ngân sách đạt hơn 16.900 tỷ đồng.\n", 20,
        [("commitment", None, "Năm 2024, tỉnh Kiên "),
         ("commitment", None, "thu nhập bình quân đ"),
         ("commitment", None, "thu ngân sách đạt hơ")]),
    "all_the_offices_of_a_kind_are_an_addressee": (
        "Treo cờ\nTất cả các trụ sở cơ quan Nhà nước, trường học, bệnh viện và nhà ở của Nhân dân "
        "phải treo cờ Tổ quốc trong ngày 01 tháng 01 năm 2021.\n\nTất cả các chỉ tiêu được giao về "
        "trồng rừng mới đều đạt từ 100% trở lên.\n", 20,
        # (not all the targets given: "tất cả" heads an addressee only before a body)
        [("directive", "Tất cả các trụ sở cơ quan Nhà nước, trường học, bệnh viện và nhà ở của "
          "Nhân dân", "phải treo cờ Tổ quốc"),
         ("action", None, "Tất cả các chỉ tiêu ")]),
    "a_topics_place_may_open_on_any_capital": (
        "Cưỡng chế\nRiêng đối với Công an TP.Ô Môn, Chủ tịch UBND thành phố yêu cầu cử lực lượng "
        "hỗ trợ UBND phường.\n", 20,
        [("directive", "Công an TP.Ô Môn", "cử lực lượng hỗ trợ ")]),
    "a_speaker_directs_the_units_headed_below": (
        "Ra quân\nPhát biểu tại buổi lễ, đồng chí Chủ tịch UBND xã chỉ đạo.\n\n1.Trạm Y tế xã\n\n"
        "- Chủ động, phối hợp với các ấp tổ chức triển khai thực hiện kế hoạch.\n\n"
        "- Phối hợp với Văn hóa và Thể thao xã đẩy mạnh công tác tuyên truyền.\n", 20,
        # (a sentence that ends on "chỉ đạo." with a numbered name and its dashes below, the
        # number glued on: no caption; "Chủ động," a word of manner before its comma)
        [("directive", "Trạm Y tế xã", "Chủ động, phối hợp v"),
         ("directive", "Trạm Y tế xã", "Phối hợp với Văn hóa")]),
    "a_caption_with_a_full_stop_between_requests": (
        "Phòng dịch\nHuyện yêu cầu UBND các xã, thị trấn chủ động tổ chức tổng vệ sinh môi "
        "trường.\n\nCác cán bộ TTYT phun hóa chất tại trường học phòng chống dịch bệnh.\n\n"
        "Phòng y tế huyện chủ trì, phối hợp với TTYT huyện tăng cường kiểm tra, giám sát. Tổ "
        "chức tập huấn về công tác giám sát bệnh nhân, giám sát côn trùng, xử lý ổ dịch.\n", 20,
        # (the requests go on past a caption; the topics of one training are not cut)
        [("directive", "UBND các xã, thị trấn", "chủ động tổ chức tổn"),
         ("directive", "Phòng y tế huyện", "chủ trì, phối hợp vớ"),
         ("directive", "Phòng y tế huyện", "Tổ chức tập huấn về ")]),
    "chu_y_ends_the_name_of_whom_a_request_asks": (
        "Nắng nóng\nSở Y tế yêu cầu Trung tâm Y tế Dự phòng phối hợp với các cơ quan tăng "
        "cường tuyên truyền. Các cơ sở y tế chú ý nâng cao tinh thần, thái độ phục vụ người "
        "bệnh; không để bệnh nhân nằm ghép.\n", 20,
        [("directive", "Trung tâm Y tế Dự phòng", "phối hợp với các cơ "),
         ("directive", "Các cơ sở y tế", "chú ý nâng cao tinh "),
         ("directive", "Các cơ sở y tế", "không để bệnh nhân n")]),
    "a_leader_concluding_the_points_below_asks": (
        "Họp Ban chỉ đạo\nSau khi nghe báo cáo, đồng chí Nguyễn Xuân Vũ, Chủ tịch UBND xã đã "
        "kết luận một số nội dung sau:\n\n- Trạm Y tế xã xây dựng phương án phòng, chống "
        "dịch.\n\n- Công an xã tăng cường tuần tra.\n", 20,
        [("directive", "Trạm Y tế xã", "xây dựng phương án p"),
         ("directive", "Công an xã", "tăng cường tuần tra")]),
    "task_words_ending_their_sentence_set_no_period": (
        "Hạt Kiểm lâm đẩy mạnh công tác bảo vệ rừng\nXác định công tác tuyên truyền vận động "
        "là nhiệm vụ hàng đầu. Trong 5 tháng đầu năm 2017, lực lượng kiểm lâm địa bàn đã tham "
        "mưu cho Ban BVR các xã thực hiện việc tuyên truyền, giáo dục nhân dân.\n", 20,
        # (the period after the sentence of task words is the one reviewed, not the next)
        [("action", None, "Trong 5 tháng đầu nă")]),
    "for_the_units_named_then_what_they_must_do_after_a_comma": (
        "Kiểm tra học kỳ\nSở GD-ĐT đề nghị Phòng GD-ĐT chỉ đạo các trường Tiểu học hoàn thành "
        "kiểm tra. Đối với các trường THCS, phải hoàn thành kiểm tra học kỳ II.\n\nĐối với các "
        "trường THPT, Trung tâm GDTX tỉnh, Trung tâm GDNN-GDTX, phải hoàn thành kiểm tra học "
        "kỳ II.\n", 20,
        # (", phải" ends the name; the units listed before it are a topic, no task)
        [("directive", "Phòng GD-ĐT", "chỉ đạo các trường T"),
         ("directive", "các trường THCS", "Đối với các trường T"),
         ("directive", "các trường THPT, Trung tâm GDTX tỉnh, Trung tâm GDNN-GDTX",
          "phải hoàn thành kiểm")]),
    "a_district_office_written_in_lower_case_asks": (
        "Nghỉ học\nTheo đó, phòng Giáo dục – Đào tạo huyện Phú Ninh đề nghị Hiệu trưởng các "
        "trường Mẫu giáo trên địa bàn huyện thông báo cho học sinh nghỉ học.\n", 20,
        [("directive", "Hiệu trưởng các trường Mẫu giáo",
          "thông báo cho học si")]),
    "key_tasks_done_well_announce_none": (
        "Tổng kết năm 2020\nNăm 2020, Ban Quản lý Khu kinh tế tỉnh đã nỗ lực thực hiện tốt "
        "công tác quản lý nhà nước các khu công nghiệp và các nhiệm vụ trọng tâm khác. Trong "
        "đó nổi bật là có 26 dự án được cấp quyết định chủ trương đầu tư.\n", 20,
        # (the key tasks done well, after "thực hiện tốt … và", announce no list of tasks)
        [("action", None, "Năm 2020, Ban Quản l"), ("action", None, "Trong đó nổi bật là ")]),
    "dashes_that_each_open_with_a_head_of_office_assign": (
        "Phòng dịch tôm\n\n- Trưởng phòng Phòng Nông nghiệp và PTNT huyện tham mưu các giải "
        "pháp nuôi trồng thủy sản bền vững.\n\n- Trưởng phòng Phòng Tài nguyên và Môi trường "
        "huyện tăng cường công tác kiểm tra việc xử lý nước thải.\n", 20,
        # (a directive's list copied without its lead: each head of office and his job)
        [("directive", "Trưởng phòng Phòng Nông nghiệp và PTNT huyện", "tham mưu các giải ph"),
         ("directive", "Trưởng phòng Phòng Tài nguyên và Môi trường huyện",
          "tăng cường công tác ")]),
    "a_request_for_units_named_across_a_comma_asks_them": (
        "Thu hoạch lúa\nUBND huyện yêu cầu đối với các xã, thị trấn sản xuất lúa tái sinh "
        "khẩn trương chỉ đạo các hợp tác xã thu hoạch lúa.\n", 20,
        # (not "đối với các xã," read as a topic before whom it asks)
        [("directive", "các xã, thị trấn sản xuất lúa tái sinh", "khẩn trương chỉ đạo ")]),
    "first_of_all_goes_on_with_the_requests": (
        "Chúc Tết\nĐồng chí Bí thư Tỉnh ủy yêu cầu BĐBP tỉnh tập trung thực hiện tốt một số "
        "nhiệm vụ trọng tâm.\n\nTrước hết, quán triệt, triển khai nghiêm túc các chỉ thị, nghị "
        "quyết của Bộ Quốc phòng.\n", 20,
        # ("Trước hết," leads the first of the tasks announced; "BĐBP" heads a unit)
        [("directive", "BĐBP tỉnh", "tập trung thực hiện "),
         ("directive", "BĐBP tỉnh", "quán triệt, triển kh")]),
    "a_request_word_in_brackets_asks_no_one": (
        "Long Mỹ\nÔng Nguyễn Thiện Nhơn, Trưởng Ban Tổ chức Tỉnh ủy (được Ban Thường vụ Tỉnh ủy "
        "phân công lãnh đạo, chỉ đạo trực tiếp thị xã Long Mỹ) cho biết, năm 2022 dự báo có "
        "nhiều khó khăn.\n", 20,
        # (an aside in brackets tells of his charge, no request to "lãnh đạo")
        []),
    "after_the_storm_the_units_must": (
        "Nghỉ học tránh bão\nSở GD&ĐT yêu cầu các trường cho học sinh nghỉ học.\n\nSau bão, các "
        "đơn vị phải dọn dẹp vệ sinh, khắc phục thiệt hại để sớm đón học sinh trở lại trường.\n",
        20,
        # ("Sau bão," says when, then who must: not the list's addressee going on)
        [("directive", "các trường", "cho học sinh nghỉ họ"),
         ("directive", "các đơn vị", "phải dọn dẹp vệ sinh")]),
    "carrying_out_the_years_tasks_opens_them": (
        "Hội nghị tổng kết\nNgày 23/12, Hội Bảo trợ tỉnh đã tổ chức Hội nghị tổng kết công tác "
        "Hội năm 2025; triển khai nhiệm vụ năm 2026.\n\nTriển khai nhiệm vụ năm 2026, Hội Bảo "
        "trợ tỉnh tập trung nâng cao hiệu quả các chương trình hỗ trợ người khuyết tật; đẩy mạnh "
        "xã hội hóa.\n", 20,
        # (running held out 91, r946: "Triển khai nhiệm vụ năm 2026," opens the coming year's
        # tasks as "Nhiệm vụ năm 2026," does)
        [("commitment", "Hội Bảo trợ tỉnh", "tập trung nâng cao h"),
         ("commitment", "Hội Bảo trợ tỉnh", "đẩy mạnh xã hội hóa")]),
    "a_promise_without_the_aim_it_closes_on": (
        "Kế hoạch năm 2022\nThời gian tới, Hội tỉnh sẽ tiếp tục phát triển mỗi Chi hội ít nhất "
        "từ 150 hội viên mới nhằm giúp đỡ người tiêu dùng nhiều hơn.\n\nNhà xuất bản sẽ nỗ lực "
        "thực hiện các biện pháp, kế hoạch nhằm triển khai kịp thời các nhiệm vụ chính trị.\n",
        100,
        # (running held out 91, r945: the aim is none of the promise; held out 55: what the
        # measures are for is what they are)
        [("commitment", "Hội tỉnh", "tiếp tục phát triển mỗi Chi hội ít nhất từ 150 hội viên mới"),
         ("commitment", None, "Nhà xuất bản sẽ nỗ lực thực hiện các biện pháp, kế hoạch nhằm triển "
          "khai kịp thời các nhiệm vụ chính")]),
    "a_provincial_labour_federation_asks_by_its_short_name": (
        "Chăm lo Tết cho đoàn viên\n\nTheo đó, LĐLĐ tỉnh yêu cầu các LĐLĐ huyện, TP, các CĐ "
        "ngành và các CĐCS đảm bảo để mọi đoàn viên đều được chăm lo trong dịp tết.\n", 30,
        # (directives held out 96, d900: "LĐLĐ" is "Liên đoàn Lao động" written short)
        [("directive", "các LĐLĐ huyện, TP, các CĐ ngành và các CĐCS",
          "đảm bảo để mọi đoàn viên đều đ")]),
    "the_ground_of_duties_powers_and_the_situation_leads_a_request": (
        "Kiểm soát thị trường dịp Tết\n\nTheo đó, Ban Chỉ đạo 389 tỉnh yêu cầu các sở, ngành "
        "tiếp tục quán triệt các văn bản.\n\nCăn cứ chức năng, quyền hạn được giao và tình hình "
        "thực tế, các sở, ngành chủ động xây dựng phương án chống buôn lậu.\n", 30,
        # (directives held out 96, d901: "Căn cứ chức năng, quyền hạn được giao và tình hình
        # thực tế," is the ground the request stands on, as "Căn cứ chức năng, nhiệm vụ" is)
        [("directive", "các sở, ngành", "tiếp tục quán triệt các văn bả"),
         ("directive", "các sở, ngành", "các sở, ngành chủ động xây dựn")]),
    "owners_named_by_the_works_they_manage_are_one_addressee": (
        "Ứng phó bão lũ\n\nTheo đó, Ban Chỉ huy PCTT - TKCN yêu cầu các chủ quản lý công trình "
        "thủy lợi trên địa bàn huyện tập trung kiểm tra các hồ chứa nước.\n", 20,
        # (directives held out 97, d910: "các chủ quản lý công trình thủy lợi" are the owners
        # who manage the works, as "các đơn vị quản lý …" are; nouns.jsonl team)
        [("directive", "các chủ quản lý công trình thủy lợi",
          "tập trung kiểm tra c")]),
    "a_direction_given_in_good_time_for_an_aim": (
        "Ứng phó bão số 5\n\nĐể chủ động ứng phó hiệu quả với bão số 5, Bộ Chỉ huy Quân sự "
        "tỉnh đã kịp thời chỉ đạo các cơ quan, đơn vị triển khai các biện pháp tích cực.\n", 20,
        # (directives held out 100, d941: "đã kịp thời chỉ đạo" directs as "đã chỉ đạo" does)
        [("directive", "các cơ quan, đơn vị", "triển khai các biện ")]),
    "a_city_named_after_tp_with_no_dot_ends_the_speaker": (
        "Ứng phó bão Matmo\n\nSở GD-ĐT TP Hải Phòng cũng yêu cầu các đơn vị giáo dục triển "
        "khai phương án trực bão.\n", 20,
        # (directives held out 101, d951: "TP Hải Phòng" as "TP. Hải Phòng", the city the
        # department belongs to, closes its name; units.json name_tail)
        [("directive", "các đơn vị giáo dục", "triển khai phương án")]),
    "a_paragraph_that_opens_on_what_must_be_done_carries_the_requests_on": (
        "Bảo đảm an toàn giao thông đường thủy\n\nSở Giao thông vận tải đề nghị UBND các quận, "
        "huyện tăng cường kiểm tra các bến khách ngang sông.\n\nBên cạnh đó, cần thường xuyên "
        "kiểm tra việc chấp hành quy định về đường thủy. Xử lý hành vi vi phạm đối với phương "
        "tiện chở quá trọng tải cho phép.\n", 20,
        # (directives held out 33, d318: a paragraph that opens on "cần" + a verb goes on with
        # the list of requests, and so do the sentences after it)
        [("directive", "UBND các quận, huyện", "tăng cường kiểm tra "),
         ("directive", "UBND các quận, huyện", "cần thường xuyên kiể"),
         ("directive", "UBND các quận, huyện", "Xử lý hành vi vi phạ")]),
    "a_request_made_for_an_aim_with_commas_of_its_own": (
        "Trường học vùng cao giá rét\n\nNhằm đảm bảo sức khoẻ cho cán bộ, giáo viên và học sinh "
        "trong điều kiện thời tiết khắc nghiệt, Sở Giáo dục và Đào tạo Sơn La đã đề nghị các cơ "
        "sở giáo dục rà soát toàn bộ hệ thống cửa sổ các phòng học.\n", 20,
        # (directives held out 102, d960: the aim holds commas of its own, and "đã đề nghị"
        # asks for it as "đã chỉ đạo" directs)
        [("directive", "các cơ sở giáo dục", "rà soát toàn bộ hệ t")]),
    "shortcomings_listed_after_their_colon_are_no_results": (
        "Giải trình về những tồn đọng\n\nTại phiên giải trình, nhiều đại biểu HĐND đã yêu cầu "
        "Chủ tịch UBND huyện giải trình về những vấn đề tồn đọng như: Tình trạng sử dụng các "
        "phương tiện đánh bắt thủy sản; công tác quản lý barie; thu gom rác thải, hầm đất.\n", 20,
        # (running held out 101, r1047: the matters still open, listed after "như:", are
        # shortcomings, no results of their own; running.json shortcomings_listed)
        [("action", None, "Tại phiên giải trình")]),
    "a_caption_that_places_a_person_in_the_picture_is_no_item": (
        "Chủ tịch tỉnh làm việc với huyện\n\nChủ tịch UBND tỉnh Lâm Minh Thành (hàng đầu, thứ "
        "ba, từ phải qua) khảo sát việc di dời cống Hà Giang.\n\nChủ tịch UBND tỉnh yêu cầu "
        "UBND huyện tập trung đầu tư xây dựng kết cấu hạ tầng.\n", 20,
        # (running held out 98, r1010, and 88, r915: "(thứ 3 từ phải sang trái)" says where
        # someone stands in a photo; running.json furniture)
        [("directive", "UBND huyện", "tập trung đầu tư xây")]),
    "a_promise_opening_with_its_aim_is_the_unit_named_after_it": (
        "Văn phòng Đăng ký đất đai\n\nĐể nâng cao hiệu quả hoạt động theo mô hình 1 cấp trong "
        "thời gian tới, Văn phòng Đăng ký đất đai tỉnh sẽ tiếp tục kiện toàn tổ chức bộ máy.\n",
        20,
        # (running held out 104, r1070: the unit after the aim's comma, before "sẽ")
        [("commitment", "Văn phòng Đăng ký đất đai tỉnh", "tiếp tục kiện toàn t")]),
    "a_task_that_settles_cases_long_standing_names_no_shortcoming": (
        "Văn phòng Đăng ký đất đai\n\nTrong thời gian tới, Văn phòng Đăng ký đất đai tỉnh sẽ "
        "tiếp tục kiện toàn tổ chức bộ máy. Cùng với đó, đơn vị cũng giải quyết dứt điểm trường "
        "hợp tự ý tách thửa, phân lô trái phép tồn tại qua nhiều năm.\n", 20,
        # (running held out 104, r1070: "tồn tại qua nhiều năm" says how long the cases
        # settled have stood, no shortcoming named; running.json remedy)
        [("commitment", "Văn phòng Đăng ký đất đai tỉnh", "Văn phòng Đăng ký đấ"),
         ("commitment", None, "đơn vị cũng giải quy")]),
    "a_forecast_of_weather_under_way_then_expected_is_no_item": (
        "Ứng phó áp thấp nhiệt đới\n\nTheo dự báo của Trung tâm Khí tượng thủy văn quốc gia, "
        "áp thấp nhiệt đới đang dịch chuyển về phía Quảng Ninh, dự kiến sẽ ảnh hưởng đến thời "
        "tiết khu vực biển Quảng Ninh. Sở Nông nghiệp và Môi trường đề nghị Cảng vụ hàng hải "
        "Quảng Ninh tạm ngừng cấp phép cho các phương tiện thủy ra khơi.\n\nCó thể xem xét, "
        "cho phép các tàu được chạy về nơi tránh trú trước 15 giờ ngày 18-8.\n", 20,
        # (directives held out 104, d983: the weather under way and then expected is no
        # result nor promise; "tạm ngừng" ends the name of the one asked (verbs.jsonl); "Có
        # thể xem xét, cho phép …" asks on (running.json manner))
        [("directive", "Cảng vụ hàng hải Quảng Ninh", "tạm ngừng cấp phép c"),
         ("directive", "Cảng vụ hàng hải Quảng Ninh", "Có thể xem xét, cho ")]),
    "a_direction_given_for_an_aim_asks_the_longer_name": (
        "Khắc phục hậu quả bão\n\nĐể nhanh chóng khắc phục hậu quả do bão gây ra, Ban Thường "
        "vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền và lực lượng vũ trang trong tỉnh tập trung "
        "thực hiện tốt Công điện số 175.\n", 20,
        # (directives held out 105, d992: "… trong tỉnh" is part of whom it asks, as when the
        # sentence opens with no aim)
        [("directive", "các cấp ủy, chính quyền và lực lượng vũ trang trong tỉnh",
          "tập trung thực hiện ")]),
    "directions_told_as_what_followed_stand": (
        "Bảo vệ biên giới dịp Tết\n\nTheo đó, Bộ Chỉ huy BĐBP Thanh Hóa đã chỉ đạo các cơ "
        "quan, đơn vị trong BĐBP Thanh Hóa duy trì nghiêm chế độ trực sẵn sàng chiến đấu. Nắm "
        "chắc tình hình, quản lý chặt chẽ biên giới, địa bàn. Ngày 31/8, Đồn Biên phòng cửa "
        "khẩu Tén Tằn đã tổ chức tuyên truyền cho nhân dân tại khu Đoàn Kết.\n", 20,
        # (directives held out 106, d1001, and 100, d941: "Theo đó, <body> đã chỉ đạo <units>
        # <job>" tells directions that stand, running.json directs_accordingly; a dated
        # event after them, "Ngày 31/8, … đã tổ chức …", is done, done_early)
        [("directive", "các cơ quan, đơn vị trong BĐBP Thanh Hóa", "duy trì nghiêm chế đ"),
         ("directive", "các cơ quan, đơn vị trong BĐBP Thanh Hóa", "Nắm chắc tình hình, "),
         ("action", None, "Ngày 31/8, Đồn Biên ")]),
    "the_figures_each_target_reached_are_results_of_their_own": (
        "Hội nghị ngành chăn nuôi\n\nTại hội nghị, Chi cục Chăn nuôi và Thú y đã báo cáo kết "
        "quả công tác năm 2020, đề ra phương hướng, nhiệm vụ thực hiện năm 2021. Kết quả công "
        "tác phát triển chăn nuôi trong thời gian vừa qua cơ bản đạt được các chỉ tiêu kế hoạch "
        "như: đàn trâu, bò đạt 36 nghìn con bằng 90,5% kế hoạch; đàn lợn đạt 366 nghìn con bằng "
        "91,5% kế hoạch.\n", 20,
        # (running held out 109, r1129: "Kết quả … vừa qua … đạt được …" after the tasks set
        # is a result, running.json done_early; the targets listed after "như:" each reached
        # a figure, figure_reached, no details of one result)
        [("action", None, "Kết quả công tác phá"),
         ("action", None, "đàn trâu, bò đạt 36 "),
         ("action", None, "đàn lợn đạt 366 nghì")]),
    "directing_documents_issued_ask_no_one": (
        "Làm việc với Huyện ủy\n\nHuyện ủy đã phân công chỉ tiêu cho từng tập thể. Cùng với việc "
        "ban hành các văn bản chỉ đạo, UBND cũng triển khai các đề án, các cơ chế chính sách. "
        "MTTQ phường đã xây dựng các văn bản chỉ đạo Đại hội MTTQ phường, chỉ đạo các tổ chức "
        "chính trị-xã hội triển khai kế hoạch tổ chức Đại hội.\n", 20,
        # (running held out 109, r1121, and 67, r702: "các văn bản chỉ đạo" are documents
        # issued, no document that asks the unit after them; running.json speaker, request)
        [("action", None, "Huyện ủy đã phân côn"),
         ("action", None, "Cùng với việc ban hà"),
         ("action", None, "MTTQ phường đã xây d"), ("action", None, "chỉ đạo các tổ chức ")]),
    "units_that_must_act_given_the_situation": (
        "Cảnh báo cháy rừng\n\nNguy cơ cháy rừng trên địa bàn huyện tiếp tục ở mức cao.\n\n"
        "Trước tình hình đó, UBND các xã, thị trấn và các đơn vị chủ rừng cần tăng cường kiểm "
        "tra, nghiêm cấm đốt nương rẫy trong thời gian cảnh báo.\n", 20,
        # (directives held out 109, d1032: "Trước tình hình đó, <units> cần …" says what they
        # must do, running.json obligation_lead)
        [("directive", "UBND các xã, thị trấn và các đơn vị chủ rừng", "cần tăng cường kiểm ")]),
    "an_officer_by_rank_directs": (
        "Đại hội Đảng bộ huyện\n\nĐể hoàn thành tốt nhiệm vụ chính trị của Đảng bộ, Đại tá "
        "Phạm Thành Sỹ chỉ đạo địa phương cần phải thực hiện tốt công tác quy hoạch.\n", 20,
        # (running held out 111, r1145: a military rank before a name speaks as "đồng chí"
        # does, running.json speaker and person)
        [("directive", "địa phương", "cần phải thực hiện t")]),
    "a_results_label_then_its_details_are_results": (
        "Sơ kết công tác hội\n\nHội nghị đã đề ra các nhiệm vụ trọng tâm năm 2022. Kết quả "
        "phát triển hội viên; Trong quý đã kết nạp được 24 hội viên.\n", 20,
        # (running held out 112, r1154: "Kết quả <topic>;" labels the results that follow,
        # running.json done_early)
        [("action", None, "Kết quả phát triển h"), ("action", None, "Trong quý đã kết nạp")]),
    "a_heading_on_carrying_out_the_key_tasks_reviews_them": (
        "Sơ kết chuyển đổi số\n\nQua 06 tháng đầu năm, UBND huyện đã ban hành một số văn bản "
        "về chuyển đổi số.\n\n- Về thực hiện một số nhiệm vụ trọng tâm thúc đẩy chuyển đổi số:"
        "\n\n(1) Về chính quyền số: Tổ chức tuyên truyền cho 16 hộ sản xuất kinh doanh; 100% "
        "cơ quan Nhà nước cấp huyện kết nối mạng truyền số liệu chuyên dùng.\n", 20,
        # (running held out 112, r1152: "Về thực hiện … nhiệm vụ trọng tâm …:" heads the work
        # done on them, no tasks to come; running.json tasks_done, forward)
        [("action", None, "Qua 06 tháng đầu năm"), ("action", None, "Tổ chức tuyên truyền"),
         ("action", None, "100% cơ quan Nhà nướ")]),
    "a_department_closing_schools_before_a_storm": (
        "Học sinh nghỉ học tránh bão\n\nNgày 27/9, Sở GD&ĐT tỉnh Thanh Hóa đã có công văn yêu "
        "cầu các cơ sở giáo dục trên địa bàn cho học sinh nghỉ học trong ngày 29/9.\n\nTheo đó, "
        "sở nhấn mạnh yêu cầu các đơn vị theo dõi sát diễn biến bão.\n\nSong song, các trường "
        "phải rà soát, củng cố cơ sở vật chất.\n", 20,
        # (directives held out 110, d1041: "cho học sinh …" is what the units asked must do,
        # running.json addressee_stop; "Theo đó, sở nhấn mạnh yêu cầu …" speaks, speaker;
        # "Song song, <units> phải …" says what they must do, obligation_lead)
        [("directive", "các cơ sở giáo dục trên địa bàn", "cho học sinh nghỉ họ"),
         ("directive", "các đơn vị", "theo dõi sát diễn bi"),
         ("directive", "các trường", "phải rà soát, củng c")]),
    "a_department_directs_those_it_names_to_what_they_must_do": (
        "Học sinh nghỉ học tránh bão\n\nNgoài ra, Sở GD&ĐT Thanh Hóa chỉ đạo trường học cần "
        "sẵn sàng làm nơi tránh trú bão cho nhân dân.\n", 20,
        # (directives held out 110, d1041: a department's "chỉ đạo" is its own work unless
        # whom it names must then do something, "… trường học cần sẵn sàng …", whether the
        # registry knows them or not)
        [("directive", "trường học", "cần sẵn sàng làm nơi")]),
    "the_term_a_congress_is_held_for_is_the_one_to_come": (
        "Đại hội Hội Đông y\n\nNgày 9/3, Hội Đông y huyện Phú Hòa tổ chức đại hội lần thứ IX, "
        "nhiệm kỳ 2022-2027.\n\nNhiệm kỳ 2022-2027, Hội Đông y huyện Phú Hòa tiếp tục củng cố "
        "tổ chức hội, phát triển hội viên.\n", 20,
        # (running held out 107, r1107: the one term a page names, for the congress it holds,
        # is the term ahead; running.json congress_term)
        [("commitment", "Hội Đông y huyện Phú Hòa", "tiếp tục củng cố tổ "),
         ("commitment", "Hội Đông y huyện Phú Hòa", "phát triển hội viên")]),
    "units_that_must_act_after_a_bare_also": (
        "Chuẩn bị đại hội\n\nQua đó, Lãnh đạo Huyện ủy cũng đã ghi nhận và chỉ đạo thêm một số "
        "công tác tổ chức đại hội phải đảm bảo về phòng chống dịch bệnh. Đồng thời Đảng bộ xã "
        "cần tập trung thực hiện tốt công tác chuẩn bị văn kiện đại hội.\n", 20,
        # (running held out 106, r1094: "Đồng thời <unit> cần …" with no comma after the
        # connector names who must act, running.json obligation_lead)
        [("action", None, "Qua đó, Lãnh đạo Huy"),
         ("directive", "Đảng bộ xã", "cần tập trung thực h")]),
    "a_measure_with_its_figure_is_a_result_of_its_own": (
        "Trong quý I, giá trị sản xuất nông nghiệp đạt 889 tỷ đồng (tăng 4% so cùng kỳ), giá "
        "trị sản xuất công nghiệp hơn 1.200 tỷ đồng (tăng 8,9% so với cùng kỳ), doanh thu "
        "thương mại - dịch vụ hơn 2.200 tỷ đồng. Lũy kế 6 tháng đầu năm 2016, tổng thu ngân "
        "sách toàn huyện hơn 20 tỉ đồng.\n", 20,
        # (running held out 113, r1160: "…, <measure> <figure>" after a figure is a result of
        # its own, running.json measure_opening; after a time only, one result)
        [("action", None, "Trong quý I, giá trị"),
         ("action", None, "giá trị sản xuất côn"),
         ("action", None, "doanh thu thương mại"),
         ("action", None, "Lũy kế 6 tháng đầu n")]),
    "a_number_and_slash_glued_to_a_unit_opens_a_list_item": (
        "Thông báo về việc đeo thẻ\n\nHiệu trưởng yêu cầu các đơn vị thực hiện nghiêm, đặc "
        "biệt lưu ý:\n\n1/Đội bảo vệ chuyên trách: chịu trách nhiệm kiểm tra việc đeo thẻ của "
        "sinh viên;\n\n2/Giao Phòng Thanh tra Pháp chế: tiếp tục theo dõi việc thực hiện.\n",
        20,
        # (directives held out 112, d1060: "1/Đội …" with no space after the slash is a list
        # number, tasks.json list_marker and running.json list_number)
        [("directive", "Đội bảo vệ chuyên trách", "chịu trách nhiệm kiể"),
         ("directive", "Phòng Thanh tra Pháp chế", "tiếp tục theo dõi vi")]),
    "the_bodys_own_tasks_before_the_clause_that_asks": (
        "Triển khai nhiệm vụ\n\nTrong 6 tháng đầu năm, UBND huyện đã triển khai thực hiện "
        "các nhiệm vụ.\n\nVề phương hướng, nhiệm vụ 6 tháng cuối năm 2020, UBND huyện tăng "
        "cường nhiệm vụ QPQS địa phương; tiếp tục duy trì nghiêm chế độ trực SSCĐ; UBND huyện "
        "tiếp tục lãnh đạo, chỉ đạo lực lượng vũ trang huyện quán triệt, triển khai thực hiện "
        "tốt nhiệm vụ.\n", 20,
        # (running held out 114, r1178: "Về phương hướng, nhiệm vụ <period>," opens the coming
        # period, running.json forward; the clauses before the one that asks, kept apart by
        # "; ", are the body's own tasks, running.py _own_before_request)
        [("action", None, "Trong 6 tháng đầu nă"),
         ("commitment", "UBND huyện", "tăng cường nhiệm vụ "),
         ("commitment", "UBND huyện", "tiếp tục duy trì ngh"),
         ("directive", "lực lượng vũ trang huyện", "quán triệt, triển kh")]),
    "whom_each_request_of_a_list_asks": (
        "Bí thư huyện ủy kiểm tra phòng chống bão\n\nTại các xã, đồng chí bí thư huyện ủy "
        "đã yêu cầu các đơn vị chuẩn bị tốt việc phòng chống bão số 4, đồng thời đồng chí "
        "yêu cầu các xã ngừng tất cả các hoạt động để tập trung cho công tác phòng chống bão. "
        "Những cây cối dọc các tuyến giao thông yêu cầu lực lượng dân quân tự vệ cắt tỉa. Tất "
        "cả các xã, thị trấn bố trí lực lượng trực 24h/24h.\n", 20,
        # (directives held out 116, d1101: "đồng thời đồng chí yêu cầu <units>" asks anew,
        # running.json pronoun_speaker; what a request is about, then whom it asks; "Tất cả
        # các xã, thị trấn" named with its task, running.json addressee_start; "cắt tỉa" is
        # a verb that ends a name, verbs.jsonl)
        [("directive", "các đơn vị", "chuẩn bị tốt việc ph"),
         ("directive", "các xã", "ngừng tất cả các hoạ"),
         ("directive", "lực lượng dân quân tự vệ", "Những cây cối dọc cá"),
         ("directive", "Tất cả các xã, thị trấn", "bố trí lực lượng trự")]),
    "a_town_committee_written_short_directs_and_the_meeting_assigns": (
        "Sông Cầu: Tăng cường phòng, chống sốt xuất huyết\n\nUBND TX Sông Cầu vừa chỉ đạo các "
        "cơ quan, ban ngành, đoàn thể, xã, phường tăng cường công tác phòng, chống bệnh sốt "
        "xuất huyết.\n\nTheo đó, Trung tâm Y tế thị xã giám sát, phát hiện sớm các ổ dịch.\n\n"
        "Cuộc họp đã đi đến thống nhất giao nhiệm vụ cho Phòng Văn hóa và Thông tin huyện chủ "
        "động thực hiện video phục vụ Đại hội.\n", 20,
        # (directives held out 118, d1123: "UBND TX …" speaks as "UBND thị xã …" does; 117,
        # d1112: "Cuộc họp đã đi đến thống nhất giao …" assigns; running.json speaker)
        [("directive", "các cơ quan, ban ngành, đoàn thể, xã, phường", "tăng cường công tác "),
         ("directive", "Trung tâm Y tế thị xã", "giám sát, phát hiện "),
         ("directive", "Phòng Văn hóa và Thông tin huyện", "chủ động thực hiện v")]),
    "a_body_resolved_to_do_promises": (
        "Xã triển khai nhiệm vụ năm 2026\n\nNăm 2025, xã đã đạt được nhiều kết quả quan "
        "trọng.\n\nĐể hoàn thành tất cả các chỉ tiêu, xã Quảng Chính quyết tâm giữ vững đoàn "
        "kết; đẩy mạnh cải cách hành chính.\n\nVới quyết tâm cao, các xã đã hoàn thành kế "
        "hoạch.\n", 20,
        # (running held out 119, r1226: "<body> quyết tâm <task>" promises as "sẽ" does;
        # "với quyết tâm cao" is no promise; running.json future)
        [("action", None, "Năm 2025, xã đã đạt "),
         ("commitment", None, "Để hoàn thành tất cả"),
         ("commitment", None, "đẩy mạnh cải cách hà"),
         ("action", None, "Với quyết tâm cao, c")]),
    "a_task_given_by_a_decision_and_the_focus_of_a_programme": (
        "Tỉnh ban hành chương trình công tác\n\nNăm 2025, tỉnh đã đạt nhiều kết quả.\n\n"
        "Theo quyết định nêu trên, Sở Nội vụ được giao trình Đề án sắp xếp thôn trong tháng "
        "4/2026.\n\nChương trình gồm 136 nhiệm vụ. Trọng tâm xuyên suốt là triển khai thực "
        "hiện nghiêm túc các nghị quyết của tỉnh; tăng cường kỷ luật, kỷ cương hành chính.\n",
        20,
        # (running held out 119, r1222: "Theo <source>, <unit> được giao …" asks that unit,
        # running.py _asked_passively; "Trọng tâm (xuyên suốt) là …" opens the tasks,
        # running.json task_lead)
        [("action", None, "Năm 2025, tỉnh đã đạ"),
         ("directive", "Sở Nội vụ", "trình Đề án sắp xếp "),
         ("commitment", None, "Trọng tâm xuyên suốt"),
         ("commitment", None, "tăng cường kỷ luật, ")]),
    "all_the_wards_groups_and_a_unit_named_by_its_work": (
        "Phường chủ động ứng phó bão\n\nUBND phường yêu cầu tất cả tổ dân phố và lực lượng "
        "chức năng theo dõi sát sao bản tin khí tượng.\n\nThực hiện Công điện số 08/CĐ-UBND, "
        "phường Xuân Đỉnh yêu cầu các phòng, ban chức năng đồng loạt kích hoạt phương án ứng "
        "phó bão số 3.\n\nĐơn vị thoát nước đảm bảo không để ngập úng tại khu dân cư.\n", 20,
        # (directives held out 119, d1132: "tất cả tổ dân phố" named as addressees are,
        # running.json addressee_start; "Đơn vị …" heads a unit, units.json heads)
        [("directive", "tất cả tổ dân phố và lực lượng chức năng", "theo dõi sát sao bản"),
         ("directive", "các phòng, ban chức năng", "đồng loạt kích hoạt "),
         ("directive", "Đơn vị thoát nước", "đảm bảo không để ngậ")]),
    "keeping_to_the_key_tasks_announces_none": (
        "Sở tổng kết năm 2019\n\nNgày 10/1/2020, Sở Lao động Thương binh và Xã hội tổ chức hội "
        "nghị tổng kết năm 2019 và triển khai nhiệm vụ năm 2020.\n\nTheo đánh giá, trong năm "
        "2019, Sở đã phát huy tốt chức năng tham mưu; thường xuyên bám sát nội dung chương "
        "trình, nhiệm vụ trọng tâm của ngành để hướng dẫn, kiểm tra.\n\nĐảng ủy phường yêu cầu "
        "các cơ quan, đơn vị bắt tay vào việc ngay từ ngày làm việc đầu tiên sau kỳ nghỉ Tết.\n",
        20,
        # (running held out 118, r1218: "bám sát … nhiệm vụ trọng tâm của ngành" is work
        # done, no tasks announced, running.json regarded_as; r1219: "bắt tay vào" is an
        # act that ends whom a request asks, verbs.jsonl)
        [("action", None, "Theo đánh giá, trong"),
         ("action", None, "thường xuyên bám sát"),
         ("directive", "các cơ quan, đơn vị", "bắt tay vào việc nga")]),
    "having_measures_is_asked_not_named": (
        "Tuy nhiên, trong Công an xã vẫn còn trường hợp chưa nắm vững quy trình giải quyết vụ "
        "việc; tình hình tệ nạn xã hội, nhất là số đề, đá gà vẫn còn xảy ra, đề nghị Công an "
        "xã có biện pháp giải quyết; Đề nghị các ngành cấp trên cần quan tâm hỗ trợ thêm chế "
        "độ.\n",
        20,
        # (running held out 115, r1187: "có biện pháp" opens what the unit is asked, it
        # ends the name: tasks.json stops and running.json addressee_stop)
        [("directive", "Công an xã", "có biện pháp giải qu"),
         ("directive", "các ngành cấp trên", "cần quan tâm hỗ trợ ")]),
    "the_tasks_requirements_ask_no_one": (
        "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2021\n\nNăm 2020, công tác dân vận tiếp "
        "tục bám sát hướng dẫn, chỉ đạo của Trung ương, Tỉnh ủy và yêu cầu nhiệm vụ chính trị "
        "của địa phương, thực hiện tốt “Năm dân vận khéo”. Phát huy vai trò của Mặt trận Tổ "
        "quốc trong công tác tuyên truyền.\n",
        20,
        # (running held out 122, r1250: "yêu cầu nhiệm vụ" names the requirements of the
        # tasks, it asks no one: running.json request)
        [("action", None, "Năm 2020, công tác d"),
         ("action", None, "thực hiện tốt “Năm d"),
         ("action", None, "Phát huy vai trò của")]),
    "a_ward_by_its_name_asks": (
        "Giám sát tại Đảng ủy phường\n\nĐại diện các ban, ngành phường cho biết, trụ sở còn "
        "chật.\n\nBên cạnh đó, phường Nhiêu Lộc cũng đề nghị thành phố xem xét tăng thêm 1 "
        "Phó Chủ tịch UBND phường.\n",
        20,
        # (running held out 122, r1255: a commune, ward or town named by its level opens
        # its clause and asks, as a district does: running.json speaker)
        [("directive", "thành phố", "xem xét tăng thêm 1 ")]),
    "a_school_begs_the_parents": (
        "Trường MN Trung Giã kính gửi thông báo đến quý phụ huynh học sinh:\n\nĐể đảm bảo công "
        "tác phòng chống dịch nhà trường kính mong CMHS tiếp tục thực hiện tốt thông điệp 5K "
        "của Bộ y tế, tăng cường chăm sóc sức khoẻ cho các con tại gia đình. Trong thời gian "
        "trẻ tạm dừng đến trường, kính mong CMHS quan tâm nhiều hơn tới sức khoẻ của trẻ.\n",
        20,
        # (directives held out 123, d1174: "kính mong" asks, the parents "CMHS" are asked,
        # and a "trong thời gian …" clause before it says when: running.json request,
        # addressee_start, when_lead)
        [("directive", "CMHS", "tiếp tục thực hiện t"),
         ("directive", "CMHS", "tăng cường chăm sóc "),
         ("directive", "CMHS", "quan tâm nhiều hơn t")]),
    "the_pages_years_over_a_rewards_headline": (
        "Lực lượng Quản lý thị trường tỉnh tiếp tục tăng cường công tác kiểm tra\n\nQuản lý "
        "thị trường tỉnh khen thưởng các cá nhân tiêu biểu trong thực hiện nhiệm vụ năm 2020\n\n"
        "Trong năm 2020, lực lượng quản lý thị trường tỉnh đã xử lý 1.441 vụ, bằng 106,6% so "
        "với năm 2019.\n\nNăm 2021, lực lượng quản lý thị trường tỉnh sẽ tiếp tục tăng cường "
        "công tác quản lý, kiểm tra, kiểm soát hàng hóa.\n",
        20,
        # (running held out 125, r1284: the headline's "nhiệm vụ năm 2020" is the year the
        # page's lines review, "Năm 2021, …" the year ahead: nlp/running.py _page_periods)
        [("action", None, "Trong năm 2020, lực "),
         ("commitment", None, "lực lượng quản lý th")]),
    "the_delegates_ask": (
        "Hội nghị HĐND xã\n\nPhát biểu thảo luận, các đại biểu đề nghị UBND xã có biện pháp "
        "nâng cao tỷ lệ người dân tham gia bảo hiểm y tế.\n",
        20,
        # (running held out 125, r1287: the delegates of a meeting ask as a leader does:
        # running.json speaker)
        [("directive", "UBND xã", "có biện pháp nâng ca")]),
    "a_numbered_name_over_its_paragraphs": (
        "PHÒNG CHỐNG DỊCH TẢ LỢN\n\nBan Chỉ đạo phòng chống dịch xã đề nghị tất cả mọi người "
        "dân thực hiện một số biện pháp như sau:\n\n1. Các trưởng thôn\n\nTuyên truyền cho bà "
        "con nhân dân sử dụng thuốc tiêu độc khử trùng.\n\nKhông mua bán lợn khi chưa biết rõ "
        "nguồn gốc xuất xứ.\n\n3. Các hộ giết mổ lợn.\n\n– Không giết mổ lợn bị bệnh.\n",
        20,
        # (directives held out 125, d1190: a numbered line that is only a name heads the
        # paragraphs of its tasks, a full stop after it too when dashes follow; "Không mua
        # bán …", "Không giết mổ …" are prohibitions: nlp/running.py _paragraph_start,
        # running.json prohibited_act)
        [("directive", "Các trưởng thôn", "Tuyên truyền cho bà "),
         ("directive", "Các trưởng thôn", "Không mua bán lợn kh"),
         ("directive", "Các hộ giết mổ lợn", "Không giết mổ lợn bị")]),
    "an_ellipsis_before_the_next_assignment": (
        "Kết luận của Chủ tịch UBND tỉnh\n\nTrong nội dung thông báo, đồng chí Chủ tịch chỉ đạo "
        "rõ: Giao cho Sở Kế hoạch - Đầu tư phối hợp với UBND huyện làm rõ gói thầu số 7… giao "
        "cho Sở Tài chính chủ trì làm rõ các nội dung theo báo nêu.\n\nBáo CCB Việt Nam rất hoan "
        "nghênh sự quan tâm và phối hợp của đồng chí Chủ tịch UBND tỉnh.\n",
        20,
        # (directives held out 126, d1201: "… giao cho <unit>" after an ellipsis assigns anew,
        # running.json joined_request; "rất" ends a name, addressee_stop and tasks.json stops)
        [("directive", "Sở Kế hoạch - Đầu tư", "phối hợp với UBND hu"),
         ("directive", "Sở Tài chính", "chủ trì làm rõ các n")]),
    "informing_coordinating_and_by_itself_end_a_name": (
        "Phòng cháy chữa cháy dịp Tết\n\nĐề nghị Ban điều hành 11 khu phố thông tin tuyên "
        "truyền sâu rộng đến khu dân cư. UBND xã giao cho các Phòng, Ban, các đồng chí Trưởng "
        "thôn phối kết hợp chủ động rà soát số liệu về trẻ em.\n",
        20,
        # (directives held out 122, d1163 and d1162: "thông tin" before "tuyên truyền", "phối
        # kết hợp" and "tự trang bị" end a name: running.json addressee_stop, tasks.json stops)
        [("directive", "Ban điều hành 11 khu phố", "thông tin tuyên truy"),
         ("directive", "các Phòng, Ban, các đồng chí Trưởng thôn", "phối kết hợp chủ độn")]),
    "ordinal_words_number_a_list": (
        "THÔNG BÁO về việc phòng, chống rét đậm\n\nỦy ban nhân dân xã thông báo và yêu cầu các "
        "cơ quan, đơn vị và toàn thể Nhân dân thực hiện tốt một số nội dung sau:\n\nThứ nhất, "
        "thường xuyên theo dõi các bản tin dự báo thời tiết.\n\nThứ hai, Trạm Y tế xã phối hợp "
        "với các trường học tăng cường tuyên truyền; chú trọng bảo vệ sức khỏe người cao "
        "tuổi.\n",
        20,
        # (directives held out 122, d1161: "Thứ nhất, …", "Thứ hai, …" number a list of
        # requests as "1.", "2." do: nlp/running.json list_number)
        [("directive", "các cơ quan, đơn vị và toàn thể Nhân dân", "thường xuyên theo dõ"),
         ("directive", "Trạm Y tế xã", "phối hợp với các trư"),
         ("directive", "Trạm Y tế xã", "chú trọng bảo vệ sức")]),
    "units_told_what_they_must_not_do": (
        "Bão số 11\n\nBan Chỉ huy Phòng thủ dân sự tỉnh yêu cầu các địa phương, đơn vị liên "
        "quan cần chủ động ứng phó với bão số 11.\n\nCác cơ quan, đơn vị, địa phương tuyệt đối "
        "không chủ quan, lơ là, tập trung theo dõi chặt chẽ diễn biến của bão.\n\nCác địa "
        "phương, đơn vị liên quan nắm chắc diễn biến thời tiết để điều chỉnh kế hoạch sản "
        "xuất.\n",
        20,
        # (directives held out 123, d1171: units named, then what they must not do, carry a
        # list of requests on: nlp/running.py _acts_after, running.json prohibited_act)
        [("directive", "các địa phương, đơn vị liên quan", "cần chủ động ứng phó"),
         ("directive", "Các cơ quan, đơn vị, địa phương", "Các cơ quan, đơn vị,"),
         ("directive", "Các cơ quan, đơn vị, địa phương", "tập trung theo dõi c"),
         ("directive", "Các địa phương, đơn vị liên quan", "nắm chắc diễn biến t")]),
    "the_months_left_after_who_says_so_and_a_press_tag": (
        "Mỏ Cày Bắc: Phấn đấu hoàn thành các chỉ tiêu năm 2019\n\nBDK - Theo Phó chủ tịch UBND "
        "huyện Mai Hoàng Nhân, những tháng còn lại của năm 2019, huyện tập trung thực hiện một "
        "số nhiệm vụ trọng tâm để hoàn thành các chỉ tiêu về phát triển kinh tế.\n\nCụ thể, "
        "tập trung chương trình Đồng khởi khởi nghiệp và phát triển doanh nghiệp. Thực hiện tốt "
        "các chính sách hỗ trợ các doanh nghiệp.\n",
        20,
        # (running held out 129, r1326: a newspaper's tag in capitals, running.json
        # press_tag; who says it, then the months left, forward; "Cụ thể," paragraph_lead)
        [("commitment", None, "huyện tập trung thực"),
         ("commitment", None, "tập trung chương trì"),
         ("commitment", None, "Thực hiện tốt các ch")]),
    "a_list_of_tasks_goes_on_past_cu_the": (
        "Huyện Mỏ Cày Bắc\n\nThời gian tới, huyện tập trung thực hiện một số nhiệm vụ trọng tâm "
        "để hoàn thành các chỉ tiêu về phát triển kinh tế.\n\nCụ thể, tập trung chương trình "
        "Đồng khởi khởi nghiệp và phát triển doanh nghiệp. Thực hiện tốt các chính sách hỗ trợ "
        "các doanh nghiệp.\n",
        20,
        # (running.json paragraph_lead: "Cụ thể," before a paragraph's first verb)
        [("commitment", None, "huyện tập trung thực"),
         ("commitment", None, "tập trung chương trì"),
         ("commitment", None, "Thực hiện tốt các ch")]),
    "the_party_inspection_committee_and_va_tiep_tuc": (
        "Hội nghị Ủy ban Kiểm tra\n\nNhững tháng còn lại của năm 2019, Uỷ ban Kiểm tra Huyện uỷ "
        "tham mưu Ban Thường vụ Huyện uỷ thực hiện chương trình kiểm tra, giám sát năm 2019 và "
        "tiếp tục tiến hành thực hiện nhiệm vụ của uỷ ban kiểm tra.\n",
        20,
        # (running held out 7, r106: 'Ủy ban Kiểm tra' heads a unit's name, units.json heads;
        # "… và tiếp tục …" joins a job of its own, running.json joined_request)
        [("commitment", "Uỷ ban Kiểm tra Huyện uỷ", "tham mưu Ban Thường "),
         ("commitment", "Uỷ ban Kiểm tra Huyện uỷ", "tiếp tục tiến hành t")]),
    "a_sub_department_directs_its_stations_as_follows": (
        "Bệnh khảm lá sắn\n\nVì vậy để thực hiện tốt công tác phòng trừ bệnh khảm lá trên cây "
        "khoai mì, tránh lây lan trên diện rộng, Chi cục đã chỉ đạo các trạm trồng trọt và BVTV "
        "khẩn trương thực hiện các nhiệm vụ như sau:\n\nRà soát, thống kê kỹ các khu vực trồng "
        "khoai mì để phát hiện kịp thời diện tích bị nhiễm bệnh.\n\nHướng dẫn nông dân các biện "
        "pháp phòng trừ bệnh theo quy trình kỹ thuật của Cục đã ban hành.\n",
        20,
        # (directives held out 129, d1235: a 'Chi cục' speaks, no 'Cục' at its own work;
        # running.json speaker, directs_on, directs_on_opening)
        [("directive", "các trạm trồng trọt và BVTV", "Rà soát, thống kê kỹ"),
         ("directive", "các trạm trồng trọt và BVTV", "Hướng dẫn nông dân c")]),
    "a_committee_deploys_tasks_unit_by_unit": (
        "Ứng phó bão Ragasa\n\nTheo đó, UBND xã Tam Hưng đã triển khai nhiều nhiệm vụ trọng "
        "tâm:\n\nPhòng Kinh tế xã theo dõi chặt chẽ diễn biến bão, tham mưu giải pháp bảo vệ "
        "các công trình công cộng.\n\nCông an và Ban Chỉ huy quân sự xã chuẩn bị sẵn sàng lực "
        "lượng ứng cứu, sơ tán dân vùng nguy cơ ngập sâu.\n",
        20,
        # (directives held out 130, d1245: "… đã triển khai nhiều nhiệm vụ trọng tâm:" relays
        # the tasks of the units named below; running.json relays)
        [("directive", "Phòng Kinh tế xã", "theo dõi chặt chẽ di"),
         ("directive", "Phòng Kinh tế xã", "tham mưu giải pháp b"),
         ("directive", "Công an và Ban Chỉ huy quân sự xã", "chuẩn bị sẵn sàng lự"),
         ("directive", "Công an và Ban Chỉ huy quân sự xã", "sơ tán dân vùng nguy")]),
    "a_headline_under_its_kicker": (
        "Hội Cựu chiến binh tỉnh:\n\nSơ kết 6 tháng đầu năm 2016\n\nNgày 7/7/2016, Hội Cựu chiến "
        "binh tỉnh tổ chức hội nghị sơ kết công tác hội 6 tháng đầu năm.\n\nTrong 6 tháng đầu "
        "năm 2016, toàn tỉnh đã có 435 hội viên các cấp được kết nạp vào hội.\n\nTrong thời "
        "gian tới, các cấp hội sẽ tập trung vào một số nhiệm vụ trọng tâm như: đẩy mạnh phát "
        "triển các phong trào của hội; thực hiện tốt các chương trình phối hợp với các ban, "
        "ngành, đoàn thể trên địa bàn.\n",
        20,
        # (running held out 132, r1351: a kicker ending with a colon over the headline is one
        # headline, the page running text; nlp/extract.py _headline_only)
        [("action", None, "Trong 6 tháng đầu nă"),
         ("commitment", "các cấp hội", "đẩy mạnh phát triển "),
         ("commitment", "các cấp hội", "thực hiện tốt các ch")]),
    "whose_direction_it_is_told_after_it": (
        "Tháp Mười: Đảm bảo việc treo pa nô, băng rôn đúng quy định\n\nThực hiện đúng quy định, "
        "đảm bảo mỹ quan, thông thoáng và an toàn tại các khu vực cổng trường, tường rào trước "
        "trụ sở, đó là chỉ đạo của UBND huyện Tháp Mười đối với các ban, ngành huyện và UBND các "
        "xã, thị trấn.\n\nTheo đó, các đơn vị tiến hành rà soát và tháo dỡ các pa nô, băng rôn "
        "hiện đang treo trên tường rào tại trụ sở các cơ quan, đơn vị.\n\nBên cạnh đó, Phòng Văn "
        "hóa và Thông tin huyện là cơ quan chủ trì, thường xuyên kiểm tra việc thực hiện.\n\n"
        "Biên tập: Hoàng Kha\n",
        20,
        # (directives held out 131, d1251: "…, đó là chỉ đạo của <body> đối với <units>" opens
        # a list of requests, running.json direction_told_after; a unit's role before its
        # manner, manner; "Biên tập: …" a byline, furniture)
        [("directive", "các đơn vị", "tiến hành rà soát và"),
         ("directive", "Phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa và Thô")]),
    "the_letter_cited_asks_the_units_it_names": (
        "Hội nghị triển khai công tác quản lý trật tự đô thị\n\nCác đại biểu được triển khai "
        "Công văn số 1009 của Thành ủy Mỹ Tho về việc tăng cường lãnh đạo, quản lý trật tự đô "
        "thị. Theo công văn, HĐND, UBND, các phòng, ban, đoàn thể thành phố tập trung thực hiện "
        "các nhiệm vụ sau: Đẩy mạnh tuyên truyền, phổ biến, giáo dục đảng viên về công tác đảm "
        "bảo trật tự đô thị; HĐND thành phố tăng cường giám sát việc triển khai thực hiện công "
        "tác quản lý trật tự đô thị.\n",
        20,
        # (running held out 133, r1360: "Theo công văn, <units> <act>" asks them;
        # running.json document_directs, nlp/running.py _cited_direction)
        [("action", None, "Các đại biểu được tr"),
         ("directive", "HĐND, UBND, các phòng, ban, đoàn thể thành phố", "Đẩy mạnh tuyên truyề"),
         ("directive", "HĐND thành phố", "tăng cường giám sát ")]),
    "what_a_plan_deployed_gives_each_ward": (
        "Ngày 16-9, UBND quận Hải Châu tổ chức hội nghị triển khai Kế hoạch phòng, chống tội "
        "phạm ban đêm.\n\nTheo đó, mỗi phường thành lập 1 đội tuần tra cơ động từ 12 người trở "
        "lên, do Trưởng Công an phường làm đội trưởng.\n",
        20,
        # (directives held out 133, d1271: a plan deployed, then "Theo đó, <unit> <act>",
        # what the plan gives it; running.json issued_document)
        [("directive", "mỗi phường", "thành lập 1 đội tuần")]),
    "a_party_delegation_is_a_unit": (
        "Đại hội\n\nBan Thường vụ Tỉnh uỷ giao Đảng đoàn Hội Nông dân Việt Nam tỉnh tích cực chỉ "
        "đạo việc xây dựng kế hoạch tổ chức đại hội.\n",
        20,
        # (directives held out 133, d1274: 'Đảng đoàn' heads a unit's name, units.json heads,
        # so "giao" asks it)
        [("directive", "Đảng đoàn Hội Nông dân Việt Nam tỉnh", "tích cực chỉ đạo việ")]),
    "requirements_met_are_no_request": (
        "Phiên họp UBND huyện tháng 4 năm 2024\n\nQua đây cho thấy sự quan tâm lãnh đạo điều "
        "hành, bám sát tình hình để tập trung triển khai nhiệm vụ thực hiện các mục tiêu đã cơ "
        "bản đảm bảo kế hoạch, đạt yêu cầu theo tiến độ đề ra. Nhất là đối với chỉ tiêu thu ngân "
        "sách Nhà nước, công tác bồi thường giải phóng mặt bằng.\n",
        20,
        # (running held out 135, r1384: "đạt yêu cầu" meets the requirements, no request;
        # running.json not_request_after)
        [("action", None, "Qua đây cho thấy sự ")]),
    "for_whom_then_a_colon_and_their_tasks": (
        "Tiêu úng cho lúa\n\nĐối với các công ty KTCTTL: Chủ động vận hành công trình để tiêu "
        "thoát nước đệm hợp lý, tăng cường kiểm tra các trạm bơm, máy bơm.\n",
        20,
        # (directives held out 135, d1294: "Đối với <units>: <what they must do>" asks them,
        # nlp/running.py _for_whom_request)
        [("directive", "các công ty KTCTTL", "Chủ động vận hành cô"),
         ("directive", "các công ty KTCTTL", "tăng cường kiểm tra ")]),
    "what_a_leader_says_a_district_must_do_next": (
        "Làm việc với huyện\n\nPhát biểu tại buổi làm việc, ông Nguyễn Trọng Nghĩa đánh giá "
        "cao những nỗ lực của địa phương.\n\nTheo ông Nguyễn Trọng Nghĩa, thời gian tới, huyện "
        "Gò Công Tây phải xây dựng được mối đoàn kết, thống nhất trong toàn Đảng bộ.\n",
        20,
        # (running held out 133, r1366: "Theo <person>, thời gian tới, <unit> phải …" is the
        # person's direction, as after a speaker's colon; nlp/running.py _person_says)
        [("directive", "huyện Gò Công Tây", "phải xây dựng được m")]),
    "a_meeting_reviews_results_and_the_tasks_listed_after_it": (
        "Hội nghị thảo luận, đánh giá những kết quả đã đạt được trong 6 tháng đầu năm và mục "
        "tiêu, nhiệm vụ 6 tháng cuối năm 2023. Trong đó thường xuyên đôn đốc, kiểm tra các "
        "địa phương. Đẩy mạnh công tác chuyển đổi số trên các lĩnh vực.\n",
        20,
        # (running held out 137, r1402: the meeting reviews the results "và" the tasks to
        # come, which the next sentences list; running.json review_and_tasks)
        [("commitment", None, "thường xuyên đôn đốc"),
         ("commitment", None, "Đẩy mạnh công tác ch")]),
    "the_standing_body_told_to_act_is_the_addressee": (
        "Thượng tướng Lê Chiêm chỉ đạo cơ quan thường trực sớm hoàn thành đề cương; phối hợp "
        "với các cơ quan chức năng đẩy mạnh công tác tuyên truyền.\n",
        20,
        # (directives held out 137, d1313: "cơ quan thường trực" is one noun, not "cơ quan"
        # and the verb "thường trực"; nouns.jsonl noun.team)
        [("directive", "cơ quan thường trực", "sớm hoàn thành đề cư"),
         ("directive", "cơ quan thường trực", "phối hợp với các cơ ")]),
    "a_board_set_up_is_no_speaker": (
        "Xã Sủng Là tổ chức hội nghị\n\nCây rau các loại gieo trồng vụ xuân 42/42 ha, đạt "
        "100%. Xã Sủng Là đã thành lập BCĐ cải tạo vườn tạp và phân công các đồng chí cán bộ "
        "phụ trách các thôn, đã thực hiện 10/10 vườn tạp.\n",
        20,
        # (running held out 138, r1412: the board is what the commune set up, and the
        # assigning after "và" its act too, done; running.json made_speaker)
        [("action", None, "Cây rau các loại gie"), ("action", None, "Xã Sủng Là đã thành "),
         ("action", None, "đã thực hiện 10/10 v")]),
    "the_period_reviewed_with_its_dates_in_brackets": (
        "Tân Hưng sơ kết công tác thi đua 06 tháng đầu năm 2024\n\nTrong 06 tháng đầu năm "
        "(Từ 16/10/2023 - 15/4/2024), Đài Truyền thanh các xã cơ bản thực hiện tốt việc sản "
        "xuất chương trình phát thanh hàng tuần.\n",
        20,
        # (running held out 138, r1416: the dates in brackets after the period the page
        # reviews leave it the opening of that period's work; running.json period_opening)
        [("action", None, "Trong 06 tháng đầu n")]),
    "a_unit_that_drafts_the_staff_is_asked_on": (
        "Tin huyện\n\nUBND huyện Núi Thành giao Phòng Nội vụ chủ trì phối hợp với Công an "
        "huyện lựa chọn mô hình phù hợp. Công an huyện dự kiến nhân sự, tiến hành thủ tục theo "
        "quy định, hoàn thành bố trí công an chính quy chậm nhất là đầu tháng 4.2020.\n",
        20,
        # (directives held out 136, d1301: "dự kiến nhân sự" is an act, drafting the staff,
        # no promise; the unit after the assignment is asked on; verbs.jsonl, running.json
        # future)
        [("directive", "Phòng Nội vụ", "chủ trì phối hợp với"),
         ("directive", "Công an huyện", "dự kiến nhân sự, tiế"),
         ("directive", "Công an huyện", "hoàn thành bố trí cô")]),
    "a_request_the_copy_cuts_short_is_no_caption": (
        "Tin\n\nPhát biểu tại cuộc họp, đồng chí Trần Văn Dũng yêu cầu các thành viên trong "
        "Ban Tổ chức nghiên cứu xây dựng điều lệ phù hợp.\n\nBan Tổ chức cần phải liên hệ "
        "làm việc với Ủy ban nhân dân huyện Cai Lậy để có\n",
        20,
        # (directives held out 137, d1310: a short last paragraph with no full stop that
        # ends on "để có" is a sentence cut short, not a caption; running.json cut_tail)
        [("directive", "các thành viên trong Ban Tổ chức", "nghiên cứu xây dựng "),
         ("directive", "Ban Tổ chức", "cần phải liên hệ làm")]),
    "the_units_named_after_when_the_task_is_due": (
        "Tin\n\nBan Chỉ đạo tỉnh yêu cầu Ban Chỉ đạo các huyện khẩn trương hoàn thành việc "
        "rà soát; chậm nhất đến ngày 25/12/2021, các địa phương phải hoàn thành việc tiêm vét "
        "cho người từ 18 tuổi trở lên.\n",
        20,
        # (directives held out 136, d1300: the deadline before the comma stays with the task,
        # and the units after it are the ones asked; running.json time_lead, nlp/running.py
        # _doer_after_time)
        [("directive", "Ban Chỉ đạo các huyện", "khẩn trương hoàn thà"),
         ("directive", "các địa phương", "chậm nhất đến ngày 2")]),
    "whom_a_unit_must_assign_is_no_addressee": (
        "Tin\n\nĐồng chí Nguyễn Hữu Long đã đề nghị Đảng uỷ, Hội đồng nhân dân và UBND xã A Lù "
        "cần tập trung làm tốt công tác tuyên truyền;\n\nPhân công cán bộ, các tổ chức của xã "
        "theo dõi, nắm bắt tình hình tổ chức cơ sở đảng;\n\nThường xuyên lắng nghe ý kiến của "
        "Nhân dân.\n",
        20,
        # (running held out 138, r1411: "Phân công cán bộ, các tổ chức của xã theo dõi …" is
        # the commune's task, assigning all it names, not a request to "các tổ chức"
        # (running.json assigns_whom); "lắng nghe" is an act, verbs.jsonl)
        [("directive", "Đảng uỷ, Hội đồng nhân dân và UBND xã A Lù", "cần tập trung làm tố"),
         ("directive", "Đảng uỷ, Hội đồng nhân dân và UBND xã A Lù", "Phân công cán bộ, cá"),
         ("directive", "Đảng uỷ, Hội đồng nhân dân và UBND xã A Lù", "Thường xuyên lắng ng")]),
    "the_organising_board_members_are_asked": (
        "Tin\n\nTại cuộc họp, Trưởng ban đề nghị các thành viên Ban tổ chức tăng cường phối "
        "hợp chuẩn bị các điều kiện tổ chức Hội diễn.\n",
        20,
        # (directives held out 138, d1322: "ban tổ chức" is one noun, not "Ban" and the verb
        # "tổ chức"; nouns.jsonl noun.committee)
        [("directive", "các thành viên Ban tổ chức", "tăng cường phối hợp ")]),
    "a_road_management_zone_is_a_unit": (
        "Tin\n\nTheo đó, Cục Đường bộ giao Khu Quản lý đường bộ IV khẩn trương làm thủ tục "
        "xuất kho.\n",
        20,
        # (directives held out 138, d1321: "Khu Quản lý …" heads a unit's name, so the
        # department's "giao" asks it; units.json heads)
        [("directive", "Khu Quản lý đường bộ IV", "khẩn trương làm thủ ")]),
    "a_unit_goes_on_with_its_work_done": (
        "Tin\n\nUBND xã đã kiện toàn BCĐ phòng chống dịch. Cùng với đó, UBND xã đẩy mạnh "
        "công tác tuyên truyền về cách phòng bệnh.\n",
        20,
        # (running held out 139, r1422: after work done in its paragraph, a sentence that
        # opens with a unit and its action tells more of that work, its "đã" understood;
        # nlp/running.py _sentence, _unit_opens)
        [("action", None, "UBND xã đã kiện toàn"), ("action", None, "UBND xã đẩy mạnh côn")]),
    "a_job_beside_the_promise_is_promised_too": (
        "Tin\n\nBên cạnh chuẩn bị, tổ chức tốt các kỳ họp thường kỳ, không thường kỳ, HĐND "
        "huyện sẽ tổ chức tổng kết hoạt động nhiệm kỳ 2016-2021.\n",
        20,
        # (running held out 138, r1414: "Bên cạnh <job>, <unit> sẽ <task>": the job beside
        # is the unit's task too; running.json beside_job, nlp/running.py _beside_promise)
        [("commitment", "HĐND huyện", "chuẩn bị, tổ chức tố"),
         ("commitment", "HĐND huyện", "tổ chức tổng kết hoạ")]),
    "an_addressee_asked_to_ask_on_keeps_the_task": (
        "Tin\n\nĐể đảm bảo an toàn giao thông cho người dân, Ủy ban An toàn giao thông Quốc "
        "gia đề nghị Tổng cục Đường bộ Việt Nam yêu cầu cơ quan chức năng của Tổng cục kiểm "
        "tra, đánh giá tình hình tai nạn giao thông, có phương án xử lý dứt điểm hai điểm đen "
        "này.\n\nSở Thông tin và Truyền thông đề nghị UBND các huyện, thị xã, thành phố yêu "
        "cầu UBND các xã, phường, thị trấn chỉ đạo Đài Truyền thanh cấp xã tiếp âm đầy đủ "
        "chương trình.\n",
        20,
        # (directives held out 139 d1331, held out 95 d893: "A đề nghị B yêu cầu C <task>":
        # B is asked to have it done, the task is B's, as after "chỉ đạo"; running.json
        # relay_request, nlp/running.py _relays_request)
        [("directive", "Tổng cục Đường bộ Việt Nam", "yêu cầu cơ quan chức"),
         ("directive", "Tổng cục Đường bộ Việt Nam", "có phương án xử lý d"),
         ("directive", "UBND các huyện, thị xã, thành phố", "yêu cầu UBND các xã,")]),
    "a_passive_obligation_goes_to_whoever_was_asked": (
        "Tin\n\nBộ trưởng Bộ Công an Tô Lâm yêu cầu, các đơn vị thành viên ban chỉ đạo cần "
        "chuẩn bị tốt các điều kiện đảm bảo để thực hiện nhiệm vụ.\n\nĐồng thời, những khó "
        "khăn, vướng mắc của các địa phương phải được kịp thời hướng dẫn, tháo gỡ ngay.\n\n"
        "Trung tâm Phục vụ hành chính công phải được bố trí ở vị trí thuận lợi.\n",
        20,
        # (directives held out 139 d1332, held out 22: "<what> phải được <done>" is passive:
        # what is handled is no doer, the task is for whoever was asked before; nlp/running.py
        # _obligation, tasks.json passive_subject)
        [("directive", "các đơn vị thành viên ban chỉ đạo", "cần chuẩn bị tốt các"),
         ("directive", "các đơn vị thành viên ban chỉ đạo", "những khó khăn, vướn"),
         ("directive", "các đơn vị thành viên ban chỉ đạo", "Trung tâm Phục vụ hà")]),
    "a_request_after_its_condition_asks": (
        "Tin\n\nSở Xây dựng TP HCM vừa có công văn gửi UBND các quận, huyện về tăng cường "
        "công tác bảo đảm chất lượng trong thi công xây dựng công trình.\n\nTheo đó, thông "
        "qua công tác kiểm tra, hướng dẫn, nếu phát hiện những bất cập, tồn tại, hạn chế, đề "
        "nghị các đơn vị chủ động tham mưu báo cáo UBND TP HCM.\n\nChủ đầu tư, các đơn vị tư "
        "vấn và nhà thầu thi công rà soát, đánh giá các quy định pháp luật về an toàn lao "
        "động.\n",
        20,
        # (directives held out 141 d1350: "…, nếu <condition>, đề nghị <units> …": on that
        # condition, asked; running.json condition_lead, nlp/running.py _request)
        [("action", None, "Sở Xây dựng TP HCM v"),
         ("directive", "các đơn vị", "chủ động tham mưu bá"),
         ("directive", "Chủ đầu tư, các đơn vị tư vấn và nhà thầu thi công",
          "rà soát, đánh giá cá")]),
    "to_comply_is_an_act": (
        "Tin\n\nSở Xây dựng đề nghị các đơn vị chủ động tham mưu báo cáo UBND TP HCM.\n\n"
        "Cần tuân thủ công tác đảm bảo an toàn lắp đặt, sử dụng giàn giáo.\n",
        20,
        # (directives held out 141 d1350: "tuân thủ" is an act, verbs.jsonl, so what must be
        # complied with asks on)
        [("directive", "các đơn vị", "chủ động tham mưu bá"),
         ("directive", "các đơn vị", "Cần tuân thủ công tá")]),
    "a_count_in_words_then_a_figure_are_two_results": (
        "Tin\n\nTrong nhiệm kỳ qua, Hợp tác xã đã cung ứng hàng ngàn tấn phân bón, thu mua "
        "nông sản trên 20 tỷ đồng.\n",
        20,
        # (running held out 143 r1467: a round count in words, "hàng ngàn", counts as the
        # first of two counts of work done; running.json count_in_words, "thu mua" an act)
        [("action", None, "Trong nhiệm kỳ qua, "), ("action", None, "thu mua nông sản trê")]),
    "asked_passively_after_where": (
        "Tin\n\nTrên các tuyến quốc lộ, công an địa phương được yêu cầu xây dựng phương án "
        "đảm bảo an toàn khi bão đổ bộ.\n\nTại hội nghị, các đại biểu được quán triệt chủ "
        "trương, kế hoạch tổ chức bầu cử Trưởng thôn.\n",
        20,
        # (directives held out 143 d1373: where, then "<unit> được yêu cầu <task>": a passive
        # request; not a meeting's own setting, "Tại hội nghị, các đại biểu được quán triệt
        # …"; running.json setting_lead, nlp/running.py _asked_passively)
        [("directive", "công an địa phương", "xây dựng phương án đ"),
         ("action", None, "Tại hội nghị, các đạ")]),
    "awards_proposed_are_no_request": (
        "Tin\n\nĐồng chí đã nêu lên gương điển hình của các tổ chức và cá nhân năm 2019, và "
        "báo cáo kết quả đã đạt được, trong đó: Tỉnh Hội nhận được cờ Khối thi đua; đề nghị "
        "Thủ tướng tặng bằng khen cho 05 cá nhân; UBND tỉnh tặng bằng khen cho 03 tập thể và "
        "08 cá nhân.\n",
        20,
        # (running held out 145 r1483: "đề nghị <authority> tặng bằng khen / khen thưởng …"
        # proposes awards, asks no one; running.json award_proposal, nlp/running.py
        # _request_words)
        [("action", None, "Đồng chí đã nêu lên "), ("action", None, "Tỉnh Hội nhận được c"),
         ("action", None, "đề nghị Thủ tướng tặ"), ("action", None, "UBND tỉnh tặng bằng ")]),
    "the_one_who_tells_of_a_request_made_it": (
        "Tin\n\nPGS. TS Nguyễn Ngọc Vũ – Giám đốc ĐH Đà Nẵng cho biết, đã yêu cầu tất cả "
        "các trường thành viên phải có phương án phòng chống bão, chuẩn bị cơ sở vật chất.\n\n"
        "Tính đến nay, tỉnh đã thành lập được 06 Hội cấp huyện.\n",
        20,
        # (directives held out 147 d1412: "PGS." shortens a title, no sentence ends there
        # (name_abbreviation); who tells, before a comma, is no item (said_lead); what is
        # told names no one else, so the teller asked (nlp/running.py _speaker); "Tính đến
        # nay," still opens a result)
        [("directive", "tất cả các trường thành viên", "phải có phương án ph"),
         ("directive", "tất cả các trường thành viên", "chuẩn bị cơ sở vật c"),
         ("action", None, "Tính đến nay, tỉnh đ")]),
    "strengthening_direction_is_a_task_not_a_request": (
        "Tin\n\nTrong thời gian tới UBND huyện tăng cường chỉ đạo các cơ quan chuyên môn, "
        "tích cực tuyên truyền phổ biến Nghị quyết của Ban chấp hành Đảng bộ huyện, tiến hành "
        "kiểm tra hướng dẫn về công tác quản lý bảo vệ rừng.\n",
        20,
        # (running held out 149 r1520: "tăng cường chỉ đạo <units>" is the committee's own
        # task, not a request handing what follows down; running.json not_request_after)
        [("commitment", "UBND huyện", "tăng cường chỉ đạo c"),
         ("commitment", "UBND huyện", "tích cực tuyên truyề"),
         ("commitment", "UBND huyện", "tiến hành kiểm tra h")]),
    "an_agencys_letter_directs": (
        "Tin\n\nCục Kiểm lâm chỉ đạo các đơn vị trực thuộc tăng cường tuần tra.\n\nNgay sau "
        "khi báo đăng, Cục Kiểm lâm có Văn bản số 162/KL-ĐN chỉ đạo Chi cục Kiểm lâm vùng IV "
        "kiểm tra, xác minh thông tin về tình trạng phá rừng.\n",
        20,
        # (directives held out 148 d1422: a department's own directing is its work, but a
        # letter it issues that directs asks the units it names; running.json
        # issued_document, nlp/running.py)
        [("directive", "Chi cục Kiểm lâm vùng IV", "kiểm tra, xác minh t")]),
    "a_quotation_then_whose_direction_it_was": (
        "SỞ GTVT HỌP GIAO BAN ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8, TRIỂN KHAI NHIỆM VỤ "
        "THÁNG 9/2023\n\n“Tập trung rà soát các nhiệm vụ công tác trong chương trình công tác "
        "của UBND tỉnh để tăng tốc về đích sớm trong quý IV/2023”. Đó là phát biểu chỉ đạo "
        "trọng tâm của đồng chí Giám đốc Sở trong cuộc họp giao ban sáng ngày 08/9/2023.\n",
        20,
        # (running held out 151 r1541: a headline in capitals that opens with a body's name
        # is no official header's issuer (nlp/extract.py _headline_only); the quotation the
        # next sentence calls a direction is a request (running.json quote_told))
        [("directive", None, "“Tập trung rà soát c")]),
    "an_aim_before_a_request_is_no_task": (
        "Tin\n\nNăm 2017, công tác bảo hiểm y tế được các cấp ủy quan tâm lãnh đạo, đạt những "
        "kết quả khá tích cực.\n\n"
        "Năm 2018, để hoàn thành chỉ tiêu 80,3% dân số tham gia bảo hiểm y tế theo Kết "
        "luận số 327-KL/HU của Ban Chấp hành Đảng bộ huyện; Ban Thường vụ Huyện ủy yêu cầu: "
        "Ủy ban nhân dân huyện cần quan tâm đẩy mạnh công tác tuyên truyền.\n",
        20,
        # (running held out 150 r1532: a piece that is all aim says what the request after
        # it is for; no promise of its own (nlp/running.py _ALL_AIM))
        [("action", None, "Năm 2017, công tác b"),
         ("directive", "UBND huyện", "cần quan tâm đẩy mạn")]),
    "the_ground_after_a_comma_ends_the_addressee": (
        "Tin\n\nChủ tịch Ủy ban nhân huyện yêu cầu các phòng, ban, ngành liên quan và Ủy ban nhân "
        "dân các xã, thị trấn trên cơ sở, chức năng, quyền hạn chỉ đạo thực hiện các nhiệm vụ "
        "sau:\n\n1. Rà soát và thực hiện các biện pháp xử lý các điểm đen có nguy cơ cao về tai "
        "nạn giao thông.\n",
        20,
        # (directives held out 151 d1450: "trên cơ sở," with its comma is the ground the
        # units act on, no part of their name; running.json qualifier)
        [("directive", "các phòng, ban, ngành liên quan và UBND các xã, thị trấn",
          "Rà soát và thực hiện")]),
    "an_expected_period_opens_the_coming_tasks": (
        "Tin\n\nTheo báo cáo, trong quý 3 năm 2017, Ban Kinh tế Ngân sách đã triển khai giám "
        "sát 7 công trình trọng điểm cấp tỉnh.\n\nDự kiến trong quý 4/2017, Ban Kinh tế Ngân "
        "sách tập trung kiểm tra thực tế về giải quyết các kiến nghị cử tri; thẩm tra kế hoạch "
        "phát triển kinh tế xã hội 2018.\n",
        20,
        # (running held out 152 r1550: "Dự kiến" before the coming period's opening is no
        # task of its own; running.json period_opening)
        [("action", None, "Theo báo cáo, trong "),
         ("commitment", "Ban Kinh tế Ngân sách", "tập trung kiểm tra t"),
         ("commitment", "Ban Kinh tế Ngân sách", "thẩm tra kế hoạch ph")]),
    "a_department_that_also_asks_speaks": (
        "Tin\n\nSở GD-ĐT cũng thông báo đến các cơ sở giáo dục, trường học thực hiện phân công "
        "trực cơ quan 24/24 giờ để chủ động phòng, chống bão.\n",
        20,
        # (directives held out 151 d1451: "Sở … cũng <request>" names who asks, as "Sở …
        # đã / vừa <request>" does; running.json speaker)
        [("directive", "các cơ sở giáo dục, trường học", "thực hiện phân công ")]),
    "when_the_work_is_due_before_who_must": (
        "Tin\n\nNgày 24/4, Sở GD-ĐT Phú Yên có công văn yêu cầu các trường học trên địa bàn "
        "tỉnh tăng cường công tác đảm bảo an ninh trật tự.\n\nTheo đó, vào dịp cuối năm học, "
        "các trường cần tăng cường công tác quản lý tại nhà trường.\n",
        20,
        # (directives held out 152 d1460: "vào dịp …," between the connector and who must
        # is when, no part of the name; running.json obligation_lead)
        [("directive", "các trường học", "tăng cường công tác "),
         ("directive", "các trường", "cần tăng cường công ")]),
    "a_blank_line_inside_a_sentence_joins_it": (
        "Thông báo\n\nUBND huyện yêu cầu các xã tổ chức kiểm tra, rà soát các khu dân cư, "
        "trường học, trụ sở\n\ncơ quan, vùng ven sông, suối để kịp thời phát hiện khu vực có "
        "nguy cơ sạt lở.\n",
        80,
        # (directives held out 153 d1473: a blank line between "trụ sở" and "cơ quan", a
        # sentence a page copied from a PDF broke, is no paragraph's end; nlp/running.py
        # _paragraphs)
        [("directive", "các xã",
          "tổ chức kiểm tra, rà soát các khu dân cư, trường học, trụ sở cơ quan, vùng ven s")]),
    "a_numbered_unit_over_dashes_of_jobs_is_asked": (
        "1. UBND các xã, thị trấn\n\n- Tổ chức kiểm tra, rà soát các khu dân cư ven sông, "
        "suối để kịp thời phát hiện khu vực có nguy cơ sạt lở.\n\n- Kiểm soát chặt chẽ công "
        "tác quy hoạch, xây dựng nhà cửa ven sông, suối.\n",
        20,
        # (directives held out 153 d1473: a page that opens on "1. UBND các xã, thị trấn" with
        # no colon, a unit of the registry over dashes that open with a job: the unit they
        # are given to; nlp/running.py _doer_heading)
        [("directive", "UBND các xã, thị trấn", "Tổ chức kiểm tra, rà"),
         ("directive", "UBND các xã, thị trấn", "Kiểm soát chặt chẽ c")]),
    "the_purposes_of_a_plan_make_one_job": (
        "Tin\n\nUBND huyện yêu cầu các cơ quan, đơn vị chủ động xây dựng các phương án phòng "
        "tránh, ứng phó, khắc phục hậu quả thiên tai của đơn vị theo lĩnh vực được phân công "
        "quản lý.\n",
        60,
        # (directives held out 153 d1473: "phương án phòng tránh, ứng phó, khắc phục …" are
        # the plans' purposes, not three jobs; running.json plan_for_end)
        [("directive", "các cơ quan, đơn vị",
          "chủ động xây dựng các phương án phòng tránh, ứng phó, khắc p")]),
    "an_earlier_request_with_what_they_must_do_asks": (
        "Tin\n\nQua công tác giám sát thực tế, Trung tâm Y tế huyện đã đề nghị các Trạm Y tế "
        "cần tăng cường kiểm tra, giám sát các điểm nguy cơ.\n",
        20,
        # (directives held out 153 d1472: "… đã đề nghị <whom> cần <job>" asks them, however
        # long ago; nlp/running.py _request, must)
        [("directive", "các Trạm Y tế", "cần tăng cường kiểm ")]),
    "thanh_comma_kiem_tra_is_one_job": (
        "Tin\n\nSở Y tế đề nghị UBND cấp huyện tiếp tục chỉ đạo các cơ quan chức năng trên địa "
        "bàn tăng cường thanh, kiểm tra, giám sát các cơ sở hành nghề y, dược.\n",
        80,
        # (directives held out 153 d1470: "thanh, kiểm tra" is "thanh tra, kiểm tra"; running.json
        # shared_syllable)
        [("directive", "UBND cấp huyện", "tiếp tục chỉ đạo các cơ quan chức năng trên địa bàn "
          "tăng cường thanh, kiểm tra, ")]),
    "the_investor_of_construction_works_is_one_name": (
        "1. Các cơ quan, đơn vị: Chủ động rà soát các phương án.\n\n2. Chủ đầu tư các công "
        "trình xây dựng: Tổ chức kiểm tra công tác bảo đảm an toàn tại các công trường.\n",
        20,
        # (directives held out 153 d1473: "công trình xây dựng" is a noun, the name goes on
        # over it; nouns.jsonl noun.programme)
        [("directive", "Các cơ quan, đơn vị", "Chủ động rà soát các"),
         ("directive", "Chủ đầu tư các công trình xây dựng", "Tổ chức kiểm tra côn")]),
    "a_lower_case_caption_after_a_headline_stays_apart": (
        "Sở Nông nghiệp và PTNT: Chỉ đạo nhiệm vụ trọng tâm tháng 12/2017\n\nảnh minh họa\n\n"
        "Theo đó, chỉ đạo các địa phương tập trung chăm sóc, phòng trừ sâu bệnh cho cây trồng "
        "vụ Đông.\n",
        30,
        # (running held out 102 r1057: "ảnh minh họa" in lower case under the headline is a
        # caption, no sentence the headline goes on with; nlp/running.py _paragraphs)
        [("directive", "các địa phương", "tập trung chăm sóc, phòng trừ ")]),
    "who_is_quoted_in_brackets_is_no_item": (
        "Tin\n\nBan Giám đốc Công an tỉnh đã chỉ đạo Công an các địa phương tăng cường tấn công "
        "trấn áp các loại tội phạm, tệ nạn xã hội. (Đại tá Bùi Văn Thảo, Giám đốc Công an "
        "tỉnh BR-VT)\n",
        20,
        # (directives held out 154 d1480: the bracket naming whose words they are is no
        # item; running.json furniture)
        [("directive", "Công an các địa phương", "tăng cường tấn công ")]),
    "the_trades_of_a_crime_share_their_object": (
        "Tin\n\nBan Giám đốc Công an tỉnh đã chỉ đạo Công an các địa phương phòng ngừa, ngăn "
        "chặn kịp thời tình trạng sản xuất, mua bán, vận chuyển, tàng trữ, sử dụng trái phép "
        "vũ khí quân dụng; nâng cao hiệu quả công tác điều tra, truy bắt, vận động đối tượng "
        "truy nã ra đầu thú; phấn đấu giảm tai nạn giao thông trên cả 3 tiêu chí, không để "
        "xảy ra ùn tắc giao thông kéo dài.\n",
        20,
        # (directives held out 154 d1480: "tàng trữ", "truy bắt" are acts, waiting for the
        # object after the comma; "phòng ngừa" is one too, no part of the name; verbs.jsonl)
        [("directive", "Công an các địa phương", "phòng ngừa, ngăn chặ"),
         ("directive", "Công an các địa phương", "nâng cao hiệu quả cô"),
         ("directive", "Công an các địa phương", "phấn đấu giảm tai nạ")]),
    "cooperatives_are_asked_by_name": (
        "Tin\n\nChi cục yêu cầu các địa phương tập trung chỉ đạo đẩy nhanh tiến độ làm đất; các "
        "HTX và địa phương tăng cường hướng dẫn sử dụng thuốc trừ cỏ an toàn, điều tiết nước "
        "hợp lý để hạn chế cỏ dại phát triển.\n",
        20,
        # (directives held out 154 d1482: "các HTX" heads a unit (units.json heads), and
        # "điều tiết" is an act (verbs.jsonl))
        [("directive", "các địa phương", "tập trung chỉ đạo đẩ"),
         ("directive", "các HTX và địa phương", "tăng cường hướng dẫn"),
         ("directive", "các HTX và địa phương", "điều tiết nước hợp l")]),
    "for_whom_and_must_after_a_comma_is_a_job": (
        "Tin\n\nĐồng chí Chủ tịch UBND huyện nhấn mạnh: cấp ủy, chính quyền xã cần tiếp tục đẩy "
        "mạnh công tác tuyên truyền về cuộc bầu cử, đối với các khu vực bỏ phiếu có trên 300 "
        "cử tri cần có thêm hòm phiếu.\n",
        20,
        # (directives held out 154 d1483: ", đối với <which> cần …" opens a job of its own;
        # running.json work_opening)
        [("directive", "cấp ủy, chính quyền xã", "cần tiếp tục đẩy mạn"),
         ("directive", "cấp ủy, chính quyền xã", "đối với các khu vực ")]),
    "a_ward_directing_its_police_to_go_on_asks": (
        "Tin\n\nHiện UBND phường đã chỉ đạo Công an phường, các đồng chí Tổ trưởng các tổ dân "
        "phố trên địa bàn phường tiếp tục kiểm tra, tăng cường tuyên truyền, vận động trực "
        "tiếp đối với từng hộ dân có chăn nuôi gia súc.\n",
        20,
        # (directives held out 154 d1484: "Hiện <UBND> đã chỉ đạo Công an phường … tiếp tục
        # …" are directions that stand; running.json directs_on, directs_on_opening)
        [("directive", "Công an phường, các đồng chí Tổ trưởng các tổ dân phố",
          "tiếp tục kiểm tra, t")]),
    "the_one_who_asked_at_its_own_work_asks_no_one": (
        "Tin\n\nTheo đó, Công an huyện Đạ Tẻh đã chỉ đạo các lực lượng nghiệp vụ, công an xã, "
        "thị trấn tổ chức các đợt ra quân tấn công, trấn áp tội phạm. Cùng với đó, Công an "
        "huyện Đạ Tẻh phối hợp với các ngành chức năng đẩy mạnh công tác tuyên truyền.\n",
        20,
        # (directives held out 154 d1481: the unit that directed, named again at its own
        # work, is not asked by itself; nlp/running.py _ask_each)
        [("directive", "các lực lượng nghiệp vụ, công an xã, thị trấn", "tổ chức các đợt ra q"),
         ("action", None, "phối hợp với các ngà")]),
    "partners_named_after_a_district_party_committee": (
        "Tin\n\nĐồng chí Bí thư yêu cầu Đoàn phường đăng ký với Quận ủy, UBND Quận 11 nội dung "
        "hoạt động chào mừng kỷ niệm 20 năm ngày thành lập Quận.\n",
        40,
        # (running held out 154 r1574: "Quận ủy" heads a unit as "Huyện ủy" does, so the name
        # after its comma goes on with the list; units.json heads)
        [("directive", "Đoàn phường", "đăng ký với Quận ủy, UBND Quận 11 nội du")]),
    "a_unit_that_must_in_the_coming_period_is_asked": (
        "Tin\n\nSáng 1.11, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh có buổi làm việc với Ủy ban "
        "MTTQ Việt Nam huyện Tây Giang.\n\nThời gian tới, Ủy ban MTTQ Việt Nam huyện Tây Giang "
        "cần phát huy tốt vai trò của các tổ tư vấn, giám sát.\n",
        20,
        # (directives held out 155 d1492: "Thời gian tới, <unit> cần …" says what the unit
        # must do, as it does with no opening; "Ủy ban MTTQ" heads a unit; nlp/running.py
        # _unit_must, units.json heads)
        [("directive", "Ủy ban MTTQ Việt Nam huyện Tây Giang", "cần phát huy tốt vai")]),
    "a_name_ends_before_xac_dinh": (
        "Tin\n\nUBND Thành phố chỉ đạo các phòng, ban, đơn vị thuộc thành phố, UBND các phường, "
        "xã xác định rõ việc cấp căn cước công dân là nhiệm vụ chính trị quan trọng.\n",
        20,
        # (directives held out 155 d1490: "xác định" is an act, no part of the name;
        # verbs.jsonl)
        [("directive", "các phòng, ban, đơn vị thuộc thành phố, UBND các phường, xã",
          "xác định rõ việc cấp")]),
    "building_and_defending_the_fatherland_is_a_cause": (
        "Tin\n\nThị ủy yêu cầu các cấp ủy, chính quyền tuyên truyền lịch sử vẻ vang của Mặt trận "
        "Tổ quốc Việt Nam trong sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc.\n",
        120,
        # (directives held out 155 d1493: "xây dựng và bảo vệ Tổ quốc" names the cause, no
        # job after the comma; nouns.jsonl noun.programme)
        [("directive", "các cấp ủy, chính quyền", "tuyên truyền lịch sử vẻ vang của Mặt trận "
          "Tổ quốc Việt Nam trong sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quố")]),
    "a_plan_of_moves_and_regulation_is_one_job": (
        "Tin\n\nCảng vụ yêu cầu các đơn vị giám sát chặt chẽ công tác lập kế hoạch điều động, "
        "điều tiết lưu thông hành hải tàu thuyền ra, vào khu vực cảng biển.\n",
        80,
        # (directives held out 35 d341: "điều động" is an act waiting for its object after
        # the comma, with "điều tiết"; verbs.jsonl)
        [("directive", "các đơn vị", "giám sát chặt chẽ công tác lập kế hoạch điều động, điều "
          "tiết lưu thông hành hải ")]),
    "a_committee_that_bans_asks_again": (
        "Tin\n\nUBND huyện Phong Điền yêu cầu các xã tăng cường phối hợp, quyết không để xảy "
        "ra cháy rừng. UBND huyện Phong Điền nghiêm cấm người dân xử lý thực bì bằng hình thức "
        "đốt trong thời gian nắng nóng.\n",
        20,
        # (directives held out 18 d171: the one who asked, named again with a ban, asks
        # again; nlp/running.py _ask_each)
        [("directive", "các xã", "tăng cường phối hợp,"),
         ("directive", "UBND huyện Phong Điền", "nghiêm cấm người dân")]),
    "a_session_passing_the_review_and_directions_announces_nothing": (
        "HĐND Thị trấn Chợ Chu tổ chức kỳ họp thứ 8\n\nTại kỳ họp các đại biểu đã được thông "
        "qua báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế xã hội 6 tháng đầu năm, "
        "phương hướng nhiệm vụ 6 tháng cuối năm 2019 của thị trấn Chợ Chu. Báo cáo nêu rõ: 6 "
        "tháng đầu năm 2019, tình hình phát triển kinh tế xã hội của thị trấn luôn ổn định và "
        "phát triển. Tổng thu ngân sách địa phương đạt trên 4 tỷ đồng.\n",
        20,
        # (running held out 156 r1595: a session that passes the report of results and
        # directions tells of the meeting, it opens no list of tasks (running.json reviews);
        # "Báo cáo nêu rõ:" only says who tells (list_lead))
        [("action", None, "6 tháng đầu năm 2019"),
         ("action", None, "Tổng thu ngân sách đ")]),
    "who_attended_the_session_is_no_item": (
        "Tin\n\nNgày 10/6/2022, HĐND thị trấn Phủ Thông tổ chức kỳ họp thứ tư nhằm đánh giá kết "
        "quả thực hiện các nhiệm vụ 6 tháng đầu năm; phương hướng nhiệm vụ trọng tâm 6 tháng "
        "cuối năm 2022. Dự kỳ họp có đồng chí Đỗ Thị Hiền – Tỉnh uỷ viên, Bí thư Huyện uỷ.\n",
        20,
        # (running held out 156 r1594: running.json meeting)
        []),
    "clearing_after_a_comma_is_a_result_of_its_own": (
        "Tin\n\nSau buổi ra quân, các ấp đã nạo vét 300m kênh mương nội đồng, dặm vá 5.000m "
        "đường giao thông nông thôn.\n",
        20,
        # (running held out 155 r1585: "dặm vá" is an act, so two counts of work done are two
        # results; verbs.jsonl)
        [("action", None, "Sau buổi ra quân, cá"),
         ("action", None, "dặm vá 5.000m đường ")]),
    "a_team_out_checking_is_the_visit_itself": (
        "Tin\n\nĐoàn đã đi kiểm tra công tác thực hiện Tháng tổng vệ sinh môi trường tại xã Nhân "
        "Thắng. Trước đó đồng chí Phó Chủ tịch UBND huyện đã đến thăm không khí sản xuất đầu năm "
        "tại nhà máy gạch.\n",
        20,
        # (running held out 156 r1590, r1593: a team's checks and a leader's visit are the
        # visit's own business; running.json meeting)
        []),
    "communes_going_out_to_check_are_asked": (
        "Tin\n\nĐồng chí Phó Chủ tịch UBND huyện yêu cầu UBND các xã đi kiểm tra, tuyên truyền "
        "vận động nhân dân đẩy nhanh tiến độ sản xuất vụ xuân.\n",
        20,
        # (running held out 156 r1593: "đi kiểm tra" ends the name; tasks.json stops,
        # running.json addressee_stop)
        [("directive", "UBND các xã", "đi kiểm tra, tuyên t")]),
    "since_the_start_of_the_year_without_tu_looks_back": (
        "Tin\n\nĐầu năm 2020 đến nay, Hội Nông dân xã Tam Giang duy trì sinh hoạt định kỳ các "
        "chi hội, kiện toàn tổ chức bộ máy sau Đại hội Đảng bộ xã.\n",
        20,
        # (running held out 156 r1597: "Đầu năm 2020 đến nay," looks back as "Từ đầu năm đến
        # nay," does (running.json looking_back); two jobs done, each with its object, are two
        # results (nlp/running.py _two_jobs_done))
        [("action", None, "Đầu năm 2020 đến nay"),
         ("action", None, "kiện toàn tổ chức bộ")]),
    "points_a_leader_made_are_asked": (
        "Tin\n\nThời gian tới xã cần đánh giá lại cách làm, phát huy được điểm mạnh. Tiếp tục "
        "tăng cường củng cố niềm tin của nhân dân. Đó là những nội dung trọng tâm đã được "
        "Thường trực Huyện ủy Thạch Hà chỉ ra tại cuộc làm việc với Ban Chấp hành Đảng ủy xã "
        "Thạch Xuân.\n",
        20,
        # (directives held out 156 d1502: "Đó là những nội dung trọng tâm đã được <leader>
        # chỉ ra" makes the points before it the leader's requests; running.json points_told)
        [("directive", None, "xã cần đánh giá lại "),
         ("directive", None, "phát huy được điểm m"),
         ("directive", None, "Tiếp tục tăng cường ")]),
    "a_committee_that_directed_named_units_asked_them": (
        "Tin\n\nNgay sau khi phát hiện bệnh, UBND huyện Núi Thành đã chỉ đạo ngành thú y và UBND "
        "xã Tam Xuân 2 thực hiện cách ly gia súc bị dịch bệnh, tiêu độc, khử trùng chuồng "
        "trại.\n",
        20,
        # (directives held out 156 d1503: a committee's directions to units it names, after
        # what prompted them, stand; running.json committee_directs, directs_on_opening)
        [("directive", "ngành thú y và UBND xã Tam Xuân 2", "thực hiện cách ly gi")]),
    "what_units_do_by_a_day_to_come_is_due": (
        "Tin\n\nDưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra và báo "
        "cáo kết quả về Ban Thường vụ Tỉnh ủy trước 30/10.\n\nTheo đó UBND tỉnh giao Các Sở, "
        "ban, ngành và UBND các huyện, thị xã, thành phố tổ chức trực trong thời gian nghỉ Tết, "
        "gửi danh sách về UBND tỉnh trước ngày 30/01/2021.\n",
        20,
        # (directives held out 157 d1510: what units do by a day to come, the day after the
        # work, is their obligation (running.json due_after, obligation_lead); not when a
        # request gives it: "Theo đó UBND tỉnh giao Các Sở, …" asks them all (held out 10 d88))
        [("directive", "các đảng bộ trực thuộc", "tiến hành tự kiểm tr"),
         ("directive", "Các Sở, ban, ngành và UBND các huyện, thị xã, thành phố",
          "tổ chức trực trong t")]),
    "one_of_the_key_tasks_announces_nothing": (
        "Tin\n\nXác định nhiệm vụ giao quân là một trong những nhiệm vụ trọng tâm của địa "
        "phương, ngay từ đầu năm phường đã xây dựng kế hoạch triển khai nhiệm vụ. Kết quả giao "
        "quân năm 2018 có 7/6 thanh niên, vượt chỉ tiêu kế hoạch thành phố giao.\n",
        20,
        # (running held out 159 r1624: "… là một trong những nhiệm vụ trọng tâm" says what a
        # task is, it opens no list of tasks: the results after it stay results; running.json
        # announce)
        [("action", None, "Xác định nhiệm vụ gi"), ("action", None, "Kết quả giao quân nă")]),
    "a_chairs_directions_below_ask_the_unit_each_part_is_for": (
        "Hội nghị giao ban Mặt trận các xã tháng 6/2018.\n\nÔng Nguyễn Thành Tốt - Chủ trì Hội "
        "nghị đã biểu dương MTTQ các xã có cố gắng hoàn thành nhiệm vụ và kết luận chỉ đạo như "
        "sau:\n\n1. Đối với Ban Thường trực Ủy ban MTTQ Việt Nam huyện:\n\n- Hướng dẫn đề cương "
        "xây dựng Văn kiện Đại hội MTTQ Việt Nam nhiệm kỳ 2019-2024 cho Ban Thường trực Ủy ban "
        "MTTQ Việt Nam các xã.\n",
        20,
        # (running held out 160 r1630: a chair's "kết luận chỉ đạo như sau:" names no one, the
        # list below it does: running.json directs_below; a single "1. Đối với …:" line over
        # dashes says whom, nlp/running.py _numbered_doer)
        [("directive", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Hướng dẫn đề cương x")]),
    "a_conclusions_matter_and_its_parts_are_no_tasks": (
        "Thông báo Kết luận của Giám đốc Sở tại cuộc họp Lãnh đạo Sở ngày 17/4/2018\n\nGiám đốc "
        "Sở đã kết luận chỉ đạo một số nội dung như sau:\n\n1. Kịch bản chi tiết chương trình Lễ "
        "khởi công dự án tưới tiêu khu vực phía Tây sông Vàm Cỏ Đông (Ban quản lý Đầu tư Xây dựng "
        "ngành Nông nghiệp và PTNT)\n\nCơ bản thống nhất theo dự thảo đề xuất, tuy nhiên cần "
        "chỉnh sửa một số nội dung như sau:\n\n- Video clip về Dự án: Xây dựng, bổ sung thêm (nêu "
        "khái quát hiện trạng trước khi dự án và hiệu quả Dự án sau khi hoàn thành);\n\n* Chỉ "
        "đạo chung:\n\n- Các phòng, đơn vị trực thuộc Sở tập trung thực hiện các công việc của "
        "tuần này theo kế hoạch.\n",
        20,
        # (running held out 113 r1166, 107 r1100: a numbered matter with its unit in brackets
        # gives that unit the tasks below it, _topic_heading; the thing a dash names before
        # its colon, _matter_label, and a part's label, _part_label, are no tasks)
        [("directive", "Ban quản lý Đầu tư Xây dựng ngành Nông nghiệp và PTNT",
          "Xây dựng, bổ sung th"),
         ("directive", "Các phòng, đơn vị trực thuộc Sở", "tập trung thực hiện ")]),
    "a_contribution_and_support_share_their_object": (
        "Tin\n\nUBND huyện Văn Chấn yêu cầu Hội Chữ thập đỏ tổ chức tuyên truyền, vận động cán "
        "bộ, người lao động tự nguyện tham gia đóng góp, ủng hộ chương trình “Ngân hàng bò” giúp "
        "các hộ nghèo vươn lên thoát nghèo; hướng dẫn giám sát thu chi.\n",
        20,
        # (directives held out 159 d1530: "đóng góp" is an act, so "đóng góp, ủng hộ chương
        # trình …" are two acts on one object, one job; verbs.jsonl)
        [("directive", "Hội Chữ thập đỏ", "tổ chức tuyên truyền"),
         ("directive", "Hội Chữ thập đỏ", "hướng dẫn giám sát t")]),
    "who_came_and_the_meetings_own_business_are_no_results": (
        "Tin\n\nNgày 07/9/2021, đồng chí Lê Quang Toản, Phó Chủ tịch thường trực Ủy ban Mặt trận "
        "Tổ quốc Việt Nam tỉnh; ở huyện có các đồng chí: Mai Xuân Giới - Tỉnh ủy viên, Bí thư "
        "Huyện ủy; Bạch Thị Hằng - Trưởng Ban Dân vận Huyện ủy; đại diện Đảng ủy thị trấn Ân Thi "
        "đã về dự sinh hoạt chi bộ thôn Bình Trì.\n\nSáng 14/7, Hội nghị lần thứ Nhất của Ủy ban "
        "Mặt trận Tổ quốc xã Tứ Kỳ đã được tổ chức trang trọng. Hội nghị đã công bố quyết định "
        "thành lập Ủy ban MTTQ xã Tứ Kỳ gồm 124 ủy viên; đồng chí Nguyễn Ngọc Thao được tín "
        "nhiệm giữ chức Chủ tịch UB MTTQ xã.\n\nTrong tháng 8, chi bộ đã chỉ đạo Nhân dân chăm "
        "sóc và phòng trừ sâu bệnh cho lúa mùa.\n",
        20,
        # (running held out 160 r1634, r1631: who came, named after "có các đồng chí:"
        # (running.json attendees_lead), "đã về dự sinh hoạt chi bộ", a conference held,
        # decisions announced to it and who was entrusted with a post are the meeting's own
        # business (running.json meeting))
        [("action", None, "Trong tháng 8, chi b")]),
    "the_period_reviewed_past_a_connector_tells_results": (
        "HĐND xã Ia Pal: kỳ họp thứ 6\n\nNgày 26/7/2018, HĐND xã Ia Pal đã tổ chức kỳ họp thứ 6 "
        "nhằm đánh giá việc thực hiện các chỉ tiêu 6 tháng đầu năm, đề ra phương hướng hoạt động "
        "6 tháng cuối năm 2018.\n\nTại kỳ họp, các đại biểu đã được nghe UBND xã báo cáo kết quả "
        "thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2018. Theo "
        "đó, 6 tháng đầu năm 2018, tốc độ tăng trưởng kinh tế của xã phát triển ổn định; an ninh "
        "trật tự được giữ vững và ổn định.\n",
        20,
        # (running held out 162 r1654: "Theo đó, <the period reviewed>, …" after the reports a
        # session heard tells what was reached in it; running.json period_connector)
        [("action", None, "Theo đó, 6 tháng đầu"), ("action", None, "an ninh trật tự được")]),
    "a_shortcoming_said_to_be_absent_is_no_shortcoming": (
        "Tin\n\nTrong 5 năm qua số Chi hội đạt TSVM bình quân hàng năm là 74/79 chi hội đạt "
        "93,67%, không có tổ chức hội TB, yếu kém, hộ gia đình đạt danh hiệu văn hóa 96 %.\n\n"
        "Tuy nhiên, vẫn còn một số chi hội yếu kém.\n",
        20,
        # (running held out 162 r1652: "không có tổ chức hội TB, yếu kém" says there is none,
        # a result (running.json remedy); "vẫn còn … yếu kém" is still a shortcoming)
        [("action", None, "Trong 5 năm qua số C"), ("action", None, "yếu kém, hộ gia đình")]),
    "all_the_units_with_one_singled_out_are_asked": (
        "Tin\n\nTheo đó, UBND tỉnh yêu cầu các cơ quan, đơn vị, nhất là UBND các xã, phường, "
        "đặc khu khẩn trương triển khai chỉnh trang cảnh quan đô thị xanh, sạch, đẹp.\n",
        20,
        # (directives held out 161 d1551: "A, nhất là B" names all of A, one singled out; no
        # apposition "là B" that says which A are meant, nlp/tasks.py _apposed)
        [("directive", "các cơ quan, đơn vị, nhất là UBND các xã, phường, đặc khu",
          "khẩn trương triển kh")]),
    "a_place_by_its_level_after_a_semicolon_is_asked": (
        "Tin\n\nĐồng chí Nguyễn Trọng Hài, Phó Chủ tịch UBND tỉnh chỉ đạo xã Phú Nhuận tiếp tục "
        "nắm bắt tâm tư, nguyện vọng của nhân dân; huyện Bảo Thắng triển khai ngay việc thống kê "
        "thiệt hại; Sở Tài nguyên và Môi trường khẩn trương làm rõ nguyên nhân.\n",
        20,
        # (directives held out 161 d1550: a place named by its level that opens a piece with
        # its job is asked (nlp/running.py _doer_first, places); not after a comma, where it is
        # more often where the one before is (held out 55 d493)
        [("directive", "xã Phú Nhuận", "tiếp tục nắm bắt tâm"),
         ("directive", "huyện Bảo Thắng", "triển khai ngay việc"),
         ("directive", "Sở Tài nguyên và Môi trường", "khẩn trương làm rõ n")]),
    "a_national_park_is_a_body_a_list_of_requests_asks": (
        "Tin\n\nTheo đó, Chủ tịch UBND tỉnh yêu cầu Sở Văn hóa, Thể thao và Du lịch chủ trì tăng "
        "cường công tác kiểm tra.\n\nVườn quốc gia Núi Chúa khẩn trương hoàn thiện hệ thống biển "
        "báo, biển cấm tại khu vực Hang Rái.\n\nUBND các huyện, thành phố tăng cường công tác "
        "kiểm tra các cơ sở kinh doanh dịch vụ du lịch.\n",
        20,
        # (directives held out 160 d1543: "Vườn quốc gia" heads a body's name (units.json
        # heads), so the list of requests goes on into its paragraph and the one after)
        [("directive", "Sở Văn hóa, Thể thao và Du lịch", "chủ trì tăng cường c"),
         ("directive", "Vườn quốc gia Núi Chúa", "khẩn trương hoàn thi"),
         ("directive", "UBND các huyện, thành phố", "tăng cường công tác ")]),
    "what_one_unit_will_still_do_after_the_results_is_its_promise": (
        "Tin\n\nĐến nay toàn tỉnh đã có 820/859 chi hội tổ chức hội nghị (đạt 96%), trong đó có "
        "10/11 đơn vị đã chỉ đạo tổ chức dứt điểm Hội nghị, còn đơn vị Châu Thành sẽ chỉ đạo "
        "Hội nghị hoàn thành trong 10/2017.\n",
        20,
        # (running held out 160 r1632: ", còn <unit> sẽ …" after the results turns to what
        # that one will still do; running.json future_clause)
        [("action", None, "Đến nay toàn tỉnh đã"), ("commitment", None, "còn đơn vị Châu Thàn")]),
    "a_body_that_agreed_to_ask_asks": (
        "Tin\n\nTại Hội nghị, BĐBP 3 tỉnh đã thống nhất yêu cầu các đồn BP phải thường xuyên "
        "trao đổi thông tin, nắm chắc tình hình địa bàn.\n",
        20,
        # (running held out 144 r1475: "đã thống nhất" between the one who asks and its
        # request word is that one agreeing to ask; running.json speaker_tail)
        [("directive", "các đồn BP", "phải thường xuyên tr"),
         ("directive", "các đồn BP", "nắm chắc tình hình đ")]),
    "a_body_by_the_short_name_the_page_gave_it_goes_on_with_the_requests": (
        "Tin\n\nSở Y tế đề nghị Trung tâm Kiểm soát bệnh tật tỉnh (CDC) tập trung giám sát "
        "chặt chẽ tình hình dịch bệnh.\n\nCDC tỉnh hướng dẫn chuyên môn, kỹ thuật cho các địa "
        "phương trong công tác giám sát bệnh nhân.\n\nCác trung tâm y tế các huyện, thành phố "
        "tham mưu UBND cùng cấp triển khai các biện pháp phòng chống dịch bệnh.\n",
        20,
        # (directives held out 162 d1560: "CDC", the short name given in brackets, and "Các
        # trung tâm y tế …" are bodies, each asked in its paragraph; nlp/tasks.py
        # _short_name_at, units.json heads)
        [("directive", "Trung tâm Kiểm soát bệnh tật tỉnh", "tập trung giám sát c"),
         ("directive", "CDC tỉnh", "CDC tỉnh hướng dẫn c"),
         ("directive", "Các trung tâm y tế các huyện, thành phố", "tham mưu UBND cùng c")]),
    "a_short_word_in_brackets_after_no_body_names_none": (
        "Tin\n\nTại các trường học trên địa bàn tỉnh đã ghi nhận nhiều học sinh (HS) bị đau "
        "mắt đỏ.\n\nSở Giáo dục và Đào tạo yêu cầu các trường tuyên truyền cách phòng, chống "
        "dịch đến phụ huynh, nhắc nhở HS các bước phòng tránh theo khuyến cáo của ngành y tế.\n",
        20,
        # (directives held out 92 d863: "(HS)" after "học sinh" names no body, though a
        # body's name comes before it in the sentence)
        [("action", None, "Tại các trường học t"),
         ("directive", "các trường", "tuyên truyền cách ph"),
         ("directive", "các trường", "nhắc nhở HS các bước")]),
    "a_unit_after_a_list_of_units_and_a_semicolon_is_one_more_of_them": (
        "Tin\n\nSở GD&ĐT đề nghị lãnh đạo UBND cấp huyện phối hợp với Sở chỉ đạo các Phòng "
        "GD&ĐT huyện, thành phố; các cơ sở giáo dục trực thuộc; các Trung tâm GDNN-GDTX thực "
        "hiện nghiêm các văn bản chỉ đạo của Bộ Y tế.\n",
        20,
        # (directives held out 142 d1364: those listed are all whom the committee is to
        # direct, the last one too, and their task is one with the directing; nlp/running.py
        # _in_list_of_units, _directs_units)
        [("directive", "lãnh đạo UBND cấp huyện", "phối hợp với Sở chỉ ")]),
    "more_of_whom_a_unit_directs_after_a_semicolon": (
        "Tin\n\nSở GTVT đề nghị UBND các địa phương chỉ đạo Công an huyện, thành phố và các Phòng "
        "Công Thương, Phòng Quản lý đô thị; UBND các xã, phường, thị trấn thường xuyên kiểm tra "
        "các bến khách ngang sông. Tăng cường tuyên truyền các quy định của pháp luật về giao "
        "thông đường thủy nội địa.\n",
        20,
        # (directives held out 170 d1640: the unit after the "; " is one more of whom the one
        # asked directs, and the next sentence asks that one on; nlp/running.py _directs_units)
        [("directive", "UBND các địa phương", "chỉ đạo Công an huyệ"),
         ("directive", "UBND các địa phương", "Tăng cường tuyên tru")]),
    "who_came_to_direct_a_meeting_is_its_own_business": (
        "Tin\n\nDự và chỉ đạo hội nghị có đồng chí Nguyễn Việt Ba, Bí thư Đảng ủy, Chủ tịch HĐND "
        "xã; lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã; các ban, ngành, đoàn thể; bí thư chi "
        "bộ, trưởng thôn 28 thôn và các tập thể, cá nhân được khen thưởng năm 2025.\n",
        20,
        # (running held out 163 r1662; running.json meeting)
        []),
    "the_tasks_deployed_with_the_requirements_listed": (
        "Tin\n\nTại hội nghị, các nhiệm vụ trọng tâm trước, trong và sau Tết được triển khai "
        "với yêu cầu bảo đảm an ninh trật tự, an toàn xã hội; chăm lo đời sống Nhân dân.\n",
        20,
        # (running held out 163 r1662: what follows "được triển khai với yêu cầu" is the tasks;
        # running.json list_opener)
        [("commitment", None, "bảo đảm an ninh trật"), ("commitment", None, "chăm lo đời sống Nhâ")]),
    "a_plan_passed_names_its_main_tasks_after_trong_tam_la": (
        "Tin\n\nHội nghị cũng thông qua Kế hoạch phát động phong trào thi đua năm 2026 với nội "
        "dung toàn diện trên các lĩnh vực, trọng tâm là phát triển kinh tế theo hướng nhanh và "
        "bền vững; đẩy mạnh kinh tế số, thương mại điện tử; tăng thu ngân sách.\n",
        20,
        # (running held out 163 r1662; running.json announce, list_opener)
        [("commitment", None, "phát triển kinh tế t"), ("commitment", None, "đẩy mạnh kinh tế số,"),
         ("commitment", None, "tăng thu ngân sách")]),
    "besides_the_review_the_meeting_discussed_the_tasks_to_come": (
        "Tin\n\nNgoài đánh giá những kết quả đạt được và hạn chế trong thời gian qua, Hội nghị "
        "tập trung thảo luận các nhiệm vụ, giải pháp từ nay đến hết nhiệm kỳ 2016 – 2021. Trong "
        "đó chú trọng vào việc xây dựng tổ chức hội vững mạnh xuất sắc; đồng thời đẩy mạnh việc "
        "thực hiện Chỉ thị 05 của Bộ chính trị.\n",
        20,
        # (running held out 163 r1665: the review set aside by "Ngoài …,", the tasks to the
        # end of the term announced; running.json review_ground, announce)
        [("commitment", None, "chú trọng vào việc x"), ("commitment", None, "đồng thời đẩy mạnh v")]),
    "a_body_by_its_capitals_reminds_its_staff": (
        "Tin\n\nNăm nay, BQLRPH nhắc nhở cán bộ, nhân viên phụ trách địa bàn, thực hiện một số "
        "vấn đề sau: chú trọng nắm bắt thông tin liên quan đến những đối tượng phá rừng; tổ chức "
        "tốt khâu tuần tra, bảo vệ rừng của hộ nhận khoán.\n",
        20,
        # (running held out 143 r1461: "nhắc nhở" asks when a unit says it, as "yêu cầu" does;
        # running.json agency_asks)
        [("directive", "cán bộ, nhân viên phụ trách địa bàn", "chú trọng nắm bắt th"),
         ("directive", "cán bộ, nhân viên phụ trách địa bàn", "tổ chức tốt khâu tuầ")]),
    "work_done_as_the_direction_asked_ends_the_list_of_requests": (
        "Tin\n\nCác trạm, các chốt được yêu cầu: thường xuyên tuần rừng cùng các hộ nhận khoán."
        "\n\nThực hiện chỉ đạo của BQL RPH, ngay từ cuối tháng 2, tại các trạm bảo vệ rừng đã "
        "liên tục diễn ra các đợt tuần tra ở các tiểu khu giàu tài nguyên rừng.\n",
        20,
        # (running held out 143 r1461; running.json compliance_ground, nlp/running.py _complied)
        [("directive", "Các trạm, các chốt", "thường xuyên tuần rừ"),
         ("action", None, "Thực hiện chỉ đạo củ")]),
    "a_review_just_held_and_what_the_meeting_judged_before_its_colon_are_no_results": (
        "Tin\n\nHội CCB huyện Thường Tín vừa tổ chức sơ kết công tác Hội 6 tháng đầu năm 2011. "
        "Hội nghị đánh giá: 6 tháng qua các cơ sở Hội trong toàn huyện đã kết nạp được 300 hội "
        "viên.\n",
        20,
        # (running held out 164 r1671; running.json meeting, list_lead)
        [("action", None, "6 tháng qua các cơ s")]),
    "the_body_that_asked_directs_accordingly": (
        "Tin\n\nSở GD-ĐT đã có văn bản đề nghị các phòng GD-ĐT tăng cường vận động phụ huynh mua "
        "bảo hiểm y tế cho học sinh.\n\nTheo đó, Sở GD-ĐT chỉ đạo các phòng GD-ĐT, các trường THPT "
        "thường xuyên cập nhật tình hình học sinh tham gia bảo hiểm y tế.\n",
        20,
        # (directives held out 164 d1582: the body that asked, directing on its letter;
        # running.json directs_accordingly, nlp/running.py _directs_accordingly)
        [("directive", "các phòng GD-ĐT", "tăng cường vận động "),
         ("directive", "các phòng GD-ĐT, các trường THPT", "thường xuyên cập nhậ")]),
    "a_body_asked_that_directs_accordingly_has_that_task": (
        "Tin\n\nSở Công thương vừa có văn bản đề nghị UBND cấp huyện, Công ty Điện lực Hải Dương "
        "phối hợp kiểm tra các vụ việc về áp giá bán lẻ điện. Theo đó, UBND cấp huyện chỉ đạo các "
        "cơ quan chức năng tăng thời lượng thông tin trên đài phát thanh.\n",
        20,
        # (directives held out 59 d532: the body asked, its directing is its task)
        [("directive", "UBND cấp huyện, Công ty Điện lực Hải Dương", "phối hợp kiểm tra cá"),
         ("directive", "UBND cấp huyện", "chỉ đạo các cơ quan ")]),
    "what_the_results_were_after_la_has_no_speaker": (
        "Tin\n\nCác đồng chí đảng viên dự hội nghị đã phát biểu 6 ý kiến, các ý kiến phát biểu "
        "thảo luận tập trung làm rõ hơn những kết quả đã đạt được của chi bộ trong tháng 3/2021, "
        "là chi bộ đã chỉ đạo tổ dân phố tập trung tuyên truyền nhân dân thực hiện tốt các chủ "
        "trương của Đảng. Vận động nhân dân thu các loại quỹ nộp về phường đạt 100% kế hoạch "
        "giao.\n",
        20,
        # (running held out 165 r1680: the party members spoke; what the results were, after
        # ", là", asks no one; nlp/running.py _clause_speaker)
        [("action", None, "Vận động nhân dân th")]),
    "the_organisation_built_up_is_no_verb_waiting_for_its_object": (
        "Tin\n\nNhiệm kỳ 2020 - 2025, Hội Khuyến học xã sẽ không ngừng xây dựng và củng cố tổ "
        "chức, đổi mới nội dung, phương thức hoạt động của Hội.\n",
        20,
        # (running held out 165 r1683: "tổ chức" after "củng cố" is the organisation, the
        # object, so the job after the comma is one of its own; nlp/structure.py
        # ends_with_verb, units.json listed_nouns)
        [("commitment", "Hội Khuyến học xã", "không ngừng xây dựng"),
         ("commitment", "Hội Khuyến học xã", "đổi mới nội dung, ph")]),
    "a_lead_with_no_act_before_the_doer_is_no_task": (
        "Tin\n\nTheo kế hoạch, quý III/2020, Thanh tra Ban Dân tộc tiếp tục tiến hành thanh tra "
        "tại huyện Lộc Bình, dự kiến kết thúc thanh tra trước ngày 31/12/2020.\n",
        20,
        # (running held out 164 r1670; nlp/running.py _pieces)
        [("commitment", "Thanh tra Ban Dân tộc", "Thanh tra Ban Dân tộ")]),
    "teams_and_a_unit_with_its_duty_carry_the_letter_on": (
        "Tin\n\nSở Y tế yêu cầu các đơn vị tổ chức tốt công tác khám chữa bệnh, trực cấp cứu "
        "24/24h.\n\nCác đội phản ứng nhanh tổ chức trực tại đơn vị luôn sẵn sàng ứng cứu khi có "
        "lệnh.\n\nChi cục An toàn vệ sinh thực phẩm, các quận, huyện có nhiệm vụ tăng cường thanh "
        "tra, kiểm tra an toàn thực phẩm.\n",
        20,
        # (directives held out 141 d1351: "Các đội …" heads a name (units.json heads), and "có
        # nhiệm vụ" ends one (tasks.json stops))
        [("directive", "các đơn vị", "tổ chức tốt công tác"),
         ("directive", "Các đội phản ứng nhanh", "tổ chức trực tại đơn"),
         ("directive", "Chi cục An toàn vệ sinh thực phẩm, các quận, huyện", "có nhiệm vụ tăng cườ")]),
    "who_have_done_a_thing_are_described_not_asked": (
        "Tin\n\nBGH nhà trường thông báo đến Lãnh đạo các Khoa và sinh viên về kế hoạch xét tốt "
        "nghiệp như sau:\n\nSinh viên đã hoàn thành chương trình đào tạo, sinh viên chưa tốt "
        "nghiệp ở các đợt xét trước đã đăng ký học lại.\n",
        20,
        # (directives held out 162 d1561: who the notice is for, by what they have done; "đã"
        # ends an addressee, running.json addressee_stop)
        []),
    "a_connector_without_comma_goes_on_with_the_speaker": (
        "Họp Ban chỉ đạo Đại hội\n\nPhát biểu kết luận cuộc họp, ông Đặng Minh Hưng – Phó Chủ "
        "tịch UBND tỉnh nhấn mạnh ý nghĩa chính trị quan trọng của Đại hội. Trên cơ sở đó đề "
        "nghị các thành viên Ban chỉ đạo nhận thức rõ vai trò trách nhiệm của mình, phối hợp "
        "chặt chẽ.\n",
        20,
        # (running held out 166 r1690: "Trên cơ sở đó" with no comma, then the request of the
        # one who spoke before (running.json connector_asks); "nhận thức rõ" ends whom it asks
        # (addressee_stop))
        [("directive", "các thành viên Ban chỉ đạo", "nhận thức rõ vai trò"),
         ("directive", "các thành viên Ban chỉ đạo", "phối hợp chặt chẽ")]),
    "work_done_as_of_now_ends_a_list_of_plans": (
        "Họp Ban chỉ đạo Đại hội\n\nNhiều hoạt động sẽ được tổ chức như: hội thi biểu diễn "
        "văn nghệ truyền thống, giao lưu thể thao. Đến thời điểm hiện tại công tác chuẩn bị đã "
        "được các cấp ngành, địa phương liên quan tiến hành đúng tiến độ.\n",
        20,
        # (running held out 166 r1690: "Đến thời điểm hiện tại … đã …" is work done, however
        # far its "đã" comes (running.json done_early), and no plan of the list before)
        [("commitment", None, "được tổ chức như: hộ"), ("commitment", None, "giao lưu thể thao"),
         ("action", None, "Đến thời điểm hiện t")]),
    "hang_khong_is_a_name_not_a_negation": (
        "Cục Hàng không tăng cường phục vụ dịp Tết\n\nCục Hàng không Việt Nam yêu cầu các đơn "
        "vị quản lý khai thác cảng hàng không xây dựng phương án phục vụ.\n\nTrong đó, các cảng "
        "hàng không cần tập trung bố trí bổ sung phương tiện.\n\nĐồng thời, các cảng hàng "
        "không cần bố trí hợp lý khu vực đỗ xe.\n",
        20,
        # (directives held out 166 d1601: "hàng không" (aviation) goes on with a name and says
        # no "không" (running.json stop_in_name, negation); "Trong đó, <units> cần …" is what
        # they must do (obligation_lead))
        [("directive", "các đơn vị quản lý khai thác cảng hàng không", "xây dựng phương án p"),
         ("directive", "các cảng hàng không", "cần tập trung bố trí"),
         ("directive", "các cảng hàng không", "cần bố trí hợp lý kh")]),
    "a_topic_that_is_all_a_name_is_whom_a_request_asks": (
        "Cục Hàng không tăng cường phục vụ dịp Tết\n\nĐối với các hãng hàng không, Cục Hàng "
        "không Việt Nam yêu cầu theo dõi tình hình đặt chỗ, bán vé để điều chỉnh kế hoạch khai "
        "thác.\n",
        20,
        # (directives held out 166 d1601: a request that names no one asks those its topic
        # names, when the topic is all a name, no verb in it; nlp/running.py _named_topic)
        [("directive", "các hãng hàng không", "theo dõi tình hình đ")]),
    "a_corporation_directs_its_units": (
        "Bảo đảm cung cấp điện dịp lễ\n\nĐể đảm bảo việc cung cấp điện được liên tục cho các "
        "ngày nghỉ lễ, Tổng Công ty Điện lực miền Nam chỉ đạo cho các đơn vị thành viên, đơn vị "
        "trực thuộc túc trực, kiểm tra và đề ra phương án cung cấp điện.\n",
        20,
        # (directives held out 166 d1600: a corporation speaks (running.json speaker), "chỉ
        # đạo cho" asks whom it names (request), and "túc trực" is an act (verbs.jsonl))
        [("directive", "các đơn vị thành viên, đơn vị trực thuộc", "túc trực, kiểm tra v")]),
    "a_unit_that_directs_a_list_below_asks_it": (
        "Hưởng ứng Tuần lễ quốc gia phòng, chống thiên tai\n\nThực hiện sự chỉ đạo của Bộ Thông "
        "tin và Truyền thông, tại Công văn số 1492/BTTTT-CVT, Sở Thông tin và Truyền thông chỉ "
        "đạo:\n\nBáo Đồng Khởi, Đài Phát thanh và Truyền hình Bến Tre cập nhật tài liệu để tăng "
        "cường công tác thông tin tuyên truyền.\n",
        20,
        # (directives held out 167 d1613: a unit closing its clause, then "chỉ đạo:" and no
        # more, directs the list below (running.json agency_directs_below), whatever letter
        # its ground cites)
        [("directive", "Báo Đồng Khởi, Đài Phát thanh và Truyền hình Bến Tre",
          "cập nhật tài liệu để")]),
    "bhxh_heads_a_name_that_asks": (
        "BHXH đề nghị bưu điện chi trả an toàn\n\nBHXH Việt Nam đề nghị Bưu điện tỉnh nghiêm túc "
        "triển khai thực hiện các nội dung trong công văn.\n",
        20,
        # (directives held out 168 d1622: "BHXH" heads a unit's name as "Bảo hiểm xã hội"
        # does, units.json heads, so the unit asks)
        [("directive", "Bưu điện tỉnh", "nghiêm túc triển kha")]),
    "tasks_set_after_a_review_in_the_same_sentence_are_announced": (
        "Hội nghị Ban Chấp hành Đảng bộ Sở Y tế\n\nHội nghị kiểm điểm kết quả lãnh đạo thực "
        "hiện nhiệm vụ tháng 1/2018, triển khai nhiệm vụ tháng 2/2018 với các nhiệm vụ trọng tâm "
        "như: Tiếp tục triển khai các hoạt động khám chữa bệnh; tổ chức các lớp đào tạo tập "
        "huấn theo kế hoạch.\n",
        20,
        # (running held out 171 r1740: ", triển khai nhiệm vụ …" turns from the review before
        # its comma (running.json turn), so the tasks its colon lists are announced)
        [("commitment", None, "Tiếp tục triển khai "), ("commitment", None, "tổ chức các lớp đào ")]),
    "whom_tasks_are_for_described_is_all_of_them": (
        "Thi tốt nghiệp THPT\n\nĐối với các Sở GD&ĐT và các trường nơi thí sinh đăng ký dự thi: "
        "Rà soát, kiểm tra thông tin của thí sinh.\n",
        20,
        # (directives held out 171 d1651: "nơi …" says which schools, all up to the colon
        # whom the tasks are for; running.json whom_described)
        [("directive", "các Sở GD&ĐT và các trường nơi thí sinh đăng ký dự thi",
          "Rà soát, kiểm tra th")]),
    "a_body_telling_the_press_of_its_directions_directs": (
        "Biên phòng chủ động ứng phó bão\n\nChiều 21.10, Ban Chỉ huy Bộ đội biên phòng tỉnh Quảng "
        "Trị cho hay đã chỉ đạo các Đồn biên phòng tuyến biển triển khai các biện pháp hỗ trợ "
        "nhân dân.\n\nĐồng thời, giữ thông tin liên lạc với các chủ tàu thuyền đang hoạt động "
        "trên biển.\n",
        20,
        # (directives held out 172 d1662: "cho hay đã chỉ đạo" tells directions that stand,
        # running.json told_directs; "giữ thông tin liên lạc" is an act, verbs.jsonl)
        [("directive", "các Đồn biên phòng tuyến biển", "triển khai các biện "),
         ("directive", "các Đồn biên phòng tuyến biển", "giữ thông tin liên l")]),
    "cases_and_sums_to_enforce_are_counted_not_obliged": (
        "Thi hành án dân sự năm 2021\n\nTổng số tiền phải thi hành là hơn 36,3 tỷ đồng, trong đó, "
        "số tiền đủ điều kiện thi hành là 10,6 tỷ đồng.\n",
        20,
        # (running held out 173 r1763: the cases or sums that must be enforced, counted, are
        # figures, no obligation; running.json counted_need)
        [("action", None, "Tổng số tiền phải th")]),
    "boldly_is_a_manner_not_a_place": (
        "Kiểm tra công trình trường học\n\nPhó Chủ tịch UBND tỉnh đề nghị UBND huyện mạnh dạn xử "
        "lý nhà thầu xây dựng năng lực yếu.\n",
        20,
        # (running held out 174 r1776, 46 r493: "mạnh dạn" is how they must act, no place a
        # level's name goes on with; tasks.json stops, running.json manner)
        [("directive", "UBND huyện", "mạnh dạn xử lý nhà t")]),
    "six_remaining_months_look_forward": (
        "Châu Thành: Tập trung thực hiện thắng lợi nhiệm vụ chính trị năm 2019\n\n"
        "6 tháng còn lại của năm 2019, huyện Châu Thành tập trung hoàn thành các chỉ tiêu "
        "nghị quyết năm 2019, nhất là các chỉ tiêu đạt thấp.\n",
        20,
        # (running held out 176 r1791: the months that remain, counted, are the coming
        # period, as "những tháng còn lại" are; running.json forward)
        [("commitment", None, "huyện Châu Thành tập")]),
    "a_wish_after_a_bare_connector_asks_on": (
        "Tại đây, Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương tinh thần của cán bộ, chiến sĩ "
        "Đồn. Đồng thời mong muốn cán bộ, chiến sĩ trong đơn vị tiếp tục phát huy truyền "
        "thống đoàn kết.\n",
        20,
        # (running held out 176 r1794: "Đồng thời" with no comma, then "mong muốn": the one
        # who spoke before goes on asking; running.json connector_asks, nlp/running.py
        # _request)
        [("directive", "cán bộ, chiến sĩ trong đơn vị", "tiếp tục phát huy tr")]),
    "directions_set_out_then_la_are_the_tasks": (
        "Sơ kết công tác thi đua 6 tháng đầu năm 2017\n\n"
        "Tại hội nghị, Liên đoàn Lao động tỉnh đã đề ra phương hướng hoạt động trong 6 tháng "
        "cuối năm 2017 là tập trung tuyên truyền đường lối của Đảng về giai cấp công nhân.\n",
        20,
        # (running held out 177 r1801: the directions set out, then "là", then what they
        # are: the tasks; running.json announce, list_opener)
        [("commitment", None, "tập trung tuyên truy")]),
    "a_speaker_points_out_what_must_be_done_for_an_aim": (
        "Đồng chí Võ Thanh Hùng - Trưởng Ban Dân vận Tỉnh ủy đánh giá cao những cố gắng của "
        "địa phương. Đồng chí Võ Thanh Hùng cũng chỉ rõ, để hoàn thành nhiệm vụ 3 tháng cuối "
        "năm, huyện cần tiếp tục thực hiện tốt việc xây dựng làng nông thôn mới kiểu mẫu.\n",
        20,
        # (running held out 179 r1821: "chỉ rõ" and its comma, then the aim, then whom and
        # what they must do; running.json request, strict_request, request_ground)
        [("directive", "huyện", "cần tiếp tục thực hi")]),
    "choosing_is_an_act_that_ends_a_name": (
        "Theo kế hoạch, Ban Thường trực Ủy ban MTTQ huyện chọn Ủy ban MTTQ xã Vĩnh Điều làm "
        "điểm tổ chức Đại hội cấp xã vào tháng 12/2018.\n",
        20,
        # (running held out 179 r1824: "chọn" is what the board does, not more of its name;
        # verbs.jsonl)
        [("directive", "Ban Thường trực Ủy ban MTTQ huyện", "chọn Ủy ban MTTQ xã ")]),
    "the_ones_chosen_are_named_by_the_choice": (
        "Chủ tịch UBND huyện cũng yêu cầu các địa phương được chọn sẽ tổng hợp, báo cáo về "
        "công tác phòng chống dịch.\n",
        20,
        # (directives held out 19 d179: "được chọn" says which ones are asked, the choice no
        # act of theirs; running.json chosen, nlp/running.py _addressee)
        [("directive", "các địa phương được chọn", "sẽ tổng hợp, báo cáo")]),
    "a_topic_set_apart_then_the_request": (
        "2.1. Thời gian báo cáo: Thực hiện theo thời gian quy định trên biểu mẫu kèm theo. "
        "Riêng báo cáo tháng 11/2014 và 12/2014, năm 2014 đề nghị các đơn vị tập trung thực "
        "hiện và gửi về Ban Quản lý Khu kinh tế đúng thời hạn.\n",
        20,
        # (directives held out 176 d1700: "Riêng …" names what the request is about, then the
        # request of the one who spoke before; running.json topic_asks)
        [("directive", "các đơn vị", "tập trung thực hiện ")]),
    "a_numbered_part_that_names_matters_is_no_task": (
        "Ban Quản lý Khu kinh tế tỉnh đề nghị các doanh nghiệp, nhà đầu tư thực hiện báo cáo "
        "với các nội dung:\n\n1. Các nội dung báo cáo\n\n- Báo cáo tình hình triển khai dự "
        "án: Biểu số 01;\n",
        20,
        # (directives held out 176 d1700: the part's name over the reports asked for, no task
        # of its own; nlp/running.py _matters_heading, running.json matters)
        [("directive", "các doanh nghiệp, nhà đầu tư", "Báo cáo tình hình tr")]),
    "points_counted_after_a_request_are_its_list": (
        "Trước tình hình trên, Bộ GD&ĐT yêu cầu các Sở GD&ĐT thực hiện nghiêm túc một số "
        "nội dung.\n\nThứ nhất, các Sở GD&ĐT chỉ đạo các cơ sở giáo dục nắm chắc tình hình."
        "\n\nThứ hai, sở cần lên kế hoạch sửa chữa công trình bị ảnh hưởng.\n",
        20,
        # (directives held out 173 d1670: "Thứ nhất," opening the paragraph after the request
        # opens its list, and "Thứ hai," leads an obligation; nlp/running.py _points_next,
        # running.json first_point, paragraph_lead, obligation_lead; the doer that opens the
        # point is a head of the registry, "các Sở", so its job starts past it)
        [("directive", "các Sở GD&ĐT", "thực hiện nghiêm túc"),
         ("directive", "các Sở GD&ĐT", "chỉ đạo các cơ sở gi"),
         ("directive", "sở", "cần lên kế hoạch sửa")]),
    "who_must_named_after_the_topic": (
        "Đối với thiết bị dạy học, bàn ghế, đồ dùng học tập bị hư hỏng, các đơn vị cần khẩn "
        "trương có kế hoạch sửa chữa để sớm đưa vào sử dụng.\n",
        20,
        # (directives held out 173 d1670: the topic with its commas, then the collective that
        # must; nlp/running.py _doer_past_topic, running.json collective_doer)
        [("directive", "các đơn vị", "cần khẩn trương có k")]),
    "a_letter_sent_with_its_contents": (
        "Bộ trưởng vừa có công điện yêu cầu sẵn sàng phương án tổ chức lễ khai giảng.\n\n"
        "Công điện gửi giám đốc Sở GD&ĐT các tỉnh, thành phố từ tỉnh Lâm Đồng trở ra phía bắc "
        "với nội dung yêu cầu chủ động ứng phó bão số 6.\n",
        20,
        # (directives held out 173 d1670: whom the letter was sent to ends before "với nội
        # dung"; running.json letter_to)
        [("directive", "giám đốc Sở GD&ĐT các tỉnh, thành phố từ tỉnh Lâm Đồng trở ra phía "
          "bắc", "sẵn sàng phương án t")]),
    "the_cases_meant_are_no_addressee": (
        "Nhà trường đề nghị các đơn vị có kế hoạch đảm bảo an ninh, trật tự. Những trường hợp "
        "ở lại làm việc trong ngày nghỉ, đơn vị đăng ký danh sách cho Tổ bảo vệ.\n",
        20,
        # (directives held out 177 d1771: "Những trường hợp …" says in which cases, no one
        # asked; the units asked before go on; running.json matters)
        [("directive", "các đơn vị", "có kế hoạch đảm bảo "),
         ("directive", "các đơn vị", "Những trường hợp ở l")]),
    "a_line_that_stops_on_a_comma_goes_on": (
        "UBND huyện đề nghị Phòng Nông nghiệp, Trạm Thú y,\n\nUBND các xã tăng cường hướng "
        "dẫn các hộ chăn nuôi củng cố chuồng trại.\n",
        20,
        # (directives held out 180 d1800, a page hard-wrapped into blank-line blocks: a block
        # that ends on a comma is cut mid-sentence, whatever case the next opens with;
        # nlp/running.py _broken_sentence)
        [("directive", "Phòng Nông nghiệp, Trạm Thú y, UBND các xã", "tăng cường hướng dẫn")]),
    "shortcomings_met_are_no_obligation": (
        "Buổi làm việc đã nhận được 16 ý kiến liên quan đến công tác du lịch 2016, trong đó, "
        "nêu bật những tồn tại mà Thu Thủy đang gặp phải đó là: Vấn đề bán hàng rong, lấn "
        "chiếm hành lang an toàn giao thông, công tác môi trường chưa được đảm bảo.\n",
        20,
        # (running held out 182 r1851: "gặp phải" is what the ward meets, no "phải" it must;
        # running.json future_clause)
        []),
    "a_press_tag_with_an_ampersand_is_read_past": (
        "(GD&TĐ)-Bộ GD&ĐT yêu cầu các trường TCCN trước ngày 30/11/2010 phải gửi dự kiến kế "
        "hoạch tuyển sinh năm 2011.\n",
        20,
        # (directives held out 182 d1822: the paper's tag "(GD&TĐ)-" glued to the speaker;
        # running.json lead_tag)
        [("directive", "các trường TCCN", "trước ngày 30/11/201")]),
    "what_an_addressee_has_goes_on_to_its_modal": (
        "Bộ GD&ĐT yêu cầu các trường ĐH, CĐ và các cơ sở giáo dục khác có đào tạo TCCN trước "
        "ngày 30/11/2010 phải gửi dự kiến kế hoạch tuyển sinh năm 2011.\n",
        20,
        # (directives held out 182 d1822: "có đào tạo TCCN" says which ones, "phải" what they
        # must do; the date is the task's, not the name's; running.json who_then_must and
        # qualifier)
        [("directive", "các trường ĐH, CĐ và các cơ sở giáo dục khác có đào tạo TCCN",
          "trước ngày 30/11/201")]),
    "months_left_after_a_request_word_are_no_addressee": (
        "Phát biểu kết luận, Phó Chủ tịch HĐND TP Lê Văn Hoạt đề nghị, hơn 2 tháng còn lại "
        "của năm nay, huyện Thạch Thất cần rà soát, xác định số hụt thu.\n",
        20,
        # (directives held out 184 d1843: the months left are when, the district who;
        # running.json request_ground)
        [("directive", "huyện Thạch Thất", "cần rà soát, xác địn")]),
    "a_leaders_view_that_a_unit_must_is_a_request": (
        "Bí thư Tỉnh đoàn Đồng Nai – anh Nguyễn Cao Cường cho rằng,để đảm bảo hoàn thành các "
        "chỉ tiêu theo kế hoạch đề ra, các cấp bộ Đoàn toàn tỉnh cần chủ động rà soát các chỉ "
        "tiêu.\n",
        20,
        # (running held out 185 r1885: "cho rằng" with a unit and what it must do asks it;
        # running.json request, strict_request, opinion_request)
        [("directive", "các cấp bộ Đoàn toàn tỉnh", "cần chủ động rà soát")]),
    "a_leaders_view_of_results_is_no_request": (
        "Phát biểu chỉ đạo tại Phiên họp, đồng chí Chủ tịch UBND huyện cho rằng, kết quả đạt "
        "được là khả quan, các xã cũng đã cố gắng.\n",
        20,
        # (running r20: "cho rằng" with no "cần"/"phải" after whom it names is a view)
        [("action", None, "Phát biểu chỉ đạo tạ")]),
    "an_act_and_vien_name_a_role": (
        "Phó Bí thư Thường trực Tỉnh ủy đề nghị đội ngũ tuyên truyền viên, báo cáo viên của "
        "tỉnh cần tiếp tục nắm bắt tình hình. UBND tỉnh yêu cầu Sở Nội vụ tuyển dụng viên "
        "chức đúng quy định.\n",
        20,
        # (directives held out 185 d1852: "báo cáo viên" is a role, no act of reporting;
        # "viên chức" is whom an act is done to; nlp/structure.py _verb_regex)
        [("directive", "đội ngũ tuyên truyền viên, báo cáo viên của tỉnh", "cần tiếp tục nắm bắt"),
         ("directive", "Sở Nội vụ", "tuyển dụng viên chức")]),
    "a_town_or_an_urban_district_is_whom": (
        "Đồng chí Phạm Quang Nghị nhấn mạnh, thị xã Sơn Tây cần dựa trên quy hoạch để khoanh "
        "vùng bảo vệ các làng nghề truyền thống. Đồng chí cũng đề nghị quận Hoàn Kiếm cần "
        "chỉnh trang các tuyến phố.\n",
        20,
        # (directives held out 186 d1862: "thị xã", like "huyện", opens whom a request asks;
        # running.json addressee_start)
        [("directive", "thị xã Sơn Tây", "cần dựa trên quy hoạ"),
         ("directive", "quận Hoàn Kiếm", "cần chỉnh trang các ")]),
    "a_chief_inspector_and_a_traffic_board_speak": (
        "Tin từ tỉnh.\n\nChánh Thanh tra Bộ GD&ĐT Nguyễn Huy Bằng đã yêu cầu Sở GD&ĐT Hà Nội "
        "tăng cường công tác thanh tra.\n\nBan An toàn giao thông tỉnh đã đề nghị Công ty CP "
        "Đường sắt Hà Lạng cắm 47 biển báo.\n",
        20,
        # (directives held out 187 d1872, held out 183 d1831: who asks, so their requests are
        # directives, not results; running.json speaker)
        [("directive", "Sở GD&ĐT Hà Nội", "tăng cường công tác "),
         ("directive", "Công ty CP Đường sắt Hà Lạng", "cắm 47 biển báo")]),
    "like_what_happened_opens_no_list": (
        "Tin.\n\nCũng tại buổi làm việc, Chánh Thanh tra đã yêu cầu Sở GD&ĐT Hà Nội sớm tổ "
        "chức rà soát các cơ sở giáo dục có mang tên trường quốc tế, để phòng ngừa sự việc như "
        "đã xảy ra tại trường Gateway.\n",
        20,
        # (directives held out 187 d1872: "như đã xảy ra" is "as happened", no "such as:"
        # opening the tasks; running.json list_opener)
        [("directive", "Sở GD&ĐT Hà Nội", "sớm tổ chức rà soát ")]),
    "months_of_the_year_reviewed_tell_results": (
        "Sáng 12-4, Ban Chỉ đạo huyện Võ Nhai đã tổ chức Hội nghị tổng kết công tác vận động "
        "hiến máu tình nguyện năm 2018; triển khai phương hướng, nhiệm vụ năm 2019.\n\nTrong "
        "tháng 5 và 10-2018, Ban Chỉ đạo huyện đã tổ chức được 2 đợt hiến máu.\n",
        20,
        # (running held out 190 r1931: the review of 2018 and the tasks of 2019 apart by "; ",
        # and May and October 2018 inside the year reviewed; running.json review_then_tasks,
        # nlp/periods.py month lists)
        [("action", None, "Trong tháng 5 và 10-")]),
    "a_view_of_what_must_be_done_and_the_programmes_it_names": (
        "Tin.\n\nÔng Nguyễn Đăng Quang cho rằng, cần gắn hoạt động của Hội Nông dân các cấp "
        "với 3 chương trình mục tiêu quốc gia: xây dựng nông thôn mới; giảm nghèo bền vững; "
        "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số. Đồng thời, tiếp tục làm "
        "tốt công tác phát triển đảng viên.\n\nBáo cáo của Hội Nông dân tỉnh tại Hội nghị cho "
        "biết, trong nửa nhiệm kỳ\n",
        20,
        # (directives held out 185 d1853: "cho rằng, cần …" says what must be done; the three
        # national programmes after the colon are names, one task; what a report tells ends
        # the requests; running.json opinion_request, names_listed, list_ends)
        [("directive", None, "cần gắn hoạt động củ"),
         ("directive", None, "tiếp tục làm tốt côn")]),
    "matters_raised_are_no_request": (
        "Tin.\n\nTại hội nghị, các đại biểu đề nghị một số vấn đề cần quan tâm như định hướng "
        "tuyên truyền về chủ trương chuyển đổi số của tỉnh; nội dung Kỳ họp thứ 12, HĐND tỉnh "
        "khoá XIII; quan tâm tổ chức Giải báo chí Huỳnh Thúc Kháng. Đồng chí Trưởng ban yêu "
        "cầu các cơ quan báo chí tiếp tục tuyên truyền kết quả Đại hội.\n",
        20,
        # (running held out 192 r1957: the matters delegates raise ask no one; running.json
        # issues_raiser, issues_raised)
        [("directive", "các cơ quan báo chí", "tiếp tục tuyên truyề")]),
    "targets_given_to_units_then_lettered_items": (
        "Tin.\n\nGiao chỉ tiêu, nhiệm vụ cho các cơ quan Thi hành án dân sự địa phương năm "
        "2024 như sau:\n\na. Ra quyết định thi hành án đúng quy định của pháp luật 100%.\n\n"
        "b. Đảm bảo tỷ lệ thi hành án xong trên 83,25% về việc.\n\nc. Thi hành có hiệu quả "
        "các khoản thu hồi tiền, tài sản trong các vụ án hình sự.\n\nĐầu năm, đảng ủy đã ban "
        "hành kế hoạch và giao chỉ tiêu cho các chi bộ trong công tác phát triển đảng viên.\n",
        20,
        # (directives held out 192 d1920: targets given to units open a sentence, and the
        # units end before the year and "như sau"; "b." is a list's letter, so its target
        # is asked too; targets given in a past account stay a result; running.json request,
        # qualifier, list_number)
        [("directive", "các cơ quan Thi hành án dân sự địa phương", "Ra quyết định thi hà"),
         ("directive", "các cơ quan Thi hành án dân sự địa phương", "Đảm bảo tỷ lệ thi hà"),
         ("directive", "các cơ quan Thi hành án dân sự địa phương", "Thi hành có hiệu quả"),
         ("action", None, "Đầu năm, đảng ủy đã ")]),
    "a_commander_asked_and_who_must_past_a_while": (
        "Tin.\n\nThiếu tướng Trần Văn Thơ yêu cầu chỉ huy Hải đoàn 11 tích cực tuyên truyền "
        "các phương tiện và ngư dân vào nơi tránh bão. Trong quá trình thực hiện điều tra, các "
        "địa phương cũng cần chú trọng công tác phòng, chống dịch bệnh. Tuy nhiên, trong quá "
        "trình hoạt động, Tổ Tiết kiệm và Vay vốn vẫn còn một số tồn tại cần chấn chỉnh và "
        "khắc phục.\n",
        20,
        # (directives held out 193 d1930 and 192 d1922: a commander and a coast guard flotilla
        # are addressees; "Trong quá trình …," is when, then who must; a unit that "vẫn còn"
        # shortcomings is no one asked; running.json addressee_start, obligation_lead,
        # addressee_stop)
        [("directive", "chỉ huy Hải đoàn 11", "tích cực tuyên truyề"),
         ("directive", "các địa phương", "cũng cần chú trọng c")]),
    "customs_asks_past_an_aside": (
        "Tin.\n\nDo đó, Hải quan khu vực VI (quản lý hoạt động xuất nhập khẩu trên địa bàn "
        "tỉnh Lạng Sơn, Cao Bằng) yêu cầu thủ trưởng các đơn vị thuộc chi cục theo dõi chặt "
        "chẽ diễn biến bão Matmo.\n",
        20,
        # (directives held out 194 d1942: a customs body is a unit, units.json heads "Hải
        # quan"; the aside in brackets after its name, commas and all, is read past)
        [("directive", "thủ trưởng các đơn vị thuộc chi cục", "theo dõi chặt chẽ di")]),
    "a_ministry_goes_on_directing": (
        "Tin.\n\nBộ Ngoại giao tiếp tục chỉ đạo các cơ quan đại diện Việt Nam tại Israel theo "
        "dõi sát tình hình tại khu vực xảy ra xung đột, khẩn trương rà soát thông tin về công "
        "dân Việt Nam tại sở tại.\n",
        20,
        # (directives held out 195 d1952: a body's directing to come asks the units it names,
        # unlike its "chỉ đạo" told as its own work; running.json directs_ahead)
        [("directive", "các cơ quan đại diện Việt Nam tại Israel", "theo dõi sát tình hì"),
         ("directive", "các cơ quan đại diện Việt Nam tại Israel", "khẩn trương rà soát ")]),
    "the_departments_asked_go_on_in_the_next_paragraph": (
        "Tin.\n\nTheo đó, Tổng cục Dự trữ Nhà nước (DTNN) yêu cầu các cục DTNN khu vực trên tổ "
        "chức trực ban 24/24 giờ.\n\nCác cục DTNN khu vực tăng cường kiểm tra kho, hàng dự "
        "trữ quốc gia.\n",
        20,
        # (directives held out 194 d1941: "các cục …" are units, units.json heads, so the
        # paragraph that opens with them goes on with the requests)
        [("directive", "các cục DTNN khu vực trên", "tổ chức trực ban 24/"),
         ("directive", "Các cục DTNN khu vực", "tăng cường kiểm tra ")]),
    "requests_go_on_past_a_time_limit_a_manner_and_a_connector": (
        "Tin.\n\nPhó Chủ tịch UBND tỉnh Nguyễn Phùng Hoan yêu cầu Bộ Chỉ huy Bộ đội Biên phòng "
        "tỉnh hướng dẫn tàu thuyền không đi vào khu vực nguy hiểm.\n\nTrước 15 giờ ngày "
        "3/7/2019, các địa phương hoàn thành việc kiểm đếm tàu thuyền; cấm các hoạt động tắm "
        "biển.\n\nCác địa phương ven biển bằng mọi hình thức thông tin kịp thời tới mọi người "
        "dân về diễn biến của bão.\n\nĐồng thời, rà soát số nhà yếu trên địa bàn dự kiến phải "
        "sơ tán.\n\nCùng với đó, các địa phương tổng kiểm tra toàn tuyến đê điều trên địa "
        "bàn.\n",
        20,
        # (directives held out 196 d1963: an hour's time limit; the unit a sentence names asks
        # its later pieces; "bằng mọi hình thức" a manner that ends a name; "thông tin kịp thời"
        # and "tổng kiểm tra" verbs; "dự kiến" inside a connector's item no promise; running.json
        # time_limit, due_lead, manner, tasks.json stops, verbs.jsonl)
        [("directive", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "hướng dẫn tàu thuyền"),
         ("directive", "các địa phương", "hoàn thành việc kiểm"),
         ("directive", "các địa phương", "cấm các hoạt động tắ"),
         ("directive", "Các địa phương ven biển", "bằng mọi hình thức t"),
         ("directive", "Các địa phương ven biển", "rà soát số nhà yếu t"),
         ("directive", "các địa phương", "tổng kiểm tra toàn t")]),
    "set_to_work_at_once_ends_whom_it_asks": (
        "Tin.\n\nÔng Nguyễn Văn A yêu cầu cán bộ, đảng viên, công chức phường bắt tay ngay "
        "vào thực hiện kế hoạch năm 2026.\n",
        20,
        # (running held out 198 r2012: "bắt tay ngay vào" is an act, verbs.jsonl)
        [("directive", "cán bộ, đảng viên, công chức phường", "bắt tay ngay vào thự")]),
    "a_committee_member_asked_then_a_lowercase_act": (
        "Tin.\n\nÔng Nguyễn Văn A yêu cầu thành viên Ban Chỉ đạo bám sát địa bàn, thường xuyên "
        "kiểm tra, giám sát việc thực hiện của các xã.\n",
        20,
        # (running held out 198 r2015: a committee's name goes on to a capital soon after it,
        # "Ban Chỉ đạo xây dựng Nông thôn mới …"; "đ" of "địa bàn" is no capital, though the
        # range "À-Ỹ" holds it: nlp/running.py UPPER, _CAPITAL_SOON)
        [("directive", "thành viên Ban Chỉ đạo", "bám sát địa bàn, thư")]),
    "a_decision_reported_asks_whom_it_names": (
        "Tin.\n\nQuyết định cũng nêu rõ các quy định về ngăn chặn dịch bệnh như trong thời gian "
        "có dịch yêu cầu các địa phương lập các chốt kiểm soát tại vùng dịch.\n",
        20,
        # (directives held out 198 d1983: a decision or a directive the press reports speaks as
        # a letter does, running.json speaker; not "quyết định" after a word or a comma, "bản
        # án, quyết định giải quyết vụ án …", held out 38 d359)
        [("directive", "các địa phương", "lập các chốt kiểm so")]),
    "who_attended_and_directed_the_meeting_is_no_task": (
        "Tin.\n\nChiều 4/5, TP Hạ Long tổ chức Hội nghị báo cáo kết quả các hoạt động dịp nghỉ "
        "lễ, triển khai một số nhiệm vụ trọng tâm trong thời gian tới. Đồng chí Nguyễn Xuân Ký, "
        "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự, chỉ đạo hội nghị. Cùng dự có các đồng chí: Vũ "
        "Văn Diện, Phó Chủ tịch UBND tỉnh; Bùi Thúy Phượng, Trưởng Ban Tổ chức Tỉnh ủy.\n",
        20,
        # (running held out 199 r2027: "dự, chỉ đạo hội nghị" as "dự và chỉ đạo …", and "Cùng
        # dự có …" as "Cùng đi có …", running.json meeting)
        []),
    "a_caption_ending_on_the_photographer": (
        "Tin.\n\nLễ hội Bánh dân gian Nam Bộ năm nay đúng dịp Giỗ Tổ Hùng Vương nên sẽ thu hút "
        "đông du khách. Ảnh CẨM GIANG\n\nHuyện sẽ tập trung xây dựng hình ảnh đẹp. Ảnh hưởng "
        "còn lớn.\n",
        20,
        # (running held out 199 r2025, 134 r1373: a paragraph that ends on "Ảnh <name>" is a
        # photo's caption, running.json furniture; not "Ảnh hưởng …")
        [("commitment", None, "tập trung xây dựng h"), ("commitment", None, "Ảnh hưởng còn lớn")]),
    "a_role_whose_words_hold_a_verb_and_a_quote_after_a_name": (
        "Tin.\n\nSở GD-ĐT tỉnh Sóc Trăng vừa có công văn yêu cầu thủ trưởng các cơ sở giáo dục "
        "tại Sóc Trăng “không được tổ chức thu các khoản ngoài quy định” dưới mọi hình thức. "
        "Công văn cũng chỉ đạo Chánh thanh tra Sở tổ chức kiểm tra các cơ sở lạm thu.\n",
        20,
        # (directives held out 199 d1992: a quote opens what is asked, the name ends before
        # it; "Chánh thanh tra", a role of addressee_start, runs on past the verb "thanh tra":
        # nlp/running.py _addressee)
        [("directive", "thủ trưởng các cơ sở giáo dục tại Sóc Trăng", "“không được tổ chức "),
         ("directive", "Chánh thanh tra Sở", "tổ chức kiểm tra các")]),
    "an_outcome_stated_after_a_request_is_a_result": (
        "Tin.\n\nUBND huyện chỉ đạo ngành nông nghiệp phối hợp với các địa phương kiểm tra các "
        "HTX. Các chính sách về an sinh xã hội được đảm bảo. An ninh chính trị, trật tự an toàn "
        "xã hội được giữ vững.\n",
        20,
        # (running held out 201 r2043: an outcome reached, stated with no modal, ends the list
        # of requests before it; running.json outcome_stated, nlp/running.py _list_goes_on)
        [("directive", "ngành nông nghiệp", "phối hợp với các địa"),
         ("action", None, "Các chính sách về an"), ("action", None, "An ninh chính trị, t")]),
    "the_striving_of_the_people_is_no_promise": (
        "Tin.\n\nNăm 2012, nhờ sự nỗ lực phấn đấu của nhân dân, tình hình KT-XH của huyện tiếp "
        "tục phát triển. Sản xuất nông nghiệp ổn định. Năm 2013, huyện phấn đấu đạt tốc độ tăng "
        "trưởng trên 10%.\n",
        20,
        # (running held out 202 r2050: "sự … phấn đấu của nhân dân" names the effort that
        # brought the results, no promise; running.json future)
        [("action", None, "Năm 2012, nhờ sự nỗ "), ("action", None, "Sản xuất nông nghiệp"),
         ("commitment", None, "huyện phấn đấu đạt t")]),
    "a_request_word_then_rang_asks_whom_it_names": (
        "Tin.\n\nBộ trưởng đánh giá cao công tác tổ chức lễ hội của tỉnh, đồng thời lưu ý rằng "
        "Ninh Bình cần tiếp tục làm tốt công tác bảo đảm an ninh trật tự.\n",
        20,
        # (running held out 199 r2023: "lưu ý rằng <whom> cần …": "rằng" is no part of the
        # addressee; running.json request)
        [("directive", "Ninh Bình", "cần tiếp tục làm tốt")]),
    "a_rule_in_force_after_a_request_and_units_named_by_their_charge": (
        "Tin.\n\nSở Tài chính đề nghị các chủ đầu tư tổ chức công tác quyết toán đúng thời gian "
        "quy định. Theo đó, thời gian nộp hồ sơ quyết toán dự án hoàn thành được tính từ ngày ký "
        "biên bản bàn giao. Sở Tài chính đề nghị các đơn vị được giao làm chủ đầu tư dự án đôn "
        "đốc chủ đầu tư trực thuộc.\n",
        20,
        # (directives held out 199 d1991: a time limit in force, "… được tính từ …", ends the
        # list and is no task, running.json rule_stated; "được giao làm chủ đầu tư" says which
        # units, running.json chosen)
        [("directive", "các chủ đầu tư", "tổ chức công tác quy"),
         ("directive", "các đơn vị được giao làm chủ đầu tư dự án", "đôn đốc chủ đầu tư t")]),
    "along_with_a_matter_then_who_must": (
        "Tin.\n\nCùng với  chống dịch Covid-19, thành phố cũng cần tập trung thực hiện tốt các "
        "nhiệm vụ chính trị; đẩy nhanh tiến độ bồi thương giải phóng mặt bằng.\n",
        20,
        # (running held out 203 r2064: "Cùng với <a matter>," before who must, as "Song song
        # với đó,"; running.json obligation_lead)
        [("directive", "thành phố", "cũng cần tập trung t"),
         ("directive", "thành phố", "đẩy nhanh tiến độ bồ")]),
    "directed_units_who_must_are_asked": (
        "Tin.\n\nCùng với đó, UBND Thành phố đã chỉ đạo các cơ quan, đơn vị, địa phương cần "
        "tiếp tục chủ động, tập trung cao độ; thực hiện phương châm 4 tại chỗ.\n",
        20,
        # (running held out 203 r2064: a committee that "đã chỉ đạo" units what they must do,
        # a modal after them, asks them, as "đã đề nghị" does; running.json directs_must; a
        # bare "đã chỉ đạo" stays the committee's own work)
        [("directive", "các cơ quan, đơn vị, địa phương", "cần tiếp tục chủ độn"),
         ("directive", "các cơ quan, đơn vị, địa phương", "thực hiện phương châ")]),
    "an_inspectorate_recommends_as_it_asks": (
        "Tin.\n\nThanh tra tỉnh Hậu Giang kiến nghị UBND huyện Vị Thủy sớm thu hồi hoàn trả lại "
        "số tiền 55,25 triệu đồng do hỗ trợ sai địa điểm.\n\nTrong năm, UBND huyện đã trả lời "
        "các ý kiến, kiến nghị của cử tri về đất đai.\n",
        20,
        # (directives held out 202 d2023: "kiến nghị" followed by whom it asks is a request,
        # running.json request, strict_request and agency_asks; "các ý kiến, kiến nghị của cử
        # tri" is the voters' petitions, a noun)
        [("directive", "UBND huyện Vị Thủy", "sớm thu hồi hoàn trả"),
         ("action", None, "Trong năm, UBND huyệ")]),
    "what_an_inspection_found_after_its_lead_are_results": (
        "Tin.\n\nQua nghe báo cáo và kiểm tra thực tế tại xã Vi Hương cho thấy, đối với phổ cập "
        "giáo dục mầm non cho trẻ 5 tuổi, có 14/14 đơn vị cấp xã đạt tiêu chuẩn phổ cập giáo dục mầm non; "
        "02/14 đơn vị cấp xã đạt phổ cập giáo dục THCS mức độ 2.\n",
        20,
        # (running held out 205 r2081: "Qua nghe báo cáo và kiểm tra … cho thấy," is no
        # meeting's own course but what the inspection found; running.json finding_lead)
        [("action", None, "có 14/14 đơn vị cấp "),
         ("action", None, "02/14 đơn vị cấp xã ")]),
    "a_proposal_after_a_promise_is_part_of_it": (
        "Tin.\n\nTừ kết quả kiểm tra, Đoàn công tác sẽ hoàn thiện hồ sơ, quy trình, thủ tục, "
        "đề nghị UBND tỉnh công nhận kết quả phổ cập giáo dục năm 2022.\n\nĐặc biệt năm 2024 là "
        "năm xã Bằng Cốc sẽ hoàn thành các tiêu chí nông thôn mới, đồng chí đề nghị cấp ủy "
        "chính quyền xã cần lãnh đạo xây dựng các văn bản.\n",
        20,
        # (running held out 205 r2081: what a body "sẽ" do and then propose upwards is its
        # promise, and the body's, not the committee's it proposes to; a speaker's request
        # after another's promise still asks; running.json proposes_ahead)
        [("commitment", None, "hoàn thiện hồ sơ, qu"),
         ("commitment", None, "đề nghị UBND tỉnh cô"),
         ("directive", "cấp ủy chính quyền xã", "cần lãnh đạo xây dựn")]),
    "a_body_determined_to_act_promises": (
        "Tin.\n\nNăm 2020, các xã Cổ Bi, Dương Xá thuộc Cụm thi đua số VII xác định đổi mới và đẩy "
        "mạnh các phong trào thi đua yêu nước. Các xã chú trọng việc tổ chức thành công Đại "
        "hội Đảng bộ; thực hiện tốt các chỉ tiêu thu ngân sách nhà nước.\n\nNhiệm kỳ mới, Hội "
        "Khuyến học huyện xác định phải đẩy mạnh các phong trào thi đua khuyến học.\n",
        20,
        # (running held out 207 r2102: "xác định" before a job of the coming period, "<body>
        # xác định (phải) đẩy mạnh …", promises it, the task after it, and the body's name
        # ends before it; running.json future, subject_future, tasks.json stops)
        [("commitment", None, "đổi mới và đẩy mạnh "),
         ("commitment", "Các xã", "Các xã chú trọng việ"),
         ("commitment", None, "thực hiện tốt các ch"),
         ("commitment", "Hội Khuyến học huyện", "phải đẩy mạnh các ph")]),
    "what_requests_are_for_does_not_end_them": (
        "Tin.\n\nSở Y tế đề nghị Sở Nông nghiệp và Môi trường tăng cường công tác tuyên truyền "
        "về an toàn thực phẩm.\n\nTừ đó, giúp người dân nêu cao ý thức tự giác không đánh bắt, "
        "thu gom cá nóc.\n\nSong song đó, chỉ đạo các cơ sở kinh doanh hải sản thực hiện cam kết "
        "không mua bán cá nóc.\n",
        20,
        # (directives held out 206 d2060: a paragraph that only says what the requests are
        # for, "Từ đó, giúp …", holds no item and the list goes on after it; running.json
        # purpose_only)
        [("directive", "Sở Nông nghiệp và Môi trường", "tăng cường công tác "),
         ("directive", "Sở Nông nghiệp và Môi trường", "chỉ đạo các cơ sở ki")]),
    "the_quoted_source_asks_past_its_grounds": (
        "Tin.\n\nTheo Phòng GD-ĐT thành phố Tam Kỳ, do tình hình diễn biến lũ lụt phức tạp, để "
        "đảm bảo an toàn tính mạng cho học sinh, đề nghị các trường mầm non, tiểu học thông báo "
        "cho phụ huynh và học sinh nghỉ học ngày 25.10.\n",
        20,
        # (directives held out 207 d2070: "Theo <unit>, <why>, <what for>, đề nghị …": the unit
        # the page quotes asks; running.json attribution, source_grounds)
        [("directive", "các trường mầm non, tiểu học", "thông báo cho phụ hu")]),
    "an_addressee_ends_before_when_it_acts": (
        "Tin.\n\nPhát biểu giao nhiệm vụ, Chủ tịch Hội CCB tỉnh Nguyễn Thắng đề nghị Hội "
        "CCB các xã, phường sau khi thành lập cần nhanh chóng ổn định tổ chức; chủ động "
        "tham mưu cho đảng ủy xã, phường chỉ định Ban Chấp hành Hội CCB mới, đáp ứng yêu "
        "cầu lãnh đạo, chỉ đạo công tác Hội. Kế thừa và phát huy hiệu quả các phong trào "
        "hoạt động tại các đơn vị; triển khai các phong trào thi đua “Cựu chiến binh "
        "gương mẫu”, “Tham gia bảo vệ môi trường”.\n",
        20,
        # (running held out 210 r2130: the addressee ends before 'sau khi thành lập'
        # (running.json addressee_stop); 'lãnh đạo, chỉ đạo' is one job (shared_syllable); names
        # in quotation marks listed by commas are one object (nlp/running.py _cut_marks))
        [("directive", "Hội CCB các xã, phường", "sau khi thành lập cầ"),
         ("directive", "Hội CCB các xã, phường", "chủ động tham mưu ch"),
         ("directive", "Hội CCB các xã, phường", "Kế thừa và phát huy "),
         ("directive", "Hội CCB các xã, phường", "triển khai các phong")]),
    "a_sum_to_be_enforced_is_a_figure": (
        "Tin.\n\nToàn tỉnh đã thụ lý hơn 11.800 việc. Về tiền, tổng số phải thi hành xấp "
        "xỉ 8.000 tỉ đồng; số tiền thi hành xong đạt trên 1.000 tỉ đồng.\n",
        20,
        # (running held out 210 r2132: 'tổng số phải thi hành' counts what is to be enforced, no
        # obligation (running.json counted_need))
        [("action", None, "Toàn tỉnh đã thụ lý "),
         ("action", None, "Về tiền, tổng số phả"),
         ("action", None, "số tiền thi hành xon")]),
    "the_direction_agreed_for_next_year_is_promised_after": (
        "Tin.\n\nTại hội nghị, các đại biểu đã đánh giá kết quả thực hiện phong trào thi "
        "đua, nhiệm vụ trọng tâm năm 2025 và thống nhất phương hướng hoạt động năm 2026 "
        "với chủ đề: “Đổi mới, sáng tạo, cụ thể hóa đưa Nghị quyết vào cuộc sống”.\n\nTheo "
        "đó, Hội LHPN phường tập trung đẩy mạnh công tác tuyên truyền; tổ chức các phong "
        "trào thi đua chào mừng Đại hội Đảng toàn quốc lần thứ XIV. Dịp này, UBND phường "
        "khen thưởng cho 2 tập thể và 10 cá nhân đã có thành tích xuất sắc.\n",
        20,
        # (running held out 210 r2131: the year reviewed, then the direction agreed for the next
        # under its motto; 'Theo đó, …' lists it (running.json announce, review_and_tasks,
        # plan_motto; the last announcement counts); the awards handed out 'Dịp này' are no item
        # (occasion_awards))
        [("commitment", "Hội LHPN phường", "Hội LHPN phường tập "),
         ("commitment", None, "tổ chức các phong tr")]),
    "focal_tasks_completed_are_results": (
        "Tin.\n\nTrong năm vừa qua, Hội Phụ nữ phường đã triển khai xây dựng chương trình, "
        "kế hoạch các nhiệm vụ trọng tâm của hội; hoàn thành tốt 3 nhiệm vụ trọng tâm "
        "của hội đó là: Phong trào thi đua phụ nữ tích cực học tập; Công tác vận động, "
        "hỗ trợ phụ nữ phát triển kinh tế; Xây dựng tổ chức Hội vững mạnh.\n",
        20,
        # (running held out 170 r1732: 'hoàn thành tốt 3 nhiệm vụ trọng tâm … đó là: …' reports
        # the tasks done, none announced (running.json tasks_done), now that the last
        # announcement of a sentence counts)
        [("action", None, "Trong năm vừa qua, H"),
         ("action", None, "hoàn thành tốt 3 nhi"),
         ("action", None, "Phong trào thi đua p"),
         ("action", None, "Công tác vận động, h"),
         ("action", None, "Xây dựng tổ chức Hội")]),
    "especially_attending_to_is_a_job_of_its_own": (
        "Tin.\n\nĐồng chí Chủ tịch UBND huyện yêu cầu các xã tiếp tục rà soát các hộ "
        "nghèo, đặc biệt quan tâm hỗ trợ các hộ có hoàn cảnh khó khăn.\n",
        20,
        # (running held out 47 and 126, 174, 185, 186, 189, 211: ', đặc biệt quan tâm …' opens a
        # job of its own (running.json manner); the directive sets keep it with the job before
        # it (held out 15, 28, 109, 111, 199, 206))
        [("directive", "các xã", "tiếp tục rà soát các"),
         ("directive", "các xã", "đặc biệt quan tâm hỗ")]),
    "a_caption_run_onto_a_paragraph_ends_it": (
        "Tin.\n\nBà Nguyễn Thị Hồng Nhung đề nghị, Công đoàn các cấp cần tập trung cụ thể "
        "hóa chủ đề công tác năm 2026 của Tổng Liên đoàn Lao động Việt Nam. Cần tập "
        "trung tuyên truyền ở những địa bàn có khu công nghiệp. Bà Nguyễn Thị Hồng Nhung "
        "phát biểu tại hội nghị. Ảnh: Huỳnh Phúc Hậu - TTXVN\n",
        20,
        # (running held out 211 r2141: the caption and photo credit at a paragraph's end are no
        # item, the requests before them are (running.json trailing_caption); 'đề nghị,' with a
        # comma still asks)
        [("directive", "Công đoàn các cấp", "cần tập trung cụ thể"),
         ("directive", "Công đoàn các cấp", "Cần tập trung tuyên ")]),
    "what_a_unit_must_have_done_is_listed_after_its_aim": (
        "Tin.\n\nThời gian tới, để lĩnh vực khuyến nông hoạt động hiệu quả hơn nữa, góp "
        "phần thực hiện thành công các Nghị quyết, các Đề án của Đảng, Chính phủ và "
        "Ngành, Sở Nông nghiệp và PTNT cần chỉ đạo hệ thống khuyến nông triển khai một "
        "số nhiệm vụ trọng tâm sau:\n\nThay đổi tư duy và cách tiếp cận của khuyến "
        "nông.\n\nTiếp tục đổi mới nội dung, hình thức và phương pháp khuyến nông.\n",
        20,
        # (running held out 211 r2143: 'Thời gian tới, để …, góp phần …, <unit> cần chỉ đạo …
        # các nhiệm vụ trọng tâm sau:' asks the unit the list below, no relayed notice
        # (running.json obligation_lead; nlp/running.py _relays, _unit_must))
        [("directive", "Sở Nông nghiệp và Phát triển nông thôn", "Thay đổi tư duy và c"),
         ("directive", "Sở Nông nghiệp và Phát triển nông thôn", "Tiếp tục đổi mới nội")]),
    "a_stage_ahead_opens_promises": (
        "Tổng kết phong trào thi đua \"Tuổi cao - Gương sáng\" giai đoạn 2021 - 2025\n\nNăm "
        "năm qua, Hội người cao tuổi xã đã chủ động sáng tạo, không ngừng đổi mới phương "
        "thức hoạt động.\n\nGiai đoạn 2025-2030, Hội tiếp tục đẩy mạnh công tác xây dựng "
        "tổ chức vững mạnh; đẩy mạnh công tác chăm sóc, phụng dưỡng người cao tuổi.\n",
        20,
        # (running held out 211 r2148: a page reviewing 'giai đoạn 2021 - 2025' then 'Giai đoạn
        # 2025-2030, Hội tiếp tục …' promises (running.json term, term_opening))
        [("action", None, "Năm năm qua, Hội ngư"),
         ("commitment", "Hội", "tiếp tục đẩy mạnh cô"),
         ("commitment", "Hội", "đẩy mạnh công tác ch")]),
    "a_procuracy_recommendation_asks_the_chief_judge": (
        "Tin.\n\nVKSND thị xã Kỳ Anh ban hành Kiến nghị số 06/KN-VKSTXKA ngày 10/5/2023 yêu cầu "
        "đồng chí Chánh án TAND thị xã Kỳ Anh có biện pháp chỉ đạo chấn chỉnh khắc phục, đồng thời "
        "xem xét trách nhiệm đối với những cá nhân có liên quan.\n",
        20,
        # (directives held out 209 d2092: a procuracy's recommendation issued as a document asks
        # whom it names, as a letter does; "VKSND", "TAND", "Chánh án" head names (units.json
        # heads); running.json speaker, issued_document; "ban hành Kiến nghị số …" is no
        # request word of its own (request))
        [("directive", "Chánh án TAND thị xã Kỳ Anh", "có biện pháp chỉ đạo"),
         ("directive", "Chánh án TAND thị xã Kỳ Anh", "đồng thời xem xét tr")]),
    "the_year_s_work_focuses_on_a_list": (
        "Tin.\n\nTại cuộc họp ngày 03/02/2023, bà Trưởng Ban Chỉ đạo đã chủ trì cuộc họp triển "
        "khai các nội dung trọng tâm năm 2023.\n\nCác nội dung công tác năm 2023 tập trung vào "
        "nhiệm vụ chuyển đổi và cập nhật sổ A0 mẫu mới; đảm bảo vận động 05 cặp nam nữ khám sức "
        "khỏe tiền hôn nhân.\n",
        20,
        # (running held out 212 r2153: "Các nội dung công tác năm 2023 tập trung vào nhiệm vụ
        # …; …" announces the year's tasks and lists them at once; running.json announce,
        # announced_copula)
        [("commitment", None, "chuyển đổi và cập nh"),
         ("commitment", None, "đảm bảo vận động 05 ")]),
    "a_concession_then_what_was_done_is_said_of_the_past": (
        "Tin.\n\nPhát biểu chỉ đạo Hội nghị, đồng chí Viện trưởng nhấn mạnh, mặc dù khối lượng "
        "công việc của cơ quan tăng, song với sự nỗ lực quyết tâm cao, VKSND khu vực 1 đã không "
        "để xảy ra oan sai, bỏ lọt tội phạm.\n",
        20,
        # (running held out 212 r2152: what a speaker says was done despite the difficulty,
        # "mặc dù …, song …, <body> đã …", is a result, no request; running.json
        # said_looking_back)
        [("action", None, "mặc dù khối lượng cô")]),
    "a_quoted_direction_asks_whom_it_gives": (
        "Tin.\n\n\"Giao phòng PC06, PC07 khẩn trương thống nhất về số liệu các cơ sở kinh "
        "doanh karaoke trên địa bàn, lập danh sách theo từng địa bàn\", đồng chí Phó Giám đốc "
        "chỉ đạo.\n",
        20,
        # (directives held out 210 d2103: a direction quoted, the speaker after it, is read past
        # its opening quotation mark; nlp/running.py _request)
        [("directive", "phòng PC06, PC07", "khẩn trương thống nh"),
         ("directive", "phòng PC06, PC07", "lập danh sách theo t")]),
    "especially_a_unit_must_asks_it": (
        "Tin.\n\nSở Giáo dục và Đào tạo yêu cầu phòng Giáo dục và Đào tạo các huyện chỉ đạo các "
        "trường thực hiện tốt một số việc: Bảo đảm phòng học kín gió, hạn chế các hoạt động ngoài "
        "trời.\n\nĐặc  biệt các trường mầm non cần lót nền cách lạnh; kịp thời theo dõi sức khỏe "
        "của trẻ.\n",
        20,
        # (directives held out 211 d2110: "Đặc biệt <unit> cần …", with no comma and however
        # spaced, says what that unit must do; running.json obligation_lead)
        [("directive", "phòng Giáo dục và Đào tạo các huyện", "Bảo đảm phòng học kí"),
         ("directive", "các trường mầm non", "cần lót nền cách lạn"),
         ("directive", "các trường mầm non", "kịp thời theo dõi sứ")]),
    "a_number_and_a_dash_opens_a_line_of_a_list": (
        "Tin.\n\n1-Sở LĐ-TB&XH yêu cầu các phòng LĐ-TB&XH tham mưu cho chính quyền địa phương "
        "thực hiện tốt công tác xác minh nơi cư trú.\n2-Các phòng LĐ-TB&XH phối hợp với các cơ sở "
        "y tế trên địa bàn kiểm tra sức khỏe đối tượng.\n",
        20,
        # (directives held out 211 d2113: "1-", "2-" number a letter's lines as "1." does;
        # running.json list_number)
        [("directive", "các phòng LĐ-TB&XH", "tham mưu cho chính q"),
         ("directive", "Các phòng LĐ-TB&XH", "phối hợp với các cơ ")]),
    "a_sum_due_and_a_rate_told_are_figures": (
        "Tin.\n\nSố thu đạt 22.919 tỉ đồng; số nợ là 1.023 tỉ đồng, chiếm 4,02% so với số phải "
        "thu. Để hoàn thành các chỉ tiêu, toàn tỉnh cần phải phát triển thêm 143.000 người tham "
        "gia BHXH bắt buộc. Trước những thử thách này, bà Lý cho biết, tỉ lệ thu hồi nợ đạt khoảng "
        "68%.\n",
        20,
        # (running held out 216 r2192: "số phải thu" is the sum due, no one must (counted_need);
        # a rate someone tells reached after a request ends its list (outcome_stated))
        [("action", None, "Số thu đạt 22.919 tỉ"),
         ("action", None, "số nợ là 1.023 tỉ đồ"),
         ("directive", "toàn tỉnh", "cần phải phát triển "),
         ("action", None, "Trước những thử thác")]),
    "striving_ends_an_addressee": (
        "Tin.\n\nBí thư Đảng ủy đề nghị các cấp ủy, chi bộ nỗ lực thực hiện tốt các nhiệm vụ đề "
        "ra.\n",
        20,
        # (running held out 216 r2195: "nỗ lực" is how they must act, no part of the name;
        # tasks.json stops)
        [("directive", "các cấp ủy, chi bộ", "nỗ lực thực hiện tốt")]),
    "a_term_before_whom_and_a_misspelt_comrade": (
        "Tin.\n\nPhát biểu chỉ đạo tại Đại hội, đồng chi Phạm Hoàng Anh đề nghị nhiệm kỳ "
        "2020-2025, Đảng bộ xã Định Trung cần tiếp tục lãnh đạo toàn diện các nhiệm vụ. Tập trung "
        "làm tốt công tác bồi thường, GPMB, kiên quyết thực hiện cưỡng chế những dự án kéo "
        "dài.\n",
        20,
        # (directives held out 214 d2140: "đồng chi" misspelt still names a person (speaker,
        # person); the term before whom a request asks is its ground (request_ground);
        # ", kiên quyết <act>" opens a job of its own (manner))
        [("directive", "Đảng bộ xã Định Trung", "cần tiếp tục lãnh đạ"),
         ("directive", "Đảng bộ xã Định Trung", "Tập trung làm tốt cô"),
         ("directive", "Đảng bộ xã Định Trung", "kiên quyết thực hiện")]),
    "thoroughly_ends_an_addressee": (
        "Tin.\n\nUBND huyện chỉ đạo các đơn vị, các địa phương tăng cường công tác tuyên "
        "truyền. Các đơn vị chủ rừng, UBND các xã và các cộng đồng nhận rừng khoán quản triệt để "
        "đảm bảo 4 nguyên tắc tại chỗ.\n",
        20,
        # (directives held out 214 d2141: "triệt để" is how they must act, no part of the name;
        # tasks.json stops, running.json manner)
        [("directive", "các đơn vị, các địa phương", "tăng cường công tác "),
         ("directive", "Các đơn vị chủ rừng, UBND các xã và các cộng đồng nhận rừng khoán quản",
          "triệt để đảm bảo 4 n")]),
    "difficulties_listed_as_remedied_and_a_concession_reached": (
        "Tin.\n\nBên cạnh đó, một số khoản thu tuy chưa vượt dự toán nhưng cũng đạt kết quả khá "
        "như: thu trước bạ đạt 5,6 tỷ đồng, bằng 78% dự toán. Để có kết quả trên, Chi cục Thuế "
        "đã xây dựng kế hoạch thu sát thực tế; đẩy mạnh công tác tuyên truyền, hỗ trợ, kịp thời "
        "tháo gỡ những vướng mắc, khó khăn của người nộp thuế.\n",
        20,
        # (running held out 217 r2204: "tuy chưa vượt …, nhưng cũng đạt …" is a result
        # (concession); "tháo gỡ những vướng mắc, khó khăn" remedies them, however they are
        # listed (remedy), and names no shortcoming)
        [("action", None, "cũng đạt kết quả khá"),
         ("action", None, "thu trước bạ đạt 5,6"),
         ("action", None, "Chi cục Thuế đã xây "),
         ("action", None, "đẩy mạnh công tác tu"),
         ("action", None, "kịp thời tháo gỡ nhữ")]),
    "a_unit_after_jobs_shared_is_asked_its_own": (
        "Tin.\n\nChủ tịch Hội đồng nghĩa vụ Quân sự xã đề nghị Công an, Quân sự và Tư pháp cần "
        "phối hợp chặt chẽ trong việc xử lý công dân chống khám, thành viên Hội đồng thường xuyên "
        "xuống địa bàn tuyên truyền, vận động gia đình chấp hành tốt Luật nghĩa vụ Quân sự, Đài "
        "Truyền thanh xã tăng cường công tác tuyên truyền.\n",
        20,
        # (running held out 217 r2201: after "phối hợp" whose commas hold jobs, a unit named
        # after the next comma is asked its own task; nlp/running.py _ends_with_unit)
        [("directive", "Công an, Quân sự và Tư pháp", "cần phối hợp chặt ch"),
         ("directive", "Đài Truyền thanh xã", "tăng cường công tác ")]),
    "a_direction_down_with_what_they_must_asks": (
        "Tin.\n\nLãnh đạo Ban Quản lý đã chỉ đạo các Phòng chức năng phối hợp với các Sở-ngành "
        "liên quan hỗ trợ doanh nghiệp. Đồng thời, chỉ đạo Công ty phát triển hạ tầng KCN An Hạ "
        "cần quan tâm đến việc thu hút đầu tư; trồng cây xanh theo đúng tỷ lệ quy hoạch.\n",
        20,
        # (running held out 45 r483: among results, "Đồng thời, chỉ đạo <unit> cần …" says what
        # the unit must do, asked; nlp/running.py _directs_down_told)
        [("action", None, "Lãnh đạo Ban Quản lý"),
         ("directive", "Công ty phát triển hạ tầng KCN An Hạ", "cần quan tâm đến việ"),
         ("directive", "Công ty phát triển hạ tầng KCN An Hạ", "trồng cây xanh theo ")]),
    "for_whom_over_a_comma_and_a_wish_opening": (
        "Tin.\n\nĐồng chí mong muốn Sở GD&ĐT tiếp tục triển khai những giải pháp hiệu quả.\n\n"
        "Đối với mỗi cán bộ, giáo viên cần tiếp tục phát huy tinh thần năng động; quan tâm hỗ trợ "
        "học sinh nghèo.\n\nMong muốn cán bộ, giảng viên nhà trường luôn phát huy tinh thần "
        "đoàn kết.\n",
        20,
        # (directives held out 215 d2150: "Đối với <whom, over a comma> cần …" names who must
        # (nlp/running.py _obligation); "Mong muốn <whom> …" opening its sentence asks them
        # (running.json opening_request))
        [("directive", "Sở Giáo dục và Đào tạo", "tiếp tục triển khai "),
         ("directive", "mỗi cán bộ, giáo viên", "Đối với mỗi cán bộ, "),
         ("directive", "mỗi cán bộ, giáo viên", "quan tâm hỗ trợ học "),
         ("directive", "cán bộ, giảng viên nhà trường", "luôn phát huy tinh t")]),
    "a_promise_after_what_remains": (
        "Tin.\n\nTheo báo cáo, kết quả đã khám 124 công dân, đạt sức khỏe là 80 công dân, còn 44 "
        "công dân chưa đến khám, địa phương sẽ tiếp tục điều động công dân đi khám sức khỏe vào "
        "ngày 28/11/2019.\n",
        20,
        # (running held out 217 r2201: the figures reached, what remains, then what "sẽ" be
        # done about it, a promise; running.json remainder_then_promise)
        [("action", None, "Theo báo cáo, kết qu"),
         ("commitment", None, "tiếp tục điều động c")]),
    # directives held out 216 (d2161): "lãnh đạo, chỉ đạo" after a name is what it must do
    "leading_and_directing_ends_a_name": (
        "Tin\n\nTheo đó, Ban Thường vụ Tỉnh ủy yêu cầu Đảng ủy Công an tỉnh lãnh đạo, chỉ đạo việc "
        "sắp xếp Công an cấp xã phù hợp với việc sáp nhập đơn vị hành chính cấp xã.\n", 20,
        [("directive", "Đảng ủy Công an tỉnh", "lãnh đạo, chỉ đạo vi")]),
    # directives held out 216 (d2161): in a list of requests, another body that "chỉ đạo"
    # is asked to direct, its own task; the asker going on with its directions is not
    "a_body_directing_in_a_list_of_requests_is_asked": (
        "Tin\n\nTheo đó, Ban Thường vụ Tỉnh ủy yêu cầu Đảng ủy Công an tỉnh rà soát việc sắp xếp "
        "Công an cấp xã.\n\nĐảng ủy UBND tỉnh chỉ đạo các cơ quan chuyên môn xây dựng Đề án sắp "
        "xếp, sáp nhập các đơn vị hành chính cấp xã, báo cáo Thường trực Tỉnh ủy trước ngày "
        "30/4/2025.\n", 20,
        [("directive", "Đảng ủy Công an tỉnh", "rà soát việc sắp xếp"),
         ("directive", "Đảng ủy UBND tỉnh", "chỉ đạo các cơ quan ")]),
    "the_asker_going_on_with_its_directions_asks_whom_it_names": (
        "Tin\n\nÔng Nguyễn Văn An, Phó Chủ tịch UBND huyện Đồng Phú đã có văn bản chỉ đạo các "
        "cơ quan chức năng tăng cường công tác tuyên truyền.\n\nUBND huyện Đồng Phú chỉ đạo các "
        "trường học trên địa bàn tăng cường công tác quản lý học sinh.\n", 20,
        [("directive", "các cơ quan chức năng", "tăng cường công tác "),
         ("directive", "các trường học trên địa bàn", "tăng cường công tác ")]),
    # running held out 219 (r2223, r2221): "Sắp tới," and "Để đạt mục tiêu trên," open the
    # body's own plans
    "coming_soon_opens_promises": (
        "Tin\n\nHội đã vận động quỹ khuyến học trên 71 tỷ đồng.\n\nSắp tới, Hội tập trung "
        "triển khai những điểm mới về khuyến học; đảm bảo 80% hội viên học tập nội dung này.\n",
        20, [("action", None, "Hội đã vận động quỹ "),
             ("commitment", "Hội", "tập trung triển khai"),
             ("commitment", "Hội", "đảm bảo 80% hội viên")]),
    "to_reach_the_target_opens_promises": (
        "Tin\n\nHuyện phấn đấu mỗi năm tăng từ 5-10% lượng khách đến tham quan di tích.\n\n"
        "Để đạt mục tiêu trên, huyện tiếp tục kiện toàn bộ máy quản lý nhà nước về di tích.\n",
        20, [("commitment", None, "Huyện phấn đấu mỗi n"),
             ("commitment", None, "huyện tiếp tục kiện ")]),
    # running held out 220 (r2241): a team's inspection that counts what it checked is a
    # result, and so is what the doer "còn" did besides
    "an_inspection_counted_is_a_result": (
        "Tin\n\nHơn 1 tháng qua, Đoàn Kiểm tra liên ngành vệ sinh an toàn thực phẩm huyện Mai Sơn "
        "đã kiểm tra 52 cơ sở kinh doanh dịch vụ ăn uống trên địa bàn.\n", 20,
        [("action", None, "Hơn 1 tháng qua, Đoà")]),
    "what_the_doer_did_besides_is_a_result": (
        "Tin\n\nHội đã xử phạt 22 cơ sở. Hội còn tuyên truyền cho các cơ sở những quy định của "
        "pháp luật.\n", 20,
        [("action", None, "Hội đã xử phạt 22 cơ"), ("action", None, "Hội còn tuyên truyền")]),
    # running held out 221 (r2251): "; đồng thời tiếp tục …" into the coming months turns a
    # result into a promise
    "going_on_into_the_coming_months_is_a_promise": (
        "Tin\n\nTại hội nghị, cán bộ Đoàn trên địa bàn huyện đã trao đổi nhiều nội dung, giải "
        "pháp, mô hình hiệu quả; đồng thời tiếp tục phát huy sức trẻ, tập trung triển khai các "
        "hoạt động bảo đảm hoàn thành nhiệm vụ trong 6 tháng cuối năm.\n", 20,
        [("action", None, "Tại hội nghị, cán bộ"), ("commitment", None, "đồng thời tiếp tục p"),
         ("commitment", None, "tập trung triển khai")]),
    # directives held out 217 (d2170): the behaviours a direction is against, listed by
    # semicolons, are no tasks of their own
    "behaviours_listed_by_semicolons_are_one_task": (
        "Tin\n\nUBND huyện giao Công an huyện thường xuyên tuần tra, kịp thời phát hiện và xử lý "
        "nghiêm đối với các hành vi khai thác, nạo vét cát trái phép; tập kết, vận chuyển khoáng "
        "sản không đúng quy định; sử dụng các phương tiện không có đăng kiểm nhưng vẫn tham gia "
        "khai thác cát; tuyệt đối không để xảy ra các điểm nóng về khai thác cát trái phép.\n", 20,
        [("directive", "Công an huyện", "thường xuyên tuần tr"),
         ("directive", "Công an huyện", "tuyệt đối không để x")]),
    # running held out 222 (r2264): "cùng phối hợp" is what the units do together, no part
    # of their names; "Được biết, hiện nay … đang quản lý …" after the plans is a fact
    "present_state_after_plans_is_a_fact": (
        "Tin\n\nTheo đó, trong năm 2024, Điện lực huyện và UBND các xã sẽ phối hợp giải phóng "
        "mặt bằng cho công trình điện. Ngoài ra, UBND các xã và điện lực cùng phối hợp bảo vệ "
        "hành lang an toàn lưới điện. Được biết, hiện nay Điện lực huyện đang quản lý 40 trạm "
        "biến áp.\n", 20,
        [("commitment", "Điện lực huyện và UBND các xã", "phối hợp giải phóng "),
         ("commitment", "UBND các xã và điện lực", "UBND các xã và điện "),
         ("action", None, "Được biết, hiện nay ")]),
    # running held out 222 (r2260): what units do to reach a target ("Để hoàn thành chỉ tiêu
    # …, <units> …") is work to come, unless they have done it
    "work_to_reach_a_target_is_to_come": (
        "Tin\n\nĐể hoàn thành chỉ tiêu bao phủ bảo hiểm y tế năm 2024, các cơ quan thành viên "
        "Ban chỉ đạo chủ động nắm chắc tình hình, đôn đốc cơ sở vận động nhân dân tham gia.\n",
        20, [("commitment", "các cơ quan thành viên Ban chỉ đạo", "chủ động nắm chắc tì"),
             ("commitment", "các cơ quan thành viên Ban chỉ đạo", "đôn đốc cơ sở vận độ")]),
    "work_done_to_reach_a_target_is_a_result": (
        "Tin\n\nĐể hoàn thành chỉ tiêu bao phủ bảo hiểm y tế năm 2024, các xã đã tích cực vận "
        "động nhân dân tham gia.\n", 20, [("action", None, "các xã đã tích cực v")]),
    # directives held out 218 (d2180): "xem công tác … là nhiệm vụ trọng tâm" is what the
    # heads are asked, not part of who they are
    "regard_as_ends_the_addressee": (
        "Tin\n\nSở yêu cầu thủ trưởng đơn vị xem công tác phòng, chống thiên tai là nhiệm vụ "
        "trọng tâm. Tập trung chỉ đạo quyết liệt.\n", 20,
        [("directive", "thủ trưởng đơn vị", "xem công tác phòng, "),
         ("directive", "thủ trưởng đơn vị", "Tập trung chỉ đạo qu")]),
    # directives held out 218 (d2181): units urged ("Các đơn vị liên quan khẩn trương …") must,
    # as units that "cần"; the faults they are to mend, listed by semicolons, are one task
    "units_urged_to_mend_listed_faults": (
        "Tin\n\nThanh tra tỉnh kiến nghị các địa phương xử lý một số vấn đề sau:\n\nCác đơn vị "
        "liên quan khẩn trương rà soát, chấn chỉnh, khắc phục những tồn tại, hạn chế về các hành "
        "vi cho phép chuyển mục đích sử dụng đất nhưng không thẩm định nhu cầu; cho phép chuyển "
        "mục đích sử dụng đất vượt chỉ tiêu kế hoạch; tùy tiện trong việc xác nhận lối đi "
        "chung.\n", 20, [("directive", "Các đơn vị liên quan", "khẩn trương rà soát,")]),
    # (units at work, "đang khẩn trương …", are told of, not urged; "đang" in whom a request
    # describes stays in the name)
    "units_at_work_are_not_urged": (
        "Tin\n\nCác địa phương, ngành liên quan trong tỉnh đang khẩn trương áp dụng các biện "
        "pháp chống rét cho vật nuôi.\n", 20, []),
    "a_relative_clause_with_dang_stays_in_the_name": (
        "Tin\n\nUBND tỉnh yêu cầu các tàu thuyền đang hoạt động trên biển phải về bờ neo đậu an "
        "toàn.\n", 20,
        [("directive", "các tàu thuyền đang hoạt động trên biển", "phải về bờ neo đậu a")]),
    # running held out 223 (r2273): the targets listed after "như:", each a share to reach,
    # are one promise each; a task's verb written with a capital ends the name before it
    "targets_listed_after_a_colon_are_one_each": (
        "Tin\n\nTheo dự thảo giao ước thi đua năm nay, Khối phấn đấu đạt 5 chỉ tiêu như: 100% cơ "
        "quan, đơn vị hoàn thành tốt nhiệm vụ; 100% chi bộ hoàn thành tốt nhiệm vụ, trong đó 20% "
        "hoàn thành xuất sắc nhiệm vụ; có 1 đơn vị được đề nghị tặng Cờ thi đua của Chính "
        "phủ.\n", 20,
        [("commitment", None, "100% cơ quan, đơn vị"), ("commitment", None, "100% chi bộ hoàn thà"),
         ("commitment", None, "có 1 đơn vị được đề ")]),
    "a_capitalised_verb_ends_the_addressee": (
        "Tin\n\nĐồng chí Trưởng ban đề nghị trong năm 2024, các đơn vị trong Khối Tiếp tục quán "
        "triệt các chủ trương của Đảng về công tác thi đua.\n", 20,
        [("directive", "các đơn vị trong Khối", "Tiếp tục quán triệt ")]),
    # running held out 223 (r2271): the cases a total splits into and the sum they came to,
    # counted after a headline, are results; not the areas a state is measured in, nor a
    # share to reach
    "a_total_and_its_parts_counted_are_results": (
        "Xử lý 133 vụ buôn lậu trong tháng 8\n\nTrong đó buôn lậu, vận chuyển trái phép hàng "
        "cấm là 61 vụ; gian lận thương mại 69 vụ. Tổng giá trị xử lý là 5,4 tỷ đồng.\n", 20,
        [("action", None, "buôn lậu, vận chuyển"), ("action", None, "gian lận thương mại "),
         ("action", None, "Tổng giá trị xử lý l")]),
    "areas_of_a_state_and_targets_are_no_results": (
        "Tin\n\nTrong đó diện tích UBND xã trực tiếp sử dụng là 46,4ha; diện tích đang cho thuê "
        "là 6.269,7ha. Trong đó, phấn đấu tỷ lệ hộ nghèo là 2 hộ.\n", 20,
        [("commitment", None, "Trong đó, phấn đấu t")]),
    # running held out 222 (r2266): "Với kết quả này," then a body that goes on with the
    # work is the body's next step; not one that goes on holding a rank
    "going_on_from_a_result_is_a_promise": (
        "Tin\n\nVới kết quả này, huyện tiếp tục đứng đầu tỉnh về thu ngân sách. Với kết quả "
        "này, Sở Khoa học và Công nghệ tiếp tục chỉnh sửa và hoàn thiện danh mục nhiệm vụ "
        "trước khi trình UBND tỉnh phê duyệt.\n", 20,
        [("commitment", "Sở Khoa học và Công nghệ", "tiếp tục chỉnh sửa v")]),
    # running held out 224 (r2282): a page that reviews one term and sets out the next
    # ("giai đoạn 2010-2015" … "giai đoạn 2016-2020"): "Trong giai đoạn 2016-2020, …" opens
    # the body's promises; what it did "từ 2010-2014, … đã …" stays done in a list of tasks
    "the_next_term_after_trong_opens_promises": (
        "Tin\n\nChiều 8/4, Trung tâm Khuyến nông tỉnh tổ chức tổng kết phong trào thi đua giai "
        "đoạn 2010-2015; triển khai phương hướng, nhiệm vụ giai đoạn 2016-2020.\n\nThực hiện "
        "phong trào thi đua, từ 2010-2014, Trung tâm Khuyến nông tỉnh đã xây dựng gần 100 mô "
        "hình trình diễn khuyến nông.\n\nTrong giai đoạn 2016-2020, Trung tâm khuyến nông tỉnh "
        "tiếp tục quán triệt Luật thi đua, khen thưởng.\n", 20,
        [("action", None, "Thực hiện phong trào"),
         ("commitment", "Trung tâm khuyến nông tỉnh", "tiếp tục quán triệt ")]),
    # running held out 224 (r2283): a speaker's words, then their aim, then the coming
    # period: the body's promise
    "the_coming_period_after_a_speaker_and_an_aim": (
        "Tin\n\nÔng Trần Quốc Lợi, Cục trưởng Cục Thống kê tỉnh cho biết, để cuộc Tổng điều "
        "tra hoàn thành đồng bộ, đạt chất lượng cao, thời gian tới, BCĐ các cấp tiếp tục thực "
        "hiện công tác kiểm tra các loại phiếu điều tra.\n", 20,
        [("commitment", "BCĐ các cấp", "tiếp tục thực hiện c")]),
    # running held out 225 (r2291): the work a body was given ("nhiệm vụ do UBND tỉnh …
    # giao,") asks no one; the key tasks it was given, told with figures, open no tasks;
    # nor does one named among the shortcomings a colon lists; they are the topic of a result
    "tasks_given_before_a_comma_and_shortcomings_listed": (
        "Tin\n\nTheo báo cáo tại buổi làm việc, thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND "
        "tỉnh giao, Ban Dân tộc đã ban hành kế hoạch triển khai các nhiệm vụ. Đối với việc "
        "triển khai thực hiện các nhiệm vụ trọng tâm, năm 2021, Ban Dân tộc được giao 3 nhiệm "
        "vụ, đến nay đã hoàn thành 2/3 nhiệm vụ. Bên cạnh những kết quả đạt được, Ban còn "
        "những khó khăn, hạn chế như: tỷ lệ nhiệm vụ quá hạn còn cao; 1 nhiệm vụ trọng tâm "
        "đến nay chưa được giao kinh phí.\n", 20,
        [("action", None, "Theo báo cáo tại buổ"), ("action", None, "Đối với việc triển k"),
         ("action", None, "đến nay đã hoàn thàn")]),
    # directives held out 223 (d2230): a request that ends its paragraph with a full stop
    # asks what the next paragraph says, as after a colon; not a quotation it closes
    "a_request_ending_its_paragraph_asks_what_follows": (
        "Tin\n\nTriển khai thực hiện Công điện số 1658 của Thủ tướng Chính phủ, UBND tỉnh Gia "
        "Lai yêu cầu.\n\nỦy ban MTTQ Việt Nam và các đoàn thể đẩy mạnh tuyên truyền, phổ biến "
        "pháp luật an toàn giao thông.\n", 20,
        [("directive", "Ủy ban MTTQ Việt Nam và các đoàn thể", "đẩy mạnh tuyên truyề")]),
    "a_request_closing_a_quotation_asks_nothing_after": (
        "Tin\n\n\"Công an thành phố chỉ đạo công an các quận phối hợp xử phạt nghiêm các hành "
        "vi vi phạm\", Ban Chỉ đạo 389 Hà Nội yêu cầu.\n\nSở Công Thương đã rà soát nguồn cung "
        "xăng dầu.\n", 20,
        [("directive", "công an các quận", "phối hợp xử phạt ngh"),
         ("action", None, "Sở Công Thương đã rà")]),
    # directives held out 221 (d2211): a request the page ran into the year before it; its
    # documents named after "tại:" are one task
    "a_request_run_into_a_year_and_documents_after_tai": (
        "Tin\n\nNgày 25/6, Ban Chỉ huy phòng cháy chữa cháy rừng tỉnh Nghệ An năm 2021đề nghị "
        "UBND các huyện, lực lượng Kiểm lâm làm tốt các nhiệm vụ sau:\n\nKhi cháy rừng xảy ra, "
        "Chủ tịch UBND huyện có mặt tại hiện trường để chỉ đạo. Ảnh: Quang An\n\nThực hiện "
        "nghiêm túc quy định tại: Chỉ thị 10/CT-UBND ngày 06/02/2021 của UBND tỉnh về việc tăng "
        "cường các biện pháp phòng cháy chữa cháy rừng năm 2021; Công điện số 20/CD. CT UBND "
        "ngày 04/6/2021 của Chủ tịch UBND tỉnh.\n", 20,
        [("directive", "UBND các huyện, lực lượng Kiểm lâm", "Thực hiện nghiêm túc")]),
    # directives held out 226 (d2262): a sentence that ends on a number run into the next
    # ("… Covid - 19.Công an tỉnh chỉ đạo …") ends there; "Trong khi đó, <unit> có nhiệm
    # vụ …" gives that unit its task
    "a_number_run_into_the_next_sentence_ends_it": (
        "Tin\n\nUBND tỉnh giao Sở Văn hóa và Thể thao chủ trì tổ chức ngày chạy Olympic. Đồng "
        "thời phối hợp với Sở Y tế bố trí xe phục vụ Lễ phát động đảm bảo phòng chống dịch "
        "Covid - 19.Công an tỉnh chỉ đạo công an TP Vinh xây dựng phương án cấm đường.Trong "
        "khi đó, Sở Y tế có nhiệm vụ cử cán bộ chuyên môn.\n", 20,
        [("directive", "Sở Văn hóa và Thể thao", "chủ trì tổ chức ngày"),
         ("directive", "Sở Văn hóa và Thể thao", "phối hợp với Sở Y tế"),
         ("directive", "Công an tỉnh", "chỉ đạo công an TP V"),
         ("directive", "Sở Y tế", "có nhiệm vụ cử cán b")]),
    # directives held out 226 (d2264, d2265): the units asked end before ", theo chức năng,
    # nhiệm vụ"; "thanh, quyết toán" is one job (thanh toán, quyết toán)
    "units_end_before_their_remit_and_thanh_quyet_toan_is_one_job": (
        "Tin\n\nUBND tỉnh yêu cầu các cơ quan, đơn vị có liên quan, theo chức năng, nhiệm vụ "
        "tăng cường kiểm tra, thanh tra các trường hợp vi phạm. UBND tỉnh giao Giám đốc Sở "
        "Giáo dục và Đào tạo tổ chức triển khai thực hiện và thanh, quyết toán theo đúng chế "
        "độ, chính sách quy định hiện hành.\n", 20,
        [("directive", "các cơ quan, đơn vị có liên quan", "tăng cường kiểm tra,"),
         ("directive", "Sở Giáo dục và Đào tạo", "tổ chức triển khai t")]),
    # directives held out 228 (d2283): a numbered unit over lettered items gives them to
    # that unit, as over dashes; a blank line before a lettered item breaks no sentence
    "a_numbered_unit_over_lettered_items": (
        "1. Trung tâm Y tế huyện\n\na) Chủ động tăng cường triển khai công tác phòng, chống "
        "dịch bệnh sởi.\n\nb) Khẩn trương tổ chức triển khai chiến dịch chủng tiêm vắc xin và "
        "hoàn thành chiến dịch chậm nhất ngày 20/3/2025.\n", 20,
        [("directive", "Trung tâm Y tế huyện", "Chủ động tăng cường "),
         ("directive", "Trung tâm Y tế huyện", "Khẩn trương tổ chức ")]),
    # directives held out 229 (d2292): "Theo đó, Phòng Văn hóa và Thông tin chủ trì …"
    # after a plan issued gives that unit its task; the "thông tin" of its name tells
    # nothing
    "a_units_name_with_thong_tin_after_theo_do": (
        "Tin\n\nUBND huyện Khánh Vĩnh vừa ban hành kế hoạch tuyên truyền kỷ niệm ngày Di sản "
        "văn hóa Việt Nam năm 2020.\n\nTheo đó, Phòng Văn hóa và Thông tin chủ trì tổ chức "
        "tuyên truyền kỷ niệm ngày Di sản văn hóa Việt Nam.\n", 20,
        [("action", None, "UBND huyện Khánh Vĩn"),
         ("directive", "Phòng Văn hóa và Thông tin", "chủ trì tổ chức tuyê")]),
    # running held out 232 (r2365, r2366): after "Nhiệm kỳ vừa qua, …" the one term the
    # page names is the term to come; a report that "nhấn mạnh những kết quả …" asks no one
    "the_term_after_the_one_just_past_and_results_stressed": (
        "Tin\n\nNhiệm kỳ vừa qua, công tác đoàn của xã có nhiều đổi mới.\n\nNhiệm kỳ 2025 - "
        "2030, Đoàn TNCS Hồ Chí Minh xã Đoàn Đào tập trung thực hiện tốt công tác giáo dục chính "
        "trị, tư tưởng cho thanh niên.\n\nTại hội nghị, đồng chí Bí thư Đoàn thị trấn trình bày "
        "báo cáo sơ kết, nhấn mạnh những kết quả nổi bật đạt được trong thời gian qua.\n", 20,
        [("action", None, "Nhiệm kỳ vừa qua, cô"),
         ("commitment", "Đoàn TNCS Hồ Chí Minh xã Đoàn Đào", "tập trung thực hiện ")]),
    # directives held out 225 (d2253): "Đối với <unit> chủ trì, …, tăng cường chỉ đạo …" is
    # that unit's own work (a request word after a manner word asks no one); "Đối với những
    # diện tích … phải …" names a matter, not a doer: the list goes on with its doer
    "for_a_unit_its_own_directing_and_for_a_matter_the_list_doer": (
        "Tin\n\nGiám đốc Sở yêu cầu các chủ rừng bố trí lực lượng tuần tra.\n\nĐối với những "
        "diện tích đang khai thác phải thực hiện nghiêm các quy định về PCCCR.\n\nDuy trì chế độ "
        "trực 24/24h trong mùa khô.\n\nĐối với Chi cục Kiểm lâm chủ trì, phối hợp với các lực "
        "lượng chức năng, tăng cường chỉ đạo, kiểm tra công tác phòng cháy.\n", 20,
        [("directive", "các chủ rừng", "bố trí lực lượng tuầ"),
         ("directive", "các chủ rừng", "Đối với những diện t"),
         ("directive", "các chủ rừng", "Duy trì chế độ trực "),
         ("directive", "Chi cục Kiểm lâm", "Đối với Chi cục Kiểm"),
         ("directive", "Chi cục Kiểm lâm", "tăng cường chỉ đạo, ")]),
    # directives held out 231 (d2310): the colon after "phối hợp với các sở" names the
    # partners ("các sở: Du lịch, Tài chính, Nội vụ"), it opens no list of tasks
    "partners_named_after_a_colon": (
        "Tin\n\nTheo đó, lãnh đạo UBND tỉnh Ninh Bình giao Sở Văn hóa và Thể thao chủ trì, phối "
        "hợp với các sở: Du lịch, Tài chính, Nội vụ cùng UBND các xã, phường triển khai đồng bộ "
        "các nhiệm vụ trọng tâm.\n", 20,
        [("directive", "Sở Văn hóa và Thể thao", "chủ trì, phối hợp vớ")]),
    # running held out 233 (r2372): after a comma, a count of people and what was done for
    # them ("1 hội viên … được hỗ trợ …") is a result of its own; not a figure of the same
    # object ("mức độ 3, 4 trên tổng số hồ sơ … được công bố")
    "a_counted_result_after_a_comma": (
        "Tin\n\nĐặc biệt, 5 năm qua, gần 5.500 lượt người mù được nhận trợ cấp, nhận quà, 1 "
        "hội viên khó khăn về nhà ở được hỗ trợ kinh phí xóa nhà dột nát.\n\nCác công chức đã "
        "giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ của các thủ tục được công bố.\n",
        20,
        [("action", None, "Đặc biệt, 5 năm qua,"), ("action", None, "1 hội viên khó khăn "),
         ("action", None, "Các công chức đã giả")]),
    # directives held out 230 (d2301): a short sentence that asks no one between two
    # requests with no doer ("Khách quốc tế đến tham quan … Sa Pa.", a picture's caption)
    # leaves the list going on; not a job with its time limit
    "a_caption_between_requests_with_no_doer": (
        "Tin\n\nChủ tịch UBND tỉnh yêu cầu Sở Du lịch, Công an tỉnh tăng cường kiểm tra việc "
        "chấp hành các quy định pháp luật.\n\nQuản lý chất lượng dịch vụ vận tải trên địa bàn "
        "tỉnh.\n\nKhách quốc tế đến tham quan, nghỉ dưỡng tại Khu du lịch quốc gia Sa Pa.\n\n"
        "Xây dựng phương án đảm bảo an ninh, trật tự trong lĩnh vực du lịch.\n", 20,
        [("directive", "Sở Du lịch, Công an tỉnh", "tăng cường kiểm tra "),
         ("directive", "Sở Du lịch, Công an tỉnh", "Quản lý chất lượng d"),
         ("directive", "Sở Du lịch, Công an tỉnh", "Xây dựng phương án đ")]),
    # running held out 235 (r2390): in a list of requests, a sentence that states a figure
    # ("Số lượng trâu, bò … đã đăng ký là 23.740 con") asks no one
    "a_figure_stated_after_a_request": (
        "Tin\n\nTheo kế hoạch, UBND huyện yêu cầu UBND các xã, thị trấn tổ chức tuyên truyền "
        "công tác phòng bệnh. Số lượng trâu, bò thuộc diện bắt buộc phải tiêm phòng các xã, thị "
        "trấn đã đăng ký là 23.740 con.\n", 20,
        [("directive", "UBND các xã, thị trấn", "tổ chức tuyên truyền"),
         ("action", None, "Số lượng trâu, bò th")]),
    # directives held out 233 (d2334): "Các cảng vụ hàng hải …" are units (units.json heads),
    # asked the next request of the list
    "port_authorities_asked_in_turn": (
        "Tin\n\nCục Hàng hải VN yêu cầu Công ty Thông tin điện tử Hàng hải chỉ đạo hệ thống Đài "
        "thông tin duyên hải tăng cường phát tin.\n\nCác cảng vụ hàng hải Quảng Bình, Quảng Trị "
        "tổ chức kiểm đếm tàu, thuyền đang hoạt động.\n", 20,
        [("directive", "Công ty Thông tin điện tử Hàng hải", "chỉ đạo hệ thống Đài"),
         ("directive", "Các cảng vụ hàng hải Quảng Bình, Quảng Trị", "tổ chức kiểm đếm tàu")]),
    # directives held out 233 (d2334): in a list of requests, the next unit asked and its
    # action ask on, whatever forecast their object holds ("… tàu, thuyền dự kiến đến …")
    "the_next_unit_asked_whatever_its_object_forecasts": (
        "Tin\n\nCục Hàng hải VN yêu cầu Công ty Thông tin điện tử Hàng hải chỉ đạo hệ thống Đài "
        "thông tin duyên hải tăng cường phát tin.\n\nCác cảng vụ hàng hải: Quảng Bình, Quảng Trị "
        "tổ chức kiểm đếm tàu, thuyền đang hoạt động trong vùng nước cảng biển hoặc tàu, thuyền "
        "dự kiến đến khu vực, theo dõi diễn biến của bão.\n", 20,
        [("directive", "Công ty Thông tin điện tử Hàng hải", "chỉ đạo hệ thống Đài"),
         ("directive", "Các cảng vụ hàng hải: Quảng Bình, Quảng Trị", "tổ chức kiểm đếm tàu"),
         ("directive", "Các cảng vụ hàng hải: Quảng Bình, Quảng Trị", "theo dõi diễn biến c")]),
    # directives held out 233 (d2333): an addressee ends before "cùng phối hợp", "cùng tham
    # gia" … (running.json addressee_stop)
    "an_addressee_ends_before_together": (
        "Tin\n\nBộ Y tế đề nghị Bộ GD&ĐT cùng phối hợp thực hiện các hoạt động tuyên "
        "truyền.\n", 20,
        [("directive", "Bộ GD&ĐT", "cùng phối hợp thực h")]),
    # directives held out 233 (d2332): "kiểm điểm" is a task's verb (verbs.jsonl), it ends
    # the addressee
    "a_review_of_responsibility_is_a_task": (
        "Tin\n\nThứ trưởng đề nghị UBND tỉnh Ninh Bình kiểm điểm, làm rõ trách nhiệm của các "
        "tập thể liên quan.\n", 20,
        [("directive", "UBND tỉnh Ninh Bình", "kiểm điểm, làm rõ tr")]),
    # directives held out 234 (d2342): a caption that ends on its credit with an initial
    # ("… (ảnh minh họa). Ảnh: K.Oanh") is furniture; the requests go on past it
    "a_photo_credit_with_an_initial": (
        "Tin\n\nTheo đó, UBND tỉnh giao Cục Thống kê tỉnh chủ trì triển khai tổng điều tra dân "
        "số và nhà ở.\n\nCán bộ dân số huyện Ea Súp tuyên truyền, hướng dẫn người dân (ảnh minh "
        "họa). Ảnh: K.Oanh\n\nSở Xây dựng phối hợp với Cục Thống kê tỉnh xây dựng kế hoạch tổng "
        "điều tra.\n", 20,
        [("directive", "Cục Thống kê tỉnh", "chủ trì triển khai t"),
         ("directive", "Sở Xây dựng", "phối hợp với Cục Thố")]),
    # directives held out 236 (d2361): "Các Sở" capitalised after a capital "Các" opens a
    # collective addressee too (units.json heads), so the paragraph it opens asks on
    "a_capitalised_cac_so_opens_a_collective": (
        "Tin\n\nTheo đó, UBND tỉnh yêu cầu các sở thực hiện tốt việc bảo đảm an ninh trật tự."
        "\n\nCác Sở, Ban, ngành, đoàn thể tỉnh bố trí phân công trực trong những ngày nghỉ Lễ."
        "\n", 20,
        [("directive", "các sở", "thực hiện tốt việc b"),
         ("directive", "Các Sở, Ban, ngành, đoàn thể tỉnh", "bố trí phân công trự")]),
    # directives held out 239 (d2390): a known name goes on over a word of manner in it
    # ("… giáo dục thường xuyên tăng cường …"; units.json names, nlp.units known_name_over),
    # and the press's lower-case "sở" after "Ngoài ra," is the department speaking again
    # (running.json speaker)
    "a_known_name_holds_its_manner_word": (
        "Tin\n\nSở GD&ĐT yêu cầu phòng GD&ĐT các huyện và các trung tâm giáo dục nghề nghiệp - "
        "giáo dục thường xuyên tăng cường kiểm tra an toàn trường học.\n\nNgoài ra, sở yêu cầu "
        "các đơn vị thiết lập công khai đường dây nóng.\n", 20,
        [("directive", "phòng GD&ĐT các huyện và các trung tâm giáo dục nghề nghiệp - giáo dục "
          "thường xuyên", "tăng cường kiểm tra "),
         ("directive", "các đơn vị", "thiết lập công khai ")]),
    # directives held out 238 (d2381): "Riêng <unit>" singles out the unit the request goes
    # on to (running.json paragraph_lead)
    "riêng_singles_out_the_next_unit": (
        "Tin\n\nUBND tỉnh yêu cầu UBND các huyện khẩn trương hoàn thiện việc lập quy hoạch sử "
        "dụng đất. Riêng UBND huyện Khánh Sơn khẩn trương hoàn thiện kế hoạch sử dụng đất năm "
        "2021.\n", 20,
        [("directive", "UBND các huyện", "khẩn trương hoàn thi"),
         ("directive", "UBND huyện Khánh Sơn", "khẩn trương hoàn thi")]),
    # directives held out 42 (d379): a period of recurrence ends the addressee's name
    # (running.json qualifier), it goes with the task
    "a_recurrence_ends_the_addressee": (
        "Tin\n\nUBND tỉnh cũng đề nghị các đơn vị định kỳ 6 tháng, hàng năm báo cáo kết quả "
        "thực hiện Chỉ thị số 20 về UBND tỉnh. UBND tỉnh yêu cầu Sở Y tế định kỳ hằng quý báo "
        "cáo kết quả về UBND tỉnh.\n", 20,
        [("directive", "các đơn vị", "định kỳ 6 tháng, hàn"),
         ("directive", "Sở Y tế", "định kỳ hằng quý báo")]),
    # directives held out 63 (d573), 60 (d545): the names a kind of unit lists after its colon
    # are the addressee, not a task (running.json kind_names_follow)
    "the_names_after_các_sở_colon_are_the_addressee": (
        "Tin\n\nThành phố cũng giao các sở: Xây dựng, Quy hoạch - Kiến trúc, Tài nguyên - Môi "
        "trường, Kế hoạch - Đầu tư theo chức năng nhiệm vụ, phối hợp với UBND quận, huyện, thị "
        "xã kiểm tra, xử lý vi phạm trật tự xây dựng còn tồn đọng.\n", 20,
        [("directive", "các sở: Xây dựng, Quy hoạch - Kiến trúc, Tài nguyên - Môi trường, Kế "
          "hoạch - Đầu tư", "phối hợp với UBND qu")]),
    # directives held out 60 (d545) and fifteen other sets: a word of action whose owner
    # follows ("hướng dẫn của …") is a noun, no job of its own (running.json verb_as_noun)
    "a_verb_with_its_owner_is_a_noun": (
        "Tin\n\nUBND tỉnh yêu cầu Sở Y tế tổ chức triển khai Chương trình theo đúng quy định, "
        "hướng dẫn của Bộ Y tế, chỉ đạo của UBND tỉnh.\n", 20,
        [("directive", "Sở Y tế", "tổ chức triển khai C")]),
    # running held out 245 (r2494), 239: the solutions a session sets out for the coming
    # months announce them (running.json announce); not solutions set out in a year reviewed
    "solutions_set_out_for_the_coming_months_announce_them": (
        "Tin\n\nCũng tại kỳ họp, đại biểu đã thảo luận đề ra nhiều giải pháp trong công tác "
        "phát triển kinh tế - xã hội 6 tháng cuối năm 2021. Trong đó, tập trung thực hiện công "
        "tác phòng, chống dịch bệnh; tăng cường hỗ trợ các cơ sở sản xuất.\n", 20,
        [("commitment", None, "tập trung thực hiện "),
         ("commitment", None, "tăng cường hỗ trợ cá")]),
    # running held out 245 (r2492), 243 (r2471): a meeting sentence that sets out the tasks
    # to come, listed after "như", holds them (running.json meeting_tasks)
    "a_meeting_that_sets_out_its_tasks_lists_them": (
        "Tin\n\nĐồng chí Nguyễn Thanh Hải - Chủ tịch Ủy ban MTTQ Việt Nam huyện, chủ trì hội "
        "nghị, đánh giá kết quả công tác Mặt trận trong thời gian qua, triển khai nhiệm vụ trọng "
        "tâm công tác Mặt trận trong thời gian đến như: Cần đổi mới nội dung, hình thức, nâng "
        "cao hiệu quả công tác thông tin, tuyên truyền; tổ chức tổng kết 20 năm thực hiện Nghị "
        "quyết số 04.\n", 20,
        [("commitment", None, "Cần đổi mới nội dung"),
         ("commitment", None, "nâng cao hiệu quả cô"),
         ("commitment", None, "tổ chức tổng kết 20 ")]),
    # running held out 249 (r2532): the second half of a term is the time to come
    # (running.json forward)
    "the_rest_of_a_term_is_ahead": (
        "Tin\n\nTrong nửa cuối nhiệm kỳ, Hội Người cao tuổi thị xã tập trung xây dựng tổ "
        "chức Hội vững mạnh.\n", 20,
        [("commitment", "Hội Người cao tuổi thị xã", "tập trung xây dựng t")]),
    # directives held out 247 (d2473): "kiên quyết" ends the name of whom it is asked of, as
    # "quyết liệt" does (tasks.json stops)
    "kien_quyet_ends_a_doers_name": (
        "Tin\n\nUBND tỉnh yêu cầu các sở tăng cường quản lý lễ hội. Các địa phương kiên "
        "quyết xử lý tình trạng ăn xin, chen lấn.\n", 20,
        [("directive", "các sở", "tăng cường quản lý l"),
         ("directive", "Các địa phương", "kiên quyết xử lý tìn")]),
    # directives held out 247 (d2473): after a letter is told, a doer named first whose job
    # is to prevent something ("kiên quyết không để …") is asked it (running.json prevents)
    "a_doer_told_to_prevent_is_asked": (
        "Tin\n\nUBND tỉnh vừa có Công văn số 188 yêu cầu các sở, ban, ngành có liên quan tăng "
        "cường quản lý lễ hội năm 2020.\n\nTheo đó, các địa phương kiên quyết không để tình "
        "trạng ăn xin, chen lấn; thực hiện trông giữ xe đúng giá niêm yết.\n", 20,
        [("directive", "các sở, ban, ngành có liên quan", "tăng cường quản lý l"),
         ("directive", "các địa phương", "kiên quyết không để "),
         ("directive", "các địa phương", "thực hiện trông giữ ")]),
    # directives held out 245 (d2451): in a list of requests, a unit as the topic and what
    # it directs after the topic's comma is that unit's task (running.json for_unit,
    # directs_down)
    "a_topic_unit_that_directs_below_is_asked": (
        "Tin\n\nUBND tỉnh yêu cầu Công an tỉnh triển khai các biện pháp nghiệp vụ.\n\n"
        "Ngoài ra, đối với UBND các huyện, chỉ đạo UBND các xã rà soát các doanh nghiệp.\n", 20,
        [("directive", "Công an tỉnh", "triển khai các biện "),
         ("directive", "UBND các huyện", "chỉ đạo UBND các xã ")]),
    # directives held out 249 (d2490): a sub-committee named before its colon is who does
    # the job after it, the name no task of its own though it holds what reads as a verb
    # ("điều trị", "hậu cần"; units.json heads, nouns.jsonl noun.team)
    "a_sub_committee_named_before_its_colon_is_no_task": (
        "Tin\n\nGiám đốc Bệnh viện chỉ đạo các tiểu ban bám sát tình hình dịch bệnh.\n\n"
        "Tiểu ban điều trị: Tổ chức tập huấn, hướng dẫn phân luồng tiếp nhận bệnh nhân.\n\n"
        "Tiểu ban hậu cần: Chủ động mua sắm thuốc, vật tư, hóa chất.\n", 20,
        [("directive", "các tiểu ban", "bám sát tình hình dị"),
         ("directive", "Tiểu ban điều trị", "Tổ chức tập huấn, hư"),
         ("directive", "Tiểu ban hậu cần", "Chủ động mua sắm thu")]),
    # directives held out 249 (d2491): "đơn vị sự nghiệp công lập" is a kind of body, its
    # "lập" no verb ending the addressee's name (nouns.jsonl noun.organisation)
    "public_service_units_are_named_whole": (
        "Tin\n\nChủ tịch UBND tỉnh chỉ đạo thủ trưởng các sở, ban ngành, đơn vị sự nghiệp "
        "công lập trực thuộc UBND tỉnh khẩn trương xây dựng các đề án.\n", 20,
        [("directive", "thủ trưởng các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc "
          "UBND tỉnh", "khẩn trương xây dựng")]),
    # directives held out 252 (d2522): on what a document gives ("Theo danh sách … (gửi
    # kèm), …"), the body that spoke before asks (running.json basis_lead)
    "a_request_on_a_documents_basis_asks": (
        "Tin\n\nSở Nông nghiệp vừa có công văn gửi UBND các huyện đề nghị rà soát danh sách "
        "tàu cá.\n\nTheo danh sách tàu cá hoạt động tại các tỉnh (gửi kèm), đề nghị UBND các "
        "huyện và Chi cục Thủy sản tiến hành rà soát, bổ sung danh sách tàu cá.\n", 20,
        [("directive", "UBND các huyện", "rà soát danh sách tà"),
         ("directive", "UBND các huyện và Chi cục Thủy sản", "tiến hành rà soát, b")]),
    # directives held out 250 (d2502): "tùy vào chức năng, nhiệm vụ" after whom a request
    # asks is how they do it, no part of their name (running.json qualifier)
    "as_befits_their_duties_ends_the_addressee": (
        "Tin\n\nTheo đó, UBND tỉnh yêu cầu các Sở: Lao động – Thương binh và Xã hội, UBND các "
        "huyện, thành phố tùy vào chức năng, nhiệm vụ triển khai các biện pháp phòng, chống "
        "đuối nước.\n", 20,
        [("directive", "các Sở: Lao động – Thương binh và Xã hội, UBND các huyện, thành phố",
          "triển khai các biện ")]),
    # directives held out 254 (d2543): after a request, a director named first with his
    # department is asked on ("Giám đốc Công an TP chủ trì …"; units.json heads)
    "a_director_named_first_is_asked_on": (
        "Tin\n\nTheo đó, UBND TP yêu cầu Công an TP thực hiện tốt các văn bản.\n\nGiám đốc "
        "Công an TP chủ trì tổ chức tổng rà soát an toàn PCCC tại các chung cư.\n", 20,
        [("directive", "Công an TP", "thực hiện tốt các vă"),
         ("directive", "Giám đốc Công an TP", "chủ trì tổ chức tổng")]),
    # directives held out 254 (d2541): "đối với các loại hình cơ sở …" names kinds of
    # premises, a matter: whom the request asked goes on (running.json matters)
    "kinds_of_premises_are_a_matter_not_a_unit": (
        "Tin\n\nUBND TP yêu cầu UBND các quận, huyện rà soát 100% cơ sở nhà trọ, hoàn thành "
        "trước ngày 15/6/2024. Đối với các loại hình cơ sở có nguy cơ cháy nổ cao còn lại, "
        "tiếp tục tổ chức rà soát, kiểm tra hoàn thành trước ngày 15/7/2024.\n", 20,
        [("directive", "UBND các quận, huyện", "rà soát 100% cơ sở n"),
         ("directive", "UBND các quận, huyện", "tiếp tục tổ chức rà ")]),
    # directives held out 254 (d2541): a report with a time limit of its own after work due
    # earlier is a task of its own (nlp/running.py _two_due)
    "a_report_due_after_the_work_is_its_own_task": (
        "Tin\n\nUBND thành phố yêu cầu UBND các quận, huyện chủ động rà soát 100% cơ sở nhà "
        "trọ, hoàn thành trước ngày 15/6/2024, báo cáo kết quả về UBND thành phố trước ngày "
        "20/6/2024.\n", 20,
        [("directive", "UBND các quận, huyện", "chủ động rà soát 100"),
         ("directive", "UBND các quận, huyện", "báo cáo kết quả về U")]),
    # directives held out 255 (d2550): a unit's name joined by "&" goes on ("Phòng Giáo dục
    # & Đào tạo"), and a numbered line that is only a unit's name, a verb inside it, asks
    # that unit the dashes below it
    "a_numbered_unit_joined_by_ampersand_heads_its_dashes": (
        "Tin\n\nĐồng chí Phó Chủ tịch đã chỉ đạo các đơn vị liên quan tiếp tục làm tốt các nội "
        "dung, cụ thể như sau:\n\n1. Phòng Giáo dục & Đào tạo\n\n- Tiếp tục nâng cao chất "
        "lượng dạy và học trong các nhà trường.\n", 20,
        [("directive", "Phòng Giáo dục & Đào tạo", "Tiếp tục nâng cao ch")]),
    # directives held out 255 (d2550): "đơn thư kiến nghị" names petitions, no request
    # (running.json request_as_noun)
    "petitions_ask_no_one": (
        "Tin\n\nĐồng chí Phó Chủ tịch đã chỉ đạo các đơn vị liên quan, cụ thể như sau:\n\n1. "
        "Phòng Nội vụ\n\n- Tiếp tục nâng cao chất lượng công tác trong các nhà trường; giải "
        "quyết đơn thư kiến nghị phải thấu đáo và đúng thẩm quyền.\n", 20,
        [("directive", "Phòng Nội vụ", "Tiếp tục nâng cao ch"),
         ("directive", "Phòng Nội vụ", "giải quyết đơn thư k")]),
    # directives held out 255 (d2552): in a list of a request's tasks, reminding those below
    # is the addressee's own task (running.json reminds_down)
    "reminding_others_is_the_addressees_task": (
        "Tin\n\nUBND huyện yêu cầu UBND các xã bố trí lực lượng trực phòng cháy; nhắc nhở các "
        "hộ nhận khoán nâng cao trách nhiệm tuần tra.\n", 20,
        [("directive", "UBND các xã", "bố trí lực lượng trự"),
         ("directive", "UBND các xã", "nhắc nhở các hộ nhận")]),
    # directives held out 256 (d2560): projects "do <unit> làm chủ đầu tư" name whom the
    # request that follows asks (running.json investor_topic)
    "the_investor_of_the_projects_is_asked": (
        "Tin\n\nĐối với những dự án trọng điểm do Ban Quản lý dự án đầu tư xây dựng tỉnh làm "
        "chủ đầu tư, UBND tỉnh yêu cầu khẩn trương xây dựng kế hoạch triển khai.\n", 20,
        [("directive", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "khẩn trương xây dựng")]),
    # directives held out 256 (d2560): "vừa chỉ đạo về …" tells of a direction issued, and
    # a photo's "Ảnh chỉ mang tính minh họa" between is page furniture: "Theo đó, <unit> …"
    # gives the unit its task (running.json issued_document, furniture)
    "a_direction_told_then_a_picture_then_its_content": (
        "Tin\n\nUBND tỉnh vừa chỉ đạo về việc giải ngân kế hoạch vốn đầu tư công năm 2019.\n\n"
        "Ảnh chỉ mang tính minh họa. Nguồn Internet\n\nTheo đó, Sở Tài chính khẩn trương đề "
        "xuất phương án điều chuyển vốn.\n", 20,
        [("action", None, "UBND tỉnh vừa chỉ đạ"),
         ("directive", "Sở Tài chính", "khẩn trương đề xuất ")]),
    # directives held out 256 (d2562): "thay thế" is an action, no part of a unit's name
    # (verbs.jsonl)
    "replacing_is_an_action": (
        "Tin\n\nĐồng thời yêu cầu Ban quản lý đô thị thay thế các cây đã bị chết trên trục "
        "đường dạo bộ.\n", 20,
        [("directive", "Ban quản lý đô thị", "thay thế các cây đã ")]),
    # running held out 258 (r2620): the tasks a plan names after "như" are not a review,
    # whatever their words ("Tổng kết 05 năm phong trào …")
    "a_plans_listed_tasks_are_no_review": (
        "Tin\n\nHội Cựu chiến binh huyện đã cụ thể hóa bằng kế hoạch thực hiện nhiệm vụ chính "
        "trị của Hội, tập trung vào các nhiệm vụ trọng tâm như Xây dựng Hội vững mạnh; Tổng "
        "kết 05 năm phong trào giúp nhau giảm nghèo.\n", 20,
        [("commitment", None, "Xây dựng Hội vững mạ"),
         ("commitment", None, "Tổng kết 05 năm phon")]),
    # running held out 257 (r2617, r2621): a session held, delegates elected are the
    # meeting's own course, no result (running.json meeting)
    "a_session_held_and_delegates_elected_are_no_results": (
        "Tin\n\nHĐND xã đã tổ chức Kỳ họp thứ 12. Đại hội đã lựa chọn bầu được 04 đại biểu dự "
        "Đại hội cấp trên. Năm qua, xã đã làm mới 3 km đường giao thông nông thôn.\n", 20,
        [("action", None, "Năm qua, xã đã làm m")]),
    # directives held out 59 (d532), 255 (d2553): "thống nhất" before an action says how it
    # is done (running.json manner, tasks.json stops): a unit's name ends before it, and
    # "Theo đó, UBND huyện thống nhất tạm dừng …" is the issuer's decision, no task
    "agreed_uniformly_ends_a_name": (
        "Tin\n\nUBND tỉnh yêu cầu Công ty Điện lực Hải Dương và các đơn vị bán lẻ điện thống "
        "nhất triển khai thực hiện áp giá bán điện cho các nhà trọ.\n", 20,
        [("directive", "Công ty Điện lực Hải Dương và các đơn vị bán lẻ điện",
          "thống nhất triển kha")]),
    "the_issuers_agreed_halt_is_no_task": (
        "Tin\n\nNgày 10/7, UBND huyện có văn bản tạm dừng hoạt động các chợ tự phát.\n\nTheo "
        "đó, UBND huyện thống nhất tạm dừng hoạt động các chợ tự phát trên địa bàn.\n", 20,
        [("action", None, "Ngày 10/7, UBND huyệ")]),
    # directives held out 254 (d2540): after a page tells of a directing document issued,
    # what a unit other than its issuer "sẽ" do is the document's task for it
    # (nlp/running.py _told_assignment, running.json issued_directs)
    "what_a_directed_unit_will_do_is_its_task": (
        "Tin\n\nUBND TPHCM đã ban hành văn bản chỉ đạo các sở, ban, ngành về công tác phòng "
        "cháy, chữa cháy.\n\nCác đơn vị công an sẽ kiểm tra an toàn PCCC tại các chung cư.\n", 20,
        [("directive", "Các đơn vị công an", "kiểm tra an toàn PCC")]),
    # running held out 259 (r2631): deputies asking a body to explain at its session put
    # questions, no task (running.json opinion_asks, answer_asked); "…, đồng thời sẽ …"
    # turns to a promise (future_clause)
    "questions_put_at_a_session_are_no_tasks": (
        "Tin\n\nQua báo cáo của UBND xã, có 05 lượt ý kiến yêu cầu UBND xã giải trình làm rõ "
        "thêm như: Công tác tuyên truyền pháp luật về đất đai; Công tác kiểm tra, cắm mốc khu "
        "vực đất công.\n\nCác ý kiến đã được lãnh đạo UBND xã giải trình làm rõ, đồng thời sẽ "
        "có giải pháp quyết liệt để giải quyết trong thời gian tới.\n", 20,
        [("action", None, "Các ý kiến đã được l"),
         ("commitment", None, "đồng thời sẽ có giải")]),
    # directives held out 258 (d2581): after a "; " in a list of whom a request asks, a
    # committee whose second word reads as a verb is one name ("Ban quản lý các dự án thi
    # công trên địa bàn"; nouns.jsonl)
    "a_committee_after_a_semicolon_keeps_its_name": (
        "Tin\n\nTheo đó, yêu cầu Chủ tịch UBND các xã; Hiệu trưởng các trường học; Ban quản lý "
        "các dự án thi công trên địa bàn phát động nhân dân ra quân tổng vệ sinh môi trường.\n",
        20,
        [("directive", "Chủ tịch UBND các xã; Hiệu trưởng các trường học; Ban quản lý các dự án "
          "thi công trên địa bàn", "phát động nhân dân r")]),
    # directives held out 258 (d2580): "đề ra" ends whom a request asks (running.json
    # addressee_stop)
    "setting_out_ends_the_addressee": (
        "Tin\n\nChủ tịch UBND huyện yêu cầu, các ngành chuyên môn đề ra giải pháp, có phương "
        "án chỉnh sửa quy hoạch.\n", 20,
        [("directive", "các ngành chuyên môn", "đề ra giải pháp, có ")]),
    # running held out 259 (r2631): an explanatory session held is the meeting's own course
    # (running.json meeting)
    "an_explanatory_session_held_is_no_result": (
        "Tin\n\nSáng ngày 25/9, Thường trực HĐND xã Tiên Thuận tổ chức phiên giải trình về công "
        "tác quản lý đất công. Năm qua, xã đã thu hồi 2 ha đất công bị lấn chiếm.\n", 20,
        [("action", None, "Năm qua, xã đã thu h")]),
    # directives held out 257 (d2573): a year to come opening what a body has ("Năm 2024,
    # huyện … có hai điểm thi …") tells a fact, no promise (running.json count_held)
    "what_there_is_this_year_is_no_promise": (
        "Tin\n\nSáng ngày 4/6/2024, huyện Nam Giang họp triển khai các nhiệm vụ thi tốt nghiệp "
        "THPT năm 2024.\n\nNăm 2024, huyện Nam Giang có hai điểm thi tốt nghiệp THPT. Năm 2024, "
        "huyện Nam Giang tập trung nâng cao chất lượng giáo dục.\n", 20,
        [("action", None, "Sáng ngày 4/6/2024, "),
         ("commitment", None, "huyện Nam Giang tập ")]),
    "a_level_ending_a_name_is_no_speaker": (
        "Phiên họp thường kỳ\n\nTrong 6 tháng đầu năm 2019, Ban đại diện HĐQT NHCSXH huyện chỉ "
        "đạo Phòng giao dịch NHCSXH huyện thực hiện tốt hoạt động tín dụng. Tổng dư nợ đạt 143 "
        "tỷ đồng.\n", 20, [("action", None, "Trong 6 tháng đầu nă"),
                            ("action", None, "Tổng dư nợ đạt 143 t")]),
}


@pytest.mark.parametrize("case", CASES)
def test_how_a_sentence_is_read(case):
    text, width, expected = CASES[case]
    assert read(text, width) == expected


def test_what_units_must_do_after_however_closes_before_its_reason():
    # running held out 61, r648: after the praise, "Tuy nhiên, <units> cần phải …" asks them,
    # and the reason the request closes on ("vì còn …") is no part of it; "vì" meaning
    # "for" ("…, vì người nghèo …") ends nothing
    report = extract_report(
        "Thị xã tập trung xây dựng đời sống văn hóa\n\nĐồng chí Trưởng ban Dân vận Tỉnh ủy đánh "
        "giá Thị xã có nhiều nỗ lực. Tuy nhiên, các ngành, các cấp ở Thị xã cần phải cố gắng "
        "nhiều hơn nữa, vì còn nhiều xã, phường chưa đạt chuẩn văn hóa.\n")
    asked = [(i.kind, i.unit, i.text) for i in report.items if i.kind == "directive"]
    assert asked == [("directive", "các ngành, các cấp ở Thị xã",
                      "cần phải cố gắng nhiều hơn nữa")]
    kept = extract_report("Kết quả năm 2023\n\nNăm 2023, Hội đã vận động các chương trình an "
                          "sinh xã hội, vì người nghèo đã góp phần ổn định cuộc sống.\n")
    assert any("vì người nghèo đã góp phần" in i.text for i in kept.items)


def test_a_time_limit_closing_a_sentence_of_jobs_is_each_jobs_limit():
    # directives held out 218 (d2180): the jobs a sentence lists, cut at its commas, are all
    # due by the time it closes on; not an ongoing duty before a period it names
    report = extract_report(
        "Tin\n\nSở Y tế yêu cầu các cơ sở y tế tổ chức trực 24/24 giờ. Đồng thời, rà soát các "
        "điểm yếu của đơn vị, hoàn thành việc gia cố trang thiết bị, máy móc, cắt tỉa cây xanh "
        "trước 9h sáng ngày 27/9/2022.\n")
    due = [(i.text[:20], i.due) for i in report.items if i.kind == "directive"]
    assert due == [("tổ chức trực 24/24 g", None), ("rà soát các điểm yếu", "2022-09-27"),
                   ("hoàn thành việc gia ", "2022-09-27"), ("cắt tỉa cây xanh trư", "2022-09-27")]
    ongoing = extract_report(
        "Tin\n\nTỉnh ủy yêu cầu các cấp ủy đảng tiếp tục đẩy mạnh tuyên truyền Quy chế số 13, "
        "tổ chức sáng tác các tác phẩm về chủ đề này trong giai đoạn 2021-2025.\n")
    assert [i.due for i in ongoing.items if i.kind == "directive"][:1] == [None]


def test_a_time_limit_opening_a_sentence_of_jobs_is_each_jobs_limit():
    # directives held out 241 (d2412): "Chậm nhất ngày 20-7, <doer> <job>, <job>." gives
    # both jobs that limit; not the next sentence's job
    report = extract_report(
        "Tin\n\nBộ GD&ĐT yêu cầu các sở GD&ĐT chuẩn bị kỳ thi năm 2016.\n\nChậm nhất ngày "
        "25-7-2016, các sở GD&ĐT phải công bố kết quả thi THPT quốc gia, cập nhật danh sách thí "
        "sinh vào phần mềm quản lý thi. Các sở GD&ĐT tổ chức phúc khảo bài thi.\n")
    due = [(i.text[:20], i.due) for i in report.items if i.kind == "directive"]
    assert due[1:] == [("Chậm nhất ngày 25-7-", "2016-07-25"),
                       ("cập nhật danh sách t", "2016-07-25"), ("tổ chức phúc khảo bà", None)]


def test_a_title_that_names_only_the_coming_month_leaves_the_report_its_own():
    """A news title names the month whose tasks the meeting set ("Triển khai nhiệm vụ …
    tháng 6-2020"); the report reviews the month its text names before that one."""
    report = extract_report("Thuận Nam: Triển khai nhiệm vụ phát triển kinh tế-xã hội tháng "
                            "6-2020\n\nNgày 22-5, UBND huyện tổ chức cuộc họp đánh giá tình "
                            "hình kinh tế-xã hội tháng 5; triển khai nhiệm vụ tháng 6-2020.\n")
    assert (report.period.start, report.period.end) == (date(2020, 5, 1), date(2020, 5, 31))
    assert (report.next_period.start, report.next_period.end) == (date(2020, 6, 1),
                                                                  date(2020, 6, 30))


def test_an_announcement_after_a_turn_from_the_review_opens_its_tasks():
    # r21: the review ("đánh giá tình hình …") is in the clause the sentence turns away from
    # ("tuy nhiên"); the task follows the announcing words at once ("… là khắc phục …"),
    # and the next sentence carries the list on as tasks, not results
    text = ("Đồng chí Bí thư Đảng ủy kết luận; trên cơ sở nhận định và đánh giá tình hình 5 "
            "tháng cuối năm còn nhiều khó khăn tuy nhiên nhiệm vụ trước mắt là khắc phục các "
            "tiêu chí NTM để đạt 20/20 tiêu chí. Tăng thu ngân sách, giữ vững AN- TT và tham "
            "gia tốt các hoạt động VHVN- TDTT.")
    assert [(kind, start) for kind, _, start in read(text, 20)] == [
        ("commitment", "khắc phục các tiêu c"), ("commitment", "Tăng thu ngân sách"),
        ("commitment", "giữ vững AN- TT và t")]
    # a meeting that reviews the tasks in the same clause announces nothing: what follows
    # is still results
    review = ("Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ trọng tâm quý I. Các xã đã hoàn "
              "thành 14/19 tiêu chí.")
    assert [kind for kind, _, _ in read(review, 10)] == ["action", "action"]


def test_criteria_not_yet_met_are_the_object_of_a_promise_and_of_what_must_be_done():
    # r24: "những tiêu chí chưa đạt" names what the work is about, not a shortcoming; the
    # promise after "khẳng định" is a task, the report before it a result; "… phải đảm bảo
    # hoàn thành …" is what must be done
    text = ("Các xã đã đề xuất hướng giải quyết về những tiêu chí chưa đạt và khẳng định sẽ "
            "hoàn thành các tiêu chí đó theo đúng lộ trình đã đăng ký.\n\n"
            "Đặc biệt các tiêu chí hiện nay chưa đạt phải đảm bảo hoàn thành theo đúng kế "
            "hoạch.")
    assert [(kind, start) for kind, _, start in read(text, 24)] == [
        ("action", "Các xã đã đề xuất hướng "), ("commitment", "sẽ hoàn thành các tiêu c"),
        ("commitment", "Đặc biệt các tiêu chí hi")]
    # a sentence that states the shortcoming is still no item
    assert read("Xã còn 5 tiêu chí chưa đạt.", 10) == []


def test_a_promise_is_what_is_promised_not_the_speaker_taking_note():
    # r25: the task begins after "hứa", not at the speaker who takes note of the guidance
    text = ("Đồng chí Bí thư Đảng ủy xã, tiếp thu các ý kiến chỉ đạo của đồng chí Phó Chủ tịch "
            "UBND huyện và hứa quyết tâm cùng hệ thống chính trị xã ra sức phấn đấu đến cuối "
            "năm 2023 về đích nông thôn mới nâng cao.")
    assert read(text, 25) == [("commitment", None, "quyết tâm cùng hệ thống c")]
    # a promise word after the future marker does not move the task's start past "sẽ"
    later = "Huyện sẽ đẩy mạnh thu hút đầu tư, khẳng định vai trò động lực của du lịch."
    assert [start for _, _, start in read(later, 10)] == ["đẩy mạnh t"]


def test_praise_is_no_result_but_what_it_singles_out_is():
    # r13, r18: a leader praising the results tells of the meeting; what the praise
    # singles out after "nhất là" is a result of its own
    text = ("Phó Chủ tịch Thường trực UBND tỉnh ghi nhận, biểu dương những kết quả đạt được "
            "của ngành giao thông; nhất là việc đẩy nhanh tiến độ bàn giao mặt bằng dự án xây "
            "dựng các tuyến cao tốc đi qua địa bàn tỉnh.\n\n"
            "Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh ghi nhận, biểu dương những kết "
            "quả mà ngành tư pháp tỉnh đã đạt được.")
    assert read(text, 30) == [("action", None, "việc đẩy nhanh tiến độ bàn gia")]


def test_tasks_named_then_reported_done_are_a_result():
    text = "Các nhiệm vụ trọng tâm của xã gồm 12 nhiệm vụ đã cơ bản hoàn thành theo kế hoạch."
    assert [kind for kind, _, _ in read(text, 20)] == ["action"]


def test_a_sentence_ends_at_a_period_with_no_space_before_a_capitalised_name():
    text = ("Trong tháng 4, UBND huyện đã chỉ đạo sửa chữa các tuyến đường xuống cấp phục vụ "
            "nhân dân đi lại.UBND huyện đã triển khai các biện pháp phòng chống cháy rừng.")
    assert [t for _, _, t in read(text, 40)] == [
        "Trong tháng 4, UBND huyện đã chỉ đạo sửa", "UBND huyện đã triển khai các biện pháp p"]


def test_help_for_households_in_hardship_is_a_result_not_a_shortcoming():
    text = ("Toàn xã đã trao 1.200 phần quà cho gia đình chính sách, hộ nghèo, hộ khó khăn với "
            "tổng kinh phí 500 triệu đồng; hỗ trợ sửa chữa 12 căn nhà cho người có hoàn cảnh "
            "khó khăn.")
    assert [kind for kind, _, _ in read(text, 20)] == ["action", "action"]


def test_a_long_headline_of_a_page_copied_from_the_web_is_no_part_of_the_next_paragraph():
    from nlp.running import _paragraphs

    headline = ("HĐND xã Tân Lập (huyện Đồng Hỷ): Thông qua các nghị quyết phát triển kinh tế - "
                "xã hội 6 tháng cuối năm 2024")
    body = ("Theo báo cáo của UBND xã, 6 tháng đầu năm tổng sản lượng lương thực đạt 722 tấn, "
            "tăng 23 tấn so với cùng kỳ; thu ngân sách trên địa bàn đạt trên 499 triệu đồng, "
            "tăng 60% so với cùng kỳ; tổng đàn gia súc, gia cầm phát triển ổn định; 100% thôn "
            "xây dựng đường làng, ngõ xóm xanh sạch đẹp; 94,7% số hộ sử dụng nước hợp vệ sinh.")
    text = f"{headline}\n{body}\n"
    assert [text[a:b].strip() for a, b in _paragraphs(text)] == [headline, body]
    # hard-wrapped text (no line longer than a page is wide): a line of the same length
    # that a capital follows goes on into the next
    wrapped = f"{headline}\nTheo báo cáo của UBND xã, 6 tháng đầu năm tổng sản lượng đạt 722 tấn.\n"
    assert len(_paragraphs(wrapped)) == 1


def test_a_body_that_did_things_and_assigned_others_reports_no_request():
    done = ("Trong tháng 6, Thường trực HĐND huyện đã thống nhất các nội dung chuẩn bị cho kỳ "
            "họp, phân công chỉ đạo các ban chủ động thẩm định các báo cáo trình tại kỳ họp.")
    assert "directive" not in [kind for kind, _, _ in read(done, 20)]
    asked = ("UBND huyện đã có Công văn số 12/UBND-TN yêu cầu các xã tổ chức ra quân làm vệ "
             "sinh môi trường.")
    assert [kind for kind, _, _ in read(asked, 20)] == ["directive"]


def test_a_caption_that_places_a_person_in_the_picture_is_no_item():
    text = ("Trong 9 tháng qua, kinh tế phường duy trì đà phát triển ổn định, thu ngân sách "
            "phường đạt gần 167 tỷ đồng, vượt 132% kế hoạch năm, các dự án đầu tư công được "
            "rà soát, ưu tiên công trình phục vụ dân sinh.\n"
            "Đồng chí Nguyễn Văn An (bên phải), Bí thư Đảng ủy phường, Chủ tịch HĐND phường dự "
            "và chủ trì hội nghị\n"
            "Đồng chí cũng yêu cầu phường cần đẩy nhanh giải ngân vốn đầu tư công.\n")
    found = read(text, 200)
    assert not any("bên phải" in t for _, _, t in found)
    assert found[-1][0] == "directive" and found[-1][2].endswith("giải ngân vốn đầu tư công")


def test_a_notice_asks_households_and_the_heads_of_residential_groups():
    text = ("Yêu cầu các cơ sở kinh doanh, các hộ gia đình đổ rác đúng thời gian, đúng nơi quy "
            "định.\n\nĐề nghị Tổ trưởng các tổ dân phố thông báo cho các hộ gia đình trên địa "
            "bàn được biết và thực hiện.\n")
    assert [(kind, unit) for kind, unit, _ in read(text, 10)] == [
        ("directive", "các cơ sở kinh doanh, các hộ gia đình"),
        ("directive", "Tổ trưởng các tổ dân phố")]


def test_an_outcome_after_trong_do_is_a_result_of_its_own():
    text = ("Hoạt động giám sát của HĐND xã được thực hiện ngay từ đầu năm, trong đó công tác "
            "khảo sát, giám sát của Thường trực HĐND được tăng cường.")
    assert [t for _, _, t in read(text, 200)] == [
        "Hoạt động giám sát của HĐND xã được thực hiện ngay từ đầu năm",
        "trong đó công tác khảo sát, giám sát của Thường trực HĐND được tăng cường"]


def test_outcomes_of_progress_without_a_figure_are_results():
    text = ("Tình hình kinh tế của xã tiếp tục phát triển, các chỉ tiêu chủ yếu đều tăng. Thu "
            "ngân sách có nhiều cố gắng.")
    assert [t for _, _, t in read(text, 200)] == [
        "Tình hình kinh tế của xã tiếp tục phát triển", "các chỉ tiêu chủ yếu đều tăng",
        "Thu ngân sách có nhiều cố gắng"]


def test_a_page_copied_one_paragraph_to_a_line_takes_its_first_line_as_title():
    # held out 5's r86: no blank line anywhere, so the whole article was its "title", and
    # the periods it named ("… nhiệm vụ 6 tháng cuối năm 2020", then "Trong 6 tháng đầu
    # năm, …") were read as the report's and the next one, the wrong way round: the
    # half-year's results became promises
    text = ("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21\n"
            "Ngày 14/7, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 21 đánh giá công "
            "tác lãnh đạo thực hiện nhiệm vụ; Triển khai phương hướng nhiệm vụ 6 tháng cuối "
            "năm 2020.\n"
            "Trong 6 tháng đầu năm, Huyện ủy đã lãnh đạo hoàn thành một số chỉ tiêu quan "
            "trọng như: Tổng sản lượng lương thực đạt trên 40.000 tấn; trồng mới được gần "
            "1.500ha rừng.\n")
    report = extract_report(text)
    assert report.title == "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21"
    assert [(i.kind, i.text[:22]) for i in report.items[1:]] == [
        ("action", "Tổng sản lượng lương t"), ("action", "trồng mới được gần 1.5")]


def test_an_obligation_by_a_date_keeps_its_deadline_and_a_purpose_ends_the_list():
    # held out 6's d50, a plan reported in the press: the date opens the sentence and is
    # written with hyphens; the page has no date of its own, so the year is the first its
    # text names; the next sentence says what the survey is for, no one's task
    text = ("Theo kế hoạch, thời gian điều tra, rà soát tiến hành từ ngày 1-9 đến hết ngày "
            "31-12-2018. Trước ngày 25-10, UBND các huyện, thị xã, thành phố phải báo cáo sơ "
            "bộ kết quả rà soát trên địa bàn. Việc điều tra, rà soát xác định hộ nghèo; hộ "
            "cận nghèo làm cơ sở thực hiện các chính sách an sinh xã hội năm 2019.\n")
    items = extract_report(text).items
    assert [(i.kind, i.unit, i.due, i.text[:30]) for i in items] == [
        ("directive", "UBND các huyện, thị xã, thành phố", "2018-10-25",
         "Trước ngày 25-10, UBND các huy")]


def test_a_monthly_meeting_page_reviews_the_month_before_the_one_its_title_names():
    # held out 5's r83: "giao ban công tác tháng 8/2015" reviews July and sets August's
    # tasks ("Nhiệm vụ tháng 8, …"); July's results help the youth ("thanh, thiếu niên"),
    # which names no shortcoming; a decree's number keeps its colon ("Số: 108/2014/NĐ-CP")
    text = ("Hội nghị giao ban công tác tháng 8/2015\n"
            "Sáng ngày 8/8, Phòng Giáo dục và Đào tạo thị xã tổ chức Hội nghị giao ban đánh giá "
            "tình hình thực hiện nhiệm vụ tháng 7/2015 và triển khai nhiệm vụ trọng tâm tháng "
            "8/2015.\n"
            "Hội nghị đã đánh giá công tác tháng 7 với những kết quả nổi bật: Các trường thực "
            "hiện tốt nhiệm vụ của Ngành, tổ chức có hiệu quả các hoạt động hè cho thanh, thiếu "
            "niên.\n"
            "Nhiệm vụ tháng 8, toàn huyện tập trung chuẩn bị các điều kiện phục vụ khai giảng năm "
            "học mới; triển khai Nghị định Số: 108/2014/NĐ-CP về chính sách tinh giản biên chế.\n")
    report = extract_report(text)
    assert (report.period.label, report.next_period.label) == ("tháng 7/2015", "tháng 8/2015")
    assert [(i.kind, i.text[:30]) for i in report.items] == [
        ("action", "Hội nghị đã đánh giá công tác "), ("action", "Các trường thực hiện tốt nhiệm"),
        ("action", "tổ chức có hiệu quả các hoạt đ"), ("commitment", "toàn huyện tập trung chuẩn bị "),
        ("commitment", "triển khai Nghị định Số: 108/2")]


def test_what_a_meeting_heard_after_trong_do_are_results():
    # held out 5's r82: the meeting heard the month's report, "trong đó" its results; the
    # working session itself and what a ward put forward at it are no results (r89)
    text = ("Tại Hội nghị, các đại biểu đã nghe báo cáo kết quả công tác tháng 10, trong đó "
            "Đảng ủy xã đã lãnh đạo, chỉ đạo toàn diện các lĩnh vực, đạt nhiều kết quả tích "
            "cực; an ninh trật tự được bảo đảm. Sáng ngày 17/4, Quận ủy - UBND quận đã có buổi "
            "làm việc với phường về chương trình công tác năm 2018. Tiếp đó, Đảng ủy phường đã "
            "trình bày các kiến nghị, đề xuất về công tác xây dựng cơ bản.\n")
    assert [(i.kind, i.text[:30]) for i in extract_report(text).items] == [
        ("action", "Đảng ủy xã đã lãnh đạo, chỉ đạ"), ("action", "an ninh trật tự được bảo đảm")]


def test_a_paragraph_that_opens_with_the_month_reviewed_reports_it_to_its_end():
    # held out 5's r88: after "Trong tháng 04/2025, …" the paragraph goes on telling the
    # month's outcomes with no "đã" ("Công nghiệp, … tập trung sản xuất kinh doanh …")
    text = ("Mỹ Hiệp họp Ban chấp hành tháng 04/2025\n"
            "Sáng ngày 28/04/2025, Đảng bộ xã họp Ban chấp hành đánh giá tình hình thực hiện "
            "nhiệm vụ tháng 04 và đề ra phương hướng, nhiệm vụ tháng 05/2025.\n"
            "Trong tháng 04/2025, kinh tế xã tiếp tục phát triển. Công nghiệp, tiểu thủ công "
            "nghiệp, thương mại, dịch vụ tập trung sản xuất kinh doanh, tiêu thụ nông sản.\n")
    report = extract_report(text)
    assert report.period.label.startswith("tháng 04")
    assert [(i.kind, i.text[:30]) for i in report.items] == [
        ("action", "Trong tháng 04/2025, kinh tế x"), ("action", "Công nghiệp, tiểu thủ công ngh")]


def test_the_year_of_a_quarter_written_with_a_slash_and_what_comes_first_are_tasks():
    # held out 5's r81: "quý I" in the title has its year only in "quý II/2019"; the tasks
    # of the coming quarter follow "Trong quý II, …" and "Trước mắt, …"
    text = ("Huyện Gia Lâm tổ chức giao ban khối Văn hóa - Xã hội quý I\n"
            "Ngày 5/4, UBND huyện tổ chức hội nghị giao ban khối Văn hóa-Xã hội quý I; triển "
            "khai nhiệm vụ trọng tâm quý II/2019.\n"
            "Trong quý II, các ngành của huyện tiếp tục triển khai thực hiện có hiệu quả 08 "
            "nhiệm vụ trọng tâm đã được đề ra. Trước mắt, các ngành, các xã, thị trấn tập "
            "trung khắc phục ngay các tồn tại; tăng cường kỷ luật, kỷ cương hành chính.\n")
    report = extract_report(text)
    assert (report.period.start, report.next_period.start) == (date(2019, 1, 1),
                                                               date(2019, 4, 1))
    assert [(i.kind, i.text[:30]) for i in report.items] == [
        ("commitment", "tiếp tục triển khai thực hiện "),
        ("commitment", "tập trung khắc phục ngay các t"),
        ("commitment", "tăng cường kỷ luật, kỷ cương h")]


def test_a_fragment_with_no_action_after_a_comma_or_colon_stays_with_its_task():
    # directives held out 5's d39: "xử lý nghiêm các trường hợp vi phạm về: tập kết rác …"
    # and "… đúng thời gian: từ 19h đêm đến 6h sáng …" are one task each, not a task and a
    # fragment with no action of its own
    items = extract_report((ROOT / "tests" / "fixtures" / "directives_heldout5" / "d39.txt")
                           .read_text(encoding="utf-8")).items
    texts = [i.text for i in items if i.kind == "directive"]
    assert any(t.startswith("xử lý nghiêm các trường hợp vi phạm về: tập kết rác") for t in texts)
    assert any(t.startswith("Tuyên truyền người dân tập kết rác đúng thời gian: từ 19h")
               for t in texts)
    assert not any(t.startswith(("tập kết rác", "từ 19h")) for t in texts)


def test_a_press_page_names_its_sender_by_the_letter_it_says_was_issued():
    # directive follow-up p05: the requests name their speaker only as "Cục"; the page says
    # which body issued the letter, and that body is its sender
    report = extract_report(
        "Cục An toàn thực phẩm đã có công văn yêu cầu làm rõ.\n\nCụ thể, Cục yêu cầu Sở Y tế "
        "tỉnh Hà Giang tạm đình chỉ hoạt động của cơ sở cung cấp thực phẩm có nghi ngờ gây "
        "ngộ độc thực phẩm.\n")
    assert report.agency == "Cục An toàn thực phẩm"
    assert [(i.kind, i.unit, i.text[:24]) for i in report.items] == [
        ("directive", "Sở Y tế", "tạm đình chỉ hoạt động c")]


@pytest.mark.parametrize(("text", "sender"), [
    # directive follow-up held out 2, p06 and p09: a person speaks for the body of their title
    ("Sáng 19/2, ông Mai Thanh Thắng - Phó Chủ tịch UBND tỉnh Bình Định đã yêu cầu Sở GD-ĐT "
     "Bình Định nhanh chóng làm rõ vụ việc.\n", "UBND tỉnh Bình Định"),
    ("Ngày 22.9, Văn phòng UBND tỉnh Phú Yên cho biết bà Hồ Thị Nguyên Thảo, Phó chủ tịch "
     "UBND tỉnh Phú Yên, đã giao Sở TN-MT tỉnh này chủ trì kiểm tra.\n", "UBND tỉnh Phú Yên"),
    # p07: the request "của" a body "trong công văn"
    ("Đây là yêu cầu của Cục An toàn Thực phẩm (Bộ Y tế) trong công văn gửi Sở Y tế tỉnh "
     "Quảng Nam. Sở Y tế tỉnh Quảng Nam cần chỉ đạo các đơn vị tiếp tục cấp cứu.\n",
     "Cục An toàn Thực phẩm"),
    # follow-up held out 4, p16, p19, p20: a city's leadership, the Prime Minister and a
    # Deputy Prime Minister speak for their body
    ("Sau khi báo đăng, lãnh đạo UBND thành phố Đà Nẵng yêu cầu Sở Công Thương chủ trì kiểm "
     "tra, xác minh thông tin báo đã nêu.\n", "UBND thành phố Đà Nẵng"),
    ("Thủ tướng Phạm Minh Chính yêu cầu UBND tỉnh Lào Cai xây xong khu tái định cư trước "
     "ngày 31-12.\n", "Thủ tướng Chính phủ"),
    ("Tại đây, Phó Thủ tướng Chính phủ Hồ Quốc Dũng đề nghị UBND tỉnh Khánh Hòa nghiên cứu "
     "phương án thi công tuyến cao tốc.\n", "Thủ tướng Chính phủ"),
    # running held out 7, r109: the body of the title, not its officer's name
    ("Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng yêu cầu Sở Văn hóa, Thể thao và Du lịch tham "
     "mưu tổ chức lễ kỷ niệm.\n", "UBND tỉnh")])
def test_a_press_page_is_sent_by_the_body_its_requests_come_from(text, sender):
    assert extract_report(text).agency == sender


def test_a_caption_that_repeats_an_item_does_not_end_the_list():
    # directives held out 2's d14: a picture's caption repeats the first item between the
    # items of a list of requests; an obligation inside the list names its own doers
    text = ("Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các xã ven biển, Bộ chỉ huy quân sự tỉnh "
            "thực hiện một số nội dung gồm:\n\n"
            "Cấm các loại tàu thuyền ra khơi từ 5h ngày 21/7. Đồng thời, các tàu thuyền đang "
            "hoạt động trên biển phải về bờ neo đậu an toàn trước 10h cùng ngày.\n\n"
            "Tỉnh cấm các loại tàu thuyền ra khơi từ 5h ngày 21/7.\n\n"
            "Hướng dẫn tàu thuyền neo đậu tại nơi tránh trú an toàn.\n")
    assert [(i.unit, i.text[:28]) for i in extract_report(text).items] == [
        ("Chủ tịch UBND các xã ven biển, Bộ chỉ huy quân sự tỉnh", "Cấm các loại tàu thuyền ra k"),
        ("các tàu thuyền đang hoạt động trên biển", "phải về bờ neo đậu an toàn t"),
        ("Chủ tịch UBND các xã ven biển, Bộ chỉ huy quân sự tỉnh", "Hướng dẫn tàu thuyền neo đậu")]


def test_a_result_told_as_under_way_is_work_in_progress():
    # follow-up held out 3, p15: "đang được kiểm tra" tells the inspection going on
    items = extract_report(
        "Tin Hà Giang\n\nHai dự án đang được kiểm tra là khu du lịch sinh thái văn hóa tâm "
        "linh Lũng Cú và dự án Mã Pì Lèng Panorama.\n\nUBND huyện đã kiểm tra 12 công trình "
        "xây dựng trái phép.\n").items
    assert [(i.kind, i.cue, i.text[:20]) for i in items] == [
        ("action", "in_progress", "Hai dự án đang được "), ("action", "done", "UBND huyện đã kiểm t")]


def test_partners_listed_with_semicolons_stay_in_their_task():
    # follow-up held out 3, p12: "phối hợp với A; B; C <task>" names three partners of one
    # task, not a task of C's; "TP Đà Lạt" is a unit; "ra văn bản" ends the sender's name
    report = extract_report(
        "Chiều 29/6, UBND tỉnh Lâm Đồng ra văn bản hỏa tốc, giao Sở Xây dựng chủ trì, phối "
        "hợp với Sở Kế hoạch và Đầu tư; Sở Tài nguyên và Môi trường; Sở Văn hóa, Thể thao và "
        "Du lịch lập đoàn kiểm tra công trình xây dựng trái phép.\n\nUBND tỉnh Lâm Đồng giao "
        "TP Đà Lạt chủ trì phối hợp với sở, ngành liên quan thực hiện các giải pháp cứu hộ.\n")
    assert report.agency == "UBND tỉnh Lâm Đồng"
    assert [(i.unit, i.text[:30]) for i in report.items] == [
        ("Sở Xây dựng", "chủ trì, phối hợp với Sở Kế ho"),
        ("TP Đà Lạt", "chủ trì phối hợp với sở, ngành")]


def test_a_comma_written_with_no_space_still_cuts_a_list_of_tasks():
    # running held out 8, r114: "…, đơn vị,tiếp tục chỉ đạo …"
    items = extract_report(
        "Huyện ủy hội nghị lần thứ 19\n\nTrong 3 tháng còn lại của năm 2019, Huyện ủy sẽ tập "
        "trung củng cố các chức danh lãnh đạo chủ chốt ở các địa phương, đơn vị,tiếp tục chỉ "
        "đạo triển khai thực hiện mô hình Văn phòng tham mưu, giúp việc chung của cấp xã.\n").items
    assert [i.text.endswith(("các địa phương, đơn vị", "chung của cấp xã")) for i in items] == [
        True, True]


def test_a_request_word_after_theo_or_noi_dung_is_a_noun():
    # directives held out 10, d88: "… báo cáo Thường trực Tỉnh ủy theo đúng nội dung yêu cầu
    # tại Công văn số 286-CV/TU …" asks no one (running.json not_request_after): the list of
    # units that opens the paragraph does the reporting ("thường  xuyên", written with two
    # spaces, is how it does so, not the end of the last unit's name); the report they are
    # asked for next, with its own deadline, is a task of its own
    # (and the next paragraph, "Tất cả các sở, …; Báo cáo kịp thời … trước 8h00 ngày
    # 16/02/2021", with its time limit, is asked too: running.json time_limit)
    items = extract_report(ROOT / "tests" / "fixtures" / "directives_heldout10" / "d88.txt").items
    texts = [i.text[:24] for i in items if i.kind == "directive"]
    assert texts[:4] == [
        "tổ chức trực trong thời ", "lập danh sách lãnh đạo t", "thường xuyên cập nhật tì",
        "Báo cáo nhanh gửi trước "]
    assert "Tất cả các sở, ban, ngàn" in texts


def test_a_notice_to_units_that_they_carry_something_out_asks_them():
    # directives held out 79, d734: "Chủ tịch UBND thành phố Bạc Liêu thông báo đến Thủ
    # trưởng các phòng, ban, … thực hiện treo cờ Tổ quốc …, cụ thể như sau:" asks them (a
    # notice "đến … được biết và quan tâm, thực hiện." asks no one: its courtesy); its first
    # item names whom it is for ("Tất cả các cơ quan Đảng, … treo cờ Tổ quốc …")
    items = extract_report(ROOT / "tests" / "fixtures" / "directives_heldout79" / "d734.txt").items
    assert [(i.unit[:20], i.text[:24]) for i in items if i.kind == "directive"] == [
        ("Tất cả các cơ quan Đ", "treo cờ Tổ quốc trong 02"),
        ("Chủ tịch UBND các ph", "chỉ đạo tăng cường công "),
        ("Chủ tịch UBND các ph", "Thực hiện việc treo cờ đ"),
        ("Các đơn vị phường, x", "cần kiểm tra và tổ chức ")]


HELD_OUT_11 = ROOT / "tests" / "fixtures" / "directives_heldout11"


def test_a_page_cut_before_its_title_opens_with_a_request_and_its_numbered_list():
    # directives held out 11, d101: the first line announces the list with its colon (no
    # headline ends so), and a numbered item goes on with it whatever it opens with
    report = extract_report(
        "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng đơn vị thực hiện:\n\n1. Cơ quan, đơn vị "
        "trường học báo cáo tình hình thực hiện sinh hoạt chào cờ đầu tuần tại đơn vị trước "
        "ngày 10 tháng 4 năm 2023.\n\n2. Phòng Chính trị, tư tưởng phối hợp với các phòng "
        "thuộc Sở tổ chức dự sinh hoạt chào cờ tại các đơn vị.Liên kết bài viết gốc\n")
    # (the first item names its own addressee, who the registry does not know: asked by
    # name, its task past the name)
    assert [(i.kind, i.unit, i.text[:28]) for i in report.items] == [
        ("directive", "Cơ quan, đơn vị trường học", "báo cáo tình hình thực hiện "),
        ("directive", "Phòng Chính trị, tư tưởng", "phối hợp với các phòng thuộc")]


def test_a_numbered_unit_over_dashes_is_asked_the_dashes():
    # directives held out 11, d106: "UBND xã yêu cầu:" then "1. Công an xã" with no colon,
    # then dash items, one written with no space after its dash
    report = extract_report(
        "THÔNG BÁO v/v tăng cường kiểm tra khai thác đất cát trái phép\n\nUBND xã yêu cầu:\n\n"
        "1. Công an xã\n\n-Thường xuyên tuần tra, kiểm soát để kịp thời phát hiện, xử lý "
        "nghiêm các đối tượng vi phạm.\n\n2. Công chức Địa chính- Đất đai\n\n- Tuyên truyền "
        "sâu rộng trong nhân dân về tài nguyên khoáng sản đất, cát.\n")
    assert [(i.unit, i.text[:20]) for i in report.items] == [
        ("Công an xã", "Thường xuyên tuần tr"), ("Công chức Địa chính- Đất đai", "Tuyên truyền sâu rộn")]


def test_a_task_given_is_the_units_even_when_told_as_done():
    # directives held out 11, d103: "UBND huyện đã giao Phòng … chủ trì …" gives the unit its
    # task (running.json assigned_done); "… các nhiệm vụ UBND tỉnh đã giao cho …" names
    # tasks given before, no new one (held out 3, d20)
    given = extract_report(
        "Cam Lâm chấn chỉnh quản lý đất đai\n\nTại cuộc họp, lãnh đạo UBND huyện đã phê bình "
        "lãnh đạo UBND các xã. Để chấn chỉnh, UBND huyện đã giao Phòng Tài nguyên và Môi "
        "trường chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng xây dựng đề cương báo cáo.\n")
    assert [(i.kind, i.unit) for i in given.items if i.kind != "action"] == [
        ("directive", "Phòng Tài nguyên và Môi trường")]
    named = extract_report(
        "Chuyển đổi số\n\nYêu cầu Sở Khoa học và Công nghệ chủ trì rà soát lại các nhiệm vụ "
        "UBND tỉnh đã giao cho các cơ quan, đơn vị, địa phương tại các Kế hoạch.\n")
    assert [i.unit for i in named.items] == ["Sở Khoa học và Công nghệ"]


def test_a_connector_goes_on_with_the_speaker_and_when_ends_an_addressee():
    # directives held out 11, d104: "Đồng thời cũng yêu cầu …" asks; "các Đảng bộ … khi
    # thực hiện …": the addressee ends before "khi"; "đảm bảo yêu cầu" is a noun
    items = extract_report(HELD_OUT_11 / "d104.txt").items
    asked = [(i.unit, i.text[:22]) for i in items if i.kind == "directive"]
    assert ("các Đảng bộ trực thuộc Huyện ủy", "khi thực hiện việc thô") in asked
    assert asked[-1] == ("các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện, các Đảng bộ trực "
                         "thuộc Huyện ủy", "quan tâm chỉ đạo thực ")
    assert not any(text.startswith("nội dung và thời gian") for _, text in asked)


HELD_OUT_10 = ROOT / "tests" / "fixtures" / "running_heldout10"


def test_what_a_speaker_says_units_must_do_in_the_coming_period_is_asked_of_them():
    # running held out 10, r130: "… nhấn mạnh: Trong thời gian tới, cấp ủy, chính quyền xã
    # Huổi Lếch cần …": directives to them, not the page's own promises; the visit itself
    # ("… đã đến thăm và làm việc tại xã …") is no result
    items = extract_report(HELD_OUT_10 / "r130.txt").items
    assert [(i.kind, i.unit) for i in items][:2] == [
        ("directive", "cấp ủy, chính quyền xã Huổi Lếch")] * 2
    assert not any(i.kind == "action" for i in items)


def test_the_coming_period_before_its_unit_with_no_comma_opens_the_tasks():
    # running held out 10, r131: the caption above quotes the sentence, which says it in
    # full after its ground; "tích cực" ends the unit's name
    items = extract_report(HELD_OUT_10 / "r131.txt").items
    tasks = [(i.unit, i.text[:40]) for i in items if i.kind == "commitment"]
    assert tasks[0] == ("Ban đại diện hội Người cao tuổi Huyện",
                        "tích cực vận động hội viên tham gia sinh")
    # (a promised job of a few words before a comma stands alone: "Tham gia bảo vệ môi
    # trường, xây dựng NTM và" is two)
    assert len(tasks) == 5 and tasks[2][1].startswith("Triển khai chương trình tham gia")


@pytest.mark.parametrize(("text", "found"), [
    # r135: the targets a council sets after "đưa ra … các chỉ tiêu … như:" are its tasks
    ("HĐND thành phố họp kỳ thứ 7\n\nKỳ họp cũng đã đưa ra các giải pháp và các chỉ tiêu "
     "KT-XH trong năm 2018 như: tốc độ tăng GRDP 7,28%; thu ngân sách 290 tỷ đồng.\n",
     [("commitment", None, "tốc độ tăng GRDP 7,28%"),
      ("commitment", None, "thu ngân sách 290 tỷ đồng")]),
    # r138, r139: "Đảng bộ" heads a unit's name; a count may open an addressee
    ("Hội nghị sơ kết\n\nĐồng chí Bí thư đánh giá cao sự chủ động của Đảng bộ phường. Đồng "
     "thời yêu cầu Đảng bộ phường tiếp tục nỗ lực, tăng cường vận động nhân dân thực hiện "
     "tốt Đề án 06 của Chính phủ.\n",
     [("directive", "Đảng bộ phường", "tiếp tục nỗ lực, tăng cường vận động nhân dân thực hiện ")]),
    ("Chào mừng Đại hội\n\nỦy ban nhân dân phường Lê Lợi xây dựng kế hoạch đề nghị 18 Tổ "
     "Dân phố trên địa bàn phường thực hiện một số nội dung sau:\n- Treo băng zôn, cờ chuối, "
     "cờ đuôi cá, dây cờ màu tại cổng chào.\n",
     [("directive", "18 Tổ Dân phố",
       "Treo băng zôn, cờ chuối, cờ đuôi cá, dây cờ màu tại cổng")]),
])
def test_targets_set_and_addressees_by_their_party_body_or_count(text, found):
    assert [(k, u, t) for k, u, t in read(text, 56) if k != "action"] == [
        (k, u, t[:56]) for k, u, t in found]


def test_a_councils_own_business_is_no_result_and_help_for_workers_in_hardship_is():
    # running held out 10, r135 and r134: votes, by-elections and answers to voters tell
    # of the session; "tặng 162 suất quà cho CNVCLĐ khó khăn" names no shortcoming
    found = read(
        "HĐND thành phố họp kỳ thứ 7\n\nTại kỳ họp này, HĐND thành phố đã biểu quyết thông qua "
        "9 nghị quyết; bầu bổ sung 2 ủy viên UBND thành phố. Trong 6 tháng đầu năm, các CĐCS "
        "đã thực hiện tốt chức năng đại diện. Đã tặng 162 suất quà cho CNVCLĐ khó khăn số tiền "
        "877 triệu; tín chấp ngân hàng chính sách cho 10 CNLĐ vay 300 triệu đồng.\n", 24)
    assert [text for kind, _, text in found if kind == "action"] == [
        "Trong 6 tháng đầu năm, c", "Đã tặng 162 suất quà cho", "tín chấp ngân hàng chính"]


def test_a_province_asked_and_what_it_must_do_after_the_request():
    # follow-up held out 4, p20: "yêu cầu tỉnh Khánh Hòa cần …" asks the province; the
    # obligations after it name no one and ask it too; "Trước khi …, <units> cần …" keeps
    # its time; "Hiện nay, Chính phủ có chủ trương …" is background, no request
    found = read(
        "Tại đây, Phó Thủ tướng Chính phủ Hồ Quốc Dũng yêu cầu tỉnh Khánh Hòa cần tập trung "
        "nhân lực và thiết bị để thông tuyến trên đèo Khánh Lê một cách nhanh nhất.\n\nTrong "
        "quá trình thi công khắc phục sạt lở phải tuyệt đối chú ý an toàn cho lực lượng tham "
        "gia.\n\nTrước khi thông xe trên tuyến đèo Khánh Lê, các đơn vị chuyên môn liên quan "
        "cần rà soát thật kỹ các điểm khác có nguy cơ sạt lở.\n\nVề lâu dài, Phó Thủ tướng đề "
        "nghị Ủy ban Nhân dân tỉnh Khánh Hòa nghiên cứu phương án thi công tuyến cao tốc. Hiện "
        "nay, Chính phủ có chủ trương đầu tư xây dựng các tuyến cao tốc.\n", 26)
    assert found == [
        ("directive", "tỉnh Khánh Hòa", "cần tập trung nhân lực và "),
        ("directive", "tỉnh Khánh Hòa", "Trong quá trình thi công k"),
        ("directive", "các đơn vị chuyên môn liên quan", "Trước khi thông xe trên tu"),
        ("directive", "UBND tỉnh Khánh Hòa", "nghiên cứu phương án thi c")]


def test_a_relayed_notice_gives_each_unit_it_opens_with_its_task():
    # directives held out 12, d112: "… đã ban hành Thông báo số 6201/TB-UBND … với nội dung
    # như sau:" then paragraphs that open with a unit and an action (running.json relays)
    found = read(
        "Treo cờ Tổ quốc và nghỉ Tết Dương lịch\n\nNgày 23/12/2019, Ủy ban nhân dân quận đã ban "
        "hành Thông báo số 6201/TB-UBND về treo cờ Tổ quốc nghỉ Tết Dương lịch 2020 với nội "
        "dung như sau:\n\nPhòng Tài nguyên và Môi trường có kế hoạch và thực hiện tổng vệ sinh "
        "toàn quận trước ngày 29/12/2019.\n\nPhòng Văn hóa và Thông tin giám sát việc treo cờ "
        "Tổ quốc trên địa bàn Quận.\n", 24)
    assert found == [("directive", "Phòng Tài nguyên và Môi trường", "có kế hoạch và thực hiện"),
                     ("directive", "Phòng Văn hóa và Thông tin", "giám sát việc treo cờ Tổ")]


def test_a_request_list_goes_on_past_a_line_about_the_meeting():
    # running held out 11, r140: the caption-like line about the chairman's speech does not
    # end his requests; "Cùng với đó …" carries them on; "trong thời (gian) tới" after a
    # comma ends the addressee; "… 6/27 chỉ tiêu không đạt …" is a shortcoming
    found = read(
        "UBND huyện Gò Dầu họp phiên định kỳ\n\nPhát biểu kết luận cuộc họp, Chủ tịch UBND "
        "huyện đề nghị các ngành chức năng, trong thời gian tới cần tập trung phát triển công "
        "nghiệp theo hướng công nghệ cao.\n\nChủ tịch UBND huyện phát biểu kết luận hội nghị."
        "\n\nCùng với đó nâng cao chất lượng sản xuất nông nghiệp; đảm bảo công bằng và an sinh "
        "xã hội.\n\nBên cạnh đó huyện vẫn còn 6/27 chỉ tiêu không đạt Nghị quyết HĐND huyện đề "
        "ra.\n", 24)
    assert [(k, u) for k, u, _ in found] == [("directive", "các ngành chức năng")] * 3
    assert found[1][2] == "nâng cao chất lượng sản "


@pytest.mark.parametrize(("text", "found"), [
    # r142: "nỗ lực" is a word of manner before the action; "Trên đây là …" points back
    ("HĐND huyện An Dương họp kỳ thứ 7\n\nTrên đây là một trong những nhiệm vụ quan trọng tại "
     "kỳ họp thứ 7 đề ra.\n\nTrong thời gian tới, HĐND-UBND huyện sẽ tập trung thực hiện 10 "
     "nhiệm vụ trọng tâm.\n\nTrong đó, nỗ lực hoàn thiện 21 công trình xây dựng nông thôn mới; "
     "tăng thu ngân sách.\n",
     # (the task past its subject and "sẽ", as in a promise with no forward opening)
     [("commitment", "HĐND-UBND huyện", "tập trung thực hiện 10 nh"),
      ("commitment", None, "nỗ lực hoàn thiện 21 công"), ("commitment", None, "tăng thu ngân sách")]),
    # d115: "nên" ends the addressee, as "cần" does
    ("Ủy ban bầu cử xã họp\n\nYêu cầu các Tiểu ban bầu cử nên hoàn chỉnh kế hoạch trình lên "
     "Ủy ban bầu cử xã.\n",
     [("directive", "các Tiểu ban bầu cử", "nên hoàn chỉnh kế hoạch t")]),
])
def test_manner_words_a_look_back_and_should(text, found):
    assert [f for f in read(text, 25) if f[0] != "action"] == [
        (k, u, t[:25]) for k, u, t in found]


def test_a_headline_with_a_full_stop_names_the_month_reviewed():
    # running held out 11, r144: the headline ends with a full stop; a long dash item below
    # is no title, so "Trong tháng 6, …" speaks of the coming month, not of the one reviewed
    report = extract_report(
        "Hội nghị giao ban Mặt trận Tổ quốc các xã tháng 5/2018.\n\nÔng Chủ tịch Ủy ban MTTQ "
        "Việt Nam huyện kết luận chỉ đạo như sau:\n\n- Trong tháng 6, Ban Thường trực Ủy ban "
        "MTTQ Việt Nam huyện tiếp tục theo dõi nắm bắt dư luận xã hội để kịp thời định hướng "
        "tuyên truyền, vận động nhân dân. Hướng dẫn cho Ban Thường trực Ủy ban MTTQ Việt Nam "
        "các xã xây dựng Văn kiện Đại hội MTTQ Việt Nam nhiệm kỳ 2019-2024.\n")
    assert report.title == "Hội nghị giao ban Mặt trận Tổ quốc các xã tháng 5/2018."
    assert report.period is not None and report.period.label == "tháng 5/2018"
    # (the chair's conclusions ask the board named: directives, running.json directs_below;
    # before the forty-fourth session they were read as the body's own promises)
    assert [(i.kind, i.unit) for i in report.items] == [
        ("directive", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện")] * 2


def test_the_matter_a_request_names_before_whom_it_asks():
    # running held out 11, r141: "yêu cầu: Đối với …, <units> cần …" asks the units; "Trong
    # sản xuất nông nghiệp …," is only the topic of the task after its comma; held out 2,
    # r40: "Về công tác Đảng cần tập trung …" is a task after its topic, not a topic
    found = read(
        "UBND tỉnh tổ chức hội nghị\n\nPhát biểu chỉ đạo hội nghị, đồng chí Chủ tịch UBND tỉnh "
        "yêu cầu: Đối với những ngày còn lại của năm 2017, các sở, ngành, các huyện, thành phố "
        "Nam Định cần tập trung chỉ đạo hoàn thành các chỉ tiêu còn lại của năm 2017. Trong sản "
        "xuất nông nghiệp và xây dựng nông thôn mới, các địa phương tập trung chỉ đạo điều hành "
        "sản xuất nông nghiệp.\n", 30)
    assert found == [
        ("directive", "các sở, ngành, các huyện, thành phố Nam Định", "cần tập trung chỉ đạo hoàn thà"),
        ("directive", "các địa phương", "tập trung chỉ đạo điều hành sả")]


def test_a_bare_purpose_and_a_note_about_an_attachment_are_no_tasks():
    # directives held out 11, d107 and d100
    found = read(
        "Ban chỉ đạo xã họp\n\nBan chỉ đạo xã yêu cầu các thôn tổ chức tổng vệ sinh. Để cử tri "
        "nắm được tính quan trọng của việc sáp nhập vào thành phố.\n\n(Danh sách ở file kèm "
        "theo)\n", 20)
    assert found == [("directive", "các thôn", "tổ chức tổng vệ sinh")]


def test_a_council_named_first_carries_the_list_and_directions_may_name_no_one():
    # running held out 12, r152 and r158: "HĐND, UBND, … xã chuẩn bị …" opens with units
    # (HĐND heads a name); "… chỉ đạo cần sớm xây dựng …" asks with no addressee named
    found = read(
        "Hội nghị Đảng ủy xã\n\nĐồng chí Bí thư yêu cầu triển khai thực hiện một số nội dung "
        "quan trọng sau:\n\nTiếp tục tuyên truyền, treo cờ, khẩu hiệu tại trung tâm xã.\n\nHĐND, "
        "UBND, Ủy ban Mặt trận Tổ quốc Việt nam xã chuẩn bị các nội dung để tiến hành bầu cử."
        "\n", 22)
    assert found == [
        ("directive", None, "Tiếp tục tuyên truyền,"),
        ("directive", "HĐND, UBND, Ủy ban Mặt trận Tổ quốc Việt nam xã", "chuẩn bị các nội dung ")]
    found = read(
        "Xã Thuận An đoàn kết xây dựng đời sống văn hóa\n\nPhát biểu tại hội nghị, Phó Chủ tịch "
        "UBND thành phố biểu dương những kết quả đạt được của xã.\n\nKết thúc hội nghị, Phó Chủ "
        "tịch UBND thành phố chỉ đạo cần sớm xây dựng chuyên đề về tổ chức các hoạt động Tết.\n", 22)
    assert found[-1] == ("directive", None, "cần sớm xây dựng chuyê")


def test_a_list_of_requests_is_not_turned_into_the_bodys_own_tasks():
    # directives held out 13, d119: "…; xác định đây là nhiệm vụ chính trị quan trọng …" in
    # a dash item of a request names no tasks of the body's own (tasks_named_after), and
    # "tổ chức chính trị - xã hội", "tổ chức đảng" are organisations, not "to organise"
    found = read(
        "Thành ủy có công văn\n\nTheo đó, Ban Thường vụ Thành ủy yêu cầu các cấp ủy đảng, chính "
        "quyền, Mặt trận Tổ quốc và tổ chức chính trị - xã hội thành phố tập trung thực hiện tốt "
        "một số nhiệm vụ trọng tâm sau:\n\n- Tiếp tục tổ chức thực hiện nghiêm Nghị quyết số "
        "59-NQ/TW; phát huy vai trò, trách nhiệm của các cấp ủy, tổ chức đảng, nhất là người "
        "đứng đầu; xác định đây là nhiệm vụ chính trị quan trọng, lâu dài.\n", 20)
    unit = "các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và tổ chức chính trị - xã hội thành phố"
    assert [(k, u) for k, u, _ in found] == [("directive", unit)] * 3
    assert found[1][2] == "phát huy vai trò, tr"


def test_a_page_on_the_months_gone_by_reports_its_next_paragraphs_too():
    # running held out 12, r157: after "Trong 6 tháng qua …", a paragraph that opens with an
    # action (or a unit and its action) is a result as well (running.json looking_back)
    found = read(
        "Mặt trận xã sơ kết 6 tháng\n\nTrong 6 tháng qua Ban thường trực Ủy ban Mặt trận Tổ quốc "
        "phối hợp với chính quyền tuyên truyền về Đại hội Đảng đạt kết quả tốt.\n\nHưởng ứng cuộc "
        "vận động quyên góp ủng hộ của các ngành, các cấp.\n", 24)
    assert [(k, t) for k, _, t in found] == [
        ("action", "Trong 6 tháng qua Ban th"), ("action", "Hưởng ứng cuộc vận động ")]


def test_a_press_account_of_dated_events_and_of_what_was_just_done_reports_results():
    # follow-up held out 2 and 3 (the press's later accounts): "Đồng thời, ngày 26/3, UBND
    # tỉnh … ban hành …" and "Cụ thể, sáng 27/3 có 192 học sinh đi học …" tell what happened
    # on those days (running.json dated_event); "… vừa thành lập Đoàn thanh tra …" was just
    # done (backward); the meeting itself on a day is still no result ("Sáng ngày 28/04/2025,
    # Đảng bộ xã … họp Ban chấp hành …")
    found = read(
        "Học sinh trở lại trường\n\nĐồng thời, ngày 26/3, UBND tỉnh Quảng Ninh ban hành công văn "
        "hỏa tốc chỉ đạo ổn định học tập. Cụ thể, sáng 27/3 có 192 học sinh đi học.\n\n"
        "Thanh tra tỉnh vừa thành lập Đoàn thanh tra gồm 11 thành viên liên ngành.\n\n"
        "Sáng ngày 28/04/2025, Đảng bộ xã Mỹ Hiệp họp Ban chấp hành lần thứ 54 đánh giá tình "
        "hình thực hiện nhiệm vụ tháng 04.\n", 24)
    assert [(k, t) for k, _, t in found] == [
        # ("Cụ thể," is no part of the result: running.json paragraph_lead)
        ("action", "Đồng thời, ngày 26/3, UB"), ("action", "sáng 27/3 có 192 học sin"),
        ("action", "Thanh tra tỉnh vừa thành")]


def test_a_numbered_list_broken_over_a_line_goes_on():
    # running held out 13, r161: "… (4) duy trì …;" then, on the next line, "(5) thực hiện
    # hiệu quả …": one list of five tasks, the fifth no less a task for its line break
    found = read(
        "Hội nghị sơ kết học kỳ I\n\nSau khi thảo luận, đồng chí Giám đốc Sở đưa ra 5 nhiệm vụ "
        "trọng tâm trong học kỳ II: (1) tiếp tục đẩy mạnh thực hiện kỷ cương; (2) thực hiện tốt "
        "công tác nội trú, bán trú; (3) chú trọng công tác ôn tập cho học sinh; (4) duy trì số "
        "lượng học sinh đi học chuyên cần;\n(5) thực hiện hiệu quả công tác phối hợp.\n", 20)
    assert [t for _, _, t in found][-1] == "thực hiện hiệu quả c"
    assert len(found) == 5


def test_a_passive_request_asks_its_subject_and_a_body_pointed_back_to():
    # directives held out 14, d128: "UBND các huyện, thị xã, thành phố được yêu cầu …" asks
    # them; "Sở này cũng được chỉ đạo …" asks the Sở asked before; "liên tục" is no part of
    # the addressee's name; the chairman "vừa chỉ đạo": the page is the province's
    found = extract_report(
        "Gia súc chết rét\n\nVăn bản này yêu cầu Sở NNPTNT tỉnh thành lập đoàn kiểm tra về địa "
        "bàn huyện A Lưới. Sở này cũng được chỉ đạo hướng dẫn thống kê thiệt hại theo đúng quy "
        "định.\n\nChủ tịch UBND tỉnh Thừa Thiên Huế chỉ đạo Văn phòng Ban Chỉ huy phòng chống "
        "thiên tai và tìm kiếm cứu nạn tỉnh liên tục cập nhật tình hình thời tiết.\n\nUBND các "
        "huyện, thị xã, thành phố được yêu cầu chủ động bố trí ngân sách của địa phương.\n")
    assert [(i.kind, i.unit, i.text[:20]) for i in found.items] == [
        ("directive", "Sở NNPTNT tỉnh", "thành lập đoàn kiểm "),
        ("directive", "Sở NNPTNT tỉnh", "hướng dẫn thống kê t"),
        ("directive", "Văn phòng Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh",
         "liên tục cập nhật tì"),
        ("directive", "UBND các huyện, thị xã, thành phố", "chủ động bố trí ngân")]
    assert found.agency == "UBND tỉnh Thừa Thiên Huế"


# where a sentence's items begin: (text, width, the first `width` characters of each item)
PIECES = {
    # running held out 12, r156: "(đạt 104,11% dự toán tỉnh giao; đạt 100,26% …)" is one
    # result's detail, not two more results
    "no_cut_inside_brackets": (
        "Huyện ủy họp\n\nTính đến ngày 30/6/2024 tổng thu ngân sách nhà nước đạt 832 tỷ đồng "
        "(đạt 104,11% dự toán tỉnh giao; đạt 100,26% dự toán của huyện); tổng giá trị sản "
        "xuất ước đạt 3.807,927 tỷ đồng.\n", 30,
        ["Tính đến ngày 30/6/2024 tổng t", "tổng giá trị sản xuất ước đạt "]),
    # running held out 13, r160: "tập trung tháo gỡ các khó khăn, vướng mắc, thúc đẩy phát
    # triển kinh tế- xã hội": "thúc đẩy" opens a second task (verbs.jsonl verb.cham_lo)
    "common_verbs_of_the_office": (
        "Huyện sơ kết 6 tháng\n\nNhiệm vụ 6 tháng cuối năm, huyện Ngân Sơn tập trung tháo gỡ các "
        "khó khăn, vướng mắc, thúc đẩy phát triển kinh tế- xã hội; thực hiện các giải pháp tăng "
        "thu ngân sách.\n", 24,
        ["huyện Ngân Sơn tập trung", "thúc đẩy phát triển kinh", "thực hiện các giải pháp "]),
    # directives held out 14, d132: "Trong đó, tập trung một số nội dung: Lãnh đạo triển khai
    # …" announces the tasks after its colon (running.json task_list_lead)
    "focusing_only_announces": (
        "Hội nghị Thành ủy\n\nGiao Ban Thường vụ Thành ủy chỉ đạo tiếp thu các ý kiến góp ý và kết "
        "luận hội nghị.\n\nTrong đó, tập trung một số nội dung: Lãnh đạo triển khai thực hiện "
        "toàn diện các nhiệm vụ về công tác xây dựng Đảng.\n", 20,
        ["chỉ đạo tiếp thu các", "Lãnh đạo triển khai "]),
    # running held out 13, r166: ", đây là cơ sở quan trọng để …" says what the result serves
    # (running.json contribution); "… hoạt động tích cực" is an outcome stated in full
    "what_a_result_serves_and_an_outcome_of_activity": (
        "Hội nghị sơ kết\n\nNiềm tin của nhân dân đối với Đảng được củng cố, đây là cơ sở quan "
        "trọng để thực hiện thắng lợi các mục tiêu. An ninh chính trị được giữ vững, hệ thống "
        "chính trị từ huyện đến cơ sở hoạt động tích cực, trách nhiệm.\n", 200,
        ["Niềm tin của nhân dân đối với Đảng được củng cố", "An ninh chính trị được giữ vững",
         "hệ thống chính trị từ huyện đến cơ sở hoạt động tích cực, trách nhiệm"]),
    # running held out 9, r128: "Đối với …, huyện sẽ tổ chức …": the task is what follows
    # "sẽ", past the topic and the subject (running.json subject_future)
    "a_promise_begins_after_its_subject": (
        "Huyện chuẩn bị Tết\n\nĐối với các hoạt động mừng Đảng mừng xuân Bính Thân, huyện sẽ tổ "
        "chức tuần lễ văn hóa – văn nghệ mừng Đảng- mừng xuân, bắn pháo hoa đêm giao thừa.\n", 20,
        ["tổ chức tuần lễ văn ", "bắn pháo hoa đêm gia"]),
    # running held out 14, r170 and r177: who tells a result and when come before it
    # (running.json told_by); "… có những chuyển biến tích cực, Quốc phòng - An ninh được
    # giữ vững": two outcomes (outcome)
    "a_result_after_who_tells_it_and_two_outcomes": (
        "Làm việc với xã\n\nBí thư Đảng ủy xã Nhuận Đức cho biết, trong 9 tháng năm 2017, xã "
        "đã thực hiện đạt và vượt 19 chỉ tiêu. Tình hình kinh tế - xã hội của huyện tiếp tục có "
        "những chuyển biến tích cực, Quốc phòng - An ninh được giữ vững.\n", 20,
        ["xã đã thực hiện đạt ", "Tình hình kinh tế - ", "Quốc phòng - An ninh"]),
    # directives held out 16, d148: the fields a list must hold, after "cụ thể:", are details
    # of the task, no tasks ("Họ và tên; ngày tháng năm sinh; giới tính"); a list of tasks
    # after "như:" stays a list ("… tập trung các nhiệm vụ trọng tâm như: Kỷ niệm 66 năm …")
    "details_after_a_colon_are_no_tasks": (
        "Họp triển khai\n\nTại cuộc họp, đồng chí Trần Quốc Danh đã yêu cầu Công an xã tiến hành "
        "bàn giao cho Trưởng các thôn, danh sách công dân của từng thôn, tính đến ngày 15/3/2026 "
        "đủ 18 tuổi hiện có đăng ký hộ khẩu thường trú trên địa bàn với các trường thông tin cụ "
        "thể: Họ và tên; ngày tháng năm sinh; giới tính; dân tộc. Cập nhật thông tin danh sách "
        "cử tri trên phần mềm.\n", 20,
        ["tiến hành bàn giao c", "Cập nhật thông tin d"]),
}


@pytest.mark.parametrize("case", PIECES)
def test_where_a_sentences_items_begin(case):
    text, width, expected = PIECES[case]
    assert [t for _, _, t in read(text, width)] == expected


@pytest.mark.parametrize("headline", ["Sơ kết công tác 6 tháng đầu năm",
                                      "Tổng kết công tác Mặt trận năm 2018"])
def test_a_headline_read_as_a_heading_leaves_the_page_running_text(headline):
    # a page's headline that reads as a results heading gives no list under it: the
    # paragraphs are read as running text all the same (nlp.extract.extract_document)
    text = (f"{headline}\n\nTrong 6 tháng qua, UBND xã đã hoàn thành 12 công trình giao "
            "thông. Kết thúc hội nghị, bà Nguyễn Thị Kim Hoa - Chủ tịch Ủy ban MTTQ phường đề "
            "nghị Ban Công tác Mặt trận các khu phố tiếp tục vận động nhân dân.\n")
    assert read(text, 20) == [
        ("action", None, "Trong 6 tháng qua, U"),
        ("directive", "Ban Công tác Mặt trận các khu phố", "tiếp tục vận động nh")]


def test_a_speakers_also_is_no_part_of_its_name():
    """"… Ủy ban quốc gia về trẻ em còn yêu cầu …": the speaker is the committee, its "còn"
    (or "cũng") left out (directives held out 27, d261)."""
    from nlp.running import read as read_running

    text = ("Phòng chống bạo lực\n\nBên cạnh đó, thì Ủy ban quốc gia về trẻ em còn yêu cầu UBND "
            "tỉnh thực hiện các nhiệm vụ sau:\n\n- Có giải pháp phù hợp.\n")
    assert [f.speaker for f in read_running(text)] == ["Ủy ban quốc gia về trẻ em"]
    text = ("Phòng chống rét\n\nThực hiện công điện của Thủ tướng Chính phủ, UBND tỉnh đã yêu "
            "cầu Chủ tịch UBND các huyện tiếp tục chỉ đạo quyết liệt.\n")
    assert [f.speaker for f in read_running(text)] == ["UBND tỉnh"]


def test_a_press_page_that_tells_its_lead_again_gives_each_task_once():
    """The sapo's request told again in the body (directives held out 30, d296) is one
    task; the same words asked of another unit are another."""
    from nlp import extract_report

    lead = "Cục Trẻ em đề nghị Sở Y tế tỉnh Bắc Ninh xác minh, làm rõ vụ việc."
    again = ("Liên quan đến vụ việc, Cục Trẻ em đã đề nghị Sở Y tế tỉnh Bắc Ninh xác minh, "
             "làm rõ vụ việc.")
    other = "Cục Trẻ em cũng đề nghị Công an tỉnh Bắc Ninh xác minh, làm rõ vụ việc."
    report = extract_report(f"Tin\n\n{lead}\n\n{again}\n\n{other}\n")
    assert [(i.kind, i.unit, i.text) for i in report.items] == [
        ("directive", "Sở Y tế", "xác minh, làm rõ vụ việc"),
        ("directive", "Công an tỉnh", "xác minh, làm rõ vụ việc")]


def test_a_schedules_lines_are_tasks_due_by_the_end_of_their_span():
    # directives held out 29, d286, and held out 26, d257: a notice's schedule gives each
    # line's doer its task, due by the span's last day (running.json schedule_label,
    # nlp.tasks.scheduled_due); one who acts by itself is named without "tự" (by_itself)
    text = ("Đánh giá rèn luyện\n\nPhòng Công tác sinh viên thông báo lịch đánh giá rèn luyện "
            "như sau:\n\n• 16/9/2021 – 19/9/2021 : Sinh viên tự đánh giá rèn luyện trên phiếu\n\n"
            "• Từ ngày 20/9/2021 đến 25/9/2021: Ban cán sự lớp kiểm tra diễn giải trên phiếu.\n\n"
            "• Ngày 8/7-17/7/2017: Các trường THPT nhận đơn phúc khảo bài thi.\n")
    assert [(i.kind, i.unit, i.due, i.text[:20]) for i in extract_report(text).items] == [
        ("directive", "Sinh viên", "2021-09-19", "tự đánh giá rèn luyệ"),
        ("directive", "Ban cán sự lớp", "2021-09-25", "kiểm tra diễn giải t"),
        ("directive", "Các trường THPT", "2017-07-17", "nhận đơn phúc khảo b")]


def test_the_running_text_score_never_pairs_a_negation_with_its_positive():
    from bench.eval_running import alike

    assert not alike("chưa đạt 7/69 chỉ tiêu", "đạt 37/69 chỉ tiêu")
    assert alike("đạt 37/69 chỉ tiêu", "đạt 37/69 chỉ tiêu.")
    assert alike("không để xảy ra cháy rừng trên địa bàn", "không để xảy ra cháy rừng trên địa bàn xã")


def test_a_time_limit_without_a_year_falls_after_the_pages_date():
    # directives held out 224, d2243: "trước ngày 30/3" on a page of 07/03/2017 whose title
    # names "năm 2017" (read as the year reviewed) is 30/3/2017, not 2018; a year the text
    # writes stays, and a day before the page's date is the next year's
    text = ("UBND thị xã: Bàn phương án quản lý mô tô nước năm 2017\n\nĐăng ngày 07/03/2017\n\n"
            "Bà Nguyễn Thị Dung – phó chủ tịch UBND thị xã đã kết luận và giao nhiệm vụ. Phòng "
            "quản lý đô thị kiểm tra quy hoạch các cửa ra – vào của mô tô nước phải hoàn chỉnh "
            "trước ngày 30/3. Phòng văn hóa báo cáo kết quả trước ngày 15/1. Công an thị xã "
            "kiểm tra các bến trước ngày 20/12/2016.\n")
    assert [(i.unit, i.due) for i in extract_report(text).items if i.kind == "directive"] == [
        ("Phòng quản lý đô thị", "2017-03-30"), ("Phòng văn hóa", "2018-01-15"),
        ("Công an thị xã", "2016-12-20")]


def test_an_undated_pages_one_year_holds_its_dates():
    # directives held out 226, d2261: a page with no date that names one year ("mùa mưa, lũ
    # năm 2023") and no year to come: "trước ngày 15/8" is 2023's
    text = ("UBND tỉnh vừa ban hành công văn về việc tăng cường công tác bảo đảm an toàn công "
            "trình thủy lợi mùa mưa, lũ năm 2023.\n\nTheo đó, UBND giao Sở NN-PTNT chủ trì "
            "kiểm tra, đánh giá an toàn công trình thủy lợi và báo cáo kết quả về UBND tỉnh "
            "trước ngày 15/8.\n")
    assert [i.due for i in extract_report(text).items if i.kind == "directive"] == ["2023-08-15"]


def test_a_due_date_after_a_numbered_list_of_requests_is_every_items():
    # directives held out 36, d348: "Báo cáo gửi về … trước ngày 15 tháng 4 năm 2017." in a
    # paragraph of its own after the numbered list sets every item's deadline, not only the
    # last item's
    text = ("Báo cáo tài liệu tồn đọng\n\nTheo đó, Cục Văn thư và Lưu trữ nhà nước đề nghị Sở "
            "Nội vụ các tỉnh báo cáo một số nội dung sau:\n\n1. Thực trạng tài liệu tồn đọng, "
            "tích đống của các cơ quan, tổ chức;\n\n2. Kết quả thực hiện chỉnh lý tài liệu tồn "
            "đọng, tích đống.\n\nBáo cáo gửi về Cục Văn thư và Lưu trữ nhà nước trước ngày 15 "
            "tháng 4 năm 2017.\n")
    assert [(i.kind, i.due, i.text[:20]) for i in extract_report(text).items] == [
        ("directive", "2017-04-15", "Thực trạng tài liệu "),
        ("directive", "2017-04-15", "Kết quả thực hiện ch")]


def test_a_company_named_by_its_line_of_business():
    # running held out 45, r483: "Công ty phát triển hạ tầng KCN An Hạ" is one name (the
    # infrastructure it develops is its line of business, no act), the one directed
    items = extract_report(ROOT / "tests" / "fixtures" / "running_heldout45" / "r483.txt").items
    directed = [i for i in items if i.kind == "directive"
                and i.text.startswith("trồng cây xanh theo đúng tỷ lệ quy hoạch")]
    assert [i.unit for i in directed] == ["Công ty phát triển hạ tầng KCN An Hạ"]


def test_the_directive_score_reads_a_doer_and_its_co_doers_as_the_golds_unit_and_co_units():
    # directives held out 51, d455, and 52, d463: the gold names the first of the doers a
    # key opens with as the unit and the others as co-units; an item whose unit names them
    # together, in order, has the right unit, and its key matches past all of them
    from bench.eval_directives import key_forms, unit_right

    entry = {"key": "Đài Thông tin duyên hải Phan Thiết và Cảng vụ hàng hải Bình Thuận "
                    "phát thông tin",
             "unit": "Đài Thông tin duyên hải Phan Thiết",
             "co_units": ["Cảng vụ hàng hải Bình Thuận"]}
    assert "phát thông tin" in key_forms(entry)
    assert unit_right("Đài Thông tin duyên hải Phan Thiết và Cảng vụ hàng hải Bình Thuận",
                      entry)
    assert not unit_right("Cảng vụ hàng hải Bình Thuận và Đài Thông tin duyên hải Phan Thiết",
                          entry)
    listed = {"unit": "Phòng Quản lý dược",
              "co_units": ["các phòng ban chức năng của Sở Y tế",
                           "phòng y tế các huyện, thị xã, thành phố"]}
    assert unit_right("Phòng Quản lý dược, các phòng ban chức năng của Sở Y tế, phòng y tế các "
                      "huyện, thị xã, thành phố", listed)
    assert not unit_right("Phòng Quản lý dược", {**listed, "unit": "Sở Y tế"})
    # (held out 54, d481: a co-doer joined by "cùng")
    together = {"key": "đề nghị Ban Quản lý Dự án cùng các đơn vị tính toán phương án xây dựng",
                "unit": "Ban Quản lý Dự án", "co_units": ["các đơn vị"]}
    assert "tính toán phương án xây dựng" in key_forms(together)
    assert unit_right("Ban Quản lý Dự án cùng các đơn vị", together)
    # (held out 56, d500: the key writes a determiner before the gold's unit)
    assert "tối thiểu tham gia 1 đội" in key_forms(
        {"key": "Mỗi CLB, đội, nhóm cấp trường tối thiểu tham gia 1 đội",
         "unit": "CLB, đội, nhóm cấp trường"})
    # (held out 166, d1600: "chỉ đạo cho" as "giao cho"; a day's range before the speaker)
    assert "không được thực hiện các công việc" in key_forms(
        {"key": "Trong các ngày từ 01 đến 03/9/2011, Tổng công ty chỉ đạo các đơn vị không được "
                "thực hiện các công việc", "unit": "các đơn vị"})
    assert "tăng cường rà soát" in key_forms(
        {"key": "Cụ thể, trước ngày lễ Tổng công ty chỉ đạo cho các đơn vị: tăng cường rà soát",
         "unit": "các đơn vị"})
    # (held out 167, d1612: a speaker and its request word, no doer, then the task)
    assert "kiểm đếm, quản lý chặt chẽ việc ra khơi" in key_forms(
        {"key": "Bộ Xây dựng yêu cầu kiểm đếm, quản lý chặt chẽ việc ra khơi",
         "unit": "các Cảng vụ Hàng hải"})
    # (held out 172, d1661: "Cùng với đó," is a connector too)
    assert "các đơn vị cũng chủ động nắm bắt" in key_forms(
        {"key": "Cùng với đó, các đơn vị cũng chủ động nắm bắt", "unit": "các đơn vị"})
    # (held out 135, d1294: whom the tasks are for, then the first of them)
    assert "chủ động vận hành công trình" in key_forms(
        {"key": "Đối với các công ty KTCTTL: Chủ động vận hành công trình",
         "unit": "các công ty KTCTTL"})
    # (held out 166, d1601: a connector, then the doer the key opens with)
    assert "cần tập trung bố trí bổ sung phương tiện" in key_forms(
        {"key": "Trong đó, các cảng hàng không cần tập trung bố trí bổ sung phương tiện",
         "unit": "các cảng hàng không"})
    # (held out 55, d491: doers listed with "; " between them)
    assert unit_right("Chánh Thanh tra tỉnh; người đứng đầu các sở, ban, ngành thuộc tỉnh; chủ "
                      "tịch UBND huyện, thành phố",
                      {"unit": "Chánh Thanh tra tỉnh",
                       "co_units": ["người đứng đầu các sở, ban, ngành thuộc tỉnh",
                                    "chủ tịch UBND huyện, thành phố"]})


def test_the_directive_score_reads_a_key_that_is_all_its_doers_name_as_their_first_task():
    # directives held out 198, d1985, and ten more in older sets: the key is the doer's name
    # cut inside it, no request word before it; the first task given to that doer matches
    from bench.eval_directives import doer_key, pair_up

    entry = {"key": "Sở Y tế Hà Nam, Công an tỉnh Hà Nam, Bộ Chỉ huy quân sự tỉnh Hà Nam và "
                    "các đơn vị",
             "unit": "Sở Y tế Hà Nam, Công an tỉnh Hà Nam, Bộ Chỉ huy quân sự tỉnh Hà Nam và "
                     "các đơn vị liên quan"}
    assert doer_key(entry) == ""
    texts = ["cụ thể các nội dung, phạm vi", "phối hợp với ubnd tp.phủ lý thực hiện"]
    assert pair_up([entry], texts, ["Chủ tịch UBND TP.Phủ Lý", entry["unit"]]) == [(entry, 1)]
    # (held out 201, d2010: where the task is for, up to its colon, then the task)
    from bench.eval_directives import key_forms

    assert "sẵn sàng sơ tán khẩn cấp dân cư" in key_forms(
        {"key": "Đối với khu vực ven biển, đồng bằng, đô thị: sẵn sàng sơ tán khẩn cấp dân cư",
         "unit": "các địa phương"})


def test_a_first_sentence_names_the_quarter_reviewed_and_the_year_to_come():
    # running held out 88, r911: "… đánh giá kết quả hoạt động quý IV và phương hướng hoạt
    # động năm 2022." past 200 characters: the fourth quarter of 2021, then 2022, so that
    # "Năm 2022, đơn vị trình …" promises
    text = ("Họp Hội đồng quản lý Quỹ\n\nNgày 27/12, Phó Chủ tịch Thường trực UBND tỉnh Trương "
            "Cảnh Tuyên chủ trì họp Hội đồng Quản lý Quỹ Đầu tư phát triển tỉnh, Quỹ phát triển "
            "đất tỉnh đánh giá kết quả hoạt động quý IV và phương hướng hoạt động năm 2022.\n\n"
            "Năm 2022, đơn vị trình Hội đồng quản lý quỹ kế hoạch hoạt động và kế hoạch tài "
            "chính.\n")
    doc = parse_document(text)
    assert (doc.period.label, doc.period.start.year) == ("quý IV", 2021)
    assert doc.next_period.label == "năm 2022"
    assert [(i.kind, i.text[:20]) for i in extract_report(text).items][1:] == [
        ("commitment", "đơn vị trình Hội đồn")]
