"""Agencies, the reports they send and the items extracted from them."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.time import utcnow


class Agency(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow)


class SourceFile(SQLModel, table=True):
    """A scanned file as it came in: its pages are shown beside the text read from them."""

    __tablename__ = "source_file"

    id: int | None = Field(default=None, primary_key=True)
    content_hash: str = Field(max_length=64, unique=True, index=True)  # of the bytes
    name: str = Field(max_length=500)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    stored_at: datetime = Field(default_factory=utcnow)


class Report(SQLModel, table=True):
    """One ingested report: its metadata, periods and the text as read."""

    id: int | None = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    source_name: str = Field(max_length=500)
    content_hash: str = Field(max_length=64, unique=True, index=True)
    kind: str | None = Field(default=None, max_length=20)  # report, conclusion, plan …
    issuer: str | None = Field(default=None, max_length=300)  # as printed in the header
    number: str | None = Field(default=None, max_length=100)
    place: str | None = Field(default=None, max_length=100)
    issued: date | None = None
    month: date | None = None  # the dateline's month when its day is blank: to order only
    leader: str | None = Field(default=None, max_length=300)  # who chaired (conclusions)
    # numbers of the documents it says it carries out ("Thực hiện Thông báo số 493/TB-UBND")
    cites: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    title: str | None = Field(default=None, sa_column=Column(Text))
    period_label: str | None = Field(default=None, max_length=200)
    period_start: date | None = Field(default=None, index=True)
    period_end: date | None = None
    next_label: str | None = Field(default=None, max_length=200)
    next_start: date | None = None
    next_end: date | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    warnings: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    scanned_pages: int = 0  # pages read by OCR: their text may hold misread characters
    ocr_confidence: float | None = None  # Tesseract's mean word confidence there, 0-100
    saved_at: datetime | None = None  # when its file was last saved, by its own properties
    # For a scan: its file, the file's page this report begins on (a file may hold a cover
    # letter and the report), and where each page's text begins in `text`.
    source_file_id: int | None = Field(default=None, foreign_key="source_file.id", index=True)
    first_page: int | None = None
    page_starts: list[int | None] = Field(default_factory=list,
                                          sa_column=Column(JSON, nullable=False))
    pipeline_version: str = Field(max_length=20)
    ingested_at: datetime = Field(default_factory=utcnow)


class ItemBase(SQLModel):
    """What a reviewer may edit on an item."""

    text: str = Field(sa_column=Column(Text, nullable=False))
    field: str | None = Field(default=None, max_length=200, index=True)
    responsible_unit: str | None = Field(default=None, max_length=300)
    deadline: date | None = None


class Item(ItemBase, table=True):
    """A commitment or an action; `active` is false once split, merged or gone stale."""

    __table_args__ = (UniqueConstraint("report_id", "position", name="uq_item_position"),)

    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    kind: str = Field(max_length=20, index=True)
    position: int
    start: int
    end: int
    section: str | None = Field(default=None, sa_column=Column(Text))
    cue: str = Field(max_length=20)  # done | in_progress | not_done | planned
    deadline_text: str | None = Field(default=None, max_length=200)
    task_kind: str | None = Field(default=None, max_length=20)  # deliverable, ongoing, recurring
    co_units: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    entities: list[dict[str, Any]] = Field(default_factory=list,
                                           sa_column=Column(JSON, nullable=False))
    clauses: list[list[Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    words: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    verb_rule: str | None = Field(default=None, max_length=100)
    origin: str = Field(default="machine", max_length=20)  # machine | reviewer
    active: bool = Field(default=True, index=True)
    edited: bool = False  # a reviewer changed it: re-extraction keeps the reviewer's version
    # "split" or "merge" when a reviewer replaced it: re-extraction never brings it back.
    retired: str | None = Field(default=None, max_length=20)
    # The report was extracted again and the text behind a reviewer's split or merge changed.
    needs_review: bool = False
    # The lead-in this atomic element belongs to ("c) Chủ động làm việc …, như: (1) …"):
    # the lead-in's status rolls up from its elements (tracker.followup.update).
    parent_id: int | None = Field(default=None, foreign_key="item.id", index=True)


class ItemUpdate(SQLModel):
    text: str | None = None
    field: str | None = None
    responsible_unit: str | None = None
    deadline: date | None = None
