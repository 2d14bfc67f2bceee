"""`make eval` (linking part): status accuracy and best-evidence precision.

On the sample series (data/samples, gold.json), on the real seed pair 001 -> 000
(tests/fixtures/gold/links_001_000.json), on three invented held-out series, each written
and committed before the system was first run on it (tests/fixtures/heldout, heldout2,
heldout3), and on a real held-out series of published reports (tests/fixtures/
heldout_real, when present; gold by a helper who saw neither code nor output), each
ingested into a fresh SQLite database; a naive baseline (best fuzzy match by difflib)
side by side.
"""

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

from sqlmodel import Session, select

from bench import shown_evidence_id
from models import TASK_KINDS, CommitmentStatus, Item, Report
from tracker.db import open_db
from tracker.documents.ingest import ingest_paths

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SEED_PAIR_GOLD = ROOT / "tests" / "fixtures" / "gold" / "links_001_000.json"
HELD_OUT = ROOT / "tests" / "fixtures" / "heldout"
HELD_OUT_2 = ROOT / "tests" / "fixtures" / "heldout2"
HELD_OUT_3 = ROOT / "tests" / "fixtures" / "heldout3"
REAL_HELD_OUT = ROOT / "tests" / "fixtures" / "heldout_real"


@dataclass
class Judged:
    text: str
    gold_status: str
    status: str
    gold_evidence: list[tuple[str, str]]
    evidence: tuple[str, str] | None  # (report file, item text)
    baseline_status: str
    baseline_evidence: tuple[str, str] | None
    gold_timeliness: str | None = None
    timeliness: str | None = None


def _norm(text: str) -> str:
    return " ".join(text.split())


def _find(items: list[tuple[str, Item]], report: str, begin: str) -> Item | None:
    """The task (a commitment, or a directive a report passes on) that starts as the gold."""
    begin = _norm(begin)
    for source, item in items:
        if source == report and item.kind in TASK_KINDS and _norm(item.text).startswith(begin):
            return item
    return None


def _matches(evidence: tuple[str, str] | None, gold: list[tuple[str, str]]) -> bool:
    return evidence is not None and any(
        evidence[0] == report and _norm(evidence[1]).startswith(_norm(begin))
        for report, begin in gold)


def judge(files: list[Path], gold: dict, agency: str | None = None) -> list[Judged]:
    """Ingest the files (as `agency` when given, as a user names a sender the text does not)
    and judge each gold commitment."""
    with tempfile.TemporaryDirectory() as folder:
        engine = open_db(f"sqlite:///{folder}/eval.sqlite")
        summary = ingest_paths(engine, files, agency=agency)
        failed = [o for o in summary.outcomes if o.state == "failed"]
        if failed:
            raise RuntimeError(f"ingest failed: {failed}")
        with Session(engine) as session:
            reports = {r.id: r for r in session.exec(select(Report))}
            items = [(reports[i.report_id].source_name, i)
                     for i in session.exec(select(Item).where(Item.active == True))]  # noqa: E712
            by_id = {i.id: (s, i) for s, i in items}
            out = []
            for entry in gold["commitments"]:
                item = _find(items, entry["report"], entry["commitment"])
                if item is None:  # extraction missed it: wrong for the system and baseline
                    out.append(Judged(entry["commitment"], entry["status"], "(not extracted)",
                                      [tuple(e) for e in entry["evidence"]], None,
                                      "(not extracted)", None, entry.get("timeliness")))
                    continue
                status = session.get(CommitmentStatus, item.id) or CommitmentStatus(
                    commitment_id=item.id, computed="pending")  # never judged: pending
                evidence = None
                shown = shown_evidence_id(session, status)
                if shown is not None:
                    source, other = by_id[shown]
                    evidence = (source, other.text)
                b_status, b_evidence = baseline(item, reports, items)
                out.append(Judged(item.text, entry["status"], status.effective,
                                  [tuple(e) for e in entry["evidence"]], evidence,
                                  b_status, b_evidence, entry.get("timeliness"),
                                  status.timeliness))
        engine.dispose()
    return out


def baseline(item: Item, reports: dict[int, Report], items) -> tuple[str, tuple | None]:
    """Best fuzzy match among later items of the same agency (difflib ratio >= 0.5)."""
    own = reports[item.report_id]

    def order(r: Report):
        return (r.period_end or date.min, r.issued or date.min, r.id)

    later = [(s, i) for s, i in items if reports[i.report_id].agency_id == own.agency_id
             and order(reports[i.report_id]) > order(own)]
    if not later:
        return "pending", None
    source, best = max(later, key=lambda pair: SequenceMatcher(
        None, item.text.lower(), pair[1].text.lower()).ratio())
    ratio = SequenceMatcher(None, item.text.lower(), best.text.lower()).ratio()
    if ratio < 0.5:
        return "not_reported", None
    if best.kind == "commitment":
        return "carried_over", None
    return ("done" if best.cue == "done" else "in_progress"), (source, best.text)


def scores(judged: list[Judged], prefix: str = "") -> dict:
    status = f"{prefix}status"
    evidence = f"{prefix}evidence"

    def get(j, name):
        return getattr(j, name)

    right = sum(get(j, status) == j.gold_status for j in judged)
    with_gold = [j for j in judged if j.gold_evidence]
    given = [j for j in with_gold if get(j, evidence) is not None]
    evidence_right = sum(_matches(get(j, evidence), j.gold_evidence) for j in given)
    return {"status_right": right, "total": len(judged), "with_gold_evidence": len(with_gold),
            "evidence_given": len(given), "evidence_right": evidence_right}


def report(name: str, judged: list[Judged], verbose: bool) -> dict:
    system, naive = scores(judged), scores(judged, "baseline_")
    print(name)
    for label, s in (("system", system), ("baseline", naive)):
        accuracy = s["status_right"] / s["total"] if s["total"] else 0.0
        precision = s["evidence_right"] / s["evidence_given"] if s["evidence_given"] else 0.0
        print(f"  {label:8}  status accuracy {accuracy:.2f} ({s['status_right']}/{s['total']})"
              f"   best evidence right {precision:.2f} ({s['evidence_right']}/"
              f"{s['evidence_given']} given, gold has evidence for {s['with_gold_evidence']})")
    timed = [j for j in judged if j.gold_timeliness]
    if timed:
        right = sum(j.timeliness == j.gold_timeliness for j in timed)
        print(f"  {'':8}  timeliness {right}/{len(timed)} of the annotated ones")
    if verbose:
        for j in judged:
            flag = "ok " if j.status == j.gold_status else "BAD"
            ev = "" if not j.gold_evidence or _matches(j.evidence, j.gold_evidence) else \
                f"  evidence: {(j.evidence or ('', '—'))[1][:60]}"
            print(f"    {flag} {j.gold_status:12} -> {j.status:12} {j.text[:60]}{ev}")
    return {"system": system, "baseline": naive}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--errors", action="store_true", help="list every commitment's verdict")
    args = parser.parse_args(argv)
    sample_gold = json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))
    report("sample series (data/samples)", judge(sorted(SAMPLES.glob("*.txt")), sample_gold),
           args.errors)
    pair_gold = json.loads(SEED_PAIR_GOLD.read_text(encoding="utf-8"))
    report("seed pair 001 -> 000", judge([args.seeds / f for f in pair_gold["reports"]],
                                          pair_gold), args.errors)
    invented = (
        (HELD_OUT, "held-out series 1 (invented, Sở TTTT Ninh Bình; its first run was blind, "
                   "its errors were looked at since)"),
        (HELD_OUT_2, "held-out series 2 (invented, Sở VHTTDL Quảng Bình; its first run was "
                     "blind, the two faults it showed were fixed)"),
        (HELD_OUT_3, "held-out series 3 (invented, Sở Tư pháp Thanh Hóa; its first run was "
                     "blind, two of its three errors were fixed)"))
    for folder, name in invented:
        held_gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        report(name, judge(sorted(folder.glob("*.txt")), held_gold), args.errors)
    if (REAL_HELD_OUT / "gold.json").is_file():
        real_gold = json.loads((REAL_HELD_OUT / "gold.json").read_text(encoding="utf-8"))
        files = [REAL_HELD_OUT / name for name in real_gold.get("reports", ())] or sorted(
            REAL_HELD_OUT.glob("*.txt"))
        manifest = json.loads((REAL_HELD_OUT / "manifest.json").read_text(encoding="utf-8"))
        agency = next((m.get("agency") for m in manifest if m.get("agency")), None)
        report("real held-out series (published news write-ups of one body's periodic "
               "meetings, tests/fixtures/heldout_real; addresses in manifest.json)",
               judge(files, real_gold, agency), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
