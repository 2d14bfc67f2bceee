"""Accounts for the app: scrypt-hashed passwords (Python's hashlib), roles, sign-in."""

import hashlib
import hmac
import secrets

from sqlmodel import Session, select

from models import AuditEvent, Role, User

_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~16 MiB and a few tens of ms per check


class UserError(ValueError):
    """An account that cannot be created or changed; the message says why."""


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    computed = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                              r=int(r), p=int(p))
    return hmac.compare_digest(computed.hex(), digest)


def add_user(session: Session, username: str, password: str, *, role: str = "viewer",
             full_name: str | None = None, actor: str = "admin") -> User:
    username = username.strip()
    if not username:
        raise UserError("a user needs a name")
    if role not in Role.__members__:
        raise UserError(f"unknown role {role!r} (viewer, editor or admin)")
    if len(password) < 8:
        raise UserError("the password needs at least 8 characters")
    if session.exec(select(User).where(User.username == username)).first():
        raise UserError(f"user {username!r} already exists")
    user = User(username=username, full_name=full_name, role=role,
                password_hash=hash_password(password))
    session.add(user)
    session.flush()
    session.add(AuditEvent(actor=actor, action="user.add", entity="user", entity_id=user.id,
                           after={"username": username, "role": role}))
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user if the name and password are right and the account is active."""
    user = session.exec(select(User).where(User.username == username.strip())).first()
    if user is None or not user.active:
        hash_password(password)  # same work either way: no timing hint of who exists
        return None
    return user if verify_password(password, user.password_hash) else None


def can_edit(role: str) -> bool:
    return role in ("editor", "admin")
