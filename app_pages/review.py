"""Rà soát: the machine's suggestions, most uncertain first; accept-and-next, undo."""

import streamlit as st

from app_pages import common
from tracker import api

user = common.require_editor()
engine = common.get_engine()
st.title("Rà soát minh chứng")

queue = api.review_queue(engine, common.filters())
skipped = st.session_state.setdefault("review_skipped", [])
waiting = [e for e in queue if e.link_id not in skipped] or queue
st.caption(f"{len(queue)} đề xuất đang chờ · khó xác định nhất xếp trước")

message = st.session_state.pop("review_message", None)
if message:
    st.success(message)

if not waiting:
    st.info("Không còn đề xuất nào chờ rà soát.")
else:
    entry = waiting[0]  # resume: the first one nobody has decided yet
    st.markdown(f"**Nhiệm vụ** ({common.plain(entry.period or '—')}, "
                f"{common.plain(entry.agency)}):")
    st.markdown(f"> {common.plain(entry.commitment)}")
    st.markdown("**Máy đề xuất minh chứng:**")
    st.markdown(f"> {common.plain(entry.sentence)}")
    st.caption(f"{common.plain(entry.source)} · điểm {entry.score:.2f} · trạng thái hiện tại: "
               f"{common.STATUS_LABELS[entry.status]}")
    accept, reject, skip = st.columns(3)
    if accept.button("Chấp nhận & tiếp", key="review_accept", type="primary"):
        api.accept(engine, entry.link_id, user=user)
        st.session_state["review_message"] = "Đã chấp nhận minh chứng."
        common.after_write()
        st.rerun()
    if reject.button("Bác bỏ & tiếp", key="review_reject"):
        api.reject(engine, entry.link_id, user=user)
        st.session_state["review_message"] = "Đã bác bỏ minh chứng."
        common.after_write()
        st.rerun()
    if skip.button("Bỏ qua", key="review_skip"):
        skipped.append(entry.link_id)
        st.rerun()
    with st.expander("Đặt trạng thái cho nhiệm vụ này"):
        status = st.selectbox("Trạng thái", list(common.STATUS_LABELS),
                              format_func=common.STATUS_LABELS.get, key="review_status")
        note = st.text_input("Ghi chú", key="review_note")
        if st.button("Lưu trạng thái", key="review_save_status"):
            api.set_status(engine, entry.commitment_id, status, user=user, note=note or None)
            st.session_state["review_message"] = "Đã lưu trạng thái."
            common.after_write()
            st.rerun()

if st.button("Hoàn tác thao tác gần nhất", key="review_undo"):
    try:
        undone = api.undo_last(engine, user=user)
    except api.ReviewError as exc:
        st.error(str(exc))
    else:
        st.session_state["review_message"] = (f"Đã hoàn tác: {undone}" if undone
                                              else "Không còn gì để hoàn tác.")
        common.after_write()
        st.rerun()
