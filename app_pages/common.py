"""What every page shares: the engine, the signed-in user, filters, cached reads."""

import html
import os
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Literal, TypeGuard, cast

import streamlit as st

from tracker import api
from tracker.db import DatabaseError, open_db
from tracker.labels import FEATURES, ROLE, STATUS, TASK_KIND, TIMELINESS, VERDICT
from tracker.labels import status_label as status_label  # re-exported: a row's status label

STATUS_LABELS = STATUS
TIMELINESS_LABELS = TIMELINESS
TASK_KIND_LABELS = TASK_KIND
ROLE_LABELS = ROLE
FEATURE_LABELS = FEATURES
VERDICT_LABELS = VERDICT
STATUS_COLOURS = {"done": "#2E7D32", "in_progress": "#F9A825", "carried_over": "#EF6C00",
                  "not_reported": "#9E9E9E", "pending": "#64B5F6"}  # stronger than the Excel fills


def format_with(labels: Mapping[Any, str]) -> Callable[[Any], str]:
    """A selectbox's format_func: `labels.get` itself. (Streamlit's types ask for a function
    that always gives a str; the options shown are the labels' keys.)"""
    return cast(Callable[[Any], str], labels.get)


def list_height(rows: int, most: int = 18) -> int | Literal["auto"]:
    """A long list's height in pixels: up to `most` rows show at once (Streamlit's own
    height shows ten and leaves the page below empty), a short one as tall as it is."""
    if rows <= 10:
        return "auto"
    return (min(rows, most) + 1) * 35 + 3  # 35 px a row and the header, and the border


def configure_logging() -> None:
    api.configure_logging()


@st.cache_resource
def engine():
    """One engine per server process, from DATABASE_URL (default: data/tracker.sqlite)."""
    return open_db(os.environ.get("DATABASE_URL"))


def get_engine():
    try:
        return engine()
    except DatabaseError as exc:
        st.error(f"Không mở được cơ sở dữ liệu: {exc}")
        st.stop()


COOKIE = "tracker_session"  # the browser's session token (tracker.accounts)


def current_user() -> api.UserInfo | None:
    """The signed-in account as the database has it now: a disabled account is signed out,
    a changed role applies at once. A browser that signed in before (a reload, a link
    opened in a new tab) is signed in again from its session cookie while it is valid."""
    user = st.session_state.get("user")
    if user is None:
        token = st.context.cookies.get(COOKIE)  # (not a str under AppTest: no browser)
        user = api.resume(get_engine(), token) if api.well_formed_token(token) else None
        if user is None:
            return None
        st.session_state["user"], st.session_state["session_token"] = user, token
        return user
    now = api.account(get_engine(), user.username)
    if now != user:
        if now is None:
            sign_out()
        else:
            st.session_state["user"] = now
    return now


def signed_in(user: api.UserInfo) -> None:
    """After a right password: a session whose token the browser keeps in a cookie."""
    token = api.open_session(get_engine(), user)
    st.session_state["user"], st.session_state["session_token"] = user, token
    st.session_state["cookie"] = token


def sign_out() -> None:
    api.sign_out(get_engine(), st.session_state.pop("session_token", None))
    st.session_state.pop("user", None)
    st.session_state["cookie"] = ""


def sync_cookie() -> None:
    """Set or clear the session cookie in the browser, once, after signing in or out.
    Streamlit cannot set a cookie from the server; a script in a one-pixel frame (same
    origin as the app) does. SameSite=Strict; Secure over https. ("" clears it.)"""
    token = st.session_state.pop("cookie", None)
    if token is None or (token and not api.well_formed_token(token)):
        return
    age = api.SESSION_SECONDS if token else 0
    script = ("<script>document.cookie = '" + COOKIE + "=" + token + "; Path=/; Max-Age="
              + str(age) + "; SameSite=Strict' + (location.protocol === 'https:' ? '; Secure'"
              " : '');</script>")
    if hasattr(st, "iframe"):  # Streamlit 1.5x and later: components.v1.html is going away
        st.iframe(script, height=1)
    else:
        import streamlit.components.v1 as components

        components.html(script, height=0)


def can_edit(user: api.UserInfo | None) -> TypeGuard[api.UserInfo]:
    return user is not None and api.can_edit(user.role)


def can_administer(user: api.UserInfo | None) -> TypeGuard[api.UserInfo]:
    return user is not None and api.can_administer(user.role)


def require_editor() -> api.UserInfo:
    """Stop the page for anyone who may only read (a viewer typing the page's address)."""
    user = current_user()
    if not can_edit(user):
        st.error("Trang này dành cho cán bộ văn phòng (quyền sửa). Tài khoản của bạn chỉ xem.")
        st.stop()
    return user


def filters() -> api.Filters:
    state = st.session_state
    return api.Filters(agency=state.get("sidebar_agency") or None,
                       period=state.get("sidebar_period") or None,
                       field=state.get("sidebar_field") or None,
                       tag=state.get("sidebar_tag") or None,
                       unit=state.get("sidebar_unit") or None)


def version() -> int:
    """The data version: any write, from this app or the command line, changes it, and
    the cached reads below are keyed by it, so nobody sees stale numbers."""
    return api.data_version(get_engine())


@st.cache_data(show_spinner=False, max_entries=8)
def _options(version: int) -> dict:
    return api.filter_options(get_engine())


def options() -> dict:
    return _options(version())


@st.cache_data(show_spinner="Đang tính số liệu…", max_entries=32)
def _dashboard(selected: api.Filters, today: date, version: int) -> api.Dashboard:
    return api.dashboard(get_engine(), selected, today=today)


def dashboard(selected: api.Filters) -> api.Dashboard:
    return _dashboard(selected, date.today(), version())


@st.cache_data(show_spinner=False, max_entries=32)
def _rows(selected: api.Filters, status: str | None, version: int) -> list[dict]:
    return api.commitment_rows(get_engine(), selected, status)


def rows(selected: api.Filters, status: str | None = None) -> list[dict]:
    return _rows(selected, status, version())


@st.cache_data(show_spinner="Đang mở trang bản quét…", max_entries=16)
def _scan_page(report_id: int, page: int, version: int) -> bytes | None:
    return api.scan_page(get_engine(), report_id, page)


def scan_page(report_id: int | None, page: int | None, key: str) -> None:
    """A switch that shows the page of the original scan a text was read from."""
    if not report_id or not page:
        return
    if st.toggle(f"Xem trang {page} của bản quét gốc", key=key):
        picture = _scan_page(report_id, page, version())
        if picture:
            st.image(picture, caption=f"Trang {page} của bản quét gốc", width="stretch")
        else:
            st.caption("Không còn bản quét gốc của báo cáo này.")


@st.cache_data(show_spinner="Đang đọc tệp…", max_entries=16)
def preview(data: bytes, name: str) -> api.Preview:
    """What a file would give, read once per file (not again on every click: a .doc goes
    through LibreOffice, a scan through OCR)."""
    return api.preview_upload(data, name)


def received_table() -> None:
    """Which periodic reports are in and which are missing, per agency and period."""
    rows = api.received(get_engine())
    if not rows:
        st.caption("Chưa có báo cáo định kỳ nào.")
        return
    st.dataframe([{"Cơ quan": r["agency"], "Loại kỳ": r["cadence"], "Đã nhận": r["received"],
                   "Kỳ gần nhất": r["latest"] or "—",
                   "Còn thiếu": ", ".join(r["missing"]) or "Đủ"} for r in rows],
                 hide_index=True, width="stretch",
                 column_config={"Còn thiếu": st.column_config.TextColumn(width="large")})
    st.caption("Mỗi cơ quan được xét từ kỳ báo cáo đầu tiên đã nhận đến kỳ gần nhất mà một cơ "
               "quan cùng loại kỳ đã gửi.")


def after_write() -> None:
    """This session's writes bump the data version too; dropping old entries saves memory."""
    st.cache_data.clear()


def sidebar(user: api.UserInfo) -> None:
    """Filters that persist across pages, and who is signed in."""
    choices = options()
    with st.sidebar:
        st.markdown(f"**{user.full_name or user.username}** · {role_label(user.role)}")
        st.selectbox("Cơ quan", [""] + choices["agencies"], key="sidebar_agency",
                     format_func=lambda v: v or "Tất cả")
        st.selectbox("Kỳ giao nhiệm vụ", [""] + choices["periods"], key="sidebar_period",
                     format_func=lambda v: v or "Tất cả")
        st.selectbox("Đơn vị chủ trì", [""] + choices["units"], key="sidebar_unit",
                     format_func=lambda v: v or "Tất cả")
        st.selectbox("Lĩnh vực", [""] + choices["fields"], key="sidebar_field",
                     format_func=lambda v: v or "Tất cả")
        st.selectbox("Nhãn", [""] + choices["tags"], key="sidebar_tag",
                     format_func=lambda v: v or "Tất cả")
        with st.expander("Đổi mật khẩu"):
            with st.form("password_form", clear_on_submit=True):
                current = st.text_input("Mật khẩu hiện tại", type="password",
                                        key="password_current")
                new = st.text_input("Mật khẩu mới (ít nhất 8 ký tự)", type="password",
                                    key="password_new")
                again = st.text_input("Nhập lại mật khẩu mới", type="password",
                                      key="password_again")
                if st.form_submit_button("Đổi mật khẩu"):
                    change_password(user, current, new, again)
        if st.button("Đăng xuất", key="sidebar_logout"):
            sign_out()
            st.rerun()


def change_password(user: api.UserInfo, current: str, new: str, again: str) -> None:
    if new != again:
        st.error("Hai lần nhập mật khẩu mới không khớp.")
        return
    try:
        api.change_password(get_engine(), user, current, new)
    except api.Locked as exc:
        st.error(f"Tài khoản tạm khoá vì nhập sai mật khẩu nhiều lần; thử lại sau "
                 f"{exc.minutes} phút.")
    except api.UserError as exc:
        st.error(str(exc))
    else:
        # a new password ends every session of the account (tracker.accounts): this browser
        # gets a new one, the others must sign in again
        signed_in(user)
        st.success("Đã đổi mật khẩu.")


def day(iso: str | None) -> str:
    """"2026-05-25" -> "25/05/2026" (the office's way), "" for none."""
    if not iso:
        return ""
    year, month, dd = iso.split("-")
    return f"{dd}/{month}/{year}"


def role_label(role: str) -> str:
    return ROLE.get(role, role)


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$])")


def plain(text: str) -> str:
    """Document text for st.markdown, shown as the text it is: no links, images, HTML or
    formatting a report's wording could smuggle in."""
    return _MARKDOWN.sub(r"\\\1", html.escape(text, quote=False))


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"
