"""Signed scans read by OCR: two real pages of ../shared/realdata's March 2026 submission
(page 1 the police's cover letter, page 2 the first page of the report it submits)."""

import os
import shutil

import pytest

from nlp import extract_report
from nlp.header import parse_header
from nlp.read import read_document
from nlp.read.marks import restore_line
from tests.conftest import ROOT
from tests.nlp.test_realdata import real

# In CI Tesseract is installed by .ci/run: there a missing one fails the test.
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="Tesseract is not installed (make install adds it)")
TRANSCRIPT = ROOT / "tests" / "fixtures" / "realdata" / "scan_transcript.json"


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory):
    """Pages 1-2 of the signed scan, as a PDF of their own (pictures copied, not redrawn)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(real("lamdong/da06_2026-03_signed_scan.pdf")))
    pdf = pdfium.PdfDocument.new()
    pdf.import_pages(source, [0, 1])
    path = tmp_path_factory.mktemp("scan") / "nop-bao-cao.pdf"
    pdf.save(str(path))
    return path


@pytest.fixture(scope="module")
def reading(two_pages, tmp_path_factory):
    os.environ["TRACKER_OCR_CACHE"] = str(tmp_path_factory.mktemp("ocr-cache"))
    seen = []
    result = read_document(two_pages, lambda done, total: seen.append((done, total)))
    return result, seen


@needs_tesseract
def test_a_cover_letter_and_its_report_in_one_scan_are_two_documents(reading):
    result, seen = reading
    assert seen == [(1, 2), (2, 2)]  # the progress callback, page by page
    assert result.scanned_pages == 2 and 50 < result.ocr_confidence <= 100
    assert [(p.first_page, p.last_page, p.scanned_pages) for p in result.parts] == [
        (1, 1, 1), (2, 2, 1)]
    letter, report = (parse_header(p.text) for p in result.parts)
    assert (letter.kind, letter.doc_type) == ("submission", "TỜ TRÌNH")
    assert letter.issuer == "CÔNG AN TỈNH LÂM ĐỒNG"  # OCR ran these capitals together
    assert letter.number is None  # the handwritten number is not read: never invented
    assert (report.kind, report.issuer_parent) == ("report", "UBND TỈNH LÂM ĐỒNG")
    assert report.issuer == ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, "
                             "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06")
    assert extract_report(result.parts[1].text).period.label == "tháng 3/2026"


@needs_tesseract
def test_a_page_is_read_once_then_comes_from_the_cache(two_pages, reading, monkeypatch):
    from nlp.read import ocr

    def no_second_reading(_):
        raise AssertionError("OCR ran again on a page it had read")

    monkeypatch.setattr(ocr, "_read", no_second_reading)
    assert read_document(two_pages).text == reading[0].text


@pytest.mark.parametrize(("seen", "meant"), [
    ("IL KÉT QUÁ CÁC MẶT CÔNG TÁC", "I. KẾT QUẢ CÁC MẶT CÔNG TÁC"),
    ("BAN CHÍ ĐẠO PHÁT TRIÊN KHOA HỌC, CÔNG NGHẸ, ĐỎI MỚI SÁNG TẠO",
     "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO"),
    ("CÔNG ANTỈNHLÂMĐÒNG", "CÔNG AN TỈNH LÂM ĐỒNG"),
    ("BỘCÔNGAN", "BỘ CÔNG AN"),
    ("văn bản đê triên khai các nhiệm vụ", "văn bản để triển khai các nhiệm vụ"),
    # what was read right stays as it was, abbreviations too
    ("Kế hoạch số 22-KH/TU ngày 14/01/2026 của Tỉnh ủy", "Kế hoạch số 22-KH/TU ngày 14/01/2026 của Tỉnh ủy"),
    ("UBND tỉnh ban hành Kế hoạch triển khai Nghị quyết", "UBND tỉnh ban hành Kế hoạch triển khai Nghị quyết"),
])
def test_misread_marks_are_put_back_from_the_words_around(seen, meant):
    assert restore_line(seen) == meant


@pytest.fixture(scope="module")
def page_break(tmp_path_factory):
    """Pages 3-4 of the signed scan: page 3 ends mid-sentence above two footnotes."""
    import pypdfium2 as pdfium

    os.environ["TRACKER_OCR_CACHE"] = str(tmp_path_factory.mktemp("ocr-cache-break"))
    source = pdfium.PdfDocument(str(real("lamdong/da06_2026-03_signed_scan.pdf")))
    pdf = pdfium.PdfDocument.new()
    pdf.import_pages(source, [2, 3])
    path = tmp_path_factory.mktemp("scan") / "trang-3-4.pdf"
    pdf.save(str(path))
    return read_document(path).text


@needs_tesseract
def test_footnotes_are_left_out_and_a_paragraph_carries_on_over_the_page_break(page_break):
    paragraphs = [" ".join(p.split()) for p in page_break.split("\n\n")]
    broken = next(p for p in paragraphs if p.startswith("- Rà soát, đơn giản hóa TTHC"))
    assert "cách hành chính. Ngay từ đầu năm" in broken  # page 4's first line, joined back
    assert "946/SKHCN" not in page_break  # footnote 1 of page 3
    # each indented paragraph of page 4 starts its own: none runs into the one before
    assert any(p.startswith("Thực hiện Nghị quyết số 66") for p in paragraphs)


def _tesseract_rows(rows):
    """image_to_data's dict for printed lines given as (left, top, height, words)."""
    data = {k: [] for k in ("text", "conf", "left", "top", "width", "height",
                            "block_num", "par_num", "line_num")}
    for number, (left, top, height, words) in enumerate(rows):
        x = left
        for word in words.split():
            width = 14 * len(word)
            for key, value in (("text", word), ("conf", 90), ("left", x), ("top", top),
                               ("width", width), ("height", height), ("block_num", 1),
                               ("par_num", 1), ("line_num", number)):
                data[key].append(value)
            x += width + 12
    return data


def test_lines_are_read_into_paragraphs_by_their_indent_and_their_ends():
    from nlp.read.ocr import _lines

    body = "chữ " * 23  # a full line (54 px a word), from the margin to the right edge
    rows = [(320, 100, 32, "Mở đầu " + "chữ " * 19),  # indented: begins a paragraph
            (226, 148, 32, body),                    # full: carries on
            (226, 196, 32, "chữ chữ hết."),         # ends short
            (236, 244, 32, "._— Ngoài ra " + "chữ " * 19),  # specks where the dash was
            (226, 292, 32, body),
            (322, 340, 32, "~ Tiếp theo " + "chữ " * 19),  # a dash read as a tilde
            (226, 388, 32, body),
            (226, 436, 32, body),
            # a rule, then footnotes in a smaller type set closer together
            (226, 540, 22, "1 Công văn số 946/SKHCN-VP " + "chữ " * 18),
            (226, 570, 22, "chữ " * 20)]
    page = _lines(_tesseract_rows(rows), 1654)
    assert not any("946" in line for line in page.lines)
    assert page.lines[3].startswith("- Ngoài ra") and page.lines[5].startswith("- Tiếp theo")
    assert page.starts == [True, False, False, True, False, True, False, False]
