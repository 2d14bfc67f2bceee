import re
import unicodedata

import pytest

from nlp.normalize import UPPER, collapse_spaces, for_matching, nfc, normalize_tone_marks
from nlp.tasks import places_named


@pytest.mark.parametrize(("old", "new"), [
    ("Hoà bình", "Hòa bình"),
    ("thuỷ lợi", "thủy lợi"),
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("Thuý", "Thúy"),
    ("hoàn thành", "hoàn thành"),   # final consonant: the mark stays on "à"
    ("quý I", "quý I"),             # "qu" + vowel is not "uy"
    ("Hòa", "Hòa"),
])
def test_tone_marks_move_to_the_modern_position(old, new):
    assert normalize_tone_marks(old) == new
    assert len(normalize_tone_marks(old)) == len(old)


def test_matching_form_keeps_length_so_offsets_hold():
    text = "Uỷ ban nhân dân tỉnh Quảng Ninh ban hành Kế hoạch hoà nhập"
    matching = for_matching(text)
    assert len(matching) == len(text)
    assert matching.startswith("ủy ban nhân dân")
    assert "hòa nhập" in matching


def test_nfc_composes_and_normalises_line_ends():
    decomposed = "Ke\u0302\u0301 hoa\u0323ch\r\nna\u0306m"
    assert nfc("\ufeff" + decomposed) == "Kế hoạch\nnăm"


def test_collapse_spaces():
    assert collapse_spaces("  a \n\n b\tc ") == "a b c"


def test_the_capitals_class_holds_every_vietnamese_capital_and_no_small_letter():
    # the range "À-Ỹ" also holds "đ", "á", "ế" …: a name test with it took any word for a name
    capital = re.compile("[" + UPPER + "]")
    small = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    toned = "".join(unicodedata.normalize("NFC", v + mark) for v in "aăâeêioôơuưy"
                    for mark in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"))
    assert not [c for c in small + toned if capital.fullmatch(c)]
    assert not [c for c in (small + toned).upper() if not capital.fullmatch(c)]


def test_places_after_a_collective_are_capitalised_names_not_small_words():
    assert places_named(": Trần Phú, Lê Lợi, Hải Cảng") == len(": Trần Phú, Lê Lợi, Hải Cảng")
    assert places_named(": đất đai, điện và đường") == 0
