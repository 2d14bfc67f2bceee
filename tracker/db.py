"""The database: one engine from DATABASE_URL (default: embedded SQLite under data/),
migrations applied on open, and clear one-line errors for the usual failures."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
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


def make_engine(url: str | None = None, *, lock_timeout: float = 5.0) -> Engine:
    """An engine with SQLite in WAL mode and foreign keys on, or PostgreSQL via psycopg 3.
    `lock_timeout`: how long SQLite waits for another writer before giving up."""
    url = database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
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


def init_db(engine: Engine) -> None:
    """Create or upgrade the schema in place (Alembic `upgrade head`)."""
    try:
        with engine.begin() as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
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

