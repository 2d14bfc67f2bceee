"""Vietnamese labels for statuses, timeliness and task kinds, shared by exports and the app."""

from nlp import parse_warning

STATUS = {
    "done": "Đã hoàn thành",
    "in_progress": "Đang thực hiện",
    "carried_over": "Chuyển kỳ sau",
    # Silence is not failure: readers would take "not done" for a verdict.
    "not_reported": "Chưa thấy báo cáo",
    "pending": "Chưa đến kỳ báo cáo",
}

# A task's status as a letter to its unit says it: a task with no report yet past or near
# its deadline has not "not yet come to its reporting period" (the register's "Chưa đến kỳ
# báo cáo"), it has no report yet.
LETTER_STATUS = {**STATUS, "pending": "Chưa có báo cáo"}


def status_label(status: str, timeliness: str | None = None) -> str:
    """A task's status as a row shows it: a task no report covers yet whose deadline has
    passed ("overdue": its timeliness, or the register's window on today) is no longer "not
    yet due" but has no report yet (issue #11's two states of a directive with no report:
    "not yet due", "no report yet"); every other as STATUS."""
    if status == "pending" and timeliness == "overdue":
        return LETTER_STATUS["pending"]
    return STATUS.get(status, status)

# Words that join an atomic task to the one before it in its document ("…; đồng thời chủ
# động liên hệ …"): a task listed on its own line starts after them.
LEADING_CONNECTORS = ("đồng thời", "ngoài ra", "bên cạnh đó", "trong đó", "và")

TIMELINESS = {
    "on_time": "Đúng hạn",
    "late": "Hoàn thành quá hạn",
    "in_time": "Còn hạn",
    "overdue": "Quá hạn",
}

# What kind of task it is (DESIGN.md): one with an end point, a standing duty, or work
# repeated every period; an ongoing or recurring task is never overdue.
TASK_KIND = {
    "deliverable": "Có sản phẩm",
    "ongoing": "Thường xuyên",
    "recurring": "Định kỳ",
}

# What each role may do, as people read it (the policy itself: tracker.accounts).
ROLE = {"viewer": "Lãnh đạo (xem)", "editor": "Văn phòng (sửa)", "admin": "Quản trị"}

CUE = {"done": "đã xong", "in_progress": "đang làm", "not_done": "chưa xong",
       "planned": "kế hoạch"}

# Why the machine links a sentence to a commitment (the features of tracker/followup/link.py).
FEATURES = {
    "coverage": "trùng nội dung",
    "field": "cùng lĩnh vực",
    "document_ref": "cùng số văn bản",
    "plan": "cùng tên kế hoạch, đề án",
    "quantity": "khớp số lượng",
    "period_conflict": "khác năm",
    "action_missing": "không nhắc việc chính",
    "preparatory": "mới ở bước chuẩn bị",
    "list_element": "khớp một mục của danh sách",
    "side_match": "chỉ nhắc đến bên lề",
    "cited": "báo cáo thực hiện văn bản giao",
    "unit_named": "nêu tên đơn vị thực hiện",
    "same_unit": "cùng đơn vị thực hiện",
    "object_missing": "không nhắc đối tượng của việc",
    "other_unit": "kết quả của đơn vị khác",
    "topic": "nằm dưới mục cùng chủ đề",
    "direction_part": "phần chỉ đạo của đơn vị khác",
    "reported_back": "đã báo cáo như được giao",
}

# Fill colours for status cells (Excel and the app), soft enough to print.
STATUS_COLOURS = {
    "done": "#C6EFCE",
    "in_progress": "#FFEB9C",
    "carried_over": "#F8CBAD",
    "not_reported": "#D9D9D9",
    "pending": "#DDEBF7",
}


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def period_text(start, end, label: str | None = None) -> str | None:
    """One way to write a period everywhere, always with its year: "Tháng 9/2025",
    "Quý III/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025", "Năm 2025"; a range that
    is none of these as dates; the label as extracted when there are no dates."""
    import calendar

    if start is None or end is None:
        return label or None
    month_end = calendar.monthrange(end.year, end.month)[1]
    whole = start.day == 1 and end.day == month_end
    if whole and start.year == end.year:
        first, last, year = start.month, end.month, start.year
        if first == last:
            return f"Tháng {first}/{year}"
        if last - first == 2 and first % 3 == 1:
            return f"Quý {_ROMAN[(first + 2) // 3]}/{year}"
        if (first, last) == (1, 12):
            return f"Năm {year}"
        if (first, last) == (1, 6):
            return f"6 tháng đầu năm {year}"
        if (first, last) == (7, 12):
            return f"6 tháng cuối năm {year}"
        if (first, last) == (1, 9):
            return f"9 tháng năm {year}"
    return f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"


# What a person did, as the task's history says it (tracker.review's audit actions).
AUDIT_ACTIONS = {
    "link.confirmed": "Xác nhận minh chứng",
    "link.rejected": "Bác bỏ minh chứng",
    "link.suggested": "Bỏ quyết định về minh chứng",
    "link.add": "Thêm minh chứng",
    "status.set": "Đặt trạng thái",
    "status.clear": "Trả trạng thái về máy xác định",
    "item.edit": "Sửa nhiệm vụ",
    "item.split": "Tách nhiệm vụ",
    "item.merge": "Gộp nhiệm vụ",
    "tag.add": "Gắn nhãn",
    "tag.remove": "Bỏ nhãn",
    "undo": "Hoàn tác",
    "report.delete": "Xoá báo cáo",
}
VERDICT = {"confirmed": "đã xác nhận", "rejected": "đã bác bỏ", "suggested": "máy đề xuất"}
_FIELD_NAMES = {"note": "ghi chú", "text": "nội dung", "responsible_unit": "đơn vị chủ trì",
                "deadline": "thời hạn", "field": "lĩnh vực", "tag": "nhãn"}


def audit_action(action: str) -> str:
    return AUDIT_ACTIONS.get(action, "Thay đổi khác")


def audit_value(value: dict | None) -> str:
    """A before or after state as a person reads it: "Đã hoàn thành; ghi chú: …"."""
    if not value:
        return ""
    parts = []
    for key, item in value.items():
        if item in (None, "") or key in ("origin", "evidence_id", "action"):
            continue
        if key == "reviewed":
            parts.append(STATUS.get(item, str(item)))
        elif key == "verdict":
            parts.append(VERDICT.get(item, str(item)))
        elif key == "deadline" and isinstance(item, str) and len(item) == 10:
            parts.append(f"thời hạn: {item[8:10]}/{item[5:7]}/{item[:4]}")
        else:
            parts.append(f"{_FIELD_NAMES.get(key, key)}: {item}")
    return "; ".join(parts)

# What reading or extraction noted about a report (nlp speaks English, for the CLI; its
# kinds of warning are nlp.messages.TEMPLATES), as the app says it, with the values named.
WARNINGS = {
    "next_period": "Kỳ tới «{0}» không nối tiếp kỳ báo cáo «{1}» — kiểm tra lại kỳ",
    "long_paragraph": "Bỏ qua một đoạn dài {0} ký tự (vị trí {1}): quá dài để đọc",
    "invisible": "Đã bỏ các ký tự ẩn khỏi văn bản: {0}",
    "legacy": "Đã chuyển {0} dòng gõ bằng bảng mã TCVN3 cũ sang Unicode — nên soát lại",
}


def warning_text(warning: str) -> str:
    """A stored warning in Vietnamese (one of a kind nlp does not know, as it is)."""
    found = parse_warning(warning)
    return WARNINGS[found[0]].format(*found[1]) if found else warning
