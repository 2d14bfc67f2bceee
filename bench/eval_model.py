"""`make eval` (scorer part): a calibrated evidence scorer against the hand rules.

Six gold groups, each a series ingested into a fresh SQLite database: three real ones,
the Đề án 06 pairs 08 -> 09 and 09 -> 10 (tests/fixtures/realdata/series_da06.json) and
the seed pair 001 -> 000 (tests/fixtures/gold/links_001_000.json), and the three invented
held-out series (tests/fixtures/heldout*/gold.json, written by helpers for departments
that do not exist).

1. Examples: every evidence candidate the linker scores for a gold task (hand rules, up
   to `candidates` per task), labelled 1 when its item holds one of the gold evidence
   passages (same report), else 0.
2. Leave one group out: a model trained on the other five scores the sixth; status
   accuracy and "the right evidence first" on it, beside the hand rules' on the same
   group. No group is scored by a model that saw it.
3. The examples are compared with the ones shipped for `tracker train`
   (tracker/rules/link_examples.jsonl: features and labels, no text), so training from
   them is reproducible; `--write` replaces them. The model trained on all six is
   summed up.
"""

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlmodel import Session, select

from bench import shown_evidence_id
from bench.eval_directives import normal
from bench.eval_series import holds
from models import Agency, CommitmentStatus, Item, Report
from tracker.db import open_db
from tracker.documents.ingest import ingest_paths
from tracker.followup import link as linking
from tracker.followup import model as scorer
from tracker.followup.update import _standing_reports, entries_for

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
RULES = ROOT / "tracker" / "rules"


@dataclass
class Group:
    name: str
    files: list[Path]
    gold: list[dict]  # {"report", "commitment", "status", "evidence": [[report, passage]]}


def groups(seeds: Path, realdata: Path) -> list[Group]:
    out = []
    series = json.loads((FIXTURES / "realdata" / "series_da06.json").read_text("utf-8"))
    names = series["reports"]
    for first, second in zip(names, names[1:], strict=False):
        out.append(Group(f"Đề án 06 {first[5:12]} -> {second[5:12]}",
                         [realdata / "lamdong" / first, realdata / "lamdong" / second],
                         [c for c in series["commitments"] if c["report"] == first]))
    pair = json.loads((FIXTURES / "gold" / "links_001_000.json").read_text("utf-8"))
    out.append(Group("seed pair 001 -> 000", [seeds / f for f in pair["reports"]],
                     pair["commitments"]))
    for n, folder in enumerate(("heldout", "heldout2", "heldout3"), start=1):
        gold = json.loads((FIXTURES / folder / "gold.json").read_text("utf-8"))
        out.append(Group(f"held-out series {n}", sorted((FIXTURES / folder).glob("*.txt")),
                         gold["commitments"]))
    return [g for g in out if all(f.is_file() for f in g.files)]


@contextmanager
def using(model: scorer.LinkModel | None) -> Iterator[None]:
    """Link with this model (None: the hand rules) inside the block."""
    before = os.environ.get(scorer.ENV)
    with tempfile.TemporaryDirectory() as folder:
        if model is None:
            os.environ[scorer.ENV] = "none"
        else:
            path = Path(folder) / "model.json"
            model.save(path)
            os.environ[scorer.ENV] = str(path)
        linking.load_config.cache_clear()
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(scorer.ENV, None)
            else:
                os.environ[scorer.ENV] = before
            linking.load_config.cache_clear()


def _find(gold: dict, items: list[tuple[str, Item]], used: set[int]) -> Item | None:
    key = normal(gold["commitment"])
    mine = [i for source, i in items if source == gold["report"] and i.id not in used]
    return (next((i for i in mine if normal(i.text).startswith(key)), None)
            or next((i for i in mine if key in normal(i.text)), None))


@dataclass
class Outcome:
    status_right: int
    tasks: int
    evidence_right: int
    evidence_given: int
    examples: list[scorer.Example]


def run(group: Group) -> Outcome:
    """Ingest the group with the linker as it is set now; judge it, and gather examples."""
    with tempfile.TemporaryDirectory() as folder:
        engine = open_db(f"sqlite:///{folder}/eval.sqlite")
        ingest_paths(engine, group.files)
        with Session(engine) as session:
            reports = {r.id: r for r in session.exec(select(Report))}
            items = [(reports[i.report_id].source_name, i) for i in session.exec(
                select(Item).where(Item.active == True))]  # noqa: E712
            by_id = {i.id: (source, i) for source, i in items}
            used: set[int] = set()
            matched: dict[int, dict] = {}
            outcome = Outcome(0, len(group.gold), 0, 0, [])
            for gold in group.gold:
                item = _find(gold, items, used)
                status = session.get(CommitmentStatus, item.id) if item else None
                if item is None or status is None:
                    continue
                used.add(item.id)
                matched[item.id] = gold
                outcome.status_right += status.effective == gold["status"]
                shown = shown_evidence_id(session, status)
                if gold["evidence"] and shown is not None:
                    source, other = by_id[shown]
                    outcome.evidence_given += 1
                    outcome.evidence_right += holds((source, other.text), gold["evidence"])
            outcome.examples = _examples(session, group, matched, by_id)
        engine.dispose()
    return outcome


def _examples(session: Session, group: Group, matched: dict[int, dict],
              by_id: dict[int, tuple[str, Item]]) -> list[scorer.Example]:
    """Every evidence candidate of the matched gold tasks, scored by the hand rules."""
    config = replace(linking.load_config(), model=None)
    config = replace(config, keep=config.candidates * 4)
    standing = _standing_reports(session, {i.report_id for _, i in by_id.values()}, config)
    out = []
    for agency in session.exec(select(Agency)):
        entries, _ = entries_for(session, agency.id)
        tasks = [e for e in entries if e.id in matched]
        for candidate in linking.link(tasks, entries, config):
            if candidate.relation != "evidence":
                continue
            source, other = by_id[candidate.evidence_id]
            gold = matched[candidate.commitment_id]
            task = by_id[candidate.commitment_id][1]
            out.append(scorer.Example(candidate.features, candidate.clause.cue,
                                      int(holds((source, other.text), gold["evidence"])),
                                      group.name, task.report_id in standing))
    return out


def _ranking(examples: list[scorer.Example], model: scorer.LinkModel) -> str:
    """How well each score ranks the group's evidence above the rest (ROC AUC), and the
    bar the model trained without the group sets."""
    from sklearn.metrics import roc_auc_score

    labels = [e.label for e in examples]
    if len(set(labels)) < 2:
        return f"model's bar {model.threshold}"
    rules = roc_auc_score(labels, [e.features["rules"] for e in examples])
    learnt = roc_auc_score(labels, [model.probability(e.features, e.cue) for e in examples])
    return f"ranking (ROC AUC) rules {rules:.2f}, model {learnt:.2f}; model's bar {model.threshold}"


def _line(label: str, o: Outcome) -> str:
    return (f"{label:10} status {o.status_right / max(1, o.tasks):.2f} ({o.status_right}/"
            f"{o.tasks})   right evidence first {o.evidence_right / max(1, o.evidence_given):.2f}"
            f" ({o.evidence_right}/{o.evidence_given})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--write", action="store_true",
                        help="replace the shipped examples (tracker/rules/link_examples.jsonl)")
    args = parser.parse_args(argv)
    chosen = groups(args.seeds, args.realdata)
    if len(chosen) < 3:
        print("skipped: the gold groups' documents are not all here", file=sys.stderr)
        return 0
    print("Calibrated scorer, leave one group out (rules: the hand chain in linking.json)")
    with using(None):
        ruled = {g.name: run(g) for g in chosen}
    examples = [e for o in ruled.values() for e in o.examples]
    totals = {"rules": [0, 0, 0, 0], "model": [0, 0, 0, 0]}
    for group in chosen:
        rest = [e for e in examples if e.group != group.name]
        trained = scorer.fit(rest)
        with using(trained):
            modelled = run(group)
        print(f"  {group.name}: {len(ruled[group.name].examples)} examples; "
              f"{_ranking(ruled[group.name].examples, trained)}")
        for label, outcome in (("rules", ruled[group.name]), ("model", modelled)):
            print(f"    {_line(label, outcome)}")
            totals[label] = [a + b for a, b in zip(totals[label], (
                outcome.status_right, outcome.tasks, outcome.evidence_right,
                outcome.evidence_given), strict=True)]
    for label, (right, tasks, ev_right, ev_given) in totals.items():
        print(f"  all groups {_line(label, Outcome(right, tasks, ev_right, ev_given, []))}")
    model = scorer.fit(examples, note="bench/eval_model.py: the six gold groups "
                        "(three real, three invented)")
    print(f"  trained on all six: threshold {model.threshold}, standing "
          f"{model.standing_threshold}, out-of-fold accuracy "
          f"{model.trained_on['out_of_fold_accuracy']} on {len(examples)} candidates")
    shipped = RULES / scorer.EXAMPLES
    if args.write:
        scorer.write_examples(examples, shipped)
        print(f"  wrote {shipped.relative_to(ROOT)}")
    else:
        same = scorer.read_examples(shipped) == examples
        print(f"  shipped examples ({shipped.relative_to(ROOT)}): "
              f"{'the same as' if same else 'DIFFERENT from'} the gold's now")
    return 0


if __name__ == "__main__":
    sys.exit(main())
