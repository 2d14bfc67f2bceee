"""People who sign in to the app, with a role: viewer, editor or admin."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from models.time import utcnow


class User(SQLModel, table=True):
    __tablename__ = "app_user"  # "user" is a reserved word in PostgreSQL

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=100, unique=True, index=True)
    full_name: str | None = Field(default=None, max_length=200)
    role: str = Field(default="viewer", max_length=20)
    password_hash: str = Field(max_length=300)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    failed_logins: int = 0  # wrong passwords in a row
    locked_until: datetime | None = None  # set after too many; sign-in waits until then


class UserSession(SQLModel, table=True):
    """A signed-in browser: the token lives in the browser's cookie, only its SHA-256 here,
    so a copy of the database signs nobody in."""

    __tablename__ = "user_session"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    user_id: int = Field(foreign_key="app_user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    ended_at: datetime | None = None  # signed out, or ended by an admin's change
