"""Helpers shared by tests that look at the store's suggestions."""

from __future__ import annotations

from core.store import Store, SuggestionRecord


async def newest_suggestion(store: Store, email_id: str) -> SuggestionRecord | None:
    """Return the newest suggestion made for an email, or None (the product never asks this)."""
    made = [s for s in await store.list_suggestions(limit=100_000) if s.email_id == email_id]
    return made[-1] if made else None
