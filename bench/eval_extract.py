"""`make eval`: extraction quality on the hand-annotated dev set (the five seed reports).

For each report: precision, recall and F1 of commitments and actions (an extracted item
matches a gold item when their character spans overlap by at least half of their union,
one-to-one), and metadata accuracy; the same for a naive baseline, side by side.
"""

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from nlp import extract_report
from nlp.read import read_file

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "gold"
KINDS = {"a": "action", "c": "commitment"}
META_FIELDS = ("number", "place", "issued", "agency", "title", "period", "next_period")
MATCH_THRESHOLD = 0.5


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int


def load_gold(path: Path, text: str) -> tuple[dict, list[Span]]:
    """Resolve the gold file's begin/end snippets to character spans in `text`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    spans = []
    cursor = 0
    for kind, begin, end in data["items"]:
        start = text.find(begin, cursor)
        if start < 0:
            raise ValueError(f"{path.name}: cannot find {begin!r} after offset {cursor}")
        if end is None:
            stop = text.find("\n", start)
            stop = len(text) if stop < 0 else stop
        else:
            found = text.find(end, start)
            if found < 0:
                raise ValueError(f"{path.name}: cannot find end {end!r} of {begin!r}")
            stop = found + len(end)
        spans.append(Span(KINDS[kind], start, stop))
        cursor = start + 1
    return data, spans


def overlap(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / (max(a.end, b.end) - min(a.start, b.start))


def match(gold: list[Span], found: list[Span]) -> int:
    """Greedy one-to-one matching by overlap; returns the number of matches."""
    pairs = sorted(((overlap(g, f), i, j) for i, g in enumerate(gold)
                    for j, f in enumerate(found) if g.kind == f.kind), reverse=True)
    used_gold: set[int] = set()
    used_found: set[int] = set()
    matched = 0
    for score, i, j in pairs:
        if score < MATCH_THRESHOLD:
            break
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            matched += 1
    return matched


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    matched: int = 0

    def add(self, other: "Counts") -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else (1.0 if not self.found else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_items(gold: list[Span], found: list[Span]) -> dict[str, Counts]:
    out = {}
    for kind in ("commitment", "action"):
        g = [s for s in gold if s.kind == kind]
        f = [s for s in found if s.kind == kind]
        out[kind] = Counts(len(g), len(f), match(g, f))
    return out


def score_meta(gold: dict, found: dict) -> tuple[int, int]:
    right = 0
    for name in META_FIELDS:
        g, f = gold.get(name), found.get(name)
        if name in ("period", "next_period"):
            g = (g or {}).get("start"), (g or {}).get("end")
            f = (f or {}).get("start"), (f or {}).get("end")
        right += g == f
    return right, len(META_FIELDS)


# --- the naive baseline -------------------------------------------------------------

_TOP_HEADING = re.compile(r"^\s*(?:[IVX]+[.\-]\s|[A-ZĐÀ-Ỹ ,/0-9]{8,}$)")


def baseline(text: str) -> tuple[dict, list[Span]]:
    """Every non-empty line under a top heading containing "nhiệm vụ" or "kết quả"."""
    spans = []
    mode = None
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        heading = _TOP_HEADING.match(line) or (len(stripped) < 60 and stripped[-1:] not in ".;")
        if stripped and heading:
            lowered = stripped.lower()
            if "nhiệm vụ" in lowered:
                mode = "commitment"
            elif "kết quả" in lowered:
                mode = "action"
            elif _TOP_HEADING.match(line):
                mode = None
        elif stripped and mode:
            spans.append(Span(mode, position, position + len(line)))
        position += len(line) + 1
    number = re.search(r"Số\s*:\s*(\S+)", text)
    dateline = re.search(r"^\s*([^,\n]+), ngày (\d+) tháng (\d+) năm (\d{4})", text, re.M)
    title = re.search(r"BÁO CÁO\s*\n+\s*(.+)", text)
    meta = {
        "number": number.group(1) if number else None,
        "place": dateline.group(1).strip() if dateline else None,
        "issued": (f"{dateline.group(4)}-{int(dateline.group(3)):02d}-{int(dateline.group(2)):02d}"
                   if dateline else None),
        "agency": None,
        "title": title.group(1).strip() if title else None,
        "period": None,
        "next_period": None,
    }
    return meta, spans


# --- the command --------------------------------------------------------------------

def evaluate(seeds: Path) -> dict:
    """Scores per report and overall, for the system and the baseline."""
    rows = []
    totals = {name: {k: Counts() for k in ("commitment", "action")}
              for name in ("system", "baseline")}
    meta_totals = {"system": [0, 0], "baseline": [0, 0]}
    for gold_path in sorted(GOLD_DIR.glob("[0-9][0-9][0-9].json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        source = seeds / data["file"]
        text = read_file(source)
        gold_meta, gold_spans = load_gold(gold_path, text)
        report = extract_report(source)
        system_spans = [Span(item.kind, item.start, item.end) for item in report.items]
        base_meta, base_spans = baseline(text)
        row = {"file": data["file"]}
        for name, spans, meta in (("system", system_spans, report.to_dict()["report"]),
                                  ("baseline", base_spans, base_meta)):
            counts = score_items(gold_spans, spans)
            for kind, c in counts.items():
                totals[name][kind].add(c)
            right, total = score_meta(gold_meta["report"], meta)
            meta_totals[name][0] += right
            meta_totals[name][1] += total
            row[name] = {"counts": counts, "meta": (right, total)}
        rows.append(row)
    return {"rows": rows, "totals": totals, "meta": meta_totals}


def show_errors(seeds: Path) -> None:
    """Print, per report, gold items with no match and extracted items with no match."""
    for gold_path in sorted(GOLD_DIR.glob("[0-9][0-9][0-9].json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        text = read_file(seeds / data["file"])
        _, gold = load_gold(gold_path, text)
        found = [Span(i.kind, i.start, i.end) for i in extract_report(seeds / data["file"]).items]
        print(f"== {data['file']}")
        for g in gold:
            if not any(f.kind == g.kind and overlap(g, f) >= MATCH_THRESHOLD for f in found):
                print(f"  MISSED {g.kind[0]} {' '.join(text[g.start:g.end].split())[:140]}")
        for f in found:
            if not any(f.kind == g.kind and overlap(g, f) >= MATCH_THRESHOLD for g in gold):
                print(f"  EXTRA  {f.kind[0]} {' '.join(text[f.start:f.end].split())[:140]}")


def _fmt(c: Counts) -> str:
    return (f"P {c.precision:.2f} R {c.recall:.2f} F1 {c.f1:.2f} "
            f"({c.matched}/{c.gold} gold, {c.found} found)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--errors", action="store_true",
                        help="list the missed gold items and the unmatched extracted items")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"seed folder not found: {args.seeds}", file=sys.stderr)
        return 2
    result = evaluate(args.seeds)
    if args.errors:
        show_errors(args.seeds)
    for row in result["rows"]:
        print(row["file"])
        for name in ("system", "baseline"):
            counts = row[name]["counts"]
            right, total = row[name]["meta"]
            print(f"  {name:8}  commitments {_fmt(counts['commitment'])}")
            print(f"  {'':8}  actions     {_fmt(counts['action'])}")
            print(f"  {'':8}  metadata    {right}/{total}")
    print("overall (micro-averaged over the five seed reports)")
    for name in ("system", "baseline"):
        t = result["totals"][name]
        right, total = result["meta"][name]
        print(f"  {name:8}  commitments {_fmt(t['commitment'])}")
        print(f"  {'':8}  actions     {_fmt(t['action'])}")
        print(f"  {'':8}  metadata    {right}/{total} = {right / total:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
