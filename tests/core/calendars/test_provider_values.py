"""The provider value types refuse what no provider could mean."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.calendars.provider import CalendarEvent, EventDraft

START = datetime(2026, 3, 2, 9, tzinfo=UTC)
END = datetime(2026, 3, 2, 10, tzinfo=UTC)


def test_an_event_is_aware_and_forward() -> None:
    event = CalendarEvent("outlook", "default", "e1", "Review", START, END)
    assert event.day == START.date() and event.blocks_time
    with pytest.raises(ValueError, match="timezone-aware"):
        CalendarEvent("outlook", "default", "e1", "Review", START.replace(tzinfo=None), END)
    with pytest.raises(ValueError, match="ends before it starts"):
        CalendarEvent("outlook", "default", "e1", "Review", END, START)


@pytest.mark.parametrize(
    ("title", "start", "end", "message"),
    [
        (" ", START, END, "needs a title"),
        ("Block", START.replace(tzinfo=None), END, "timezone-aware"),
        ("Block", START, START, "end after it starts"),
    ],
)
def test_a_draft_is_checked(title: str, start: datetime, end: datetime, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EventDraft(title, start, end)
