"""`make eval`: directives extracted from the real directive documents, against a gold
written by hand from them before the extractor ran on them.

Gold: tests/fixtures/realdata/directives.json (7 documents of ../shared/realdata/
lamdong-directives, 171 directives; each with a key substring, unit, co-units, deadline,
task kind, and per document the sentences that are not tasks).

An extracted item of kind "directive" matches a gold directive when the gold key (NFC,
white space collapsed, case-folded) is in the item's text, one to one, in document order.
The held-out gold starts a key at the request and its doer ("yêu cầu Sở Tài chính chủ
trì …", "Giao Thường trực Ban chỉ huy … theo dõi …", "Sở Công Thương theo dõi …"), where
an item starts at the task and gives the doer as its unit: the key without that opening
(a request word and the gold's own unit, at least 20 characters left) matches as well.
Precision = matched items / extracted directives; recall = matched gold / gold.
Held out: real directive documents published online, saved as text with their addresses
(tests/fixtures/directives_heldout: manifest.json, gold.json written by a helper who saw
neither the code nor its output), scored the same way.

Unit, deadline and task kind are scored on the matched pairs: a unit is right when the
names agree case-folded (or are aliases of one unit in nlp/rules/units.json), a deadline
when the ISO dates (YYYY-MM-DD or YYYY-MM) agree, both null counting as agreement.
"""

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

from bench import held_out_sets
from nlp import extract_report

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "realdata" / "directives.json"
FOLDER = "lamdong-directives"


def normal_spaced(text: str | None) -> str:
    """NFC, white space collapsed, case kept."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def normal(text: str | None) -> str:
    return normal_spaced(text).casefold()


# the one a name singles out of the units it names ("chủ tịch UBND các tỉnh, thành phố, nhất
# là các tỉnh ven biển …"): the units are all of them, whether the gold writes the one singled
# out or not
SINGLED_OUT = re.compile(r",?\s+(?:nhất là|đặc biệt là)\s.*$", re.IGNORECASE | re.DOTALL)


def same_unit(a: str | None, b: str | None) -> bool:
    from nlp.units import canonical_unit

    if not a or not b:
        return not a and not b
    a, b = SINGLED_OUT.sub("", a), SINGLED_OUT.sub("", b)
    return normal(canonical_unit(a)) == normal(canonical_unit(b))


def unit_right(unit: str | None, entry: dict) -> bool:
    """Whether an item's unit is the gold's: the same unit, or the doers the gold splits into
    its unit and co_units named together as the item's unit ("Đài Thông tin duyên hải Phan
    Thiết và Cảng vụ hàng hải Bình Thuận" for the unit "Đài Thông tin duyên hải Phan Thiết"
    and the co-unit "Cảng vụ hàng hải Bình Thuận"; a list may have "; " between them)."""
    if same_unit(unit, entry["unit"]):
        return True
    co_units = entry.get("co_units") or []
    if not unit or not entry["unit"] or not co_units:
        return False
    from nlp.units import canonical_unit

    def parts(name: str) -> list[str]:
        # each one as same_unit compares names (the province after a body's name dropped:
        # "Chi cục Kiểm lâm tỉnh Đác Lắc" is the "Chi cục Kiểm lâm" a list ends with)
        return [normal(canonical_unit(n)) for n in re.split(
            r"\s*(?:[,;]|\bvà\b|\bcùng(?: với)?\b)\s*", name) if n.strip()]

    return parts(unit) == [p for n in (entry["unit"], *co_units) for p in parts(n)]


# "giao trách nhiệm cụ thể cho Sở Y tế …" is the request word written out
# (not the "giao" of "giao thông", "giao dịch", …: "Cục Cảnh sát giao thông yêu cầu …")
REQUEST_WORD = (r"(?:giao(?!\s+(?:thông|dịch|lưu|nhận|tiếp|hàng|kết|quyền|hữu|đất|thương)"
                r"(?!\w))(?: trách nhiệm| nhiệm vụ)?(?: cụ thể)?(?: cho)?|yêu cầu|đề nghị"
                r"|chỉ đạo(?: cho)?|mong muốn|kêu gọi|ủy quyền cho)"
                r"\s+")
REQUEST_OPENING = re.compile("^" + REQUEST_WORD, re.IGNORECASE)
# a key that opens with its speaker or a word of time before the request word and the doer
# ("Cục An toàn thực phẩm đề nghị Sở Y tế tỉnh Gia Lai tạm đình chỉ …", "đã giao Sở TN-MT …")
# (after a short lead, if any: the day it was made, "Ngày 24/5, UBND huyện Phú Tân đề nghị
# Phòng …", a connector, "Theo đó, tỉnh yêu cầu …", "Cùng với đó, yêu cầu các ngành …", or
# the letter that made it, "Theo Công văn, Ủy ban nhân dân thị xã đã yêu cầu …")
SPOKEN_REQUEST = re.compile(r"^(?P<lead>[^,;:]{1,40},\s*)?"
                            r"(?:[^,;:]{3,60}?\s)?(?:(?:đã|vừa|cũng)\s+)?" + REQUEST_WORD,
                            re.IGNORECASE)
# a connector a key may open with, its comma or not, which the item's text leaves out
# ("Trong đó, tăng cường thăm đồng …", "Đồng thời phối hợp với đội Cảnh sát giao thông …")
CONNECTOR = re.compile(r"^(?:trong đó|đồng thời|theo đó|bên cạnh đó|cùng với đó|ngoài ra"
                       r"|cụ thể|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
                       r"(?:\s*,\s*|\s+)",
                       re.IGNORECASE)
KEY_STOP = " .;,"  # an item's text ends before the stop that closes its sentence
# a key that opens by naming whom the tasks are for ("Đối với thí sinh đăng ký thi tốt nghiệp
# THPT: Kiểm tra lại thông tin"), which the item's text leaves out
FOR_WHOM = re.compile(r"^(?:riêng\s+)?đối với\s+([^:,]{3,120}?)\s*[:,]\s*", re.IGNORECASE)
FOR_PLACE = re.compile(r"^(?:riêng\s+)?đối với\s+[^:]{3,120}?:\s*", re.IGNORECASE)
MIN_KEY = 20
MAX_GROUND = 60  # characters of a request's ground before its doer ("sau lễ công bố")


def _doer_as_written(rest: str, unit: str | None) -> str | None:
    """The words opening `rest` (a key past its request word, case kept) that name the gold
    unit, in matching form: the unit itself, or the unit as the page writes it where the
    gold adds or drops the province ("Sở TN-MT tỉnh này" for "Sở TN-MT tỉnh Phú Yên",
    "Sở TN&MT" for "Sở TN&MT Nghệ An": one body by nlp.units.body_key); None when none do."""
    from nlp.units import body_key

    if not unit:
        return None
    if rest.casefold().startswith(normal(unit)):
        return normal(unit)
    wanted = body_key(unit)
    words = rest.split(" ")
    for count in range(min(len(words), 12), 0, -1):
        named = " ".join(words[:count]).rstrip(",:")
        if wanted and body_key(named) == wanted:
            return normal(named)
    return None


def _past_request(entry: dict) -> tuple[str, str, str]:
    """The gold key, its doer (as the key writes it, when it names it) and the key past its
    request word, in matching form."""
    written = normal_spaced(entry["key"])
    key, unit = written.casefold(), normal(entry.get("unit"))
    rest = REQUEST_OPENING.sub("", written)
    if rest == written and unit:
        # "Mỗi CLB, đội, nhóm cấp trường tối thiểu tham gia 1 đội" for the unit "CLB, đội,
        # nhóm cấp trường": a determiner before the doer the key opens with
        bare = DETERMINER.sub("", written)
        if bare.casefold().startswith(unit):
            written = bare
        spoken = SPOKEN_REQUEST.sub("", written)
        # (or the key ends inside the doer's name: "ông … – Phó Chủ tịch UBND huyện đề nghị
        # các ngành liên quan" for the unit "các ngành liên quan và UBND các xã, thị trấn")
        cut_in_name = spoken != written and len(spoken) >= 3 and unit.startswith(normal(spoken))
        rest = spoken if _doer_as_written(spoken, entry.get("unit")) or cut_in_name else written
    return key, _doer_as_written(rest, entry.get("unit")) or unit, rest.casefold()


DETERMINER = re.compile(r"^(?:mỗi|từng)\s+", re.IGNORECASE)
QUALIFIER = re.compile(r"^(?:căn cứ|theo)\s+(?:chức năng,?\s+nhiệm vụ|thẩm quyền)"
                       r"(?:\s+được giao)?(?:\s+của mình)?\s*,\s*", re.IGNORECASE)
# a key that opens with the one asked, then the request in the passive ("UBND các huyện,
# thị xã, thành phố được yêu cầu chủ động bố trí …", "Sở này cũng được chỉ đạo …")
PASSIVE_REQUEST = re.compile(r"^.{3,80}?\s(?:cũng\s+)?được\s+" + REQUEST_WORD, re.IGNORECASE)


def key_forms(entry: dict) -> list[str]:
    """The gold key, and the key without its request word and doer when it opens with them
    ("yêu cầu sở tài chính chủ trì …" -> "chủ trì …", "đề nghị xem xét …" -> "xem xét …",
    "ubnd các huyện được yêu cầu chủ động bố trí …" -> "chủ động bố trí …")."""
    return [form.rstrip(KEY_STOP) or form for form in _key_forms(entry)]


def _key_forms(entry: dict) -> list[str]:
    key, unit, rest = _past_request(entry)
    passive = PASSIVE_REQUEST.match(key)
    if passive and len(key) - passive.end() >= MIN_KEY:
        return [key, key[passive.end():]]
    forms = [key]
    whom = FOR_WHOM.match(key)
    if whom and unit and normal(whom.group(1)) == unit and len(key) - whom.end() >= MIN_KEY:
        # "Đối với các Sở GD&ĐT …: Rà soát, kiểm tra": whom the tasks are for, then one
        forms.append(key[whom.end():])
    where = FOR_PLACE.match(key)
    if where and len(key) - where.end() >= MIN_KEY:
        # where the task is for, up to its colon: "Đối với khu vực ven biển, đồng bằng, đô
        # thị: sẵn sàng sơ tán khẩn cấp dân cư"
        forms.append(key[where.end():])
    connector = CONNECTOR.match(key)
    if connector and len(key) - connector.end() >= MIN_KEY:
        forms.append(key[connector.end():])
        past = key[connector.end():]
        if unit and rest == key and past.startswith(unit) and len(past) - len(unit) >= MIN_KEY:
            # "Trong đó, các cảng hàng không cần tập trung bố trí …": past the connector, the
            # doer, then the task (as a key that opens with its doer)
            forms.append(past[len(unit):].lstrip(" ,:"))
    grounded = rest.find(f" {unit} ") if unit and rest != key else -1
    if unit and rest.startswith(unit) and len(rest) - len(unit) >= MIN_KEY:
        # (past the qualifier a request may put between its doer and the job: "yêu cầu các
        # sở, ngành, địa phương căn cứ chức năng, nhiệm vụ, chủ trì phối hợp rà soát …")
        forms.append(QUALIFIER.sub("", _past_co_units(rest[len(unit):], entry).lstrip(" ,:")))
    elif 0 < grounded <= MAX_GROUND and len(rest) - grounded - len(unit) >= MIN_KEY:
        # "yêu cầu sau khi kết thúc Đại hội các đơn vị hoàn chỉnh …": the ground or time
        # of the request before whom it asks, then the task
        forms.append(rest[grounded + len(unit) + 1:].lstrip(" ,:"))
    elif rest != key and len(rest) >= MIN_KEY and not (unit and unit.startswith(rest)):
        forms.append(rest)  # "đề nghị xem xét đề xuất …": a request word and no doer
    elif rest == key:
        # "Bộ Xây dựng yêu cầu kiểm đếm, quản lý chặt chẽ …": a speaker by its name (a
        # capital), its request word and no doer, then the task (not "theo dõi chặt chẽ và
        # chỉ đạo kỹ thuật viên …", a task of its own)
        task = _spoken_task(entry) or ""
        if len(task) >= MIN_KEY and not (unit and unit.startswith(task)):
            forms.append(task)
    return forms


def _spoken_task(entry: dict) -> str | None:
    """The task after a key's speaker, named by a capital, and its request word ("Bộ Xây
    dựng yêu cầu kiểm đếm …": "kiểm đếm …"), in matching form; None when the key does not
    open so."""
    written = normal_spaced(entry["key"])
    spoken = SPOKEN_REQUEST.match(written)
    if spoken is None or not written[spoken.end("lead") if spoken.group("lead") else 0:][:1] \
            .isupper():
        return None
    return written[spoken.end():].lstrip(" ,:").casefold()


def _past_co_units(rest: str, entry: dict) -> str:
    """A key's words after its doer, past the co-doers it names with it ("Đài Thông tin
    duyên hải Phan Thiết và Cảng vụ hàng hải Bình Thuận phát thông tin", "Ban Quản lý Dự án
    cùng các đơn vị tính toán …": the gold's unit is the first, the others its co_units)."""
    for co_unit in entry.get("co_units") or []:
        joined = re.match(rf"\s*(?:,|và|cùng(?: với)?)\s*{re.escape(normal(co_unit))}(?=\s|,|$)",
                          rest)
        if joined:
            rest = rest[joined.end():]
    return rest


def doer_key(entry: dict) -> str | None:
    """What a key says past its request word and doer when it says little else ("Giao
    Thường trực Ban chỉ huy … tỉnh theo dõi chặt", cut at 90 characters inside or just
    after the doer's name): the words after the doer, possibly none; None for a key that
    says enough of the task (key_forms matches it)."""
    key, unit, rest = _past_request(entry)
    if unit and len(rest) >= MIN_KEY and unit.startswith(rest):
        # the key is all the doer's name, cut inside it ("Sở Y tế Hà Nam, Công an tỉnh Hà
        # Nam, … và các đơn vị" for "… và các đơn vị liên quan")
        return ""
    if unit and rest == key and not key.startswith(unit):
        return _short_task(entry, key, unit)
    if not unit:
        return None
    if unit.startswith(rest):
        return ""  # the key ends inside the doer's name
    if rest.startswith(unit) and len(rest) - len(unit) < MIN_KEY:
        return rest[len(unit):].lstrip(" ,:")
    return None


def _short_task(entry: dict, key: str, unit: str) -> str | None:
    """What is left of a key that names its doer after a topic ("Đối với thiết bị dạy học,
    …, các đơn vị cần khẩn trương": "cần khẩn trương"), or its speaker and request word and
    no doer ("Bộ trưởng GD&ĐT … vừa có công điện yêu cầu sẵn sàng phương án": "sẵn sàng
    phương án"), when too short for key_forms; None otherwise (a key may open with its doer
    and no request word: "Trưởng thôn, …")."""
    if FOR_WHOM.match(key) and f", {unit} " in key:
        left: str | None = key[key.index(f", {unit} ") + len(unit) + 3:]
    else:
        left = _spoken_task(entry)
    return left if left and len(left) < MIN_KEY else None


def pair_up(entries: list[dict], texts: list[str], units: list[str | None],
            joined: list[str] | None = None) -> list[tuple[dict, int]]:
    """Gold directives and the extracted items they match, one to one: (entry, index of the
    item). `texts`: the items' texts in matching form (normal); `units`: their units;
    `joined`: each item's text run on over the comma to the next item where the two are one
    clause cut finer (cut_finer), else its own text: a key that runs over that comma ("Thường
    trực hướng dẫn xây dựng kế hoạch giám sát …, chọn 2-3") matches the first piece."""
    used: set[int] = set()
    pairs = []
    for entry in entries:
        forms = key_forms(entry)
        found = next((n for n, t in enumerate(texts)
                      if n not in used and any(f in t for f in forms)), None)
        if found is None and joined:
            found = next((n for n, t in enumerate(joined)
                          if n not in used and any(f in t for f in forms)), None)
        if found is not None:
            used.add(found)
            pairs.append((entry, found))
    for entry in entries:
        # a key that is all request word and doer: the first task given to that doer
        # that begins with what is left of the key
        rest = doer_key(entry)
        if rest is None or any(entry is p[0] for p in pairs):
            continue
        found = next((n for n, t in enumerate(texts) if n not in used and t.startswith(rest)
                      and same_unit(units[n], entry["unit"])), None)
        if found is not None:
            used.add(found)
            pairs.append((entry, found))
    return pairs


def cut_finer(text: str, extra, matched: list) -> bool:
    """An extracted directive the gold does not list that goes on a matched one's clause
    after a comma (no "; ", full stop or line break between their starts): the same gold
    task cut finer ("Tổ chức lực lượng canh gác, kiểm soát" | "hướng dẫn bảo đảm giao thông
    …"), where the gold keeps comma-joined actions as one directive."""
    for item in matched:
        if item.start < extra.start and text[item.end:extra.start].strip() == ",":
            between = text[item.start:extra.start]
            if not re.search(r";|\.\s|\n", between):
                return True
    return False


def score_document(items, gold: dict, text: str = "") -> dict:
    directives = [i for i in items if i.kind == "directive"]
    texts = [normal(i.text) for i in directives]
    joined = [normal(text[i.start:later.end]) if text and cut_finer(text, later, [i]) else t
              for i, later, t in zip(directives, directives[1:], texts, strict=False)]
    joined += texts[len(joined):]
    matched = pair_up(gold["directives"], texts, [i.unit for i in directives], joined)
    used = {n for _, n in matched}
    pairs = [(entry, directives[n]) for entry, n in matched]
    wrong = [t for t in texts if any(normal(s) in t for s in gold["not_tasks"])]
    return {
        "gold": len(gold["directives"]), "found": len(directives), "matched": len(pairs),
        "unit": sum(unit_right(i.unit, g) for g, i in pairs),
        "deadline": sum((i.due or None) == (g["deadline"] or None) for g, i in pairs),
        "task_kind": sum(i.task_kind == g["task_kind"] for g, i in pairs),
        "not_tasks": len(wrong), "pairs": pairs,
        "missed": [g for g in gold["directives"] if all(g is not p[0] for p in pairs)],
        "extra": [d for n, d in enumerate(directives) if n not in used],
        "finer": _finer(text, directives, used) if text else 0,
    }


def _finer(text: str, directives: list, used: set[int]) -> int:
    """How many unmatched directives cut a matched one's clause finer (cut_finer), the
    pieces of one clause in a row counted each."""
    anchors = [directives[n] for n in sorted(used)]
    count = 0
    for n, item in enumerate(directives):
        if n not in used and cut_finer(text, item, anchors):
            anchors.append(item)
            count += 1
    return count


def score_set(documents: list[tuple[str, Path, dict]], show: bool) -> None:
    """Score (name, file, gold entry) documents and print the table and totals."""
    total = dict.fromkeys(("gold", "found", "matched", "unit", "deadline", "task_kind",
                           "not_tasks", "finer"), 0)
    print(f"  {'document':40} {'gold':>5} {'found':>6} {'matched':>8} {'unit':>5} "
          f"{'deadline':>9} {'kind':>5} {'not-task':>9}")
    for name, path, entry in documents:
        report = extract_report(path)
        result = score_document(report.items, entry, report.text)
        for key in total:
            total[key] += result[key]
        print(f"  {name:40} {result['gold']:>5} {result['found']:>6} {result['matched']:>8} "
              f"{result['unit']:>5} {result['deadline']:>9} {result['task_kind']:>5} "
              f"{result['not_tasks']:>9}")
        if show:
            for g in result["missed"]:
                print(f"      missed: {g['key'][:100]}")
            for d in result["extra"]:
                print(f"      extra:  {' '.join(d.text.split())[:100]}")
            for g, i in result["pairs"]:
                if not unit_right(i.unit, g):
                    print(f"      unit {i.unit!r} (gold {g['unit']!r}): {g['key'][:60]}")
                if (i.due or None) != (g["deadline"] or None):
                    print(f"      deadline {i.due!r} (gold {g['deadline']!r}): {g['key'][:60]}")
                if i.task_kind != g["task_kind"]:
                    print(f"      kind {i.task_kind!r} (gold {g['task_kind']!r}): "
                          f"{g['key'][:60]}")
    precision = total["matched"] / max(1, total["found"])
    recall = total["matched"] / max(1, total["gold"])
    matched = max(1, total["matched"])
    print(f"  precision {precision:.2f}  recall {recall:.2f}  "
          f"(matched {total['matched']} of {total['gold']} gold, {total['found']} extracted)")
    print(f"  on the matched: unit {total['unit'] / matched:.2f}  deadline "
          f"{total['deadline'] / matched:.2f}  task kind {total['task_kind'] / matched:.2f};"
          f"  items that are not tasks: {total['not_tasks']}")
    if total["finer"]:
        # the gold keeps comma-joined actions of one clause as one directive; the reader
        # cuts them at a comma before another action (one task per job, as the running-text
        # gold has them): shown apart, never folded into the precision above
        print(f"  of the extracted the gold does not list, {total['finer']} go on a matched "
              f"directive's clause after a comma (cut finer); precision counting them with "
              f"it: {(total['matched'] + total['finer']) / max(1, total['found']):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--show", action="store_true", help="list misses and wrong fields")
    args = parser.parse_args(argv)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    documents = [(name, args.realdata / FOLDER / name, entry) for name, entry in gold.items()]
    if all(path.is_file() for _, path, _ in documents):
        print("Directives on ../shared/realdata/lamdong-directives (gold: "
              "tests/fixtures/realdata/directives.json)")
        score_set(documents, args.show)
    else:
        print(f"skipped: {args.realdata / FOLDER} not complete", file=sys.stderr)
    for name, folder in held_out_sets("directives_heldout"):
        gold_file = folder / "gold.json"
        if gold_file.is_file():
            held = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
            print(f"Directives, {name}: real documents published online "
                  f"({gold_file.parent.relative_to(ROOT)}, addresses in manifest.json)")
            score_set([(doc, gold_file.parent / doc, entry) for doc, entry in held.items()],
                      args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
