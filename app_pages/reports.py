"""Báo cáo: upload reports, see what is extracted before saving, list what is stored."""

import streamlit as st

from app_pages import common
from tracker import api

user = common.require_editor()
engine = common.get_engine()
st.title("Báo cáo")

files = st.file_uploader("Tải lên văn bản (.doc, .docx, .pdf, .txt; tối đa 20 MB mỗi tệp)",
                         type=["txt", "doc", "docx", "pdf"],
                         accept_multiple_files=True, key="reports_upload")
agency = st.text_input("Cơ quan gửi (để trống: lấy từ văn bản)", key="reports_agency")
for upload in files or []:
    preview = common.preview(upload.getvalue(), upload.name)
    with st.expander(f"{upload.name}", expanded=not preview.ok):
        if not preview.ok:
            st.error(preview.message)
            continue
        meta = preview.report
        assert meta is not None  # a preview that is ok has its report
        st.caption(common.plain(
            f"{meta['agency'] or 'Chưa rõ cơ quan'} · Số {meta['number'] or '—'} · "
            f"Kỳ {meta['period']['label'] or '—'} → {meta['next_period']['label'] or '—'}"))
        for warning in preview.warnings:
            st.warning(common.plain(warning))
        for section, items in preview.sections.items():
            st.markdown(f"**{common.plain(section or '')}**")
            for item in items:
                kind = "Kết quả" if item["kind"] == "action" else "Nhiệm vụ"
                st.markdown(f"- *{kind}*: {common.plain(item['text'])}")

if files and st.button("Lưu các báo cáo", key="reports_save", type="primary"):
    bar = st.progress(0.0, text="Đang nhập báo cáo…")
    for index, upload in enumerate(files, start=1):
        def pages(done: int, total: int, name: str = upload.name, index: int = index) -> None:
            bar.progress((index - 1 + done / total) / len(files),
                         text=f"{index}/{len(files)} · {name}: đọc bản quét, trang {done}/{total}")

        outcomes = api.ingest_upload(engine, upload.getvalue(), upload.name, user=user,
                                     agency=agency.strip() or None, progress=pages)
        for outcome in outcomes:
            if outcome.state == "failed":
                st.error(f"{outcome.source}: {outcome.message}")
            elif outcome.state == "unchanged":
                st.info(f"{outcome.source}: đã có trong cơ sở dữ liệu, bỏ qua.")
            elif outcome.state == "kept":
                st.info(f"{outcome.source}: {outcome.message}.")
            else:
                replaced = f" ({outcome.message})" if outcome.state == "replaced" else ""
                st.success(f"{outcome.source}: đã lưu {outcome.commitments} nhiệm vụ, "
                           f"{outcome.actions} kết quả{replaced}.")
                if outcome.warning:
                    st.warning(f"{outcome.source}: {outcome.warning}")
        bar.progress(index / len(files), text=f"{index}/{len(files)}")
    common.after_write()

st.subheader("Báo cáo đã nhập")
stored = api.reports(engine)
# (a blank number or period shows blank, not Streamlit's "None")
st.dataframe([{"Tệp": r["source"], "Số": r["number"] or "", "Cơ quan": r["agency"],
               "Kỳ báo cáo": r["period"] or "", "Kỳ tới": r["next_period"] or "",
               "Nhiệm vụ": r["commitments"], "Bản quét": r["scanned"],
               "Lưu ý": "; ".join(r["warnings"]), "Nhập lúc": r["ingested_at"]}
              for r in stored],
             hide_index=True, width="stretch",
             column_config={"Lưu ý": st.column_config.TextColumn(width="medium")})

st.subheader("Báo cáo định kỳ đã nhận và còn thiếu")
common.received_table()

if common.can_administer(user):
    with st.expander("Liên kết lại toàn bộ (sau khi cập nhật quy tắc)"):
        st.caption("Tìm lại minh chứng cho mọi nhiệm vụ theo quy tắc hiện hành. Các quyết định "
                   "rà soát (xác nhận, bác bỏ, trạng thái đã đặt) được giữ nguyên.")
        if st.button("Liên kết lại", key="reports_relink"):
            total = max(1, len(api.filter_options(engine)["agencies"]))
            bar = st.progress(0.0, text="Đang liên kết lại…")
            done: list[str] = []

            def advance(name: str) -> None:
                done.append(name)
                bar.progress(len(done) / total, text=f"{len(done)}/{total}: {name}")

            summary = api.relink_all(engine, user=user, on_done=advance)
            common.after_write()
            st.success(f"Đã liên kết lại {summary.commitments} nhiệm vụ của {len(done)} cơ "
                       f"quan; {summary.changed} nhiệm vụ đổi trạng thái do máy xác định.")

if common.can_administer(user) and stored:
    with st.expander("Xoá một báo cáo"):
        st.caption("Xoá báo cáo cùng mọi nhiệm vụ, kết quả, liên kết, trạng thái và nhãn lấy từ "
                   "nó; các nhiệm vụ của cơ quan được đánh giá lại. Nhật ký ghi lại việc xoá.")
        labels = {r["id"]: f"{r['source']} · {r['agency']} · {r['period'] or '—'}"
                  for r in stored}
        chosen = st.selectbox("Báo cáo", list(labels), format_func=common.format_with(labels),
                              key="reports_delete_pick")
        sure = st.checkbox("Tôi hiểu việc xoá không thể hoàn tác", key="reports_delete_sure")
        if st.button("Xoá báo cáo", key="reports_delete", type="primary", disabled=not sure):
            try:
                record = api.delete_report(engine, chosen, user=user)
            except (api.NotAllowed, ValueError) as exc:
                st.error(str(exc))
            else:
                common.after_write()
                st.success(f"Đã xoá {common.plain(record['source'])}: {record['tasks']} nhiệm "
                           f"vụ, {record['actions']} kết quả.")
