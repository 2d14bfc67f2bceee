"""`make eval`: reports written as running text (meeting summaries, news-style reports,
directives in reported speech), against a gold written by hand before the code ran on them.

tests/fixtures/running/: excerpts of published pages (manifest.json: each one's address and
date; those marked held_out were kept apart while the reader was written: only their
totals are printed), gold.json: per excerpt, the commitments (the body's own promises), the
directives (a leader's request, with addressee and speaker), the actions (results), the
limitations and the page furniture (captions, bylines) as exact substrings.

- An extracted item matches a gold entry when one's text holds the other's, or they are at
  least 80% alike (difflib), one to one.
- Tasks: commitments and directives together (an extracted commitment or directive);
  precision = extracted tasks that match a gold task / extracted tasks; recall = gold tasks
  matched / gold tasks.
- Actions: recall of gold actions by extracted actions; precision = extracted actions that
  match a gold action / extracted actions.
- Limitations taken as actions: gold limitations matched by an extracted action.
- Furniture taken as items: gold captions and bylines matched by any extracted item.
- On the matched directives: addressee as the responsible unit (aliases made one; a gold
  addressee that opens with its request word, "đề nghị Trạm Khuyến nông huyện", "chỉ đạo
  Công ty …", as some helpers copied it, is compared without that word).
"""

import argparse
import json
import re
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from bench import held_out_sets
from bench.eval_directives import same_unit
from nlp import extract_report

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "fixtures" / "running"
TASKS = ("commitment", "directive")


def normal(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .;,:")


NEGATION = re.compile(r"(?<!\w)(?:chưa|không)(?!\w)")


# what a task is for, after it: one piece of it however long ("nghiên cứu các cơ chế, chính
# sách của Chính phủ về xã đảo để làm việc với Sở Tài chính …")
_PURPOSE_AFTER = re.compile(r",?\s+(?:để|nhằm|giúp|góp phần)\s")


def alike(a: str, b: str, purpose: bool = True) -> bool:
    """Whether a gold text and an item say the same; with `purpose`, an item that is the
    gold's task and what it is for (or the other way round) does too."""
    a, b = normal(a), normal(b)
    if not a or not b:
        return False
    if (a in b and len(a) >= 0.5 * len(b)) or (b in a and len(b) >= 0.5 * len(a)):
        return True
    if purpose and any(x.startswith(y) and _PURPOSE_AFTER.match(x[len(y):])
                       for x, y in ((a, b), (b, a))):
        return True  # the task and what it is for ("… quy hoạch được duyệt, giúp thuận lợi …")
    if bool(NEGATION.search(a)) != bool(NEGATION.search(b)):
        return False  # "chưa đạt 7/69 chỉ tiêu" is not "đạt 37/69 chỉ tiêu", however alike
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def pair(gold: list[str], found: list, purpose: bool = True) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, found index), greedy on the best likeness (`purpose`:
    as alike reads it; a shortcoming or a caption must be the item itself)."""
    out, used = [], set()
    for g, text in enumerate(gold):
        for f, item in enumerate(found):
            if f not in used and alike(text, item.text, purpose):
                out.append((g, f))
                used.add(f)
                break
    return out


def unit_of(addressee: str) -> str:
    """A gold addressee without the request word it may open with ("Đề nghị UBND tỉnh",
    "đề nghị, các huyện, thành phố", "Đồng chí chỉ đạo Trung tâm", "giao nhiệm vụ cho ngành")
    or the modal it may close on ("Đầm Hà cần"): the newer gold keeps such framing words so
    that the string occurs once in its excerpt."""
    return _MODAL_CLOSING.sub("", _REQUEST_OPENING.sub("", addressee))


_REQUEST_OPENING = re.compile(r"^(?:(?:đồng chí|ông|bà|đ/c)\s+(?:[^\s,]+\s+){0,4}?)?"
                              r"(?:đề nghị|yêu cầu|chỉ đạo|giao(?: nhiệm vụ)? cho)[\s,]+",
                              re.IGNORECASE)
_MODAL_CLOSING = re.compile(r"\s+(?:cần|phải|nên)$", re.IGNORECASE)


def score(text: str, gold: dict) -> Counter:
    items = extract_report(text).items
    tasks = [i for i in items if i.kind in TASKS]
    actions = [i for i in items if i.kind == "action"]
    gold_tasks = [c["text"] for c in gold["commitments"]] + [d["text"] for d in gold["directives"]]
    matched_tasks = pair(gold_tasks, tasks)
    matched_actions = pair([a["text"] for a in gold["actions"]], actions)
    limits = pair([x["text"] for x in gold["limitations"]], actions, purpose=False)
    furniture = pair([x if isinstance(x, str) else x["text"] for x in gold["not_items"]], items,
                     purpose=False)
    directives = gold["directives"]
    offset = len(gold["commitments"])
    addressee = sum(same_unit(tasks[f].unit, unit_of(directives[g - offset]["addressee"]))
                    for g, f in matched_tasks if g >= offset and directives[g - offset]
                    .get("addressee"))
    with_addressee = sum(1 for g, _ in matched_tasks if g >= offset
                         and directives[g - offset].get("addressee"))
    return Counter(gold_tasks=len(gold_tasks), tasks=len(tasks), tasks_right=len(matched_tasks),
                   gold_actions=len(gold["actions"]), actions=len(actions),
                   actions_right=len(matched_actions), limitations=len(gold["limitations"]),
                   limits_as_actions=len(limits), furniture=len(gold["not_items"]),
                   furniture_as_items=len(furniture), addressee=addressee,
                   with_addressee=with_addressee)


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "—"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="figures per excerpt")
    parser.add_argument("--dev", action="store_true",
                        help="the dev set only (while working on the reader)")
    args = parser.parse_args(argv)
    manifest, gold = _load(FOLDER)
    for held_out in (False,) if args.dev else (False, True):
        entries = [e for e in manifest if bool(e.get("held_out")) == held_out]
        if entries:
            report(FOLDER, entries, gold, "held out" if held_out else "dev set", args.show)
    # later held-out sets, each written blind by another helper after the reader's changes
    for name, folder in held_out_sets("running_heldout"):
        if not args.dev and (folder / "gold.json").is_file():
            report(folder, *_load(folder), name, args.show)
    return 0


def _load(folder: Path) -> tuple[list[dict], dict]:
    return (json.loads((folder / "manifest.json").read_text(encoding="utf-8")),
            json.loads((folder / "gold.json").read_text(encoding="utf-8")))


def report(folder: Path, entries: list[dict], gold: dict, name: str, show: bool) -> None:
    total = Counter()
    for entry in entries:
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        result = score(text, gold[entry["id"]])
        total += result
        if show and name == "dev set":
            print(f"  {entry['id']}: tasks {result['tasks_right']}/{result['gold_tasks']} "
                  f"({result['tasks']} found), actions {result['actions_right']}/"
                  f"{result['gold_actions']} ({result['actions']} found)")
    print(f"Running text, {name}: {len(entries)} excerpts of published pages "
          f"({folder.relative_to(ROOT)})")
    print(f"  tasks (commitments + directives): precision "
          f"{ratio(total['tasks_right'], total['tasks'])}, recall "
          f"{ratio(total['tasks_right'], total['gold_tasks'])} "
          f"({total['tasks_right']} of {total['gold_tasks']} gold, {total['tasks']} found)")
    print(f"  actions: precision {ratio(total['actions_right'], total['actions'])}, recall "
          f"{ratio(total['actions_right'], total['gold_actions'])} "
          f"({total['actions_right']} of {total['gold_actions']} gold, {total['actions']} found)")
    print(f"  limitations taken as actions: {total['limits_as_actions']} of "
          f"{total['limitations']}; captions and bylines taken as items: "
          f"{total['furniture_as_items']} of {total['furniture']}")
    print(f"  directives' addressee as their unit: {total['addressee']} of "
          f"{total['with_addressee']} matched")


if __name__ == "__main__":
    sys.exit(main())
