"""Tổng quan: how the promises stand, by period, by field and by responsible unit."""

from datetime import date

import streamlit as st

from app_pages import common

selected = common.filters()
data = common.dashboard(selected)
st.title("Tổng quan")

# The status cards add up to the number of tasks (each task has one status).
kpis = st.columns(6)
kpis[0].metric("Số nhiệm vụ", data.total)
for column, key in zip(kpis[1:], common.STATUS_LABELS, strict=True):
    column.metric(common.STATUS_LABELS[key], data.counts[key])
rates = st.columns(6)
rates[0].metric("Tỷ lệ hoàn thành", common.percent(data.completion_rate),
                help="Đã hoàn thành trên số nhiệm vụ đã đến kỳ báo cáo")
rates[1].metric("Quá hạn", data.overdue, help="Chưa hoàn thành và đã qua thời hạn, tính đến "
                "hôm nay")

if not data.total:
    st.info("Chưa có nhiệm vụ nào phù hợp bộ lọc. Nhập báo cáo ở trang Báo cáo.")
    st.stop()

today = date.today()
alerts = data.alerts  # the same rows as the cards
st.subheader(f"Cảnh báo thời hạn (tính đến hôm nay, {today:%d/%m/%Y})")
late, soon = st.columns(2)
for column, key, title in ((late, "overdue", "Quá hạn, chưa hoàn thành"),
                           (soon, "due_soon", "Đến hạn trong 7 ngày")):
    with column:
        found = alerts[key]
        st.markdown(f"**{title}: {len(found)}**")
        if found:
            st.dataframe([{"Thời hạn": a["deadline"].strftime("%d/%m/%Y"),
                           "Đơn vị": a["unit"] or a["agency"], "Nhiệm vụ": a["text"]}
                          for a in found[:10]], hide_index=True, width="stretch",
                         key=f"dashboard_{key}")
        else:
            st.caption("Không có.")
if alerts["overdue"] or alerts["due_soon"]:
    st.caption("Danh sách đầy đủ theo đơn vị, kèm công văn đôn đốc: trang Nhiệm vụ được giao.")

left, right = st.columns(2)
with left:
    st.subheader("Tỷ lệ hoàn thành theo kỳ")
    st.bar_chart({"Kỳ": [p["period"] for p in data.by_period],
                  "Tỷ lệ hoàn thành (%)": [round((p["rate"] or 0) * 100) for p in data.by_period]},
                 x="Kỳ", y="Tỷ lệ hoàn thành (%)", sort=False)
with right:
    st.subheader("Tỷ lệ hoàn thành theo lĩnh vực")
    st.bar_chart({"Lĩnh vực": [f["field"] for f in data.by_field],
                  "Tỷ lệ hoàn thành (%)": [round((f["rate"] or 0) * 100) for f in data.by_field]},
                 x="Lĩnh vực", y="Tỷ lệ hoàn thành (%)", horizontal=True)

st.subheader("Theo đơn vị chủ trì")
st.dataframe([{"Đơn vị": u["unit"], "Số nhiệm vụ": u["total"],
               **{common.STATUS_LABELS[key]: u[key] for key in common.STATUS_LABELS},
               "Tỷ lệ hoàn thành": common.percent(u["rate"])} for u in data.by_unit],
             hide_index=True, width="stretch", key="dashboard_units",
             column_config={"Đơn vị": st.column_config.TextColumn(width="large")})

st.subheader("Diễn biến qua các kỳ")
trend = {"Kỳ": [p["period"] for p in data.by_period]}
for key, label in common.STATUS_LABELS.items():
    trend[label] = [p[key] for p in data.by_period]
st.bar_chart(trend, x="Kỳ", y=list(common.STATUS_LABELS.values()), stack=True, sort=False,
             color=[common.STATUS_COLOURS[key] for key in common.STATUS_LABELS])

with st.expander("Báo cáo định kỳ đã nhận và còn thiếu theo kỳ"):
    common.received_table()

st.subheader("Việc tồn đọng (chuyển kỳ sau từ hai lần trở lên)")
if data.backlog:
    st.dataframe([{"Nhiệm vụ": b["text"], "Kỳ giao": b["period"] or "", "Cơ quan": b["agency"],
                   "Số lần hứa lại": b["times"]} for b in data.backlog],
                 hide_index=True, width="stretch")
else:
    st.caption("Không có việc nào bị hứa lại từ hai lần trở lên.")
