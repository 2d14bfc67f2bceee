"""Vietnamese labels for statuses and timeliness, shared by exports and the app."""

STATUS = {
    "done": "Đã hoàn thành",
    "in_progress": "Đang thực hiện",
    "carried_over": "Chuyển kỳ sau",
    # Silence is not failure: readers would take "not done" for a verdict.
    "not_reported": "Chưa thấy báo cáo",
    "pending": "Chưa đến kỳ báo cáo",
}

TIMELINESS = {
    "on_time": "Đúng hạn",
    "late": "Hoàn thành quá hạn",
    "in_time": "Còn hạn",
    "overdue": "Quá hạn",
}

CUE = {"done": "đã xong", "in_progress": "đang làm", "not_done": "chưa xong",
       "planned": "kế hoạch"}

# Why the machine links a sentence to a commitment (the features of tracker/link.py).
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
}

# Fill colours for status cells (Excel and the app), soft enough to print.
STATUS_COLOURS = {
    "done": "#C6EFCE",
    "in_progress": "#FFEB9C",
    "carried_over": "#F8CBAD",
    "not_reported": "#D9D9D9",
    "pending": "#DDEBF7",
}
