"""`make eval`: the official header of every real document in ../shared/realdata against
the gold written by hand from the documents (tests/fixtures/realdata/headers.json).

Fields: kind, doc_type, issuer_parent, issuer, number, place, issued, title, period.
Text fields match after case folding and collapsing white space; a scanned PDF that
cannot be read counts every field as wrong.
"""

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from nlp import ReadError, extract_report, read_with_hints

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "realdata" / "headers.json"
FIELDS = ("kind", "doc_type", "issuer_parent", "issuer", "number", "place", "issued",
          "title", "period")


def norm(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return f"{value['start']}..{value['end']}" if value.get("start") else None
    return " ".join(unicodedata.normalize("NFC", str(value)).casefold().split())


def system_fields(path: Path) -> dict:
    text, hints = read_with_hints(path)
    report = extract_report(text, heading_hints=hints).to_dict()["report"]
    return {key: report.get(key) for key in FIELDS}


def evaluate(realdata: Path, verbose: bool = True) -> dict[str, tuple[int, int]]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["files"]
    scores = {f: [0, 0] for f in FIELDS}
    for name, expected in sorted(gold.items()):
        try:
            found = system_fields(realdata / name)
        except ReadError as exc:
            found = {}
            if verbose:
                print(f"{name}: not read ({exc})")
        wrong = []
        for field in FIELDS:
            ok = norm(found.get(field)) == norm(expected.get(field))
            scores[field][0] += ok
            scores[field][1] += 1
            if not ok and found:
                wrong.append(f"{field}: {found.get(field)!r} (gold {expected.get(field)!r})")
        if verbose and wrong:
            print(f"{name}:\n  " + "\n  ".join(wrong))
    return {f: (right, total) for f, (right, total) in scores.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if not args.realdata.is_dir():
        print(f"no real documents at {args.realdata}", file=sys.stderr)
        return 2
    scores = evaluate(args.realdata, verbose=not args.quiet)
    right = sum(r for r, _ in scores.values())
    total = sum(t for _, t in scores.values())
    print("\nHeader fields on ../shared/realdata (gold: tests/fixtures/realdata/headers.json)")
    for field, (r, t) in scores.items():
        print(f"  {field:14} {r:2}/{t}")
    print(f"  {'all':14} {right}/{total} = {right / total:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
