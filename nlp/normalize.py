"""Text normalisation: NFC, legacy TCVN3 decoding, tone-mark placement and whitespace.

Every function that is used for matching keeps the string length, so character offsets
computed on the normalised form index the text as read.
"""

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

# TCVN3 (ABC, the ".Vn" fonts) byte -> letter. Upper-case accented letters live in a
# separate font in TCVN3 and share these codes, so they come back in lower case.
_TCVN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_TCVN3_TABLE = {chr(code): letter for code, letter in _TCVN3.items()}
_TCVN3_TRANSLATION = str.maketrans(_TCVN3_TABLE)

# Words frequent in any administrative report; used to tell a right decoding from a wrong one.
_COMMON_WORDS = frozenset(
    "và của các được trong năm thông tin tỉnh công tác nhiệm vụ với cho đã thực hiện "
    "triển khai tổ chức về báo cáo kế hoạch những một là có không này theo đơn vị".split()
)
_WORD = re.compile(r"\w+")


def vietnamese_score(text: str) -> int:
    """How many of the first 2,000 words are common Vietnamese words."""
    words = _WORD.findall(text[:20000].lower())[:2000]
    return sum(word in _COMMON_WORDS for word in words)


def decode_tcvn3(data: bytes) -> str:
    """Decode bytes written in the legacy TCVN3 (ABC) encoding."""
    return decode_tcvn3_text(data.decode("latin-1"))


# VNI (the "VNI-" fonts): a letter, then up to two mark characters of Windows-1252. Built
# from the encoding's rules rather than listed: tones after a vowel (sắc ù, huyền ø, hỏi û,
# ngã õ, nặng ï), â ê ô as vowel + "â", ă as a + "ê", a vowel mark and a tone as one
# character (ấ á, ầ à, ẩ å, ẫ ã, ậ ä after a circumflex; ắ é, ằ è, ẳ ú, ẵ ü, ặ ë after a
# breve), and letters of their own (ơ ô, ư ö, đ ñ, ì í æ ó ò for i, ỵ î). Capitals use the
# capital forms of the same characters.
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_CIRCUMFLEX_TONES = {"á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303",
                         "ä": "\u0323"}
_VNI_BREVE_TONES = {"é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303",
                    "ë": "\u0323"}
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ",
                "ò": "ị", "î": "ỵ"}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(code: str, letter: str) -> None:
        letter = unicodedata.normalize("NFC", letter)
        table[code] = letter
        table[code.upper()] = letter.upper()

    for code, letter in _VNI_LETTERS.items():
        add(code, letter)
    for vowel in "aeiouy":
        for mark, tone in _VNI_TONES.items():
            add(vowel + mark, vowel + tone)
    for vowel in "aeo":
        add(vowel + "â", vowel + "\u0302")
        for mark, tone in _VNI_CIRCUMFLEX_TONES.items():
            add(vowel + mark, vowel + "\u0302" + tone)
    add("aê", "a\u0306")
    for mark, tone in _VNI_BREVE_TONES.items():
        add("a" + mark, "a\u0306" + tone)
    for code, letter in (("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _VNI_TONES.items():
            add(code + mark, letter + tone)
    return table


_VNI_TABLE = _vni_table()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(_VNI_TABLE, key=len,
                                                                    reverse=True)))


def decode_vni(text: str) -> str:
    """Text typed in a VNI font (its characters are Windows-1252 ones) as Unicode."""
    return _VNI_PATTERN.sub(lambda m: _VNI_TABLE[m.group(0)], text)


def decode_tcvn3_text(text: str, capitals: bool = False) -> str:
    """Text typed in a TCVN3 (.Vn) font: its characters stand for the TCVN3 bytes. In the
    capitals fonts (".VnTimeH") the accented capitals share the lower-case codes."""
    decoded = text.translate(_TCVN3_TRANSLATION)
    return decoded.upper() if capitals else decoded


# Old-style tone placement ("hoà", "thuỷ", "Uỷ") -> the placement underthesea and most
# current documents use ("hòa", "thủy", "Ủy"): the mark moves to the first vowel of a final
# "oa", "oe", "uy". "qu" + vowel is left alone ("quý"). Works on NFC text, pair by pair.
_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_OLD_STYLE = re.compile(
    r"(?<![qQ\w])(\w*?)(?<![qQ])([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\w)"
    r"|(?<![qQ\w])(\w*?)(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\w)")


def _move_mark(match: re.Match[str]) -> str:
    head, first, second = (match.group(1, 2, 3) if match.group(2) else match.group(4, 5, 6))
    base, mark = tuple(unicodedata.normalize("NFD", second)[:2])
    return head + unicodedata.normalize("NFC", first + mark) + base


def normalize_tone_marks(text: str) -> str:
    """Move tone marks to the modern position; the result has the same length as NFC input."""
    return _OLD_STYLE.sub(_move_mark, text)


def _decompose_tones(text: str) -> str:
    """Split off only the tone mark: ă, â, ê, ô, ơ, ư stay composed (as Windows-1258 does)."""
    out = []
    for ch in text:
        nfd = unicodedata.normalize("NFD", ch)
        tones = [mark for mark in nfd[1:] if mark in _MARKS]
        if tones:
            base = nfd[0] + "".join(mark for mark in nfd[1:] if mark not in _MARKS)
            out.append(unicodedata.normalize("NFC", base) + tones[0])
        else:
            out.append(ch)
    return "".join(out)


def for_matching(text: str) -> str:
    """Lower case with modern tone placement; same length as `text` (NFC input)."""
    return normalize_tone_marks(text).lower()


def without_marks(text: str) -> str:
    """Upper case without tone or vowel marks ("Độc lập" -> "DOC LAP"): what survives a
    misread mark."""
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in bare if not unicodedata.combining(c)).upper()


_SPACES = re.compile(r"\s+")


def collapse_spaces(text: str) -> str:
    """One space for any run of white space, none at the ends."""
    return _SPACES.sub(" ", text).strip()


_INLINE_SPACES = re.compile(r"[^\S\n]{2,}")


def one_spaced(text: str) -> str:
    """One space for a run of them on a line, line breaks kept: for telling what words
    follow ("… tỉnh thường  xuyên cập nhật …", as pages copied from the web write it), not
    for offsets."""
    return _INLINE_SPACES.sub(" ", text)


# Characters a reader never sees that split words for the machine: soft hyphen, zero-width
# spaces and joiners, direction marks and embeddings, word joiner, a BOM inside the text.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


# the capitals of Vietnamese, for a character class ("[" + UPPER + "]"); the range "À-Ỹ"
# is no such class: it also holds "đ", "á", … in lower case
UPPER = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"

# Letters of Latin-1 that Vietnamese Unicode text uses itself; the other characters of the
# TCVN3 table ("§", "¸", "µ", "Ö" …) in a word of Unicode text are TCVN3 typed into it.
_VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TCVN3_ONLY = "".join(sorted(c for c in _TCVN3_TABLE if c not in _VIETNAMESE_LATIN1))
_TCVN3_IN_WORD = re.compile(rf"[A-Za-z][{_TCVN3_ONLY}]|[{_TCVN3_ONLY}][A-Za-z]")
_BEYOND_LATIN1 = re.compile(r"[\u0100-\u024f\u1e00-\u1eff]")  # ă đ ơ ư ạ ả ấ …


def repair_tcvn3_lines(text: str) -> tuple[str, int]:
    """Lines of Unicode text typed in the legacy TCVN3 encoding (pasted from a ".VnTime"
    document: "Thùc hiÖn nhiÖm vô" for "Thực hiện nhiệm vụ"), decoded; and how many. A line
    is TCVN3 when a word of it holds a character of the TCVN3 table that Vietnamese
    Unicode never uses ("Thuª"), and it has no letter of Unicode Vietnamese beyond Latin-1
    (ă, đ, ơ, ư, ạ …): a bullet "·" or a "§ 2" outside words changes nothing. (A line of
    German or Danish, "Müller Straße", would be taken for TCVN3.)"""
    if not _TCVN3_IN_WORD.search(text):
        return text, 0
    lines = text.split("\n")
    count = 0
    for n, line in enumerate(lines):
        if _TCVN3_IN_WORD.search(line) and not _BEYOND_LATIN1.search(line):
            lines[n] = decode_tcvn3_text(line)
            count += 1
    return "\n".join(lines), count


@dataclass
class Changes:
    """What nfc() changed while reading one file."""

    invisible: set[str] = field(default_factory=set)  # invisible characters taken out
    legacy_lines: int = 0  # lines typed in TCVN3 inside Unicode text, decoded


_CHANGES: ContextVar[Changes | None] = ContextVar("reading_changes", default=None)


@contextmanager
def noting_changes() -> Iterator[Changes]:
    """Within the block, what nfc() changes (invisible characters taken out, TCVN3 lines
    decoded) is gathered in the Changes it gives, so a reader can say what it changed."""
    changes = Changes()
    token = _CHANGES.set(changes)
    try:
        yield changes
    finally:
        _CHANGES.reset(token)


def nfc(text: str) -> str:
    """Unicode NFC, line endings as \\n, no BOM, no invisible characters (INVISIBLE), a
    non-breaking space as a space, lines typed in TCVN3 decoded (repair_tcvn3_lines)."""
    changes = _CHANGES.get()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, legacy = repair_tcvn3_lines(text)
    if changes is not None:
        changes.invisible.update(INVISIBLE.findall(text))
        changes.legacy_lines += legacy
    text = unicodedata.normalize("NFC", text)
    return INVISIBLE.sub("", text.replace("\u00a0", " "))


def top_level_colon(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The first ":" in text[start:end] outside brackets and quotes, or None."""
    depth = 0
    quoted = False
    for i in range(start, len(text) if end is None else min(end, len(text))):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in "“”\"":
            quoted = c == "“" or (c == '"' and not quoted)
        elif c == ":" and depth == 0 and not quoted:
            return i
    return None
