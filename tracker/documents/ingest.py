"""Ingest: reports into the database, idempotently, one transaction per report.

The same content twice is stored once. A report stored by an older pipeline is extracted
again, keeping every item a reviewer touched (matched by position in the text).
"""

import calendar
import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import SequenceMatcher
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, delete, select

import nlp
from models import Agency, CommitmentStatus, Item, Report, SourceFile, utcnow
from tracker.db import DatabaseError, describe, lock, session_scope
from tracker.followup.update import relink
from tracker.logs import record as record_event

SUFFIXES = nlp.SUPPORTED
log = logging.getLogger(__name__)


class IngestError(ValueError):
    """A report that cannot be stored; the message says why in one line."""


@dataclass
class Outcome:
    source: str
    state: str  # added | replaced | kept | unchanged | re-extracted | failed
    message: str = ""
    report_id: int | None = None
    commitments: int = 0
    actions: int = 0
    warning: str = ""  # stored, but worth a look (nothing extracted, no tasks section)


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(o.state == state for o in self.outcomes)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the report files inside any folder (sorted)."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ingest_paths(engine: Engine, paths: Iterable[str | Path], *, agency: str | None = None,
                 on_done: Callable[[list[Outcome]], None] | None = None,
                 on_page: Callable[[str, int, int], None] | None = None) -> Summary:
    """Ingest every file; a file that fails is reported and the others still go in.
    `on_done(outcomes)` after each file; `on_page(name, done, total)` as a scan is read."""
    summary = Summary()
    for path in expand(paths):
        pages = (lambda done, total, name=path.name: on_page(name, done, total)) if on_page \
            else None
        try:
            outcomes = ingest_file(engine, path, agency=agency, progress=pages)
        except (nlp.ReadError, IngestError) as exc:
            outcomes = [Outcome(path.name, "failed", str(exc))]
        except DatabaseError:
            raise  # the database is gone: every other file would fail the same way
        except Exception as exc:  # noqa: BLE001  one bad file never stops the batch
            log.exception("ingest of %s failed", path)
            outcomes = [Outcome(
                path.name, "failed",
                f"{path.name}: unexpected error ({type(exc).__name__}: {exc})"[:300])]
        summary.outcomes.extend(outcomes)
        for outcome in outcomes:
            if outcome.state == "failed":
                log.warning("ingest failed: %s", outcome.message)
            else:
                log.info("ingest %s: %s %s", outcome.source, outcome.state, outcome.message)
        if on_done:
            on_done(outcomes)
    return summary


def ingest_file(engine: Engine, path: Path, *, agency: str | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """One outcome per document in the file (a scanned PDF may hold a cover letter and
    the report it submits: each is stored on its own)."""
    reading = nlp.read_document(path, progress)
    original = path.read_bytes() if reading.scanned_pages else None
    return ingest_reading(engine, reading, path.name, agency=agency, original=original)


def ingest_reading(engine: Engine, reading: nlp.Reading, name: str, *,
                   agency: str | None = None, original: bytes | None = None) -> list[Outcome]:
    """Store what was read from one file. `original`: the file's bytes, kept for a scan so
    that its pages can be shown beside the text read from them."""
    if not reading.parts:
        return [ingest_text(engine, reading.text, source=name, agency=agency,
                            heading_hints=reading.hints,
                            scanned=(reading.scanned_pages, reading.ocr_confidence),
                            saved=reading.saved, notes=reading.notes,
                            scan_file=_scan_file(name, original, reading.scanned_pages, 1,
                                                 reading.page_starts))]
    outcomes = []
    for part in reading.parts:
        source = f"{name} (trang {part.first_page}–{part.last_page})"
        try:
            outcomes.append(ingest_text(
                engine, part.text, source=source, agency=agency,
                scanned=(part.scanned_pages, part.ocr_confidence), saved=reading.saved,
                notes=reading.notes,
                scan_file=_scan_file(name, original, part.scanned_pages, part.first_page,
                                     part.page_starts)))
        except IngestError as exc:
            outcomes.append(Outcome(source, "failed", str(exc)))
    return outcomes


@dataclass
class ScanFile:
    """A scanned file's bytes, and where this document sits in it."""

    name: str
    data: bytes
    first_page: int  # 1-based
    page_starts: list[int | None]  # where each page's text begins in the document's text


def _scan_file(name: str, data: bytes | None, scanned_pages: int, first_page: int,
               page_starts: list[int | None]) -> ScanFile | None:
    if not data or not scanned_pages:
        return None
    return ScanFile(name, data, first_page, page_starts)


def ingest_text(engine: Engine, text: str, *, source: str, agency: str | None = None,
                heading_hints: dict[int, int] | None = None,
                scanned: tuple[int, float | None] = (0, None),
                saved: datetime | None = None, scan_file: ScanFile | None = None,
                notes: list[str] | tuple[str, ...] = ()) -> Outcome:
    """Extract (outside the transaction), then store and relink in one transaction.
    `scanned`: how many pages were read by OCR, and its mean confidence; `saved`: when the
    file was last saved, by its own properties; `notes`: what reading the file changed,
    kept with the report's warnings."""
    report = nlp.extract_report(text, agency=agency, heading_hints=heading_hints)
    report.warnings.extend(notes)
    name = agency or report.agency
    if not name:
        raise IngestError(f"{source}: cannot tell which agency sent this report; "
                          "give it with --agency")
    digest = content_hash(report.text)
    try:
        with session_scope(engine) as session:
            lock(session, f"agency:{name}")  # one writer per agency (PostgreSQL)
            existing = session.exec(select(Report).where(Report.content_hash == digest)).first()
            if existing and existing.pipeline_version == nlp.PIPELINE_VERSION:
                return Outcome(source, "unchanged", "already stored", existing.id)
            agency_row = _agency(session, name)
            assert agency_row.id is not None
            message = ""
            scan = {"scanned_pages": scanned[0], "ocr_confidence": scanned[1], "saved_at": saved}
            earlier = None if existing else previous_version(
                session, report, agency_row, scanned=bool(scanned[0]), source=source)
            reason = earlier is not None and _supersedes(earlier, report, source, scan)
            if reason:
                assert earlier is not None  # a reason is only given against it
                return Outcome(source, "kept", f"giữ bản đã lưu ({earlier.source_name}): "
                               f"{reason}", earlier.id)
            scan.update(_keep_file(session, scan_file))
            if existing:
                stored = _update_report(session, existing, report, agency_row, scan)
                state = "re-extracted"
            elif earlier is not None:
                message = f"thay thế bản trước ({earlier.source_name})"
                stored = _replace_report(session, earlier, report, source, digest, agency_row,
                                         scan)
                state = "replaced"
            else:
                stored = _add_report(session, report, source, digest, agency_row, scan)
                state = "added"
            session.flush()
            if state != "added":
                drop_unused_files(session)  # the version replaced may have had its scan
            relink(session, agency_row.id, upto_report=stored.id)
            return Outcome(source, state, message, stored.id, len(report.tasks),
                           len(report.actions), _warning(report))
    except SQLAlchemyError as exc:
        raise DatabaseError(describe(exc, engine)) from exc


def _keep_file(session: Session, scan_file: ScanFile | None) -> dict:
    """The report's fields that point into its scanned file, the file stored once."""
    if scan_file is None:
        return {"source_file_id": None, "first_page": None, "page_starts": []}
    digest = hashlib.sha256(scan_file.data).hexdigest()
    row = session.exec(select(SourceFile).where(SourceFile.content_hash == digest)).first()
    if row is None:
        row = SourceFile(content_hash=digest, name=scan_file.name, data=scan_file.data)
        session.add(row)
        session.flush()
    return {"source_file_id": row.id, "first_page": scan_file.first_page,
            "page_starts": list(scan_file.page_starts)}


def drop_unused_files(session: Session) -> None:
    """Delete the stored scans no report points to any more (replaced or deleted)."""
    used = select(Report.source_file_id).where(col(Report.source_file_id).is_not(None))
    session.exec(delete(SourceFile).where(col(SourceFile.id).not_in(used)))


NOTHING_FOUND = "Không tìm thấy nhiệm vụ/kết quả — kiểm tra lại tệp"
NO_TASKS = "Không thấy phần nhiệm vụ kỳ tới — kiểm tra lại tệp"


def _warning(report: nlp.Report) -> str:
    return check_warning(report.kind, len(report.items), len(report.commitments))


def check_warning(kind: str | None, items: int, commitments: int) -> str:
    """What a person should check about a stored report: nothing extracted at all, or a
    report with results but no tasks for the next period."""
    if not items:
        return NOTHING_FOUND
    if (kind or "report") == "report" and not commitments:
        return NO_TASKS
    return ""


@dataclass
class Relinked:
    commitments: int = 0  # how many were linked again
    changed: int = 0  # how many of them the machine now judges otherwise


def relink_all(engine: Engine, *, agency: str | None = None,
               on_done: Callable[[str], None] | None = None) -> Relinked:
    """Relink every commitment again (after the linking rules changed), agency by agency,
    one transaction each; reviewers' links and statuses stay. Says how many commitments
    were relinked and how many computed statuses changed. An unknown agency name is an
    IngestError."""
    try:
        with Session(engine) as session:
            query = select(Agency.id, Agency.name).order_by(Agency.name)
            if agency is not None:
                query = query.where(Agency.name == agency)
            agencies = list(session.exec(query))
        if agency is not None and not agencies:
            raise IngestError(f"unknown agency: {agency!r}")
        summary = Relinked()
        for agency_id, name in agencies:
            assert agency_id is not None
            with session_scope(engine) as session:
                lock(session, f"agency:{name}")
                before = _computed(session, agency_id)
                summary.commitments += relink(session, agency_id)
                session.flush()
                after = _computed(session, agency_id)
                summary.changed += sum(after[k] != before.get(k) for k in after)
            if on_done:
                on_done(name)
        return summary
    except SQLAlchemyError as exc:
        raise DatabaseError(describe(exc, engine)) from exc


def _computed(session: Session, agency_id: int) -> dict[int, str]:
    """The machine's status of each of the agency's commitments."""
    return dict(session.exec(
        select(CommitmentStatus.commitment_id, CommitmentStatus.computed)
        .join(Item, col(Item.id) == CommitmentStatus.commitment_id)
        .join(Report, col(Report.id) == Item.report_id)
        .where(Report.agency_id == agency_id)).all())


def _agency(session: Session, name: str) -> Agency:
    row = session.exec(select(Agency).where(Agency.name == name)).first()
    if row is None:
        row = Agency(name=name)
        session.add(row)
        session.flush()
    return row


def _report_fields(report: nlp.Report) -> dict:
    period, following = report.period, report.next_period
    return {
        "kind": report.kind, "issuer": report.issuer, "number": report.number,
        "place": report.place, "issued": report.issued, "month": report.month,
        "leader": report.leader, "cites": list(report.cites),
        "title": report.title, "period_label": period.label if period else None,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "next_label": following.label if following else None,
        "next_start": following.start if following else None,
        "next_end": following.end if following else None,
        "warnings": list(report.warnings), "pipeline_version": nlp.PIPELINE_VERSION,
    }


def _add_report(session: Session, report: nlp.Report, source: str, digest: str,
                agency: Agency, scan: dict) -> Report:
    assert agency.id is not None
    row = Report(agency_id=agency.id, source_name=source, content_hash=digest, text=report.text,
                 **_report_fields(report), **scan)
    session.add(row)
    session.flush()
    assert row.id is not None
    rows = [_item_row(row.id, position, item) for position, item in enumerate(report.items)]
    session.add_all(rows)
    _link_parents(session, report, rows)
    return row


def _link_parents(session: Session, report: nlp.Report, rows: list[Item]) -> None:
    """Point each atomic element at its lead-in's row (`rows` in the order of
    report.items)."""
    if report.parents:
        session.flush()  # the rows' ids
    for item, stored in zip(report.items, rows, strict=True):
        stored.parent_id = rows[item.parent].id if item.parent is not None else None


def _item_row(report_id: int, position: int, item: nlp.Item) -> Item:
    return Item(report_id=report_id, position=position, responsible_unit=item.unit,
                deadline=due_date(item.due), **_item_fields(item))


def due_date(due: str | None) -> date | None:
    """An extracted deadline as a date: a month ("2026-05") is its last day."""
    if not due:
        return None
    try:
        if len(due) == 7:
            year, month = int(due[:4]), int(due[5:])
            return date(year, month, calendar.monthrange(year, month)[1])
        return date.fromisoformat(due)
    except ValueError:
        return None


def _item_fields(item: nlp.Item) -> dict:
    return {
        "kind": item.kind, "text": item.text, "start": item.start, "end": item.end,
        "section": item.section, "field": item.field, "cue": item.cue,
        "deadline_text": item.deadline,
        "entities": [{"label": e.label, "text": e.text, "rule": e.rule} for e in item.entities],
        "clauses": [[c.start, c.end, c.cue] for c in item.clauses], "words": list(item.words),
        "verb_rule": item.verb_rule or None,
        "task_kind": item.task_kind, "co_units": list(item.co_units),
    }


def _refresh(stored: Item, item: nlp.Item) -> None:
    """A stored machine item takes the new extraction's fields; a reviewer's edit of the
    wording or the field stays (the unit and deadline are never extracted over)."""
    fields = _item_fields(item)
    if stored.edited:
        for key in ("text", "field"):
            fields.pop(key)
    for key, value in fields.items():
        setattr(stored, key, value)
    # the unit and deadline: filled when empty, never extracted over a reviewer's
    if stored.responsible_unit is None:
        stored.responsible_unit = item.unit
    if stored.deadline is None:
        stored.deadline = due_date(item.due)
    stored.active = True


def _update_report(session: Session, row: Report, report: nlp.Report, agency: Agency,
                   scan: dict) -> Report:
    """Re-extraction: refresh machine items in place, keep what reviewers touched.

    An item a reviewer split or merged stays retired: its replacements are the reviewer's
    and stay as they are, flagged for another look when the text behind them changed."""
    assert row.id is not None and agency.id is not None
    for key, value in {**_report_fields(report), **scan}.items():
        setattr(row, key, value)
    row.agency_id = agency.id
    old = session.exec(select(Item).where(Item.report_id == row.id)).all()
    by_span = {(i.kind, i.start): i for i in old if i.origin == "machine"}
    next_position = max((i.position for i in old), default=-1) + 1
    seen: set[int | None] = set()
    changed_spans: list[tuple[int, int]] = []
    rows: list[Item] = []  # the stored row of each extracted item, in order
    for item in report.items:
        match = by_span.get((item.kind, item.start))
        if match is None:
            match = next((i for i in by_span.values() if i.kind == item.kind
                          and _overlap(i.start, i.end, item.start, item.end) >= 0.5), None)
        if match is not None and match.id not in seen:
            seen.add(match.id)
            rows.append(match)
            if match.retired:
                if " ".join(item.text.split()) != " ".join(match.text.split()):
                    changed_spans.append((item.start, item.end))
                continue
            _refresh(match, item)
        else:
            added = _item_row(row.id, next_position, item)
            session.add(added)
            rows.append(added)
            next_position += 1
    _link_parents(session, report, rows)
    for stale in old:
        if stale.origin == "machine" and stale.id not in seen:
            stale.active = False  # kept, not deleted: links and reviews may point at it
        if stale.origin == "reviewer" and stale.active and any(
                _overlap(stale.start, stale.end, s, e) > 0 for s, e in changed_spans):
            stale.needs_review = True
    return row


SIMILAR_TEXT = 0.85  # word-trigram Jaccard: a draft and its final 0.93-0.96, two months 0.6-0.7
# When either text was read by OCR, or the two come in different formats: misread words,
# the edits made at signing, and tables that a PDF gives as runs of numbers lower the
# overlap (the signed scan of March 2026 against its .docx: 0.65; the Sở Nội vụ report of
# 06/11/2025 as .docx and as issued PDF: 0.74; two different reports of that agency: 0.29).
# Agency, kind and period must agree as well, so two different months never meet here.
SIMILAR_OTHER_FORM = 0.6


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def _similarity(a: str, b: str) -> float:
    x, y = _trigrams(a), _trigrams(b)
    return len(x & y) / len(x | y) if x and y else 0.0


def _form(source: str) -> str:
    """A source's file type: "report.pdf (trang 2–15)" -> ".pdf"."""
    suffixes = re.findall(r"\.(\w{2,4})(?=\s|$)", source)
    return suffixes[-1].lower() if suffixes else ""


def previous_version(session: Session, report: nlp.Report, agency: Agency,
                     scanned: bool = False, source: str = "") -> Report | None:
    """The stored document this one is another version of (the same document in another
    format, a later draft, a corrected re-send): same agency, kind and period, and the same
    number and date when both carry them, else nearly the same text."""
    period = report.period
    start, end = (period.start, period.end) if period else (None, None)
    query = select(Report).where(Report.agency_id == agency.id,
                                 Report.period_start == start if start else
                                 col(Report.period_start).is_(None),
                                 Report.period_end == end if end else
                                 col(Report.period_end).is_(None))
    for candidate in session.exec(query):
        if (candidate.kind or "report") != (report.kind or "report"):
            continue
        if candidate.number and report.number and candidate.issued and report.issued:
            if (candidate.number, candidate.issued) == (report.number, report.issued):
                return candidate
            continue
        other_form = _form(source) != _form(candidate.source_name)
        bar = SIMILAR_OTHER_FORM if scanned or candidate.scanned_pages or other_form \
            else SIMILAR_TEXT
        if _similarity(candidate.text, report.text) >= bar:
            return candidate
    return None


def _finality(source: str, scanned_pages: int, number: str | None, issued) -> tuple:
    """How far along its way to the addressee a version is: signed or issued (a scan, an
    issued PDF) before editable; with its number and date before without."""
    return (bool(scanned_pages) or _form(source) == "pdf", bool(number and issued))


def _supersedes(stored: Report, report: nlp.Report, source: str, facts: dict) -> str:
    """The stored version stays and the new one is set aside when the stored one is further
    along (a signed scan against its Word draft), or as far along and saved later (the
    final against a draft that comes in after it). Otherwise the new one replaces it: a
    corrected re-send, or the same file again with nothing to tell them apart. Says why
    the stored one stays, or "" when it does not."""
    old = _finality(stored.source_name, stored.scanned_pages, stored.number, stored.issued)
    new = _finality(source, facts["scanned_pages"], report.number, report.issued)
    if old != new:
        if old < new:
            return ""
        return ("đó là bản đã ký/ban hành của cùng văn bản" if old[0] > new[0]
                else "đó là bản đã có số và ngày của cùng văn bản")
    if stored.saved_at and facts["saved_at"] and stored.saved_at > facts["saved_at"]:
        return "bản này được lưu trước bản đó (bản cũ hơn của cùng văn bản)"
    return ""


def _replace_report(session: Session, row: Report, report: nlp.Report, source: str,
                    digest: str, agency: Agency, scan: dict) -> Report:
    """A new version of a stored document takes its place: the report row keeps its id,
    its items are matched to the new ones by their text, so reviewers' decisions on the
    tasks that did not change carry over; tasks gone from the new version are retired."""
    assert row.id is not None and agency.id is not None
    row.source_name, row.content_hash, row.text = source, digest, report.text
    row.ingested_at = utcnow()
    for key, value in {**_report_fields(report), **scan}.items():
        setattr(row, key, value)
    row.agency_id = agency.id
    old = [i for i in session.exec(select(Item).where(Item.report_id == row.id))
           if i.origin == "machine" and not i.retired]
    next_position = max((i.position for i in session.exec(
        select(Item).where(Item.report_id == row.id))), default=-1) + 1
    unused = {i.id: i for i in old}
    for item in report.items:
        match = _same_item(item, unused)
        if match is None:
            session.add(_item_row(row.id, next_position, item))
            next_position += 1
            continue
        del unused[match.id]
        _refresh(match, item)
    for gone in unused.values():
        gone.active = False
    return row


def _same_item(item: nlp.Item, candidates: dict[int | None, Item]) -> Item | None:
    """The stored item that says the same as `item`: the same words, else nearly."""
    text = " ".join(item.text.split())
    best, best_ratio = None, 0.85
    for candidate in candidates.values():
        if candidate.kind != item.kind:
            continue
        other = " ".join(candidate.text.split())
        if other == text:
            return candidate
        matcher = SequenceMatcher(None, text, other, autojunk=False)
        if matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio:
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = candidate, ratio
    return best


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    inter = min(a_end, b_end) - max(a_start, b_start)
    return inter / (max(a_end, b_end) - min(a_start, b_start)) if inter > 0 else 0.0


def delete_report(session: Session, report_id: int, *, actor: str) -> dict:
    """Delete a report and all that derives from it: its items, their links (either way),
    statuses and tags; the tasks of its agency (and the directives it assigned) are judged
    again without it. The audit trail keeps a record of what was deleted and by whom.
    Returns that record; an unknown report is an IngestError."""
    from models import AuditEvent, ItemTag, Link

    report = session.get(Report, report_id)
    if report is None:
        raise IngestError(f"no report {report_id}")
    agency = session.get(Agency, report.agency_id)
    assert agency is not None and agency.id is not None
    lock(session, f"agency:{agency.name}")
    items = list(session.exec(select(Item.id, Item.kind).where(Item.report_id == report_id)))
    ids = [i for i, _ in items]
    record = {"source": report.source_name, "agency": agency.name, "number": report.number,
              "period": report.period_label, "kind": report.kind,
              "tasks": sum(kind in ("commitment", "directive") for _, kind in items),
              "actions": sum(kind == "action" for _, kind in items)}
    if ids:
        session.exec(delete(Link).where(col(Link.commitment_id).in_(ids)
                                        | col(Link.evidence_id).in_(ids)))
        session.exec(delete(CommitmentStatus).where(col(CommitmentStatus.commitment_id).in_(ids)))
        session.exec(delete(ItemTag).where(col(ItemTag.item_id).in_(ids)))
        session.exec(delete(Item).where(col(Item.id).in_(ids)))
    session.delete(report)
    record_event(session, AuditEvent(actor=actor, action="report.delete", entity="report",
                                     entity_id=report_id, before=record, after=None))
    session.flush()
    drop_unused_files(session)
    relink(session, agency.id)  # what it was evidence for is judged again
    return record
