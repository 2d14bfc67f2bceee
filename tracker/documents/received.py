"""Which periodic reports are in and which are missing, per agency and period.

An agency's cadence is the usual length of the periods its reports cover (a month, a
quarter, six months, a year). Its expected periods run, at that cadence, from its first
report to the latest period any agency of the same cadence has reported: when the Sở Nội
vụ has sent October and the Sở Y tế has not, the Sở Y tế's October is missing. Reports of
another length (an annual report in a monthly series) are listed under their own cadence.
A period is also in when a longer report of the agency ends with it: the "6 tháng" report
stands for the second quarter, the "9 tháng" one for the third, the annual one for the
fourth quarter and for December. Pure functions over plain rows; the caller reads them
from the database.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

# (name, months, fewest and most days a period of it covers): a "9 tháng" report (Jan-Sep)
# or a period between reporting cut-off days of no usual length is no cadence.
CADENCES = (("month", 1, 26, 35), ("quarter", 3, 85, 100), ("half", 6, 175, 190),
            ("year", 12, 355, 370))
ENDS_WITH = 3  # days: a longer report that ends this close to a period's end stands for it
CADENCE_LABELS = {"month": "Hằng tháng", "quarter": "Hằng quý", "half": "6 tháng",
                  "year": "Hằng năm"}


@dataclass(frozen=True)
class Filed:
    """One stored periodic report, as the grid needs it."""

    agency: str
    start: date
    end: date
    source: str


@dataclass
class Row:
    agency: str
    cadence: str
    # (period start, period end, the reports that cover it: empty when it is missing)
    periods: list[tuple[date, date, list[str]]] = field(default_factory=list)

    @property
    def missing(self) -> int:
        return sum(not sources for _, _, sources in self.periods)


def cadence_of(start: date, end: date) -> str | None:
    days = (end - start).days + 1
    return next((name for name, _, least, most in CADENCES if least <= days <= most), None)


def _months(cadence: str) -> int:
    return next(months for name, months, _, _ in CADENCES if name == cadence)


def _step(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _period_end(start: date, months: int) -> date:
    return _step(start, months) - timedelta(days=1)


def grid(filed: list[Filed]) -> list[Row]:
    """One row per agency and cadence, its expected periods in order."""
    groups: dict[tuple[str, str], list[Filed]] = defaultdict(list)
    for report in filed:
        cadence = cadence_of(report.start, report.end)
        if cadence is not None:
            groups[report.agency, cadence].append(report)
    by_agency: dict[str, list[Filed]] = defaultdict(list)
    for report in filed:
        by_agency[report.agency].append(report)
    latest: dict[str, date] = {}
    for (_, cadence), reports in groups.items():
        last = max(r.start for r in reports)
        latest[cadence] = max(latest.get(cadence, last), last)
    rows = []
    for (agency, cadence), reports in sorted(groups.items(),
                                             key=lambda g: (g[0][0], _months(g[0][1]))):
        months = _months(cadence)
        first = min(r.start for r in reports).replace(day=1)
        # The periods start where this agency's do (a quarter from January, April …).
        anchor = Counter((r.start.month - 1) % months for r in reports).most_common(1)[0][0]
        start = _step(first.replace(month=1), anchor + ((first.month - 1 - anchor) // months)
                      * months)
        row = Row(agency, cadence)
        while start <= latest[cadence]:
            end = _period_end(start, months)
            sources = sorted({r.source for r in reports if start <= r.start <= end}
                             | {r.source for r in by_agency[agency] if r.start < start
                                and abs((r.end - end).days) <= ENDS_WITH})
            row.periods.append((start, end, sources))
            start = _step(start, months)
        rows.append(row)
    return rows
