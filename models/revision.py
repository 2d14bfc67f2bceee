"""The data version: one counter that every committed write bumps, so readers that cache
(the app) can tell that something changed, whichever process wrote it."""

from sqlmodel import Field, SQLModel


class DataVersion(SQLModel, table=True):
    __tablename__ = "data_version"

    id: int = Field(default=1, primary_key=True)
    value: int = 0
