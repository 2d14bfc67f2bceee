"""Action verbs ("Tham mưu", "Ban hành", "Triển khai" ...) that can open an item."""

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.phrases import RuleMatcher
from nlp.rulebook import verb_rules


class ActionVerbs:
    """Puts every action-verb match in doc.spans["verbs"] (span id = rule id)."""

    def __init__(self, nlp: Language, name: str, rules_file: str) -> None:
        self.name = name
        self.matcher = RuleMatcher(nlp, verb_rules(rules_file))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["verbs"] = self.matcher.spans(doc)
        return doc


@Language.factory("vi_action_verbs_v1", default_config={"rules_file": "verbs.jsonl"})
def make_action_verbs(nlp: Language, name: str, *, rules_file: str) -> ActionVerbs:
    return ActionVerbs(nlp, name, rules_file)
