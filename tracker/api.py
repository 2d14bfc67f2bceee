"""What the app calls: plain functions over an engine, returning plain data.

The Streamlit pages know nothing of SQL or NLP: every read and every write goes through
here (each call is its own transaction), and every result is a dataclass or a dict.
"""

import dataclasses
import logging
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

from sqlalchemy import func
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
    User,
    utcnow,
)
from models.report import ItemUpdate
from tracker import db, review
from tracker.accounts import (
    SESSION_HOURS,
    authenticate,
    end_session,
    find_user,
    session_user,
    set_password,
    start_session,
    well_formed,
)
from tracker.accounts import Locked as Locked  # the app catches it
from tracker.accounts import UserError as UserError  # the app catches it
from tracker.accounts import can_administer as can_administer  # the pages ask the policy
from tracker.accounts import can_edit as can_edit
from tracker.db import session_scope
from tracker.documents import received as received_grid
from tracker.documents.ingest import IngestError, Outcome, Relinked, ingest_paths, ingest_reading
from tracker.documents.ingest import delete_report as remove_report
from tracker.documents.ingest import relink_all as _relink_all
from tracker.followup.link import counts, load_config
from tracker.followup.status import as_reviewed, complete
from tracker.labels import audit_action, audit_value, period_text, warning_text
from tracker.outputs import tables as exporting
from tracker.outputs import word
from tracker.queries import CommitmentRow, commitments, source_label, units
from tracker.review import ReviewError as ReviewError  # the pages catch it from here

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
STATUSES = ("done", "in_progress", "carried_over", "not_reported", "pending")


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Filters:
    agency: str | None = None
    period: str | None = None  # a period label as listed by filter_options
    field: str | None = None
    tag: str | None = None
    unit: str | None = None  # a responsible unit, as listed by filter_options


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str | None
    role: str


def configure_logging() -> None:
    """The app's logging: the same set-up as the CLI's (tracker.logs)."""
    from tracker.logs import configure

    configure()


def sign_in(engine: Engine, username: str, password: str) -> UserInfo | None:
    """The account if the name and password are right; Locked after too many failures."""
    with session_scope(engine) as session:  # failures count, a rehash is stored
        user = authenticate(session, username, password)
        return UserInfo(user.username, user.full_name, user.role) if user else None


def open_session(engine: Engine, user: UserInfo) -> str:
    """A session for a browser that just signed in: the token its cookie keeps."""
    with session_scope(engine) as session:
        return start_session(session, user.username)


def resume(engine: Engine, token: str | None) -> UserInfo | None:
    """The account a browser's session token signs in (after a reload or on a deep link),
    or None: unknown, signed out, expired, or the account disabled."""
    with Session(engine) as session:
        user = session_user(session, token)
        return UserInfo(user.username, user.full_name, user.role) if user else None


def well_formed_token(token: object) -> bool:
    """Whether a cookie's value could be a session token (checked before it goes to the
    database, or into the page's script)."""
    return well_formed(token)


def sign_out(engine: Engine, token: str | None) -> None:
    with session_scope(engine) as session:
        end_session(session, token)


SESSION_SECONDS = int(SESSION_HOURS * 3600)


def account(engine: Engine, username: str) -> UserInfo | None:
    """The account as it is now (None when disabled or gone): the app asks on every run,
    so a disabled account's open session loses its rights at once."""
    with Session(engine) as session:
        user = find_user(session, username)
        if user is None or not user.active:
            return None
        return UserInfo(user.username, user.full_name, user.role)


def _admin(user: UserInfo) -> None:
    if not can_administer(user.role):
        raise NotAllowed("Chỉ quản trị viên được quản lý tài khoản.")


def accounts(engine: Engine, *, user: UserInfo) -> list[dict]:
    """Every account with its role and state; admins only."""
    _admin(user)
    from tracker.accounts import list_users

    now = utcnow().replace(tzinfo=None)
    with Session(engine) as session:
        return [{"username": u.username, "full_name": u.full_name, "role": u.role,
                 "active": u.active,
                 "locked": bool(u.locked_until and u.locked_until.replace(tzinfo=None) > now)}
                for u in list_users(session)]


def add_account(engine: Engine, *, user: UserInfo, username: str, password: str, role: str,
                full_name: str | None = None) -> None:
    """A new account (UserError says why not, in English: the page words it)."""
    _admin(user)
    from tracker.accounts import add_user

    with session_scope(engine) as session:
        add_user(session, username, password, role=role, full_name=full_name,
                 actor=user.username)


def set_account_active(engine: Engine, *, user: UserInfo, username: str, active: bool) -> None:
    _admin(user)
    if username == user.username and not active:
        raise NotAllowed("Không thể tự vô hiệu hoá tài khoản của mình.")
    from tracker.accounts import set_active

    with session_scope(engine) as session:
        set_active(session, username, active, actor=user.username)


def reset_password(engine: Engine, *, user: UserInfo, username: str, password: str) -> None:
    _admin(user)
    with session_scope(engine) as session:
        set_password(session, username, password, actor=user.username)


def change_password(engine: Engine, user: UserInfo, current: str, new: str) -> None:
    """The signed-in person's own new password, after the current one (UserError)."""
    with session_scope(engine) as session:
        if authenticate(session, user.username, current) is None:
            raise UserError("Mật khẩu hiện tại không đúng.")
        try:
            set_password(session, user.username, new, actor=user.username)
        except UserError as exc:
            raise UserError("Mật khẩu mới cần ít nhất 8 ký tự.") from exc


def data_version(engine: Engine) -> int:
    """A number that changes whenever anything is written (by any process)."""
    return db.data_version(engine)


def has_users(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(User)).one() > 0


DEMO_USERS = (("lanhdao", "viewer", "Lãnh đạo Sở"), ("thuky", "editor", "Thư ký tổng hợp"),
              ("quantri", "admin", "Quản trị"))
DEMO_PASSWORD = "demo-2024"


def create_demo_users_if_none(engine: Engine) -> list[tuple[str, str]]:
    """Demo accounts for a database with none; returns (username, role) created."""
    from tracker.accounts import add_user

    if has_users(engine):
        return []
    with session_scope(engine) as session:
        for username, role, name in DEMO_USERS:
            add_user(session, username, DEMO_PASSWORD, role=role, full_name=name, actor="demo")
    return [(u, r) for u, r, _ in DEMO_USERS]


def load_samples_if_empty(engine: Engine) -> int:
    """The demo: the sample series goes into an empty database. Returns reports added."""
    with Session(engine) as session:
        if session.exec(select(func.count()).select_from(Report)).one():
            return 0
    return ingest_paths(engine, [SAMPLES]).count("added")


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


def _rows(session: Session, filters: Filters, status: str | None = None, *,
          with_evidence: bool = True) -> list[CommitmentRow]:
    if filters.unit and nlp.canonical_unit(filters.unit) not in units(session):
        return []  # a unit chosen before its last report was deleted has no tasks now
    rows = commitments(session, agency=filters.agency, field_name=filters.field, tag=filters.tag,
                       unit=filters.unit, status=status, with_evidence=with_evidence)
    if filters.period:
        rows = [r for r in rows if r.period == filters.period]
    return rows


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


def local_time(moment: datetime) -> str:
    """A stored UTC time as the office reads it: "30/11/2026 21:05" in its time zone
    ($TRACKER_TZ, default Asia/Ho_Chi_Minh)."""
    import os
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        zone = ZoneInfo(os.environ.get("TRACKER_TZ", "Asia/Ho_Chi_Minh"))
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).strftime("%d/%m/%Y %H:%M")


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
            standing=bar is not None and bar < config.evidence)


def _elements_of(session: Session, item_id: int) -> list[int]:
    # list[int]: ids read back are never NULL (sqlmodel types a primary key int | None)
    return cast(list[int], list(session.exec(select(col(Item.id)).where(
        Item.parent_id == item_id, Item.active == True))))  # noqa: E712


def _paragraph(text: str, start: int, end: int) -> str:
    """The paragraph around [start, end): from the blank line before to the one after."""
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    return text[before + 2 if before >= 0 else 0: after if after >= 0 else len(text)].strip()


@dataclass
class QueueEntry:
    link_id: int
    commitment_id: int
    commitment: str
    period: str | None
    agency: str
    sentence: str
    source: str
    score: float
    status: str
    uncertainty: float
    unit: str | None = None
    paragraph: str = ""  # the evidence item the sentence stands in
    highlight: tuple[int, int] = (0, 0)  # the sentence, as offsets into `paragraph`
    context: str = ""  # the paragraph the commitment stands in
    scanned: str = ""  # scan_note() when the evidence was read by OCR
    report_id: int | None = None
    page: int | None = None
    if_accepted: str = "in_progress"  # the task's status once the suggestion is confirmed


def _if_confirmed(link: Link) -> str:
    """What a confirmed link makes of its task (tracker.followup.status.decide: confirmed evidence
    wins): done when its sentence reports the work done in full, else in progress."""
    return ("done" if complete(link.sentence_cue, link.features.get("progress"))
            else "in_progress")


def review_queue(engine: Engine, filters: Filters, *, unit: str | None = None,
                 status: str | None = None) -> list[QueueEntry]:
    """Machine suggestions awaiting a person, most uncertain first (score near the bar);
    narrowed to one responsible unit and to the commitments of one status if asked."""
    threshold = load_config().evidence
    with Session(engine) as session:
        chosen = dataclasses.replace(filters, unit=unit) if unit else filters
        rows = {r.id: r for r in _rows(session, chosen, status, with_evidence=False)}
        if not rows:
            return []
        query = (select(Link, Item, Report).join(Item, col(Item.id) == Link.evidence_id)
                 .join(Report, col(Report.id) == Item.report_id)
                 .where(col(Link.commitment_id).in_(list(rows)), Link.verdict == "suggested",
                        Link.relation == "evidence", Link.rank == 1))
        entries = []
        for link, other, source in session.exec(query):
            row = rows[link.commitment_id]
            own = session.get(Item, row.id)
            assert own is not None and link.id is not None
            own_report = session.get(Report, own.report_id)
            assert own_report is not None
            paragraph = source.text[other.start:other.end]
            entries.append(QueueEntry(
                link.id, row.id, row.text, row.period, row.agency, link.sentence,
                source_label(source), round(link.score, 3), row.status,
                abs(link.score - threshold), row.responsible_unit, paragraph,
                (max(0, link.sentence_start - other.start),
                 min(len(paragraph), link.sentence_end - other.start)),
                _paragraph(own_report.text, own.start, own.end),
                scan_note(source.scanned_pages, source.ocr_confidence), source.id,
                page_of(source, link.sentence_start), _if_confirmed(link)))
    return sorted(entries, key=lambda e: (e.uncertainty, e.link_id))


class NotAllowed(PermissionError):
    """The signed-in person's role does not allow this change."""


def _editor(user: UserInfo) -> str:
    if not can_edit(user.role):
        raise NotAllowed("Tài khoản chỉ được xem, không được sửa.")
    return user.username


def _act(engine: Engine, user: UserInfo, action):
    actor = _editor(user)
    with session_scope(engine) as session:
        return action(session, actor)


def accept(engine: Engine, link_id: int, *, user: UserInfo) -> None:
    _act(engine, user, lambda s, a: review.confirm_link(s, link_id, actor=a))


def reject(engine: Engine, link_id: int, *, user: UserInfo) -> None:
    _act(engine, user, lambda s, a: review.reject_link(s, link_id, actor=a))


def set_status(engine: Engine, commitment_id: int, status: str | None, *, user: UserInfo,
               note: str | None = None) -> None:
    _act(engine, user, lambda s, a: review.set_status(s, commitment_id, status, actor=a,
                                                      note=note))


def edit(engine: Engine, item_id: int, *, user: UserInfo, **changes) -> None:
    _act(engine, user, lambda s, a: review.edit_item(s, item_id, ItemUpdate(**changes), actor=a))


def add_tag(engine: Engine, item_id: int, name: str, *, user: UserInfo) -> None:
    _act(engine, user, lambda s, a: review.add_tag(s, item_id, name, actor=a))


def remove_tag(engine: Engine, item_id: int, name: str, *, user: UserInfo) -> None:
    _act(engine, user, lambda s, a: review.remove_tag(s, item_id, name, actor=a))


def undo_last(engine: Engine, *, user: UserInfo) -> str | None:
    """Undo this person's last decision on a link, status, tag or edit; returns which."""
    return _act(engine, user, lambda s, a: review.undo_last(s, actor=a))


@dataclass
class Preview:
    ok: bool
    message: str
    report: dict | None = None
    sections: dict[str, list[dict]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # in Vietnamese


def preview_upload(data: bytes, filename: str) -> Preview:
    """What would be extracted from an uploaded file, before anything is stored."""
    try:
        text, hints = nlp.read_bytes_with_hints(data, filename)
        report = nlp.extract_report(text, heading_hints=hints)
    except nlp.ReadError as exc:
        return Preview(False, str(exc))
    sections: dict[str, list[dict]] = defaultdict(list)
    for item in report.items:
        sections[item.section].append({"kind": item.kind, "text": item.text, "cue": item.cue,
                                       "field": item.field})
    return Preview(True, "", report.to_dict()["report"], dict(sections),
                   [warning_text(w) for w in report.warnings])


def ingest_upload(engine: Engine, data: bytes, filename: str, *, user: UserInfo,
                  agency: str | None = None,
                  progress: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """Store an uploaded report (one outcome per document in it: a scan may hold a cover
    letter and its report); errors come back in the outcomes, nothing half-written.
    `progress(done, total)` follows the pages of a scan as they are read."""
    _editor(user)
    try:
        reading = nlp.read_bytes_document(data, filename, progress)
        outcomes = ingest_reading(engine, reading, filename, agency=agency,
                                  original=data if reading.scanned_pages else None)
    except (nlp.ReadError, ValueError, IngestError) as exc:
        outcomes = [Outcome(filename, "failed", str(exc))]
    for outcome in outcomes:
        log.log(logging.WARNING if outcome.state == "failed" else logging.INFO,
                "%s uploaded %s: %s %s", user.username, outcome.source, outcome.state,
                outcome.message)
    return outcomes


def relink_all(engine: Engine, *, user: UserInfo,
               on_done: Callable[[str], None] | None = None) -> Relinked:
    """Link every commitment again (after the linking rules changed); admins only.
    Reviewers' decisions stay. Says how many were relinked and how many changed status."""
    if not can_administer(user.role):
        raise NotAllowed("Chỉ quản trị viên được liên kết lại toàn bộ.")
    return _relink_all(engine, on_done=on_done)


def delete_report(engine: Engine, report_id: int, *, user: UserInfo) -> dict:
    """Delete a report and all that derives from it; admins only (NotAllowed), a ValueError
    for an unknown report. What was deleted is returned and kept in the audit trail."""
    if not can_administer(user.role):
        raise NotAllowed("Chỉ quản trị viên được xoá báo cáo.")
    try:
        with session_scope(engine) as session:
            return remove_report(session, report_id, actor=user.username)
    except IngestError as exc:
        raise ValueError(f"Không tìm thấy báo cáo {report_id}.") from exc


def _sender(name: str, place: str) -> word.Sender:
    """A header for a letter from `name` ("UBND tỉnh Lâm Đồng", "Văn phòng UBND tỉnh")."""
    parts = name.replace("UBND", "Ủy ban nhân dân").split(" tỉnh ", 1)
    if name.lower().startswith(("ubnd", "ủy ban nhân dân")) and len(parts) == 2:
        return word.Sender(parent=parts[0], body=f"tỉnh {parts[1]}", place=place)
    return word.Sender(parent="Ủy ban nhân dân tỉnh", body=name, place=place)


def register(engine: Engine, *, today: date, unit: str | None = None,
             deadline: str | None = None, directives_only: bool = True,
             leader: str | None = None, document: str | None = None) -> list[dict]:
    """The register of assigned tasks (Nhiệm vụ được giao): each task with its unit, source,
    deadline and its window on `today` ("overdue", "due_soon", None); filtered by unit,
    window ("overdue", "due_soon", "due" = either), the leader who chaired the meeting
    that assigned it, and its source document (as `register_choices` names them)."""
    with Session(engine) as session:
        rows = _rows(session, Filters(unit=unit))
    out = []
    for row in rows:
        if directives_only and row.kind != "directive":
            continue
        if leader and row.leader != leader:
            continue
        if document and row.source != document:
            continue
        state = word.window(row, today)
        if deadline and not (state == deadline or (deadline == "due" and state)):
            continue
        data = row.to_dict()
        data["window"] = state
        out.append(data)
    return out


def register_choices(engine: Engine) -> dict[str, list[str]]:
    """What the register can be narrowed to: the leaders who chaired meetings whose
    conclusions assign tasks, and the documents that assign them (by their label)."""
    with Session(engine) as session:
        rows = [r for r in _rows(session, Filters(), with_evidence=False)
                if r.kind == "directive"]
    return {"leaders": sorted({r.leader for r in rows if r.leader}),
            "documents": sorted({r.source for r in rows})}


def register_units(engine: Engine) -> list[str]:
    """The units assigned tasks, one name each."""
    with Session(engine) as session:
        return units(session)


def register_file(engine: Engine, rows: list[dict], fmt: str) -> bytes:
    """The register as shown (its rows' ids), as a file of `fmt`."""
    with Session(engine) as session:
        found = {r.id: r for r in commitments(session, ids=[r["id"] for r in rows])}
    return exporting.WRITERS[fmt]([found[r["id"]] for r in rows if r["id"] in found])


def urging_letter(engine: Engine, unit: str, *, sender: str | None = None, place: str = "",
                  today: date) -> bytes:
    """The urging letter to `unit` (.docx); ValueError when it has nothing overdue or due.
    The sender is by default the body that assigned most of the unit's tasks ("Ủy ban nhân
    dân tỉnh Lâm Đồng"), and the place its province."""
    with Session(engine) as session:
        rows = _rows(session, Filters(unit=unit))
    if sender is None:
        assigners = Counter(r.agency for r in rows if r.kind == "directive") or Counter(
            r.agency for r in rows)
        sender = assigners.most_common(1)[0][0] if assigners else "Ủy ban nhân dân tỉnh"
    if not place and " tỉnh " in sender:
        place = sender.split(" tỉnh ", 1)[1].strip()
    return word.urging_letter(nlp.canonical_unit(unit) or unit, rows,
                              sender=_sender(sender, place), today=today)


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
        counts: dict[int | None, int] = dict(session.exec(select(Item.report_id, func.count())
            .where(col(Item.kind).in_(TASK_KINDS), Item.active == True)  # noqa: E712
            .group_by(col(Item.report_id))).all())
        return [{"id": r.id, "source": r.source_name, "number": r.number, "agency": a.name,
                 "period": period_text(r.period_start, r.period_end, r.period_label),
                 "next_period": period_text(r.next_start, r.next_end, r.next_label),
                 "issued": r.issued.isoformat() if r.issued else None,
                 "commitments": counts.get(r.id, 0),
                 "scanned": scan_note(r.scanned_pages, r.ocr_confidence),
                 "warnings": [warning_text(w) for w in r.warnings or ()],
                 "ingested_at": local_time(r.ingested_at)}
                for r, a in session.exec(query)]


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


def export_file(engine: Engine, filters: Filters, fmt: str, status: str | None = None) -> bytes:
    with Session(engine) as session:
        rows = _rows(session, filters, status)
    return exporting.WRITERS[fmt](rows)
