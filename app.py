"""Theo dõi nhiệm vụ: page config, sign-in and navigation by role. No SQL, no NLP here."""

import streamlit as st

from app_pages import common

st.set_page_config(page_title="Theo dõi nhiệm vụ", page_icon=":material/checklist:", layout="wide")
common.configure_logging()

user = common.current_user()
if user is None:
    page = st.navigation([st.Page("app_pages/login.py", title="Đăng nhập",
                                  icon=":material/login:")])
else:
    read = [
        st.Page("app_pages/dashboard.py", title="Tổng quan", icon=":material/dashboard:",
                default=True),
        st.Page("app_pages/commitments.py", title="Nhiệm vụ", icon=":material/checklist:"),
        st.Page("app_pages/register.py", title="Nhiệm vụ được giao",
                icon=":material/assignment_ind:"),
        st.Page("app_pages/detail.py", title="Chi tiết nhiệm vụ", icon=":material/search:"),
    ]
    work = [
        st.Page("app_pages/review.py", title="Rà soát", icon=":material/fact_check:"),
        st.Page("app_pages/reports.py", title="Báo cáo", icon=":material/upload_file:"),
    ]
    out = [st.Page("app_pages/export.py", title="Xuất danh sách", icon=":material/download:")]
    pages = {"Theo dõi": read, "Xuất": out}
    if common.can_edit(user):
        pages = {"Theo dõi": read, "Văn phòng": work, "Xuất": out}
    if common.can_administer(user):
        pages["Quản trị"] = [st.Page("app_pages/accounts.py", title="Tài khoản",
                                     icon=":material/manage_accounts:")]
    page = st.navigation(pages)
    common.sidebar(user)
common.sync_cookie()
page.run()
