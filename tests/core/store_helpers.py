"""Helpers shared by tests that look at the store's suggestions."""

from __future__ import annotations

from pathlib import Path

import aiosqlite

from core.store import Store, SuggestionRecord, migrations


async def old_database(path: Path, migrations_applied: int, email_id: str, subject: str) -> None:
    """Make a database as a release with the first N migrations left it, with one email."""
    original = list(migrations.MIGRATIONS)
    async with aiosqlite.connect(path, isolation_level=None) as db:
        migrations.MIGRATIONS[:] = original[:migrations_applied]
        try:
            await migrations.migrate(db)
        finally:
            migrations.MIGRATIONS[:] = original
        await db.execute(
            "INSERT INTO emails (id, received_at, first_seen_at, updated_at, subject)"
            " VALUES (?, '2026-03-01T09:00:00.000000+00:00', 'x', 'x', ?)",
            (email_id, subject),
        )


async def newest_suggestion(store: Store, email_id: str) -> SuggestionRecord | None:
    """Return the newest suggestion made for an email, or None (the product never asks this)."""
    made = [s for s in await store.list_suggestions(limit=100_000) if s.email_id == email_id]
    return made[-1] if made else None
