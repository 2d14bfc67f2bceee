"""Render a blind gold helper's brief and the exclusion lists it reads.

    python -m bench.make_brief running 74 --other directives_heldout69
    python -m bench.make_brief directives 69 --other running_heldout74

writes /tmp/brief_<prefix>.md, /tmp/<prefix>_excl.tsv (folder, file, url of every earlier
source in tests/fixtures) and /tmp/<prefix>_hosts.txt (hosts already used, with counts).
The templates are tests/fixtures/briefs/<kind>.md.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
FOLDER = {"running": "running_heldout", "directives": "directives_heldout"}
LETTER = {"running": "r", "directives": "d"}


def sources() -> list[tuple[str, str, str]]:
    """Every earlier source: (folder, file, url) from each fixture manifest."""
    rows = []
    for manifest in sorted(FIXTURES.glob("*/manifest.json")):
        for entry in json.loads(manifest.read_text(encoding="utf-8")):
            if isinstance(entry, dict) and entry.get("url"):
                rows.append((manifest.parent.name, entry.get("file", ""), entry["url"]))
    return rows


def host(url: str) -> str:
    name = (urlsplit(url).hostname or "").lower()
    return name.removeprefix("www.")


def first_id(kind: str) -> int:
    """The next round ten above every file id of this kind's sets."""
    pattern = re.compile(rf"^{LETTER[kind]}(\d+)\.txt$")
    ids = [int(m.group(1)) for p in FIXTURES.glob(f"{FOLDER[kind]}*/*.txt")
           if (m := pattern.match(p.name))]
    return (max(ids, default=0) // 10 + 1) * 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=sorted(FOLDER))
    parser.add_argument("set", type=int, help="number of the new held-out set")
    parser.add_argument("--other", required=True, help="the parallel helper's folder")
    args = parser.parse_args()
    prefix = f"{LETTER[args.kind]}{args.set}"
    start = first_id(args.kind)
    text = (FIXTURES / "briefs" / f"{args.kind}.md").read_text(encoding="utf-8")
    for key, value in {"{FIRST+1}": start + 1, "{FIRST}": start, "{SET}": args.set,
                       "{PREV}": args.set - 1, "{PREV2}": args.set - 2,
                       "{PREV3}": args.set - 3, "{PREFIX}": prefix,
                       "{OTHER}": args.other}.items():
        text = text.replace(key, str(value))
    Path(f"/tmp/brief_{prefix}.md").write_text(text, encoding="utf-8")
    rows = sources()
    Path(f"/tmp/{prefix}_excl.tsv").write_text(
        "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    counts = collections.Counter(host(url) for _, _, url in rows)
    Path(f"/tmp/{prefix}_hosts.txt").write_text(
        "".join(f"{name}\t{n}\n" for name, n in counts.most_common()), encoding="utf-8")
    print(f"/tmp/brief_{prefix}.md: files from {LETTER[args.kind]}{start}; "
          f"{len(rows)} earlier sources on {len(counts)} hosts")


if __name__ == "__main__":
    main()
