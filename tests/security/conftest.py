"""The tracker's databases (SQLite and PostgreSQL) and the app's, for the security suite."""

from tests.app.conftest import app_db  # noqa: F401
from tests.tracker.conftest import (  # noqa: F401
    db_url,
    engine,
    pg_admin_url,
    pg_url,
    sample_engine,
)
