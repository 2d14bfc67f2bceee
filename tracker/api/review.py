"""The review queue and a reviewer's decisions on evidence, statuses, edits and tags."""


import dataclasses
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from models import (
    Item,
    Link,
    Report,
)
from models.report import ItemUpdate
from tracker import review
from tracker.api.common import Filters, UserInfo, _act, _rows
from tracker.api.views import _paragraph, page_of, scan_note
from tracker.followup.link import load_config
from tracker.followup.status import complete
from tracker.queries import source_label


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
