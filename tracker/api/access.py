"""Signing in and out, browser sessions, and the accounts an admin manages."""



from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from models import (
    User,
    utcnow,
)
from tracker.accounts import (
    SESSION_HOURS,
    UserError,
    authenticate,
    end_session,
    find_user,
    session_user,
    set_password,
    start_session,
    well_formed,
)
from tracker.api.common import NotAllowed, UserInfo, _admin
from tracker.db import session_scope


def sign_in(engine: Engine, username: str, password: str) -> UserInfo | None:
    """The account if the name and password are right; Locked after too many failures."""
    with session_scope(engine) as session:  # failures count, a rehash is stored
        user = authenticate(session, username, password)
        return UserInfo(user.username, user.full_name, user.role) if user else None


def open_session(engine: Engine, user: UserInfo) -> str:
    """A session for a browser that just signed in: the token its cookie keeps."""
    with session_scope(engine) as session:
        return start_session(session, user.username)


def resume(engine: Engine, token: str | None) -> UserInfo | None:
    """The account a browser's session token signs in (after a reload or on a deep link),
    or None: unknown, signed out, expired, or the account disabled."""
    with Session(engine) as session:
        user = session_user(session, token)
        return UserInfo(user.username, user.full_name, user.role) if user else None


def well_formed_token(token: object) -> bool:
    """Whether a cookie's value could be a session token (checked before it goes to the
    database, or into the page's script)."""
    return well_formed(token)


def sign_out(engine: Engine, token: str | None) -> None:
    with session_scope(engine) as session:
        end_session(session, token)


SESSION_SECONDS = int(SESSION_HOURS * 3600)


def account(engine: Engine, username: str) -> UserInfo | None:
    """The account as it is now (None when disabled or gone): the app asks on every run,
    so a disabled account's open session loses its rights at once."""
    with Session(engine) as session:
        user = find_user(session, username)
        if user is None or not user.active:
            return None
        return UserInfo(user.username, user.full_name, user.role)


def accounts(engine: Engine, *, user: UserInfo) -> list[dict]:
    """Every account with its role and state; admins only."""
    _admin(user)
    from tracker.accounts import list_users

    now = utcnow().replace(tzinfo=None)
    with Session(engine) as session:
        return [{"username": u.username, "full_name": u.full_name, "role": u.role,
                 "active": u.active,
                 "locked": bool(u.locked_until and u.locked_until.replace(tzinfo=None) > now)}
                for u in list_users(session)]


def add_account(engine: Engine, *, user: UserInfo, username: str, password: str, role: str,
                full_name: str | None = None) -> None:
    """A new account (UserError says why not, in English: the page words it)."""
    _admin(user)
    from tracker.accounts import add_user

    with session_scope(engine) as session:
        add_user(session, username, password, role=role, full_name=full_name,
                 actor=user.username)


def set_account_active(engine: Engine, *, user: UserInfo, username: str, active: bool) -> None:
    _admin(user)
    if username == user.username and not active:
        raise NotAllowed("Không thể tự vô hiệu hoá tài khoản của mình.")
    from tracker.accounts import set_active

    with session_scope(engine) as session:
        set_active(session, username, active, actor=user.username)


def reset_password(engine: Engine, *, user: UserInfo, username: str, password: str) -> None:
    _admin(user)
    with session_scope(engine) as session:
        set_password(session, username, password, actor=user.username)


def change_password(engine: Engine, user: UserInfo, current: str, new: str) -> None:
    """The signed-in person's own new password, after the current one (UserError)."""
    with session_scope(engine) as session:
        if authenticate(session, user.username, current) is None:
            raise UserError("Mật khẩu hiện tại không đúng.")
        try:
            set_password(session, user.username, new, actor=user.username)
        except UserError as exc:
            raise UserError("Mật khẩu mới cần ít nhất 8 ký tự.") from exc


def has_users(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(User)).one() > 0


DEMO_USERS = (("lanhdao", "viewer", "Lãnh đạo Sở"), ("thuky", "editor", "Thư ký tổng hợp"),
              ("quantri", "admin", "Quản trị"))


DEMO_PASSWORD = "demo-2024"


def create_demo_users_if_none(engine: Engine) -> list[tuple[str, str]]:
    """Demo accounts for a database with none; returns (username, role) created."""
    from tracker.accounts import add_user

    if has_users(engine):
        return []
    with session_scope(engine) as session:
        for username, role, name in DEMO_USERS:
            add_user(session, username, DEMO_PASSWORD, role=role, full_name=name, actor="demo")
    return [(u, r) for u, r, _ in DEMO_USERS]
