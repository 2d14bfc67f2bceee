"""What the app calls: plain functions over an engine, returning plain data.

The Streamlit pages know nothing of SQL or NLP: every read and every write goes through
here (each call is its own transaction), and every result is a dataclass or a dict. This
module only re-exports; each use case has its own module:

- common: the filters, the signed-in person, the role checks every change goes through;
- access: signing in and out, browser sessions, accounts;
- views: filter choices, the task list, the dashboard, a task's detail, reports received;
- review: the review queue and a reviewer's decisions;
- documents: reports coming in, relinking, deleting;
- outputs: follow-up lists, the register of assigned tasks, urging letters.
"""

from tracker.accounts import Locked, UserError, can_administer, can_edit
from tracker.api.access import (
    DEMO_PASSWORD,
    DEMO_USERS,
    SESSION_SECONDS,
    account,
    accounts,
    add_account,
    change_password,
    create_demo_users_if_none,
    has_users,
    open_session,
    reset_password,
    resume,
    set_account_active,
    sign_in,
    sign_out,
    well_formed_token,
)
from tracker.api.common import (
    SAMPLES,
    STATUSES,
    Filters,
    NotAllowed,
    UserInfo,
    configure_logging,
    data_version,
    local_time,
)
from tracker.api.documents import (
    Preview,
    delete_report,
    ingest_upload,
    load_samples_if_empty,
    preview_upload,
    relink_all,
)
from tracker.api.outputs import (
    export_file,
    register,
    register_choices,
    register_file,
    register_units,
    urging_letter,
)
from tracker.api.review import (
    QueueEntry,
    accept,
    add_tag,
    edit,
    reject,
    remove_tag,
    review_queue,
    set_status,
    undo_last,
)
from tracker.api.views import (
    Dashboard,
    Detail,
    EvidenceView,
    commitment_detail,
    commitment_rows,
    dashboard,
    deadline_alerts,
    filter_options,
    page_of,
    received,
    reports,
    scan_note,
    scan_page,
)
from tracker.review import ReviewError

__all__ = [
    "DEMO_PASSWORD", "DEMO_USERS", "SAMPLES", "SESSION_SECONDS", "STATUSES", "Dashboard",
    "Detail", "EvidenceView", "Filters", "Locked", "NotAllowed", "Preview", "QueueEntry",
    "ReviewError", "UserError", "UserInfo", "accept", "account", "accounts", "add_account",
    "add_tag", "can_administer", "can_edit", "change_password", "commitment_detail",
    "commitment_rows", "configure_logging", "create_demo_users_if_none", "dashboard",
    "data_version", "deadline_alerts", "delete_report", "edit", "export_file",
    "filter_options", "has_users", "ingest_upload", "load_samples_if_empty", "local_time",
    "open_session", "page_of", "preview_upload", "received", "register", "register_choices",
    "register_file", "register_units", "reject", "relink_all", "remove_tag", "reports",
    "reset_password", "resume", "review_queue", "scan_note", "scan_page", "set_account_active",
    "set_status", "sign_in", "sign_out", "undo_last", "urging_letter", "well_formed_token",
]
