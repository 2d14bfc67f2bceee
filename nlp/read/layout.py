"""Printed lines on a page, by where they sit: the page's body without specks, page numbers
and footnotes, and which lines begin a paragraph. Shared by OCR'd pages (positions in
pixels) and a PDF's text layer (in points): every distance is a share of the page's width
or of its usual line spacing, except `gap`, the space between two columns, given in the
page's own unit.
"""

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

# A paragraph's leading dash or plus as OCR often sees it: "~", "_", "—", "._—", "_ +".
_BULLET = re.compile(r"^[~_—–\-=.,'`·•+ ]*[~_—–\-=·•+][~_—–\-=.,'`·•+ ]*\s+(?=\w)")


def _bullet(match: re.Match[str]) -> str:
    return "+ " if "+" in match.group() else "- "


@dataclass
class Line:
    words: Sequence[tuple[float, float, str]]  # (left, right, text), left to right
    top: float
    bottom: float
    height: float  # the median height of its words (or its type size)

    @property
    def left(self) -> float:
        """Where its text begins: a leading mark (a dash, or specks read as one) can sit
        anywhere in the indent."""
        return next((w[0] for w in self.words if any(c.isalnum() for c in w[2])),
                    self.words[0][0])

    @property
    def right(self) -> float:
        return self.words[-1][1]

    @property
    def lead(self) -> int:
        """How many marks without a letter or digit come first (a dash, specks)."""
        return next((n for n, w in enumerate(self.words) if any(c.isalnum() for c in w[2])),
                    len(self.words))


def text(line: Line, gap: float) -> str:
    """The line's words, a tab where two columns stand apart, a misread dash made one."""
    out = line.words[0][2]
    for n, (before, word) in enumerate(zip(line.words, line.words[1:], strict=False)):
        out += ("\t" if n >= line.lead and word[0] - before[1] > gap else " ") + word[2]
    return _BULLET.sub(_bullet, out)


SPECK = 0.5  # a line whose letters are under half the page's usual height is specks
FOOTNOTE_PITCH = 0.8  # footnotes sit closer together than the body's lines
FOOTNOTE_GAP = 1.25  # ... and below a rule that leaves a wider gap above them


def body(lines: list[Line], gap: float) -> list[Line]:
    """The page without specks (a stamp's dots read as a line) and without the footnotes
    at its foot, which are set in a smaller type below a short rule and would otherwise
    run into the paragraph the page breaks."""
    if len(lines) < 4:
        return lines
    usual = statistics.median(line.height for line in lines)
    lines = [line for line in lines if line.height >= SPECK * usual
             and any(c.isalnum() for w in line.words for c in w[2])]
    # the page number, at the top or the foot, with specks read beside it ("¬ 9")
    for end in (0, -1):
        if lines and _page_number(lines[end]):
            del lines[end]
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if b.top > a.top]
    if len(pitches) < 3:
        return lines
    pitch = statistics.median(pitches)
    for first in range(max(1, len(lines) // 3), len(lines)):
        # A rule leaves a wider gap above the notes ...
        if lines[first].top - lines[first - 1].top < FOOTNOTE_GAP * pitch:
            continue
        foot = lines[first:]
        # ... and the signature block ("Nơi nhận:", two columns) is small type too, but it
        # is the document's, not a note.
        if any(_columns(line, gap) for line in foot):
            continue
        steps = sorted(b.top - a.top for a, b in zip(foot, foot[1:], strict=False))
        small = (steps[(len(steps) * 3) // 4] < FOOTNOTE_PITCH * pitch if steps
                 else foot[0].height < FOOTNOTE_PITCH * usual)
        if small:
            return lines[:first]
    return lines


def _columns(line: Line, gap: float) -> bool:
    """Two columns a wide gap apart (a header, a signature block, a table row)."""
    return any(b[0] - a[1] > gap
               for a, b in list(zip(line.words, line.words[1:], strict=False))[line.lead:])


def _page_number(line: Line) -> bool:
    signs = "".join(c for w in line.words for c in w[2] if c.isalnum())
    return len(signs) <= 3 and any(c.isdigit() for c in signs)


INDENT = 0.025  # of the page width: a first line indented by more starts a paragraph
SHORT = 0.06  # a line ending this far before the right margin ends its paragraph
CENTRED = 0.08  # both margins at least this wide: a centred line (a title)


def paragraph_starts(lines: list[Line], width: float, gap: float) -> list[bool | None]:
    """Per line: True when it begins a paragraph (indented, or the line before ended
    short), False when it carries on the line before, None when the page cannot tell (its
    first line, centred lines, lines in columns)."""
    if len(lines) < 4:
        return [None] * len(lines)
    rights = sorted(line.right for line in lines)
    margin_right = rights[int(len(rights) * 0.9)]
    full = [line.left for line in lines if line.right >= margin_right - SHORT * width]
    margin_left = statistics.median(full) if full else min(line.left for line in lines)

    def centred(line: Line) -> bool:
        return (line.left - margin_left > CENTRED * width
                and margin_right - line.right > CENTRED * width)

    starts: list[bool | None] = []
    for n, line in enumerate(lines):
        before = lines[n - 1] if n else None
        if (_columns(line, gap) or centred(line)
                or (before and (_columns(before, gap) or centred(before)))):
            starts.append(None)
        elif line.left - margin_left > INDENT * width:
            starts.append(True)
        elif before is None:
            starts.append(None)
        else:
            starts.append(before.right < margin_right - SHORT * width)
    return starts
