"""Links from a commitment to the later item (and sentence) that speaks to it."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from models.time import utcnow


class Link(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="item.id", index=True)
    evidence_id: int = Field(foreign_key="item.id", index=True)
    relation: str = Field(default="evidence", max_length=20)  # evidence | repetition
    rank: int = 0
    score: float = 0.0
    sentence_start: int
    sentence_end: int
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    # what the sentence says: done | in_progress | not_done | planned
    sentence_cue: str = Field(default="done", max_length=20)
    features: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    origin: str = Field(default="machine", max_length=20)  # machine | reviewer
    # suggested (by the machine) | confirmed | rejected (by a reviewer)
    verdict: str = Field(default="suggested", max_length=20, index=True)
    decided_by: str | None = Field(default=None, max_length=100)
    decided_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
