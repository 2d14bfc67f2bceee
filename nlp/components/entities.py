"""Entity rules: document references, dates, periods, quantities, organisations, plans."""

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.phrases import RuleMatcher
from nlp.rulebook import entity_rules


class EntityRules:
    """Puts every entity rule match in doc.spans["entities"]; spans may overlap."""

    def __init__(self, nlp: Language, name: str, rules_file: str) -> None:
        self.name = name
        self.rules_file = rules_file
        self.matcher = RuleMatcher(nlp, entity_rules(rules_file))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["entities"] = self.matcher.spans(doc)
        return doc


@Language.factory("vi_entity_rules_v1", default_config={"rules_file": "entities.jsonl"})
def make_entity_rules(nlp: Language, name: str, *, rules_file: str) -> EntityRules:
    return EntityRules(nlp, name, rules_file)
