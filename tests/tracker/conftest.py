"""Databases for the tracker tests: SQLite always, and a real PostgreSQL server.

PostgreSQL comes from $TEST_DATABASE_URL (an admin URL, as .ci/run sets it), or from a
throwaway cluster started here with the machine's initdb/pg_ctl. In CI ($CI set) a
missing PostgreSQL is a failure, never a skip.
"""

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import OperationalError

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
    name = f"t_{uuid.uuid4().hex[:12]}"
    with _admin(pg_admin_url) as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = pg_admin_url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with _admin(pg_admin_url) as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


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


class IngestedTemplates:
    """Databases into which a list of files was ingested, built once per test session:
    SQLite as a file to copy, PostgreSQL as a template database to clone. A copy is the
    state ingesting the same files gives, without reading and linking them again."""

    def __init__(self, folder: Path, request: pytest.FixtureRequest):
        self.folder = folder
        self.request = request
        self.built: dict[tuple[str, tuple[Path, ...]], str] = {}
        self.admin_url: str | None = None

    def template(self, backend: str, paths: tuple[Path, ...]) -> str:
        """The template's SQLite path or PostgreSQL database name, built on first use."""
        from tracker.documents.ingest import ingest_paths

        key = (backend, paths)
        if key not in self.built:
            name = f"tpl_{uuid.uuid4().hex[:12]}"  # workers may share one server
            if backend == "sqlite":
                location = str(self.folder / f"{name}.sqlite")
                url = f"sqlite:///{location}"
            else:
                location = name
                admin_url = self.admin_url = self.request.getfixturevalue("pg_admin_url")
                with _admin(admin_url) as connection:
                    connection.execute(text(f'CREATE DATABASE "{name}"'))
                url = f"{admin_url.rsplit('/', 1)[0]}/{name}"
            engine = open_db(url)
            ingest_paths(engine, list(paths))
            engine.dispose()
            self.built[key] = location
        return self.built[key]

    def drop(self) -> None:
        """The PostgreSQL templates go when the session ends, so a shared server keeps no
        leftovers (a throwaway server, stopped first, took them with it; SQLite's go with
        the session's temporary folder)."""
        names = [name for (backend, _), name in self.built.items() if backend == "postgresql"]
        if not names or self.admin_url is None:
            return
        try:
            with _admin(self.admin_url) as connection:
                for name in names:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        except OperationalError:
            pass  # the throwaway server is already stopped


@contextmanager
def _admin(admin_url: str) -> Iterator[Connection]:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def ingested_templates(tmp_path_factory, request):
    templates = IngestedTemplates(tmp_path_factory.mktemp("ingested"), request)
    yield templates
    templates.drop()


@pytest.fixture
def ingested(db_url, ingested_templates, request):
    """`ingested(paths)`: the test's own database (SQLite or PostgreSQL) holding what
    ingesting `paths` into an empty one gives; its engine is disposed after the test."""
    engines = []

    def make(paths: list[Path]):
        if db_url.startswith("sqlite"):
            template = ingested_templates.template("sqlite", tuple(paths))
            shutil.copyfile(template, db_url.removeprefix("sqlite:///"))
        else:
            template = ingested_templates.template("postgresql", tuple(paths))
            name = db_url.rsplit("/", 1)[1]
            with _admin(request.getfixturevalue("pg_admin_url")) as connection:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        engine = open_db(db_url)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def sample_engine(ingested):
    """The sample series ingested into a fresh database (SQLite and PostgreSQL)."""
    engine = ingested([SAMPLES])
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM report")).scalar() == 4
    return engine
