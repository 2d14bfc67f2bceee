"""The vocabulary of statuses, cues and review verdicts (stored as plain strings)."""

from enum import StrEnum


class ItemKind(StrEnum):
    commitment = "commitment"  # promised in a report's tasks section
    directive = "directive"    # assigned by a directive document
    action = "action"


# Tasks: what is followed up (commitments and directives alike).
TASK_KINDS = (ItemKind.commitment.value, ItemKind.directive.value)

# Task kinds with no end point to miss: never overdue, judged by reported activity.
CONTINUING_KINDS = frozenset({"ongoing", "recurring"})


class Cue(StrEnum):
    done = "done"
    in_progress = "in_progress"
    not_done = "not_done"
    planned = "planned"


class Status(StrEnum):
    """A commitment's status, judged from later reports of the same agency."""

    done = "done"
    in_progress = "in_progress"
    carried_over = "carried_over"
    not_reported = "not_reported"
    pending = "pending"


class Timeliness(StrEnum):
    """Against the deadline (explicit, else the end of the commitment's period)."""

    on_time = "on_time"          # done by the deadline
    late = "late"                # done after the deadline
    in_time = "in_time"          # not done, deadline not passed
    overdue = "overdue"          # not done, deadline passed


class Relation(StrEnum):
    evidence = "evidence"        # a later result about the commitment
    repetition = "repetition"    # a later commitment that promises it again


class Origin(StrEnum):
    machine = "machine"
    reviewer = "reviewer"


class Role(StrEnum):
    """viewer: read and export; editor: also review, tag, upload; admin: also manage users."""

    viewer = "viewer"
    editor = "editor"
    admin = "admin"


class Verdict(StrEnum):
    suggested = "suggested"
    confirmed = "confirmed"
    rejected = "rejected"
