"""The public API and `tracker extract` keep the JSON contract of ../shared/DESIGN.md."""

import json
import sys

import pytest

from nlp import extract_many, extract_report
from tests.conftest import cli, seed_path, seed_text

REPORT_KEYS = {"kind", "doc_type", "issuer", "issuer_parent", "leader", "agency", "number", "place",
               "issued", "title", "period", "next_period", "warnings", "cites"}
ITEM_KEYS = {"kind", "text", "start", "end", "section", "field", "cue", "unit", "co_units",
             "deadline", "task_kind", "parent", "entities"}


def test_to_dict_is_exactly_the_contract(seed_reports):
    data = seed_reports["000"].to_dict()
    assert set(data) == {"report", "items"}
    assert set(data["report"]) == REPORT_KEYS
    assert set(data["report"]["period"]) == {"label", "start", "end"}
    assert set(data["report"]["next_period"]) == {"label", "start", "end"}
    assert data["report"]["kind"] == "report" and data["report"]["warnings"] == []
    for item in data["items"]:
        assert set(item) == ITEM_KEYS
        assert item["kind"] in ("commitment", "action")
        assert item["cue"] in ("done", "in_progress", "not_done", "planned")
        assert all(set(e) == {"label", "text"} for e in item["entities"])
    json.dumps(data)  # serialisable as it is


def test_extract_from_text_and_from_path_agree():
    assert extract_report(seed_text("004")).to_dict() == extract_report(seed_path("004")).to_dict()


def test_extract_many_matches_one_by_one(seed_reports):
    texts = [seed_text(p) for p in ("002", "004")]
    many = extract_many(texts)
    assert [r.to_dict() for r in many] == [seed_reports[p].to_dict() for p in ("002", "004")]


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_cli_json_is_the_contract(prefix, seed_reports):
    result = cli("extract", str(seed_path(prefix)), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == seed_reports[prefix].to_dict()


def test_cli_table_is_readable():
    result = cli("extract", str(seed_path("004")), "--format", "table", columns=160)
    assert result.exit_code == 0, result.stderr
    assert "Nhiệm vụ kỳ tới (8)" in result.stdout
    assert "Kết quả đã thực hiện (9)" in result.stdout
    assert "Sở Thông tin và Truyền thông tỉnh Bắc Giang" in result.stdout


def test_extract_many_with_two_processes(seed_reports):
    texts = [seed_text(p) for p in ("000", "002", "003", "004")]
    many = extract_many(texts, n_process=2)
    assert [r.to_dict() for r in many] == [seed_reports[p].to_dict() for p in ("000", "002", "003", "004")]


def test_extraction_in_threads_gives_the_serial_result():
    """One pipeline serves every app session: extractions running at once must not see
    each other's documents."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [seed_text(prefix) for prefix in ("000", "001", "002", "004")] * 2

    def items(text: str) -> list[tuple]:
        return [(i.kind, i.start, i.end, i.parent, i.cue) for i in extract_report(text).items]

    serial = [items(text) for text in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            threaded = list(pool.map(items, texts))
    finally:
        sys.setswitchinterval(interval)
    assert threaded == serial
