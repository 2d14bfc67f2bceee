"""Free tags the secretariat puts on commitments."""

from sqlmodel import Field, SQLModel


class Tag(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True, index=True)


class ItemTag(SQLModel, table=True):
    item_id: int = Field(foreign_key="item.id", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", primary_key=True)
