"""Nhiệm vụ: every commitment with its status; pick one to see the detail."""

import streamlit as st

from app_pages import common

st.title("Nhiệm vụ")
statuses = st.multiselect("Trạng thái", list(common.STATUS_LABELS),
                          format_func=common.format_with(common.STATUS_LABELS),
                          key="commitments_status",
                          placeholder="Tất cả trạng thái")
rows = [r for r in common.rows(common.filters()) if not statuses or r["status"] in statuses]
elements = sum(r["parent_id"] is not None for r in rows)
st.caption(f"{len(rows) - elements} nhiệm vụ" + (
    f", trong đó có nhiệm vụ gồm nhiều việc: {elements} việc, mỗi việc xếp ngay dưới "
    "nhiệm vụ của mình (↳)" if elements else ""))


def status_cell(row: dict) -> str:
    label = common.status_label(row["status"], row["timeliness"])
    part = row["elements"]
    return f"{label} · {part['done']}/{part['total']} việc đã xong" if part else label


table = [{"Nhiệm vụ": ("↳ " if r["parent_id"] is not None else "") + r["text"],
          "Đơn vị": r["unit"] or r["agency"], "Kỳ giao": r["period"] or "",
          "Loại": common.TASK_KIND_LABELS.get(r["task_kind"] or "", ""),
          "Trạng thái": status_cell(r),
          "Đúng hạn": common.TIMELINESS_LABELS.get(r["timeliness"] or "", ""),
          "Minh chứng": r["supporting"]["text"] if r["supporting"] else ""} for r in rows]
# the short columns as wide as their usual values ("Tháng 10/2025", "Đang thực hiện"), so
# the status shows without scrolling (a cell's whole text shows on hover)
columns = {"Nhiệm vụ": st.column_config.TextColumn(width="large"),
           "Đơn vị": st.column_config.TextColumn(width=150),
           "Kỳ giao": st.column_config.TextColumn(width=110),
           "Loại": st.column_config.TextColumn(width=110),
           "Trạng thái": st.column_config.TextColumn(width=130),
           "Minh chứng": st.column_config.TextColumn(width="large")}
picked = st.dataframe(table, hide_index=True, width="stretch", key="commitments_table",
                      height=common.list_height(len(table)), on_select="rerun",
                      selection_mode="single-row", column_config=columns)
chosen = picked.selection.rows if picked else []
if chosen and st.button("Xem chi tiết", key="commitments_open", type="primary"):
    st.session_state["detail_id"] = rows[chosen[0]]["id"]
    st.switch_page("app_pages/detail.py")
