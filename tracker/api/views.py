"""What the pages show: filter choices, the task list, the dashboard, a task's detail
with its evidence and history, the reports and the months received, deadline alerts."""


import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from sqlalchemy import case, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

import nlp
from models import (
    TASK_KINDS,
    Agency,
    AuditEvent,
    CommitmentStatus,
    Item,
    ItemTag,
    Link,
    Report,
    SourceFile,
    Tag,
)
from tracker.api.common import STATUSES, Filters, _rows, local_time
from tracker.documents import received as received_grid
from tracker.documents.ingest import check_warning
from tracker.followup.link import counts, load_config
from tracker.followup.status import as_reviewed
from tracker.labels import audit_action, audit_value, period_text, warning_text
from tracker.outputs import word
from tracker.queries import CommitmentRow, commitments, source_label, units


def filter_options(engine: Engine) -> dict[str, list[str]]:
    with Session(engine) as session:
        agencies = list(session.exec(select(Agency.name).order_by(Agency.name)))
        periods = list(dict.fromkeys(filter(None, (
            period_text(start, end, label) for label, start, end in session.exec(
                select(col(Report.next_label), col(Report.next_start), col(Report.next_end))
                .where(Report.next_label != None)  # noqa: E711
                .order_by(col(Report.next_start)))))))
        # set[str]: the where clause leaves NULL out
        fields = sorted(cast(set[str], set(session.exec(select(Item.field).where(
            col(Item.kind).in_(TASK_KINDS), Item.active == True, Item.field != None)))))  # noqa: E711,E712
        tags = list(session.exec(select(Tag.name).order_by(Tag.name)))
        unit_list = units(session)
    return {"agencies": agencies, "periods": periods, "fields": fields, "tags": tags,
            "units": unit_list}


def commitment_rows(engine: Engine, filters: Filters, status: str | None = None) -> list[dict]:
    with Session(engine) as session:
        return [row.to_dict() for row in _rows(session, filters, status)]


@dataclass
class Dashboard:
    total: int
    counts: dict[str, int]
    overdue: int
    completion_rate: float | None
    by_period: list[dict]
    by_field: list[dict]
    backlog: list[dict]
    alerts: dict[str, list[dict]] = field(default_factory=dict)  # deadline_alerts' lists
    by_unit: list[dict] = field(default_factory=list)  # per responsible unit, most tasks first


def _rate(counts: Counter) -> float | None:
    judged = sum(counts.values()) - counts["pending"]
    return counts["done"] / judged if judged else None


def dashboard(engine: Engine, filters: Filters, *, today: date | None = None) -> Dashboard:
    """The dashboard's numbers. "Quá hạn" counts the unfinished tasks past their deadline on
    `today` (default: the real today), as the deadline alerts and the register do."""
    today = today or date.today()
    with Session(engine) as session:
        every = _rows(session, filters, with_evidence=False)
        rows = [r for r in every if r.counted]  # a lead-in counts once for its list
        repeats = _repetitions(session, [r.id for r in rows])
    counts = Counter(r.status for r in rows)
    periods: dict[tuple, Counter] = defaultdict(Counter)
    fields: dict[str, Counter] = defaultdict(Counter)
    units_: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        periods[(row.period_start or date.min, row.period or "—")][row.status] += 1
        fields[row.field or "(chưa rõ)"][row.status] += 1
        units_[nlp.canonical_unit(row.responsible_unit) or row.agency][row.status] += 1
    by_period = [{"period": label, "start": start.isoformat() if start != date.min else None,
                  "total": sum(c.values()), "rate": _rate(c), **{s: c[s] for s in STATUSES}}
                 for (start, label), c in sorted(periods.items())]
    by_field = sorted(({"field": name, "total": sum(c.values()), "rate": _rate(c),
                        **{s: c[s] for s in STATUSES}} for name, c in fields.items()),
                      key=lambda d: -cast(int, d["total"]))
    # a task with no unit of its own is its reporting body's
    by_unit = sorted(({"unit": name, "total": sum(c.values()), "rate": _rate(c),
                       **{s: c[s] for s in STATUSES}} for name, c in units_.items()),
                     key=lambda d: (-cast(int, d["total"]), d["unit"]))
    backlog = [{"id": r.id, "text": r.text, "period": r.period, "agency": r.agency,
                "times": repeats[r.id]} for r in rows
               if repeats.get(r.id, 0) >= 2 and r.status in ("carried_over", "in_progress")]
    alerts = _alerts(every, today)  # deadlines are the atomic tasks'
    return Dashboard(len(rows), {s: counts[s] for s in STATUSES}, len(alerts["overdue"]),
                     _rate(counts), by_period, by_field,
                     sorted(backlog, key=lambda d: -d["times"]), alerts, by_unit)


def _repetitions(session: Session, ids: list[int]) -> dict[int, int]:
    """How many later reports promised each commitment again (carried over N times)."""
    if not ids:
        return {}
    threshold = load_config().repetition
    query = (select(Link.commitment_id, func.count(func.distinct(Item.report_id)))
             .join(Item, col(Item.id) == Link.evidence_id)
             .where(col(Link.commitment_id).in_(ids), Link.relation == "repetition",
                    Link.verdict != "rejected",
                    (Link.score >= threshold) | (Link.verdict == "confirmed"))
             .group_by(col(Link.commitment_id)))
    return dict(session.exec(query).all())


@dataclass
class EvidenceView:
    link_id: int
    relation: str
    verdict: str
    origin: str
    score: float
    features: dict
    source: str
    period: str | None
    paragraph: str  # the evidence item
    highlight: tuple[int, int]  # the sentence, as offsets into `paragraph`
    counts: bool = True  # strong enough to count (or confirmed), not just a weak candidate
    scanned: str = ""  # scan_note() when the evidence was read by OCR
    report_id: int | None = None
    page: int | None = None  # the scan's page it was read from (scan_page() shows it)


@dataclass
class Detail:
    id: int
    text: str
    kind: str
    agency: str
    section: str | None
    field: str | None
    responsible_unit: str | None
    deadline: date | None
    source: str
    report_title: str | None
    period: str | None
    context: str  # the paragraph the commitment stands in
    status: str
    computed: str
    reviewed: str | None
    timeliness: str | None
    progress: float | None
    note: str | None
    explanation: dict
    evidence: list[EvidenceView] = dataclasses.field(default_factory=list)
    tags: list[str] = dataclasses.field(default_factory=list)
    history: list[dict] = dataclasses.field(default_factory=list)
    scanned: str = ""  # scan_note() when the report was read by OCR
    report_id: int | None = None
    page: int | None = None  # the scan's page it was read from (scan_page() shows it)
    parent: tuple[int, str] | None = None  # the lead-in this element belongs to (id, words)
    elements: list[dict] = dataclasses.field(default_factory=list)  # a lead-in's: id, text, status
    task_kind: str | None = None  # deliverable | ongoing | recurring
    # judged from the lower bar of a standing task list (tracker.followup.status.decide `standing`)
    standing: bool = False
    # a directive judged from the lower bar of evidence read from running text (`running`)
    running: bool = False


def page_of(report: Report, offset: int) -> int | None:
    """The page of the report's scanned file that the text at `offset` was read from."""
    if not report.source_file_id or not report.page_starts:
        return None
    found = None
    for index, start in enumerate(report.page_starts):
        if start is not None and start <= offset:
            found = index
    return None if found is None else (report.first_page or 1) + found


def scan_page(engine: Engine, report_id: int, page: int) -> bytes | None:
    """A page of a report's scanned file as a PNG, or None when it has no such page."""
    with Session(engine) as session:
        report = session.get(Report, report_id)
        stored = session.get(SourceFile, report.source_file_id) if report and \
            report.source_file_id else None
        data = stored.data if stored else None
    if data is None:
        return None
    try:
        return nlp.page_picture(data, page)
    except nlp.ReadError:
        return None


def commitment_detail(engine: Engine, commitment_id: int) -> Detail | None:
    with Session(engine) as session:
        item = session.get(Item, commitment_id)
        if item is None or item.kind not in TASK_KINDS:
            return None
        assert item.id is not None
        report = session.get(Report, item.report_id)
        assert report is not None
        agency = session.get(Agency, report.agency_id)
        assert agency is not None
        state = session.get(CommitmentStatus, item.id)
        config = load_config()
        bar = ((state.explanation or {}).get("evidence_bar") if state else None)
        lower = ((state.explanation or {}).get("lower_bar") if state else None)
        evidence = []
        for link, other, source in session.exec(
                select(Link, Item, Report).join(Item, col(Item.id) == Link.evidence_id)
                .join(Report, col(Report.id) == Item.report_id)
                .where(Link.commitment_id == item.id)
                .order_by(col(Link.relation), col(Link.rank))):
            assert link.id is not None
            paragraph = source.text[other.start:other.end]
            start = max(0, link.sentence_start - other.start)
            end = min(len(paragraph), link.sentence_end - other.start)
            evidence.append(EvidenceView(link.id, link.relation, link.verdict, link.origin,
                                         round(link.score, 3), link.features, source_label(source),
                                         period_text(source.period_start, source.period_end,
                                                     source.period_label),
                                         paragraph, (start, end),
                                         counts(link.relation, link.verdict, link.score,
                                                config, bar),
                                         scan_note(source.scanned_pages, source.ocr_confidence),
                                         source.id, page_of(source, link.sentence_start)))
        link_ids = [e.link_id for e in evidence]
        events = session.exec(select(AuditEvent).where(
            ((col(AuditEvent.entity).in_(("commitment", "item")))
             & (AuditEvent.entity_id == item.id))
            | ((col(AuditEvent.entity) == "link")
               & (col(AuditEvent.entity_id).in_(link_ids or [-1]))))
            .order_by(col(AuditEvent.at))).all()
        tags = list(session.exec(select(Tag.name).join(ItemTag, col(ItemTag.tag_id) == Tag.id)
                                 .where(ItemTag.item_id == item.id)))
        parent = None
        if item.parent_id:
            lead_in = session.get(Item, item.parent_id)
            assert lead_in is not None
            parent = (item.parent_id, lead_in.text)
        shown = as_reviewed(
            computed=state.computed, reviewed=state.reviewed, timeliness=state.timeliness,
            progress=state.progress, deadline=item.deadline, task_kind=item.task_kind,
            reviewed_on=state.reviewed_at.date() if state.reviewed_at else None,
            today=date.today()) if state else ("pending", None, None)
        return Detail(
            id=item.id, text=item.text, kind=item.kind, agency=agency.name, section=item.section,
            field=item.field, responsible_unit=item.responsible_unit, deadline=item.deadline,
            task_kind=item.task_kind, source=source_label(report), report_title=report.title,
            period=period_text(report.next_start, report.next_end, report.next_label),
            context=_paragraph(report.text, item.start, item.end),
            scanned=scan_note(report.scanned_pages, report.ocr_confidence),
            report_id=report.id, page=page_of(report, item.start),
            status=shown[0], computed=state.computed if state else "pending",
            reviewed=state.reviewed if state else None, timeliness=shown[1],
            progress=shown[2], note=state.note if state else None,
            explanation=state.explanation if state else {}, evidence=evidence, tags=sorted(tags),
            history=[{"at": local_time(e.at), "actor": e.actor,
                      "action": audit_action(e.action), "before": audit_value(e.before),
                      "after": audit_value(e.after)} for e in events],
            parent=parent,
            elements=[{"id": row.id, "text": row.text, "status": row.status}
                      for row in commitments(session, ids=_elements_of(session, item.id))],
            standing=lower == "standing" or (lower is None and bar is not None
                                             and bar < config.evidence),
            running=lower == "running")


def _elements_of(session: Session, item_id: int) -> list[int]:
    # list[int]: ids read back are never NULL (sqlmodel types a primary key int | None)
    return cast(list[int], list(session.exec(select(col(Item.id)).where(
        Item.parent_id == item_id, Item.active == True))))  # noqa: E712


def _paragraph(text: str, start: int, end: int) -> str:
    """The paragraph around [start, end): from the blank line before to the one after."""
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    return text[before + 2 if before >= 0 else 0: after if after >= 0 else len(text)].strip()


def scan_note(pages: int, confidence: float | None) -> str:
    """How the app marks text read by OCR ("" for a text file or a PDF's text layer)."""
    if not pages:
        return ""
    sure = f", độ tin cậy {confidence:.0f}%" if confidence is not None else ""
    return f"Đọc từ bản quét ({pages} trang{sure}) — có thể sai chữ, đối chiếu bản gốc"


def reports(engine: Engine) -> list[dict]:
    with Session(engine) as session:
        query = (select(Report, Agency).join(Agency, col(Agency.id) == Report.agency_id)
                 .order_by(Agency.name, col(Report.period_start)))
        # per report, in one pass: its items, its tasks, its promises (what the upload said
        # to check, "Không thấy phần nhiệm vụ kỳ tới …", stays in the list for whoever
        # opens it later)
        tally: dict[int | None, tuple[int, int, int]] = {
            report_id: (found, tasks, promised) for report_id, found, tasks, promised
            in session.exec(select(
                Item.report_id, func.count(),
                func.sum(case((col(Item.kind).in_(TASK_KINDS), 1), else_=0)),
                func.sum(case((col(Item.kind) == "commitment", 1), else_=0)))
                .where(Item.active == True)  # noqa: E712
                .group_by(col(Item.report_id)))}
        out = []
        for r, a in session.exec(query):
            found, tasks, promised = tally.get(r.id, (0, 0, 0))
            check = check_warning(r.kind, found, promised)
            out.append({"id": r.id, "source": r.source_name, "number": r.number,
                        "agency": a.name,
                        "period": period_text(r.period_start, r.period_end, r.period_label),
                        "next_period": period_text(r.next_start, r.next_end, r.next_label),
                        "issued": r.issued.isoformat() if r.issued else None,
                        "commitments": tasks,
                        "scanned": scan_note(r.scanned_pages, r.ocr_confidence),
                        "warnings": ([check] if check else [])
                        + [warning_text(w) for w in r.warnings or ()],
                        "ingested_at": local_time(r.ingested_at)})
        return out


def received(engine: Engine) -> list[dict]:
    """Periodic reports in and missing, per agency and cadence (tracker.documents.received)."""
    with Session(engine) as session:
        rows = session.exec(select(Report, Agency.name).join(
            Agency, col(Agency.id) == Report.agency_id).where(
            col(Report.period_start).is_not(None), col(Report.period_end).is_not(None),
            (col(Report.kind) == "report") | col(Report.kind).is_(None)))
        # dates: the where clause leaves NULL out
        filed = [received_grid.Filed(name, cast(date, r.period_start), cast(date, r.period_end),
                                     source_label(r))
                 for r, name in rows]
    out = []
    for row in received_grid.grid(filed):
        periods = [{"period": period_text(start, end), "sources": sources}
                   for start, end, sources in row.periods]
        out.append({"agency": row.agency,
                    "cadence": received_grid.CADENCE_LABELS[row.cadence],
                    "received": sum(bool(p["sources"]) for p in periods),
                    "missing": [p["period"] for p in periods if not p["sources"]],
                    "latest": next((p["period"] for p in reversed(periods) if p["sources"]),
                                   None),
                    "periods": periods})
    return out


def deadline_alerts(engine: Engine, filters: Filters, *, today: date) -> dict[str, list[dict]]:
    """The unfinished tasks past their deadline and those due within a week, on `today`
    (the same windows as the register and the urging letter), by deadline: the longest
    overdue first, then the nearest due."""
    with Session(engine) as session:
        return _alerts(_rows(session, filters, with_evidence=False), today)


def _alerts(rows: list[CommitmentRow], today: date) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"overdue": [], "due_soon": []}
    for row in sorted((r for r in rows if r.atomic), key=lambda r: (r.deadline or date.max,
                                                                    r.id)):
        state = word.window(row, today)
        if state:
            out[state].append({"id": row.id, "text": row.text, "unit": row.responsible_unit,
                               "agency": row.agency, "deadline": row.deadline,
                               "status": row.status})
    return out
