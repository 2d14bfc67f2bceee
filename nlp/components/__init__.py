"""spaCy rule components; importing this module registers their factories."""

from nlp.components.cues import StatusCues
from nlp.components.entities import EntityRules
from nlp.components.items import ItemSplitter
from nlp.components.verbs import ActionVerbs

__all__ = ["ActionVerbs", "EntityRules", "ItemSplitter", "StatusCues"]
