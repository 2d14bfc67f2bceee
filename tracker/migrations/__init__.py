"""Alembic migrations: an existing database upgrades in place (tracker.db.init_db)."""
