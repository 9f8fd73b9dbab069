"""A provider that could not be built answers every call with the error that stopped it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.calendars.provider import EventChanges, EventDraft
from core.calendars.wiring import UnavailableProvider
from core.errors import AuthError

START, END = datetime(2026, 12, 7, 9, tzinfo=UTC), datetime(2026, 12, 7, 10, tzinfo=UTC)


async def test_every_call_raises_the_build_error() -> None:
    error = AuthError("calendars.google.client_id is not set")
    provider = UnavailableProvider("google", "Google Calendar", error)
    calls = [
        provider.events(START, END),
        provider.get_event("e1"),
        provider.free_busy(START, END),
        provider.create_event(EventDraft("Block", START, END), actor="owner"),
        provider.update_event("e1", EventChanges(title="x"), actor="owner"),
        provider.delete_event("e1", actor="owner"),
        provider.changes(START, END, None),
    ]
    for call in calls:
        with pytest.raises(AuthError, match="client_id is not set"):
            await call
    assert (provider.name, provider.label) == ("google", "Google Calendar")
