"""What reading and extraction tell the user about a document, as plain English sentences
(stored with the report, printed by the CLI): each kind of warning has one template here,
so a reader of the stored text (the app's Vietnamese labels) can tell which one it is and
what it names without matching the wording itself."""

import re
from functools import cache

TEMPLATES = {
    # the report's next period is not the one after the period it reviews
    "next_period": "next period '{0}' does not follow '{1}'",
    # a paragraph longer than the reader's limit (nlp.extract)
    "long_paragraph": "a paragraph of {0} characters at offset {1} was too long to read; "
                      "it was skipped",
    # zero-width and other invisible characters removed while reading (nlp.read)
    "invisible": "invisible characters were taken out of the text: {0}",
    # lines typed in the legacy TCVN3 font encoding inside Unicode text (nlp.read)
    "legacy": "{0} lines typed in the legacy TCVN3 encoding were decoded",
}


def warning(kind: str, *values: object) -> str:
    """The warning of `kind` naming `values` ("next_period", "tháng 6/2026", "tháng 4/2026")."""
    return TEMPLATES[kind].format(*values)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(re.sub(r"\\\{\d\\\}", "(.*)", re.escape(template)))
            for kind, template in TEMPLATES.items()}


def parse_warning(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The kind of a stored warning and the values it names, or None for a warning of
    another kind (one written before this list, or by another part of the system)."""
    for kind, pattern in _patterns().items():
        found = pattern.fullmatch(text)
        if found:
            return kind, found.groups()
    return None
