"""Evaluation and benchmark commands (make eval, make bench); not part of the package."""


def shown_evidence_id(session, status) -> int | None:
    """The item a task's status shows as its evidence (the link its explanation names),
    or None; `status` a models.CommitmentStatus or None."""
    from models import Link

    link_id = (((status.explanation if status else None) or {}).get("evidence") or {}).get(
        "link_id")
    return session.get(Link, link_id).evidence_id if link_id else None
