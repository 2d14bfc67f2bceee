"""Sessions: a signed-in browser's token (kept in its cookie) signs it in again after a
reload; signing out, expiry, disabling the account and a new password end it."""

from datetime import timedelta

from sqlmodel import Session, select

from models import UserSession, utcnow
from tracker import api
from tracker.accounts import add_user, set_active, set_password, start_session
from tracker.db import session_scope


def signed_in(engine, username="thuky") -> str:
    with session_scope(engine) as session:
        add_user(session, username, "12345678", role="editor")
    return api.open_session(engine, api.UserInfo(username, None, "editor"))


def test_a_token_signs_the_browser_in_again_until_it_signs_out(engine):
    token = signed_in(engine)
    assert api.resume(engine, token) == api.UserInfo("thuky", None, "editor")
    with Session(engine) as session:  # only the token's digest is stored
        stored = session.exec(select(UserSession)).one()
        assert token not in stored.token_hash and len(stored.token_hash) == 64
    api.sign_out(engine, token)
    assert api.resume(engine, token) is None


def test_unknown_malformed_or_expired_tokens_sign_nobody_in(engine):
    token = signed_in(engine)
    assert api.resume(engine, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert api.resume(engine, "'; DROP TABLE user_session; --") is None
    assert api.resume(engine, "") is None and api.resume(engine, None) is None
    with session_scope(engine) as session:
        old = start_session(session, "thuky", hours=1)
        for row in session.exec(select(UserSession)):
            row.expires_at = utcnow() - timedelta(minutes=1)
            session.add(row)
    assert api.resume(engine, old) is None and api.resume(engine, token) is None


def test_disabling_the_account_or_a_new_password_ends_its_sessions(engine):
    token = signed_in(engine)
    other = signed_in(engine, "lanhdao")
    with session_scope(engine) as session:
        set_active(session, "thuky", False, actor="quantri")
    assert api.resume(engine, token) is None
    with session_scope(engine) as session:
        set_active(session, "thuky", True, actor="quantri")
    assert api.resume(engine, token) is None  # enabling again does not revive it
    assert api.resume(engine, other) is not None  # another person's session is untouched
    with session_scope(engine) as session:
        set_password(session, "lanhdao", "mật khẩu mới", actor="quantri")
    assert api.resume(engine, other) is None
