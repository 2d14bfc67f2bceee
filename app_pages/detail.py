"""Chi tiết nhiệm vụ: the commitment in context, its status, evidence and history."""

import streamlit as st

from app_pages import common
from tracker import api

st.title("Chi tiết nhiệm vụ")
rows = common.rows(common.filters())
if not rows:
    st.info("Chưa có nhiệm vụ nào phù hợp bộ lọc.")
    st.stop()
ids = [r["id"] for r in rows]
default = st.session_state.get("detail_id")
chosen = st.selectbox("Nhiệm vụ", ids, index=ids.index(default) if default in ids else 0,
                      format_func=lambda i: next(r["text"] for r in rows if r["id"] == i)[:140],
                      key="detail_pick")
st.session_state["detail_id"] = chosen
detail = api.commitment_detail(common.get_engine(), chosen)
if detail is None:
    st.error("Không tìm thấy nhiệm vụ này.")
    st.stop()

st.markdown(f"### {common.plain(detail.text)}")
kind = common.TASK_KIND_LABELS.get(detail.task_kind or "", "—")
st.caption(common.plain(f"{detail.agency} · {detail.source} · Kỳ giao: {detail.period or '—'} · "
                        f"Lĩnh vực: {detail.field or '—'} · Đơn vị chủ trì: "
                        f"{detail.responsible_unit or '—'} · Loại: {kind}") + " · Thời hạn: "
           f"{detail.deadline.strftime('%d/%m/%Y') if detail.deadline else '—'}")
status = common.status_label(detail.status, detail.timeliness)
# an ongoing duty has no timeliness: nothing after the status then, not a dangling " · "
timing = f" · {common.TIMELINESS_LABELS[detail.timeliness]}" if detail.timeliness else ""
progress = f" · Tiến độ {detail.progress:.0%}" if detail.progress is not None else ""
if detail.elements:
    done = sum(e["status"] == "done" for e in detail.elements)
    progress = f" · {done}/{len(detail.elements)} việc đã xong"
reviewed = " (do cán bộ xác định)" if detail.reviewed else ""
st.markdown(f"**Trạng thái: {status}**{reviewed}{timing}{progress}")
if detail.parent:
    st.caption("Là một việc của nhiệm vụ: " + common.plain(detail.parent[1]))
if detail.standing:
    st.caption("Báo cáo sau nhắc lại nguyên văn danh sách nhiệm vụ này, nên việc được nhắc "
               "lại không có nghĩa là chưa làm: nhiệm vụ được đánh giá theo phần kết quả của "
               "báo cáo sau, kể cả những câu chỉ nêu số liệu.")
if detail.running:
    st.caption("Nhiệm vụ được theo dõi qua bài viết, bản tin (văn bản không chia mục), vốn kể "
               "việc đơn vị đã làm bằng lời của mình: bằng chứng được xét từ ngưỡng thấp hơn, "
               "cán bộ nên xác nhận câu bằng chứng.")
if detail.elements:
    st.caption("Trạng thái của nhiệm vụ này tổng hợp từ các việc của nó:")
    st.dataframe([{"Việc": e["text"], "Trạng thái": common.STATUS_LABELS[e["status"]]}
                  for e in detail.elements], hide_index=True, width="stretch",
                 column_config={"Việc": st.column_config.TextColumn(width="large")})
if detail.scanned:
    st.warning(detail.scanned, icon=":material/document_scanner:")
    common.scan_page(detail.report_id, detail.page, key=f"scan_{detail.id}")
if detail.note:
    st.info(f"Ghi chú: {common.plain(detail.note)}")
with st.expander("Trong báo cáo giao nhiệm vụ", expanded=False):
    st.caption(common.plain(detail.section or ""))
    st.text(detail.context)

def show(item: api.EvidenceView) -> None:
    """The evidence item with its matching sentence highlighted, and why it was linked."""
    start, end = item.highlight
    text = item.paragraph
    marked = (common.plain(text[:start]) + "<mark>" + common.plain(text[start:end]) + "</mark>"
              + common.plain(text[end:]))
    verdict = common.VERDICT_LABELS.get(item.verdict, "")
    reasons = ", ".join(common.FEATURE_LABELS[k] for k, v in item.features.items()
                        if v and k in common.FEATURE_LABELS)
    st.markdown(marked, unsafe_allow_html=True)
    scanned = f" · {item.scanned}" if item.scanned else ""
    st.caption(f"{common.plain(item.source)} · điểm {item.score:.2f} · {verdict} · "
               f"căn cứ: {reasons or '—'}{scanned}")
    common.scan_page(item.report_id, item.page, key=f"scan_link_{item.link_id}")


st.subheader("Minh chứng")
live = [e for e in detail.evidence if e.verdict != "rejected"]
evidence = [e for e in live if e.relation == "evidence" and e.counts]
repeats = [e for e in live if e.relation == "repetition" and e.counts]
if detail.elements:
    st.caption("Minh chứng nằm ở từng việc của nhiệm vụ (bảng trên).")
elif not evidence and not repeats:
    st.caption("Chưa thấy báo cáo nào nói về nhiệm vụ này.")
for item in evidence:
    show(item)
if repeats:
    # the sentence that re-lists the task is the proof of "carried over": shown, not named
    st.caption("Được hứa lại ở báo cáo sau (không kèm kết quả thì nhiệm vụ chuyển kỳ sau):")
    for item in repeats:
        show(item)
weak = [e for e in live if e.relation == "evidence" and not e.counts]
if weak:
    with st.expander(f"Các câu máy tìm thấy nhưng chưa đủ căn cứ ({len(weak)})"):
        for item in weak:
            show(item)

st.subheader("Nhãn")
st.markdown(common.plain(", ".join(detail.tags)) if detail.tags else "—")
user = common.current_user()
if common.can_edit(user):
    # Every widget is keyed by the commitment, so nothing typed for one task is carried
    # over to the next; the status starts at the reviewer's current decision.
    choices = [""] + list(common.STATUS_LABELS)
    with st.form(f"detail_form_{detail.id}"):
        new_status = st.selectbox("Đặt trạng thái", choices,
                                  index=choices.index(detail.reviewed or ""),
                                  format_func=lambda s: common.STATUS_LABELS.get(s, "Theo máy"),
                                  key=f"detail_status_{detail.id}")
        note = st.text_input("Ghi chú", value=detail.note or "", key=f"detail_note_{detail.id}")
        unit = st.text_input("Đơn vị chủ trì", value=detail.responsible_unit or "",
                             key=f"detail_unit_{detail.id}")
        tag = st.text_input("Thêm nhãn", key=f"detail_tag_{detail.id}")
        if st.form_submit_button("Lưu", type="primary"):
            engine = common.get_engine()
            if (new_status or None) != detail.reviewed or note != (detail.note or ""):
                api.set_status(engine, detail.id, new_status or None, user=user, note=note)
            if unit != (detail.responsible_unit or ""):
                api.edit(engine, detail.id, user=user, responsible_unit=unit or None)
            if tag.strip():
                api.add_tag(engine, detail.id, tag, user=user)
            common.after_write()
            st.rerun()

st.subheader("Lịch sử thay đổi")
if detail.history:
    st.dataframe([{"Lúc": h["at"], "Người": h["actor"], "Thao tác": h["action"],
                   "Trước": str(h["before"] or ""), "Sau": str(h["after"] or "")}
                  for h in detail.history], hide_index=True, width="stretch")
else:
    st.caption("Chưa có thay đổi nào.")
