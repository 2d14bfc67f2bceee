"""Shared matching of rule phrases and regular expressions against a Doc.

Phrases match on token norms with spaCy's PhraseMatcher; because underthesea may segment
a phrase differently in context than alone, the same phrases are also matched on the
matching form of the text at word boundaries, and the two results are merged.
"""

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from nlp.normalize import for_matching
from nlp.rulebook import PhraseRule


class RuleMatcher:
    """Finds every match of a set of phrase/regex rules; each match keeps its rule."""

    def __init__(self, nlp: Language, rules: tuple[PhraseRule, ...], *, regex_on_text: bool = True):
        self.rules = {rule.id: rule for rule in rules}
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        by_phrase: dict[str, str] = {}
        for rule in rules:
            if rule.phrases:
                self.matcher.add(rule.id, [nlp.make_doc(p) for p in rule.phrases])
                for phrase in rule.phrases:
                    by_phrase.setdefault(for_matching(" ".join(phrase.split())), rule.id)
        self.by_phrase = by_phrase
        alternatives = sorted(by_phrase, key=len, reverse=True)
        self.phrase_regex = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                                                for p in alternatives) + r")(?!\w)")
            if alternatives else None
        )
        self.regex_rules = [rule for rule in rules if rule.regex is not None]
        self.regex_on_text = regex_on_text

    def spans(self, doc: Doc) -> list[Span]:
        """Matches as spans (label = rule label, id = rule id), longest first per start."""
        found: dict[tuple[int, int, str], Span] = {}
        for match_id, start, end in self.matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            found[(start, end, rule.id)] = Span(doc, start, end, label=rule.label, span_id=rule.id)
        matching = doc._.matching
        text = doc._.text
        if self.phrase_regex is not None:
            # A phrase must start where a word starts ("trình" inside the word "chương
            # trình" is not the verb "trình"), so it is tried only there, left to right,
            # and a match is not tried again inside itself.
            reached = 0
            for start in sorted(doc._.token_starts):
                if start < reached:
                    continue
                m = self.phrase_regex.match(matching, start)
                if m is not None:
                    rule = self.rules[self.by_phrase[" ".join(m.group(0).split())]]
                    self._add(doc, m.start(), m.end(), rule, found)
                    reached = m.end()
        for rule in self.regex_rules:
            assert rule.regex is not None
            for m in rule.regex.finditer(text if self.regex_on_text else matching):
                self._add(doc, m.start(), m.end(), rule, found)
        return sorted(found.values(), key=lambda s: (s.start_char, -s.end_char))

    @staticmethod
    def _add(doc: Doc, start: int, end: int, rule: PhraseRule,
             found: dict[tuple[int, int, str], Span]) -> None:
        span = doc.char_span(start, end, label=rule.label, alignment_mode="expand")
        if span is not None and (span.start, span.end, rule.id) not in found:
            found[(span.start, span.end, rule.id)] = Span(
                doc, span.start, span.end, label=rule.label, span_id=rule.id)


class SpansFromRules:
    """A component that puts every match of a rule file in doc.spans[key]."""

    key = ""

    def __init__(self, nlp: Language, name: str, rules: tuple[PhraseRule, ...]) -> None:
        self.name = name
        self.matcher = RuleMatcher(nlp, rules)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = self.matcher.spans(doc)
        return doc
