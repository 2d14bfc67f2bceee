"""Files the app hands out: follow-up lists (Excel, Word, CSV, JSON), the register of
assigned tasks and a unit's urging letter."""


from collections import Counter
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session

import nlp
from tracker.api.common import Filters, _rows
from tracker.outputs import tables as exporting
from tracker.outputs import word
from tracker.queries import commitments, units


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


def export_file(engine: Engine, filters: Filters, fmt: str, status: str | None = None) -> bytes:
    with Session(engine) as session:
        rows = _rows(session, filters, status)
    return exporting.WRITERS[fmt](rows)
