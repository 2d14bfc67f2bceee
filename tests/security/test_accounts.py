"""Accounts: hashed passwords, roles, sign-in."""


import pytest
from sqlmodel import Session, select

from models import AuditEvent, User
from tests.conftest import cli
from tracker.accounts import (
    UserError,
    add_user,
    authenticate,
    can_administer,
    can_edit,
    hash_password,
    verify_password,
)
from tracker.db import open_db, session_scope


def test_passwords_are_salted_argon2id_hashes():
    first, second = hash_password("mật khẩu 123"), hash_password("mật khẩu 123")
    assert first.startswith("$argon2id$") and first != second and "mật khẩu" not in first
    assert verify_password("mật khẩu 123", first) == (True, False)
    assert verify_password("sai rồi", first) == (False, False)
    assert verify_password("x", "not-a-hash") == (False, False)


def test_add_and_authenticate(engine):
    with session_scope(engine) as session:
        add_user(session, "thuky", "12345678", role="editor", full_name="Thư ký")
    with Session(engine) as session:
        assert authenticate(session, "thuky", "12345678").role == "editor"
        assert authenticate(session, "thuky", "wrong-password") is None
        assert authenticate(session, "nobody", "12345678") is None
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "user.add")).one()
        stored = session.exec(select(User)).one().password_hash
        assert stored.startswith("$argon2id$") and "12345678" not in stored


@pytest.mark.parametrize(("name", "password", "role", "message"), [
    ("a", "short", "viewer", "at least 8"),
    ("a", "12345678", "boss", "unknown role"),
    (" ", "12345678", "viewer", "needs a name"),
    ("x" * 101, "12345678", "viewer", "at most 100"),  # never a traceback with the hash
    ("thu\u200bky", "12345678", "viewer", "invisible"),
    ("thu\nky", "12345678", "viewer", "control"),
])
def test_bad_accounts_are_refused(engine, name, password, role, message):
    with session_scope(engine) as session, pytest.raises(UserError, match=message):
        add_user(session, name, password, role=role)


def test_roles():
    assert can_edit("editor") and can_edit("admin") and not can_edit("viewer")
    assert can_administer("admin") and not can_administer("editor")
    assert not can_administer("viewer")


def test_cli_user_add(tmp_path):
    db = f"sqlite:///{tmp_path / 'u.sqlite'}"
    run = ["user", "add", "lanhdao", "--role", "viewer", "--password", "12345678", "--db", db]
    assert cli(*run).exit_code == 0
    again = cli(*run)
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_look_alike_names_are_one_account(engine):
    import unicodedata

    with session_scope(engine) as session:
        add_user(session, "Thư ký", "12345678", role="editor")
        for twin in (unicodedata.normalize("NFD", "Thư ký"), "thư ký", " THƯ KÝ "):
            with pytest.raises(UserError, match="already exists"):
                add_user(session, twin, "12345678")
    with session_scope(engine) as session:
        assert authenticate(session, unicodedata.normalize("NFD", "thư ký"), "12345678")


def test_an_old_scrypt_hash_signs_in_and_becomes_argon2id(engine):
    import hashlib

    salt = bytes(16)
    digest = hashlib.scrypt(b"12345678", salt=salt, n=2**14, r=8, p=1)
    with session_scope(engine) as session:
        session.add(User(username="cu", role="viewer",
                         password_hash=f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"))
    with session_scope(engine) as session:
        assert authenticate(session, "cu", "12345678") is not None
    with Session(engine) as session:
        assert session.exec(select(User)).one().password_hash.startswith("$argon2id$")


def test_repeated_wrong_passwords_lock_the_account_until_reset(engine):
    from tracker.accounts import MAX_FAILURES, Locked, set_password

    with session_scope(engine) as session:
        add_user(session, "thuky", "12345678", role="editor")
    for _ in range(MAX_FAILURES):
        with session_scope(engine) as session:
            assert authenticate(session, "thuky", "doan-mo") is None
    with session_scope(engine) as session, pytest.raises(Locked) as locked:
        authenticate(session, "thuky", "12345678")  # even the right password waits
    assert 1 <= locked.value.minutes <= 15
    with Session(engine) as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "user.locked")).one()
    with session_scope(engine) as session:
        set_password(session, "thuky", "mat-khau-moi", actor="quantri")
    with session_scope(engine) as session:
        assert authenticate(session, "thuky", "mat-khau-moi") is not None


def test_a_disabled_account_cannot_sign_in(engine):
    from tracker import api
    from tracker.accounts import set_active

    with session_scope(engine) as session:
        add_user(session, "thuky", "12345678", role="editor")
        set_active(session, "thuky", False, actor="quantri")
    assert api.sign_in(engine, "thuky", "12345678") is None
    assert api.account(engine, "thuky") is None
    with session_scope(engine) as session:
        set_active(session, "thuky", True, actor="quantri")
    assert api.account(engine, "thuky").role == "editor"


def test_demo_accounts_only_in_the_demo_database(tmp_path):
    from typer.testing import CliRunner

    from tracker.cli import app

    db = f"sqlite:///{tmp_path / 'real.sqlite'}"
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0 and "no demo accounts" in result.output
    with Session(open_db(db)) as session:
        assert not session.exec(select(User)).all()
    result = CliRunner().invoke(app, ["demo", "--db", db, "--demo-accounts"])
    assert result.exit_code == 0 and "quantri" in result.output
