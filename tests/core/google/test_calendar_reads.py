"""Reading Google Calendar through the provider: events over several calendars and pages,
all-day and timed events as aware datetimes, get, freeBusy with per-calendar errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.calendars.provider import CalendarProvider
from core.google.calendar import GoogleCalendarProvider
from core.google.errors import GoogleCalendarError

TEAM = "team@group.calendar.google.com"
BERLIN = ZoneInfo("Europe/Berlin")
DAY = datetime(2026, 12, 7, tzinfo=BERLIN)


def seed(gcal) -> dict[str, dict]:
    gcal.add_calendar(TEAM, "Team", time_zone="Europe/Berlin")
    return {
        "standup": gcal.add_event(
            start=DAY.replace(hour=9),
            end=DAY.replace(hour=9, minute=15),
            summary="Standup",
            recurrence=["RRULE:FREQ=DAILY;COUNT=3"],
        ),
        "focus": gcal.add_event(
            start=DAY.replace(hour=13),
            end=DAY.replace(hour=14),
            summary="Focus (free)",
            transparency="transparent",
        ),
        "offsite": gcal.add_event(
            TEAM, start=date(2026, 12, 7), end=date(2026, 12, 9), summary="Offsite"
        ),
        "review": gcal.add_event(
            TEAM,
            start=DAY.replace(hour=10),
            end=DAY.replace(hour=11),
            summary="Review",
            location="Room 4",
        ),
        "dropped": gcal.add_event(start=DAY.replace(hour=15), end=DAY.replace(hour=16)),
    }


async def test_events_cover_every_calendar_and_page_with_aware_times(gcal, api):
    seeded = seed(gcal)
    gcal.remove_event("primary", seeded["dropped"]["id"])
    gcal.page_size_cap = 1
    provider = GoogleCalendarProvider(api, ("primary", TEAM))

    events = await provider.events(DAY, DAY + timedelta(days=1))

    assert [(e.title, e.calendar_id) for e in events] == [
        ("Offsite", TEAM),
        ("Standup", "primary"),
        ("Review", TEAM),
        ("Focus (free)", "primary"),
    ]
    offsite, standup, review, focus = events
    # All-day: midnight to midnight in the calendar's zone, two days long.
    assert offsite.all_day and offsite.start == DAY and offsite.end == DAY + timedelta(days=2)
    assert standup.start == datetime(2026, 12, 7, 8, tzinfo=UTC) and standup.start.tzinfo == UTC
    assert standup.series_id == f"primary/{seeded['standup']['id']}"
    assert review.ical_uid == seeded["review"]["iCalUID"] and review.location == "Room 4"
    assert review.id == f"{TEAM}/{seeded['review']['id']}" and review.blocks_time
    assert focus.show_as == "free" and not focus.blocks_time
    assert not any(e.created_by_assistant for e in events)
    lists = gcal.calls("calendar.events.list")
    # One event a page: two pages a calendar, every page followed.
    assert ["pageToken" in call.query for call in lists] == [False, True, False, True]
    first = lists[0].query
    assert first["singleEvents"] == "true" and first["orderBy"] == "startTime"
    assert first["timeMin"] == "2026-12-06T23:00:00Z" and first["timeMax"] == "2026-12-07T23:00:00Z"


async def test_get_event_returns_one_event_and_none_once_it_is_gone(gcal, provider):
    seeded = seed(gcal)
    found = await provider.get_event(f"primary/{seeded['focus']['id']}")
    assert found is not None and found.title == "Focus (free)"
    gcal.remove_event("primary", seeded["focus"]["id"])
    assert await provider.get_event(f"primary/{seeded['focus']['id']}") is None
    assert await provider.get_event("primary/unknown123") is None


async def test_free_busy_asks_once_for_all_calendars_and_reports_one_it_cannot_read(gcal, api):
    seeded = seed(gcal)
    gcal.remove_event("primary", seeded["dropped"]["id"])
    provider = GoogleCalendarProvider(api, ("primary", TEAM, "gone@group.calendar.google.com"))

    report = await provider.free_busy_report(DAY, DAY + timedelta(days=1))

    [call] = gcal.calls("calendar.freebusy.query")
    assert [item["id"] for item in call.json["items"]] == [
        "primary",
        TEAM,
        "gone@group.calendar.google.com",
    ]
    spans = [
        (b.calendar_id, b.start.astimezone(BERLIN).hour, b.end.astimezone(BERLIN).hour)
        for b in report.busy
    ]
    # The transparent focus block and the deleted event are free; the all-day offsite fills
    # the day on Team.
    assert spans == [(TEAM, 0, 0), ("primary", 9, 9)]
    assert report.problems == (
        "calendar 3 of calendars.google.calendar_ids: Google could not read it (notFound)",
    )
    assert await provider.free_busy(DAY, DAY + timedelta(days=1)) == list(report.busy)


async def test_free_busy_fails_when_no_calendar_could_be_read(gcal, api):
    provider = GoogleCalendarProvider(api, ("nobody@example.com",))
    with pytest.raises(GoogleCalendarError, match="every calendar"):
        await provider.free_busy(DAY, DAY + timedelta(days=1))


def test_the_provider_is_a_calendar_provider(provider):
    typed: CalendarProvider = provider
    assert (typed.name, typed.label) == ("google", "Google Calendar")


async def test_a_window_without_a_zone_is_refused_before_any_request(gcal, provider):
    with pytest.raises(ValueError, match="timezone-aware"):
        await provider.events(datetime(2026, 12, 7), datetime(2026, 12, 8))
    assert gcal.requests == []
