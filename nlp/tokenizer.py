"""underthesea word segmentation as a spaCy tokenizer that never loses a character.

underthesea joins the syllables of a compound word with one space and may squeeze white
space, so words are located again in the original string: `doc.text == text` always, and
token offsets index the text as given. Token norms carry the matching form (lower case,
modern tone-mark placement) so rule patterns match "hoà" and "hòa" alike.
"""

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab
from underthesea import word_tokenize

from nlp.normalize import for_matching, normalize_tone_marks

if TYPE_CHECKING:
    from thinc.types import Ints2d


class UndertheseaTokenizer:
    """Callable spaCy tokenizer: str -> Doc, words as underthesea segments them."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = self.segment(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        matching = for_matching(text)
        starts = []
        norms = []
        position = 0
        for word, space in zip(words, spaces, strict=True):
            starts.append(position)
            norms.append(self.vocab.strings.add(matching[position:position + len(word)]))
            position += len(word) + space
        if norms:
            array = numpy.array(norms, dtype="uint64").reshape(-1, 1)
            doc.from_array([NORM], cast("Ints2d", array))
        # Cached for the rule components: Doc.text and token offsets cost a walk each time.
        doc.user_data.update(text=text, matching=matching, token_starts=starts,
                             word_lengths=[len(w) for w in words])
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    @staticmethod
    def segment(text: str) -> tuple[list[str], list[bool]]:
        """Words and trailing-space flags whose concatenation is exactly `text`."""
        normalised = normalize_tone_marks(text)  # same length as text
        spans = _align(normalised, word_tokenize(normalised, use_token_normalize=False))
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for start, end in spans:
            _add_gap(text[position:start], words, spaces)
            words.append(text[start:end])
            spaces.append(False)
            position = end
        _add_gap(text[position:], words, spaces)
        return words, spaces

    def __reduce__(self) -> tuple[type["UndertheseaTokenizer"], tuple[Vocab]]:
        return (self.__class__, (self.vocab,))

    # spaCy serialises the tokenizer with the pipeline; this one has no state of its own.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "UndertheseaTokenizer":
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: str | Path, **kwargs: Any) -> "UndertheseaTokenizer":
        return self


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    """White space between words: one plain space is a flag, anything else a space token."""
    if not gap:
        return
    if gap.startswith(" ") and words and not spaces[-1]:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


def _align(text: str, segments: list[str]) -> list[tuple[int, int]]:
    """Character spans of underthesea's segments in `text`, skipping white space.

    A segment whose syllables cannot be found where expected (a character underthesea
    rewrote) is dropped and the text it should cover becomes whitespace-split words,
    so no character is ever lost.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    length = len(text)
    for segment in segments:
        start = None
        cursor = position
        ok = True
        for syllable in segment.split(" "):
            while cursor < length and text[cursor].isspace():
                cursor += 1
            if not text.startswith(syllable, cursor):
                ok = False
                break
            if start is None:
                start = cursor
            cursor += len(syllable)
        if ok and start is not None:
            spans.append((start, cursor))
            position = cursor
    # Any non-space text the segments did not cover is split on white space.
    covered: list[tuple[int, int]] = []
    position = 0
    for start, end in spans + [(length, length)]:
        if start > position:
            covered.extend(_split_plain(text, position, start))
        if end > start:
            covered.append((start, end))
        position = end
    return covered


def _split_plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    i = start
    while i < end:
        while i < end and text[i].isspace():
            i += 1
        j = i
        while j < end and not text[j].isspace():
            j += 1
        if j > i:
            out.append((i, j))
        i = j
    return out


def create_tokenizer() -> Callable[[Language], UndertheseaTokenizer]:
    def make(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make


registry.tokenizers("vi_underthesea.v1", func=create_tokenizer)
