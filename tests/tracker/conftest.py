"""Databases for the tracker tests: SQLite always, and a real PostgreSQL server.

PostgreSQL comes from $TEST_DATABASE_URL (an admin URL, as .ci/run sets it), or from a
throwaway cluster started here with the machine's initdb/pg_ctl. In CI ($CI set) a
missing PostgreSQL is a failure, never a skip.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tracker.db import open_db

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


def _pg_bin() -> Path | None:
    for version in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (version / "initdb").exists():
            return version
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(command: list[str]) -> list[str]:
    # initdb refuses to run as root; the Debian package brings a postgres user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@pytest.fixture(scope="session")
def pg_admin_url():
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        yield url
        return
    binaries = _pg_bin()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI: set TEST_DATABASE_URL or install it")
        pytest.skip("no PostgreSQL on this machine (install postgresql or set TEST_DATABASE_URL)")
    # Not under pytest's tmp folder: that is private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="tracker-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = _free_port()
    subprocess.run(_as_postgres([str(binaries / "initdb"), "-D", str(data), "-U", "postgres",
                                 "-A", "trust", "--no-sync"]), check=True, capture_output=True)
    subprocess.run(_as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-w", "-l",
                                 str(folder / "log"), "-o",
                                 f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -F",
                                 "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast",
                                     "stop"]), capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_admin_url):
    """A fresh, empty database on the PostgreSQL server for one test."""
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    name = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = pg_admin_url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    time.sleep(0)  # engines are disposed by the tests' fixtures first
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
    from tracker.ingest import ingest_paths

    summary = ingest_paths(engine, [SAMPLES])
    assert summary.count("added") == 4
    return engine
