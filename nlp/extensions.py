"""The only place custom Doc/Span attributes are declared."""

from spacy.tokens import Doc, Span


def register() -> None:
    """Declare the extension attributes the components set; safe to call many times."""
    # Item spans: the verb that opens the item ("" when none) and where it starts.
    if not Span.has_extension("verb"):
        Span.set_extension("verb", default="")
    # Cue spans: the character offset where the cue's scope ends (ConText-style).
    if not Span.has_extension("scope_end"):
        Span.set_extension("scope_end", default=None)
    # Doc: the matching form of the text (lower case, modern tone marks), same length.
    if not Doc.has_extension("matching"):
        Doc.set_extension("matching", getter=_matching)


def _matching(doc: Doc) -> str:
    return "".join(token.norm_ + token.whitespace_ for token in doc)
