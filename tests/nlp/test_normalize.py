import pytest

from nlp.normalize import collapse_spaces, for_matching, nfc, normalize_tone_marks


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
