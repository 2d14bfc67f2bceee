"""`make bench` (app part): the dashboard over 10,000 commitments, cold and cached.

Builds the synthetic corpus of bench/scale.py with 10 tasks per report (1,000 reports,
10,000 commitments) in a SQLite file, then renders the dashboard page with Streamlit's
AppTest: once with empty caches, then again (cached queries), and after a write (caches
cleared). The target is under 2 s.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(folder: Path, seeds: Path) -> str:
    from bench.scale import write_corpus
    from tracker import api
    from tracker.db import open_db
    from tracker.documents.ingest import ingest_file

    url = f"sqlite:///{folder / 'app10k.sqlite'}"
    engine = open_db(url)
    corpus = folder / "corpus"
    corpus.mkdir()
    for path, agency in write_corpus(corpus, seeds, tasks_per_report=10):
        ingest_file(engine, path, agency=agency)
    api.create_demo_users_if_none(engine)
    engine.dispose()
    return url


def render_dashboard() -> tuple[float, int]:
    from streamlit.testing.v1 import AppTest

    from tracker.api import UserInfo

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.session_state["user"] = UserInfo("lanhdao", None, "viewer")
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    total = int(next(m.value for m in at.metric if m.label == "Số nhiệm vụ"))
    return elapsed, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--keep", type=Path,
                        help="keep the built database in this folder and reuse it next time")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        if (folder / "app10k.sqlite").exists():
            os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'app10k.sqlite'}"
        else:
            os.environ["DATABASE_URL"] = build(folder, args.seeds)
        print(f"database {os.environ['DATABASE_URL']} ready in "
              f"{time.perf_counter() - start:.0f} s")
        import streamlit as st

        from tracker import api
        from tracker.db import open_db

        cold, total = render_dashboard()
        warm, _ = render_dashboard()
        engine = open_db(os.environ["DATABASE_URL"])
        first = api.commitment_rows(engine, api.Filters())[0]["id"]
        api.set_status(engine, first, "done", user=api.UserInfo("thuky", None, "editor"))
        st.cache_data.clear()  # what the pages do after a write
        after_write, _ = render_dashboard()
        engine.dispose()
    print(f"dashboard over {total:,} commitments: first render {cold:.2f} s, cached "
          f"{warm:.2f} s, after a write {after_write:.2f} s (target < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
