"""Databases for the tracker tests: SQLite always, and a real PostgreSQL server.

PostgreSQL comes from $TEST_DATABASE_URL (an admin URL, as .ci/run sets it), or from a
throwaway cluster started here with the machine's initdb/pg_ctl. In CI ($CI set) a
missing PostgreSQL is a failure, never a skip.
"""

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.pgserver import binaries, throwaway_server
from tracker.db import open_db

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


@pytest.fixture(scope="session")
def pg_admin_url():
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        yield url
        return
    if binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI: set TEST_DATABASE_URL or install it")
        pytest.skip("no PostgreSQL on this machine (install postgresql or set TEST_DATABASE_URL)")
    with throwaway_server() as url:
        yield url


@pytest.fixture
def pg_url(pg_admin_url):
    """A fresh, empty database on the PostgreSQL server for one test."""
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    name = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = pg_admin_url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tracker.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url):
    engine = open_db(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sample_engine(engine):
    """The sample series ingested into a fresh database (SQLite and PostgreSQL)."""
    from tracker.documents.ingest import ingest_paths

    summary = ingest_paths(engine, [SAMPLES])
    assert summary.count("added") == 4
    return engine
