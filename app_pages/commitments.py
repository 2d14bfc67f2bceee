"""Nhiệm vụ: every commitment with its status; pick one to see the detail."""

import streamlit as st

from app_pages import common

st.title("Nhiệm vụ")
statuses = st.multiselect("Trạng thái", list(common.STATUS_LABELS),
                          format_func=common.STATUS_LABELS.get, key="commitments_status")
rows = [r for r in common.rows(common.filters()) if not statuses or r["status"] in statuses]
st.caption(f"{len(rows)} nhiệm vụ")
table = [{"Mã": r["id"], "Nhiệm vụ": r["text"], "Kỳ giao": r["period"], "Lĩnh vực": r["field"],
          "Trạng thái": common.STATUS_LABELS[r["status"]],
          "Đúng hạn": common.TIMELINESS_LABELS.get(r["timeliness"] or "", ""),
          "Minh chứng": r["evidence"][0]["text"] if r["evidence"] else ""} for r in rows]
picked = st.dataframe(table, hide_index=True, width="stretch", key="commitments_table",
                      on_select="rerun", selection_mode="single-row")
chosen = picked.selection.rows if picked else []
if chosen and st.button("Xem chi tiết", key="commitments_open", type="primary"):
    st.session_state["detail_id"] = rows[chosen[0]]["id"]
    st.switch_page("app_pages/detail.py")
