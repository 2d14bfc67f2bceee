"""Vietnamese work reports and directives -> metadata, sections, commitments, directives
and actions. Knows nothing of the database or the app.

This module only re-exports what the rest of the project may use; the extraction flow is
nlp/extract.py, reading files nlp/read/, the rules nlp/rules/ (loaded by nlp/rulebook.py).
"""

from nlp.directives import document_number
from nlp.extract import (
    PIPELINE_VERSION,
    build_nlp,
    extract_document,
    extract_many,
    extract_report,
)
from nlp.messages import parse_warning
from nlp.normalize import for_matching, top_level_colon
from nlp.periods import Period, find_periods, parse_period, to_period
from nlp.read import (
    SUPPORTED,
    ReadError,
    Reading,
    page_picture,
    read_bytes,
    read_bytes_document,
    read_bytes_with_hints,
    read_document,
    read_file,
    read_with_hints,
)
from nlp.report import Item, Report
from nlp.rulebook import verb_rules
from nlp.structure import first_action, parse_document, top_part
from nlp.tasks import deadline_date
from nlp.units import body_key, body_keys, canonical_unit, units_named

__all__ = ["PIPELINE_VERSION", "SUPPORTED", "Item", "Period", "ReadError", "Reading", "Report",
           "body_key", "body_keys", "build_nlp", "canonical_unit", "deadline_date",
           "document_number",
           "extract_document", "extract_many", "extract_report", "find_periods", "first_action",
           "for_matching", "page_picture", "parse_document", "parse_period", "parse_warning",
           "read_bytes",
           "read_bytes_document", "read_bytes_with_hints", "read_document", "read_file",
           "read_with_hints", "to_period", "top_level_colon", "top_part", "units_named",
           "verb_rules"]
