"""The vocabulary the code checks values against: item kinds, statuses and roles (stored as
plain strings; the other words of a column are said beside it)."""

from enum import StrEnum


class ItemKind(StrEnum):
    commitment = "commitment"  # promised in a report's tasks section
    directive = "directive"    # assigned by a directive document
    action = "action"


# Tasks: what is followed up (commitments and directives alike).
TASK_KINDS = (ItemKind.commitment.value, ItemKind.directive.value)

# Task kinds with no end point to miss: never overdue, judged by reported activity.
CONTINUING_KINDS = frozenset({"ongoing", "recurring"})


class Status(StrEnum):
    """A commitment's status, judged from later reports of the same agency."""

    done = "done"
    in_progress = "in_progress"
    carried_over = "carried_over"
    not_reported = "not_reported"
    pending = "pending"


class Role(StrEnum):
    """viewer: read and export; editor: also review, tag, upload; admin: also manage users."""

    viewer = "viewer"
    editor = "editor"
    admin = "admin"
