"""Read-only queries: follow-up rows and status summaries, as plain data."""

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from models import TASK_KINDS, Agency, CommitmentStatus, Item, ItemTag, Link, Report, Tag
from nlp import Period, canonical_unit, parse_period
from tracker.followup.link import counts, load_config
from tracker.followup.status import as_reviewed
from tracker.labels import period_text


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
    counts: bool = True  # confirmed, or strong enough to count: not a weak candidate


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
    tags: list[str] = dataclasses.field(default_factory=list)
    evidence: list[EvidenceRow] = dataclasses.field(default_factory=list)
    kind: str = "commitment"  # commitment (a report's promise) or directive (an assignment)
    task_kind: str | None = None  # deliverable, ongoing, recurring
    co_units: list[str] = dataclasses.field(default_factory=list)
    issued: date | None = None  # the source document's date (or its month)
    number: str | None = None  # the source document's number ("120/TB-UBND")
    leader: str | None = None  # who chaired the meeting whose conclusions assigned it
    parent_id: int | None = None  # the lead-in this atomic element belongs to
    parent: str | None = None  # that lead-in's words ("Chủ động làm việc …, như")
    elements: tuple[int, int] | None = None  # a lead-in's elements: (done, all)

    @property
    def counted(self) -> bool:
        """Whether the task counts in totals: a lead-in counts once for its list, so its
        elements do not count again (they show as its progress, "3/5 việc đã xong")."""
        return self.parent_id is None

    @property
    def atomic(self) -> bool:
        """Whether it is one task, not a lead-in standing for its list (deadlines and
        alerts are the atomic tasks')."""
        return self.elements is None

    @property
    def progress_text(self) -> str:
        """Progress as shown: a lead-in's elements done, else a share."""
        if self.elements:
            return f"{self.elements[0]}/{self.elements[1]} việc đã xong"
        return f"{round(self.progress * 100)}%" if self.progress is not None else ""

    @property
    def supporting(self) -> EvidenceRow | None:
        """The evidence to show beside the status: only for work done or under way, and
        only a link that counts (a reviewer's confirmation, or a suggestion over the bar);
        never a weak candidate next to "Chưa thấy báo cáo"."""
        if self.status not in ("done", "in_progress"):
            return None
        return next((e for e in self.evidence if e.relation == "evidence" and e.counts), None)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "text": self.text, "status": self.status,
            "computed_status": self.computed, "reviewed_status": self.reviewed,
            "timeliness": self.timeliness, "agency": self.agency, "period": self.period,
            "period_start": _iso(self.period_start), "period_end": _iso(self.period_end),
            "field": self.field, "deadline": _iso(self.deadline), "progress": self.progress,
            "source": self.source, "unit": self.responsible_unit,
            "responsible_unit": self.responsible_unit, "co_units": self.co_units,
            "task_kind": self.task_kind, "leader": self.leader, "note": self.note,
            "tags": self.tags, "parent_id": self.parent_id, "parent": self.parent,
            "elements": ({"done": self.elements[0], "total": self.elements[1]}
                         if self.elements else None),
            "evidence": [{"text": e.text, "source": e.source, "score": e.score}
                         for e in self.evidence if e.relation == "evidence"],
            "supporting": ({"text": self.supporting.text, "source": self.supporting.source}
                           if self.supporting else None),
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def source_label(report: Report) -> str:
    return _label(report.source_name, report.number,
                  period_text(report.period_start, report.period_end, report.period_label))


def period_filter(text: str) -> Period:
    """"2024", "năm 2024", "quý II năm 2024", "6 tháng đầu năm 2024" -> a date range."""
    text = text.strip()
    period = parse_period(f"năm {text}" if text.isdigit() else text)
    if period is None or period.start is None:
        raise QueryError(f"not a period: {text!r} (try '2024' or 'quý II năm 2024')")
    return period


def _stored_unit_names(session: Session) -> list[str]:
    """Every name the active tasks give their responsible unit, as written."""
    return [name for name in session.exec(select(Item.responsible_unit).distinct().where(
        col(Item.kind).in_(TASK_KINDS), Item.active == True,  # noqa: E712
        col(Item.responsible_unit).is_not(None))) if name]


def unit_names(session: Session, unit: str) -> list[str]:
    """The names the stored tasks give `unit` (one unit of the registry, however written);
    QueryError when no task has it."""
    wanted = canonical_unit(unit)
    names = [name for name in _stored_unit_names(session) if canonical_unit(name) == wanted]
    if not names:
        raise QueryError(f"unknown unit: {unit!r}")
    return names


def units(session: Session) -> list[str]:
    """The units assigned tasks, one name each (the registry's)."""
    return sorted({found for name in _stored_unit_names(session)
                   if (found := canonical_unit(name))})


def commitments(session: Session, *, agency: str | None = None, period: str | None = None,
                status: str | None = None, field_name: str | None = None,
                tag: str | None = None, ids: list[int] | None = None,
                unit: str | None = None, with_evidence: bool = True) -> list[CommitmentRow]:
    """Commitments with their status and evidence, filtered; the follow-up list. `unit`:
    the tasks of one responsible unit, whatever name each document gives it ("Sở KH&CN",
    "Sở Khoa học và Công nghệ").

    Only the columns shown are read (never a report's text), so it stays fast with tens of
    thousands of commitments; `with_evidence=False` skips the links for counts-only views.
    """
    # sqlmodel's select() is typed for at most four columns (mypy then also gives up on the
    # unions); it takes any number at run time
    query = (select(  # type: ignore[call-overload, misc]
                    Item.id, Item.kind, Item.text, Item.field, Item.deadline,
                    Item.responsible_unit, Item.task_kind, Item.co_units, Item.parent_id,
                    Report.source_name, Report.number, Report.period_label,
                    Report.period_start, Report.period_end, Report.next_label,
                    Report.next_start, Report.next_end, Report.issued, Report.month,
                    Report.leader,
                    col(Agency.name).label("agency"),
                    CommitmentStatus.computed, CommitmentStatus.reviewed,
                    CommitmentStatus.timeliness, CommitmentStatus.progress,
                    CommitmentStatus.note, CommitmentStatus.reviewed_at)
             .join(Report, col(Item.report_id) == Report.id)
             .join(Agency, col(Report.agency_id) == Agency.id)
             .outerjoin(CommitmentStatus, col(CommitmentStatus.commitment_id) == Item.id)
             .where(col(Item.kind).in_(TASK_KINDS), Item.active == True))  # noqa: E712
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
    if unit:
        query = query.where(col(Item.responsible_unit).in_(unit_names(session, unit)))
    if ids is not None:
        query = query.where(col(Item.id).in_(ids))
    if tag:
        tag_row = session.exec(select(Tag).where(Tag.name == tag)).first()
        if tag_row is None:
            raise QueryError(f"unknown tag: {tag!r}")
        query = query.join(ItemTag, col(ItemTag.item_id) == Item.id).where(
            ItemTag.tag_id == tag_row.id)
    if status:
        effective = func.coalesce(CommitmentStatus.reviewed, CommitmentStatus.computed,
                                  "pending")
        query = query.where(effective == status)
    query = query.order_by(Agency.name, Report.next_start, Report.id, Item.position)
    found = session.exec(query).all()
    item_ids = [row.id for row in found]
    tags: dict[int, list[str]] = defaultdict(list)
    if item_ids:
        wanted_ids = set(item_ids)
        # every tagging (a few hundred at most) rather than an IN list as long as the list
        for item_id, name in session.exec(select(ItemTag.item_id, Tag.name).join(
                Tag, col(Tag.id) == ItemTag.tag_id)):
            if item_id in wanted_ids:
                tags[item_id].append(name)
    # the links of the rows found, chosen by the same filters in the database (a subquery)
    # rather than by an IN list as long as the follow-up list
    chosen = query.with_only_columns(Item.id).order_by(None)
    evidence = _evidence(session, chosen) if with_evidence and item_ids else {}
    parents, elements = _family(session, found)
    rows = []
    today = date.today()
    for row in found:  # named columns, not a long tuple
        status, timeliness, progress = as_reviewed(
            computed=row.computed or "pending", reviewed=row.reviewed,
            timeliness=row.timeliness, progress=row.progress, deadline=row.deadline,
            task_kind=row.task_kind, today=today,
            reviewed_on=row.reviewed_at.date() if row.reviewed_at else None)
        rows.append(CommitmentRow(
            id=row.id, text=row.text, agency=row.agency,
            period=period_text(row.next_start, row.next_end, row.next_label),
            period_start=row.next_start, period_end=row.next_end, field=row.field,
            status=status, computed=row.computed or "pending", reviewed=row.reviewed,
            timeliness=timeliness, deadline=row.deadline, progress=progress,
            source=_label(row.source_name, row.number,
                          period_text(row.period_start, row.period_end, row.period_label)),
            responsible_unit=row.responsible_unit, note=row.note, tags=sorted(tags[row.id]),
            evidence=evidence.get(row.id, []), kind=row.kind, task_kind=row.task_kind,
            co_units=list(row.co_units or []), issued=row.issued or row.month,
            number=row.number, leader=row.leader, parent_id=row.parent_id,
            parent=parents.get(row.parent_id), elements=elements.get(row.id)))
    return rows


def _family(session: Session, found
            ) -> tuple[dict[int | None, str], dict[int, tuple[int, int]]]:
    """The lead-ins' words for the elements among `found`, and for the lead-ins among them
    how many of their elements are done, as their roll-up counted them (tracker.followup.status.
    roll_up, kept in the lead-in's explanation and redone whenever an element changes)."""
    parent_ids = {row.parent_id for row in found if row.parent_id is not None}
    texts = dict(session.exec(select(Item.id, Item.text).where(col(Item.id).in_(parent_ids))
                              ).all()) if parent_ids else {}
    ids = {row.id for row in found}
    lead_ins = select(Item.parent_id).where(col(Item.parent_id).is_not(None)).distinct()
    counts: dict[int, tuple[int, int]] = {}
    # every lead-in (few) rather than an IN list as long as the follow-up list
    for lead_in, explanation in session.exec(
            select(CommitmentStatus.commitment_id, CommitmentStatus.explanation)
            .where(col(CommitmentStatus.commitment_id).in_(lead_ins))):
        elements = (explanation or {}).get("elements")
        if lead_in in ids and elements:
            counts[lead_in] = (elements.get("done", 0), elements["total"])
    return texts, counts


def _label(source_name: str, number: str | None, period_label: str | None) -> str:
    return " · ".join(part for part in (source_name, number, period_label) if part)


def _evidence(session: Session, item_ids) -> dict[int, list[EvidenceRow]]:
    """Live links per commitment, best first: the one the status was decided on, then
    confirmed, then suggested by score.
    `item_ids`: the commitments' ids, a list or a select of them."""
    out: dict[int, list[EvidenceRow]] = defaultdict(list)
    # sqlmodel's select() is typed for at most four columns (mypy then also gives up on the
    # unions); it takes any number at run time
    query = (select(  # type: ignore[call-overload, misc]
                    Link.commitment_id, Link.id, Link.sentence, Link.score, Link.relation,
                    Link.verdict, Link.origin, Report.source_name, Report.number,
                    Report.period_label, Report.period_start, Report.period_end)
             .join(Item, col(Item.id) == Link.evidence_id)
             .join(Report, col(Report.id) == Item.report_id)
             .where(col(Link.commitment_id).in_(item_ids), Link.verdict != "rejected"))
    config = load_config()
    bars, shown = {}, {}
    for commitment_id, explanation in session.exec(
            select(CommitmentStatus.commitment_id, CommitmentStatus.explanation)
            .where(col(CommitmentStatus.commitment_id).in_(item_ids))):
        bars[commitment_id] = (explanation or {}).get("evidence_bar")
        # the link the status was decided on (tracker.followup.status._best)
        shown[commitment_id] = ((explanation or {}).get("evidence") or {}).get("link_id")
    for (commitment_id, link_id, sentence, score, relation, verdict, origin, source_name,
         number, period_label, period_start, period_end) in session.exec(query):
        period = period_text(period_start, period_end, period_label)
        out[commitment_id].append(EvidenceRow(
            sentence, _label(source_name, number, period), round(score, 3), link_id, relation,
            verdict, origin, counts(relation, verdict, score, config,
                                    bars.get(commitment_id))))
    for commitment_id, rows in out.items():
        # the evidence the status was decided on first, so the sentence shown beside the
        # status is the one that proves it (a completion, the unit's own result), then the
        # confirmed links, then the suggestions by score
        rows.sort(key=lambda e: (e.relation != "evidence", e.link_id != shown.get(commitment_id),
                                 e.verdict != "confirmed", -e.score))
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
    for row in commitments(session, agency=agency, with_evidence=False):
        if not row.counted:
            continue  # an element: its lead-in counts once
        key = (row.agency, row.period_start, row.period)
        summary = groups.setdefault(key, SummaryRow(row.agency, row.period, row.period_start,
                                                    Counter(), 0, 0))
        summary.counts[row.status] += 1
        summary.total += 1
        summary.overdue += row.timeliness == "overdue"
    return sorted(groups.values(), key=lambda s: (s.agency, s.period_start or date.min))


def report_source(session: Session, report_id: int) -> str | None:
    """The file name a stored report came from (None: no such report)."""
    report = session.get(Report, report_id)
    return report.source_name if report else None
