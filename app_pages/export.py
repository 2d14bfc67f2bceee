"""Xuất danh sách: choose, preview, download the follow-up list (Excel, Word or CSV)."""

import streamlit as st

from app_pages import common
from tracker import api

engine = common.get_engine()
st.title("Xuất danh sách theo dõi")
status = st.selectbox("Trạng thái", [""] + list(common.STATUS_LABELS),
                      format_func=lambda s: common.STATUS_LABELS.get(s, "Tất cả"),
                      key="export_status")
selected = common.filters()
rows = common.rows(selected, status or None)
st.caption(f"{len(rows)} nhiệm vụ")
# (a directive has no period of its own: blank, not Streamlit's "None")
st.dataframe([{"Nhiệm vụ": r["text"], "Đơn vị": r["unit"] or r["agency"],
               "Kỳ giao": r["period"] or "",
               "Trạng thái": common.status_label(r["status"], r["timeliness"]),
               "Minh chứng": r["supporting"]["text"] if r["supporting"] else ""} for r in rows],
             hide_index=True, width="stretch", height=common.list_height(len(rows)))
excel, word, text = st.columns(3)
excel.download_button("Tải Excel (.xlsx)",
                      api.export_file(engine, selected, "xlsx", status or None),
                      file_name="theo-doi-nhiem-vu.xlsx", key="export_xlsx", type="primary",
                      mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
word.download_button("Tải Word (.docx)",
                     api.export_file(engine, selected, "docx", status or None),
                     file_name="theo-doi-nhiem-vu.docx", key="export_docx",
                     mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
text.download_button("Tải CSV", api.export_file(engine, selected, "csv", status or None),
                     file_name="theo-doi-nhiem-vu.csv", mime="text/csv", key="export_csv")
