"""Nhiệm vụ được giao: the register of tasks assigned by directive documents, by unit and
deadline window; per unit, its tasks and the urging letter (công văn đôn đốc) in Word."""

from datetime import date

import streamlit as st

from app_pages import common
from tracker import api

engine = common.get_engine()
st.title("Nhiệm vụ được giao")
today = date.today()
WINDOWS = {"": "Tất cả thời hạn", "overdue": "Quá hạn", "due_soon": "Đến hạn trong 7 ngày",
           "due": "Quá hạn hoặc sắp đến hạn"}
units = api.register_units(engine)
left, middle, right = st.columns([2, 1, 1])
unit = left.selectbox("Đơn vị được giao", [""] + units, key="register_unit",
                      format_func=lambda u: u or "Tất cả đơn vị")
window = middle.selectbox("Thời hạn", list(WINDOWS), format_func=common.format_with(WINDOWS),
                          key="register_window")
every = right.toggle("Cả nhiệm vụ trong báo cáo", key="register_all",
                     help="Thêm các nhiệm vụ các cơ quan tự đề ra trong báo cáo định kỳ")
choices = api.register_choices(engine)
by_leader, by_document = st.columns(2)
leader = by_leader.selectbox("Lãnh đạo chủ trì cuộc họp", [""] + choices["leaders"],
                             key="register_leader", format_func=lambda v: v or "Tất cả")
document = by_document.selectbox("Văn bản giao nhiệm vụ", [""] + choices["documents"],
                                 key="register_document", format_func=lambda v: v or "Tất cả")
rows = api.register(engine, today=today, unit=unit or None, deadline=window or None,
                    directives_only=not every, leader=leader or None,
                    document=document or None)
overdue = sum(r["window"] == "overdue" for r in rows)
soon = sum(r["window"] == "due_soon" for r in rows)
done = sum(r["status"] == "done" for r in rows)
cards = st.columns(4)
cards[0].metric("Nhiệm vụ", len(rows))
cards[1].metric("Đã hoàn thành", done)
cards[2].metric("Quá hạn", overdue)
cards[3].metric("Đến hạn trong 7 ngày", soon)
if not rows:
    st.info("Không có nhiệm vụ nào phù hợp. Nhập thông báo kết luận, công văn chỉ đạo hoặc kế "
            "hoạch ở trang Báo cáo để có danh sách nhiệm vụ được giao.")
    st.stop()
LATE = {"overdue": " · quá hạn", "due_soon": " · sắp đến hạn"}
table = [{"Nhiệm vụ": r["text"], "Đơn vị": r["unit"] or "—",
          "Nguồn": r["source"] + (f" · {r['leader']}" if r["leader"] else ""),
          "Thời hạn": common.day(r["deadline"]) + LATE.get(r["window"] or "", ""),
          "Trạng thái": common.status_label(r["status"], r["window"])} for r in rows]
st.dataframe(table, hide_index=True, width="stretch", key="register_table",
             height=common.list_height(len(table)),
             column_config={"Nhiệm vụ": st.column_config.TextColumn(width="large"),
                            "Đơn vị": st.column_config.TextColumn(width=140),
                            "Nguồn": st.column_config.TextColumn(width=110),
                            "Thời hạn": st.column_config.TextColumn(width=150),
                            "Trạng thái": st.column_config.TextColumn(width=130)})
excel, letter = st.columns(2)
excel.download_button("Tải danh sách (Excel)", api.register_file(engine, rows, "xlsx"),
                      file_name="nhiem-vu-duoc-giao.xlsx", key="register_xlsx",
                      mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
if unit:
    due = [r for r in rows if r["window"]]
    if due:
        try:
            data = api.urging_letter(engine, unit, today=today)
        except ValueError as exc:
            letter.caption(str(exc))
        else:
            letter.download_button(f"Tải công văn đôn đốc {unit} (.docx)", data,
                                   file_name="cong-van-don-doc.docx", key="register_letter",
                                   type="primary", mime="application/vnd.openxmlformats-"
                                   "officedocument.wordprocessingml.document")
    else:
        letter.caption(f"{unit} không có nhiệm vụ quá hạn hoặc sắp đến hạn: chưa cần đôn đốc.")
else:
    letter.caption("Chọn một đơn vị để xem riêng nhiệm vụ của đơn vị và tải công văn đôn đốc.")
