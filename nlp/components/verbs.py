"""Action verbs ("Tham mưu", "Ban hành", "Triển khai" ...) that can open an item."""

from spacy.language import Language

from nlp.components.phrases import SpansFromRules
from nlp.rulebook import verb_rules


class ActionVerbs(SpansFromRules):
    """Puts every action-verb match in doc.spans["verbs"] (span id = rule id)."""

    key = "verbs"


@Language.factory("vi_action_verbs_v1", default_config={"rules_file": "verbs.jsonl"})
def make_action_verbs(nlp: Language, name: str, *, rules_file: str) -> ActionVerbs:
    return ActionVerbs(nlp, name, verb_rules(rules_file))
