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

# Fill colours for status cells (Excel and the app), soft enough to print.
STATUS_COLOURS = {
    "done": "#C6EFCE",
    "in_progress": "#FFEB9C",
    "carried_over": "#F8CBAD",
    "not_reported": "#D9D9D9",
    "pending": "#DDEBF7",
}
