"""Reports coming in (preview, upload, the demo samples), relinking, deleting."""


import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

import nlp
from models import (
    Report,
)
from tracker.accounts import can_administer
from tracker.api.common import SAMPLES, NotAllowed, UserInfo, _editor, log
from tracker.db import session_scope
from tracker.documents.ingest import IngestError, Outcome, Relinked, ingest_paths, ingest_reading
from tracker.documents.ingest import delete_report as remove_report
from tracker.documents.ingest import relink_all as _relink_all
from tracker.labels import warning_text


def load_samples_if_empty(engine: Engine) -> int:
    """The demo: the sample series goes into an empty database. Returns reports added."""
    with Session(engine) as session:
        if session.exec(select(func.count()).select_from(Report)).one():
            return 0
    return ingest_paths(engine, [SAMPLES]).count("added")


@dataclass
class Preview:
    ok: bool
    message: str
    report: dict | None = None
    sections: dict[str, list[dict]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # in Vietnamese


def preview_upload(data: bytes, filename: str) -> Preview:
    """What would be extracted from an uploaded file, before anything is stored."""
    try:
        text, hints = nlp.read_bytes_with_hints(data, filename)
        report = nlp.extract_report(text, heading_hints=hints)
    except nlp.ReadError as exc:
        return Preview(False, str(exc))
    sections: dict[str, list[dict]] = defaultdict(list)
    for item in report.items:
        sections[item.section].append({"kind": item.kind, "text": item.text, "cue": item.cue,
                                       "field": item.field})
    return Preview(True, "", report.to_dict()["report"], dict(sections),
                   [warning_text(w) for w in report.warnings])


def ingest_upload(engine: Engine, data: bytes, filename: str, *, user: UserInfo,
                  agency: str | None = None,
                  progress: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """Store an uploaded report (one outcome per document in it: a scan may hold a cover
    letter and its report); errors come back in the outcomes, nothing half-written.
    `progress(done, total)` follows the pages of a scan as they are read."""
    _editor(user)
    try:
        reading = nlp.read_bytes_document(data, filename, progress)
        outcomes = ingest_reading(engine, reading, filename, agency=agency,
                                  original=data if reading.scanned_pages else None)
    except (nlp.ReadError, ValueError, IngestError) as exc:
        outcomes = [Outcome(filename, "failed", str(exc))]
    for outcome in outcomes:
        log.log(logging.WARNING if outcome.state == "failed" else logging.INFO,
                "%s uploaded %s: %s %s", user.username, outcome.source, outcome.state,
                outcome.message)
    return outcomes


def relink_all(engine: Engine, *, user: UserInfo,
               on_done: Callable[[str], None] | None = None) -> Relinked:
    """Link every commitment again (after the linking rules changed); admins only.
    Reviewers' decisions stay. Says how many were relinked and how many changed status."""
    if not can_administer(user.role):
        raise NotAllowed("Chỉ quản trị viên được liên kết lại toàn bộ.")
    return _relink_all(engine, on_done=on_done)


def delete_report(engine: Engine, report_id: int, *, user: UserInfo) -> dict:
    """Delete a report and all that derives from it; admins only (NotAllowed), a ValueError
    for an unknown report. What was deleted is returned and kept in the audit trail."""
    if not can_administer(user.role):
        raise NotAllowed("Chỉ quản trị viên được xoá báo cáo.")
    try:
        with session_scope(engine) as session:
            return remove_report(session, report_id, actor=user.username)
    except IngestError as exc:
        raise ValueError(f"Không tìm thấy báo cáo {report_id}.") from exc
