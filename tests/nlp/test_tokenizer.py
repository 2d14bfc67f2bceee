"""The underthesea tokenizer never loses a character and survives pickling and n_process=2."""

import pickle

import pytest
import spacy

from nlp import build_nlp
from nlp.tokenizer import UndertheseaTokenizer
from tests.conftest import seed_text

SEEDS = ("000", "001", "002", "003", "004")


@pytest.mark.parametrize("prefix", SEEDS)
def test_round_trip_on_every_seed_line(prefix):
    tokenizer = build_nlp().tokenizer
    for line in seed_text(prefix).split("\n"):
        doc = tokenizer(line)
        assert doc.text == line
        assert "".join(token.text_with_ws for token in doc) == line
        for token in doc:
            assert line[token.idx:token.idx + len(token.text)] == token.text


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "  leading and trailing  ", "Quảng  Ninh\n\nngày", "a\tb",
    "Hoà bình, thuỷ lợi, Uỷ ban", "**04** văn bản (*trình 22/7/2014*)", "tên miền.VN ./.",
    "phong_thqh_skhdt@bacgiang.gov.vn", "Ke\u0302\u0301 hoa\u0323ch",
])
def test_round_trip_on_awkward_text(text):
    doc = build_nlp().tokenizer(text)
    assert doc.text == text


def test_words_are_underthesea_segments():
    doc = build_nlp().tokenizer("Tham mưu cho UBND tỉnh ban hành Kế hoạch")
    assert [t.text for t in doc] == ["Tham mưu", "cho", "UBND", "tỉnh", "ban hành", "Kế hoạch"]


def test_norm_is_the_matching_form():
    doc = build_nlp().tokenizer("Uỷ ban")
    assert doc[0].norm_ == "ủy"


def test_tokenizer_pickles():
    tokenizer = pickle.loads(pickle.dumps(build_nlp().tokenizer))
    assert isinstance(tokenizer, UndertheseaTokenizer)
    assert tokenizer("Kế hoạch năm 2015").text == "Kế hoạch năm 2015"


def test_pipe_with_two_processes_gives_the_same_items():
    nlp = build_nlp()
    texts = [line for line in seed_text("000").split("\n") if line.startswith("- ")][:24]
    single = [[s.text for s in doc.spans["items"]] for doc in nlp.pipe(texts)]
    double = [[s.text for s in doc.spans["items"]] for doc in nlp.pipe(texts, n_process=2,
                                                                      batch_size=4)]
    assert single == double
    assert any(single)


def test_pipeline_is_built_once():
    assert build_nlp() is build_nlp()


def test_pipeline_saves_and_loads(tmp_path):
    nlp = build_nlp()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "Tổ chức thành công 03 Hội nghị; Hướng dẫn các đơn vị triển khai Kế hoạch số 12/KH-UBND."
    # (the Docs are kept: a SpanGroup needs its Doc alive)
    mine, theirs = loaded(text), nlp(text)
    assert [s.text for s in mine.spans["items"]] == [s.text for s in theirs.spans["items"]]
    assert loaded.pipe_names == nlp.pipe_names
