"""Period expressions ("Quý I năm 2015", "quý IV/2019", "6 tháng đầu năm") -> date ranges."""

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_Q = r"(?:iv|iii|ii|i|[1-4])(?!\w)"


def _year(name: str) -> str:
    """The year after a month or quarter, as group `name`: "tháng 5/2024", "quý I năm
    2024", and the press's "tháng 6-2020"."""
    return rf"(?:\s*(?:/|-|–|,?\s*năm)\s*(?P<{name}>\d{{4}}))?"


_PATTERN = re.compile(
    r"(?P<months>(?<![\d/])(?P<count>\d{1,2})\s+tháng(?:\s+(?P<half>đầu|cuối))?(?:\s+năm)?"
    r"(?:\s+(?P<months_year>\d{4}))?(?!\s*\d))"
    rf"|(?P<quarter>quý\s+(?P<quarters>{_Q}(?:\s*(?:,|và|&|-)\s*{_Q})*){_year('quarter_year')})"
    # "tháng 5 và 10-2018", "tháng 3, 4 và 5 năm 2019": months listed, the last after "và",
    # from the first to the last (not "(tháng 1,2,3)", the months of a count)
    r"|(?P<month_list>tháng\s+(?P<list_months>\d{1,2}(?:\s*,\s*\d{1,2})*\s+và\s+\d{1,2}"
    r"(?!\d)(?![/.]\d{1,2}\b))"
    rf"{_year('list_year')})"
    rf"|(?P<month>tháng\s+(?P<month_number>\d{{1,2}})(?!\d)(?!\s*,\s*\d){_year('month_year')})"
    rf"|(?P<week>tuần\s+(?:thứ\s+)?(?P<week_number>\d{{1,2}}){_year('week_year')})"
    r"|(?P<year>năm\s+(?P<year_number>\d{4}))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    """A reporting period: the label as written and the dates it covers (None if unknown)."""

    label: str
    start: date | None = None
    end: date | None = None
    kind: str = "open"

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    def contains(self, other: "Period") -> bool:
        return bool(self.start and self.end and other.start and other.end
                    and self.start <= other.start and other.end <= self.end)


@dataclass(frozen=True)
class _Found:
    kind: str
    label: str
    start: int
    first: int  # first unit (month, quarter, week) or count of months
    last: int
    year: int | None
    half: str | None = None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_DAY_BEFORE = re.compile(r"(?i)\bngày\s+\d{1,2}\s*$")


def find_periods(text: str) -> list[_Found]:
    """Every period expression in `text`, in order, years not yet filled in."""
    found = []
    for m in _PATTERN.finditer(text):
        label = m.group(0).strip()
        if m["months"]:
            count, half, year = int(m["count"]), (m["half"] or "").lower() or None, m["months_year"]
            if not 1 <= count <= 12:
                continue
            found.append(_Found("months", label, m.start(), count, count,
                                int(year) if year else None, half))
        elif m["quarter"]:
            quarters = [_ROMAN[q.lower()] for q in re.findall(_Q, m["quarters"], re.I)]
            year = m["quarter_year"]
            found.append(_Found("quarter", label, m.start(), min(quarters), max(quarters),
                                int(year) if year else None))
        elif m["month_list"]:
            months = [int(n) for n in re.findall(r"\d{1,2}", m["list_months"])]
            year = m["list_year"]
            if all(1 <= n <= 12 for n in months) and months == sorted(months) \
                    and not _DAY_BEFORE.search(text, 0, m.start()):
                found.append(_Found("month", label, m.start(), months[0], months[-1],
                                    int(year) if year else None))
        elif m["month"]:
            month = int(m["month_number"])
            # "ngày 18 tháng 12": a day of the month, a date and no period
            if 1 <= month <= 12 and not _DAY_BEFORE.search(text, 0, m.start()):
                year = m["month_year"]
                found.append(_Found("month", label, m.start(), month, month,
                                    int(year) if year else None))
        elif m["week"]:
            week, year = int(m["week_number"]), m["week_year"]
            if 1 <= week <= 53:
                found.append(_Found("week", label, m.start(), week, week,
                                    int(year) if year else None))
        else:
            found.append(_Found("year", label, m.start(), 0, 0, int(m["year_number"])))
    return found


def to_period(found: _Found, year: int | None = None) -> Period:
    """Resolve one expression to dates, taking `year` when the text gives none."""
    year = found.year or year
    if year is None:
        return Period(found.label, None, None, found.kind)
    if found.kind == "year":
        return Period(found.label, date(year, 1, 1), date(year, 12, 31), "year")
    if found.kind == "quarter":
        return Period(found.label, date(year, 3 * found.first - 2, 1),
                      _month_end(year, 3 * found.last), "quarter")
    if found.kind == "month":
        return Period(found.label, date(year, found.first, 1), _month_end(year, found.last),
                      "month" if found.first == found.last else "months")
    if found.kind == "week":
        start = date.fromisocalendar(year, found.first, 1)
        return Period(found.label, start, start + timedelta(days=6), "week")
    # "6 tháng đầu năm" / "6 tháng cuối năm" / "9 tháng" / "11 tháng"
    if found.half == "cuối":
        return Period(found.label, date(year, 13 - found.first, 1), date(year, 12, 31), "months")
    return Period(found.label, date(year, 1, 1), _month_end(year, found.first), "months")


def parse_period(text: str, year: int | None = None) -> Period | None:
    """The first period expression in `text`, or None."""
    found = find_periods(text)
    return to_period(found[0], year) if found else None


def following(period: Period) -> Period:
    """The period of the same length right after `period` (for an implied next period)."""
    if not period.start or not period.end:
        return Period("", None, None, "open")
    start = period.end + timedelta(days=1)
    if period.kind == "week":
        return Period("", start, start + timedelta(days=6), "week")
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    if period.kind == "months" and period.start.month == 1 and months != 6:
        months = 12 - months  # after "9 tháng đầu năm" comes the rest of the year
    last_month_index = start.year * 12 + start.month - 1 + months - 1
    return Period("", start, _month_end(last_month_index // 12, last_month_index % 12 + 1),
                  period.kind)


def resolve_pair(expressions: list[_Found], split_at: int | None,
                 default_year: int | None) -> tuple[Period | None, Period | None]:
    """Report period and next period from the expressions of a title.

    Expressions before `split_at` (where "nhiệm vụ ..." starts) describe the report period,
    the first one after it the next period. A missing year is borrowed from the other
    expression, then from `default_year`; a borrowed year that would put the report period
    after its next period is taken as the year before ("tháng 12 ... tháng 1 năm 2020").
    """
    before = [f for f in expressions if split_at is None or f.start < split_at]
    after = [f for f in expressions if split_at is not None and f.start >= split_at]
    if not before and len(after) >= 2:
        # "… kết quả thực hiện nhiệm vụ … tháng 02 và triển khai phương hướng, nhiệm vụ tháng
        # 3 năm 2022": the first task word belongs to the results; two periods, in order
        before, after = after[:1], after[1:]
    report_found = before[0] if before else None
    next_found = after[0] if after else None
    report_year = report_found.year if report_found else None
    next_year = next_found.year if next_found else None
    report = next_ = None
    if report_found:
        report = to_period(report_found, report_year or next_year or default_year)
    if next_found:
        next_ = to_period(next_found, next_year or report_year or default_year)
    if (report and next_ and report.start and next_.start and report.start >= next_.start
            and report_found and report_found.year is None):
        report = to_period(replace(report_found, year=next_.start.year - 1))
    return report, next_
