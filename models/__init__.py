"""SQLModel tables and enums: the shared vocabulary. No logic beyond validation."""

from models.audit import AuditEvent
from models.enums import CONTINUING_KINDS, TASK_KINDS, ItemKind, Role, Status
from models.link import Link
from models.report import Agency, Item, Report, SourceFile
from models.revision import DataVersion
from models.status import CommitmentStatus, reviewer_wins
from models.tag import ItemTag, Tag
from models.time import utcnow
from models.user import User, UserSession

__all__ = [
    "CONTINUING_KINDS", "TASK_KINDS", "Agency", "AuditEvent", "CommitmentStatus", "DataVersion",
    "Item", "ItemKind", "ItemTag", "Link", "Report", "Role", "SourceFile", "Status", "Tag",
    "User", "UserSession", "reviewer_wins", "utcnow",
]
