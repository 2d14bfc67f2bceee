"""The database: one engine from DATABASE_URL (default: embedded SQLite under data/),
migrations applied on open, and clear one-line errors for the usual failures."""

import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, create_engine

DEFAULT_PATH = Path("data") / "tracker.sqlite"


class DatabaseError(RuntimeError):
    """The database cannot be used; the message says why in one line."""


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else $DATABASE_URL, else data/tracker.sqlite."""
    url = url or os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{DEFAULT_PATH}"
    if url.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2.
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def database_path(url: str | None = None) -> Path | None:
    """The file behind a SQLite URL (None for a server database or an in-memory one)."""
    try:
        parsed = make_url(database_url(url))
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _private_file(path: Path) -> None:
    """The SQLite file holds password hashes: readable by its owner only (0600). SQLite
    gives its -wal and -shm files the same mode."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        os.chmod(path, 0o600)
    except OSError:
        pass  # a read-only place: opening it will say so in one line


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def make_engine(url: str | None = None, *, lock_timeout: float = 5.0) -> Engine:
    """An engine with SQLite in WAL mode and foreign keys on, or PostgreSQL via psycopg 3.
    `lock_timeout`: how long SQLite waits for another writer before giving up."""
    url = database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        shown = parsed.render_as_string(hide_password=True)
        raise DatabaseError(f"unsupported database {shown}: use sqlite:///FILE or "
                            "postgresql://USER:PASSWORD@HOST/NAME")
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            _private_file(Path(database))
        engine = create_engine(url, connect_args={"timeout": lock_timeout})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(lock_timeout * 1000)}")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location",
                           str(resources.files("tracker").joinpath("migrations")))
    return config


MIGRATION_LOCK = 0x7472616B  # any constant: one advisory lock for schema upgrades


def init_db(engine: Engine) -> None:
    """Create or upgrade the schema in place (Alembic `upgrade head`). Two processes
    opening a fresh database at once take turns: the second finds the schema up to date."""
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                   {"key": MIGRATION_LOCK})
            elif connection.dialect.name == "sqlite":
                connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, now
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except (OperationalError, SQLAlchemyDatabaseError) as exc:
        raise DatabaseError(describe(exc, engine)) from exc


def open_db(url: str | None = None, *, lock_timeout: float = 5.0) -> Engine:
    """make_engine + init_db: a database ready to use."""
    engine = make_engine(url, lock_timeout=lock_timeout)
    init_db(engine)
    return engine


def describe(exc: SQLAlchemyError, engine: Engine) -> str:
    """A one-line account of a database failure, without the password."""
    where = engine.url.render_as_string(hide_password=True)
    lines = str(getattr(exc, "orig", exc)).strip().splitlines()
    text = lines[0] if lines else type(exc).__name__
    if "locked" in text:
        return f"the database {where} is locked by another program; try again in a moment"
    if "unable to open" in text:
        return f"cannot open the database file {where}"
    if "file is not a database" in text or "malformed" in text:
        return (f"{where} is not a usable SQLite database (damaged, or another kind of "
                "file); restore it from a backup or choose another file")
    if engine.url.get_backend_name().startswith("postgresql"):
        return f"cannot use the database {where}: {text}"
    return f"database error on {where}: {text}"


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any error."""
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise



def lock(session: Session, name: str) -> None:
    """Serialise writers of one agency (ingest, relink, status decisions) until the
    transaction ends. PostgreSQL: a transaction-level advisory lock on the name; SQLite
    lets one writer in at a time by itself."""
    connection: Connection = session.connection()
    if connection.dialect.name == "postgresql":
        key = zlib.crc32(name.encode("utf-8"))
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


# The data version: any transaction that wrote bumps it when it commits, whichever
# process it runs in, so a reader that caches can tell its copy is stale.

@event.listens_for(OrmSession, "before_flush")
def _wrote_objects(session: OrmSession, _context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        session.info["wrote"] = True


@event.listens_for(OrmSession, "do_orm_execute")
def _wrote_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info["wrote"] = True


@event.listens_for(OrmSession, "before_commit")
def _bump_version(session: OrmSession) -> None:
    session.flush()
    if session.info.pop("wrote", False):
        session.connection().execute(text("UPDATE data_version SET value = value + 1"))


@event.listens_for(OrmSession, "after_rollback")
def _forget_writes(session: OrmSession) -> None:
    session.info.pop("wrote", None)


def data_version(engine: Engine) -> int:
    """The current data version (see above): cheap, one row."""
    with engine.connect() as connection:
        return connection.execute(text("SELECT value FROM data_version")).scalar_one()
