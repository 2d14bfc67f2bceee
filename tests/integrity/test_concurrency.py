"""Writers at the same time: migrations, ingests and relinks from several processes end
exactly as one after the other would (PostgreSQL, the shared database of an office)."""

import multiprocessing
import threading

from sqlalchemy import create_engine, func, text
from sqlmodel import Session, select

from models import CommitmentStatus, Item, Link, Report
from tests.tracker.conftest import SAMPLES
from tracker.db import make_engine, open_db
from tracker.documents.ingest import ingest_paths

FILES = sorted(SAMPLES.glob("*.txt"))


def _ingest(url: str, names: list[str]) -> int:
    engine = open_db(url)
    summary = ingest_paths(engine, [SAMPLES / n for n in names])
    engine.dispose()
    return summary.count("failed")


def statuses(url: str) -> dict[tuple[str, int], tuple[str, str | None]]:
    engine = make_engine(url)
    with Session(engine) as session:
        rows = session.exec(select(Report.source_name, Item.start, CommitmentStatus.computed,
                                   CommitmentStatus.timeliness)
                            .join(Item, Item.report_id == Report.id)
                            .join(CommitmentStatus, CommitmentStatus.commitment_id == Item.id)
                            .where(Item.active == True)).all()  # noqa: E712
    engine.dispose()
    return {(source, start): (status, timing) for source, start, status, timing in rows}


def test_two_processes_opening_a_fresh_database_take_turns(pg_url):
    barrier, errors = threading.Barrier(3), []

    def open_it():
        barrier.wait()
        try:
            open_db(pg_url).dispose()
        except Exception as exc:  # noqa: BLE001  (collected and asserted below)
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    engine = make_engine(pg_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()


def test_overlapping_ingests_from_four_processes_end_as_a_serial_run(pg_url, pg_admin_url):
    names = [p.name for p in FILES]
    batches = [names, names[::-1], names[1:] + names[:1], names[2:] + names[:2]]
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        failed = pool.starmap_async(_ingest, [(pg_url, batch) for batch in batches]).get(300)
    assert failed == [0, 0, 0, 0]
    engine = make_engine(pg_url)
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Report)).one() == len(names)
        duplicated = session.exec(select(Link.commitment_id, Link.relation, Link.rank)
                                  .where(Link.origin == "machine")
                                  .group_by(Link.commitment_id, Link.relation, Link.rank)
                                  .having(func.count() > 1)).all()
        assert duplicated == []
    engine.dispose()
    serial = pg_url + "_serial"
    server = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    database = serial.rsplit("/", 1)[1]
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    try:
        assert _ingest(serial, names) == 0
        assert statuses(pg_url) == statuses(serial)
    finally:
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        server.dispose()
