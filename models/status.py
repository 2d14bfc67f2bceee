"""Each commitment's status: what the machine computed and what a reviewer decided."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from models.time import utcnow


def reviewer_wins(computed: str, reviewed: str | None) -> str:
    """The status shown: a reviewer's decision always wins over the machine's (the one
    place this rule is written; tracker.followup.status.as_reviewed adds what goes with
    it)."""
    return reviewed or computed


class CommitmentStatus(SQLModel, table=True):
    commitment_id: int = Field(foreign_key="item.id", primary_key=True)
    computed: str = Field(max_length=20, index=True)
    # on_time | late (done after the deadline) | in_time | overdue
    timeliness: str | None = Field(default=None, max_length=20)
    progress: float | None = None
    explanation: dict[str, Any] = Field(default_factory=dict,
                                        sa_column=Column(JSON, nullable=False))
    reviewed: str | None = Field(default=None, max_length=20)
    note: str | None = Field(default=None, sa_column=Column(Text))
    reviewed_by: str | None = Field(default=None, max_length=100)
    reviewed_at: datetime | None = None
    updated_at: datetime = Field(default_factory=utcnow)

    @property
    def effective(self) -> str:
        """The status shown (reviewer_wins)."""
        return reviewer_wins(self.computed, self.reviewed)
