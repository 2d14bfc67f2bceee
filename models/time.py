"""Timestamps: timezone-aware UTC (SQLModel stores them as UTC on both databases)."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
