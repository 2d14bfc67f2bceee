"""`make eval`: the same document in two formats gives the same items.

Pairs from ../shared/realdata: each month's Word 97 .doc draft against its .docx final
(they differ a little: the draft has data up to the 20th), and the Sở Nội vụ report of
06/11/2025 as .docx and as the issued PDF (the same document). An item of one matches an
item of the other of the same kind when their texts are at least 90% alike (difflib),
one-to-one; the figure is matched items over the larger of the two counts.
"""

import argparse
import sys
from difflib import SequenceMatcher
from pathlib import Path

from nlp import extract_report

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    ("lamdong/da06_2025-08_draft.doc", "lamdong/da06_2025-08_final.docx"),
    ("lamdong/da06_2025-10_draft.doc", "lamdong/da06_2025-10_final.docx"),
    ("lamdong/da06_2025-09_draft.docx", "lamdong/da06_2025-09_final.docx"),
    ("lamdong-directives/report_2025-11-06_cchc-indices.docx",
     "lamdong-directives/report_2025-11-06_cchc-indices.pdf"),
]


def overlap(a_items, b_items) -> tuple[int, int]:
    unused = list(b_items)
    matched = 0
    for item in a_items:
        text = " ".join(item.text.split())
        best = None
        for other in unused:
            if other.kind != item.kind:
                continue
            ratio = SequenceMatcher(None, text, " ".join(other.text.split()),
                                    autojunk=False).ratio()
            if ratio >= 0.9 and (best is None or ratio > best[0]):
                best = (ratio, other)
        if best:
            matched += 1
            unused.remove(best[1])
    return matched, max(len(a_items), len(b_items))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    args = parser.parse_args(argv)
    print("Same document, two formats: items matched (text ≥ 90% alike) / the larger count")
    for first, second in PAIRS:
        a = extract_report(args.realdata / first)
        b = extract_report(args.realdata / second)
        matched, total = overlap(a.items, b.items)
        print(f"  {Path(first).name} ({len(a.items)}) vs {Path(second).name} ({len(b.items)}): "
              f"{matched}/{total} = {matched / total if total else 0:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
