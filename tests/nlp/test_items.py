"""Item splitting and joining, on real report sentences."""

import pytest

from nlp import extract_report
from nlp.normalize import collapse_spaces


def items_of(body: str, heading: str = "II. Nhiệm vụ trọng tâm quý II năm 2015") -> list[str]:
    report = extract_report(f"BÁO CÁO\n\nKết quả quý I và nhiệm vụ quý II năm 2015\n\n{heading}\n\n{body}\n")
    return [item.text for item in report.items]


@pytest.mark.parametrize(("body", "expected"), [
    # two distinct actions separated by ";" are two items
    ("- Tham mưu cho UBND tỉnh kiện toàn Ban chỉ đạo CNTT của tỉnh; Hướng dẫn các địa phương "
     "kiện toàn BCD.",
     ["Tham mưu cho UBND tỉnh kiện toàn Ban chỉ đạo CNTT của tỉnh",
      "Hướng dẫn các địa phương kiện toàn BCD."]),
    # lower-case verbs after ";" too
    ("Tham mưu nội dung chương trình hợp tác; tham mưu chủ trương, trình Kế hoạch thuê thiết bị; "
     "xây dựng đề cương và dự toán Khung Kiến trúc ICT.",
     ["Tham mưu nội dung chương trình hợp tác", "tham mưu chủ trương, trình Kế hoạch thuê thiết bị",
      "xây dựng đề cương và dự toán Khung Kiến trúc ICT."]),
    # a part with no verb of its own stays with the item before it
    ("- Tổ chức Đại hội Đảng bộ cơ quan Sở; Hội nghị điển hình tiên tiến của Sở.",
     ["Tổ chức Đại hội Đảng bộ cơ quan Sở; Hội nghị điển hình tiên tiến của Sở."]),
    # a lead-in ending in ":" keeps its list, even of verb-named elements, up to its count
    ("- Ban hành và triển khai 04 Kế hoạch tuyên truyền: Tuyên truyền, giáo dục phụ nữ; "
     "Tuyên truyền, vận động; Tuyên truyền di dời chợ; Tổ chức Ngày sách Việt Nam năm 2015.",
     ["Ban hành và triển khai 04 Kế hoạch tuyên truyền: Tuyên truyền, giáo dục phụ nữ; "
      "Tuyên truyền, vận động; Tuyên truyền di dời chợ; Tổ chức Ngày sách Việt Nam năm 2015."]),
    # "gồm:" inside a paragraph keeps only its own elements
    ("2.2 Về Báo chí: Tổ chức Hội nghị giao ban báo chí hàng tháng; Tổ chức 04 lớp tập huấn, gồm: "
     "Tập huấn phát ngôn; Tập huấn thông tin đối ngoại, Tập huấn nghiệp vụ báo chí; Tập huấn "
     "chương trình Mục tiêu quốc gia; Triển khai thực hiện Quy hoạch phát triển Báo chí.",
     ["Tổ chức Hội nghị giao ban báo chí hàng tháng",
      "Tổ chức 04 lớp tập huấn, gồm: Tập huấn phát ngôn; Tập huấn thông tin đối ngoại, Tập huấn "
      "nghiệp vụ báo chí; Tập huấn chương trình Mục tiêu quốc gia",
      "Triển khai thực hiện Quy hoạch phát triển Báo chí."]),
    # a list of things (not verbs) ends where a verb-led task begins
    ("Hai là: Tiếp tục quản lý, theo dõi, duy trì hoạt động các hệ thống: Cổng thông tin điện tử; "
     "Thư điện tử của tỉnh; Triển khai kế hoạch ứng dụng CNTT năm 2012.",
     ["Tiếp tục quản lý, theo dõi, duy trì hoạt động các hệ thống: Cổng thông tin điện tử; "
      "Thư điện tử của tỉnh", "Triển khai kế hoạch ứng dụng CNTT năm 2012."]),
    # "Topic: verb ..." starts the item at the topic
    ("- Đề án vị trí việc làm: Bổ sung nội dung của Đề án; Tuyển dụng 06 chỉ tiêu Hợp đồng.",
     ["Đề án vị trí việc làm: Bổ sung nội dung của Đề án", "Tuyển dụng 06 chỉ tiêu Hợp đồng."]),
    # a new sentence that opens with a verb (after adverbials and the agency) is a new item
    ("Chỉ đạo phòng Văn hóa – Thông tin tiến hành kiểm tra 35 đại lý internet. Xử phạt 01 trường "
     "hợp với số tiền 300.000đ. Sở đã tham mưu văn bản trả lời công dân.",
     ["Chỉ đạo phòng Văn hóa – Thông tin tiến hành kiểm tra 35 đại lý internet.",
      "Xử phạt 01 trường hợp với số tiền 300.000đ.", "Sở đã tham mưu văn bản trả lời công dân."]),
    # a year at a sentence end is not an abbreviation
    ("Tham mưu đánh giá xếp hạng năm 2019. Triển khai thống nhất Cổng dịch vụ công.",
     ["Tham mưu đánh giá xếp hạng năm 2019.", "Triển khai thống nhất Cổng dịch vụ công."]),
    # verbs the held-out series showed missing (pipeline version 2)
    ("- Chủ trì Hội nghị giao ban báo chí quý I/2023.\n- Phát hiện, cảnh báo và xử lý 12 trường "
     "hợp mã độc.\n- Chính thức phát hành ứng dụng Ninh Bình Smart.\n- Đưa vào vận hành Trung "
     "tâm Giám sát, điều hành.\n- Nâng tỷ lệ số hóa hồ sơ lên 100%.",
     ["Chủ trì Hội nghị giao ban báo chí quý I/2023.",
      "Phát hiện, cảnh báo và xử lý 12 trường hợp mã độc.",
      "Chính thức phát hành ứng dụng Ninh Bình Smart.",
      "Đưa vào vận hành Trung tâm Giám sát, điều hành.", "Nâng tỷ lệ số hóa hồ sơ lên 100%."]),
    # "các lĩnh vực:" announces names, even one that reads as a verb ("xây dựng")
    ("7. Rà soát các văn bản quy phạm pháp luật trong các lĩnh vực: đất đai; xây dựng; tài "
     "nguyên và môi trường.",
     ["Rà soát các văn bản quy phạm pháp luật trong các lĩnh vực: đất đai; xây dựng; tài "
      "nguyên và môi trường."]),
    # "hướng dẫn của …" after ";" names guidance, it is no new task
    ("Chỉ đạo thực hiện các nhiệm vụ được giao tại các Chỉ thị của Thủ tướng Chính phủ; "
     "hướng dẫn của các Bộ, ngành Trung ương; các kế hoạch của Ủy ban nhân dân tỉnh.",
     ["Chỉ đạo thực hiện các nhiệm vụ được giao tại các Chỉ thị của Thủ tướng Chính phủ; "
      "hướng dẫn của các Bộ, ngành Trung ương; các kế hoạch của Ủy ban nhân dân tỉnh."]),
    # a numbered element that opens with its own act is an item of its own (the real series'
    # September report, "…; tập trung: (1) Triển khai …; (2) Thu thập …")
    ("- Đã ban hành 01 Kế hoạch, 20 văn bản để triển khai các nhiệm vụ Đề án 06; tập trung: (1) "
     "Triển khai cao điểm đổi thẻ đảng viên; (2) Thu thập, cập nhật làm sạch dữ liệu dân cư; "
     "(3) Phát động đợt cao điểm 60 ngày đêm cấp tài khoản định danh điện tử.",
     ["Đã ban hành 01 Kế hoạch, 20 văn bản để triển khai các nhiệm vụ Đề án 06",
      "tập trung: (1) Triển khai cao điểm đổi thẻ đảng viên",
      "(2) Thu thập, cập nhật làm sạch dữ liệu dân cư",
      "(3) Phát động đợt cao điểm 60 ngày đêm cấp tài khoản định danh điện tử."]),
    # catch-alls are not commitments
    ("7. Các công tác khác theo chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh và Bộ Thông tin "
     "và Truyền thông./.", []),
    ("2.8 Các công tác khác: Thực hiện theo chỉ đạo của Ủy ban nhân dân tỉnh.", []),
])
def test_splitting(body, expected):
    assert items_of(body) == expected


def test_problem_statements_and_statistics_are_not_actions():
    body = ("Một số nơi điểm bưu điện văn hóa xã hiệu quả hoạt động thấp, thường xuyên đóng cửa.\n\n"
            "Doanh thu bưu chính viễn thông ước đạt 120 tỷ đồng bằng 104,3% so với cùng kỳ năm trước.\n\n"
            "Sở thẩm định hồ sơ và cấp 09 Giấy phép xuất bản bản tin.")
    assert items_of(body, "I. Kết quả công tác tháng 4") == [
        "Sở thẩm định hồ sơ và cấp 09 Giấy phép xuất bản bản tin."]


def test_lead_in_paragraph_that_introduces_a_list_is_not_an_item():
    body = ("Công tác quản lý nhà nước về CNTT đạt được một số kết quả như sau:\n\n"
            "- Triển khai chữ ký số tại Sở.")
    assert items_of(body, "I. Kết quả công tác tháng 4") == ["Triển khai chữ ký số tại Sở."]


def test_recipients_signature_and_appendix_never_hold_items(seed_reports):
    report = seed_reports["000"]
    text = report.text
    recipients = text.index("Nơi nhận:")
    assert all(item.end <= recipients for item in report.items)
    assert not any("Tỉnh ủy Quảng Ninh;" in item.text for item in report.items)


def test_line_broken_mid_sentence_gives_one_commitment(seed_reports):
    commitment = next(i for i in seed_reports["000"].commitments if "truy nhập Internet" in i.text)
    assert commitment.text.endswith("trên địa bàn thành phố Uông Bí.")
    assert "Internet và dịch vụ trò chơi" in commitment.text


def test_offsets_index_the_text_as_read(seed_reports):
    for report in seed_reports.values():
        for item in report.items:
            assert collapse_spaces(report.text[item.start:item.end]) == item.text


@pytest.mark.parametrize(("text", "cue"), [
    ("Tổ chức thành công 03 Hội nghị giao ban báo chí.", "done"),
    ("Xây dựng dự thảo Đề án, Sở đã xin ý kiến các đơn vị, hiện đang tổng hợp.", "in_progress"),
    ("Dự án đã cơ bản hoàn thành, hiện đang đổ dữ liệu cũ sang hệ thống mới.", "in_progress"),
    ("Cấp phát chữ ký số: đã hoàn thành cho 28 đơn vị, chưa hoàn thành cho 8 đơn vị.", "in_progress"),
    ("Triển khai chữ ký số, nhưng chưa hoàn thành việc cấp phát.", "not_done"),
    ("Triển khai Kế hoạch chỉnh trang cáp, chậm tiến độ.", "not_done"),
    ("Chuyển nguồn các Quy hoạch sang năm 2015 để tiếp tục thực hiện.", "done"),  # purpose, not progress
    ("Tham mưu ban hành Kế hoạch số 494/KH-UBND.", "done"),                      # results default
])
def test_status_cues_in_results(text, cue):
    report = extract_report(f"I. Kết quả công tác quý I năm 2015\n\n- {text}\n\n"
                            "II. Nhiệm vụ quý II năm 2015\n\n- Triển khai A.\n")
    assert report.actions[0].cue == cue


@pytest.mark.parametrize(("text", "cue"), [
    ("Hoàn thành 03 cuộc thanh tra lĩnh vực bưu chính.", "planned"),  # a promise, not a result
    ("Rà soát các trang thông tin thực hiện chưa đúng quy định.", "planned"),
    ("Tiếp tục triển khai thanh tra lĩnh vực viễn thông.", "in_progress"),
])
def test_status_cues_in_tasks(text, cue):
    report = extract_report(f"II. Nhiệm vụ quý II năm 2015\n\n- {text}\n")
    assert report.commitments[0].cue == cue


def test_entities_and_deadlines_travel_with_the_item():
    report = extract_report(
        "II. Nhiệm vụ quý II năm 2015\n\n- Tham mưu cho UBND tỉnh ban hành Kế hoạch hợp tác truyền "
        "thông năm 2015 theo Kế hoạch số 494/KH-UBND ngày 28/01/2015, thi tuyển 06 vị trí hợp đồng, "
        "hoàn thành trước ngày 20/9.\n")
    entities = {(e.label, e.text) for e in report.commitments[0].entities}
    assert ("DOC_REF", "494/KH-UBND") in entities
    assert ("ORG", "UBND tỉnh") in entities
    assert ("PLAN", "Kế hoạch hợp tác truyền thông năm 2015") in entities
    assert ("QUANTITY", "06 vị trí") in entities
    assert ("DATE", "28/01/2015") in entities
    assert ("DEADLINE", "trước ngày 20/9") in entities
    assert report.commitments[0].deadline == "trước ngày 20/9"
    assert all(e.rule for e in report.commitments[0].entities)   # the rule id travels along


@pytest.mark.parametrize(("text", "field"), [
    ("Tổ chức kỳ thi tuyển công chức năm 2024.", "Cán bộ, công chức, viên chức"),
    ("Tổ chức tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã.", "Văn thư, lưu trữ"),
    ("Trình UBND tỉnh Đề án sắp xếp đơn vị hành chính cấp xã.", "Chính quyền địa phương"),
    ("Thanh tra việc chấp hành quy định về gắn dấu hợp quy thiết bị viễn thông.", "Thanh tra, kiểm tra"),
    ("Làm tốt nhiệm vụ được giao.", None),
])
def test_field_inferred_from_the_item_when_no_heading_gives_one(text, field):
    report = extract_report(f"II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024\n\n1. {text}\n")
    assert report.commitments[0].field == field
