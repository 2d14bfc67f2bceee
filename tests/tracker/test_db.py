"""The database: migrations on open, WAL SQLite, and one-line errors for the usual failures."""

import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from tests.tracker.conftest import SAMPLES
from tracker.db import DatabaseError, _alembic_config, database_url, make_engine, open_db
from tracker.documents.ingest import ingest_text


def test_schema_is_created_by_migrations_and_reopening_is_harmless(db_url):
    first = open_db(db_url)
    with first.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head()
    assert {"agency", "report", "item", "link", "commitmentstatus", "tag", "itemtag",
            "auditevent", "app_user"} <= set(inspect(first).get_table_names())
    first.dispose()
    again = open_db(db_url)
    with again.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    again.dispose()


def head() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def test_an_older_database_is_upgraded_in_place(db_url):
    engine = make_engine(db_url)
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")  # as the first release left it
        connection.execute(text("INSERT INTO agency (name, created_at) "
                                "VALUES ('Sở Nội vụ tỉnh Hà Nam', CURRENT_TIMESTAMP)"))
    engine.dispose()
    upgraded = open_db(db_url)
    with upgraded.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head()
        assert connection.execute(text("SELECT name FROM agency")).scalar() == "Sở Nội vụ tỉnh Hà Nam"
    assert inspect(upgraded).has_table("app_user")
    upgraded.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_default_url_and_environment(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_url() == "sqlite:///data/tracker.sqlite"
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:p@db/tracker")
    assert database_url() == "postgresql+psycopg://u:p@db/tracker"
    assert database_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_not_a_url_is_a_clear_error():
    with pytest.raises(DatabaseError, match="not a database URL"):
        make_engine("this is not a url")


def test_unreachable_postgresql_is_one_line_without_password():
    with pytest.raises(DatabaseError) as caught:
        open_db("postgresql://tracker:secret@127.0.0.1:1/tracker")
    message = str(caught.value)
    assert "\n" not in message and "secret" not in message
    assert "cannot use the database" in message


def test_locked_sqlite_file_is_a_clear_error_and_changes_nothing(tmp_path):
    path = tmp_path / "db.sqlite"
    engine = open_db(f"sqlite:///{path}", lock_timeout=0.2)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked"):
            ingest_text(engine, (SAMPLES / "2024_q1.txt").read_text(encoding="utf-8"),
                        source="2024_q1.txt")
    finally:
        holder.rollback()
        holder.close()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM report")).scalar() == 0
    engine.dispose()
