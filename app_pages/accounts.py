"""Tài khoản (admins): who may sign in, with which role; add, disable, enable, reset."""

import streamlit as st

from app_pages import common
from tracker import api

engine = common.get_engine()
user = common.current_user()
st.title("Tài khoản")
if not common.can_administer(user):
    st.error("Trang này dành cho quản trị viên.")
    st.stop()
ROLES = common.ROLE_LABELS
MESSAGES = {"already exists": "Tên đăng nhập này đã có.",
            "at least 8": "Mật khẩu cần ít nhất 8 ký tự.",
            "needs a name": "Cần có tên đăng nhập.",
            "at most 100": "Tên đăng nhập dài quá 100 ký tự.",
            "invisible": "Tên đăng nhập có ký tự ẩn hoặc ký tự điều khiển.",
            "control": "Tên đăng nhập có ký tự ẩn hoặc ký tự điều khiển.",
            "no user": "Không có tài khoản này."}


def say(exc: Exception) -> str:
    text = str(exc)
    return next((v for k, v in MESSAGES.items() if k in text), text)


def done(message: str) -> None:
    """Say it after the page is drawn again with the change in it."""
    st.session_state["accounts_flash"] = message
    st.rerun()


if "accounts_flash" in st.session_state:
    st.success(st.session_state.pop("accounts_flash"))
people = api.accounts(engine, user=user)
st.dataframe([{"Tên đăng nhập": p["username"], "Họ tên": p["full_name"] or "",
               "Quyền": ROLES.get(p["role"], p["role"]),
               "Trạng thái": "tạm khoá" if p["locked"] else
               ("hoạt động" if p["active"] else "đã vô hiệu hoá")} for p in people],
             hide_index=True, width="stretch")

with st.form("accounts_add", clear_on_submit=True):
    st.subheader("Thêm tài khoản")
    name = st.text_input("Tên đăng nhập", key="accounts_new_name")
    full = st.text_input("Họ tên", key="accounts_new_full")
    role = st.selectbox("Quyền", list(ROLES), format_func=common.format_with(ROLES),
                        key="accounts_new_role")
    password = st.text_input("Mật khẩu (ít nhất 8 ký tự)", type="password",
                             key="accounts_new_password")
    if st.form_submit_button("Thêm", type="primary"):
        try:
            api.add_account(engine, user=user, username=name, password=password, role=role,
                            full_name=full or None)
        except (api.UserError, api.NotAllowed) as exc:
            st.error(say(exc))
        else:
            done(f"Đã thêm tài khoản {common.plain(name)}.")

names = [p["username"] for p in people]
st.subheader("Vô hiệu hoá, mở lại, đặt lại mật khẩu")
chosen = st.selectbox("Tài khoản", names, key="accounts_pick")
state = next((p for p in people if p["username"] == chosen), None)
left, right = st.columns(2)
if state and state["active"]:
    if left.button("Vô hiệu hoá", key="accounts_disable"):
        try:
            api.set_account_active(engine, user=user, username=chosen, active=False)
        except (api.UserError, api.NotAllowed) as exc:
            st.error(say(exc))
        else:
            done(f"Đã vô hiệu hoá {common.plain(chosen)}: tài khoản này bị đăng xuất ngay ở "
                 "lần mở trang sau.")
elif state:
    if left.button("Mở lại", key="accounts_enable"):
        api.set_account_active(engine, user=user, username=chosen, active=True)
        done(f"Đã mở lại {common.plain(chosen)}.")
with right.form("accounts_reset", clear_on_submit=True):
    new = st.text_input("Mật khẩu mới", type="password", key="accounts_reset_password")
    if st.form_submit_button("Đặt lại mật khẩu"):
        try:
            api.reset_password(engine, user=user, username=chosen, password=new)
        except (api.UserError, api.NotAllowed) as exc:
            st.error(say(exc))
        else:
            done(f"Đã đặt lại mật khẩu của {common.plain(chosen)} (và mở khoá nếu đang tạm "
                 "khoá).")
