"""A calibrated evidence scorer: logistic regression over the linker's features.

tracker.followup.link scores a (task, later item) pair by a hand-set chain of weights, bonuses and
penalties (linking.json). A model trained on judged pairs replaces that score by the
probability that the item is evidence for the task, and the bar a link must clear by
the threshold that separated evidence best on the training examples (out of fold), not
by a constant. The hand score stays one of the model's inputs and the fallback when no
model is present.

An example is one candidate's features (as tracker.followup.link.score writes them, stored with
every link), the cue of its sentence and a label: 1 when a careful reader took the item
as evidence for the task (gold, or a reviewer's confirmation), 0 when not (a candidate
the gold does not name, or a reviewer's rejection). Training needs scikit-learn; using a
model needs only its coefficients, kept in a small JSON file that also records what it
was trained on.

No model is used unless $TRACKER_LINK_MODEL names one: cross-validated on six gold
groups, three real and three invented (bench/eval_model.py, `make eval`), a model trained
on the others scored each group's statuses worse than the hand rules. `tracker train`
builds one from the gold examples shipped here (features only, no text) and the
reviewers' decisions in a database, for an office whose reviews say otherwise.
"""

import json
import math
import os
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

# The model's inputs, in order: names of tracker.followup.link.score features (see vector()).
FEATURES = ("rules", "coverage", "bm25", "document_ref", "plan", "quantity", "progress",
            "field", "cited", "period_conflict", "side_match", "action_missing",
            "preparatory", "list_element", "same_unit", "unit_named", "heading_coverage",
            "ongoing", "done_cue", "object_missing", "other_unit", "topic",
            "direction_part", "reported_back")

EXAMPLES = "link_examples.jsonl"  # in tracker/rules: the gold groups' examples, no text
ENV = "TRACKER_LINK_MODEL"  # the model file to link with; unset or "none": the hand rules


@dataclass(frozen=True)
class Example:
    features: dict
    cue: str
    label: int
    group: str = ""  # where it comes from: a gold pair, or "reviews"
    standing: bool = False  # its task is on a list the next report re-issues word for word


@dataclass(frozen=True)
class LinkModel:
    coef: tuple[float, ...]
    intercept: float
    threshold: float  # the probability from which a link counts as evidence
    standing_threshold: float  # the same for a task of a standing list
    features: tuple[str, ...] = FEATURES
    trained_on: dict = field(default_factory=dict)

    def probability(self, features: dict, cue: str) -> float:
        x = vector(features, cue)
        z = self.intercept + sum(w * v for w, v in zip(self.coef, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path) -> None:
        data = asdict(self)
        data["coef"] = [round(w, 6) for w in self.coef]
        data["intercept"] = round(self.intercept, 6)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
        temporary.replace(path)


def vector(features: dict, cue: str) -> list[float]:
    """The model's inputs from a link's features: present-or-absent marks as 0/1, the
    BM25 score on a log scale, the hand score (features["rules"]) as it is."""
    out = []
    for name in FEATURES:
        if name == "bm25":
            out.append(math.log1p(max(0.0, float(features.get("bm25", 0.0)))))
        elif name == "done_cue":
            out.append(float(cue == "done"))
        elif name in ("action_missing", "list_element"):
            out.append(float(name in features))
        else:
            out.append(float(features.get(name, 0.0)))
    return out


def read(path: Path) -> LinkModel:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"{path}: a model for other features; retrain it (tracker train)")
    return LinkModel(tuple(data["coef"]), float(data["intercept"]), float(data["threshold"]),
                     float(data["standing_threshold"]), tuple(data["features"]),
                     dict(data.get("trained_on", {})))


@cache
def _cached(path: str) -> LinkModel:
    return read(Path(path))


def current() -> LinkModel | None:
    """The model in use: the file $TRACKER_LINK_MODEL names; None (the hand rules) when it
    is unset or "none"."""
    chosen = os.environ.get(ENV, "").strip()
    if not chosen or chosen.lower() == "none":
        return None
    try:
        return _cached(str(Path(chosen).resolve()))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{ENV}={chosen}: not a link model ({exc})") from None


def read_examples(path: Path | None = None) -> list[Example]:
    source = path or resources.files("tracker").joinpath("rules").joinpath(EXAMPLES)
    if not source.is_file():
        return []
    return [Example(**json.loads(line)) for line in source.read_text(encoding="utf-8")
            .splitlines() if line.strip()]


def write_examples(examples: list[Example], path: Path) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text("".join(json.dumps(asdict(e), ensure_ascii=False, sort_keys=True)
                                 + "\n" for e in examples), encoding="utf-8")
    temporary.replace(path)


def best_threshold(probabilities: list[float], labels: list[int]) -> float:
    """The cut that classifies the examples best (F1 of the positives; among equals, the
    middle of the widest gap), from out-of-fold probabilities."""
    pairs = sorted(zip(probabilities, labels, strict=True))
    positives = sum(labels)
    if not positives or positives == len(labels):
        return 0.5
    best, cut = -1.0, 0.5
    below_pos = 0
    for i, (p, y) in enumerate(pairs):
        # cut just above pairs[i]: everything after i is called evidence
        below_pos += y
        above = len(pairs) - i - 1
        true_pos = positives - below_pos
        if not above:
            break
        f1 = 2 * true_pos / (above + positives)
        if f1 > best + 1e-12:
            best, cut = f1, (p + pairs[i + 1][0]) / 2
    return round(cut, 4)


def fit(examples: list[Example], *, note: str = "") -> LinkModel:
    """Logistic regression on standardised inputs, folded back onto the raw ones; the
    thresholds from out-of-fold probabilities (grouped by source when there are several)."""
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if len({e.label for e in examples}) < 2:
        raise ValueError("training needs examples of both kinds (evidence and not)")
    x = np.array([vector(e.features, e.cue) for e in examples])
    y = np.array([e.label for e in examples])
    groups = [e.group for e in examples]

    def pipeline():
        return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))

    if len(set(groups)) >= 3:
        folds = GroupKFold(n_splits=min(5, len(set(groups))))
        oof = cross_val_predict(pipeline(), x, y, cv=folds, groups=groups,
                                method="predict_proba")[:, 1]
    elif min(y.sum(), len(y) - y.sum()) >= 2:
        splits = min(5, int(y.sum()), int(len(y) - y.sum()))
        oof = cross_val_predict(pipeline(), x, y, cv=StratifiedKFold(splits),
                                method="predict_proba")[:, 1]
    else:  # too few of one kind to hold any out: the cut from the fit itself
        oof = pipeline().fit(x, y).predict_proba(x)[:, 1]
    threshold = best_threshold(list(oof), list(y))
    standing = [i for i, e in enumerate(examples) if e.standing]
    standing_threshold = threshold
    if standing and 0 < y[standing].sum() < len(standing):
        standing_threshold = best_threshold([oof[i] for i in standing], [y[i] for i in standing])
    model = pipeline().fit(x, y)
    scaler, regression = model[0], model[1]
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    coef = regression.coef_[0] / scale
    intercept = float(regression.intercept_[0] - (regression.coef_[0] * scaler.mean_
                                                  / scale).sum())
    called = [int(p >= threshold) for p in oof]
    hits = sum(c == t for c, t in zip(called, y, strict=True))
    counts: dict[str, list[int]] = {}
    for e in examples:
        counts.setdefault(e.group, [0, 0])[e.label] += 1
    return LinkModel(tuple(float(w) for w in coef), intercept, threshold, standing_threshold,
                     FEATURES, {"examples": len(examples), "evidence": int(y.sum()),
                                "groups": {g: {"evidence": c[1], "not": c[0]}
                                           for g, c in sorted(counts.items())},
                                "out_of_fold_accuracy": round(hits / len(y), 3),
                                "scikit_learn": sklearn.__version__,
                                "trained": date.today().isoformat(), "note": note})
