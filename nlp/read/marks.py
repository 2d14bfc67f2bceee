"""Tone and vowel marks that OCR misread, put back with a small Vietnamese language model.

Tesseract often reads the letters of a Vietnamese syllable right and a mark wrong, above
all in capitals ("KÉT QUÁ" for "KẾT QUẢ", "PHÁT TRIÊN" for "PHÁT TRIỂN", "LÂM ĐÔNG").
Each syllable of a line may be read as any syllable with the same letters (marks aside);
the line's reading is the one that best balances how likely the syllables are in
sequence (syllable bigrams) against how many letters it changes (a noisy channel,
decoded by Viterbi over each run of words). Only text read by OCR comes here: a text
layer is what its author typed.

What the model knows ships with the packages, no download: syllable and bigram counts of
the VLSP 2013 sample that underthesea's POS tagger carries (legal and news text), the
Viet74K word list of underthesea (each word counts as a bigram), and the names in our own
rule files (agencies, provinces).
"""

import json
import math
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

from nlp.normalize import UPPER, without_marks

_WORD = re.compile(r"\w+")
_SYLLABLE = re.compile(r"[^\W\d_]+")
# "IL KẾT QUẢ": a Roman numeral's full stop read as "L" at the start of a heading
_ROMAN_MISREAD = re.compile(r"^([IVX]{1,4})[Ll1](?=\s+[" + UPPER + "])")
# What one changed letter costs, in log-odds: marks on capitals are misread far more often
CHANGE_COST = {"lower": 3.0, "upper": 2.0}
WORD_BIGRAM = 3  # the count a two-syllable word of the list adds to its bigram


@cache
def _model() -> tuple[Counter[str], Counter[tuple[str, str]], dict[str, tuple[str, ...]], int]:
    """(syllable counts, bigram counts, {unmarked syllable: syllables}, total count)."""
    import underthesea

    root = Path(underthesea.__file__).parent
    unigrams: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()

    def count(text: str, weight: int = 1) -> None:
        for run in re.split(r"[^\w ]+", text.lower()):
            syllables = [s for s in run.split() if _SYLLABLE.fullmatch(s)]
            for s in syllables:
                unigrams[s] += weight
            for a, b in zip(syllables, syllables[1:], strict=False):
                bigrams[a, b] += weight

    sample = (root / "pipeline" / "pos_tag" / "models" / "pos_crf_vlsp2013_20230303"
              / "test_output.txt")
    words: list[str] = []
    for line in _lines(sample):
        if not line.strip():
            count(" ".join(words))
            words = []
        else:
            words.append(line.split("\t")[0].replace("_", " "))
    count(" ".join(words))
    for word in _lines(root / "corpus" / "data" / "Viet74K.txt"):
        count(word, WORD_BIGRAM)
    for rules in (Path(__file__).resolve().parent.parent / "rules").glob("*.json"):
        for text in _strings(json.loads(rules.read_text(encoding="utf-8"))):
            count(text, WORD_BIGRAM)
    forms: dict[str, list[str]] = {}
    for syllable in unigrams:
        forms.setdefault(without_marks(syllable), []).append(syllable)
    return (unigrams, bigrams, {k: tuple(v) for k, v in forms.items()},
            sum(unigrams.values()))


def _lines(path: Path) -> list[str]:
    try:
        return unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).splitlines()
    except OSError:
        return []


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [] if "\\" in value or "(?" in value else [value]  # names, not patterns
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _changed(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def restore_line(line: str) -> str:
    line = _ROMAN_MISREAD.sub(r"\1.", line)
    unigrams, _, _, _ = _model()
    if not unigrams:
        return line
    line = _LETTERS.sub(lambda m: _split(m.group()) if len(m.group()) >= 8
                        and m.group().isupper() else m.group(), line)
    tokens = list(_WORD.finditer(line))
    runs: list[list[re.Match[str]]] = []
    for token in tokens:
        if not _SYLLABLE.fullmatch(token.group()):
            runs.append([])
            continue
        if runs and runs[-1] and line[runs[-1][-1].end():token.start()] == " ":
            runs[-1].append(token)
        else:
            runs.append([token])
    out, last = [], 0
    for run in runs:
        if not run or (len(run) == 1 and run[0].group().isupper()
                       and run[0].group() == without_marks(run[0].group())):
            continue  # an abbreviation ("KH/TU")
        capitals = sum(t.group().isupper() for t in run) * 2 > len(run)
        # capitals in running text are abbreviations ("22-KH/TU ngày"): kept as they are
        fixed = [not capitals and t.group().isupper() and len(t.group()) > 1 for t in run]
        syllables = _decode([t.group().lower() for t in run], capitals, fixed)
        for token, syllable in zip(run, syllables, strict=True):
            if syllable != token.group().lower():
                out.append(line[last:token.start()])
                out.append(_cased(syllable, token.group()))
                last = token.end()
    out.append(line[last:])
    return "".join(out)


_LETTERS = re.compile(r"[^\W\d_]+")  # capitals of 8 or more are syllables run together


def _split(run: str) -> str:
    """Capitals OCR ran together ("ANTỈNHLÂMĐỒNG") cut into the fewest syllables, the
    commoner ones as written where two cuts tie ("BỘ CÔNG AN", not "BỘ CÔ NGAN")."""
    unigrams, _, forms, _ = _model()
    bare = without_marks(run)
    best: list[tuple[int, float, list[int]] | None] = [(0, 0.0, [])] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 7), end):
            before = best[start]
            if before is None or bare[start:end] not in forms:
                continue
            rarity = -math.log(unigrams[run[start:end].lower()] + 0.5)
            candidate = (before[0] + 1, before[1] + rarity, before[2] + [end])
            current = best[end]
            if current is None or candidate[:2] < current[:2]:
                best[end] = candidate
    if best[-1] is None:
        return run
    cuts = best[-1][2]
    return " ".join(run[a:b] for a, b in zip([0] + cuts, cuts, strict=False))


def _decode(observed: list[str], capitals: bool, fixed: list[bool]) -> list[str]:
    """The likeliest syllables behind an OCR'd run (Viterbi)."""
    unigrams, bigrams, forms, total = _model()
    vocabulary = len(unigrams) + 1
    cost = CHANGE_COST["upper" if capitals else "lower"]

    def unigram(s: str) -> float:
        return (unigrams[s] + 0.1) / (total + 0.1 * vocabulary)

    def transition(a: str, b: str) -> float:
        return math.log((bigrams[a, b] + 2 * unigram(b)) / (unigrams[a] + 2))

    lattice: list[dict[str, tuple[float, str | None]]] = []
    for position, seen in enumerate(observed):
        candidates = {seen} if fixed[position] else set(forms.get(without_marks(seen), ())) | {seen}
        column: dict[str, tuple[float, str | None]] = {}
        for candidate in candidates:
            channel = -cost * _changed(candidate, seen)
            if position == 0:
                column[candidate] = (math.log(unigram(candidate)) + channel, None)
            else:
                column[candidate] = max(
                    (score + transition(previous, candidate) + channel, previous)
                    for previous, (score, _) in lattice[-1].items())
        lattice.append(column)
    best = max(lattice[-1], key=lambda s: lattice[-1][s][0])
    path = [best]
    for column in reversed(lattice[1:]):
        previous = column[best][1]
        assert previous is not None
        best = previous
        path.append(best)
    return path[::-1]
