"""Read-only queries: follow-up rows and status summaries, as plain data."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from models import Agency, CommitmentStatus, Item, ItemTag, Link, Report, Tag
from nlp.periods import Period, parse_period


class QueryError(ValueError):
    """A filter that names nothing known; the message says which."""


@dataclass
class EvidenceRow:
    text: str
    source: str
    score: float
    link_id: int
    relation: str
    verdict: str
    origin: str


@dataclass
class CommitmentRow:
    id: int
    text: str
    agency: str
    period: str | None
    period_start: date | None
    period_end: date | None
    field: str | None
    status: str
    computed: str
    reviewed: str | None
    timeliness: str | None
    deadline: date | None
    progress: float | None
    source: str
    responsible_unit: str | None
    note: str | None
    tags: list[str] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "text": self.text, "status": self.status,
            "computed_status": self.computed, "reviewed_status": self.reviewed,
            "timeliness": self.timeliness, "agency": self.agency, "period": self.period,
            "period_start": _iso(self.period_start), "period_end": _iso(self.period_end),
            "field": self.field, "deadline": _iso(self.deadline), "progress": self.progress,
            "source": self.source, "responsible_unit": self.responsible_unit, "note": self.note,
            "tags": self.tags,
            "evidence": [{"text": e.text, "source": e.source, "score": e.score}
                         for e in self.evidence if e.relation == "evidence"],
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def source_label(report: Report) -> str:
    parts = [report.source_name]
    if report.number:
        parts.append(report.number)
    if report.period_label:
        parts.append(report.period_label)
    return " · ".join(parts)


def period_filter(text: str) -> Period:
    """"2024", "năm 2024", "quý II năm 2024", "6 tháng đầu năm 2024" -> a date range."""
    text = text.strip()
    period = parse_period(f"năm {text}" if text.isdigit() else text)
    if period is None or period.start is None:
        raise QueryError(f"not a period: {text!r} (try '2024' or 'quý II năm 2024')")
    return period


def commitments(session: Session, *, agency: str | None = None, period: str | None = None,
                status: str | None = None, field_name: str | None = None,
                tag: str | None = None, ids: list[int] | None = None) -> list[CommitmentRow]:
    """Commitments with their status and evidence, filtered; the follow-up list."""
    query = (select(Item, Report, Agency)
             .join(Report, col(Item.report_id) == Report.id)
             .join(Agency, col(Report.agency_id) == Agency.id)
             .where(Item.kind == "commitment", Item.active == True))  # noqa: E712
    if agency:
        if session.exec(select(Agency).where(Agency.name == agency)).first() is None:
            raise QueryError(f"unknown agency: {agency!r}")
        query = query.where(Agency.name == agency)
    if period:
        wanted = period_filter(period)
        query = query.where(col(Report.next_start) >= wanted.start,
                            col(Report.next_end) <= wanted.end)
    if field_name:
        query = query.where(Item.field == field_name)
    if ids is not None:
        query = query.where(col(Item.id).in_(ids))
    if tag:
        tag_row = session.exec(select(Tag).where(Tag.name == tag)).first()
        if tag_row is None:
            raise QueryError(f"unknown tag: {tag!r}")
        query = query.join(ItemTag, col(ItemTag.item_id) == Item.id).where(
            ItemTag.tag_id == tag_row.id)
    query = query.order_by(Agency.name, Report.next_start, Report.id, Item.position)
    found = session.exec(query).all()
    item_ids = [item.id for item, _, _ in found]
    statuses = {s.commitment_id: s for s in session.exec(
        select(CommitmentStatus).where(col(CommitmentStatus.commitment_id).in_(item_ids)))}
    tags: dict[int, list[str]] = defaultdict(list)
    for item_id, name in session.exec(select(ItemTag.item_id, Tag.name).join(
            Tag, col(Tag.id) == ItemTag.tag_id).where(col(ItemTag.item_id).in_(item_ids))):
        tags[item_id].append(name)
    evidence = _evidence(session, item_ids)
    rows = []
    for item, report, agency_row in found:
        state = statuses.get(item.id)
        effective = state.effective if state else "pending"
        if status and effective != status:
            continue
        rows.append(CommitmentRow(
            id=item.id, text=item.text, agency=agency_row.name, period=report.next_label,
            period_start=report.next_start, period_end=report.next_end, field=item.field,
            status=effective, computed=state.computed if state else "pending",
            reviewed=state.reviewed if state else None,
            timeliness=state.timeliness if state else None, deadline=item.deadline,
            progress=state.progress if state else None, source=source_label(report),
            responsible_unit=item.responsible_unit, note=state.note if state else None,
            tags=sorted(tags[item.id]), evidence=evidence.get(item.id, [])))
    return rows


def _evidence(session: Session, item_ids: list[int]) -> dict[int, list[EvidenceRow]]:
    """Live links per commitment, best first: confirmed, then suggested by score."""
    out: dict[int, list[EvidenceRow]] = defaultdict(list)
    if not item_ids:
        return out
    query = (select(Link, Report).join(Item, col(Item.id) == Link.evidence_id)
             .join(Report, col(Report.id) == Item.report_id)
             .where(col(Link.commitment_id).in_(item_ids), Link.verdict != "rejected"))
    for link, report in session.exec(query):
        out[link.commitment_id].append(EvidenceRow(link.sentence, source_label(report),
                                                   round(link.score, 3), link.id, link.relation,
                                                   link.verdict, link.origin))
    for rows in out.values():
        rows.sort(key=lambda e: (e.relation != "evidence", e.verdict != "confirmed", -e.score))
    return out


@dataclass
class SummaryRow:
    agency: str
    period: str | None
    period_start: date | None
    counts: Counter
    total: int
    overdue: int

    @property
    def completion_rate(self) -> float | None:
        """Done among the commitments a later report could speak to (pending left out)."""
        judged = self.total - self.counts["pending"]
        return self.counts["done"] / judged if judged else None


def status_summary(session: Session, *, agency: str | None = None) -> list[SummaryRow]:
    groups: dict[tuple, SummaryRow] = {}
    for row in commitments(session, agency=agency):
        key = (row.agency, row.period_start, row.period)
        summary = groups.setdefault(key, SummaryRow(row.agency, row.period, row.period_start,
                                                    Counter(), 0, 0))
        summary.counts[row.status] += 1
        summary.total += 1
        summary.overdue += row.timeliness == "overdue"
    return sorted(groups.values(), key=lambda s: (s.agency, s.period_start or date.min))
