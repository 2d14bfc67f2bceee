"""Evaluation and benchmark commands (make eval, make bench); not part of the package."""

import re
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
WRITING = ".writing"


def held_out_sets(prefix: str) -> list[tuple[str, Path]]:
    """The blind held-out sets of one kind, in the order they were written: ("held out N",
    folder) for each tests/fixtures/<prefix>N (a bare <prefix> folder is "held out"), so a
    new set is scored by adding its folder, with no list to edit. A folder holding a
    .writing file is a set its helper is still writing: it is skipped (and said so on
    stderr) so that no eval reads a gold before it is finished."""
    found = []
    for folder in FIXTURES.glob(f"{prefix}*"):
        number = re.fullmatch(re.escape(prefix) + r"(\d*)", folder.name)
        if folder.is_dir() and number and (folder / WRITING).exists():
            print(f"skipped {folder.name}: still being written ({WRITING} present)",
                  file=sys.stderr)
        elif folder.is_dir() and number:
            found.append((int(number.group(1) or 1), folder))
    return [(f"held out {n}" if folder.name != prefix else "held out", folder)
            for n, folder in sorted(found)]


def shown_evidence_id(session, status) -> int | None:
    """The item a task's status shows as its evidence (the link its explanation names),
    or None; `status` a models.CommitmentStatus or None."""
    from models import Link

    link_id = (((status.explanation if status else None) or {}).get("evidence") or {}).get(
        "link_id")
    return session.get(Link, link_id).evidence_id if link_id else None
