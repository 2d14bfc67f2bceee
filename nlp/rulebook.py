"""Loads and validates the rule files in nlp/rules (package data): unknown keys are errors."""

import json
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from nlp.normalize import UPPER


class RuleError(ValueError):
    """A rule file that does not follow its schema."""


@dataclass(frozen=True)
class PhraseRule:
    """Phrases (or one regular expression) that mean the same thing, with a stable id."""

    id: str
    label: str
    phrases: tuple[str, ...] = ()
    regex: re.Pattern[str] | None = None
    sections: tuple[str, ...] = ()


def _text(name: str) -> str:
    """A rule file's text. "{UPPER}" in a pattern stands for the capitals of Vietnamese
    (nlp.normalize.UPPER): "[{UPPER}]" is one capital letter, which "[A-ZĐÀ-Ỹ]" is not."""
    text = resources.files("nlp").joinpath("rules").joinpath(name).read_text(encoding="utf-8")
    return text.replace("{UPPER}", UPPER)


def _check_keys(where: str, record: dict[str, Any], required: set[str], optional: set[str]) -> None:
    keys = set(record)
    if missing := required - keys:
        raise RuleError(f"{where}: missing {sorted(missing)}")
    if unknown := keys - required - optional:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}")


def _compile(where: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RuleError(f"{where}: bad regular expression: {exc}") from exc


def parse_phrase_rules(lines: str, name: str, *, label_key: str,
                       optional: AbstractSet[str] = frozenset()) -> tuple[PhraseRule, ...]:
    """Parse JSONL phrase rules: each line has an id, a label and phrases or a regex."""
    rules = []
    seen: set[str] = set()
    phrases_seen: dict[str, str] = {}
    for number, line in enumerate(lines.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RuleError(f"{where}: not JSON: {exc}") from exc
        required = {"id"} | ({label_key} if label_key else set())
        _check_keys(where, record, required, {"phrases", "regex"} | set(optional))
        if ("phrases" in record) == ("regex" in record):
            raise RuleError(f"{where}: give either 'phrases' or 'regex'")
        if record["id"] in seen:
            raise RuleError(f"{where}: duplicate id {record['id']!r}")
        seen.add(record["id"])
        phrases = tuple(record.get("phrases", ()))
        if "phrases" in record and (not phrases or not all(isinstance(p, str) and p.strip()
                                                           for p in phrases)):
            raise RuleError(f"{where}: 'phrases' must be a list of non-empty strings")
        for phrase in phrases:
            key = " ".join(phrase.lower().split())
            if key in phrases_seen:
                raise RuleError(f"{where}: phrase {phrase!r} is already in {phrases_seen[key]!r}")
            phrases_seen[key] = record["id"]
        rules.append(PhraseRule(
            id=record["id"],
            label=record.get(label_key, "") if label_key else "",
            phrases=phrases,
            regex=_compile(where, record["regex"]) if "regex" in record else None,
            sections=tuple(record.get("sections", ("results", "tasks"))),
        ))
    return tuple(rules)


@cache
def entity_rules(name: str = "entities.jsonl") -> tuple[PhraseRule, ...]:
    return parse_phrase_rules(_text(name), name, label_key="label")


@cache
def field_rules(name: str = "fields.jsonl") -> tuple[PhraseRule, ...]:
    return parse_phrase_rules(_text(name), name, label_key="label")


@cache
def field_regex(name: str = "fields.jsonl") -> tuple[re.Pattern[str], dict[str, str]]:
    """One regular expression over every field phrase, and phrase -> canonical field."""
    from nlp.normalize import for_matching

    by_phrase = {for_matching(p): rule.label for rule in field_rules(name) for p in rule.phrases}
    alternatives = sorted(by_phrase, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in alternatives) + r")(?!\w)")
    return pattern, by_phrase


def canonical_field(text: str) -> str | None:
    """The field whose phrase appears first in `text` (a heading or an item), or None."""
    from nlp.normalize import for_matching

    pattern, by_phrase = field_regex()
    found = pattern.search(for_matching(text))
    return by_phrase[found.group(0)] if found else None


@cache
def verb_rules(name: str = "verbs.jsonl") -> tuple[PhraseRule, ...]:
    return parse_phrase_rules(_text(name), name, label_key="")


@cache
def noun_rules(name: str = "nouns.jsonl") -> tuple[PhraseRule, ...]:
    """Words that open with a verb's syllables but name a thing ("giao thông", "cấp xã"):
    a verb is never read where one of them stands."""
    return parse_phrase_rules(_text(name), name, label_key="")


@cache
def cue_rules(name: str = "cues.jsonl") -> tuple[PhraseRule, ...]:
    rules = parse_phrase_rules(_text(name), name, label_key="category", optional={"sections"})
    for rule in rules:
        if rule.label not in CUE_CATEGORIES:
            raise RuleError(f"{name}: {rule.id}: unknown category {rule.label!r}")
        if not set(rule.sections) <= {"results", "tasks"}:
            raise RuleError(f"{name}: {rule.id}: sections must be 'results' and/or 'tasks'")
    return rules


# "pseudo" cues look like cues but are not ("để tiếp tục" is a purpose, not progress);
# they only block the shorter cue inside them, as in ConText.
CUE_CATEGORIES = ("done", "in_progress", "not_done", "planned", "pseudo")


@dataclass(frozen=True)
class PatternRule:
    id: str
    pattern: re.Pattern[str]
    kind: str = ""


def _pattern_rules(data: dict[str, Any], key: str, name: str, *,
                   with_kind: bool) -> tuple[PatternRule, ...]:
    out = []
    for index, record in enumerate(data.get(key, [])):
        where = f"{name}:{key}[{index}]"
        _check_keys(where, record, {"id", "pattern"} | ({"kind"} if with_kind else set()), set())
        out.append(PatternRule(record["id"], _compile(where, record["pattern"]),
                               record.get("kind", "")))
    return tuple(out)


SECTION_KINDS = ("results", "tasks", "assessment", "proposals", "solutions", "background",
                 "appendix", "recipients", "signature", "other")


def _sections_data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_text(name))
    _check_keys(name, data, {"rules", "title_tasks", "continues_after"}, {"description"})
    return data


@cache
def section_rules(name: str = "sections.json") -> tuple[PatternRule, ...]:
    rules = _pattern_rules(_sections_data(name), "rules", name, with_kind=True)
    for rule in rules:
        if rule.kind not in SECTION_KINDS:
            raise RuleError(f"{name}: {rule.id}: unknown kind {rule.kind!r}")
    return rules


@cache
def layout_rules(name: str = "sections.json") -> tuple[PatternRule, PatternRule]:
    """(where a title turns to the next period's tasks, how a cut paragraph ends)."""
    data = _sections_data(name)
    found = []
    for key in ("title_tasks", "continues_after"):
        record = data[key]
        _check_keys(f"{name}:{key}", record, {"id", "pattern"}, set())
        found.append(PatternRule(record["id"], _compile(f"{name}:{key}",
                                                        "(?i)" + record["pattern"])))
    return found[0], found[1]


@dataclass(frozen=True)
class OpenerRules:
    openers: tuple[PatternRule, ...]
    exclusions: tuple[PatternRule, ...]
    list_heads: tuple[PatternRule, ...]
    continuation: tuple[PatternRule, ...]
    task_lists: tuple[PatternRule, ...] = ()
    announcements: tuple[PatternRule, ...] = ()  # "…, như:", "các nhiệm vụ sau:"
    nominal: tuple[PatternRule, ...] = ()  # after a verb, make it a noun: "hướng dẫn của …"
    verbless_result: tuple[PatternRule, ...] = ()  # "- 124/124 xã … đã đồng loạt tổ chức …"


@cache
def opener_rules(name: str = "openers.json") -> OpenerRules:
    data = json.loads(_text(name))
    _check_keys(name, data, {"rules", "exclusions", "list_heads", "continuation"},
                {"description", "task_lists", "announcements", "nominal", "verbless_result"})
    return OpenerRules(_pattern_rules(data, "rules", name, with_kind=False),
                       _pattern_rules(data, "exclusions", name, with_kind=False),
                       _pattern_rules(data, "list_heads", name, with_kind=False),
                       _pattern_rules(data, "continuation", name, with_kind=False),
                       _pattern_rules(data, "task_lists", name, with_kind=False),
                       _pattern_rules(data, "announcements", name, with_kind=False),
                       _pattern_rules(data, "nominal", name, with_kind=False),
                       _pattern_rules(data, "verbless_result", name, with_kind=False))


@cache
def unit_rules(name: str = "units.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_text(name))
    _check_keys(name, data, {"heads", "head_exceptions", "rewrite", "drop", "strip_prefixes",
                             "listed_nouns",
                             "aliases", "names", "name_tail", "place_kept", "roles",
                             "enterprise_heads", "by_work"}, {"description", "body_key_drop",
                                                    "body_key_places", "lowercase_heads"})
    return data


@cache
def task_rules(name: str = "tasks.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_text(name))
    _check_keys(name, data, {"stops", "assign", "cooperate", "recurring", "ongoing_start",
                             "ongoing", "deliverable", "deadlines", "cell_dates", "quarters",
                             "default_kind", "named_scope", "list_marker",
                             "partner_place", "reported_by", "completes_by", "one_off",
                             "span_start", "asked_lead", "passive_subject"},
                {"description"})
    for key in ("stops", "assign", "cooperate", "recurring", "ongoing", "deliverable", "one_off",
                "passive_subject"):
        _compile(f"{name}:{key}", "(?i)(?:" + "|".join(data[key]) + ")")
    for key in ("ongoing_start", "list_marker", "partner_place", "reported_by",
                "completes_by", "span_start", "asked_lead"):
        _compile(f"{name}:{key}", data[key])
    for key in ("deadlines", "cell_dates"):
        for number, record in enumerate(data[key]):
            _check_keys(f"{name}:{key}[{number}]", record, {"id", "pattern", "value"}, set())
            _compile(f"{name}:{key}[{number}]", record["pattern"])
    return data


@cache
def running_rules(name: str = "running.json") -> dict[str, Any]:
    """The patterns that read running text (nlp/running.py), compiled."""
    data = json.loads(_text(name))
    keys = {"furniture", "lead_tag", "meeting", "speaker", "request", "not_request_after",
            "strict_request", "addressee_start", "list_opener", "announce", "forward", "person",
            "reviews", "task_lead", "manner", "period_opening", "paragraph_lead",
            "obligation_lead", "modal", "job_closing", "manner_pause",
            "greeting", "letter_body",
            "addressee_stop", "stop_in_name", "whom_described", "for_whom_heading", "consequence",
            "people", "recap", "closing_request", "term", "term_opening", "condition",
            "meeting_name", "purpose_then_request", "enumerator", "names_document",
            "courteous", "joined_request", "first_point", "collective_doer", "singling",
            "singled_out",
            "list_lead",
            "done_clause", "qualifier", "purpose_lead", "purpose", "praised", "named_work",
            "directs_down", "reminds_down", "directs_in_list", "behaviours_listed",
            "violation_piece", "urged",
            "faults_listed", "fault_piece", "capital_verb", "breakdown",
            "present_state", "request_stop", "colon_object",
            "tasks_named_after", "work_opening", "strict_asking", "opening_request", "future",
            "remedy", "backward", "limitation", "outcome",
            "future_clause", "under_way", "task_list_lead",
            "name_abbreviation", "committee", "for_whom", "announced_copula", "turn",
            "obligation", "counted_need", "tells_and", "prohibition", "prohibited_act",
            "matter_must", "for_unit", "investor_topic", "decides", "review_then_tasks",
            "assigns_below",
            "answerable_for", "aims_lead", "event_lead", "request_as_noun", "motto", "then_must",
            "target_end", "outcome_told", "directs_on", "directs_on_opening", "speaker_turns",
            "stated_after", "plan_assigns", "relayed_connective", "relayed_role", "place_lead",
            "directs_units_below", "topics_listed", "dashed_role",
            "topic_asks", "connector_asks", "chosen", "aim_kept_after", "aimed_direction",
            "aimed_direction_word",
            "shortcomings_listed", "directs_accordingly", "figure_reached", "congress_term",
            "measure_opening", "figure_not_time", "pronoun_speaker", "when_lead", "list_number",
            "press_tag", "direction_told_after", "document_directs",
            "alias",
            "promise", "praise", "praise_detail", "done_marker",
            "reported_done", "done_early", "remainder", "document_named",
            "detail_list", "concession", "forecast", "also", "concurrent", "stresses",
            "source_line", "label_piece", "sanction", "turn_to_request", "basis_only",
            "level_topic", "then_forward", "members_follow", "kind_names_follow",
            "verb_as_noun", "meeting_tasks", "prevents",
            "topic_comma", "list_ends", "outcome_stated", "rule_stated", "meeting_detail",
            "detail_piece", "when_only", "request_to",
            "speaker_again", "agency_speaker", "tells",
            "contribution", "issued_letter",
            "body_ends", "contribution_only", "agency_asks", "directs_must", "agency_directs_below",
            "directs_listed", "told_directs",
            "attribution", "object_of",
            "negation", "title_of", "ordered_by", "year_opening", "purpose_future",
            "request_ground", "finished_by", "announced_next", "person_name", "figure",
            "assigned_done", "forward_bare", "relays", "relays_cited", "same_figure",
            "statement_piece", "said_looking_back", "time_lead", "said_statement", "purpose_only",
            "looking_back", "dated_event", "letter_subject", "subject_future", "told_by",
            "details_lead", "tasks_to_come", "inside_purpose", "speaker_tail", "said_opening",
            "count_opening", "finding", "finding_lead", "proposes_ahead", "source_grounds",
            "step_label", "schedule_label", "by_itself",
            "duty_lead", "who_then_must", "tasks_done",
            "resolution", "then_however", "remainder_then_promise", "request_clause", "statistics",
            "time_limit", "lead_unit", "statement", "count_held", "matters", "told_made",
            "glued_caption", "resolved", "determiner_only", "letter_to",
            "review_ground", "set_then_listed", "regarded_as", "review_and_tasks",
            "made_speaker", "cut_tail", "assigns_whom", "beside_job", "relay_request",
            "condition_lead", "basis_lead", "count_in_words", "setting_lead", "award_proposal",
            "said_lead",
            "issues_raised", "issues_raiser", "opinion_asks", "answer_asked",
            "directs_ahead", "due_lead",
            "quote_told", "all_aim", "teller_goes_on", "plan_for_end", "shared_syllable",
            "nominal_lead", "bare_verb_end", "points_told", "committee_directs",
            "due_after", "reaction_opening", "directs_below", "attendees_lead", "period_connector",
            "clause_told", "compliance_ground",
            "abbreviated_body", "duty_of", "duties_given", "object_piece",
            "due_opening", "announcing_tail", "reason_tail", "report_described",
            "bare_place", "issued_document", "issued_directs", "accordingly", "timed_opening",
            "report_shows", "unit_due_tail", "opinion_request",
            "names_listed", "plan_motto", "trailing_caption",
            "occasion_awards", "figure_stated"}
    _check_keys(name, data, keys, {"description"})
    # (a line naming the page's source is furniture too: one pattern for both uses)
    out: dict[str, Any] = {"furniture": [_compile(f"{name}:furniture", p)
                                         for p in [*data["furniture"], data["source_line"]]]}
    for key in keys - {"furniture"}:
        out[key] = _compile(f"{name}:{key}", data[key])
    return out


@cache
def directive_rules(name: str = "directives.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_text(name))
    _check_keys(name, data, {"kinds", "no_task_sections", "descriptive_sections",
                             "not_task_openers", "task_openers", "topic_label",
                             "reports_back", "completion_clause", "lead_in", "lead_in_inline",
                             "table_columns", "connectors", "answers", "courtesy", "asking",
                             "request_lead"},
                {"description", "purpose_then_ask", "obligation_opening", "doer_must", "told",
                 "recipients", "joined_job", "own_notice"})
    for key in ("no_task_sections", "descriptive_sections", "not_task_openers",
                "task_openers"):
        _compile(f"{name}:{key}", "(?:" + "|".join(data[key]) + ")")
    for key in ("topic_label", "reports_back", "completion_clause", "lead_in", "lead_in_inline",
                "answers", "asking", "request_lead"):
        _compile(f"{name}:{key}", data[key])
    for key in ("purpose_then_ask", "obligation_opening", "doer_must", "recipients",
                "joined_job", "own_notice"):
        if key in data:
            _compile(f"{name}:{key}", data[key])
    _check_keys(f"{name}:table_columns", data["table_columns"],
                {"content", "unit", "co_units", "time"}, set())
    return data


@cache
def directive_pattern(key: str) -> re.Pattern[str]:
    """One pattern of directives.json, compiled; a list of openings matches at the start
    of a piece (after punctuation) and ends at a word's end. Running text asks the same
    questions of its sentences (a topic label, a reporting clause) through this."""
    value = directive_rules()[key]
    if isinstance(value, list):
        return re.compile(r"^\W*(?:" + "|".join(value) + r")(?!\w)")
    return re.compile(value)


@cache
def agency_rules(name: str = "agencies.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_text(name))
    _check_keys(name, data, {"issuer_codes", "aliases", "provinces"}, {"description"})
    return data


@dataclass(frozen=True)
class HeaderRules:
    """The official header: see nlp/rules/header.json's description."""

    type_lines: dict[str, str]
    symbol_types: dict[str, str]
    title_kinds: tuple[tuple[str, str, re.Pattern[str], str], ...]  # (id, type, pattern, kind)
    min_roman_headings: int
    letter_kinds: tuple[str, str]  # (many headings, few)
    body_words: tuple[str, ...]
    place_words: tuple[str, ...]
    motto: re.Pattern[str]  # anywhere in a header line
    document_start: re.Pattern[str]  # on a line in capitals without tone marks
    skip: tuple[re.Pattern[str], ...]  # whole header lines
    body_openers: re.Pattern[str]
    title_run_on: re.Pattern[str]
    abbreviations: dict[str, str]
    leader_name: re.Pattern[str]
    leader_role: re.Pattern[str]
    parent_offices: frozenset[str] = frozenset()  # printed as they stand, in capitals


@cache
def header_rules(name: str = "header.json") -> HeaderRules:
    data = json.loads(_text(name))
    _check_keys(name, data, {"type_lines", "symbol_types", "title_kinds", "letter_kind",
                             "body_words", "place_words", "motto", "document_start", "skip",
                             "body_openers", "title_run_on", "abbreviations", "leader"},
                {"description", "parent_offices"})
    kinds = []
    for number, record in enumerate(data["title_kinds"]):
        where = f"{name}:title_kinds[{number}]"
        _check_keys(where, record, {"id", "type", "pattern", "kind"}, set())
        if record["type"] not in data["type_lines"]:
            raise RuleError(f"{where}: unknown type line {record['type']!r}")
        kinds.append((record["id"], record["type"],
                      _compile(where, "(?i)" + record["pattern"]), record["kind"]))
    letter = data["letter_kind"]
    _check_keys(f"{name}:letter_kind", letter, {"min_roman_headings", "many", "few"}, set())
    return HeaderRules(
        type_lines=dict(data["type_lines"]), symbol_types=dict(data["symbol_types"]),
        title_kinds=tuple(kinds),
        min_roman_headings=int(letter["min_roman_headings"]),
        letter_kinds=(letter["many"], letter["few"]),
        body_words=tuple(sorted(data["body_words"], key=len, reverse=True)),
        place_words=tuple(data["place_words"]),
        motto=_compile(f"{name}:motto", "|".join(f"(?:{m})" for m in data["motto"])),
        document_start=_compile(f"{name}:document_start",
                                "|".join(f"(?:{m})" for m in data["document_start"])),
        skip=tuple(_compile(f"{name}:skip", p) for p in data["skip"]),
        body_openers=_compile(f"{name}:body_openers",
                              "^(?:" + "|".join(data["body_openers"]) + ")"),
        title_run_on=_compile(f"{name}:title_run_on",
                              "^(?:" + "|".join(data["title_run_on"]) + ")"),
        abbreviations=dict(data["abbreviations"]),
        leader_name=_compile(f"{name}:leader.name", data["leader"]["name"]),
        leader_role=_compile(f"{name}:leader.role", data["leader"]["role"]),
        parent_offices=frozenset(o.upper() for o in data.get("parent_offices", ())))
