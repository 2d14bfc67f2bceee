"""Status cues in the manner of medspaCy's ConText: a cue phrase, its category, its scope.

A cue's scope runs forward from the cue to the next terminator (";", ".", "nhưng", ...),
so "đã ban hành Kế hoạch A; đang xây dựng Kế hoạch B" gives each clause its own status.
When cues overlap, the longest wins ("chưa hoàn thành" is not_done, not done).
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.phrases import RuleMatcher
from nlp.rulebook import cue_rules

_TERMINATOR = re.compile(r"[;.!?](?=\s|$)|\b(?:nhưng|tuy nhiên|song)\b")


class StatusCues:
    """Puts cue spans (label = category, id = rule id, _.scope_end) in doc.spans["cues"]."""

    def __init__(self, nlp: Language, name: str, rules_file: str) -> None:
        self.name = name
        self.matcher = RuleMatcher(nlp, cue_rules(rules_file))
        self.sections = {rule.id: rule.sections for rule in cue_rules(rules_file)}

    def __call__(self, doc: Doc) -> Doc:
        kept = []
        last_end = -1
        for span in self.matcher.spans(doc):  # sorted by start, longest first
            if span.start_char < last_end:
                continue
            last_end = span.end_char
            terminator = _TERMINATOR.search(doc._.matching, span.end_char)
            span._.scope_end = terminator.start() if terminator else len(doc._.matching)
            if span.label_ != "pseudo":
                kept.append(span)
        doc.spans["cues"] = kept
        return doc

    def applies(self, rule_id: str, section_kind: str) -> bool:
        return section_kind in self.sections.get(rule_id, ())


@Language.factory("vi_status_cues_v1", default_config={"rules_file": "cues.jsonl"})
def make_status_cues(nlp: Language, name: str, *, rules_file: str) -> StatusCues:
    return StatusCues(nlp, name, rules_file)
