"""Hostile and damaged files: one clear line each, bounded time and memory, and a batch
that goes on past them."""

import io
import resource
import time
import zipfile

import pytest
from docx import Document

from nlp import ReadError, extract_report, read_file


def docx_bytes(*paragraphs: str, numbering: str | None = None, body_xml: str | None = None) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text, style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    if numbering is None and body_xml is None:
        return buffer.getvalue()
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if numbering is not None and info.filename == "word/numbering.xml":
                data = numbering.encode()
            if body_xml is not None and info.filename == "word/document.xml":
                data = body_xml.encode()
            target.writestr(info, data)
    return out.getvalue()


def numbering_with(*, ilvl: str = "0", start: str = "1", fmt: str = "decimal") -> str:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (f'<w:numbering {w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{ilvl}">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/>'
            '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '</w:numbering>')


def body_numbered(ilvl: str) -> str:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (f'<w:document {w}><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/>'
            '<w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Tổ chức hội nghị.</w:t></w:r></w:p>'
            '</w:body></w:document>')


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_docx_zip_bomb_is_refused_before_unpacking(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        bomb.writestr("word/document.xml", b"<" + b"a" * (300 * 2**20))  # 300 MB of one byte
    path = write(tmp_path, "bomb.docx", out.getvalue())
    assert path.stat().st_size < 2 * 2**20
    started = time.monotonic()
    with pytest.raises(ReadError, match="bomb.docx: unpacks to"):
        read_file(path)
    assert time.monotonic() - started < 5


def test_a_numbering_level_of_a_billion_is_ignored(tmp_path):
    before = peak_mb()
    path = write(tmp_path, "levels.docx", docx_bytes(
        numbering=numbering_with(ilvl="1000000000"), body_xml=body_numbered("1000000000")))
    text = read_file(path)
    assert "Tổ chức hội nghị." in text
    assert peak_mb() - before < 200


def test_a_roman_list_starting_at_a_hundred_million_does_not_hang(tmp_path):
    path = write(tmp_path, "roman.docx", docx_bytes(
        numbering=numbering_with(start="100000000", fmt="upperRoman"), body_xml=body_numbered("0")))
    started = time.monotonic()
    text = read_file(path)
    assert time.monotonic() - started < 5
    assert "100000000. Tổ chức hội nghị." in text


@pytest.mark.parametrize(("name", "data", "message"), [
    ("broken-xml.docx", None, "not a valid .docx"),
    ("bad-numbering.docx", "numbering", "valid"),
    ("odd.txt", b"\xff\xfeB\x00\xc1\x00O\x00 \x00C\x00\xc1\x00O\x00\x00", None),
    ("truncated.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "damaged PDF"),
])
def test_damaged_files_give_one_line(tmp_path, name, data, message):
    if name == "broken-xml.docx":
        data = docx_bytes(body_xml="<w:document><not closed")
    elif data == "numbering":
        data = docx_bytes(numbering=numbering_with(start="abc"), body_xml=body_numbered("0"))
    path = write(tmp_path, name, data)
    if message is None:  # odd UTF-16 (a byte short): read, with a replacement character
        assert read_file(path).startswith("BÁO CÁO")
        return
    try:
        read_file(path)
    except ReadError as exc:
        assert message in str(exc) and "\n" not in str(exc) and name in str(exc)
    else:
        assert message == "valid"  # a numbering part we cannot use is simply ignored


def test_a_million_character_paragraph_is_skipped_with_a_warning():
    text = ("BÁO CÁO\n\nKết quả công tác quý I năm 2024\n\nI. KẾT QUẢ\n\n"
            "1. Tổ chức hội nghị tập huấn.\n\n" + "Tổ chức " + "a" * 1_000_000 + ".\n\n"
            "II. NHIỆM VỤ QUÝ II\n\n1. Triển khai phần mềm quản lý văn bản.\n")
    started = time.monotonic()
    report = extract_report(text)
    assert time.monotonic() - started < 30
    assert any("too long" in w for w in report.warnings)
    assert [i.text for i in report.commitments] == ["Triển khai phần mềm quản lý văn bản."]


def test_an_encrypted_pdf_is_one_line(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Bao cao quy I nam 2024 " * 5)
    pdf.set_encryption(owner_password="chu", user_password="mat khau")
    path = write(tmp_path, "locked.pdf", bytes(pdf.output()))
    with pytest.raises(ReadError, match="locked.pdf"):
        read_file(path)


def test_a_batch_goes_on_past_every_bad_file(tmp_path):
    from tests.tracker.conftest import SAMPLES
    from tracker.db import open_db
    from tracker.documents.ingest import ingest_paths

    bad = [write(tmp_path, "bomb.docx", b"PK\x03\x04junk"), write(tmp_path, "x.pdf", b"%PDF-1.4"),
           write(tmp_path, "empty.txt", b"")]
    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    summary = ingest_paths(engine, [*bad, SAMPLES / "2024_q1.txt"])
    assert [o.state for o in summary.outcomes] == ["failed", "failed", "failed", "added"]
    assert all(o.source in o.message for o in summary.outcomes[:3])
    engine.dispose()


@pytest.mark.parametrize("mark", ["\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u200e"])
def test_invisible_characters_in_words_drop_no_item(mark):
    """A zero-width joiner, soft hyphen, word joiner or direction mark inside words (pasted
    from the web or another editor) is taken out as the file is read: the same items."""
    from nlp import read_bytes
    from tests.conftest import ROOT

    clean = (ROOT / "data" / "samples" / "2024_q1.txt").read_text(encoding="utf-8")
    marked = "".join(c + mark if c in "aeiou" else c for c in clean)  # in every word
    read = read_bytes(marked.encode("utf-8"), "2024_q1.txt")
    assert mark not in read
    expected = [(i.kind, i.text) for i in extract_report(clean).items]
    assert [(i.kind, i.text) for i in extract_report(read).items] == expected


def test_the_report_says_which_invisible_characters_were_taken_out(tmp_path):
    from sqlmodel import Session, select

    from models import Report
    from nlp import read_bytes_document
    from tests.conftest import ROOT
    from tracker.db import open_db
    from tracker.documents.ingest import ingest_paths

    clean = (ROOT / "data" / "samples" / "2024_q1.txt").read_text(encoding="utf-8")
    assert read_bytes_document(clean.encode("utf-8"), "x.txt").notes == []
    marked = clean.replace("hành", "h\u00adành").replace("tỉnh", "tỉ\u200bnh")
    reading = read_bytes_document(marked.encode("utf-8"), "x.txt")
    assert reading.invisible == ["U+00AD SOFT HYPHEN", "U+200B ZERO WIDTH SPACE"]
    path = tmp_path / "2024_q1.txt"
    path.write_text(marked, encoding="utf-8")
    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    ingest_paths(engine, [path])
    with Session(engine) as session:
        warnings = session.exec(select(Report.warnings)).one()
    assert warnings == ["invisible characters were taken out of the text: U+00AD SOFT "
                        "HYPHEN, U+200B ZERO WIDTH SPACE"]
    engine.dispose()


def test_extract_says_which_invisible_characters_it_took_out(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("BÁO CÁO\nKết quả công tác\nI. KẾT QUẢ\n1. Đã tổ chức hội nghị tập "
                    "hu\u200dấn cho 50 cán bộ.\n", encoding="utf-8")
    assert extract_report(path).warnings[-1] == ("invisible characters were taken out of "
                                                 "the text: U+200D ZERO WIDTH JOINER")


def _as_tcvn3(line: str) -> str | None:
    """A line as a ".VnTime" document would paste it into Unicode text, or None when it
    holds a letter TCVN3's lower-case font cannot type (an accented capital)."""
    from nlp.normalize import _TCVN3

    typed = {letter: chr(code) for code, letter in _TCVN3.items()}
    out = []
    for c in line:
        if c.isascii():
            out.append(c)
        elif c in typed:
            out.append(typed[c])
        else:
            return None
    return "".join(out)


def test_lines_typed_in_tcvn3_inside_unicode_text_drop_no_item():
    """A real report with its lines that TCVN3 can type pasted from a legacy-font document
    ("Thùc hiÖn …" inside Unicode text) gives the same items as the clean report, and its
    reading says how many lines were decoded."""
    from nlp import read_bytes_document
    from tests.conftest import seed_text

    clean = seed_text("001")
    lines = clean.split("\n")
    mixed = [(_as_tcvn3(line) or line) if len(line) > 40 else line for line in lines]
    changed = sum(a != b for a, b in zip(lines, mixed, strict=True))
    assert changed >= 10
    reading = read_bytes_document("\n".join(mixed).encode("utf-8"), "001.txt")
    assert reading.text == clean
    assert reading.notes == [f"{changed} lines typed in the legacy TCVN3 encoding were decoded"]
    assert [(i.kind, i.text) for i in extract_report(reading.text).items] == \
        [(i.kind, i.text) for i in extract_report(clean).items]
    # Unicode lines with such characters on their own are left alone
    from nlp.normalize import repair_tcvn3_lines

    kept = "· Tổ chức hội nghị\n· · ·\nNhiệt độ 25°C ± 2\nĐiều 3 § 2"
    assert repair_tcvn3_lines(kept) == (kept, 0)
