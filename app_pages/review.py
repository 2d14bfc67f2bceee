"""Rà soát: the machine's suggestions, most uncertain first, each in its context; accept,
reject, move on or back, undo, by keyboard too."""

import streamlit as st

from app_pages import common
from tracker import api

user = common.require_editor()
engine = common.get_engine()
st.title("Rà soát minh chứng")

left, right = st.columns(2)
unit = left.selectbox("Đơn vị chủ trì", [""] + api.register_units(engine), key="review_unit",
                      format_func=lambda u: u or "Tất cả đơn vị")
status = right.selectbox("Trạng thái hiện tại", [""] + list(common.STATUS_LABELS),
                         key="review_status_filter",
                         format_func=lambda s: common.STATUS_LABELS.get(s, "Tất cả trạng thái"))
queue = api.review_queue(engine, common.filters(), unit=unit or None, status=status or None)
done = st.session_state.setdefault("review_done", 0)  # decided in this sitting
position = min(st.session_state.get("review_position", 0), max(0, len(queue) - 1))

message = st.session_state.pop("review_message", None)
if message:
    st.success(message)

if not queue:
    st.info("Không còn đề xuất nào chờ rà soát.")
else:
    entry = queue[position]
    st.progress(done / (done + len(queue)),
                text=f"Đề xuất {position + 1}/{len(queue)} đang chờ · đã quyết định {done} "
                     "trong lần này · khó xác định nhất xếp trước")
    st.markdown(f"**Nhiệm vụ** ({common.plain(entry.period or '—')}, "
                f"{common.plain(entry.unit or entry.agency)}):")
    st.markdown(f"> {common.plain(entry.commitment)}")
    with st.expander("Đoạn văn giao nhiệm vụ"):
        st.text(entry.context)
    st.markdown("**Máy đề xuất minh chứng** (câu được tô trong đoạn của báo cáo sau):")
    start, end = entry.highlight
    text = entry.paragraph or entry.sentence
    if not entry.paragraph:
        start, end = 0, len(text)
    st.markdown(common.plain(text[:start]) + "<mark>" + common.plain(text[start:end])
                + "</mark>" + common.plain(text[end:]), unsafe_allow_html=True)
    scanned = f" · {entry.scanned}" if entry.scanned else ""
    st.caption(f"{common.plain(entry.source)} · điểm {entry.score:.2f} · trạng thái hiện tại: "
               f"{common.STATUS_LABELS[entry.status]} · nếu chấp nhận: "
               f"{common.STATUS_LABELS[entry.if_accepted]}{scanned}")
    common.scan_page(entry.report_id, entry.page, key=f"review_scan_{entry.link_id}")

    # The queue is read again on every click: a decision is taken only on the suggestion
    # the page showed when the reviewer clicked (a suggestion that another reviewer has just
    # decided must not pass the click on to the one that took its place). The buttons keep
    # one key, so their keyboard shortcuts stay bound from one suggestion to the next.
    shown = st.session_state.get("review_shown")
    st.session_state["review_shown"] = entry.link_id

    def decided(text: str) -> None:
        st.session_state["review_done"] = done + 1
        st.session_state["review_message"] = text
        common.after_write()
        st.rerun()

    def still_shown() -> bool:
        if shown == entry.link_id:
            return True
        st.warning("Đề xuất vừa xem đã được người khác quyết định; đây là đề xuất tiếp theo, "
                   "chưa có gì thay đổi.")
        return False

    accept, reject, back, skip = st.columns(4)
    if accept.button("Chấp nhận & tiếp (A)", key="review_accept", type="primary",
                     shortcut="A") and still_shown():
        api.accept(engine, entry.link_id, user=user)
        decided("Đã chấp nhận minh chứng.")
    if reject.button("Bác bỏ & tiếp (B)", key="review_reject", shortcut="B") and still_shown():
        api.reject(engine, entry.link_id, user=user)
        decided("Đã bác bỏ minh chứng.")
    if back.button("Đề xuất trước (P)", key="review_previous", shortcut="P",
                   disabled=position == 0):
        st.session_state["review_position"] = position - 1
        st.rerun()
    if skip.button("Đề xuất sau (N)", key="review_skip", shortcut="N",
                   disabled=position >= len(queue) - 1):
        st.session_state["review_position"] = position + 1
        st.rerun()
    with st.expander("Đặt trạng thái cho nhiệm vụ này"):
        chosen = st.selectbox("Trạng thái", list(common.STATUS_LABELS),
                              format_func=common.format_with(common.STATUS_LABELS),
                              key=f"review_status_{entry.commitment_id}")
        note = st.text_input("Ghi chú", key=f"review_note_{entry.commitment_id}")
        if st.button("Lưu trạng thái", key=f"review_save_status_{entry.commitment_id}") \
                and still_shown():
            api.set_status(engine, entry.commitment_id, chosen, user=user, note=note or None)
            decided("Đã lưu trạng thái.")

if st.button("Hoàn tác thao tác gần nhất (Z)", key="review_undo", shortcut="Z"):
    try:
        undone = api.undo_last(engine, user=user)
    except api.ReviewError as exc:
        st.error(str(exc))
    else:
        st.session_state["review_message"] = (f"Đã hoàn tác: {undone}" if undone
                                              else "Không còn gì để hoàn tác.")
        st.session_state["review_done"] = max(0, done - 1) if undone else done
        common.after_write()
        st.rerun()
st.caption("Phím tắt: A chấp nhận · B bác bỏ · N đề xuất sau · P đề xuất trước · "
           "Z hoàn tác (khi con trỏ không ở trong ô nhập).")
