"""Word outputs: the urging letter (Nghị định 30 layout) and the follow-up list, opened by
python-docx and by LibreOffice."""

import io
import os
import shutil
import subprocess
import unicodedata
from datetime import date

import docx
import pytest

from tests.nlp.test_realdata import needs_libreoffice
from tracker.outputs.word import Sender, follow_up_list, urging_letter, window
from tracker.queries import CommitmentRow

TODAY = date(2026, 5, 28)


def row(text: str, deadline: date | None, status: str = "pending") -> CommitmentRow:
    return CommitmentRow(
        id=1, text=text, agency="Ủy ban nhân dân tỉnh Hà Nam", period=None, period_start=None,
        period_end=None, field=None, status=status, computed=status, reviewed=None,
        timeliness=None, deadline=deadline, progress=None, source="tb.docx · 120/TB-UBND",
        responsible_unit="Sở Nội vụ", note=None, kind="directive", number="120/TB-UBND",
        issued=date(2026, 5, 5))


@pytest.mark.parametrize(("deadline", "status", "expected"), [
    (date(2026, 5, 25), "pending", "overdue"), (date(2026, 6, 3), "in_progress", "due_soon"),
    (date(2026, 6, 30), "pending", None), (date(2026, 5, 1), "done", None), (None, "pending", None)])
def test_the_deadline_window_of_a_task(deadline, status, expected):
    assert window(row("x", deadline, status), TODAY) == expected


def letter() -> bytes:
    rows = [row("Tổ chức Hội nghị tập huấn nghiệp vụ", date(2026, 5, 25)),
            row("Rà soát quy chế phối hợp", date(2026, 6, 3), "in_progress"),
            row("Số hóa hồ sơ lưu trữ", date(2026, 12, 31)),
            row("Báo cáo sơ kết", date(2026, 5, 20), "done")]
    return urging_letter("Sở Nội vụ", rows, sender=Sender("Ủy ban nhân dân", "tỉnh Hà Nam",
                                                          place="Hà Nam"), today=TODAY)


def test_the_urging_letter_lists_what_is_overdue_or_due_soon():
    document = docx.Document(io.BytesIO(letter()))
    left, right = ([p.text for p in c.paragraphs] for c in document.tables[0].rows[0].cells)
    assert left[1:] == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "Số:        /UBND-VP",
                        "V/v đôn đốc thực hiện nhiệm vụ được giao"]
    assert right[1:] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Hà Nam, ngày      tháng 05 năm 2026"]  # the day is left to signing
    body = [p.text for p in document.paragraphs if p.text]
    assert body[0] == "Kính gửi: Sở Nội vụ."
    assert "còn 1 nhiệm vụ đã quá hạn và 1 nhiệm vụ sẽ đến hạn trong 7 ngày tới" in body[1]
    assert body[2].startswith("1. Tổ chức Hội nghị tập huấn nghiệp vụ (theo văn bản số "
                              "120/TB-UBND ngày 05/05/2026; thời hạn: 25/05/2026 — đã quá hạn")
    assert body[3].startswith("2. Rà soát quy chế phối hợp")
    assert not any("Số hóa hồ sơ" in p or "Báo cáo sơ kết" in p for p in body)
    assert "báo cáo kết quả về Ủy ban nhân dân tỉnh Hà Nam trước ngày 04/06/2026" in body[4]


def test_a_task_reads_as_a_line_of_its_own_in_the_letter():
    # the December letter's "…; đồng thời chủ động liên hệ Văn phòng Chính phủ …" is a task
    # of its own, and one its unit has sent no report on is not "chưa đến kỳ báo cáo"
    joined = row("đồng thời chủ động liên hệ Văn phòng Chính phủ để được cấp tài khoản.",
                 date(2026, 5, 20))
    document = docx.Document(io.BytesIO(urging_letter(
        "Văn phòng UBND tỉnh", [joined], sender=Sender(), today=TODAY)))
    line = next(p.text for p in document.paragraphs if p.text.startswith("1. "))
    assert line.startswith("1. Chủ động liên hệ Văn phòng Chính phủ để được cấp tài khoản (theo")
    assert line.endswith("— đã quá hạn; chưa có báo cáo).")


def test_no_letter_for_a_unit_with_nothing_due():
    with pytest.raises(ValueError, match="không có nhiệm vụ quá hạn"):
        urging_letter("Sở Y tế", [row("x", None)], sender=Sender(), today=TODAY)


@needs_libreoffice
def test_libreoffice_opens_the_letter_and_the_list(tmp_path):
    import pdfplumber

    for name, data in (("cong-van.docx", letter()),
                       ("danh-sach.docx", follow_up_list([row("Tổ chức Hội nghị", TODAY)]))):
        (tmp_path / name).write_bytes(data)
        profile = (tmp_path / "profile").as_uri()
        subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                        str(tmp_path / name)], check=True, capture_output=True, timeout=180,
                       env={**os.environ, "HOME": str(tmp_path)})
        with pdfplumber.open(tmp_path / name.replace(".docx", ".pdf")) as pdf:
            text = " ".join(unicodedata.normalize(
                "NFC", "\n".join(page.extract_text() or "" for page in pdf.pages)).split())
        expected = ("Kính gửi: Sở Nội vụ.", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") if (
            name == "cong-van.docx") else ("DANH SÁCH THEO DÕI NHIỆM VỤ", "Tổ chức Hội nghị")
        assert all(part in text for part in expected), text[:300]
