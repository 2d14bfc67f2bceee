"""The calibrated evidence scorer: fitting, thresholds, use in linking, `tracker train`."""

from datetime import date

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sqlmodel import Session, select
from typer.testing import CliRunner

from models import Link
from tests.tracker.test_link import PROMISE, entry
from tracker.cli import app
from tracker.db import open_db
from tracker.documents.ingest import ingest_paths
from tracker.followup import link, model
from tracker.followup.status import Evidence, decide
from tracker.review import confirm_link, reject_link, reviewed_examples

from .conftest import SAMPLES


def test_threshold_is_the_cut_that_separates_best():
    assert model.best_threshold([0.1, 0.2, 0.7, 0.8], [0, 0, 1, 1]) == 0.45
    # one positive among low scores: the cut lets it in rather than lose it
    assert model.best_threshold([0.1, 0.2, 0.3, 0.8], [0, 1, 0, 1]) <= 0.2
    assert model.best_threshold([0.3, 0.4], [0, 0]) == 0.5  # nothing to separate


def test_the_shipped_examples_train_a_model_equal_to_scikit_learns():
    examples = model.read_examples()
    assert len(examples) > 500 and {e.label for e in examples} == {0, 1}
    assert len({e.group for e in examples}) == 6  # six gold groups: three real, three invented
    trained = model.fit(examples)
    # the standardisation folded into the raw coefficients gives sklearn's probabilities
    x = np.array([model.vector(e.features, e.cue) for e in examples])
    y = np.array([e.label for e in examples])
    reference = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
    expected = reference.fit(x, y).predict_proba(x)[:, 1]
    mine = np.array([trained.probability(e.features, e.cue) for e in examples])
    assert np.allclose(mine, expected, atol=1e-6)
    assert 0.0 < trained.threshold < 1.0 and 0.0 < trained.standing_threshold < 1.0
    assert trained.trained_on["examples"] == len(examples)
    strong = {"rules": 0.9, "coverage": 0.9, "bm25": 20.0}
    weak = {"rules": 0.05, "coverage": 0.1, "bm25": 1.0, "side_match": 1.0}
    assert trained.probability(strong, "done") > trained.threshold > \
        trained.probability(weak, "done")


def test_no_model_unless_one_is_named(tmp_path, monkeypatch):
    monkeypatch.delenv(model.ENV, raising=False)
    assert model.current() is None
    monkeypatch.setenv(model.ENV, "none")
    assert model.current() is None
    path = tmp_path / "m.json"
    model.fit(model.read_examples()).save(path)
    monkeypatch.setenv(model.ENV, str(path))
    assert model.current() == model.read(path)
    path.write_text("{}", encoding="utf-8")
    monkeypatch.setenv(model.ENV, str(tmp_path / "other.json"))
    (tmp_path / "other.json").write_text('{"coef": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a link model"):
        model.current()


def test_linking_with_a_model_scores_probabilities_and_keeps_the_hand_score(tmp_path,
                                                                           monkeypatch):
    trained = model.fit(model.read_examples())
    path = tmp_path / "m.json"
    trained.save(path)
    later = entry(2, "Đã số hóa 50.000 trang tài liệu lưu trữ.",
                  words=["đã", "số hóa", "50.000", "trang", "tài liệu", "lưu trữ"],
                  entities=[("QUANTITY", "50.000 trang")])
    monkeypatch.setenv(model.ENV, "none")
    link.load_config.cache_clear()
    ruled = link.link([PROMISE], [PROMISE, later])[0]
    monkeypatch.setenv(model.ENV, str(path))
    link.load_config.cache_clear()
    try:
        config = link.load_config()
        assert config.evidence == trained.threshold
        assert config.standing_evidence == trained.standing_threshold
        modelled = link.link([PROMISE], [PROMISE, later])[0]
    finally:
        link.load_config.cache_clear()
    assert modelled.features["rules"] == ruled.score
    assert modelled.score == round(trained.probability(modelled.features, modelled.clause.cue), 4)


def test_a_probability_is_not_weighed_against_a_repetitions_match():
    def evidence(features):
        return Evidence(1, "evidence", 0.9, "done", "suggested", date(2024, 1, 1),
                        date(2024, 3, 31), features=features)

    repeat = Evidence(2, "repetition", 0.95, "planned", "suggested", date(2024, 1, 1),
                      date(2024, 3, 31))
    common = {"period_start": date(2024, 1, 1), "period_end": date(2024, 3, 31),
              "deadline_text": None, "covered": True, "as_of": date(2024, 4, 30),
              "evidence_threshold": 0.5, "repetition_threshold": 0.6, "repetition_margin": 0.2}
    # a model's 0.9 for a sentence whose words match the task far worse than its renewal
    assert decide(links=[evidence({"rules": 0.3}), repeat], **common).status == "carried_over"
    assert decide(links=[evidence({"rules": 0.85}), repeat], **common).status == "done"


def test_tracker_train_learns_from_reviewers_decisions(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.sqlite'}"
    engine = open_db(url)
    ingest_paths(engine, sorted(SAMPLES.glob("*.txt")))
    with Session(engine) as session:
        links = session.exec(select(Link).where(Link.relation == "evidence")
                             .order_by(Link.score.desc())).all()
        confirm_link(session, links[0].id, actor="thuky")
        reject_link(session, links[-1].id, actor="thuky")
        session.commit()
        assert sorted(e.label for e in reviewed_examples(session)) == [0, 1]
    engine.dispose()
    out = tmp_path / "model.json"
    result = CliRunner().invoke(app, ["train", "--out", str(out), "--db", url])
    assert result.exit_code == 0, result.output
    trained = model.read(out)
    assert trained.trained_on["groups"]["reviews"] == {"evidence": 1, "not": 1}
    assert "TRACKER_LINK_MODEL" in result.output
    refused = CliRunner().invoke(app, ["train", "--out", str(tmp_path / "tracker.sqlite"),
                                       "--db", url])
    assert refused.exit_code == 2 and "new .json file" in refused.output
    alone = CliRunner().invoke(app, ["train", "--out", str(out), "--no-gold", "--db", url])
    assert alone.exit_code == 0, alone.output  # two decisions are enough to fit
    assert model.read(out).trained_on["examples"] == 2
