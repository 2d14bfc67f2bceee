"""Đăng nhập."""

import streamlit as st

from app_pages import common
from tracker import api

st.title("Theo dõi thực hiện nhiệm vụ")
st.caption("Đăng nhập bằng tài khoản được cấp (lệnh `tracker user add`).")
with st.form("login_form"):
    username = st.text_input("Tên đăng nhập", key="login_username")
    password = st.text_input("Mật khẩu", type="password", key="login_password")
    submitted = st.form_submit_button("Đăng nhập", type="primary")
if submitted:
    try:
        user = api.sign_in(common.get_engine(), username, password)
    except api.Locked as exc:
        st.error(f"Tài khoản tạm khoá vì nhập sai mật khẩu nhiều lần; thử lại sau {exc.minutes} "
                 "phút hoặc nhờ quản trị viên đặt lại mật khẩu.")
    else:
        if user is None:
            st.error("Tên đăng nhập hoặc mật khẩu không đúng.")
        else:
            common.signed_in(user)
            st.rerun()
