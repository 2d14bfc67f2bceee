"""What every part of the app's face shares: the filters and the signed-in person the
pages pass in, the role checks every change goes through, the rows the lists are made of."""


import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

import nlp
from tracker import db
from tracker.accounts import can_administer, can_edit
from tracker.db import session_scope
from tracker.queries import CommitmentRow, commitments, units

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


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


def _admin(user: UserInfo) -> None:
    if not can_administer(user.role):
        raise NotAllowed("Chỉ quản trị viên được quản lý tài khoản.")


def data_version(engine: Engine) -> int:
    """A number that changes whenever anything is written (by any process)."""
    return db.data_version(engine)


def _rows(session: Session, filters: Filters, status: str | None = None, *,
          with_evidence: bool = True) -> list[CommitmentRow]:
    if filters.unit and nlp.canonical_unit(filters.unit) not in units(session):
        return []  # a unit chosen before its last report was deleted has no tasks now
    rows = commitments(session, agency=filters.agency, field_name=filters.field, tag=filters.tag,
                       unit=filters.unit, status=status, with_evidence=with_evidence)
    if filters.period:
        rows = [r for r in rows if r.period == filters.period]
    return rows


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
