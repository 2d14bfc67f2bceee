"""The tracker's databases (SQLite and PostgreSQL) and the app's, for the security suite."""

from tests.app.conftest import app_db, app_db_template  # noqa: F401
from tests.tracker.conftest import (  # noqa: F401
    db_url,
    engine,
    ingested,
    ingested_templates,
    pg_admin_url,
    pg_url,
    sample_engine,
)
