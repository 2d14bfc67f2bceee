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
    ids = [r.id for r in rulebook.entity_rules() + rulebook.verb_rules() + rulebook.noun_rules()
           + rulebook.cue_rules()
           + rulebook.field_rules()]
    ids += [r.id for r in rulebook.section_rules()]
    ids += [r.id for r in rulebook.layout_rules()]
    rules = rulebook.opener_rules()
    ids += [r.id for r in rules.openers + rules.exclusions + rules.list_heads
            + rules.continuation]
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


def refused(monkeypatch, loader, content: str, message: str) -> None:
    """Load `content` as if it were the packaged rule file and expect a RuleError."""
    monkeypatch.setattr(rulebook, "_text", lambda name: content)
    loader.cache_clear()
    try:
        with pytest.raises(RuleError, match=message):
            loader("bad")
    finally:
        loader.cache_clear()


@pytest.mark.parametrize(("loader", "content", "message"), [
    (rulebook.cue_rules, '{"id": "c", "category": "maybe", "phrases": ["có lẽ"]}',
     "unknown category"),
    (rulebook.section_rules, '{"rules": [{"id": "s", "kind": "gossip", "pattern": "x"}], '
                             '"title_tasks": {}, "continues_after": {}}', "unknown kind"),
    (rulebook.opener_rules, '{"rules": [], "exclusions": [], "list_heads": [], '
                            '"continuation": [], "extra": 1}', "unknown keys"),
    (rulebook.agency_rules, '{"issuer_codes": {}, "aliases": {}}', "missing"),
])
def test_bad_rule_files_are_refused(monkeypatch, loader, content, message):
    refused(monkeypatch, loader, content, message)


def test_a_phrase_belongs_to_one_rule():
    lines = ('{"id": "a", "label": "", "phrases": ["tổ chức"]}\n'
             '{"id": "b", "label": "", "phrases": ["Tổ  chức"]}')
    with pytest.raises(RuleError, match="already in 'a'"):
        parse_phrase_rules(lines, "verbs.jsonl", label_key="label")


def test_upper_in_a_rule_file_stands_for_a_capital_letter_only():
    # "[{UPPER}]" in running.json: "b. Đẩy mạnh …" opens a lettered item, "v.v. đẩy …" none
    list_number = rulebook.running_rules()["list_number"]
    assert list_number.match("b. Đẩy mạnh tuyên truyền")
    assert not list_number.match("b. đẩy mạnh tuyên truyền")
