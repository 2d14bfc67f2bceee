"""Follow-up lists as files: pure functions from rows to bytes (xlsx, csv, json, docx)."""

import csv
import io
import json
from pathlib import Path

import xlsxwriter

from tracker.labels import STATUS_COLOURS, TASK_KIND, TIMELINESS, status_label
from tracker.queries import CommitmentRow

HEADERS = ["STT", "Nhiệm vụ", "Đơn vị", "Lĩnh vực", "Kỳ giao", "Thời hạn", "Loại nhiệm vụ",
           "Trạng thái", "Tiến độ", "Đúng hạn", "Minh chứng", "Nguồn", "Ghi chú",
           "Thuộc nhiệm vụ"]
WIDTHS = [5, 60, 28, 22, 16, 11, 14, 18, 10, 16, 60, 30, 30, 40]
DEADLINE = HEADERS.index("Thời hạn")  # a typed date
STATUS_COLUMN = HEADERS.index("Trạng thái")  # coloured by status
# OWASP's list for CSV injection: a cell starting with one of these may run as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(text: str | None) -> str:
    """CSV cell text a spreadsheet will never run as a formula: an apostrophe before a
    leading = + - @ tab or carriage return (xlsx uses a quote-prefix format instead)."""
    text = text or ""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cells(number: int, row: CommitmentRow) -> list:
    best = row.supporting
    return [
        number, row.text, row.responsible_unit or row.agency, row.field or "", row.period or "",
        row.deadline, TASK_KIND.get(row.task_kind or "", ""),
        status_label(row.status, row.timeliness),
        row.progress_text,
        TIMELINESS.get(row.timeliness or "", ""), best.text if best else "",
        best.source if best else row.source, row.note or "", row.parent or "",
    ]


def to_json(rows: list[CommitmentRow]) -> bytes:
    return json.dumps([row.to_dict() for row in rows], ensure_ascii=False,
                      indent=2).encode("utf-8")


def to_csv(rows: list[CommitmentRow]) -> bytes:
    """UTF-8 with a BOM, so Excel shows Vietnamese; the best evidence in one column."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for number, row in enumerate(rows, start=1):
        cells = _cells(number, row)
        cells[DEADLINE] = cells[DEADLINE].strftime("%d/%m/%Y") if cells[DEADLINE] else ""
        writer.writerow([safe(c) if isinstance(c, str) else c for c in cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(rows: list[CommitmentRow], *, title: str = "Danh sách theo dõi nhiệm vụ") -> bytes:
    """Frozen header, auto-filter, wrapped text, typed dates, status colours."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False})
    sheet = book.add_worksheet("Theo dõi")
    header = book.add_format({"bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF",
                              "text_wrap": True, "valign": "vcenter", "border": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    quoted = book.add_format({"text_wrap": True, "valign": "top", "border": 1,
                              "quote_prefix": True})
    number = book.add_format({"valign": "top", "border": 1, "align": "center"})
    day = book.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    status_formats = {key: book.add_format({"bg_color": colour, "valign": "top", "border": 1,
                                            "text_wrap": True})
                      for key, colour in STATUS_COLOURS.items()}
    sheet.write_row(0, 0, HEADERS, header)
    for column, width in enumerate(WIDTHS):
        sheet.set_column(column, column, width)
    for index, row in enumerate(rows, start=1):
        cells = _cells(index, row)
        for column, value in enumerate(cells):
            if column == 0:
                sheet.write_number(index, column, value, number)
            elif column == DEADLINE:
                if value:
                    sheet.write_datetime(index, column, value, day)
                else:
                    sheet.write_blank(index, column, None, day)
            elif column == STATUS_COLUMN:
                sheet.write_string(index, column, value, status_formats.get(row.status, wrap))
            else:
                # A typed string cell is never run; Excel's quote prefix (not a literal
                # apostrophe) keeps it text even when someone edits the cell later.
                text = str(value)
                sheet.write_string(index, column, text,
                                   quoted if text.startswith(FORMULA_STARTS) else wrap)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(rows)), len(HEADERS) - 1)
    book.set_properties({"title": title})
    book.close()
    return buffer.getvalue()


def to_docx(rows: list[CommitmentRow]) -> bytes:
    from tracker.outputs.word import follow_up_list

    return follow_up_list(rows)


WRITERS = {"json": to_json, "csv": to_csv, "xlsx": to_xlsx, "docx": to_docx}


class ExportError(ValueError):
    """The export cannot go where it was asked to; the message says why in one line."""


SQLITE_MAGIC = b"SQLite format 3\x00"


def check_destination(path: Path, fmt: str, *, database: Path | None = None) -> None:
    """Refuse to write a follow-up list anywhere but a file of its own type: never over
    the database (or its journal), never over some other kind of file."""
    if database is not None:
        target = path.resolve()
        base = database.resolve()
        if target in (base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal"))):
            raise ExportError(f"{path} is the database itself; choose another file name")
    if path.is_dir():
        raise ExportError(f"{path} is a folder")
    if path.exists():
        with path.open("rb") as existing:
            if existing.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                raise ExportError(f"{path} is a database file, not an export; "
                                  "choose another file name")
    if path.suffix.lower() != f".{fmt}":
        raise ExportError(f"{path}: a {fmt} export must end in .{fmt}")

