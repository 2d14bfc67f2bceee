"""Review and tagging: the secretariat's corrections. Each change is an AuditEvent, and a
reviewer's decision wins over the machine and survives relinking and re-extraction."""

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from models import (
    TASK_KINDS,
    AuditEvent,
    CommitmentStatus,
    Item,
    ItemTag,
    Link,
    Report,
    Status,
    Tag,
    utcnow,
)
from models.report import ItemUpdate
from tracker.followup.model import Example, LinkModel, fit, read_examples
from tracker.followup.update import lock_item, recompute_status, roll_up_parents
from tracker.logs import record


class ReviewError(ValueError):
    """A review action that cannot be applied; the message says why."""


def _audit(session: Session, actor: str, action: str, entity: str, entity_id: int | None,
           before: dict | None, after: dict | None) -> AuditEvent:
    return record(session, AuditEvent(actor=actor, action=action, entity=entity,
                                      entity_id=entity_id, before=before, after=after))


def _link(session: Session, link_id: int) -> Link:
    link = session.get(Link, link_id)
    if link is None:
        raise ReviewError(f"no link {link_id}")
    return link


def _commitment(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None or item.kind not in TASK_KINDS:
        raise ReviewError(f"no commitment {item_id}")
    return item


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise ReviewError(f"no item {item_id}")
    return item


def _link_state(link: Link) -> dict[str, Any]:
    return {"verdict": link.verdict, "origin": link.origin, "evidence_id": link.evidence_id}


def set_verdict(session: Session, link_id: int, verdict: str, *, actor: str) -> Link:
    """Confirm or reject a suggested link (or undo that: verdict "suggested")."""
    if verdict not in ("confirmed", "rejected", "suggested"):
        raise ReviewError(f"unknown verdict {verdict!r}")
    link = _link(session, link_id)
    lock_item(session, link.commitment_id)
    session.refresh(link)  # as it is now that no one else writes this agency
    before = _link_state(link)
    link.verdict = verdict
    link.decided_by, link.decided_at = actor, utcnow()
    session.add(link)
    _audit(session, actor, f"link.{verdict}", "link", link.id, before, _link_state(link))
    session.flush()
    recompute_status(session, link.commitment_id)
    return link


def confirm_link(session: Session, link_id: int, *, actor: str) -> Link:
    return set_verdict(session, link_id, "confirmed", actor=actor)


def reject_link(session: Session, link_id: int, *, actor: str) -> Link:
    return set_verdict(session, link_id, "rejected", actor=actor)


def add_link(session: Session, commitment_id: int, evidence_id: int, *, actor: str,
             relation: str = "evidence") -> Link:
    """A link the machine missed, confirmed from the start; the whole item is the sentence."""
    lock_item(session, commitment_id)
    commitment = _commitment(session, commitment_id)
    evidence = _item(session, evidence_id)
    if evidence.id == commitment.id:
        raise ReviewError("a commitment cannot be its own evidence")
    assert commitment.id is not None and evidence.id is not None
    cue = evidence.cue if evidence.kind == "action" else "planned"
    link = Link(commitment_id=commitment.id, evidence_id=evidence.id, relation=relation,
                score=1.0, sentence_start=evidence.start, sentence_end=evidence.end,
                sentence=evidence.text, sentence_cue=cue, origin="reviewer",
                verdict="confirmed", decided_by=actor, decided_at=utcnow())
    session.add(link)
    session.flush()
    _audit(session, actor, "link.add", "link", link.id, None, _link_state(link))
    recompute_status(session, commitment.id)
    return link


def set_status(session: Session, commitment_id: int, status: str | None, *, actor: str,
               note: str | None = None) -> CommitmentStatus:
    """A reviewer's status (None gives the decision back to the machine)."""
    if status is not None and status not in Status.__members__:
        raise ReviewError(f"unknown status {status!r} (one of {', '.join(Status.__members__)})")
    lock_item(session, commitment_id)
    _commitment(session, commitment_id)
    row = session.get(CommitmentStatus, commitment_id) or recompute_status(session, commitment_id)
    before = {"reviewed": row.reviewed, "note": row.note}
    row.reviewed = status
    if note is not None:
        row.note = note
    row.reviewed_by, row.reviewed_at = actor, utcnow()
    session.add(row)
    _audit(session, actor, "status.set" if status else "status.clear", "commitment",
           commitment_id, before, {"reviewed": row.reviewed, "note": row.note})
    roll_up_parents(session, [commitment_id])  # a lead-in shows what its elements are
    return row


def edit_item(session: Session, item_id: int, changes: ItemUpdate, *, actor: str) -> Item:
    """Edit text, field, responsible unit or deadline; re-extraction keeps the edit."""
    item = _item(session, item_id)
    values = changes.model_dump(exclude_unset=True)
    if not values:
        raise ReviewError("nothing to change")
    if "text" in values and not (values["text"] or "").strip():
        raise ReviewError("the text cannot be empty")
    before = {key: _plain(getattr(item, key)) for key in values}
    for key, value in values.items():
        setattr(item, key, value)
    item.edited = True
    session.add(item)
    _audit(session, actor, "item.edit", "item", item.id, before,
           {key: _plain(value) for key, value in values.items()})
    return item


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


def _tag(session: Session, name: str, *, create: bool) -> Tag | None:
    name = " ".join(name.split())
    if not name:
        raise ReviewError("a tag needs a name")
    tag = session.exec(select(Tag).where(Tag.name == name)).first()
    if tag is None and create:
        tag = Tag(name=name)
        session.add(tag)
        session.flush()
    return tag


def add_tag(session: Session, item_id: int, name: str, *, actor: str) -> Tag:
    _item(session, item_id)
    tag = _tag(session, name, create=True)
    assert tag is not None and tag.id is not None  # created (and flushed) when missing
    if session.get(ItemTag, (item_id, tag.id)) is None:
        session.add(ItemTag(item_id=item_id, tag_id=tag.id))
        _audit(session, actor, "tag.add", "item", item_id, None, {"tag": tag.name})
    return tag


def remove_tag(session: Session, item_id: int, name: str, *, actor: str) -> None:
    tag = _tag(session, name, create=False)
    link = session.get(ItemTag, (item_id, tag.id)) if tag else None
    if link is None:
        raise ReviewError(f"item {item_id} has no tag {name!r}")
    assert tag is not None  # the tagging was found by it
    session.delete(link)
    _audit(session, actor, "tag.remove", "item", item_id, {"tag": tag.name}, None)


def _new_item(session: Session, source: Item, text: str) -> Item:
    position = max(session.exec(select(Item.position).where(
        Item.report_id == source.report_id)).all(), default=-1) + 1
    item = Item(report_id=source.report_id, kind=source.kind, position=position, text=text,
                start=source.start, end=source.end, section=source.section, field=source.field,
                cue=source.cue, deadline_text=source.deadline_text, deadline=source.deadline,
                responsible_unit=source.responsible_unit, entities=[], clauses=[],
                words=_words(text), origin="reviewer", edited=True)
    session.add(item)
    session.flush()
    return item


def _words(text: str) -> list[str]:
    """The item's words as extraction gives them, so linking treats it like any other."""
    from nlp import build_nlp

    return [t.norm_ for t in build_nlp().tokenizer(text)
            if any(ch.isalnum() for ch in t.text)]


def split_item(session: Session, item_id: int, parts: list[str], *, actor: str) -> list[Item]:
    """One item becomes several (each a commitment of its own); the original is retired."""
    lock_item(session, item_id)
    item = _item(session, item_id)
    parts = [" ".join(p.split()) for p in parts if p.strip()]
    if len(parts) < 2:
        raise ReviewError("a split needs at least two non-empty parts")
    new = [_new_item(session, item, text) for text in parts]
    item.active, item.retired = False, "split"
    session.add(item)
    _audit(session, actor, "item.split", "item", item.id, {"text": item.text},
           {"into": [i.id for i in new]})
    _refresh(session, new)
    return new


def merge_items(session: Session, item_ids: list[int], *, actor: str) -> Item:
    """Several items of one report and kind become one; the originals are retired."""
    if item_ids:
        lock_item(session, min(item_ids))  # merged items share one report, so one agency
    items = [_item(session, i) for i in dict.fromkeys(item_ids)]
    if len(items) < 2:
        raise ReviewError("a merge needs at least two items")
    if len({(i.report_id, i.kind) for i in items}) > 1:
        raise ReviewError("only items of the same report and kind can be merged")
    items.sort(key=lambda i: i.position)
    merged = _new_item(session, items[0], "; ".join(i.text.rstrip(" .;") for i in items) + ".")
    merged.start, merged.end = min(i.start for i in items), max(i.end for i in items)
    for item in items:
        item.active, item.retired = False, "merge"
        session.add(item)
    _audit(session, actor, "item.merge", "item", merged.id,
           {"items": [i.id for i in items]}, {"text": merged.text})
    _refresh(session, [merged])
    return merged


def _refresh(session: Session, items: list[Item]) -> None:
    from tracker.followup.update import relink

    report = session.get(Report, items[0].report_id)
    assert report is not None
    relink(session, report.agency_id)


UNDOABLE = ("link.confirmed", "link.rejected", "status.set", "status.clear", "tag.add",
            "tag.remove", "item.edit")


def undo_last(session: Session, *, actor: str) -> str | None:
    """Undo this person's most recent decision not yet undone; returns its action name."""
    undone = {e.after.get("event") for e in session.exec(
        select(AuditEvent).where(AuditEvent.actor == actor, AuditEvent.action == "undo"))
        if e.after}
    event = next((e for e in session.exec(
        select(AuditEvent).where(AuditEvent.actor == actor, col(AuditEvent.action).in_(UNDOABLE))
        .order_by(col(AuditEvent.id).desc())) if e.id not in undone), None)
    if event is None:
        return None
    before = event.before or {}
    if event.action.startswith("link."):
        assert event.entity_id is not None
        link = _link(session, event.entity_id)
        if link.verdict != (event.after or {}).get("verdict"):
            raise ReviewError("this link was decided again since; undo that decision first")
        link.verdict = before.get("verdict", "suggested")
        link.decided_by = link.decided_at = None
        session.add(link)
        session.flush()
        recompute_status(session, link.commitment_id)
    elif event.action.startswith("status."):
        row = session.get(CommitmentStatus, event.entity_id)
        assert row is not None
        row.reviewed, row.note = before.get("reviewed"), before.get("note")
        session.add(row)
    elif event.action == "tag.add":
        assert event.after is not None
        tag = _tag(session, event.after["tag"], create=False)
        tagged = session.get(ItemTag, (event.entity_id, tag.id)) if tag else None
        if tagged is not None:
            session.delete(tagged)
    elif event.action == "tag.remove":
        assert event.entity_id is not None
        tag = _tag(session, before["tag"], create=True)
        assert tag is not None and tag.id is not None  # created (and flushed) when missing
        if session.get(ItemTag, (event.entity_id, tag.id)) is None:
            session.add(ItemTag(item_id=event.entity_id, tag_id=tag.id))
    elif event.action == "item.edit":
        assert event.entity_id is not None
        item = _item(session, event.entity_id)
        for key, value in before.items():
            setattr(item, key, date.fromisoformat(value) if key == "deadline" and value else value)
        session.add(item)
    _audit(session, actor, "undo", event.entity, event.entity_id, {"action": event.action},
           {"event": event.id})
    return event.action


def reviewed_examples(session: Session) -> list[Example]:
    """The reviewers' decisions on machine evidence as training examples: a confirmed link
    is evidence (1), a rejected one is not (0). Links a reviewer added carry no machine
    features and teach nothing here."""
    rows = session.exec(select(Link).where(Link.relation == "evidence",
                                           col(Link.verdict).in_(("confirmed", "rejected"))))
    return [Example(dict(link.features), link.sentence_cue or "",
                    int(link.verdict == "confirmed"), "reviews")
            for link in rows if "rules" in (link.features or {})]


def train_model(session: Session, *, gold: bool = True) -> LinkModel:
    """A calibrated evidence scorer (tracker.followup.model) from the reviewers' decisions, and the
    gold groups' examples shipped with the package (three real series, three invented)
    unless `gold` is False."""
    reviews = reviewed_examples(session)
    examples = [*(read_examples() if gold else []), *reviews]
    if not examples:
        raise ReviewError("nothing to train on: no reviewed evidence and no gold examples")
    return fit(examples, note=f"{len(reviews)} reviewer decisions"
               + (" and the shipped gold examples" if gold else ""))
