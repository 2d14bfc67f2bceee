"""Splits one paragraph of a results or tasks section into atomic items.

The rules, in the words of the reports' writers:
- parts are separated by ";" or by a sentence end; a part that opens with an action verb
  (after time adverbials, the agency as subject, tense words: nlp/rules/openers.json)
  starts a new item, any other part belongs to the item before it;
- a "Topic: verb ..." part opens an item at the topic ("Chương trình X: Theo dõi ...");
- a lead-in ending in ":" or "gồm:" keeps its list: as many elements as its count says
  ("04 lớp tập huấn, gồm:"), else the parts with no verb, and verb-led parts only when the
  list itself is made of verb-led names (see `_absorbs`);
- a part whose verb comes after "đang" ("...; hiện đang tổng hợp ý kiến") reports how the
  item before it is going and stays with it;
- an item that ends in ":" introduces a list in the following paragraphs and is dropped;
  so is an item matching an exclusion rule ("Các công tác khác ...").
"""

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.normalize import top_level_colon
from nlp.rulebook import PatternRule, opener_rules

_COUNT = re.compile(r"(?<![\d/.,])0*(\d{1,2})\**\s+[^\W\d]")
ABBREVIATION = re.compile(r"(?:\b[A-ZĐ]{1,3}|(?<![\d.,/])\d{1,2}|\b[a-zđ])\.$")


@dataclass
class _Part:
    start: int
    end: int
    sep: str | None  # what separated it from the part before: ";", ".", or None at the head


@dataclass
class _Item:
    start: int
    end: int
    verb: str
    lead_in: bool = False
    count: int | None = None
    first_word: str = ""
    first_is_verb: bool = False
    names: bool = False  # the lead-in announces a list of names ("các Kế hoạch:", "sau:")
    lower_seen: bool = False
    elements: int = 0
    parts: list[_Part] = field(default_factory=list)


class ItemSplitter:
    """Puts item spans in doc.spans["items"]: label "item", _.verb = opening verb rule id.

    Keeps no state of the document it splits (one pipeline serves every app session,
    possibly at once): what a call needs is passed along."""

    def __init__(self, nlp: Language, name: str, rules_file: str) -> None:
        self.name = name
        rules = opener_rules(rules_file)
        self.openers, self.exclusions, self.list_heads, self.continuation = (
            rules.openers, rules.exclusions, rules.list_heads + rules.announcements,
            rules.continuation)
        self.nominal = rules.nominal
        self.enumerator = next((rule.pattern for rule in self.openers
                                if rule.id == "opener.enumerator"), None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.text
        norm = doc._.matching
        verbs: dict[int, Span] = {}
        for span in doc.spans.get("verbs", []):
            if span.start_char not in verbs or span.end_char > verbs[span.start_char].end_char:
                verbs[span.start_char] = span
        items: list[_Item] = []
        content_start = _skip_space(text, 0)
        if self._excluded(norm, content_start):
            doc.spans["items"] = []
            return doc
        for part in _split_parts(text):
            verb, verb_at = self._opening_verb(text, norm, part.start, verbs)
            if verb is not None and any(rule.pattern.match(norm[verb.end_char:])
                                        for rule in self.nominal):
                verb = None  # "…; hướng dẫn của các Bộ …": a noun, not a new task
            current = items[-1] if items else None
            if (verb is not None and current is not None and current.verb != "excluded"
                    and any(rule.pattern.search(norm[part.start:verb_at])
                            for rule in self.continuation)):
                # "...; hiện đang tổng hợp ý kiến" reports how the item before is going.
                verb = None
            if current is not None and current.lead_in and self._absorbs(
                    current, part, verb, text, norm):
                current.end = part.end
                current.parts.append(part)
                continue
            if verb is not None or current is None:
                if self._excluded(norm, part.start):
                    current = None
                    items.append(_Item(part.start, part.end, "excluded", parts=[part]))
                    continue
                item = _Item(part.start, part.end, verb.id_ if verb is not None else "",
                             parts=[part])
                if verb is not None:
                    self._detect_lead_in(item, text, norm, verb.end_char, part, verbs)
                items.append(item)
            else:
                current.end = part.end
                current.parts.append(part)
                if not current.lead_in and current.verb:
                    self._detect_lead_in(current, text, norm, part.start, part, verbs)
        spans = []
        for item in items:
            if item.verb == "excluded" or text[item.start:item.end].rstrip().endswith(":"):
                continue
            span = doc.char_span(item.start, item.end, label="item", alignment_mode="expand")
            if span is not None:
                span._.verb = item.verb
                span._.parts = [(p.start, p.end) for p in item.parts]
                spans.append(span)
        doc.spans["items"] = spans
        return doc

    def _opening_verb(self, text: str, norm: str, start: int,
                      verbs: dict[int, Span]) -> tuple[Span | None, int]:
        """The verb opening the part at `start`, possibly after openers or a "Topic:"."""
        position = _after_openers(self.openers, norm, start)
        if position in verbs:
            return verbs[position], position
        colon = top_level_colon(text, start, min(len(text), start + 220))
        if colon is not None:
            position = _after_openers(self.openers, norm, colon + 1)
            if position in verbs:
                return verbs[position], position
        return None, position

    def _detect_lead_in(self, item: _Item, text: str, norm: str, search_from: int,
                        part: _Part, verbs: dict[int, Span]) -> None:
        colon = top_level_colon(text, search_from, part.end)
        if colon is None:
            return
        after = _skip_space(text, colon + 1)
        counts = _COUNT.findall(text[item.start:colon])
        item.lead_in = True
        item.count = int(counts[-1]) if counts else None
        head = norm[max(item.start, colon - 40):colon]
        item.names = any(rule.pattern.search(head) for rule in self.list_heads)
        item.first_word = _first_word(norm, after)
        item.elements = 0
        if after < part.end:
            item.elements = 1 + _repeats(norm[after:part.end], item.first_word)
            item.first_is_verb = _after_openers(self.openers, norm, after) in verbs
            item.lower_seen = text[after].islower()

    def _absorbs(self, item: _Item, part: _Part, verb: Span | None, text: str, norm: str) -> bool:
        """Whether the lead-in `item` keeps `part` as one more element of its list.

        A count in the lead-in ("04 Kế hoạch:") says how many elements to keep. Without
        one, parts with no verb are kept, and so is every ";"-part of a list the lead-in
        announces as names ("các Hội nghị:", "như sau:"); a part that opens with a verb is
        otherwise kept only when
        the list's first element opened with a verb too (names of conferences, plans)
        and it does not break the list's casing (a capitalised verb after lower-case
        elements starts a new item). A new sentence that opens with a verb always ends
        the list.
        """
        word = _first_word(norm, part.start)
        if item.elements == 0:  # the list starts in this part
            item.first_word = word
            item.first_is_verb = verb is not None
        if item.count is not None:
            if item.elements >= item.count:
                return False
            if verb is None or word == item.first_word or part.sep == ";":
                item.elements += 1 + _repeats(norm[part.start:part.end], item.first_word)
                return True
            return False
        if (verb is not None and part.sep == ";" and self.enumerator is not None
                and self.enumerator.match(norm[_skip_space(norm, part.start):part.end])):
            # "tập trung: (1) Triển khai …; (2) Thu thập, cập nhật …": a numbered element
            # that opens with its own act is an item of its own, not a name in a list
            return False
        # A part whose verb carries its own tense or subject ("đã tổ chức ...") is a new
        # clause, never the name of a list element.
        own_clause = verb is not None and verb.start_char > _skip_space(text, part.start)
        if verb is None or (item.names and part.sep == ";" and not own_clause):
            item.elements += 1
            return True
        if part.sep == "." or not item.first_is_verb:
            return False
        capital = text[_skip_space(text, part.start)].isupper()
        if capital and item.lower_seen:
            return False
        item.lower_seen = item.lower_seen or not capital
        item.elements += 1
        return True

    def _excluded(self, norm: str, start: int) -> bool:
        head = norm[_after_openers(self.openers, norm, start):]
        return any(rule.pattern.search(head) for rule in self.exclusions)


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and (text[position].isspace() or text[position] in "-+•*"):
        position += 1
    return position


def _after_openers(openers: tuple[PatternRule, ...], norm: str, position: int) -> int:
    """Skip time adverbials, the agency as subject and tense words before the verb."""
    position = _skip_space(norm, position)
    moved = True
    while moved:
        moved = False
        for rule in openers:
            m = rule.pattern.match(norm[position:position + 120])
            if m and m.end() > 0:
                position = _skip_space(norm, position + m.end())
                moved = True
    return position


def _first_word(norm: str, position: int) -> str:
    m = re.match(r"[*_“\"]*(\w+(?:\s+\w+)?)", norm[position:position + 60])
    return m.group(1) if m else ""


def _repeats(norm_text: str, first_word: str) -> int:
    if not first_word:
        return 0
    return len(re.findall(r",\s*" + re.escape(first_word) + r"\b", norm_text))


def _split_parts(text: str) -> list[_Part]:
    """Parts separated by ";" or sentence ends, outside brackets and quotes."""
    parts: list[_Part] = []
    depth = 0
    quoted_since: int | None = None
    start = 0
    sep: str | None = None
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "“" or (c == '"' and quoted_since is None):
            quoted_since = i
        elif c in "”\"":
            quoted_since = None
        elif quoted_since is not None and i - quoted_since > 300:
            quoted_since = None  # an unclosed quote must not swallow the paragraph
        elif depth == 0 and quoted_since is None:
            if c == ";":
                parts.append(_Part(start, i, sep))
                start, sep = i + 1, ";"
            elif c == "." and _sentence_end(text, i):
                parts.append(_Part(start, i + 1, sep))
                start, sep = i + 1, "."
    parts.append(_Part(start, len(text), sep))
    out = []
    for part in parts:
        s, e = part.start, part.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            out.append(_Part(s, e, part.sep))
    return out


def _sentence_end(text: str, i: int) -> bool:
    rest = text[i + 1:i + 3]
    if not rest or not rest[0].isspace():
        return False
    following = text[i + 1:].lstrip()[:1]
    if not following or not (following.isupper() or following in "“\"("):
        return False
    return not ABBREVIATION.search(text[max(0, i - 6):i + 1])


@Language.factory("vi_items_v1", default_config={"rules_file": "openers.json"},
                  requires=["doc.spans"], assigns=["doc.spans"])
def make_item_splitter(nlp: Language, name: str, *, rules_file: str) -> ItemSplitter:
    return ItemSplitter(nlp, name, rules_file)
