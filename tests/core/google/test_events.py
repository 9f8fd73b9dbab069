"""Google Event resources read as CalendarEvents, and the PATCH bodies built from changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.calendars.provider import CalendarEvent, EventChanges
from core.google.events import changes_body, split_id, to_event

UTC_ZONE = ZoneInfo("UTC")
START = datetime(2026, 12, 8, 9, tzinfo=UTC)


def event(**fields: object) -> dict[str, object]:
    return {
        "id": "abc123",
        "start": {"dateTime": "2026-12-08T10:00:00+01:00"},
        "end": {"dateTime": "2026-12-08T11:00:00+01:00"},
    } | fields


@pytest.mark.parametrize(
    ("fields", "show_as"),
    [
        ({}, "busy"),
        ({"transparency": "transparent"}, "free"),
        ({"eventType": "outOfOffice"}, "oof"),
        (
            {"attendees": [{"email": "me@x.com", "self": True, "responseStatus": "tentative"}]},
            "tentative",
        ),
        (
            {"attendees": [{"email": "me@x.com", "self": True, "responseStatus": "declined"}]},
            "free",
        ),
        ({"attendees": [{"email": "ana@x.com", "responseStatus": "declined"}]}, "busy"),
    ],
)
def test_how_an_event_shows_the_owners_time(fields, show_as):
    assert to_event(event(**fields), "primary", UTC_ZONE).show_as == show_as


def test_times_without_an_offset_take_the_events_zone_or_the_calendars():
    berlin = to_event(
        event(
            start={"dateTime": "2026-12-08T10:00:00", "timeZone": "Europe/Berlin"},
            end={"dateTime": "2026-12-08T11:00:00", "timeZone": "No/Such_Zone"},
        ),
        "primary",
        ZoneInfo("America/New_York"),
    )
    assert berlin.start == datetime(2026, 12, 8, 9, tzinfo=UTC)
    assert berlin.end == datetime(2026, 12, 8, 16, tzinfo=UTC)  # unknown zone: the calendar's
    with pytest.raises(ValueError):
        to_event(event(start=None), "primary", UTC_ZONE)
    organizer = to_event(
        event(organizer={"email": "boss@x.com", "displayName": "Boss"}), "c", UTC_ZONE
    )
    assert organizer.organizer == "Boss" and organizer.id == "c/abc123"


def current() -> CalendarEvent:
    return CalendarEvent(
        "google", "primary", "primary/abc123", "1:1", START, START + timedelta(hours=1)
    )


def test_a_patch_carries_only_what_changes():
    assert changes_body(EventChanges(), current()) == {}
    assert changes_body(EventChanges(title="Sync", location="Room 2"), current()) == {
        "summary": "Sync",
        "location": "Room 2",
    }
    longer = changes_body(EventChanges(end=START + timedelta(hours=2)), current())
    assert longer["start"]["dateTime"] == START.isoformat()
    assert longer["end"]["dateTime"] == (START + timedelta(hours=2)).isoformat()
    with pytest.raises(ValueError, match="end after it starts"):
        changes_body(EventChanges(end=START - timedelta(hours=1)), current())


def test_an_id_without_a_calendar_is_refused():
    assert split_id("team@group.calendar.google.com/abc_20261208T090000Z") == (
        "team@group.calendar.google.com",
        "abc_20261208T090000Z",
    )
    for bad in ("abc", "/abc", "primary/"):
        with pytest.raises(ValueError):
            split_id(bad)
