"""Ingest: reports into the database, idempotently, one transaction per report.

The same content twice is stored once. A report stored by an older pipeline is extracted
again, keeping every item a reviewer touched (matched by position in the text).
"""

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

import nlp
from models import Agency, CommitmentStatus, Item, Report
from tracker.db import DatabaseError, describe, session_scope
from tracker.update import relink

SUFFIXES = (".txt", ".docx", ".pdf")


class IngestError(ValueError):
    """A report that cannot be stored; the message says why in one line."""


@dataclass
class Outcome:
    source: str
    state: str  # added | unchanged | re-extracted | failed
    message: str = ""
    report_id: int | None = None
    commitments: int = 0
    actions: int = 0


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
                 on_done: Callable[[Outcome], None] | None = None) -> Summary:
    """Ingest every file; a file that fails is reported and the others still go in."""
    summary = Summary()
    for path in expand(paths):
        try:
            outcome = ingest_file(engine, path, agency=agency)
        except (nlp.ReadError, IngestError) as exc:
            outcome = Outcome(path.name, "failed", str(exc))
        summary.outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return summary


def ingest_file(engine: Engine, path: Path, *, agency: str | None = None) -> Outcome:
    text, hints = nlp.read_with_hints(path)
    return ingest_text(engine, text, source=path.name, agency=agency, heading_hints=hints)


def ingest_text(engine: Engine, text: str, *, source: str, agency: str | None = None,
                heading_hints: dict[int, int] | None = None) -> Outcome:
    """Extract (outside the transaction), then store and relink in one transaction."""
    report = nlp.extract_report(text, agency=agency, heading_hints=heading_hints)
    name = agency or report.agency
    if not name:
        raise IngestError(f"{source}: cannot tell which agency sent this report; "
                          "give it with --agency")
    digest = content_hash(report.text)
    try:
        with session_scope(engine) as session:
            existing = session.exec(select(Report).where(Report.content_hash == digest)).first()
            if existing and existing.pipeline_version == nlp.PIPELINE_VERSION:
                return Outcome(source, "unchanged", "already stored", existing.id)
            agency_row = _agency(session, name)
            if existing:
                stored = _update_report(session, existing, report, agency_row)
                state = "re-extracted"
            else:
                stored = _add_report(session, report, source, digest, agency_row)
                state = "added"
            session.flush()
            relink(session, agency_row.id, upto_report=stored.id)
            return Outcome(source, state, "", stored.id, len(report.commitments),
                           len(report.actions))
    except SQLAlchemyError as exc:
        raise DatabaseError(describe(exc, engine)) from exc


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
            with session_scope(engine) as session:
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
        "number": report.number, "place": report.place, "issued": report.issued,
        "title": report.title, "period_label": period.label if period else None,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "next_label": following.label if following else None,
        "next_start": following.start if following else None,
        "next_end": following.end if following else None,
        "warnings": list(report.warnings), "pipeline_version": nlp.PIPELINE_VERSION,
    }


def _add_report(session: Session, report: nlp.Report, source: str, digest: str,
                agency: Agency) -> Report:
    row = Report(agency_id=agency.id, source_name=source, content_hash=digest, text=report.text,
                 **_report_fields(report))
    session.add(row)
    session.flush()
    for position, item in enumerate(report.items):
        session.add(_item_row(row.id, position, item))
    return row


def _item_row(report_id: int, position: int, item: nlp.Item) -> Item:
    return Item(report_id=report_id, position=position, **_item_fields(item))


def _item_fields(item: nlp.Item) -> dict:
    return {
        "kind": item.kind, "text": item.text, "start": item.start, "end": item.end,
        "section": item.section, "field": item.field, "cue": item.cue,
        "deadline_text": item.deadline,
        "entities": [{"label": e.label, "text": e.text, "rule": e.rule} for e in item.entities],
        "clauses": [[c.start, c.end, c.cue] for c in item.clauses], "words": list(item.words),
        "verb_rule": item.verb_rule or None,
    }


def _update_report(session: Session, row: Report, report: nlp.Report, agency: Agency) -> Report:
    """Re-extraction: refresh machine items in place, keep what reviewers touched."""
    for key, value in _report_fields(report).items():
        setattr(row, key, value)
    row.agency_id = agency.id
    old = session.exec(select(Item).where(Item.report_id == row.id)).all()
    by_span = {(i.kind, i.start): i for i in old if i.origin == "machine"}
    next_position = max((i.position for i in old), default=-1) + 1
    seen: set[int] = set()
    for item in report.items:
        match = by_span.get((item.kind, item.start))
        if match is None:
            match = next((i for i in by_span.values() if i.kind == item.kind
                          and _overlap(i.start, i.end, item.start, item.end) >= 0.5), None)
        if match is not None and match.id not in seen:
            seen.add(match.id)
            fields = _item_fields(item)
            if match.edited:  # the reviewer's wording, field, unit and deadline stay
                for key in ("text", "field"):
                    fields.pop(key)
            for key, value in fields.items():
                setattr(match, key, value)
            match.active = True
        else:
            session.add(_item_row(row.id, next_position, item))
            next_position += 1
    for stale in old:
        if stale.origin == "machine" and stale.id not in seen:
            stale.active = False  # kept, not deleted: links and reviews may point at it
    return row


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    inter = min(a_end, b_end) - max(a_start, b_start)
    return inter / (max(a_end, b_end) - min(a_start, b_start)) if inter > 0 else 0.0
