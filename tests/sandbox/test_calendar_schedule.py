"""getSchedule over HTTP: merged free/busy slots, the window and interval limits, time zones and
the personal-account refusal."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.graph_schema import body_problems
from tests.sandbox.helpers import Http

URL = "/me/calendar/getSchedule"
OWNER = "user@emulator.local"


def at(hour: int, minute: int = 0, day: int = 2) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def ask(
    start: str = "2026-03-02T08:00:00",
    end: str = "2026-03-02T18:00:00",
    zone: str = "UTC",
    interval: int | None = 60,
    schedules: list[str] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schedules": schedules or [OWNER],
        "startTime": {"dateTime": start, "timeZone": zone},
        "endTime": {"dateTime": end, "timeZone": zone},
    }
    if interval is not None:
        body["availabilityViewInterval"] = interval
    return body


async def test_statuses_merge_into_one_digit_per_slot(emu: GraphEmulator, http: Http) -> None:
    emu.add_event("Busy", at(9), at(10))
    emu.add_event("Maybe", at(9, 30), at(11), showAs="tentative")
    emu.add_event("Away", at(13), at(14), showAs="oof")
    emu.add_event("Free", at(15), at(16), showAs="free")
    emu.add_event("Remote", at(16), at(17), showAs="workingElsewhere")
    emu.add_event("Cancelled", at(8), at(9), showAs="busy", organizer=("Bo", "bo@example.com"))
    emu.cancel_event(emu.calendar.view(at(8), at(9))[0].id)
    emu.add_event("Elsewhere", at(12), at(13), calendar_id=emu.add_calendar("Family"))
    emu.add_series("Lunch walk", at(12), at(12, 30), pattern="daily", count=3)

    reply = await http.post(URL, ask())
    assert reply.status == 200, reply.body
    (schedule,) = reply.body["value"]
    # Slots from 08:00: busy beats tentative at 09, oof at 13, workingElsewhere at 16; the
    # cancelled meeting and the other calendar do not count; the series' occurrence does.
    assert schedule["availabilityView"] == "0210230040"
    assert [(i["subject"], i["status"]) for i in schedule["scheduleItems"]] == [
        ("Busy", "busy"),
        ("Maybe", "tentative"),
        ("Lunch walk", "busy"),
        ("Away", "oof"),
        ("Free", "free"),
        ("Remote", "workingElsewhere"),
    ]
    assert schedule["scheduleItems"][0]["start"] == {
        "dateTime": "2026-03-02T09:00:00.0000000",
        "timeZone": "UTC",
    }
    assert schedule["workingHours"]["startTime"] == "08:00:00.0000000"
    assert body_problems("scheduleInformation", schedule) == []


async def test_slots_cut_at_the_interval_and_other_addresses_get_an_error(
    emu: GraphEmulator, http: Http
) -> None:
    emu.add_event("Call", at(8, 40), at(8, 50))
    reply = await http.post(
        URL, ask(end="2026-03-02T09:00:00", interval=None, schedules=[OWNER, "x@y.z"])
    )
    mine, unknown = reply.body["value"]
    assert mine["availabilityView"] == "02"  # default 30-minute slots: 08:00, 08:30
    assert unknown["scheduleId"] == "x@y.z" and unknown["error"]["responseCode"] == "5009"
    assert "availabilityView" not in unknown
    assert body_problems("scheduleInformation", unknown) == []


async def test_the_reply_zone_follows_prefer_and_all_day_follows_the_request_zone(
    emu: GraphEmulator, http: Http
) -> None:
    emu.add_event("Review", at(9), at(10))
    emu.add_event("Holiday", date(2026, 3, 3), date(2026, 3, 4))
    body = ask("2026-03-02T00:00:00", "2026-03-04T00:00:00", "Europe/Berlin", 1440)
    reply = await http.post(URL, body, headers={"Prefer": 'outlook.timezone="Europe/Berlin"'})
    (schedule,) = reply.body["value"]
    review, holiday = schedule["scheduleItems"]
    assert review["start"] == {
        "dateTime": "2026-03-02T10:00:00.0000000",
        "timeZone": "Europe/Berlin",
    }
    # The all-day item is midnight to midnight in the zone the request was made in.
    assert holiday["start"]["dateTime"] == "2026-03-03T00:00:00.0000000"
    assert holiday["end"]["dateTime"] == "2026-03-04T00:00:00.0000000"
    assert schedule["availabilityView"] == "22"


async def test_the_window_and_interval_limits(emu: GraphEmulator, http: Http) -> None:
    longest = await http.post(URL, ask("2026-03-01T00:00:00", "2026-05-02T00:00:00", interval=1440))
    assert longest.status == 200
    assert len(longest.body["value"][0]["availabilityView"]) == 62
    too_long = await http.post(
        URL, ask("2026-03-01T00:00:00", "2026-05-03T00:00:00", interval=1440)
    )
    assert (too_long.status, too_long.code) == (400, "ErrorTimeIntervalTooBig")

    emu.calendar_schedule_max_days = 42
    six_weeks_and_a_day = ask("2026-03-01T00:00:00", "2026-04-13T00:00:00", interval=1440)
    assert (await http.post(URL, six_weeks_and_a_day)).code == "ErrorTimeIntervalTooBig"

    for minutes in (4, 1441):
        reply = await http.post(URL, ask(interval=minutes))
        assert reply.code == "ErrorInvalidMergedFreeBusyInterval"
        assert "between 5 and 1440 minutes" in reply.body["error"]["message"]
    longer_than_window = ask(end="2026-03-02T08:30:00", interval=60)
    assert (await http.post(URL, longer_than_window)).code == "ErrorInvalidMergedFreeBusyInterval"


@pytest.mark.invalid_graph_bodies("the emulator's refusals are what this test checks")
async def test_bad_schedule_requests_are_refused(emu: GraphEmulator, http: Http) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({**ask(), "schedules": []}, "ErrorInvalidParameter"),
        ({**ask(), "schedules": [f"p{n}@x.y" for n in range(21)]}, "ErrorInvalidParameter"),
        ({**ask(), "extra": 1}, "BadRequest"),
        ({"schedules": [OWNER], "startTime": ask()["startTime"]}, "ErrorInvalidParameter"),
        (ask(zone="Atlantis"), "TimeZoneNotSupportedException"),
        (ask("2026-03-02T10:00:00", "2026-03-02T09:00:00"), "ErrorInvalidParameter"),
    ]
    for body, code in cases:
        reply = await http.post(URL, body)
        assert (reply.status, reply.code) == (400, code), body


async def test_personal_accounts_have_no_get_schedule(emu: GraphEmulator, http: Http) -> None:
    emu.calendar_get_schedule_available = False
    reply = await http.post(URL, ask())
    assert (reply.status, reply.code) == (400, "BadRequest")
    assert "not supported for MSA accounts" in reply.body["error"]["message"]
    # The calendar view still answers, which is what a client falls back to.
    window = {"startDateTime": "2026-03-02T00:00:00Z", "endDateTime": "2026-03-03T00:00:00Z"}
    assert (await http.get("/me/calendarView", params=window)).status == 200
