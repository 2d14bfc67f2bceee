"""Entity rules: document references, dates, periods, quantities, organisations, plans."""

from spacy.language import Language

from nlp.components.phrases import SpansFromRules
from nlp.rulebook import entity_rules


class EntityRules(SpansFromRules):
    """Puts every entity rule match in doc.spans["entities"]; spans may overlap."""

    key = "entities"


@Language.factory("vi_entity_rules_v1", default_config={"rules_file": "entities.jsonl"})
def make_entity_rules(nlp: Language, name: str, *, rules_file: str) -> EntityRules:
    return EntityRules(nlp, name, entity_rules(rules_file))
