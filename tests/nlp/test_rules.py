"""Rule files are validated on load: unknown keys, bad patterns and duplicate ids fail."""

import pytest

from nlp import rulebook
from nlp.rulebook import RuleError, parse_phrase_rules


def test_packaged_rule_files_load():
    assert rulebook.entity_rules()
    assert rulebook.verb_rules()
    assert rulebook.cue_rules()
    assert rulebook.section_rules()
    assert rulebook.field_rules()
    assert rulebook.opener_rules().openers
    assert rulebook.agency_rules()["issuer_codes"]["STTTT"] == "Sở Thông tin và Truyền thông"


def test_rule_ids_are_unique_across_files():
    ids = [r.id for r in rulebook.entity_rules() + rulebook.verb_rules() + rulebook.cue_rules()
           + rulebook.field_rules()]
    ids += [r.id for r in rulebook.section_rules()]
    rules = rulebook.opener_rules()
    ids += [r.id for r in rules.openers + rules.exclusions + rules.list_heads]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "x", "label": "ORG", "phrases": ["a"], "colour": "red"}', "unknown keys"),
    ('{"label": "ORG", "phrases": ["a"]}', "missing"),
    ('{"id": "x", "label": "ORG"}', "either 'phrases' or 'regex'"),
    ('{"id": "x", "label": "ORG", "phrases": ["a"], "regex": "a"}', "either 'phrases' or 'regex'"),
    ('{"id": "x", "label": "ORG", "regex": "(unclosed"}', "bad regular expression"),
    ('{"id": "x", "label": "ORG", "phrases": []}', "non-empty strings"),
    ('{"id": "x", "label": "ORG", "phrases": ["a"]}\n{"id": "x", "label": "ORG", "phrases": ["b"]}',
     "duplicate id"),
    ("not json", "not JSON"),
])
def test_bad_phrase_rules_are_refused(line, message):
    with pytest.raises(RuleError, match=message):
        parse_phrase_rules(line, "test.jsonl", label_key="label")


def test_bad_cue_category_is_refused(monkeypatch):
    monkeypatch.setattr(rulebook, "_text",
                        lambda name: '{"id": "c", "category": "maybe", "phrases": ["có lẽ"]}')
    rulebook.cue_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match="unknown category"):
            rulebook.cue_rules("bad.jsonl")
    finally:
        rulebook.cue_rules.cache_clear()


def test_bad_section_kind_is_refused(monkeypatch):
    monkeypatch.setattr(rulebook, "_text", lambda name:
                        '{"rules": [{"id": "s", "kind": "gossip", "pattern": "x"}]}')
    rulebook.section_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match="unknown kind"):
            rulebook.section_rules("bad.json")
    finally:
        rulebook.section_rules.cache_clear()


def test_unknown_top_level_key_is_refused(monkeypatch):
    monkeypatch.setattr(rulebook, "_text", lambda name:
                        '{"rules": [], "exclusions": [], "list_heads": [], "extra": 1}')
    rulebook.opener_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match="unknown keys"):
            rulebook.opener_rules("bad.json")
    finally:
        rulebook.opener_rules.cache_clear()


def test_a_phrase_belongs_to_one_rule():
    lines = ('{"id": "a", "label": "", "phrases": ["tổ chức"]}\n'
             '{"id": "b", "label": "", "phrases": ["Tổ  chức"]}')
    with pytest.raises(RuleError, match="already in 'a'"):
        parse_phrase_rules(lines, "verbs.jsonl", label_key="label")
