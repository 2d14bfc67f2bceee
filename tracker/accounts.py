"""Accounts for the app: argon2id-hashed passwords (argon2-cffi), roles, sign-in with a
lockout after repeated failures, and the admin's changes (disable, enable, new password).

A signed-in browser holds a random session token (in a cookie the app sets); the database
keeps only its SHA-256, an expiry (SESSION_HOURS) and when it ended. Signing out ends it;
disabling the account or setting a new password ends all of that person's sessions.

Hashes made by an earlier version (hashlib scrypt) are still accepted and replaced by an
argon2id hash at the next successful sign-in. A user name is compared in NFC and case-
folded, so "Thư ký", its NFD spelling and "thư ký" are one account, and it may hold no
invisible or control characters.
"""

import hashlib
import hmac
import logging
import re
import secrets
import unicodedata
from datetime import timedelta
from typing import TypeGuard

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, select

from models import AuditEvent, Role, User, UserSession, utcnow
from tracker.logs import record

log = logging.getLogger(__name__)

MAX_FAILURES = 5  # failed sign-ins in a row before the account is locked …
LOCK_MINUTES = 15  # … for this long
MAX_USERNAME = 100
MIN_PASSWORD = 8
SESSION_HOURS = 12  # a signed-in browser stays signed in for a working day
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")
_HASHER = PasswordHasher()  # argon2id, RFC 9106 low-memory profile (the library's default)


class UserError(ValueError):
    """An account that cannot be created or changed; the message says why."""


class Locked(PermissionError):
    """Too many failed sign-ins: the account waits `minutes` before the next try."""

    def __init__(self, minutes: int) -> None:
        super().__init__(f"locked for {minutes} more minute(s)")
        self.minutes = minutes


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password: str, stored: str) -> tuple[bool, bool]:
    """(right, should be hashed again): argon2id, or a scrypt hash of an earlier version."""
    if stored.startswith("$argon2"):
        try:
            _HASHER.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False, False
        return True, _HASHER.check_needs_rehash(stored)
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False, False
        computed = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                                  r=int(r), p=int(p))
    except ValueError:
        return False, False
    return hmac.compare_digest(computed.hex(), digest), True


def clean_username(username: str) -> str:
    """The name as stored: NFC, no surrounding space; an unusable name is a UserError."""
    name = unicodedata.normalize("NFC", username).strip()
    if not name:
        raise UserError("a user needs a name")
    if len(name) > MAX_USERNAME:
        raise UserError(f"a user name has at most {MAX_USERNAME} characters")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        raise UserError("a user name cannot hold invisible or control characters")
    return name


def _key(username: str) -> str:
    return unicodedata.normalize("NFC", username).strip().casefold()


def find_user(session: Session, username: str) -> User | None:
    """The account of this name, whatever its case or Unicode spelling."""
    try:
        key = _key(clean_username(username))
    except UserError:
        return None
    # a few dozen accounts: compared in Python, where case folding knows Vietnamese
    return next((u for u in session.exec(select(User)) if _key(u.username) == key), None)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password needs at least {MIN_PASSWORD} characters")
    if len(password) > 1024:
        raise UserError("the password is too long (at most 1024 characters)")


def add_user(session: Session, username: str, password: str, *, role: str = "viewer",
             full_name: str | None = None, actor: str = "admin") -> User:
    username = clean_username(username)
    if role not in Role.__members__:
        raise UserError(f"unknown role {role!r} (viewer, editor or admin)")
    _check_password(password)
    if find_user(session, username):
        raise UserError(f"user {username!r} already exists")
    user = User(username=username, full_name=full_name, role=role,
                password_hash=hash_password(password))
    session.add(user)
    session.flush()
    record(session, AuditEvent(actor=actor, action="user.add", entity="user", entity_id=user.id,
                           after={"username": username, "role": role}))
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user if the name and password are right and the account is active. After
    MAX_FAILURES wrong passwords in a row the account is locked for LOCK_MINUTES (Locked,
    even with the right password); a scrypt hash is replaced by argon2id on success."""
    user = find_user(session, username)
    if user is None or not user.active:
        _HASHER.hash(password)  # the same work either way: no timing hint of who exists
        log.warning("sign-in refused for %r (%s)", username[:100],
                    "no such account" if user is None else "account disabled")
        return None
    now = utcnow()
    if user.locked_until and user.locked_until.replace(tzinfo=None) > now.replace(tzinfo=None):
        left = user.locked_until.replace(tzinfo=None) - now.replace(tzinfo=None)
        raise Locked(max(1, int(left.total_seconds() // 60) + 1))
    right, rehash = verify_password(password, user.password_hash)
    if not right:
        user.failed_logins += 1
        log.warning("sign-in failed for %r (%d in a row)", user.username, user.failed_logins)
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            record(session, AuditEvent(actor=user.username, action="user.locked", entity="user",
                                   entity_id=user.id, after={"minutes": LOCK_MINUTES}))
        session.add(user)
        return None
    user.failed_logins, user.locked_until = 0, None
    if rehash:
        user.password_hash = hash_password(password)
    session.add(user)
    return user


def _account(session: Session, username: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise UserError(f"no user {username!r}")
    return user


def set_active(session: Session, username: str, active: bool, *, actor: str) -> User:
    """Disable or enable an account; a disabled account cannot sign in, and an open
    session of it loses its rights at its next page (the app asks on every run)."""
    user = _account(session, username)
    user.active = active
    session.add(user)
    if not active:
        end_sessions(session, user)
    record(session, AuditEvent(actor=actor, action="user.enable" if active else "user.disable",
                           entity="user", entity_id=user.id, after={"active": active}))
    return user


def set_password(session: Session, username: str, password: str, *, actor: str) -> User:
    """A new password (the admin's reset or the person's own change); unlocks the account."""
    _check_password(password)
    user = _account(session, username)
    user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until = 0, None
    session.add(user)
    end_sessions(session, user)  # whoever knew the old password is signed out
    record(session, AuditEvent(actor=actor, action="user.password", entity="user",
                           entity_id=user.id, after=None))
    return user


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(User.username)))


# Who may do what: the one policy the app, its pages and tracker.api ask.
EDITING_ROLES = frozenset({"editor", "admin"})


def can_edit(role: str) -> bool:
    """Ingest reports, decide statuses and evidence, tag and correct tasks."""
    return role in EDITING_ROLES


def can_administer(role: str) -> bool:
    """Manage accounts, relink everything, delete reports."""
    return role == "admin"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start_session(session: Session, username: str, *, hours: float = SESSION_HOURS) -> str:
    """A new session for the account; returns the token the browser keeps."""
    user = _account(session, username)
    assert user.id is not None
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(UserSession(token_hash=_digest(token), user_id=user.id, created_at=now,
                            expires_at=now + timedelta(hours=hours)))
    return token


def well_formed(token: object) -> TypeGuard[str]:
    """Whether `token` could be a session token at all (what start_session makes)."""
    return isinstance(token, str) and bool(_TOKEN.fullmatch(token))


def _live(session: Session, token: str | None) -> UserSession | None:
    if not well_formed(token):
        return None
    found = session.exec(select(UserSession).where(
        UserSession.token_hash == _digest(token))).first()
    now = utcnow().replace(tzinfo=None)
    if found is None or found.ended_at is not None or \
            found.expires_at.replace(tzinfo=None) <= now:
        return None
    return found


def session_user(session: Session, token: str | None) -> User | None:
    """The active account a token signs in, or None (unknown, ended, expired, disabled)."""
    found = _live(session, token)
    if found is None:
        return None
    user = session.get(User, found.user_id)
    return user if user is not None and user.active else None


def end_session(session: Session, token: str | None) -> None:
    """Sign a browser out (nothing happens for an unknown or ended token)."""
    found = _live(session, token)
    if found is not None:
        found.ended_at = utcnow()
        session.add(found)


def end_sessions(session: Session, user: User) -> int:
    """End every open session of the account; returns how many."""
    open_ = session.exec(select(UserSession).where(UserSession.user_id == user.id,
                                                   UserSession.ended_at == None)).all()  # noqa: E711
    for found in open_:
        found.ended_at = utcnow()
        session.add(found)
    return len(open_)
