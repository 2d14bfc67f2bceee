"""The dev-set targets of the extraction stage hold (the numbers `make eval` prints)."""

from bench.eval_extract import Span, evaluate, match, overlap
from tests.conftest import SEEDS


def test_overlap_and_one_to_one_matching():
    a, b = Span("action", 0, 10), Span("action", 5, 15)
    assert overlap(a, b) == 5 / 15
    assert match([Span("action", 0, 10)], [Span("action", 0, 9), Span("action", 1, 10)]) == 1
    assert match([Span("action", 0, 10)], [Span("commitment", 0, 10)]) == 0


def test_dev_set_targets():
    result = evaluate(SEEDS)
    system = result["totals"]["system"]
    assert system["commitment"].f1 >= 0.95
    assert system["action"].f1 >= 0.90
    right, total = result["meta"]["system"]
    assert right == total
    baseline = result["totals"]["baseline"]
    assert system["commitment"].f1 > baseline["commitment"].f1
