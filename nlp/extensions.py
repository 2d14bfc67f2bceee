"""The only place custom Doc/Span attributes are declared."""

from typing import cast

from spacy.tokens import Doc, Span


def register() -> None:
    """Declare the extension attributes the components set; safe to call many times."""
    # Item spans: the verb that opens the item ("" when none).
    if not Span.has_extension("verb"):
        Span.set_extension("verb", default="")
    # Item spans: the clauses ("parts", split at ";" and sentence ends) as char offsets.
    if not Span.has_extension("parts"):
        Span.set_extension("parts", default=[])
    # Cue spans: the character offset where the cue's scope ends (ConText-style).
    if not Span.has_extension("scope_end"):
        Span.set_extension("scope_end", default=None)
    # Doc: its text, the matching form of it (lower case, modern tone marks, same length)
    # and where tokens start; the tokenizer caches them, other Docs compute them.
    for name, getter in (("text", _text), ("matching", _matching), ("token_starts", _starts)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)


def _text(doc: Doc) -> str:
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return cast(str, doc.user_data["text"])


def _matching(doc: Doc) -> str:
    if "matching" not in doc.user_data:
        doc.user_data["matching"] = "".join(t.norm_ + t.whitespace_ for t in doc)
    return cast(str, doc.user_data["matching"])


def _starts(doc: Doc) -> set[int]:
    # user_data must stay serialisable (nlp.pipe with n_process > 1), so a list is kept.
    if "token_starts" not in doc.user_data:
        doc.user_data["token_starts"] = [token.idx for token in doc]
    return set(doc.user_data["token_starts"])
