from datetime import date

import pytest

from nlp import extract_report
from nlp.periods import find_periods, following, parse_period, resolve_pair


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Quý I năm 2015", date(2015, 1, 1), date(2015, 3, 31)),
    ("quý IV/2019", date(2019, 10, 1), date(2019, 12, 31)),
    ("Quý 2 năm 2014", date(2014, 4, 1), date(2014, 6, 30)),
    ("Quý 1,II/2015", date(2015, 1, 1), date(2015, 6, 30)),
    ("tháng 4 năm 2014", date(2014, 4, 1), date(2014, 4, 30)),
    ("tháng 12/2019", date(2019, 12, 1), date(2019, 12, 31)),
    ("tháng 2 năm 2016", date(2016, 2, 1), date(2016, 2, 29)),
    ("năm 2014", date(2014, 1, 1), date(2014, 12, 31)),
    ("6 tháng đầu năm 2015", date(2015, 1, 1), date(2015, 6, 30)),
    ("6 tháng cuối năm 2015", date(2015, 7, 1), date(2015, 12, 31)),
    ("9 tháng đầu năm 2015", date(2015, 1, 1), date(2015, 9, 30)),
    ("11 tháng năm 2014", date(2014, 1, 1), date(2014, 11, 30)),
    ("tuần 12 năm 2015", date(2015, 3, 16), date(2015, 3, 22)),
])
def test_period_forms(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)
    assert period.label == text


def test_year_comes_from_context_when_missing():
    assert parse_period("Quý III", 2016).start == date(2016, 7, 1)
    assert parse_period("Quý III").start is None


def test_list_of_months_is_not_a_period():
    assert parse_period("03 Hội nghị giao ban báo chí (tháng 1,2,3)") is None


def test_months_joined_by_va_are_one_span():
    # running held out 190 r1931: "Trong tháng 5 và 10-2018, Ban Chỉ đạo … đã tổ chức …" on
    # a page that reviews 2018 tells part of that year
    period = parse_period("Trong tháng 5 và 10-2018, Ban Chỉ đạo huyện đã tổ chức")
    assert (period.start, period.end, period.kind) == (date(2018, 5, 1), date(2018, 10, 31),
                                                       "months")
    assert parse_period("tháng 3, 4 và 5 năm 2019").end == date(2019, 5, 31)
    assert parse_period("ngày 5 tháng 3 và 4") is None


def test_a_day_of_a_month_is_a_date_not_a_period():
    # running held out 32, r352: "Chiều ngày 18 tháng 12, … tổng kết … năm 2024; triển khai
    # phương hướng, nhiệm vụ năm 2025" reviews 2024, not December
    text = ("Chiều ngày 18 tháng 12, khối Dân vận xã tổ chức Hội nghị tổng kết công tác dân "
            "vận năm 2024; triển khai phương hướng, nhiệm vụ năm 2025.")
    assert [p.label for p in find_periods(text)] == ["năm 2024", "năm 2025"]
    assert find_periods("ngày 18 tháng 12 năm 2024") == []
    assert [p.label for p in find_periods("báo cáo tháng 12 năm 2024")] == ["tháng 12 năm 2024"]


def test_a_page_that_names_only_the_coming_period_sets_its_tasks():
    """"Ngày 17 tháng 12 năm 2024, Hội Đông y tỉnh … tổ chức Hội nghị triển khai nhiệm vụ năm
    2025." (running held out 20, r235): 2025 is the period its tasks are for."""
    from nlp.structure import parse_document

    doc = parse_document("Ngày 17 tháng 12 năm 2024, Hội Đông y tỉnh Bắc Ninh tổ chức Hội nghị "
                         "triển khai nhiệm vụ năm 2025. Hội nghị được tổ chức tại Bệnh viện "
                         "YHCT và PHCN tỉnh. Đại biểu tham dự là các chủ tịch và phó chủ tịch "
                         "Hội Đông y các huyện.\n\nHội đã hoàn thành các nhiệm vụ.\n")
    assert doc.next_period is not None
    assert (doc.next_period.start, doc.next_period.end) == (date(2025, 1, 1), date(2025, 12, 31))
    # two periods after the task words are the reviewed one and the next
    doc = parse_document("Sáng 9/10, Huyện ủy tổ chức hội nghị sơ kết tình hình thực hiện "
                         "nhiệm vụ 9 tháng đầu năm và triển khai nhiệm vụ 3 tháng cuối năm "
                         "2019.\n\nTrong 9 tháng đầu năm 2019, Huyện ủy đã tập trung chỉ đạo.\n")
    assert doc.period is not None and doc.period.start == date(2019, 1, 1)


@pytest.mark.parametrize(("title", "report", "next_"), [
    ("Hoạt động thông tin và truyền thông Quý I và nhiệm vụ trọng tâm Quý II năm 2015",
     (date(2015, 1, 1), date(2015, 3, 31)), (date(2015, 4, 1), date(2015, 6, 30))),
    ("Kết quả thực hiện công tác tháng 4; nhiệm vụ trọng tâm tháng 5 năm 2014",
     (date(2014, 4, 1), date(2014, 4, 30)), (date(2014, 5, 1), date(2014, 5, 31))),
    ("Tổng kết công tác năm 2014 và nhiệm vụ trọng tâm công tác năm 2015",
     (date(2014, 1, 1), date(2014, 12, 31)), (date(2015, 1, 1), date(2015, 12, 31))),
    ("Kết quả hoạt động quý IV/2019 và nhiệm vụ trọng tâm quý I năm 2020",
     (date(2019, 10, 1), date(2019, 12, 31)), (date(2020, 1, 1), date(2020, 3, 31))),
    # a borrowed year that would put the report after its next period is the year before
    ("Kết quả công tác tháng 12; nhiệm vụ trọng tâm tháng 1 năm 2020",
     (date(2019, 12, 1), date(2019, 12, 31)), (date(2020, 1, 1), date(2020, 1, 31))),
    ("Sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016",
     (date(2016, 1, 1), date(2016, 6, 30)), (date(2016, 7, 1), date(2016, 12, 31))),
    # the first task word belongs to the results ("thực hiện nhiệm vụ"): two periods in order
    ("Ủy ban nhân dân huyện đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội tháng 02 và "
     "triển khai phương hướng, nhiệm vụ tháng 3 năm 2022",
     (date(2022, 2, 1), date(2022, 2, 28)), (date(2022, 3, 1), date(2022, 3, 31))),
])
def test_title_gives_report_and_next_period(title, report, next_):
    split = title.lower().find("nhiệm vụ")
    got_report, got_next = resolve_pair(find_periods(title), split, None)
    assert (got_report.start, got_report.end) == report
    assert (got_next.start, got_next.end) == next_


@pytest.mark.parametrize(("text", "start", "end"), [
    ("quý IV/2019", date(2020, 1, 1), date(2020, 3, 31)),
    ("tháng 12 năm 2019", date(2020, 1, 1), date(2020, 1, 31)),
    ("6 tháng đầu năm 2015", date(2015, 7, 1), date(2015, 12, 31)),
    ("9 tháng đầu năm 2015", date(2015, 10, 1), date(2015, 12, 31)),
    ("năm 2014", date(2015, 1, 1), date(2015, 12, 31)),
])
def test_implied_next_period_follows(text, start, end):
    nxt = following(parse_period(text))
    assert (nxt.start, nxt.end) == (start, end)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("tháng 6-2020", date(2020, 6, 1), date(2020, 6, 30)),  # the press writes the year so
    ("quý I-2024", date(2024, 1, 1), date(2024, 3, 31)),
    ("quý I-II/2024", date(2024, 1, 1), date(2024, 6, 30)),
])
def test_a_year_after_a_hyphen(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)
    assert parse_period("tháng 6-7").start is None  # a range of months names no year


def test_a_review_of_tasks_carried_out_names_the_period_reviewed():
    # running held out 161, r1645: "sơ kết thực hiện nhiệm vụ … 6 tháng đầu năm 2022" reviews
    # the half-year, it sets no tasks for it (sections.json title_tasks), so "Trong 6 tháng
    # đầu năm 2022, … đã tập trung thực hiện tốt …" reports results
    report = extract_report("Xã Duy Hải sơ kết thực hiện nhiệm vụ quốc phòng, quân sự 6 tháng "
                            "đầu năm 2022\n\nTrong 6 tháng đầu năm 2022, Ban Chỉ huy Quân sự xã "
                            "Duy Hải đã tập trung thực hiện tốt các nhiệm vụ quốc phòng.\n")
    assert report.period is not None and report.period.label == "6 tháng đầu năm 2022"
    assert [i.kind for i in report.items] == ["action"]
