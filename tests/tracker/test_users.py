"""Accounts: hashed passwords, roles, sign-in."""

import subprocess
import sys

import pytest
from sqlmodel import Session, select

from models import AuditEvent, User
from tracker.db import session_scope
from tracker.users import (
    UserError,
    add_user,
    authenticate,
    can_edit,
    hash_password,
    verify_password,
)


def test_passwords_are_salted_hashes():
    first, second = hash_password("mật khẩu 123"), hash_password("mật khẩu 123")
    assert first != second and "mật khẩu" not in first
    assert verify_password("mật khẩu 123", first) and not verify_password("sai rồi", first)
    assert not verify_password("x", "not-a-hash")


def test_add_and_authenticate(engine):
    with session_scope(engine) as session:
        add_user(session, "thuky", "12345678", role="editor", full_name="Thư ký")
    with Session(engine) as session:
        assert authenticate(session, "thuky", "12345678").role == "editor"
        assert authenticate(session, "thuky", "wrong-password") is None
        assert authenticate(session, "nobody", "12345678") is None
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "user.add")).one()
        stored = session.exec(select(User)).one().password_hash
        assert stored.startswith("scrypt$") and "12345678" not in stored


@pytest.mark.parametrize(("name", "password", "role", "message"), [
    ("a", "short", "viewer", "at least 8"),
    ("a", "12345678", "boss", "unknown role"),
    (" ", "12345678", "viewer", "needs a name"),
])
def test_bad_accounts_are_refused(engine, name, password, role, message):
    with session_scope(engine) as session, pytest.raises(UserError, match=message):
        add_user(session, name, password, role=role)


def test_roles():
    assert can_edit("editor") and can_edit("admin") and not can_edit("viewer")


def test_cli_user_add(tmp_path):
    db = f"sqlite:///{tmp_path / 'u.sqlite'}"
    run = [sys.executable, "-m", "tracker.cli", "user", "add", "lanhdao", "--role", "viewer",
           "--password", "12345678", "--db", db]
    assert subprocess.run(run, capture_output=True, text=True).returncode == 0
    again = subprocess.run(run, capture_output=True, text=True)
    assert again.returncode == 2 and "already exists" in again.stderr
