"""Readers for .txt (every encoding), .docx and .pdf, and a clear error for each bad input."""

from pathlib import Path

import pytest

from nlp import read
from nlp.read import ReadError, decode_text, read_file
from tests.conftest import cli, seed_path

SAMPLE = ("BÁO CÁO\n\nKết quả công tác tháng 4; nhiệm vụ trọng tâm tháng 5 năm 2014\n\n"
          "I. KẾT QUẢ CÔNG TÁC THÁNG 4\n\n- Hoàn thiện dự thảo Nghị quyết của Uỷ ban nhân dân tỉnh.\n")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _tcvn3(text: str) -> bytes:
    reverse = {letter: bytes([code]) for code, letter in read_tcvn3_table().items()}
    return b"".join(reverse.get(ch, ch.encode("latin-1", errors="strict") if ord(ch) < 256 else b"?")
                    for ch in text)


def read_tcvn3_table() -> dict[int, str]:
    from nlp.normalize import _TCVN3

    return _TCVN3


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_txt_in_common_encodings(tmp_path, encoding):
    from nlp.normalize import _decompose_tones

    # Windows-1258 writes tone marks as combining characters after the letter.
    data = (_decompose_tones(SAMPLE) if encoding == "cp1258" else SAMPLE).encode(encoding)
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    assert read_file(path) == SAMPLE


def test_seed_reads_unchanged():
    path = seed_path("000")
    assert read_file(path) == path.read_text(encoding="utf-8")


def test_legacy_tcvn3_is_converted(tmp_path):
    lower = SAMPLE.lower()  # TCVN3 keeps upper-case accented letters in another font
    path = tmp_path / "old.txt"
    path.write_bytes(_tcvn3(lower))
    assert read_file(path) == lower


def test_unknown_8bit_text_is_refused():
    with pytest.raises(ReadError, match="unknown text encoding"):
        decode_text(bytes(range(0x80, 0x100)) * 10 + b" abc def ")


def test_docx_paragraphs_tables_and_list_numbering(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác quý I năm 2015")
    document.add_heading("Kết quả thực hiện", level=1)
    document.add_paragraph("Ban hành Kế hoạch số 12/KH-STTTT.", style="List Number")
    document.add_paragraph("Tổ chức Hội nghị giao ban.", style="List Number")
    document.add_paragraph("Triển khai chữ ký số.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "STT", "Chỉ tiêu"
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Doanh thu"
    path = tmp_path / "report.docx"
    document.save(path)
    text = read_file(path)
    assert text.index("BÁO CÁO") < text.index("Kết quả thực hiện") < text.index("1. Ban hành")
    assert "1. Ban hành Kế hoạch số 12/KH-STTTT." in text
    assert "2. Tổ chức Hội nghị giao ban." in text
    assert "- Triển khai chữ ký số." in text
    assert "STT\tChỉ tiêu\n1\tDoanh thu" in text


def _pdf(path: Path, pages: list[list[str]], *, header: str = "", footer: bool = True) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            if header:
                self.set_font("dejavu", size=9)
                self.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            if footer:
                self.set_y(-15)
                self.set_font("dejavu", size=9)
                self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Report()
    pdf.add_font("dejavu", fname=str(FONT))
    for lines in pages:
        pdf.add_page()
        pdf.set_font("dejavu", size=11)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_lines_joined_and_running_lines_dropped(tmp_path):
    long_item = ("- Tham mưu cho UBND tỉnh ban hành và triển khai Kế hoạch số 494/KH-UBND ngày "
                 "28/01/2015 về Kế hoạch hợp tác truyền thông với các cơ quan báo chí, truyền thông "
                 "năm 2015 trên địa bàn tỉnh Quảng Ninh.")
    path = tmp_path / "report.pdf"
    _pdf(path, [["BÁO CÁO", "I. Kết quả công tác quý I năm 2015", long_item],
                ["- Tổ chức thành công 03 Hội nghị giao ban báo chí.", "II. Nhiệm vụ quý II"]],
         header="Sở Thông tin và Truyền thông - Báo cáo quý I")
    text = read_file(path)
    assert long_item in text                       # wrapped lines joined back
    assert "Báo cáo quý I" not in text             # running header dropped
    assert "\n1\n" not in text and not text.rstrip().endswith("2")   # page numbers dropped
    assert "- Tổ chức thành công 03 Hội nghị giao ban báo chí." in text


def test_a_pdf_page_without_words_even_to_ocr_is_refused(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 100, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(ReadError, match="^scan.pdf: no text found in the PDF, not even by OCR$"):
        read_file(path)


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.txt", b"", "empty"),
    ("junk.txt", bytes(range(256)) * 20, "binary"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "LibreOffice could not convert"),
    ("fake.pdf", b"not a pdf at all", "not a PDF"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a valid .docx"),
    ("report.rtf", b"{\\rtf1 hello}", "unsupported file type"),
])
def test_bad_inputs_give_one_clear_error(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError, match=message):
        read_file(path)


def test_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    with pytest.raises(ReadError, match="over the"):
        read_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "nope.txt")


def test_cli_prints_one_line_and_fails(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    result = cli("extract", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert "old.doc: LibreOffice could not convert this .doc" in result.stderr
    assert "Traceback" not in result.stderr


def test_reading_an_upload_from_memory_names_the_file():
    from nlp.read import read_bytes

    assert read_bytes(SAMPLE.encode("utf-8"), "bao-cao.txt") == SAMPLE
    with pytest.raises(ReadError, match="^hong.pdf: not a PDF file"):
        read_bytes(b"not a pdf", "../../hong.pdf")


def test_docx_heading_styles_become_headings(tmp_path):
    from docx import Document

    from nlp import extract_report
    from nlp.read import read_with_hints

    document = Document()
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác quý I và nhiệm vụ quý II năm 2015")
    document.add_heading("Kết quả công tác quý I", level=1)
    document.add_heading("Về Công nghệ thông tin", level=2)        # no number, no kind word
    document.add_paragraph("Triển khai chữ ký số tại các cơ quan nhà nước.")
    document.add_heading("Nhiệm vụ trọng tâm quý II", level=1)
    document.add_heading("Tổ chức bộ máy", level=2)
    document.add_paragraph("Tham mưu kiện toàn tổ chức bộ máy của Sở.")
    path = tmp_path / "styled.docx"
    document.save(path)
    text, hints = read_with_hints(path)
    assert sorted(hints.values()) == [1, 1, 2, 2]
    assert text[min(hints, key=lambda k: (hints[k], k)):].startswith("Kết quả công tác quý I")
    report = extract_report(path)
    (action,) = report.actions
    (commitment,) = report.commitments
    assert action.field == "Công nghệ thông tin" and "Về Công nghệ thông tin" in action.section
    assert commitment.field == "Tổ chức bộ máy, biên chế"


def test_a_docx_typed_in_legacy_fonts_reads_as_unicode(tmp_path):
    import docx

    from nlp.read import read_file

    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"  # the whole document's font: TCVN3
    document.add_paragraph().add_run("b¸o c¸o").font.name = ".VnTimeH"  # TCVN3 capitals
    document.add_paragraph("KÕt qu¶ c«ng t¸c th¸ng 5 vµ nhiÖm vô träng t©m th¸ng 6 n¨m 2024")
    document.add_paragraph().add_run("Toå chöùc taäp huaán cho caùn boä caáp xaõ.").font.name = (
        "VNI-Times")
    document.add_paragraph().add_run("Đà Nẵng (Unicode)").font.name = "Times New Roman"
    path = tmp_path / "cu.docx"
    document.save(path)
    assert read_file(path).strip().split("\n\n") == [
        "BÁO CÁO", "Kết quả công tác tháng 5 và nhiệm vụ trọng tâm tháng 6 năm 2024",
        "Tổ chức tập huấn cho cán bộ cấp xã.", "Đà Nẵng (Unicode)"]


def test_a_file_that_reads_too_long_stops_with_one_line_and_the_batch_goes_on(
        tmp_path, monkeypatch):
    from nlp.read import limits
    from tests.nlp.test_realdata import real
    from tests.tracker.conftest import SAMPLES
    from tracker.db import open_db
    from tracker.documents.ingest import ingest_paths

    monkeypatch.setattr(limits, "TIME_LIMIT_S", 0.0)  # every unit of work is over time
    for name in ("lamdong/da06_2025-09_final.docx",
                 "lamdong-directives/report_2025-11-06_cchc-indices.pdf"):
        with pytest.raises(ReadError, match=r"^[\w.-]+: reading took over 0 s and was "
                                            r"stopped \(a damaged or hostile file\?\)$"):
            read_file(real(name))
    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    summary = ingest_paths(engine, [real("lamdong/da06_2025-09_final.docx"),
                                    SAMPLES / "2024_q1.txt"])
    assert [o.state for o in summary.outcomes] == ["failed", "added"]
    assert summary.outcomes[0].message.startswith("da06_2025-09_final.docx: reading took")
    engine.dispose()


def test_a_doc_read_again_in_one_process_does_not_start_libreoffice_again(tmp_path,
                                                                          monkeypatch):
    from nlp.read import doc
    from tests.nlp.test_realdata import needs_libreoffice, real

    if needs_libreoffice.args[0]:
        pytest.skip(needs_libreoffice.kwargs["reason"])
    original = real("lamdong/da06_2025-08_draft.doc")
    first = read_file(original)
    copy = tmp_path / "ban-sao.doc"  # the same bytes under another name
    copy.write_bytes(original.read_bytes())

    def no_libreoffice(*_args, **_kwargs):
        raise AssertionError("LibreOffice started for a .doc already converted")

    monkeypatch.setattr(doc.subprocess, "Popen", no_libreoffice)
    assert read_file(copy) == first
    changed = tmp_path / "khac.doc"  # other bytes are converted: here, refused at once
    changed.write_bytes(original.read_bytes()[:-1] + b"\x01")
    with pytest.raises(AssertionError, match="LibreOffice started"):
        read_file(changed)
