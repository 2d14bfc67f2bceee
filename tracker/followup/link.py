"""Linking, as pure functions over plain data: which later items speak to a commitment.

For each commitment: candidate retrieval with BM25 (bm25s) over the underthesea words of
the agency's later items, boilerplate words left out; then evidence scoring from the
share of the commitment's meaningful words the candidate covers (IDF-weighted), shared
document references, named plans, quantities and field; the best sentence (clause) of
the candidate is kept with its offsets. Later commitments that say the same thing again
are kept as repetitions (the sign of a carried-over task).
"""

import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import bm25s
import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from models import CONTINUING_KINDS
from nlp import body_key, first_action, top_level_colon, units_named, verb_rules
from nlp import for_matching as _for_matching
from nlp.units import starts_with_unit
from tracker.followup.model import LinkModel
from tracker.followup.model import current as current_model


@lru_cache(maxsize=65536)
def for_matching(text: str) -> str:
    """nlp.for_matching, remembered: the same texts are compared again and again."""
    return _for_matching(text)


# bm25s reports every index build at DEBUG level on its own handler; users need not see it.
logging.getLogger("bm25s").setLevel(logging.WARNING)


@dataclass(frozen=True)
class Clause:
    start: int  # offsets into the report text
    end: int
    cue: str
    text: str


@dataclass(frozen=True)
class Entry:
    """An item as linking sees it: words, entities, clauses and where it sits in time."""

    id: int
    report_id: int
    agency_id: int
    kind: str  # commitment | action
    text: str
    words: tuple[str, ...]
    field: str | None
    cue: str
    entities: tuple[tuple[str, str], ...]
    clauses: tuple[Clause, ...]
    period_start: date | None  # for a commitment, the period it is promised for
    period_end: date | None
    report_start: date | None  # the period the item's report covers (results)
    report_end: date | None
    order: tuple  # sortable position of its report in the agency's series
    number: str | None = None  # its document's number ("120/TB-UBND")
    cites: frozenset[str] = frozenset()  # numbers of the documents its document carries out
    unit: str | None = None  # its responsible unit, canonical (nlp.canonical_unit)
    task_kind: str | None = None  # deliverable | ongoing | recurring, for a task
    units_named: frozenset[str] = frozenset()  # units its text or heading names (canonical)
    running: bool = False  # read from running text (a press page, a meeting summary)
    part: str | None = None  # the heading of the report's top-level part it sits in


@dataclass
class Candidate:
    commitment_id: int
    evidence_id: int
    relation: str  # evidence | repetition
    score: float
    rank: int
    clause: Clause
    features: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    boilerplate: frozenset[str]
    weights: dict[str, float]
    bonus: dict[str, float]
    evidence: float
    repetition: float
    candidates: int
    keep: int
    abbreviations: dict[str, str] = field(default_factory=dict)
    preparatory: tuple[str, ...] = ()
    drafting: tuple[str, ...] = ()
    repetition_margin: float = 1.0
    specific_verb_penalty: float = 1.0
    period_conflict_penalty: float = 1.0
    lookback_days: int = 400
    element: float = 1.1  # coverage from which one element of a list counts (1.1: never)
    min_element_syllables: int = 3
    min_joined_syllables: int = 0  # each act of "A và B" as an element (0: never)
    document_types: frozenset[str] = frozenset()
    any_document: tuple[str, ...] = ()
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    side_match_penalty: float = 1.0
    other_unit_penalty: float = 1.0  # a result another named unit reports (1.0: none)
    shared_reporters: tuple[re.Pattern[str], ...] = ()  # units whose results are no one body's
    shared_rank: int = 0  # commitments a result may be evidence for unpenalised (0: any)
    shared_evidence_penalty: float = 1.0
    object_missing_penalty: float = 1.0
    direction_parts: re.Pattern[str] | None = None  # a part that tells what was directed
    direction_part_penalty: float = 1.0
    opening_words: int = 4
    head_window: int = 10
    nominal: frozenset[str] = frozenset()
    general_acts: frozenset[str] = frozenset()  # actions too general to be a task's own act
    opening_skip: re.Pattern[str] | None = None
    reporting_acts: frozenset[str] = frozenset()  # a task whose own act is to report
    reported: re.Pattern[str] | None = None  # a result saying the report was made
    standing_share: float = 1.1  # share of tasks listed again word for word (1.1: never)
    standing_evidence: float = 1.0
    standing_min_tasks: int = 5
    running_evidence: float | None = None  # the bar for evidence read from running text
    model: LinkModel | None = None  # a calibrated scorer (followup.model); None: hand score
    final_bonus: dict[str, float] = field(default_factory=dict)  # added after the penalties


def counts(relation: str, verdict: str, score: float, config: Config,
           evidence_bar: float | None = None) -> bool:
    """Whether a link weighs in its commitment's status: a reviewer confirmed it, or the
    machine scored it over the bar of its kind (evidence or repetition). `evidence_bar`:
    the bar the status decision used for this commitment's evidence, when it had its own
    (its explanation's "evidence_bar": a task of a standing list)."""
    bar = {"evidence": config.evidence if evidence_bar is None else evidence_bar,
           "repetition": config.repetition}.get(relation, 1.0)
    return verdict == "confirmed" or score >= bar


# features a bonus may be given for (each 0 or 1, see score)
BONUS_FEATURES = frozenset({"document_ref", "plan", "quantity", "field", "cited", "same_unit",
                            "unit_named", "reported_back"})
# features the base score may weigh (the rest of score's features come after it)
WEIGHTED_FEATURES = BONUS_FEATURES | {"coverage", "heading_coverage", "ongoing"}


class _Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    evidence: float = Field(ge=0, le=1)
    repetition: float = Field(ge=0, le=1)
    candidates: int = Field(ge=1)
    keep: int = Field(ge=1)
    repetition_margin: float = Field(1.0, ge=0)
    element: float = Field(1.1, ge=0)
    min_element_syllables: int = Field(3, ge=1)
    min_joined_syllables: int = Field(0, ge=0)
    opening_words: int = Field(4, ge=1)
    head_window: int = Field(10, ge=1)
    standing_share: float = Field(1.1, ge=0)
    standing_evidence: float = Field(1.0, ge=0)
    standing_min_tasks: int = Field(5, ge=1)
    running_evidence: float | None = Field(None, ge=0, le=1)
    shared_rank: int = Field(0, ge=0)


class _LinkingFile(BaseModel):
    """linking.json as written: every key known, every value of its type and range."""

    model_config = ConfigDict(extra="forbid")

    description: str = ""
    boilerplate: list[str]
    weights: dict[str, float]
    bonus: dict[str, float]
    final_bonus: dict[str, float] = {}
    thresholds: _Thresholds
    abbreviations: dict[str, str] = {}
    preparatory: list[str] = []
    drafting: list[str] = []
    specific_verb_penalty: float = Field(1.0, ge=0, le=1)
    period_conflict_penalty: float = Field(1.0, ge=0, le=1)
    side_match_penalty: float = Field(1.0, ge=0, le=1)
    other_unit_penalty: float = Field(1.0, ge=0, le=1)
    shared_reporters: list[str] = []
    shared_evidence_penalty: float = Field(1.0, ge=0, le=1)
    object_missing_penalty: float = Field(1.0, ge=0, le=1)
    direction_parts: str = ""
    direction_part_penalty: float = Field(1.0, ge=0, le=1)
    lookback_days: int = Field(400, ge=0)
    document_types: list[str] = []
    any_document: list[str] = []
    related: dict[str, list[str]] = {}
    nominal: list[str] = []
    general_acts: list[str] = []
    opening_skip: str = ""
    reporting_acts: list[str] = []
    reported: str = ""

    @model_validator(mode="after")
    def _known_features(self) -> "_LinkingFile":
        if unknown := set(self.weights) - WEIGHTED_FEATURES:
            raise ValueError(f"weights for features the linker has not: {sorted(unknown)}")
        if unknown := (set(self.bonus) | set(self.final_bonus)) - BONUS_FEATURES:
            raise ValueError(f"bonus for features the linker has not: {sorted(unknown)}")
        if not sum(self.weights.values()):
            raise ValueError("weights must not add up to 0")
        for key, patterns in (("opening_skip", [self.opening_skip]),
                              ("reported", [self.reported]),
                              ("direction_parts", [self.direction_parts]),
                              ("shared_reporters", self.shared_reporters)):
            for pattern in patterns:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"{key}: not a pattern ({exc}): {pattern!r}") from None
        return self


def parse_config(data: object, name: str = "linking.json") -> Config:
    """The linking settings from linking.json's data; ValueError saying which key is wrong."""
    try:
        found = _LinkingFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise ValueError(f"{name}: {where}: {first['msg']}") from None
    t = found.thresholds
    return Config(
        boilerplate=frozenset(found.boilerplate), weights=dict(found.weights),
        bonus=dict(found.bonus), final_bonus=dict(found.final_bonus),
        evidence=t.evidence, repetition=t.repetition, candidates=t.candidates, keep=t.keep,
        repetition_margin=t.repetition_margin, element=t.element,
        min_element_syllables=t.min_element_syllables,
        min_joined_syllables=t.min_joined_syllables, opening_words=t.opening_words,
        head_window=t.head_window, standing_share=t.standing_share,
        standing_evidence=t.standing_evidence, standing_min_tasks=t.standing_min_tasks,
        running_evidence=t.running_evidence, abbreviations=dict(found.abbreviations),
        preparatory=tuple(found.preparatory),
        drafting=tuple(found.drafting), specific_verb_penalty=found.specific_verb_penalty,
        period_conflict_penalty=found.period_conflict_penalty,
        side_match_penalty=found.side_match_penalty, lookback_days=found.lookback_days,
        other_unit_penalty=found.other_unit_penalty,
        shared_reporters=tuple(re.compile(p) for p in found.shared_reporters),
        shared_rank=t.shared_rank, shared_evidence_penalty=found.shared_evidence_penalty,
        object_missing_penalty=found.object_missing_penalty,
        direction_parts=re.compile(found.direction_parts) if found.direction_parts else None,
        direction_part_penalty=found.direction_part_penalty,
        document_types=frozenset(found.document_types),
        any_document=tuple(found.any_document), nominal=frozenset(found.nominal),
        general_acts=frozenset(_norm(for_matching(w)) for w in found.general_acts),
        opening_skip=re.compile(found.opening_skip) if found.opening_skip else None,
        reporting_acts=frozenset(_norm(for_matching(w)) for w in found.reporting_acts),
        reported=re.compile(found.reported) if found.reported else None,
        related={_norm(for_matching(k)): tuple(_norm(for_matching(w)) for w in v)
                 for k, v in found.related.items()})


@cache
def load_config(name: str = "linking.json") -> Config:
    data = json.loads(resources.files("tracker").joinpath("rules").joinpath(name)
                      .read_text(encoding="utf-8"))
    config = parse_config(data, name)
    model = current_model()
    if model is None:
        return config
    # the model's probability is the evidence score, and its calibrated cuts the bars
    return replace(config, model=model, evidence=model.threshold,
                   standing_evidence=model.standing_threshold, running_evidence=None)




def content_words(words: Iterable[str], config: Config) -> list[str]:
    """Words that say what the task is about: abbreviations spelt out, no boilerplate, no
    numbers or dates."""
    expanded = (config.abbreviations.get(w, w) for w in words)
    return [w for w in expanded if w not in config.boilerplate and len(w) > 1
            and not any(ch.isdigit() for ch in w)]


@cache
def _all_verbs() -> frozenset[str]:
    """Every action of the lexicon (nlp/rules/verbs.jsonl), in matching form."""
    return frozenset(for_matching(p) for rule in verb_rules() for p in rule.phrases)


def _object_missing(query: list[str], words: Iterable[str], related: dict[str, str]) -> bool:
    """Whether a candidate shares none of the words of the commitment's query that are no
    action of the lexicon (what the task acts on), and names no term of it by a related
    word: it matches on the actions alone."""
    objects = set(query) - _all_verbs()
    return bool(objects) and not related and not objects & set(words)


@cache
def _specific_verbs(boilerplate: frozenset[str]) -> frozenset[str]:
    """Action verbs (nlp/rules/verbs.jsonl) that say what is done, unlike boilerplate."""
    return _all_verbs() - boilerplate


def head_verb(commitment: Entry, config: Config) -> str | None:
    """The specific action a commitment opens with, past its boilerplate preamble and the
    organisations it names: "Tiếp tục thẩm định ..." -> "thẩm định"; "Phối hợp với Sở Tài
    chính tham mưu UBND tỉnh ban hành Quy định ..." -> "ban hành". Any other word ends the
    search."""
    verbs = _specific_verbs(config.boilerplate)
    words = commitment.words[:config.head_window]
    organisations = _organisations(commitment)
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        if word in config.general_acts or pair in config.general_acts:
            return None  # "bố trí kinh phí …": funds found by any act, none of its own
        if verb := _verb_at(word, pair, verbs):
            return verb
        if word in config.nominal:
            return None  # "công tác tiếp dân" names a line of work, not one act
        if word in config.boilerplate or (organisations and word in organisations):
            continue  # the preamble: "Phối hợp với Sở Tài chính tham mưu cho UBND tỉnh"
        return None
    return None


@lru_cache(maxsize=4096)
def _unit_key(unit: str | None) -> str | None:
    """One key per body ("Chủ tịch UBND các xã, phường" reports as "UBND các xã, phường";
    nlp.body_key)."""
    return body_key(unit)


def _specific_unit(unit: str | None, config: Config) -> bool:
    """Whether a result's unit is one body of its own: not a collective ("Các sở, ban, ngành
    tỉnh", "UBND các xã, phường, đặc khu") nor the steering committee that reports for all
    ("Ban chỉ đạo tỉnh"; linking.json shared_reporters)."""
    lower = (unit or "").lower()
    return bool(lower) and not any(p.search(lower) for p in config.shared_reporters)


def _direction_part(entry: Entry, config: Config) -> bool:
    """Whether an item sits in a part of its report that tells what was directed ("I. CÔNG
    TÁC CHỈ ĐẠO, TRIỂN KHAI"; linking.json direction_parts, on the heading in lower case)."""
    return bool(config.direction_parts and entry.part
                and config.direction_parts.search(entry.part.lower()))


def _organisations(entry: Entry) -> str:
    """The organisations an item names, in matching form, to skip their words."""
    return " ".join(for_matching(text) for label, text in entry.entities if label == "ORG")


def syllables(words: Iterable[str]) -> list[str]:
    """Words cut into syllables, so "số hóa" matches "số" + "hóa" however it was segmented."""
    return [s for w in words for s in w.split()]


def list_elements(commitment: Entry, config: Config) -> list[list[str]]:
    """The elements of a list commitment, each as its content words, or [] for a single
    task: "Tham mưu ban hành các văn bản ...: Chính sách hỗ trợ ...; Quy hoạch ...; Kế
    hoạch hợp tác truyền thông năm 2015" has three. Elements with no meaningful word
    ("xây dựng" in "các lĩnh vực: đất đai; xây dựng; ...") are left out. With no list,
    acts joined by "và" are its elements when each says enough on its own
    (min_joined_syllables): "Số hóa, làm sạch dữ liệu đất đai và ứng dụng dữ liệu đất đai
    thay thế việc đính kèm giấy tờ …" has two, "Xây dựng KH và đẩy mạnh việc triển khai
    kế hoạch …" none (its plan is a step of the one act)."""
    text = for_matching(commitment.text)
    colon = top_level_colon(commitment.text)
    joined = colon is None  # acts joined by "và", no list of its own
    if colon is not None:
        bounds = [colon + m.start() for m in re.finditer(r";|\.\s", text[colon:])]
    elif config.min_joined_syllables:
        colon = 0
        # (an act in lower case: "Sở Giáo dục và Đào tạo" joins no acts)
        bounds = [m.start() for m in re.finditer(r" và ", text)
                  if first_action(text[m.end():]) == 0 and commitment.text[m.end()].islower()]
    else:
        return []
    if not bounds:
        return []
    # Words are in text order: place each, then cut at the separators (after the colon).
    cuts = [colon, *bounds, len(text)]
    parts: list[list[str]] = [[] for _ in cuts[1:]]
    position = 0
    for word in commitment.words:
        found = text.find(word, position)
        if found < 0:
            continue
        position = found + len(word)
        for i in range(len(parts)):
            if cuts[i] <= found < cuts[i + 1]:
                parts[i].append(word)
    out = [words for words in (content_words(part, config) for part in parts) if words]
    if joined and any(len(set(syllables(words))) < config.min_joined_syllables
                      for words in out):
        return []
    return out if len(out) >= 2 else []


def eligible(commitment: Entry, other: Entry) -> bool:
    """Later items of the same agency whose period overlaps or follows the commitment's."""
    if other.agency_id != commitment.agency_id or other.report_id == commitment.report_id:
        return False
    if other.order <= commitment.order:
        return False
    if other.kind == "action":
        start, end = commitment.period_start, other.report_end
        return not (start and end and end < start)
    return True  # a later promise: a repetition candidate


# --- features ------------------------------------------------------------------------

_NUMBER_UNIT = re.compile(
    r"(\d+(?:\.\d{3})*)(?:\s*/\s*(\d+(?:\.\d{3})*))?\s+([^\W\d]+(?:\s+[^\W\d]+)?)")


def quantities(entities: Iterable[tuple[str, str]]) -> list[tuple[float, float | None, str]]:
    """QUANTITY entities as (number, out of, unit): "04 lớp" -> (4, None, "lớp")."""
    out = []
    for label, text in entities:
        if label != "QUANTITY":
            continue
        m = _NUMBER_UNIT.search(text.lower())
        if m:
            value = float(m.group(1).replace(".", ""))
            total = float(m.group(2).replace(".", "")) if m.group(2) else None
            out.append((value, total, m.group(3).split()[0]))
    return out


def years(entities: Iterable[tuple[str, str]]) -> set[int]:
    """Years PERIOD entities name: "năm 2015" -> {2015}; "giai đoạn 2016 - 2020" -> 2016..2020."""
    out: set[int] = set()
    for label, text in entities:
        if label != "PERIOD":
            continue
        found = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]
        if "giai đoạn" in text.lower() and len(found) == 2 and found[0] <= found[1]:
            out.update(range(found[0], found[1] + 1))
        else:
            out.update(found)
    return out


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _plan_match(a: Iterable[str], b: Iterable[str]) -> bool:
    for x in a:
        for y in b:
            nx, ny = _norm(x), _norm(y)
            if nx in ny or ny in nx or SequenceMatcher(None, nx, ny).ratio() >= 0.8:
                return True
    return False


def progress(commitment: Entry, clause_entities) -> float | None:
    """Share done when the numbers line up: "04 lớp" promised, "02 lớp" or "04/04 lớp" done.
    The largest share stated wins ("mở thêm 02 lớp, nâng tổng số lên 04/04 lớp" is 1.0)."""
    promised = {unit: value for value, total, unit in quantities(commitment.entities)}
    shares = []
    for value, total, unit in quantities(clause_entities):
        if unit in promised and promised[unit]:
            shares.append(value / (total or promised[unit]))
        elif total and any(unit in w.split() for w in commitment.words):
            shares.append(value / total)
    return min(1.0, max(shares)) if shares else None


@dataclass
class Index:
    """BM25 over one agency's items, plus document frequencies for IDF weights."""

    entries: list[Entry]
    retriever: bm25s.BM25
    idf: dict[str, float]


def build_index(entries: list[Entry], config: Config) -> Index:
    corpus = [content_words(e.words, config) or ["_"] for e in entries]
    entries = [replace(e, words=tuple(words)) for e, words in zip(entries, corpus, strict=True)]
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    df: Counter[str] = Counter()
    for words in corpus:
        df.update(set(syllables(words)))
    n = len(corpus)
    idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
    return Index(entries, retriever, idf)


def coverage(query: list[str], words: Iterable[str], idf: dict[str, float]) -> float:
    """IDF-weighted share of the query's syllables found among the syllables of `words`."""
    present = set(syllables(words))
    wanted = set(syllables(query))
    default = max(idf.values(), default=1.0)
    total = sum(idf.get(s, default) for s in wanted)
    if not total:
        return 0.0
    return sum(idf.get(s, default) for s in wanted if s in present) / total


@lru_cache(maxsize=4096)
def _topic_syllables(heading: str, boilerplate: frozenset[str]) -> frozenset[str]:
    """The meaningful syllables of a topic heading: "Việc thanh toán không dùng tiền mặt"
    -> thanh toán không dùng tiền mặt (boilerplate words left out); none for a unit's
    heading ("Các sở, ban, ngành tỉnh", "Tham mưu, chỉ đạo của Công an tỉnh"): it says
    whose work follows, not what."""
    if starts_with_unit(heading) or units_named(heading):
        return frozenset()
    padded = _padded(heading)
    for _ in range(2):  # (overlapping boilerplate words: " của các ")
        for phrase in boilerplate:
            padded = padded.replace(f" {phrase} ", " ")
    return frozenset(padded.split())


def on_topic(commitment: Entry, heading: str | None, config: Config) -> bool:
    """Whether the heading a result sits under names the task's topic, every meaningful
    syllable of it in the task: "Tuyên truyền" over "Kết quả toàn tỉnh: Đăng tải 10 tin,
    bài …" for "Tuyên truyền sâu rộng, nâng cao nhận thức xã hội về chuyển đổi số"."""
    wanted = _topic_syllables(heading, config.boilerplate) if heading else frozenset()
    return len(wanted) >= 2 and wanted <= set(_padded(commitment.text).split())


def _clause_words(entry: Entry, clause: Clause) -> list[str]:
    """Words of the item that occur in one of its clauses."""
    text = for_matching(clause.text)
    return [w for w in entry.words if w in text]


def document_type(words: Iterable[str], config: Config) -> str | None:
    """The first kind of document a text names ("quy hoạch", "kế hoạch", "quy định" ...)."""
    for word in words:
        if word in config.document_types:
            return word
    return None


def _prepares_same(commitment: Entry, other: Entry, config: Config) -> bool:
    """Whether preparatory evidence prepares the commitment's own object: the draft of a
    "Quy định" does not prepare the publication of a "Quy hoạch". A commitment about
    documents in general ("các văn bản") or about no document accepts any."""
    wanted = document_type(content_words(commitment.words, config), config)
    return wanted in (None, *config.any_document) or wanted in set(other.words)


@lru_cache(maxsize=65536)
def _padded(text: str) -> str:
    return f" {_norm(for_matching(text))} "


def _phrases(words: tuple[str, ...], longest: int = 4) -> frozenset[str]:
    """Every run of up to `longest` whole words: "an toàn" + "thông tin" gives "an toàn
    thông tin", but "trình độ" never gives "trình"."""
    return frozenset(" ".join(words[i:i + n]) for n in range(1, longest + 1)
                     for i in range(len(words) - n + 1))


def related_found(commitment: Entry, text: str, config: Config) -> dict[str, str]:
    """Terms of the commitment that `text` names by a related word ("an toàn thông tin" by
    "mã độc"), as {term: the word found}."""
    mine, theirs = _phrases(commitment.words), _padded(text)
    found = {}
    for term, related in config.related.items():
        if term in mine:
            for word in related:
                if f" {word} " in theirs:
                    found[term] = word
                    break
    return found


def _best_element(elements: list[list[str]], words: list[str], index: Index,
                  config: Config) -> tuple[int, float]:
    """The list element `words` cover best, as (1-based position, coverage)."""
    best = (0, 0.0)
    for position, element in enumerate(elements, start=1):
        if len(set(syllables(element))) < config.min_element_syllables:
            continue  # too short to stand alone ("đất đai")
        value = coverage(element, words, index.idf)
        if value > best[1]:
            best = (position, value)
    return best


def score(commitment: Entry, other: Entry, query: list[str], index: Index,
          config: Config, elements: list[list[str]] | None = None
          ) -> tuple[float, Clause, dict]:
    related = related_found(commitment, other.text, config)
    words = [*other.words, *related.keys()]  # a related word stands for its term
    whole = coverage(query, words, index.idf)
    position, part = _best_element(elements or [], words, index, config)
    on_element = part >= config.element and part > whole
    if on_element:
        # One element of a list commitment answered on its own: judged on that element.
        assert elements is not None  # on_element: an element scored
        query, whole = elements[position - 1], part
    clauses = other.clauses or (Clause(0, len(other.text), other.cue, other.text),)
    # The first clause usually states the action, later ones its outcome: it wins near-ties.
    best_clause = max(clauses, key=lambda c: coverage(
        query, [*_clause_words(other, c), *related_found(commitment, c.text, config)],
        index.idf) + (0.1 if c is clauses[0] else 0.0))
    # Numbers count only from the sentence that speaks to the commitment: "Tổ chức thành
    # công kỳ thi ...; kết quả có 41/45 chỉ tiêu trúng tuyển" is an exam held, not 91% of one.
    clause_entities = [(label, text) for label, text in other.entities
                       if text in best_clause.text]
    features: dict[str, Any] = {  # numbers, and a few notes ("action_missing": the verb)
        "coverage": round(whole, 3),
        "document_ref": float(bool({t for lbl, t in commitment.entities if lbl == "DOC_REF"}
                                   & {t for lbl, t in other.entities if lbl == "DOC_REF"})),
        "plan": float(_plan_match([t for lbl, t in commitment.entities if lbl == "PLAN"],
                                  [t for lbl, t in other.entities if lbl == "PLAN"])),
        "quantity": 0.0,
        "field": float(bool(commitment.field) and commitment.field == other.field),
        # the candidate's document says it carries out the task's ("Thực hiện Thông báo số
        # 120/TB-UBND …"): the answer to that document is looked at first
        "cited": float(bool(commitment.number) and commitment.number in other.cites),
        # what a calibrated model weighs besides (followup.model); the hand score ignores them
        "same_unit": float(bool(commitment.unit) and _unit_key(commitment.unit)
                           == _unit_key(other.unit)),
        "unit_named": float(bool(commitment.unit) and commitment.unit in other.units_named),
        "heading_coverage": round(coverage(query, for_matching(other.field or "").split(),
                                           index.idf), 3),
        "ongoing": float(commitment.task_kind in CONTINUING_KINDS),
        "topic": float(other.kind == "action" and on_topic(commitment, other.field, config)),
    }
    share = progress(commitment, clause_entities)
    if share is not None:
        features["quantity"] = 1.0
        features["progress"] = round(share, 3)
    weights = config.weights
    value = sum(weights[k] * features[k] for k in weights) / sum(weights.values())
    value += sum(config.bonus[k] * features[k] for k in config.bonus)
    promised_years, reported_years = years(commitment.entities), years(other.entities)
    if promised_years and reported_years and not promised_years & reported_years:
        features["period_conflict"] = 1.0
        value *= config.period_conflict_penalty
    if _object_missing(query, words, related):
        # "Đề xuất, giải ngân kinh phí …" against "Đến nay, đã triển khai 13/19 nhiệm vụ, …
        # đề xuất giải pháp kỹ thuật": the actions named, not what they act on
        features["object_missing"] = 1.0
        value *= config.object_missing_penalty
    if other.kind == "action" and not features["same_unit"] and _direction_part(other, config):
        # "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI" tells what was directed (documents issued,
        # meetings held), "II. KẾT QUẢ CÁC MẶT CÔNG TÁC" what was done: another body's
        # directing is weaker evidence of a task than the results it led to
        features["direction_part"] = 1.0
        value *= config.direction_part_penalty
    if (other.kind == "action" and commitment.unit and _specific_unit(other.unit, config)
            and not features["same_unit"] and not features["unit_named"]):
        # "Thuế tỉnh Lâm Đồng phối hợp với Công an tỉnh: Làm sạch … dữ liệu sai lệch …" for
        # the Sở Tư pháp's "… làm sạch dữ liệu hộ tịch sai lệch …": another unit's result,
        # reported under its name, is about that unit's work
        features["other_unit"] = 1.0
        value *= config.other_unit_penalty
    if _side_match(other, best_clause, {*query, *related.values()}, config):
        # The candidate's own action and object are about something else; it only
        # mentions the commitment's words on the side ("thẩm định dự toán ... thuộc dự án
        # do Sở làm chủ đầu tư" for "Triển khai các dự án do Sở làm chủ đầu tư").
        features["side_match"] = 1.0
        value *= config.side_match_penalty
    clause_norm = for_matching(best_clause.text)
    preparatory = any(p in clause_norm for p in config.preparatory)
    verb = head_verb(commitment, config)
    if preparatory and not _prepares_same(commitment, other, config):
        preparatory = False
    if (verb and not preparatory and verb not in related
            and f" {verb} " not in _padded(other.text)):
        # (Drawing up the plan or draft is a step towards any act, so it is not held
        # against the evidence that it names another verb.)
        features["action_missing"] = verb
        value *= config.specific_verb_penalty
    if (best_clause.cue == "done" and preparatory
            and not any(p in for_matching(commitment.text) for p in config.drafting)):
        # Drawing up the plan for a task is a step towards it, not the task done.
        features["preparatory"] = 1.0
        best_clause = Clause(best_clause.start, best_clause.end, "in_progress", best_clause.text)
    said_so = _reported_back(commitment, other, config)
    if said_so is not None:
        # "Báo cáo nhanh tình hình cho UBND TP.HCM trong ngày 4-9" and, later, "UBND quận
        # 12 vừa có báo cáo kết quả xử lý vụ việc": the report the task asks for was made,
        # whatever words it was about
        features["reported_back"] = 1.0
        best_clause = Clause(said_so.start, said_so.end, "done", said_so.text)
    element = _element_named(elements, position if on_element else None, words, index, config)
    if element:
        features["list_element"] = element
        if best_clause.cue == "done":  # part of the list done is the list under way
            best_clause = Clause(best_clause.start, best_clause.end, "in_progress",
                                 best_clause.text)
    # What weighs whatever the wording (a report that says it carries out the task's
    # document answers it) is added after the penalties for wording.
    value += sum(config.final_bonus[k] * features.get(k, 0.0) for k in config.final_bonus)
    return round(min(1.0, value), 4), best_clause, features


def _element_named(elements: list[list[str]] | None, position: int | None, words: list[str],
                   index: Index, config: Config) -> str | None:
    """Which elements of a list commitment a candidate answers, as the link's list_element
    feature: "2/3" for the one it was judged on (`position`), else how many of them it
    names when some but not all ("1/3"); None when it is judged on the whole list."""
    if not elements:
        return None
    if position is not None:
        return f"{position}/{len(elements)}"
    named = sum(coverage(e, words, index.idf) >= config.element for e in elements)
    return f"{named}/{len(elements)}" if 0 < named < len(elements) else None


def _side_match(other: Entry, clause: Clause, named: set[str], config: Config) -> bool:
    """Whether none of the first opening_words meaningful words of a candidate's clause
    (its own action and object, past a setting it opens with and the organisations it
    names) is one of `named`, the commitment's words and the related words it has."""
    organisations = _organisations(other)
    # past a setting the sentence opens with ("Sau khi xảy ra vụ ngộ độc, …", "Nguồn tin
    # của Tiền Phong ngày 31/7 cho biết, …"): its own action comes after it
    said = for_matching(clause.text)
    setting = config.opening_skip.match(said) if config.opening_skip else None
    own = said[setting.end():] if setting else said
    action = first_action(own)  # its own action: from its first verb on
    own = own[action:] if action is not None else own
    opening = [w for w in other.words if w in own
               and not (organisations and w in organisations)][:config.opening_words]
    return bool(opening) and not set(opening) & named


def _first_act(commitment: Entry, config: Config) -> str | None:
    """The first specific action a commitment names in its head window, whatever comes
    before it ("tham mưu Ban cán sự đảng UBND tỉnh báo cáo Thường trực Tỉnh ủy …" -> báo
    cáo), unlike head_verb, which stops at the first word that is neither."""
    verbs = _specific_verbs(config.boilerplate)
    words = commitment.words[:config.head_window]
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        if verb := _verb_at(word, pair, verbs):
            return verb
    return None


def _verb_at(word: str, pair: str, verbs: frozenset[str]) -> str | None:
    """The action of `verbs` a word opens: the word with the next one, when the segmenter
    cut a verb in two ("số" + "hóa"), else the word alone; None when it opens none."""
    return pair if pair in verbs else word if word in verbs else None


def _reported_back(commitment: Entry, other: Entry, config: Config) -> Clause | None:
    """The clause of a result that says the report a task asks for was made ("Sở đã báo
    cáo lại với lãnh đạo UBND tỉnh …", "UBND quận 12 vừa có báo cáo …"), when the task's
    own act is to report (its first action one of linking.json reporting_acts) and the
    result is no other named body's (linking.json reported); None otherwise."""
    if (config.reported is None or other.kind != "action"
            or _first_act(commitment, config) not in config.reporting_acts
            or (commitment.unit and _specific_unit(other.unit, config)
                and _unit_key(commitment.unit) != _unit_key(other.unit))):
        return None
    clauses = other.clauses or (Clause(0, len(other.text), other.cue, other.text),)
    return next((c for c in clauses if config.reported.search(for_matching(c.text))), None)


def link(commitments: list[Entry], items: list[Entry],
         config: Config | None = None) -> list[Candidate]:
    """Candidates for every commitment among `items` (any agencies; each is kept apart)."""
    config = config or load_config()
    out: list[Candidate] = []
    by_agency: dict[int, list[Entry]] = {}
    for entry in items:
        by_agency.setdefault(entry.agency_id, []).append(entry)
    for agency_id, entries in by_agency.items():
        index = build_index(entries, config)
        position = {e.id: i for i, e in enumerate(entries)}
        found: list[Candidate] = []
        for commitment in (c for c in commitments if c.agency_id == agency_id):
            found.extend(_link_one(commitment, index, position, config))
        out.extend(_shared_evidence(found, position, config))
    return out


def _shared_evidence(candidates: list[Candidate], position: dict[int, int],
                     config: Config) -> list[Candidate]:
    """A result that is evidence for many commitments is about few of them ("Đến nay, đã
    triển khai 13/19 nhiệm vụ, …" is near to every task of a report in words): as evidence
    for any commitment past the `shared_rank` it scores best for, its score is multiplied
    by shared_evidence_penalty (linking.json); the candidates are ranked again."""
    if not config.shared_rank or config.shared_evidence_penalty >= 1:
        return candidates
    by_item: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.relation == "evidence":
            by_item.setdefault(c.evidence_id, []).append(c)
    for group in by_item.values():
        group.sort(key=lambda c: -c.score)
        for c in group[config.shared_rank:]:
            c.score = round(c.score * config.shared_evidence_penalty, 4)
    groups: dict[tuple[int, str], list[Candidate]] = {}
    for c in candidates:
        groups.setdefault((c.commitment_id, c.relation), []).append(c)
    for group in groups.values():
        group.sort(key=lambda c: (-c.score, position[c.evidence_id]))
        for rank, c in enumerate(group, start=1):
            c.rank = rank
    return candidates


def _link_one(commitment: Entry, index: Index, position: dict[int, int],
              config: Config) -> list[Candidate]:
    query = content_words(commitment.words, config)
    if not query:
        return []
    mask = np.array([eligible(commitment, e) for e in index.entries], dtype=bool)
    if not mask.any():
        return []
    elements = list_elements(commitment, config)
    mine = _phrases(commitment.words)
    widened = query + [w for term, related in config.related.items() if term in mine
                       for w in related]
    top: list[int] = []
    for words in (widened, *elements):
        scores = np.where(mask, index.retriever.get_scores(words), -1.0)
        top.extend(i for i in np.argsort(-scores)[: config.candidates]
                   if scores[i] > 0 and i not in top)
    own = _unit_key(commitment.unit)
    if own:
        # a series reports each unit's work under its name ("Bảo hiểm xã hội tỉnh: Đã cập
        # nhật, xác thực … 2.849.035 người"), often in words of its own: the unit's results
        # in the next reports are looked at whatever their words (the first few: a long
        # series would otherwise score every result the unit ever reported)
        mine_later = sorted((i for i, e in enumerate(index.entries) if mask[i] and i not in top
                             and e.kind == "action" and _unit_key(e.unit) == own),
                            key=lambda i: index.entries[i].order)
        top.extend(mine_later[: config.candidates])
    # a series files its figures under topic headings ("Tuyên truyền", "Số hóa dữ liệu"),
    # in words that share little with the task's ("Kết quả toàn tỉnh: Đăng tải 10 tin, bài
    # …" for "Tuyên truyền sâu rộng …"): the results under a heading the task names are
    # looked at too (the first few, as for the unit's own)
    topical = sorted((i for i, e in enumerate(index.entries) if mask[i] and i not in top
                      and e.kind == "action" and on_topic(commitment, e.field, config)),
                     key=lambda i: index.entries[i].order)
    top.extend(topical[: config.candidates])
    scores = np.where(mask, index.retriever.get_scores(query), -1.0)
    evidence: list[Candidate] = []
    repetitions: list[Candidate] = []
    for i in top:
        other = index.entries[i]
        value, clause, features = score(commitment, other, query, index, config, elements)
        features["bm25"] = round(float(scores[i]), 3)
        relation = "evidence" if other.kind == "action" else "repetition"
        if relation == "evidence":
            features["rules"] = value  # the hand score, kept: the model's input and fallback
            if config.model is not None:
                value = round(config.model.probability(features, clause.cue), 4)
        candidate = Candidate(commitment.id, other.id, relation, value, 0, clause, features)
        (evidence if relation == "evidence" else repetitions).append(candidate)
    kept = []
    for group in (evidence, repetitions):
        group.sort(key=lambda c: (-c.score, position[c.evidence_id]))
        for rank, candidate in enumerate(group[: config.keep], start=1):
            candidate.rank = rank
            kept.append(candidate)
    return kept
