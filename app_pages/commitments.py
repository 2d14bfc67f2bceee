"""Nhiệm vụ: every commitment with its status; pick one to see the detail."""

import streamlit as st

from app_pages import common

st.title("Nhiệm vụ")
statuses = st.multiselect("Trạng thái", list(common.STATUS_LABELS),
                          format_func=common.STATUS_LABELS.get, key="commitments_status",
                          placeholder="Tất cả trạng thái")
rows = [r for r in common.rows(common.filters()) if not statuses or r["status"] in statuses]
st.caption(f"{len(rows)} nhiệm vụ")
table = [{"Nhiệm vụ": r["text"], "Kỳ giao": r["period"], "Lĩnh vực": r["field"],
          "Trạng thái": common.STATUS_LABELS[r["status"]],
          "Đúng hạn": common.TIMELINESS_LABELS.get(r["timeliness"] or "", ""),
          "Minh chứng": r["supporting"]["text"] if r["supporting"] else ""} for r in rows]
columns = {"Nhiệm vụ": st.column_config.TextColumn(width="large"),
           "Kỳ giao": st.column_config.TextColumn(width="small"),
           "Trạng thái": st.column_config.TextColumn(width="small"),
           "Minh chứng": st.column_config.TextColumn(width="large")}
picked = st.dataframe(table, hide_index=True, width="stretch", key="commitments_table",
                      on_select="rerun", selection_mode="single-row", column_config=columns)
chosen = picked.selection.rows if picked else []
if chosen and st.button("Xem chi tiết", key="commitments_open", type="primary"):
    st.session_state["detail_id"] = rows[chosen[0]]["id"]
    st.switch_page("app_pages/detail.py")
