"""The typed result of extraction; `.to_dict()` is the JSON contract of ../shared/DESIGN.md."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nlp.periods import Period


@dataclass(frozen=True)
class Entity:
    label: str
    text: str
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text}


@dataclass(frozen=True)
class Clause:
    """A part of an item between ";" or sentence ends, with what its own wording says."""

    start: int
    end: int
    cue: str


@dataclass(frozen=True)
class Item:
    """One commitment (from a tasks section), action (from a results section) or directive
    (a task a directive document assigns)."""

    kind: str  # commitment | action | directive
    text: str
    start: int
    end: int
    section: str
    field: str | None
    cue: str  # done | in_progress | not_done | planned
    entities: tuple[Entity, ...] = ()
    verb_rule: str = ""
    cue_rules: tuple[str, ...] = ()
    clauses: tuple[Clause, ...] = ()
    words: tuple[str, ...] = ()  # underthesea words in matching form, for retrieval
    # What a task says about itself (commitments and directives; nlp/tasks.py)
    unit: str | None = None  # who must do it
    co_units: tuple[str, ...] = ()  # who works with it ("phối hợp với …")
    due: str | None = None  # its time limit, ISO (YYYY-MM for a month): the contract's "deadline"
    task_kind: str | None = None  # deliverable | ongoing | recurring
    parent: int | None = None  # index of the lead-in item this one is an element of

    @property
    def deadline(self) -> str | None:
        return next((e.text for e in self.entities if e.label == "DEADLINE"), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "field": self.field,
            "cue": self.cue,
            "unit": self.unit,
            "co_units": list(self.co_units),
            "deadline": self.due,
            "task_kind": self.task_kind,
            "parent": self.parent,
            "entities": [e.to_dict() for e in self.entities],
        }


@dataclass
class Report:
    """Metadata of one report and the items extracted from it."""

    text: str
    number: str | None
    place: str | None
    issued: date | None
    agency: str | None
    title: str | None
    period: Period | None
    next_period: Period | None
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kind: str | None = None  # report | conclusion | directive | plan | letter | decision | …
    doc_type: str | None = None  # the type line as printed ("BÁO CÁO")
    issuer: str | None = None  # the issuing body as printed in the header
    issuer_parent: str | None = None  # the body above it ("UBND TỈNH LÂM ĐỒNG")
    month: date | None = None  # 1st of the dateline's month when its day is blank (ordering)
    leader: str | None = None  # who chaired the meeting a conclusion notice reports
    cites: tuple[str, ...] = ()  # numbers of the documents it carries out ("493/TB-UBND")

    @property
    def commitments(self) -> list[Item]:
        return [item for item in self.items if item.kind == "commitment"]

    @property
    def tasks(self) -> list[Item]:
        """What is followed up: commitments and directives."""
        return [item for item in self.items if item.kind in ("commitment", "directive")]

    @property
    def parents(self) -> set[int]:
        """Indices of the lead-ins that atomic elements belong to (their `parent`)."""
        return {item.parent for item in self.items if item.parent is not None}

    @property
    def actions(self) -> list[Item]:
        return [item for item in self.items if item.kind == "action"]

    def to_dict(self) -> dict[str, Any]:
        empty = {"label": None, "start": None, "end": None}
        return {
            "report": {
                "kind": self.kind,
                "doc_type": self.doc_type,
                "issuer": self.issuer,
                "issuer_parent": self.issuer_parent,
                "leader": self.leader,
                "cites": list(self.cites),
                "number": self.number,
                "place": self.place,
                "issued": self.issued.isoformat() if self.issued else None,
                "agency": self.agency,
                "title": self.title,
                "period": self.period.to_dict() if self.period else dict(empty),
                "next_period": self.next_period.to_dict() if self.next_period else dict(empty),
                "warnings": list(self.warnings),
            },
            "items": [item.to_dict() for item in self.items],
        }
