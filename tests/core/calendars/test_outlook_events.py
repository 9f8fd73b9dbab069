"""Reading the Outlook calendar over HTTP against the Graph emulator: calendarView, series,
time zones, all-day events, paging, several calendars, get."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.microsoft.calendar import OutlookCalendarProvider
from core.microsoft.calendar_models import ASSISTANT_MARK_ID, ASSISTANT_MARK_VALUE
from core.microsoft.graph import GraphClient
from sandbox.graph_emulator import GraphEmulator
from tests.core.calendars.conftest import calendar_requests

BERLIN_ZONE = ZoneInfo("Europe/Berlin")


def utc(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


async def test_events_come_in_utc_with_every_field_mapped(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    meeting = emulator.add_event(
        "Budget review",
        datetime(2026, 3, 2, 10, 0),
        datetime(2026, 3, 2, 11, 0),
        time_zone="Europe/Berlin",
        organizer=("Bo Berg", "bo@example.com"),
        showAs="tentative",
        location={"displayName": "Room 4"},
    )
    emulator.add_event("Away", utc(2, 12), utc(2, 13), showAs="oof")
    mark = [{"id": ASSISTANT_MARK_ID, "value": ASSISTANT_MARK_VALUE}]
    ours = emulator.add_event("Focus", utc(2, 14), utc(2, 15), singleValueExtendedProperties=mark)
    called_off = emulator.add_event(
        "Called off", utc(2, 16), utc(2, 17), organizer=("Bo Berg", "bo@example.com")
    )
    emulator.cancel_event(called_off)

    events = await outlook.events(utc(2, 0), utc(3, 0))

    assert [e.title for e in events] == ["Budget review", "Away", "Focus", "Called off"]
    budget = events[0]
    assert budget.id == meeting and budget.provider == "outlook"
    assert budget.calendar_id == "default"
    assert (budget.start, budget.end) == (utc(2, 9), utc(2, 10))  # 10:00 in Berlin is 09:00Z
    assert budget.start.utcoffset() == timedelta(0)
    assert budget.show_as == "tentative" and budget.blocks_time
    assert budget.location == "Room 4" and budget.organizer == "bo@example.com"
    assert budget.ical_uid == emulator.event(meeting)["iCalUId"]
    assert budget.web_link and "itemid=" in budget.web_link
    assert not budget.created_by_assistant and budget.series_id is None
    assert events[1].show_as == "oof"
    assert events[2].created_by_assistant and events[2].id == ours
    assert events[3].cancelled and not events[3].blocks_time
    [view] = calendar_requests(emulator)
    assert view.path == "/me/calendar/calendarView"
    assert 'outlook.timezone="UTC"' in (view.header("Prefer") or "")
    assert 'IdType="ImmutableId"' in (view.header("Prefer") or "")
    assert {"startDateTime", "endDateTime", "$select"} <= set(view.query)


async def test_a_series_is_expanded_and_the_occurrence_across_the_window_start_is_kept(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    master = emulator.add_series(
        "Stand-up",
        datetime(2026, 3, 2, 9, 0),
        datetime(2026, 3, 2, 10, 0),
        time_zone="Europe/Berlin",
        days_of_week=["monday", "wednesday"],
        count=6,
    )
    # The window opens inside Wednesday 4 March's occurrence (08:00-09:00Z) and closes inside
    # Monday 9 March's.
    events = await outlook.events(utc(4, 8, 30), utc(9, 8, 30))

    assert [(e.start, e.end) for e in events] == [(utc(4, 8), utc(4, 9)), (utc(9, 8), utc(9, 9))]
    assert {e.series_id for e in events} == {master}
    assert len({e.id for e in events}) == 2


async def test_a_series_keeps_its_wall_clock_time_across_the_dst_change(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    # Berlin moves to summer time on Sunday 29 March 2026: 09:00 is 08:00Z before, 07:00Z after.
    emulator.add_series(
        "Daily planning",
        datetime(2026, 3, 27, 9, 0),
        datetime(2026, 3, 27, 9, 30),
        time_zone="Europe/Berlin",
        pattern="daily",
        count=5,
    )
    events = await outlook.events(utc(27, 0), utc(1, 0, month=4))

    assert [e.start for e in events] == [
        utc(27, 8),
        utc(28, 8),
        utc(29, 7),
        utc(30, 7),
        utc(31, 7),
    ]
    assert {e.start.astimezone(BERLIN_ZONE).hour for e in events} == {9}


async def test_all_day_events_span_local_midnights_in_the_mailbox_zone(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    emulator.add_event("Holiday", date(2026, 3, 3), date(2026, 3, 5), showAs="oof")
    emulator.add_event("Day before", date(2026, 3, 2), date(2026, 3, 3))
    # The local Tuesday 3 March in Berlin: 2 March 23:00Z to 3 March 23:00Z.
    events = await outlook.events(utc(2, 23), utc(3, 23))

    [holiday] = events  # "Day before" ends at the local day's start, so it is not in it
    assert holiday.all_day and holiday.title == "Holiday"
    assert (holiday.start, holiday.end) == (utc(2, 23), utc(4, 23))
    assert holiday.start.astimezone(BERLIN_ZONE).hour == 0


async def test_an_all_day_event_is_found_by_a_short_evening_window_west_of_utc(
    emulator: GraphEmulator, graph: GraphClient
) -> None:
    # 20:00-21:00 in New York on 2 March is 01:00-02:00Z on 3 March, after the all-day event's
    # UTC midnights: only the widened query finds it.
    new_york = OutlookCalendarProvider(graph, "Eastern Standard Time")
    emulator.add_event("Conference", date(2026, 3, 2), date(2026, 3, 3))
    emulator.add_event("Next day", date(2026, 3, 3), date(2026, 3, 4))

    [event] = await new_york.events(utc(3, 1), utc(3, 2))

    assert event.title == "Conference"
    assert (event.start, event.end) == (utc(2, 5), utc(3, 5))


async def test_every_page_of_every_configured_calendar_is_read(
    emulator: GraphEmulator, graph: GraphClient
) -> None:
    family = emulator.add_calendar("Family")
    for i in range(130):
        start = utc(2, 8) + timedelta(minutes=5 * i)
        emulator.add_event(f"Slot {i}", start, start + timedelta(minutes=5))
    emulator.add_event("School play", utc(2, 16), utc(2, 17), calendar_id=family)
    emulator.add_event("Elsewhere", utc(2, 9), utc(2, 10), calendar_id=emulator.add_calendar("x"))
    provider = OutlookCalendarProvider(graph, "UTC", calendar_ids=["default", family])

    events = await provider.events(utc(2, 0), utc(3, 0))

    assert len(events) == 131
    assert (provider.name, provider.label, provider.calendar_ids) == (
        "outlook",
        "Outlook",
        ("default", family),
    )
    assert [e.start for e in events] == sorted(e.start for e in events)
    [play] = [e for e in events if e.title == "School play"]
    assert play.calendar_id == family
    views = calendar_requests(emulator)
    assert len([r for r in views if r.path == "/me/calendar/calendarView"]) == 2  # two pages
    assert len([r for r in views if r.path == f"/me/calendars/{family}/calendarView"]) == 1


async def test_get_event_returns_one_event_or_none_when_it_is_gone(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    event_id = emulator.add_event("1:1", utc(2, 9), utc(2, 9, 30))

    event = await outlook.get_event(event_id)
    assert event is not None and event.title == "1:1" and event.start == utc(2, 9)

    emulator.delete_event(event_id)
    assert await outlook.get_event(event_id) is None


@pytest.mark.parametrize(
    ("start", "end"),
    [(datetime(2026, 3, 2), datetime(2026, 3, 3)), (utc(3, 0), utc(2, 0))],
)
async def test_a_window_must_be_aware_and_forward(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, start: datetime, end: datetime
) -> None:
    with pytest.raises(ValueError, match="window"):
        await outlook.events(start, end)
    assert emulator.requests == []


def test_the_provider_refuses_an_unknown_zone_or_no_calendar(graph: GraphClient) -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        OutlookCalendarProvider(graph, "Mars/Olympus")
    with pytest.raises(ValueError, match="calendar_ids"):
        OutlookCalendarProvider(graph, "UTC", calendar_ids=[])
