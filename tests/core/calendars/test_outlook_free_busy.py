"""Outlook free/busy over HTTP: getSchedule, its 62-day limit, the personal-account fallback to
the calendar view, and the calendars getSchedule does not cover."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from core.calendars.provider import BusyInterval
from core.errors import GraphAuthError
from core.microsoft.calendar import OutlookCalendarProvider
from core.microsoft.graph import GraphClient
from sandbox.graph_emulator import GraphEmulator, RecordedRequest

SCHEDULE = "/me/calendar/getSchedule"
OWNER = "user@emulator.local"


def utc(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def schedule_requests(emulator: GraphEmulator) -> list[RecordedRequest]:
    return [r for r in emulator.requests if r.path == SCHEDULE]


def spans(busy: list[BusyInterval]) -> list[tuple[datetime, datetime, str]]:
    return [(b.start, b.end, b.show_as) for b in busy]


def seed_day(emulator: GraphEmulator) -> None:
    emulator.add_event("Busy", utc(2, 9), utc(2, 10))
    emulator.add_event("Maybe", utc(2, 11), utc(2, 11, 30), showAs="tentative")
    emulator.add_event("Free", utc(2, 12), utc(2, 13), showAs="free")
    emulator.add_event("Away", utc(2, 14), utc(2, 15), showAs="oof")
    called_off = emulator.add_event(
        "Called off", utc(2, 16), utc(2, 17), organizer=("Bo", "bo@example.com")
    )
    emulator.cancel_event(called_off)


EXPECTED_DAY = [
    (utc(2, 9), utc(2, 10), "busy"),
    (utc(2, 11), utc(2, 11, 30), "tentative"),
    (utc(2, 14), utc(2, 15), "oof"),
]


async def test_free_busy_asks_get_schedule_for_the_owner(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    seed_day(emulator)
    emulator.add_event("Off-site", date(2026, 3, 3), date(2026, 3, 4))

    busy = await outlook.free_busy(utc(2, 0), utc(4, 0))

    assert spans(busy) == [
        *EXPECTED_DAY,
        # The all-day event blocks the local (Berlin) day: 2 March 23:00Z to 3 March 23:00Z.
        (utc(2, 23), utc(3, 23), "busy"),
    ]
    assert {(b.provider, b.calendar_id) for b in busy} == {("outlook", "default")}
    [ask] = schedule_requests(emulator)
    assert ask.json["schedules"] == [OWNER]
    assert ask.json["startTime"] == {"dateTime": "2026-03-02T01:00:00", "timeZone": "Europe/Berlin"}
    assert ask.json["availabilityViewInterval"] == 15
    assert 'outlook.timezone="UTC"' in (ask.header("Prefer") or "")
    assert [r.path for r in emulator.requests if r.method == "GET"] == ["/me"]
    assert outlook.schedule_available is True


async def test_busy_time_is_clipped_to_the_window(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    emulator.add_event("Long workshop", utc(2, 8), utc(2, 12))
    busy = await outlook.free_busy(utc(2, 9), utc(2, 10))
    assert spans(busy) == [(utc(2, 9), utc(2, 10), "busy")]


async def test_a_personal_account_falls_back_to_the_view_and_stops_asking(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    emulator.calendar_get_schedule_available = False
    seed_day(emulator)

    first = await outlook.free_busy(utc(2, 0), utc(3, 0))
    assert spans(first) == EXPECTED_DAY
    assert [r.status for r in schedule_requests(emulator)] == [400]
    assert outlook.schedule_available is False

    emulator.clear_requests()
    second = await outlook.free_busy(utc(2, 0), utc(3, 0))
    assert spans(second) == EXPECTED_DAY
    assert schedule_requests(emulator) == []
    assert [r.path for r in emulator.requests] == ["/me/calendar/calendarView"]


async def test_a_window_longer_than_62_days_is_asked_in_pieces(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    emulator.add_event("Early", utc(2, 9), utc(2, 10))
    emulator.add_event("Across the cut", utc(2, 23, month=5), utc(3, 2, month=5))
    emulator.add_event("Late", utc(1, 9, month=6), utc(1, 10, month=6))
    start = utc(2, 0)

    busy = await outlook.free_busy(start, start + timedelta(days=100))

    asks = schedule_requests(emulator)
    assert [r.status for r in asks] == [200, 200]
    windows = [(r.json["startTime"]["dateTime"], r.json["endTime"]["dateTime"]) for r in asks]
    assert windows == [
        ("2026-03-02T01:00:00", "2026-05-03T02:00:00"),  # 62 days (Berlin moved to summer time)
        ("2026-05-03T02:00:00", "2026-06-10T02:00:00"),
    ]
    assert spans(busy) == [
        (utc(2, 9), utc(2, 10), "busy"),
        (utc(2, 23, month=5), utc(3, 2, month=5), "busy"),  # once, though both pieces hold it
        (utc(1, 9, month=6), utc(1, 10, month=6), "busy"),
    ]


async def test_a_smaller_service_limit_is_followed(
    emulator: GraphEmulator, graph: GraphClient
) -> None:
    emulator.calendar_schedule_max_days = 30
    provider = OutlookCalendarProvider(graph, "UTC", schedule_max_days=30, owner_address=OWNER)
    emulator.add_event("Late", utc(20, 9, month=5), utc(20, 10, month=5))

    busy = await provider.free_busy(utc(1, 0), utc(30, 0, month=5))  # 90 days

    assert [r.status for r in schedule_requests(emulator)] == [200, 200, 200]
    assert spans(busy) == [(utc(20, 9, month=5), utc(20, 10, month=5), "busy")]
    assert not [r for r in emulator.requests if r.path == "/me"]  # the address was given


async def test_other_calendars_add_the_time_their_events_block(
    emulator: GraphEmulator, graph: GraphClient
) -> None:
    family = emulator.add_calendar("Family")
    emulator.add_event("Work", utc(2, 9), utc(2, 10))
    emulator.add_event("Dentist", utc(2, 15), utc(2, 16), calendar_id=family)
    emulator.add_event("Reminder", utc(2, 17), utc(2, 18), calendar_id=family, showAs="free")
    provider = OutlookCalendarProvider(graph, "UTC", calendar_ids=["default", family])

    busy = await provider.free_busy(utc(2, 0), utc(3, 0))

    assert [(b.start, b.calendar_id) for b in busy] == [
        (utc(2, 9), "default"),
        (utc(2, 15), family),
    ]
    assert len(schedule_requests(emulator)) == 1


async def test_a_schedule_error_for_the_owner_falls_back_to_the_view(
    emulator: GraphEmulator, graph: GraphClient
) -> None:
    # An address getSchedule cannot resolve gets a per-schedule error, not a failed request.
    provider = OutlookCalendarProvider(graph, "UTC", owner_address="alias@example.com")
    emulator.add_event("Work", utc(2, 9), utc(2, 10))

    busy = await provider.free_busy(utc(2, 0), utc(3, 0))

    assert spans(busy) == [(utc(2, 9), utc(2, 10), "busy")]
    assert provider.schedule_available is None  # not a verdict on the account


async def test_an_answer_without_schedule_items_is_read_from_the_availability_view(
    emulator: GraphEmulator, graph: GraphClient
) -> None:
    provider = OutlookCalendarProvider(graph, "UTC", owner_address=OWNER)
    view = {"scheduleId": OWNER, "availabilityView": "0022100300"}  # 15-minute slots from 09:00
    emulator.inject("POST", SCHEDULE, status=200, body={"value": [view]})

    busy = await provider.free_busy(utc(2, 9), utc(2, 11, 30))

    assert spans(busy) == [
        (utc(2, 9, 30), utc(2, 10), "busy"),
        (utc(2, 10), utc(2, 10, 15), "tentative"),
        (utc(2, 10, 45), utc(2, 11), "oof"),
    ]


async def test_other_get_schedule_failures_are_raised_not_taken_for_a_personal_account(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    emulator.inject("POST", SCHEDULE, status=403)
    with pytest.raises(GraphAuthError):
        await outlook.free_busy(utc(2, 0), utc(3, 0))
    assert outlook.schedule_available is None


async def test_a_window_of_a_few_minutes_is_read_from_the_view(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    # getSchedule needs a window longer than its 5-minute minimum interval.
    emulator.add_event("Busy", utc(2, 9), utc(2, 10))
    busy = await outlook.free_busy(utc(2, 9, 30), utc(2, 9, 34))
    assert spans(busy) == [(utc(2, 9, 30), utc(2, 9, 34), "busy")]
    assert schedule_requests(emulator) == []
    ten = await outlook.free_busy(utc(2, 9, 30), utc(2, 9, 40))
    assert spans(ten) == [(utc(2, 9, 30), utc(2, 9, 40), "busy")]
    assert schedule_requests(emulator)[-1].json["availabilityViewInterval"] == 5


async def test_get_schedule_is_asked_again_after_a_lost_answer(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    # A query changes nothing, so a 504 or a dropped connection is simply retried.
    emulator.add_event("Busy", utc(2, 9), utc(2, 10))
    emulator.inject("POST", SCHEDULE, status=504)
    emulator.drop_connection("POST", SCHEDULE)

    busy = await outlook.free_busy(utc(2, 0), utc(3, 0))

    assert spans(busy) == [(utc(2, 9), utc(2, 10), "busy")]
    assert [r.status for r in schedule_requests(emulator)] == [504, 0, 200]
