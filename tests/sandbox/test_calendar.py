"""The emulated Outlook calendar over HTTP: calendarView, recurrence, time zones, events CRUD."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.graph_schema import body_problems
from tests.sandbox.helpers import Http

VIEW = "/me/calendarView"
MARCH = {"startDateTime": "2026-03-01T00:00:00Z", "endDateTime": "2026-04-01T00:00:00Z"}


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


async def view_all(http: Http, params: dict[str, str], **kwargs: Any) -> list[dict[str, Any]]:
    """Follow a calendarView to its last page."""
    page = await http.get(VIEW, params=params, **kwargs)
    assert page.status == 200, page.body
    items = list(page.body["value"])
    while "@odata.nextLink" in page.body:
        page = await http.get(page.body["@odata.nextLink"], **kwargs)
        items += page.body["value"]
    return items


async def test_a_view_needs_both_ends_of_its_window(emu: GraphEmulator, http: Http) -> None:
    for params in ({}, {"startDateTime": "2026-03-01T00:00:00Z"}):
        reply = await http.get(VIEW, params=params)
        assert reply.status == 400
        assert reply.code == "ErrorInvalidParameter"
        assert "StartDateTime and EndDateTime" in reply.body["error"]["message"]
    too_long = {"startDateTime": "2020-01-01T00:00:00Z", "endDateTime": "2026-01-01T00:00:00Z"}
    assert (await http.get(VIEW, params=too_long)).code == "ErrorInvalidRequest"


async def test_a_view_holds_what_overlaps_its_window(emu: GraphEmulator, http: Http) -> None:
    emu.add_event("ends at the start", at(2, 8), at(2, 9))
    straddles_start = emu.add_event("straddles the start", at(2, 8, 30), at(2, 9, 30))
    inside = emu.add_event("inside", at(2, 10), at(2, 11))
    straddles_end = emu.add_event("straddles the end", at(2, 11, 30), at(2, 12, 30))
    emu.add_event("starts at the end", at(2, 12), at(2, 13))
    other = emu.add_calendar("Family")
    emu.add_event("other calendar", at(2, 10), at(2, 11), calendar_id=other)

    window = {"startDateTime": "2026-03-02T09:00:00Z", "endDateTime": "2026-03-02T12:00:00Z"}
    items = await view_all(http, window)
    assert [i["id"] for i in items] == [straddles_start, inside, straddles_end]
    # A value with an offset is read by it; one without is UTC.
    berlin = {"startDateTime": "2026-03-02T10:00:00+01:00", "endDateTime": "2026-03-02T11:00"}
    assert [i["id"] for i in await view_all(http, berlin)] == [straddles_start, inside]
    family = await http.get(f"/me/calendars/{other}/calendarView", params=window)
    assert [i["subject"] for i in family.body["value"]] == ["other calendar"]


async def test_a_weekly_series_expands_on_wall_clock_time_across_the_edges(
    emu: GraphEmulator, http: Http
) -> None:
    berlin = datetime(2026, 3, 2, 9, 0)  # Monday, wall-clock time in Europe/Berlin
    master = emu.add_series(
        "Stand-up",
        berlin,
        berlin.replace(hour=10),
        time_zone="Europe/Berlin",
        days_of_week=["monday", "wednesday"],
        count=10,
    )
    # The window starts inside Wednesday 4th's occurrence (08:00-09:00Z).
    window = {"startDateTime": "2026-03-04T08:30:00Z", "endDateTime": "2026-04-01T00:00:00Z"}
    items = await view_all(http, window)
    assert {i["type"] for i in items} == {"occurrence"}
    assert {i["seriesMasterId"] for i in items} == {master}
    starts = [i["start"]["dateTime"] for i in items]
    # 10 occurrences from Mon 2 March; Mon 2 falls before the window. Berlin moves to summer time
    # on 29 March, so 09:00 there is 07:00Z from Monday 30 March on.
    assert (
        starts
        == [
            "2026-03-04T08:00:00.0000000",
            "2026-03-09T08:00:00.0000000",
            "2026-03-11T08:00:00.0000000",
            "2026-03-16T08:00:00.0000000",
            "2026-03-18T08:00:00.0000000",
            "2026-03-23T08:00:00.0000000",
            "2026-03-25T08:00:00.0000000",
            "2026-03-30T07:00:00.0000000",
            "2026-04-01T07:00:00.0000000",
        ][:-1]
    )
    assert len(set(i["id"] for i in items)) == len(items)
    again = await view_all(http, window)
    assert [i["id"] for i in again] == [i["id"] for i in items]
    one = await http.get(f"/me/events/{items[0]['id']}")
    assert one.body["type"] == "occurrence" and one.body["originalStart"] == "2026-03-04T08:00:00Z"
    master_body = await http.get(f"/me/events/{master}")
    assert master_body.body["type"] == "seriesMaster"
    assert master_body.body["recurrence"]["range"]["numberOfOccurrences"] == 10
    listed = await http.get("/me/events")
    assert [e["id"] for e in listed.body["value"]] == [master]


async def test_changing_and_deleting_one_occurrence(emu: GraphEmulator, http: Http) -> None:
    master = emu.add_series("Daily", at(2, 9), at(2, 10), pattern="daily", until=date(2026, 3, 6))
    first = await view_all(http, MARCH)
    assert len(first) == 5
    moved, dropped = first[1]["id"], first[2]["id"]
    patch = {"start": {"dateTime": "2026-03-03T15:00:00", "timeZone": "UTC"}}
    patch["end"] = {"dateTime": "2026-03-03T16:00:00", "timeZone": "UTC"}
    patched = await http.patch(f"/me/events/{moved}", {**patch, "subject": "Moved"})
    assert patched.status == 200
    assert patched.body["type"] == "exception" and patched.body["seriesMasterId"] == master
    assert (await http("DELETE", f"/me/events/{dropped}")).status == 204
    assert (await http("DELETE", f"/me/events/{dropped}")).code == "ErrorItemNotFound"

    after = {i["id"]: i for i in await view_all(http, MARCH)}
    assert len(after) == 4 and dropped not in after
    assert after[moved]["subject"] == "Moved"
    assert after[moved]["start"]["dateTime"] == "2026-03-03T15:00:00.0000000"
    assert (await http.get(f"/me/events/{dropped}")).code == "ErrorItemNotFound"

    assert (await http("DELETE", f"/me/events/{master}")).status == 204
    assert await view_all(http, MARCH) == []


async def test_prefer_outlook_timezone_sets_the_reply_zone(emu: GraphEmulator, http: Http) -> None:
    emu.add_event(
        "Review", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 10), time_zone="Europe/Berlin"
    )
    emu.add_event("Holiday", date(2026, 3, 5), date(2026, 3, 6))

    plain = await view_all(http, MARCH)
    assert plain[0]["start"] == {"dateTime": "2026-03-02T08:00:00.0000000", "timeZone": "UTC"}
    assert plain[0]["originalStartTimeZone"] == "Europe/Berlin"

    for zone, wall_clock in (("Pacific Standard Time", "00:00"), ("Asia/Tokyo", "17:00")):
        prefer = {"Prefer": f'outlook.timezone="{zone}"'}
        reply = await http.get(VIEW, params=MARCH, headers=prefer)
        assert reply.headers["Preference-Applied"] == f'outlook.timezone="{zone}"'
        review, holiday = reply.body["value"]
        assert review["start"] == {
            "dateTime": f"2026-03-02T{wall_clock}:00.0000000",
            "timeZone": zone,
        }
        # All-day events float: midnight of their own dates in whatever zone is asked for.
        assert holiday["isAllDay"] is True
        assert holiday["start"] == {"dateTime": "2026-03-05T00:00:00.0000000", "timeZone": zone}
        assert holiday["end"]["dateTime"] == "2026-03-06T00:00:00.0000000"

    unknown = await http.get(
        VIEW, params=MARCH, headers={"Prefer": 'outlook.timezone="Mars/Olympus"'}
    )
    assert unknown.status == 400 and unknown.code == "TimeZoneNotSupportedException"


async def test_paging_top_and_order(emu: GraphEmulator, http: Http) -> None:
    ids = [emu.add_event(f"E{n}", at(n + 1, 9), at(n + 1, 10)) for n in range(12)]
    page = await http.get(VIEW, params=MARCH)
    assert len(page.body["value"]) == 10 and "$skip=10" in page.body["@odata.nextLink"]
    assert [i["id"] for i in await view_all(http, MARCH)] == ids
    newest_first = {**MARCH, "$top": "5", "$orderby": "start/dateTime desc"}
    assert [i["id"] for i in await view_all(http, newest_first)] == ids[::-1]
    picked = await http.get(VIEW, params={**MARCH, "$select": "subject,start"})
    assert set(picked.body["value"][0]) == {"@odata.etag", "id", "subject", "start"}
    hidden = await http.get(VIEW, params={**MARCH, "$select": "createdDateTime"})
    assert hidden.status == 400
    assert (await http.get(VIEW, params={**MARCH, "$orderby": "subject"})).status == 400


async def test_create_read_change_delete(emu: GraphEmulator, http: Http) -> None:
    work = emu.add_calendar("Work", "lightBlue")
    calendars = await http.get("/me/calendars")
    assert [c["name"] for c in calendars.body["value"]] == ["Calendar", "Work"]
    assert calendars.body["value"][0]["isDefaultCalendar"] is True
    body = {
        "subject": "Planning",
        "body": {"contentType": "text", "content": "Agenda: <none>"},
        "start": {"dateTime": "2026-03-10T14:00:00", "timeZone": "W. Europe Standard Time"},
        "end": {"dateTime": "2026-03-10T15:00:00", "timeZone": "W. Europe Standard Time"},
        "location": {"displayName": "Room 4"},
        "attendees": [{"emailAddress": {"address": "ada@example.com"}, "type": "optional"}],
        "showAs": "tentative",
    }
    created = await http.post(f"/me/calendars/{work}/events", body)
    assert created.status == 201, created.body
    event_id = created.body["id"]
    assert created.body["start"] == {"dateTime": "2026-03-10T13:00:00.0000000", "timeZone": "UTC"}
    assert created.body["organizer"]["emailAddress"]["address"] == emu.profile["mail"]
    assert created.body["attendees"][0]["emailAddress"] == {
        "name": "ada@example.com",
        "address": "ada@example.com",
    }
    fetched = await http.get(f"/me/events/{event_id}")
    assert fetched.body["subject"] == "Planning" and fetched.body["showAs"] == "tentative"
    changed = await http.patch(
        f"/me/events/{event_id}", {"subject": "Planning (moved)", "showAs": "busy"}
    )
    assert changed.body["subject"] == "Planning (moved)"
    assert changed.body["changeKey"] != created.body["changeKey"]
    assert (await http("DELETE", f"/me/events/{event_id}")).status == 204
    again = await http("DELETE", f"/me/events/{event_id}")
    assert again.status == 404 and again.code == "ErrorItemNotFound"
    assert (await http.get(f"/me/events/{event_id}")).status == 404


async def test_a_repeated_transaction_id_creates_one_event(emu: GraphEmulator, http: Http) -> None:
    body = {
        "subject": "Focus block",
        "start": {"dateTime": "2026-03-10T09:00:00", "timeZone": "UTC"},
        "end": {"dateTime": "2026-03-10T09:30:00", "timeZone": "UTC"},
        "transactionId": "block-7f3a",
    }
    first = await http.post("/me/events", body)
    retried = await http.post("/me/events", body)
    assert first.status == retried.status == 201
    assert retried.body["id"] == first.body["id"]
    assert retried.body["transactionId"] == "block-7f3a"
    other = await http.post("/me/events", {**body, "transactionId": "block-9c1d"})
    assert other.body["id"] != first.body["id"]
    assert len(await view_all(http, MARCH)) == 2


@pytest.mark.invalid_graph_bodies("the emulator's refusals are what this test checks")
async def test_bad_event_bodies_are_refused_and_change_nothing(
    emu: GraphEmulator, http: Http
) -> None:
    start = {"dateTime": "2026-03-10T09:00:00", "timeZone": "UTC"}
    end = {"dateTime": "2026-03-10T10:00:00", "timeZone": "UTC"}
    cases: list[tuple[dict[str, Any], str]] = [
        ({"subject": "x", "start": start}, "ErrorInvalidRequest"),
        ({"start": start, "end": end, "subjet": "typo"}, "RequestBodyRead"),
        ({"start": start, "end": end, "showAs": "away"}, "RequestBodyRead"),
        ({"start": start, "end": end, "id": "mine"}, "ErrorInvalidPropertySet"),
        ({"start": start, "end": end, "isAllDay": True}, "ErrorInvalidRequest"),
        ({"start": {**start, "timeZone": "Nowhere"}, "end": end}, "TimeZoneNotSupportedException"),
        ({"start": end, "end": start}, "ErrorInvalidRequest"),
        (
            {
                "start": start,
                "end": end,
                "recurrence": {"pattern": {"type": "weekly"}, "range": {"type": "noEnd"}},
            },
            "ErrorInvalidRequest",
        ),
    ]
    for body, code in cases:
        reply = await http.post("/me/events", body)
        assert (reply.status, reply.code) == (400, code), body
    event_id = emu.add_event("Kept", at(10, 9), at(10, 10))
    refused = await http.patch(f"/me/events/{event_id}", {"subject": "New", "showAs": "away"})
    assert refused.status == 400
    assert emu.event(event_id)["subject"] == "Kept"
    assert len(await view_all(http, MARCH)) == 1


async def test_every_event_body_agrees_with_the_csdl(emu: GraphEmulator, http: Http) -> None:
    emu.add_event(
        "Invite",
        at(3, 9),
        at(3, 10),
        organizer=("Bo Organizer", "bo@example.com"),
        attendees=[("Owner", "user@emulator.local")],
        location={"displayName": "Room 1"},
        sensitivity="private",
        categories=["Blue category"],
    )
    emu.add_event("Off", date(2026, 3, 4), date(2026, 3, 5), showAs="oof")
    emu.add_series("Weekly", at(2, 9), at(2, 10), count=3)
    series = emu.add_series("Monthly", at(5, 9), at(5, 10), pattern="absoluteMonthly", count=2)
    posted = await http.post(
        "/me/events",
        {
            "subject": "Posted",
            "start": {"dateTime": "2026-03-12T09:00:00", "timeZone": "UTC"},
            "end": {"dateTime": "2026-03-12T10:00:00", "timeZone": "UTC"},
            "recurrence": {
                "pattern": {"type": "daily", "interval": 2},
                "range": {"type": "endDate", "startDate": "2026-03-12", "endDate": "2026-03-20"},
            },
        },
    )
    bodies = [posted.body, (await http.get(f"/me/events/{series}")).body]
    bodies += await view_all(http, MARCH)
    bodies += (await http.get("/me/events")).body["value"]
    assert len(bodies) > 12
    for body in bodies:
        assert body_problems("event", body) == [], body
    for calendar in (await http.get("/me/calendars")).body["value"]:
        assert body_problems("calendar", calendar) == []


async def test_instances_of_a_series(emu: GraphEmulator, http: Http) -> None:
    master = emu.add_series("Daily", at(2, 9), at(2, 10), pattern="daily", interval=3)
    reply = await http.get(f"/me/events/{master}/instances", params=MARCH)
    days = [i["start"]["dateTime"][8:10] for i in reply.body["value"]]
    assert days == ["02", "05", "08", "11", "14", "17", "20", "23", "26", "29"]
    assert (await http.get(f"/me/events/{master}/instances")).code == "ErrorInvalidParameter"


async def test_the_owner_moves_and_deletes_events(emu: GraphEmulator, http: Http) -> None:
    event_id = emu.add_event("Dentist", at(9, 9), at(9, 10))
    series = emu.add_series("Gym", at(2, 18), at(2, 19), count=4)
    emu.move_event(event_id, datetime(2026, 3, 9, 15), datetime(2026, 3, 9, 16), "Europe/London")
    occurrences = [i["id"] for i in await view_all(http, MARCH) if i["seriesMasterId"] == series]
    emu.delete_event(occurrences[1])
    items = await view_all(http, MARCH)
    dentist = next(i for i in items if i["id"] == event_id)
    assert dentist["start"]["dateTime"] == "2026-03-09T15:00:00.0000000"
    assert [i["id"] for i in items if i["seriesMasterId"] == series] == [
        occurrences[0],
        *occurrences[2:],
    ]
    emu.delete_event(event_id)
    assert (await http.get(f"/me/events/{event_id}")).status == 404


async def test_calendar_requests_work_inside_a_batch(emu: GraphEmulator, http: Http) -> None:
    requests = [
        {
            "id": "1",
            "method": "POST",
            "url": "/me/events",
            "headers": {"Content-Type": "application/json"},
            "body": {
                "subject": "Batched",
                "start": {"dateTime": "2026-03-10T09:00:00", "timeZone": "UTC"},
                "end": {"dateTime": "2026-03-10T10:00:00", "timeZone": "UTC"},
            },
        },
        {
            "id": "2",
            "method": "GET",
            "url": "/me/calendarView?startDateTime=2026-03-10T00:00:00Z"
            "&endDateTime=2026-03-11T00:00:00Z",
            "dependsOn": ["1"],
        },
    ]
    reply = await http.post("/$batch", {"requests": requests})
    answers = {r["id"]: r for r in reply.body["responses"]}
    assert answers["1"]["status"] == 201
    assert [e["subject"] for e in answers["2"]["body"]["value"]] == ["Batched"]
    assert [r.path for r in emu.requests if r.in_batch] == ["/me/events", "/me/calendarView"]


async def test_all_day_events_keep_their_dates_through_changes(
    emu: GraphEmulator, http: Http
) -> None:
    # Made in a zone west of UTC: its midnight is not UTC midnight, yet the dates are the dates.
    event_id = emu.add_event(
        "Offsite", date(2026, 3, 5), date(2026, 3, 7), time_zone="Pacific Standard Time"
    )
    series = emu.add_series(
        "Payday",
        date(2026, 3, 6),
        date(2026, 3, 7),
        pattern="absoluteMonthly",
        count=2,
        time_zone="America/Los_Angeles",
    )
    renamed = await http.patch(f"/me/events/{event_id}", {"subject": "Offsite (2 days)"})
    assert renamed.status == 200, renamed.body
    assert renamed.body["start"]["dateTime"] == "2026-03-05T00:00:00.0000000"
    assert renamed.body["end"]["dateTime"] == "2026-03-07T00:00:00.0000000"
    shortened = await http.patch(
        f"/me/events/{event_id}",
        {"end": {"dateTime": "2026-03-06T00:00:00", "timeZone": "Pacific Standard Time"}},
    )
    assert shortened.body["end"]["dateTime"] == "2026-03-06T00:00:00.0000000"
    spring = {"startDateTime": "2026-03-01T00:00:00Z", "endDateTime": "2026-05-01T00:00:00Z"}
    paydays = [
        i["start"]["dateTime"][:10]
        for i in await view_all(http, spring)
        if i["seriesMasterId"] == series
    ]
    assert paydays == ["2026-03-06", "2026-04-06"]


async def test_preferences_applied_are_all_named(emu: GraphEmulator, http: Http) -> None:
    emu.add_event("One", at(2, 9), at(2, 10))
    prefer = {"Prefer": 'odata.maxpagesize=5, outlook.timezone="Asia/Tokyo"'}
    reply = await http.get(VIEW, params=MARCH, headers=prefer)
    applied = reply.headers["Preference-Applied"]
    assert "odata.maxpagesize=5" in applied and 'outlook.timezone="Asia/Tokyo"' in applied


START = {"dateTime": "2026-03-10T09:00:00", "timeZone": "UTC"}
END = {"dateTime": "2026-03-10T10:00:00", "timeZone": "UTC"}


PATTERN_FIELDS = ("type", "interval", "daysOfWeek", "firstDayOfWeek", "dayOfMonth")


def weekly(**changes: Any) -> dict[str, Any]:
    """An event body with a weekly series, some pattern or range fields changed."""
    pattern: dict[str, Any] = {"type": "weekly", "interval": 1, "daysOfWeek": ["tuesday"]}
    rng: dict[str, Any] = {"type": "noEnd", "startDate": "2026-03-10"}
    for key, value in changes.items():
        target = pattern if key in PATTERN_FIELDS else rng
        target[key] = value
    return {"start": START, "end": END, "recurrence": {"pattern": pattern, "range": rng}}


@pytest.mark.invalid_graph_bodies("the emulator's refusals are what this test checks")
async def test_each_refusal_says_what_is_wrong(emu: GraphEmulator, http: Http) -> None:
    times = {"start": START, "end": END}
    cases: list[tuple[dict[str, Any], str]] = [
        ({**times, "subject": 7}, "'subject' must be a string"),
        ({**times, "body": "text"}, "'body' must be an itemBody"),
        ({**times, "isReminderOn": "yes"}, "'isReminderOn' must be a boolean"),
        ({**times, "importance": "urgent"}, "microsoft.graph.importance"),
        ({**times, "categories": "Blue"}, "'categories' must be an array"),
        ({**times, "attendees": {"a": 1}}, "'attendees' must be an array"),
        ({**times, "attendees": ["ada"]}, "'attendees[0]' must be an attendee"),
        ({**times, "attendees": [{"emailAddress": "ada"}]}, "emailAddress {address, name}"),
        ({**times, "attendees": [{"emailAddress": {"address": "ada"}}]}, "SMTP address"),
        ({**times, "location": "Room 1"}, "'location' must be a location"),
        ({**times, "location": {"displayName": 1}}, "'location.displayName'"),
        ({**times, "reminderMinutesBeforeStart": -5}, "whole number of minutes"),
        ({**times, "transactionId": 5}, "'transactionId' must be a string"),
        ({"start": START}, "both 'start' and 'end'"),
        ({"start": "2026-03-10", "end": END}, "'start' must be a dateTimeTimeZone"),
        ({"start": {**START, "zone": "UTC"}, "end": END}, "dateTimeTimeZone"),
        ({"start": {**START, "timeZone": 1}, "end": END}, "not supported: '1'"),
        ({"start": {"dateTime": "10 March"}, "end": END}, "'start.dateTime' is not a valid"),
        (
            {
                "start": {"dateTime": "2026-03-10T00:00:00"},
                "end": {"dateTime": "2026-03-10T00:00:00"},
                "isAllDay": True,
            },
            "at least 24 hours",
        ),
        ({**times, "recurrence": "weekly"}, "'patternedRecurrence' must be an object"),
        ({**times, "recurrence": {"pattern": {"type": "weekly"}, "range": {}, "x": 1}}, "'x'"),
        (weekly(type="hourly"), "recurrencePatternType"),
        (weekly(type="relativeYearly"), "expands only"),
        (weekly(interval=0), "'pattern.interval'"),
        (weekly(daysOfWeek=["someday"]), "'pattern.daysOfWeek'"),
        (weekly(daysOfWeek=[]), "at least one day"),
        (weekly(firstDayOfWeek="funday"), "'pattern.firstDayOfWeek'"),
        (weekly(type="absoluteMonthly", dayOfMonth=32), "'pattern.dayOfMonth'"),
        (weekly(type="noEnd2"), "recurrencePatternType"),
        (
            {**times, "recurrence": {"pattern": {"type": "daily"}, "range": {"type": "x"}}},
            "RangeType",
        ),
        (weekly(startDate=20260310), "'range.startDate' must be a date"),
        (weekly(startDate="2026-13-01"), "'range.startDate' is not a valid date"),
    ]
    for body, words in cases:
        reply = await http.post("/me/events", body)
        assert reply.status == 400, body
        assert words in reply.body["error"]["message"], (body, reply.body)
    series = emu.add_series("S", at(10, 9), at(10, 10), count=2)
    occurrence = (await view_all(http, MARCH))[0]["id"]
    own_series = await http.patch(f"/me/events/{occurrence}", weekly())
    assert "cannot have its own recurrence" in own_series.body["error"]["message"]
    bad_range = {
        "recurrence": weekly()["recurrence"]
        | {"range": {"type": "endDate", "startDate": "2026-03-10", "endDate": "2026-03-01"}}
    }
    assert (
        "'range.endDate'"
        in (await http.patch(f"/me/events/{series}", bad_range)).body["error"]["message"]
    )
    no_count = {
        "recurrence": weekly()["recurrence"]
        | {"range": {"type": "numbered", "startDate": "2026-03-10"}}
    }
    assert (
        "numberOfOccurrences"
        in (await http.patch(f"/me/events/{series}", no_count)).body["error"]["message"]
    )
    for unknown in (
        occurrence.replace("AAE2026", "AAE2027"),
        "AAkAnotAnEvent=",
        series[:-1] + "AAE20260311=",
    ):
        assert (await http.get(f"/me/events/{unknown}")).code == "ErrorItemNotFound"
    assert (
        await http.get(VIEW, params={**MARCH, "startDateTime": "March"})
    ).code == "ErrorInvalidParameter"
    assert (await http.get(VIEW, params={**MARCH, "$filter": "subject eq 'S'"})).status == 400
    assert (
        await http.get("/me/calendars/nope/calendarView", params=MARCH)
    ).code == "ErrorItemNotFound"


async def test_the_default_calendar_answers_under_its_own_paths(
    emu: GraphEmulator, http: Http
) -> None:
    default = await http.get("/me/calendar")
    assert default.body["isDefaultCalendar"] is True
    same = await http.get(f"/me/calendars/{default.body['id']}")
    assert same.body["name"] == "Calendar"
    created = await http.post(
        "/me/calendar/events",
        {
            "subject": "Here",
            "start": START,
            "end": END,
            "transactionId": "t-1",
            "isOnlineMeeting": False,
        },
    )
    assert created.status == 201
    listed = await http.get("/me/calendar/events")
    assert [e["id"] for e in listed.body["value"]] == [created.body["id"]]
    in_calendar = await http.get(f"/me/calendars/{default.body['id']}/events")
    assert [e["id"] for e in in_calendar.body["value"]] == [created.body["id"]]
    window = {"startDateTime": "2026-03-10T00:00:00Z", "endDateTime": "2026-03-11T00:00:00Z"}
    view = await http.get("/me/calendar/calendarView", params=window)
    assert [e["subject"] for e in view.body["value"]] == ["Here"]
    renamed = await http.patch(f"/me/events/{created.body['id']}", {"transactionId": "t-2"})
    assert renamed.body["transactionId"] == "t-2"
    await http("DELETE", f"/me/events/{created.body['id']}")
    reposted = await http.post("/me/events", {"start": START, "end": END, "transactionId": "t-2"})
    assert reposted.body["id"] != created.body["id"]  # the deleted event's id is not handed back
    zero = emu.add_event("Reminder", at(10, 0), at(10, 0))
    starts_at_zero = await http.get(VIEW, params=window)
    assert zero in [e["id"] for e in starts_at_zero.body["value"]]
    with pytest.raises(ValueError, match="calendar color"):
        emu.add_calendar("Odd", "neon")


@pytest.mark.invalid_graph_bodies("the emulator's refusals are what this test checks")
async def test_monthly_series_skip_short_months_and_one_sided_moves_are_checked(
    emu: GraphEmulator, http: Http
) -> None:
    month_end = emu.add_series("Close the books", at(31, 16), at(31, 17), pattern="absoluteMonthly")
    year = {"startDateTime": "2026-03-01T00:00:00Z", "endDateTime": "2026-09-01T00:00:00Z"}
    days = [i["start"]["dateTime"][:10] for i in await view_all(http, year)]
    assert days == ["2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31"]
    single = emu.add_event(
        "Call", at(10, 9), at(10, 10), reminderMinutesBeforeStart=5, location=None
    )
    backwards = await http.patch(
        f"/me/events/{single}", {"end": {"dateTime": "2026-03-10T08:00:00", "timeZone": "UTC"}}
    )
    assert (
        backwards.status == 400
        and "must not be before its start" in backwards.body["error"]["message"]
    )
    later = await http.patch(
        f"/me/events/{single}", {"start": {"dateTime": "2026-03-10T09:30:00", "timeZone": "UTC"}}
    )
    assert later.body["start"]["dateTime"] == "2026-03-10T09:30:00.0000000"
    assert later.body["reminderMinutesBeforeStart"] == 5
    assert (await http.get(f"/me/events/{month_end[:-1]}QAAE20260331=")).code == "ErrorItemNotFound"


async def test_every_other_week_counts_weeks_from_the_first_day_of_week(
    emu: GraphEmulator, http: Http
) -> None:
    # Starts on a Thursday; Tuesday of that week is before the start, so it is skipped.
    emu.add_series(
        "Fortnightly",
        at(12, 9),
        at(12, 10),
        interval=2,
        days_of_week=["tuesday", "thursday"],
        until=date(2026, 4, 9),
    )
    spring = {"startDateTime": "2026-03-01T00:00:00Z", "endDateTime": "2026-05-01T00:00:00Z"}
    days = [i["start"]["dateTime"][:10] for i in await view_all(http, spring)]
    assert days == ["2026-03-12", "2026-03-24", "2026-03-26", "2026-04-07", "2026-04-09"]


async def test_transaction_ids_follow_patches_and_cancelled_occurrences_stay(
    emu: GraphEmulator, http: Http
) -> None:
    body = {"subject": "Series", "start": START, "end": END, "transactionId": "series-1"}
    body |= {
        "recurrence": weekly()["recurrence"]
        | {"range": {"type": "numbered", "numberOfOccurrences": 3, "startDate": "2026-03-10"}}
    }
    master = (await http.post("/me/events", body)).body["id"]
    first, second, _ = [i["id"] for i in await view_all(http, MARCH)]
    changed = await http.patch(f"/me/events/{first}", {"subject": "Only this one"})
    assert changed.body["type"] == "exception"
    # The retried POST still finds the series, not its exception.
    assert (await http.post("/me/events", body)).body["id"] == master
    renamed = await http.patch(f"/me/events/{master}", {"transactionId": "series-2"})
    assert renamed.status == 200
    assert (await http.post("/me/events", {**body, "transactionId": "series-2"})).body[
        "id"
    ] == master

    emu.cancel_event(second)
    items = {i["id"]: i for i in await view_all(http, MARCH)}
    assert items[second]["isCancelled"] is True and items[second]["type"] == "exception"
    assert items[first]["subject"] == "Only this one"
