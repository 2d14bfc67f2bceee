"""Word documents (python-docx): the follow-up list, and the urging letter (công văn đôn
đốc) to one unit in the layout of Nghị định 30/2020/NĐ-CP: the two-column header (issuing
body and number | national motto and dateline), the subject line, the addressee, the body
listing the unit's overdue and soon-due tasks with their sources, the recipients and the
signature block. Dates and numbers are left blank for the office to fill in at signing."""

import io
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from models import CONTINUING_KINDS
from tracker.labels import LEADING_CONNECTORS, LETTER_STATUS, STATUS, TIMELINESS
from tracker.queries import CommitmentRow

FONT = "Times New Roman"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc"
SOON_DAYS = 7


@dataclass(frozen=True)
class Sender:
    """Who writes the letter: the office's body as its header prints it."""

    parent: str = "ỦY BAN NHÂN DÂN"
    body: str = "TỈNH"
    symbol: str = "UBND-VP"
    place: str = ""
    signer: str = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def window(row: CommitmentRow, today: date) -> str | None:
    """"overdue", "due_soon" (within SOON_DAYS) or None: the deadline window of an
    unfinished task, judged on `today`. An ongoing duty or a recurring task has no end point
    to miss (its deadline is the period's end): it has no window."""
    if row.status == "done" or row.deadline is None or row.task_kind in CONTINUING_KINDS:
        return None
    if row.deadline < today:
        return "overdue"
    if row.deadline <= today + timedelta(days=SOON_DAYS):
        return "due_soon"
    return None


def _document(landscape: bool = False) -> WordDocument:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    return document


def _line(cell_or_doc, text: str, *, bold: bool = False, italic: bool = False,
          center: bool = False, size: int | None = None):
    paragraph = cell_or_doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    return paragraph


def _bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _header(document, sender: Sender, subject: str, today: date) -> None:
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    left, right = table.rows[0].cells
    for column, width in zip(table.columns, (Cm(6.5), Cm(9.5)), strict=True):
        column.width = width  # the grid LibreOffice reads: the motto fits on one line
        for cell in column.cells:
            cell.width = width
    left.paragraphs[0].text = ""
    _line(left, sender.parent.upper(), center=True, size=13)
    _line(left, sender.body.upper(), bold=True, center=True, size=13)
    _line(left, f"Số:        /{sender.symbol}", center=True, size=13)
    _line(left, f"V/v {subject}", center=True, size=12)
    _line(right, MOTTO, bold=True, center=True, size=12)
    _line(right, MOTTO_LINE, bold=True, center=True, size=13)
    dateline = f"{sender.place}, ngày      tháng {today.month:02d} năm {today.year}"
    _line(right, dateline.lstrip(", "), italic=True, center=True, size=13)
    document.add_paragraph()


def _source(row: CommitmentRow) -> str:
    """"văn bản số 120/TB-UBND ngày 05/5/2026", else the file it came from."""
    if not row.number:
        return row.source
    when = ""
    if row.issued and row.issued.day != 1:
        when = f" ngày {row.issued.day:02d}/{row.issued.month:02d}/{row.issued.year}"
    elif row.issued:
        when = f" tháng {row.issued.month:02d}/{row.issued.year}"
    return f"văn bản số {row.number}{when}"


def _task_line(number: int, row: CommitmentRow, today: date) -> str:
    deadline = row.deadline.strftime("%d/%m/%Y") if row.deadline else "không ghi thời hạn"
    state = LETTER_STATUS.get(row.status, row.status)
    state = state[:1].lower() + state[1:]
    late = " — đã quá hạn" if window(row, today) == "overdue" else ""
    return (f"{number}. {_own_line(row.text)} (theo {_source(row)}; thời hạn: {deadline}{late}; "
            f"{state}).")


def _own_line(text: str) -> str:
    """A task's words as a numbered line of their own: past a connector that joined it to
    the task before ("đồng thời chủ động liên hệ …" -> "Chủ động liên hệ …"), capitalised,
    without a closing stop."""
    text = text.strip().rstrip(" .;")
    connectors = "|".join(re.escape(c) for c in LEADING_CONNECTORS)
    text = re.sub(rf"^(?:{connectors})(?!\w)[\s,]*", "", text, flags=re.IGNORECASE) or text
    return text[:1].upper() + text[1:]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


def urging_letter(unit: str, rows: list[CommitmentRow], *, sender: Sender,
                  today: date) -> bytes:
    """The urging letter to `unit` for its unfinished tasks that are overdue or due within
    SOON_DAYS days; ValueError when it has none (there is nothing to urge)."""
    due = [r for r in rows if window(r, today)]
    if not due:
        raise ValueError(f"{unit}: không có nhiệm vụ quá hạn hoặc sắp đến hạn")
    overdue = sum(window(r, today) == "overdue" for r in due)
    document = _document()
    _header(document, sender, "đôn đốc thực hiện nhiệm vụ được giao", today)
    _line(document, f"Kính gửi: {unit}.", center=True)
    document.add_paragraph()
    intro = (f"Qua theo dõi việc thực hiện các nhiệm vụ được giao, đến ngày "
             f"{today.strftime('%d/%m/%Y')}, {unit} còn {overdue} nhiệm vụ đã quá hạn và "
             f"{len(due) - overdue} nhiệm vụ sẽ đến hạn trong {SOON_DAYS} ngày tới chưa có báo "
             "cáo hoàn thành, cụ thể:")
    body = document.add_paragraph(intro)
    body.paragraph_format.first_line_indent = Cm(1)
    # a task with a deadline window has a deadline
    for number, row in enumerate(sorted(due, key=lambda r: cast(date, r.deadline)), start=1):
        item = document.add_paragraph(_task_line(number, row, today))
        item.paragraph_format.first_line_indent = Cm(1)
        item.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    ask = (f"Đề nghị {unit} khẩn trương tổ chức thực hiện các nhiệm vụ nêu trên, báo cáo kết "
           f"quả về {_sentence_case(sender.parent)} {sender.body} trước ngày "
           f"{(today + timedelta(days=SOON_DAYS)).strftime('%d/%m/%Y')} để tổng hợp, theo dõi./.")
    closing = document.add_paragraph(ask)
    closing.paragraph_format.first_line_indent = Cm(1)
    document.add_paragraph()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    _line(left, "Nơi nhận:", bold=True, italic=True, size=12)
    _line(left, "- Như trên;", size=11)
    _line(left, "- Lưu: VT.", size=11)
    for line in sender.signer.split("\n"):
        _line(right, line, bold=True, center=True)
    return _bytes(document)


def follow_up_list(rows: list[CommitmentRow], *, title: str = "DANH SÁCH THEO DÕI NHIỆM VỤ",
                   today: date | None = None) -> bytes:
    """The follow-up list as a Word table (landscape): task, unit, deadline, status, timing,
    best evidence, source."""
    document = _document(landscape=True)
    _line(document, title, bold=True, center=True, size=14)
    if today:
        _line(document, f"(đến ngày {today.strftime('%d/%m/%Y')})", italic=True, center=True)
    document.add_paragraph()
    headers = ["STT", "Nhiệm vụ", "Đơn vị", "Thời hạn", "Trạng thái", "Đúng hạn", "Minh chứng",
               "Nguồn"]
    widths = [1.0, 7.0, 3.0, 2.2, 2.6, 2.2, 4.5, 2.2]  # cm, 24.7 across a landscape page
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for number, row in enumerate(rows, start=1):
        best = row.supporting
        cells = table.add_row().cells
        status = STATUS.get(row.status, row.status)
        if row.elements:  # a lead-in: its list's progress
            status += f" ({row.progress_text})"
        values = [str(number), ("↳ " if row.parent_id else "") + row.text,
                  row.responsible_unit or row.agency,
                  row.deadline.strftime("%d/%m/%Y") if row.deadline else "",
                  status, TIMELINESS.get(row.timeliness or "", ""),
                  best.text if best else "", best.source if best else row.source]
        for cell, value in zip(cells, values, strict=True):
            cell.paragraphs[0].add_run(value).font.size = Pt(11)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return _bytes(document)
