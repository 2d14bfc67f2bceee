"""One logging set-up for the CLI and the app: who did what, and what failed with the
file's name, so an admin can see why. Never a password or a hash.

Lines go to standard error (the terminal `make serve` runs in, or systemd's journal), or
to the file $TRACKER_LOG_FILE; the level is $TRACKER_LOG_LEVEL (default INFO).
"""

import logging
import os
import sys

from sqlmodel import Session

from models import AuditEvent

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger("tracker.audit")


class _Stderr(logging.StreamHandler):
    """Standard error as it is when a line is written, not when the handler was made (a
    command run inside another program, as tests do, writes to that run's stream)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def configure() -> None:
    """Set up logging once per process (the app's script runs again on every click)."""
    root = logging.getLogger()
    if any(getattr(h, "_tracker", False) for h in root.handlers):
        return
    path = os.environ.get("TRACKER_LOG_FILE")
    handler: logging.Handler = (logging.FileHandler(path, encoding="utf-8") if path
                                else _Stderr())
    handler._tracker = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    logging.getLogger("tracker").setLevel(os.environ.get("TRACKER_LOG_LEVEL", "INFO").upper())


def record(session: Session, event: AuditEvent) -> AuditEvent:
    """Keep an audit event and log it: "thuky: status.set commitment 12"."""
    session.add(event)
    log.info("%s: %s %s %s", event.actor, event.action, event.entity, event.entity_id or "")
    return event
