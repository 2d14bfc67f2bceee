"""`make bench` (scale part): ingest + link time and peak memory on a synthetic corpus.

The corpus recombines items extracted from the seed reports and the sample series into
50 agencies x 20 quarterly reports; each report's results restate some of the previous
quarter's tasks in other words, so linking has real work to do. Subsets of 250 / 500 /
1,000 reports are whole agencies (every agency keeps its 20-quarter history). Each run is
a fresh database in a child process, so its peak memory is its own.
"""

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERIODS = 20
AGENCIES = 50
REWORDINGS = ("Đã hoàn thành việc {}", "Đã triển khai {}", "Hoàn thành {}", "Đang thực hiện {}")


def pools(seeds: Path) -> tuple[list[str], list[str]]:
    from nlp import extract_report
    from nlp.read import read_file

    actions: list[str] = []
    commitments: list[str] = []
    for path in sorted(seeds.glob("*.txt")) + sorted((ROOT / "data" / "samples").glob("*.txt")):
        for item in extract_report(read_file(path)).items:
            (actions if item.kind == "action" else commitments).append(item.text)
    return actions, commitments


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def write_corpus(folder: Path, seeds: Path, *, tasks_per_report: int = 6) -> list[tuple[Path, str]]:
    """1,000 report files, agency by agency; returns (path, agency) in ingest order."""
    from nlp.rulebook import agency_rules

    actions, commitments = pools(seeds)
    provinces = agency_rules()["provinces"]["tỉnh"][:AGENCIES]
    rng = random.Random(2024)
    out = []
    for a, province in enumerate(provinces):
        agency = f"Sở Nội vụ tỉnh {province}"
        previous: list[str] = []
        for p in range(PERIODS):
            year, quarter = 2015 + p // 4, p % 4 + 1
            next_year, next_quarter = (year, quarter + 1) if quarter < 4 else (year + 1, 1)
            done = [rng.choice(REWORDINGS).format(_lower_first(c.rstrip(".")))
                    for c in previous if rng.random() < 0.6]
            results = done + rng.sample(actions, 8)
            tasks = rng.sample(commitments, tasks_per_report)
            roman = "I II III IV".split()
            text = (f"Số: {p + 1}/BC-SNV\n\n{province}, ngày 25 tháng {quarter * 3} năm {year}\n\n"
                    f"BÁO CÁO\n\nKết quả công tác quý {roman[quarter - 1]} năm {year} "
                    f"và nhiệm vụ "
                    f"trọng tâm quý {roman[next_quarter - 1]} năm {next_year}\n\n"
                    f"I. KẾT QUẢ CÔNG TÁC QUÝ {roman[quarter - 1]} NĂM {year}\n\n"
                    + "\n".join(f"- {r}" for r in results)
                    + f"\n\nII. NHIỆM VỤ TRỌNG TÂM QUÝ {roman[next_quarter - 1]} "
                    + f"NĂM {next_year}\n\n"
                    + "\n".join(f"- {t}" for t in tasks) + "\n")
            path = folder / f"a{a:02d}_p{p:02d}.txt"
            path.write_text(text, encoding="utf-8")
            out.append((path, agency))
            previous = tasks
    return out


def run_one(size: int, url: str, corpus: Path) -> dict:
    """In this process: ingest the first `size` reports, then relink everything once
    (`tracker relink`: agency by agency, one transaction each)."""
    from tracker.db import open_db
    from tracker.documents.ingest import ingest_file, relink_all

    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))[:size]
    engine = open_db(url)
    start = time.perf_counter()
    for name, agency in manifest:
        (outcome,) = ingest_file(engine, corpus / name, agency=agency)
        if outcome.state != "added":
            raise RuntimeError(f"{name}: {outcome.state} {outcome.message}")
    ingest_seconds = time.perf_counter() - start
    # A full relink replaces the machine's links each time: best of 3, as the machine is shared.
    link_seconds = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        relink_all(engine)
        link_seconds = min(link_seconds, time.perf_counter() - start)
    engine.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "ingest_s": round(ingest_seconds, 2), "relink_s": round(link_seconds, 2),
            "peak_mb": round(peak_mb)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--dbs", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--one", nargs=3, metavar=("SIZE", "URL", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(int(args.one[0]), args.one[1], Path(args.one[2]))))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        manifest = [(p.name, a) for p, a in write_corpus(corpus, args.seeds)]
        (corpus / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False))
        rows = []
        for db in args.dbs:
            for size in args.sizes:
                rows.append((db, _child(db, size, corpus, Path(folder))))
    print(f"{'database':10} {'reports':>7} {'ingest+link s':>13} {'s/report':>8} "
          f"{'relink all s':>12} {'peak MB':>7}")
    for db, r in rows:
        print(f"{db:10} {r['size']:7} {r['ingest_s']:13.1f} {r['ingest_s'] / r['size']:8.3f} "
              f"{r['relink_s']:12.1f} {r['peak_mb']:7}")
    for db in args.dbs:
        mine = sorted((r for d, r in rows if d == db), key=lambda r: r["size"])
        for small, big in zip(mine, mine[1:], strict=False):
            if big["size"] == 2 * small["size"]:
                print(f"{db}: {small['size']} -> {big['size']} reports costs "
                      f"x{big['ingest_s'] / small['ingest_s']:.2f} ingest+link, "
                      f"x{big['relink_s'] / small['relink_s']:.2f} relink (target <= 2.3)")
    return 0


def _child(db: str, size: int, corpus: Path, folder: Path) -> dict:
    if db == "sqlite":
        path = folder / f"scale_{size}.sqlite"
        return _run_child(size, f"sqlite:///{path}", corpus)
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return _with_fresh_pg(url, size, corpus)
    from tests.pgserver import throwaway_server

    with throwaway_server() as admin:
        return _with_fresh_pg(admin, size, corpus)


def _with_fresh_pg(admin_url: str, size: int, corpus: Path) -> dict:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"scale_{size}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        return _run_child(size, admin_url.rsplit("/", 1)[0] + f"/{name}", corpus)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _run_child(size: int, url: str, corpus: Path) -> dict:
    result = subprocess.run([sys.executable, "-m", "bench.scale", "--one", str(size), url,
                             str(corpus)], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
