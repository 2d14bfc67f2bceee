"""Who must do a task: unit names found in text and made one (nlp/rules/units.json).

A unit's name starts with one of the registry's heads ("Sở", "Văn phòng", "UBND", "các
sở" …) and runs to the first thing that is not a name: a task verb, "chủ trì", "phối
hợp", a colon or a sentence end. `canonical_unit` makes spellings of one unit one name
("Văn phòng Ủy ban nhân dân tỉnh" and "VP UBND tỉnh" -> "Văn phòng UBND tỉnh").
"""

import re
from functools import cache

from nlp.normalize import UPPER, collapse_spaces
from nlp.rulebook import agency_rules, unit_rules


@cache
def _heads() -> re.Pattern[str]:
    rules = unit_rules()
    heads = sorted(rules["heads"], key=len, reverse=True)
    exceptions = "|".join(re.escape(e) for e in rules["head_exceptions"])
    # ("phòng Giáo dục – Đào tạo huyện …": a district office the press writes in lower case)
    lowercase = rules.get("lowercase_heads")
    return re.compile(r"(?<!\w)(?!(?:" + exceptions + r")(?!\w))(?:"
                      + "|".join(_spaced(h) for h in heads)
                      + (f"|{lowercase}" if lowercase else "") + r")(?!\w)")


def _spaced(name: str) -> str:
    """A name's regex source that takes any run of spaces on one line between its words
    ("Ban quản lý dự án đầu tư  xây dựng huyện", as pages copied from the web write it)."""
    return r"[^\S\n]+".join(re.escape(word) for word in name.split())


@cache
def _names() -> re.Pattern[str]:
    """Known names, whole, longest first (aliases and canonical names included)."""
    rules = unit_rules()
    names = set(rules["names"]) | set(rules["aliases"])
    names |= {alias for aliases in rules["aliases"].values() for alias in aliases}
    return re.compile("(?i)(?:" + "|".join(_spaced(n) for n in sorted(names, key=len,
                                                                           reverse=True))
                      + r")(?!\w)")


def known_name_at(text: str, start: int) -> int | None:
    """Where a known name starting at `start` ends."""
    found = _names().match(text, start)
    return found.end() if found else None


def known_name_over(text: str, start: int, at: int, end: int) -> int | None:
    """Where a known name that begins at or after `start` and runs on past `at` ends, within
    `end` ("… và các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên tăng cường …":
    its "thường xuyên" is the name's); None when no known name spans `at`."""
    return next((m.end() for m in _names().finditer(text, start, end)
                 if m.start() < at < m.end()), None)


def units_named(text: str) -> frozenset[str]:
    """The registry's units a text names, each by its one name ("Bảo hiểm xã hội tỉnh:
    Đã cập nhật …" names "Bảo hiểm xã hội tỉnh")."""
    return frozenset(filter(None, (canonical_unit(m.group(0)) for m in _names().finditer(text))))


def head_pattern() -> str:
    """The regex source of the heads, for patterns that need "before a unit's name"."""
    return _heads().pattern


def starts_with_unit(text: str) -> bool:
    return bool(_heads().match(text.lstrip(" -+•*\t")))


def find_head(text: str, start: int = 0) -> re.Match[str] | None:
    return _heads().search(text, start)


@cache
def _alias_map() -> dict[str, str]:
    out = {}
    for name, aliases in unit_rules()["aliases"].items():
        out[_key(_rewritten(name))] = name
        for alias in aliases:
            out[_key(_rewritten(alias))] = name
    return out


def _rewritten(name: str) -> str:
    rules = unit_rules()
    name = collapse_spaces(name).strip(" ,;:.-–")
    for prefix in rules["strip_prefixes"]:
        # (not "Lãnh đạo và Ban huấn luyện các CLB": the leaders are one of the two asked)
        if (name.startswith(prefix) and len(name) > len(prefix) + 3
                and not name[len(prefix):].startswith("và ")):
            name = name[len(prefix):]
    for old, new in rules["rewrite"].items():
        name = name.replace(old, new)
    if not name.startswith(tuple(rules["place_kept"])):  # "UBND tỉnh X": one body per X
        for tail in rules["drop"]:
            cut = re.sub(tail, "", name)
            if len(cut) > 3:
                name = cut
    return name


def _key(name: str) -> str:
    return name.casefold()


def canonical_unit(name: str | None) -> str | None:
    """One spelling per unit; a name the registry does not know keeps its own words."""
    if not name or not name.strip():
        return None
    rewritten = _rewritten(name)
    known = _alias_map().get(_key(rewritten))
    if known:
        return known
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", rewritten)  # "(Trung tâm Phục vụ …)"
    return _alias_map().get(_key(bare), bare) or None


@cache
def _body_key_drop() -> tuple[re.Pattern[str], ...]:
    """units.json body_key_drop, "{province}" spelled out as the provinces agencies.json
    names (longest first, so "Bà Rịa - Vũng Tàu" is not cut at "Vũng Tàu")."""
    names = sorted((n for names in agency_rules()["provinces"].values() for n in names),
                   key=len, reverse=True)
    province = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    return tuple(re.compile(p.replace("{province}", province))
                 for p in unit_rules().get("body_key_drop", ()))


@cache
def _place() -> tuple[re.Pattern[str], dict[str, str]]:
    """units.json body_key_places: a place's name, "UBND" maybe before it ("TP Đà Lạt",
    "UBND thành phố Đà Lạt", "tỉnh Khánh Hòa"), and the one spelling of each level word."""
    levels = unit_rules().get("body_key_places", {})
    words = sorted(levels, key=len, reverse=True)
    pattern = re.compile(r"^(?:UBND\s+)?(?i:(" + "|".join(re.escape(w) for w in words)
                         + r"))(?:\s+|(?<=\.))(\S.*)$")
    return pattern, {word.casefold(): spelled for word, spelled in levels.items()}


@cache
def _place_named() -> re.Pattern[str]:
    """A place by its level and its capitalised name, inside running text (units.json
    body_key_places: "xã Thuận An", "huyện Đà Bắc", "TP Đà Lạt")."""
    words = sorted(unit_rules().get("body_key_places", {}), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?:\s+[" + UPPER + r"]\w*)+")


def place_named_at(text: str, start: int) -> str | None:
    """The place named at `start` ("… những nỗ lực của xã Thuận An …"), or None."""
    found = _place_named().match(text, start)
    return found.group().strip() if found else None


def body_key(name: str | None) -> str | None:
    """One key per body, for following a directive up in a unit's reports: the canonical
    name without its level or, after a department's name, its province ("Thanh tra tỉnh",
    "Thanh tra tỉnh Thái Bình" -> "thanh tra"; "Sở Y tế Khánh Hòa" -> "sở y tế"; rules
    body_key_drop in units.json)."""
    unit = canonical_unit(name)
    if unit is None:
        return None
    pattern, levels = _place()
    place = pattern.match(unit) if levels else None
    if place and place.group(2)[0].isupper():  # a place as a doer: its people's committee
        return f"ubnd {levels[place.group(1).casefold()]} {place.group(2)}".casefold()
    for pattern in _body_key_drop():
        cut = pattern.sub(lambda m: m.group(1) if m.groups() else "", unit)
        if len(cut) > 3:
            unit = canonical_unit(cut) or cut
    return unit.casefold()


def split_units(name: str) -> list[str]:
    """The names of units joined in one ("Sở Giáo dục - Đào tạo và UBND huyện Tiên Yên", "Sở
    Xây dựng cùng UBND các quận, huyện"), cut only where another unit's name begins ("Sở
    Kế hoạch và Đầu tư" is one)."""
    return re.split(r"(?:,|\s+và|\s+cùng(?:\s+với)?)\s+(?=" + head_pattern() + ")", name)


def body_keys(name: str | None) -> list[str]:
    """The body keys of a unit's name, then of each unit it joins ("Sở Giáo dục - Đào tạo
    và UBND huyện Tiên Yên": the pair, then each of the two)."""
    if not name:
        return []
    return list(dict.fromkeys(key for key in map(body_key, [name, *split_units(name)])
                              if key))
