"""`make eval`: the real monthly series, task by task, against a gold written by hand.

../shared/realdata/lamdong: the Đề án 06 reports of August, September and October 2025
(finals). Gold: tests/fixtures/realdata/series_da06.json, 90 atomic commitments of August
(judged against September) and September (judged against October), each with unit,
co-units, task kind, deadline, status and evidence, written before the system ran on it.

- Extraction: an extracted commitment matches a gold one when the gold key (case-folded,
  white space collapsed) is in its text, one to one, same report. Precision = matched
  extracted commitments of section III over all extracted commitments; recall = matched
  gold over gold.
- On the matched pairs: unit (aliases made one), task kind, deadline (ISO, both null
  counting as agreement).
- Status: each pair ingested into a fresh SQLite database (the commitment's month and
  the next, nothing later), the effective status of each matched commitment against the
  gold; a gold commitment that was not extracted counts as wrong.
"""

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sqlmodel import Session, select

from bench import shown_evidence_id
from bench.eval_directives import normal, same_unit
from models import CommitmentStatus, Item, Report
from nlp import extract_report
from tracker.db import open_db
from tracker.documents.ingest import ingest_paths

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "realdata" / "series_da06.json"
FOLDER = "lamdong"


def match(items, gold: list[dict]) -> list[tuple[dict, object]]:
    texts = [normal(i.text) for i in items]
    used: set[int] = set()
    pairs = []
    for entry in gold:
        key = normal(entry["commitment"])
        found = next((n for n, t in enumerate(texts) if n not in used and key in t), None)
        if found is not None:
            used.add(found)
            pairs.append((entry, items[found]))
    return pairs


def statuses(realdata: Path, first: str, second: str) -> dict[str, list[tuple]]:
    """{report name: [(commitment text, effective status, timeliness, task kind, (report,
    text) of the evidence shown first or None)]} after ingesting the pair."""
    with tempfile.TemporaryDirectory() as folder:
        engine = open_db(f"sqlite:///{folder}/series.sqlite")
        ingest_paths(engine, [realdata / FOLDER / first, realdata / FOLDER / second])
        with Session(engine) as session:
            names = {r.id: r.source_name for r in session.exec(select(Report))}
            items = {i.id: i for i in session.exec(select(Item))}
            rows = []
            for item in items.values():
                state = session.get(CommitmentStatus, item.id)
                if item.kind != "commitment" or not item.active or state is None:
                    continue
                evidence_id = shown_evidence_id(session, state)
                shown = None
                if evidence_id is not None:
                    other = items[evidence_id]
                    shown = (names[other.report_id], other.text)
                rows.append((names[item.report_id], item.text, state.effective,
                             state.timeliness, item.task_kind, shown))
        engine.dispose()
    out: dict[str, list[tuple]] = {}
    for source, *rest in rows:
        out.setdefault(source, []).append(tuple(rest))
    return out


def holds(shown: tuple[str, str] | None, gold: list) -> bool:
    """The evidence shown is an item holding one of the gold passages, in the same report
    (a passage's closing full stop aside: an item's text ends before it)."""
    return shown is not None and any(
        shown[0] == report and normal(passage).rstrip(" .;,:") in normal(shown[1])
        for report, passage in gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--show", action="store_true", help="list misses and wrong fields")
    args = parser.parse_args(argv)
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    reports = data["reports"]
    if not all((args.realdata / FOLDER / r).is_file() for r in reports):
        print(f"skipped: {args.realdata / FOLDER} not complete", file=sys.stderr)
        return 0
    print("Đề án 06 series on ../shared/realdata/lamdong (gold: "
          "tests/fixtures/realdata/series_da06.json)")
    totals = Counter()
    status_right = 0
    confusion: Counter[tuple[str, str]] = Counter()
    wrong_evidence: list[tuple[dict, tuple[str, str], str]] = []
    for first, second in zip(reports, reports[1:], strict=False):
        gold = [c for c in data["commitments"] if c["report"] == first]
        report = extract_report(args.realdata / FOLDER / first)
        # a lead-in is the parent of its elements, which the gold lists: not a task of its own
        items = [i for n, i in enumerate(report.items)
                 if i.kind == "commitment" and n not in report.parents]
        pairs = match(items, gold)
        judged = statuses(args.realdata, first, second).get(first, [])
        by_text = {normal(row[0]): row[1:] for row in judged}
        unit = sum(same_unit(i.unit, g["unit"]) for g, i in pairs)
        kind = sum(i.task_kind == g["task_kind"] for g, i in pairs)
        deadline = sum((i.due or None) == (g["deadline"] or None) for g, i in pairs)
        for entry in gold:
            found = next((i for g, i in pairs if g is entry), None)
            row = by_text.get(normal(found.text)) if found else None
            status = row[0] if row else ("(not stored)" if found else "(not extracted)")
            confusion[entry["status"], status] += 1
            status_right += status == entry["status"]
            if entry.get("sure"):
                totals.update(sure=1, sure_right=status == entry["status"])
            if row and entry["evidence"] and row[3]:
                right = holds(row[3], entry["evidence"])
                totals.update(shown=1, shown_right=right)
                if args.show and not right:
                    wrong_evidence.append((entry, row[3], row[0]))
        # an ongoing duty has no end point to miss (DESIGN.md): never flagged overdue
        totals.update(ongoing_overdue=sum(row[1] == "overdue" and row[2] in (
            "ongoing", "recurring") for row in by_text.values()))
        totals.update(gold=len(gold), found=len(items), matched=len(pairs), unit=unit,
                      kind=kind, deadline=deadline)
        print(f"  {first} -> {second}: gold {len(gold)}, extracted {len(items)}, matched "
              f"{len(pairs)}; unit {unit}, task kind {kind}, deadline {deadline}")
        if args.show:
            show_fields(gold, pairs)
    matched = max(1, totals["matched"])
    print(f"  extraction: precision {totals['matched'] / max(1, totals['found']):.2f}, recall "
          f"{totals['matched'] / max(1, totals['gold']):.2f}")
    print(f"  on the matched: unit {totals['unit'] / matched:.2f}, task kind "
          f"{totals['kind'] / matched:.2f}, deadline {totals['deadline'] / matched:.2f}")
    print(f"  status: {status_right}/{totals['gold']} = {status_right / totals['gold']:.2f}; "
          f"on the tasks a careful reader could not argue (gold 'sure'): "
          f"{totals['sure_right']}/{totals['sure']} = "
          f"{totals['sure_right'] / max(1, totals['sure']):.2f}")
    print(f"  right evidence first: {totals['shown_right']}/{totals['shown']} = "
          f"{totals['shown_right'] / max(1, totals['shown']):.2f} (of the tasks with gold "
          f"evidence that show evidence)")
    print(f"  ongoing duties flagged overdue: {totals['ongoing_overdue']}")
    if args.show:
        show_statuses(confusion, wrong_evidence)
    return 0


def show_fields(gold: list[dict], pairs: list[tuple[dict, object]]) -> None:
    """--show: the gold tasks not extracted, and the fields extracted wrong."""
    for g in gold:
        if all(g is not p[0] for p in pairs):
            print(f"      missed: {g['commitment']}")
    for g, i in pairs:
        if not same_unit(i.unit, g["unit"]):
            print(f"      unit {i.unit!r} (gold {g['unit']!r}): {g['commitment'][:50]}")
        if i.task_kind != g["task_kind"]:
            print(f"      kind {i.task_kind!r} (gold {g['task_kind']!r}): {g['commitment'][:50]}")
        if (i.due or None) != (g["deadline"] or None):
            print(f"      deadline {i.due!r} (gold {g['deadline']!r}): {g['commitment'][:50]}")


def show_statuses(confusion: Counter, wrong_evidence: list) -> None:
    """--show: the statuses against the gold's, and the evidence shown that the gold's is not."""
    for (gold_status, status), count in sorted(confusion.items()):
        print(f"      gold {gold_status:13} -> {status:16} {count}")
    for entry, shown, status in wrong_evidence:
        print(f"      evidence for ({entry['status']}, judged {status}): "
              f"{entry['commitment'][:70]}")
        print(f"          shown: {shown[1][:110]}")
        for _, passage in entry["evidence"][:2]:
            print(f"          gold:  {passage[:110]}")


if __name__ == "__main__":
    sys.exit(main())
