"""`make eval`: directives followed up in their unit's later documents, on real pairs.

tests/fixtures/directive_followup: five real published pairs (a province's or a national
department's letter that assigns tasks to a named unit, then the press's later accounts of
what that unit did; addresses in manifest.json), gold written blind by a helper that saw
no code and no output: for every task assigned to the unit, its status as a careful clerk
following up would judge it from the later texts (done, in progress, not reported), the
passage that shows it, and whether a careful reader could not argue ("sure").

Also counted: the gold passages that the reader takes as a result (an item of kind action,
holding the passage, in the same later text): the linker can show only those as evidence.

Each pair is ingested alone into a fresh SQLite database: the directive under the issuer
its header or text names, then the later texts under the unit's name (as a user names the
sender of a document that does not say it). A gold task matches the directive item whose
text holds its key (or the key without its request word and doer), one to one, as
bench.eval_directives.pair_up pairs them; its status is the task's effective status.
A task not extracted, or extracted but never judged, counts as wrong.
"""

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sqlmodel import Session, select

from bench import shown_evidence_id
from bench.eval_directives import normal, pair_up
from bench.eval_series import holds
from models import CommitmentStatus, Item, Report
from nlp import extract_report
from tracker.db import open_db
from tracker.documents.ingest import ingest_paths

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "fixtures" / "directive_followup"
# each set written blind by a helper; the second after the first had been worked on
SETS = {"dev": FOLDER, "held out 2": ROOT / "tests" / "fixtures" / "directive_followup2",
        "held out 3": ROOT / "tests" / "fixtures" / "directive_followup3",
        "held out 4": ROOT / "tests" / "fixtures" / "directive_followup4"}


def judge_pair(pair: dict, tasks: list[dict], source: Path = FOLDER,
               ) -> list[tuple[dict, str, str | None, str | None]]:
    """[(gold task, status, unit, (report, text) of the evidence shown or None)]."""
    with tempfile.TemporaryDirectory() as folder:
        engine = open_db(f"sqlite:///{folder}/followup.sqlite")
        ingest_paths(engine, [source / pair["directive"]])
        ingest_paths(engine, [source / name for name in pair["reports"]], agency=pair["agency"])
        with Session(engine) as session:
            names = {r.id: r.source_name for r in session.exec(select(Report))}
            items = list(session.exec(select(Item).where(Item.active == True)))  # noqa: E712
            directives = [i for i in items if i.kind == "directive"
                          and names[i.report_id] == pair["directive"]]
            texts = [normal(i.text) for i in directives]
            by_id = {i.id: i for i in items}
            found_for = {id(entry): n for entry, n in
                         pair_up(tasks, texts, [i.responsible_unit for i in directives])}
            out = []
            for task in tasks:
                found = found_for.get(id(task))
                if found is None:
                    out.append((task, "(not extracted)", None, None))
                    continue
                item = directives[found]
                state = session.get(CommitmentStatus, item.id)
                status = state.effective if state else "(not judged)"
                shown = None
                evidence_id = shown_evidence_id(session, state)
                if evidence_id is not None:
                    other = by_id[evidence_id]
                    shown = (names[other.report_id], other.text)
                out.append((task, status, item.responsible_unit, shown))
        engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every task's verdict")
    args = parser.parse_args(argv)
    for name, folder in SETS.items():
        gold_file = folder / "gold.json"
        if not gold_file.is_file():
            print(f"skipped: {gold_file} not found", file=sys.stderr)
            continue
        score_set(name, folder, json.loads(gold_file.read_text(encoding="utf-8")), args.show)
    return 0


def score_set(name: str, folder: Path, gold: dict, show: bool) -> None:
    """Prints one set's figures (and with `show` every task's verdict)."""
    print(f"Directives followed up in their unit's later documents, real pairs, {name} "
          f"(tests/fixtures/{folder.name}; addresses in manifest.json)")
    totals: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    results: dict[str, list[str]] = {}  # later text -> its results' texts
    for pair in gold["pairs"]:
        for report in pair["reports"]:
            results[report] = [i.text for i in extract_report(folder / report).items
                               if i.kind == "action"]
        tasks = [t for t in gold["tasks"] if t["pair"] == pair["id"]]
        judged = judge_pair(pair, tasks, folder)
        right = sum(status == task["status"] for task, status, _, _ in judged)
        found = sum(not status.startswith("(") for _, status, _, _ in judged)
        print(f"  {pair['id']} ({pair['agency']}): {len(tasks)} tasks, {found} extracted, "
              f"status right {right}")
        for task, status, unit, shown in judged:
            ok = status == task["status"]
            confusion[task["status"], status] += 1
            totals.update(tasks=1, found=not status.startswith("("), right=ok,
                          sure=bool(task.get("sure")), sure_right=ok and bool(task.get("sure")))
            gold_evidence = [e for e in task["evidence"] if e and e[1]]
            totals.update(passages=len(gold_evidence), read=sum(
                any(holds((report, text), [(report, passage)]) for text in results[report])
                for report, passage in gold_evidence))
            if shown and gold_evidence:
                totals.update(shown=1, shown_right=holds(shown, gold_evidence))
            if show:
                flag = "ok " if ok else "BAD"
                print(f"    {flag} {task['status']:12} -> {status:16} {task['key'][:60]}"
                      f"  [unit {unit!r}]")
                if shown and not ok:
                    print(f"        shown: {shown[1][:100]}")
    tasks = max(1, totals["tasks"])
    print(f"  extracted {totals['found']} of {totals['tasks']} tasks; status "
          f"{totals['right']}/{totals['tasks']} = {totals['right'] / tasks:.2f}; on the tasks a "
          f"careful reader could not argue: {totals['sure_right']}/{totals['sure']}; right "
          f"evidence first {totals['shown_right']}/{totals['shown']}; gold passages read as "
          f"results {totals['read']}/{totals['passages']}")
    if show:
        for (gold_status, status), count in sorted(confusion.items()):
            print(f"      gold {gold_status:13} -> {status:16} {count}")


if __name__ == "__main__":
    sys.exit(main())
