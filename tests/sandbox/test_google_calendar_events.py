"""The Google Calendar emulator's events: list windows, recurrence, paging, and writes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from tests.google_discovery import running

UTC_10 = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
UTC_11 = datetime(2026, 12, 4, 11, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def ids(reply) -> list[str]:
    return [item["id"] for item in reply.body["items"]]


async def test_time_min_bounds_the_end_and_time_max_the_start_both_exclusive():
    async with running() as (emu, http):
        event = emu.add_event(start=UTC_10, end=UTC_11, summary="standup")
        cases = {
            ("2026-12-04T11:00:00Z", None): [],  # ends exactly at timeMin
            ("2026-12-04T10:59:59Z", None): [event["id"]],
            ("2026-12-04T12:00:00+01:00", None): [],  # the same instant with an offset
            (None, "2026-12-04T10:00:00Z"): [],  # starts exactly at timeMax
            (None, "2026-12-04T10:00:01Z"): [event["id"]],
            ("2026-12-04T10:30:00Z", "2026-12-04T10:31:00Z"): [event["id"]],  # inside
        }
        for (time_min, time_max), expected in cases.items():
            params = {k: v for k, v in {"timeMin": time_min, "timeMax": time_max}.items() if v}
            reply = await http.events(**params)
            assert reply.status == 200, reply.body
            assert ids(reply) == expected, (time_min, time_max)


async def test_window_parameters_are_checked_as_google_does():
    async with running() as (_, http):
        no_offset = await http.events(timeMin="2026-12-04T10:00:00")
        assert (no_offset.status, no_offset.reason) == (400, "badRequest")
        empty = await http.events(timeMin="2026-12-04T10:00:00Z", timeMax="2026-12-04T10:00:00Z")
        assert (empty.status, empty.reason) == (400, "timeRangeEmpty")
        assert empty.body["error"]["errors"][0]["domain"] == "calendar"
        assert empty.body["error"]["message"] == "The specified time range is empty."
        unordered = await http.events(orderBy="startTime")
        assert (unordered.status, unordered.reason) == (400, "invalid")
        assert (await http.events(maxResults="0")).status == 400


async def test_single_events_expands_a_weekly_rule_in_wall_clock_time_across_dst():
    async with running() as (emu, http):
        master = emu.add_event(
            start=datetime(2027, 3, 22, 9, 0, tzinfo=BERLIN),
            end=datetime(2027, 3, 22, 9, 30, tzinfo=BERLIN),
            summary="weekly",
            recurrence=["RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4"],
        )
        reply = await http.events(
            singleEvents="true", orderBy="startTime", timeZone="Europe/Berlin"
        )
        items = reply.body["items"]
        # Mon 22, Wed 24 (CET, +01:00), then Mon 29, Wed 31 March after the switch to CEST.
        assert [i["start"]["dateTime"] for i in items] == [
            "2027-03-22T09:00:00+01:00",
            "2027-03-24T09:00:00+01:00",
            "2027-03-29T09:00:00+02:00",
            "2027-03-31T09:00:00+02:00",
        ]
        assert items[0]["id"] == f"{master['id']}_20270322T080000Z"
        assert {i["recurringEventId"] for i in items} == {master["id"]}
        assert items[2]["originalStartTime"] == items[2]["start"]
        assert all("recurrence" not in i for i in items)
        unexpanded = await http.events()
        assert ids(unexpanded) == [master["id"]]
        assert unexpanded.body["items"][0]["recurrence"] == master["recurrence"]
        one = await http("GET", f"/calendars/primary/events/{items[3]['id']}")
        assert one.body["start"]["dateTime"] == "2027-03-31T07:00:00Z"


async def test_daily_until_and_all_day_events_and_the_reply_time_zone():
    async with running() as (emu, http):
        emu.add_event(
            start={"dateTime": "2026-12-01T08:00:00", "timeZone": "America/New_York"},
            end={"dateTime": "2026-12-01T08:15:00", "timeZone": "America/New_York"},
            recurrence=["RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20261205T235959Z"],
        )
        holiday = emu.add_event(start=date(2026, 12, 3), end=date(2026, 12, 4), summary="off")
        reply = await http.events(singleEvents="true", orderBy="startTime", timeZone="Asia/Tokyo")
        starts = [i["start"] for i in reply.body["items"]]
        assert starts == [
            {"dateTime": "2026-12-01T22:00:00+09:00", "timeZone": "America/New_York"},
            {"date": "2026-12-03"},
            {"dateTime": "2026-12-03T22:00:00+09:00", "timeZone": "America/New_York"},
            {"dateTime": "2026-12-05T22:00:00+09:00", "timeZone": "America/New_York"},
        ]
        assert reply.body["timeZone"] == "Asia/Tokyo"
        assert "dateTime" not in holiday["start"]


async def test_short_pages_carry_a_page_token_and_only_the_last_a_sync_token():
    async with running() as (emu, http):
        made = [emu.add_event(start=UTC_10, end=UTC_11, summary=f"e{n}")["id"] for n in range(7)]
        emu.page_size_cap = 2
        pages = await http.all_pages(maxResults="5")
        assert [len(p.body["items"]) for p in pages] == [2, 2, 2, 1]
        assert [i for p in pages for i in ids(p)] == made
        assert all("nextSyncToken" not in p.body for p in pages[:-1])
        assert "nextSyncToken" in pages[-1].body and "nextPageToken" not in pages[-1].body
        bad = await http.events(pageToken="nonsense")
        assert bad.status == 400


async def test_insert_get_patch_update_and_delete_twice():
    async with running() as (_, http):
        created = await http(
            "POST",
            "/calendars/primary/events",
            json={
                "summary": "review",
                "start": {"dateTime": "2026-12-04T10:00:00+01:00"},
                "end": {"dateTime": "2026-12-04T11:00:00+01:00"},
                "attendees": [{"email": "a@example.com"}, {"email": "b@example.com"}],
            },
        )
        assert created.status == 200, created.body
        event_id = created.body["id"]
        assert created.body["status"] == "confirmed" and created.body["kind"] == "calendar#event"
        path = f"/calendars/primary/events/{event_id}"
        patched = await http(
            "PATCH", path, json={"location": "room 1", "attendees": [{"email": "c@example.com"}]}
        )
        assert patched.body["summary"] == "review" and patched.body["location"] == "room 1"
        assert patched.body["attendees"] == [{"email": "c@example.com"}]  # arrays replaced whole
        no_times = await http("PUT", path, json={"summary": "replaced"})
        assert (no_times.status, no_times.reason) == (400, "required")
        replaced = await http(
            "PUT",
            path,
            json={
                "summary": "replaced",
                "start": {"date": "2026-12-05"},
                "end": {"date": "2026-12-06"},
            },
        )
        assert replaced.status == 200
        assert "location" not in replaced.body and replaced.body["id"] == event_id
        assert (await http("DELETE", path)).status == 204
        again = await http("DELETE", path)
        assert (again.status, again.reason) == (410, "deleted")
        assert again.body["error"]["message"] == "Resource has been deleted"
        tombstone = await http("GET", path)
        assert (tombstone.status, tombstone.body["status"]) == (200, "cancelled")
        assert ids(await http.events()) == []
        assert ids(await http.events(showDeleted="true")) == [event_id]
        unknown = await http("DELETE", "/calendars/primary/events/nosuchevent")
        assert (unknown.status, unknown.reason) == (404, "notFound")
        no_calendar = await http.events("nobody@example.com")
        assert no_calendar.status == 404


async def test_inserts_the_live_service_refuses():
    async with running() as (_, http):
        backwards = {
            "start": {"dateTime": "2026-12-04T11:00:00Z"},
            "end": {"dateTime": "2026-12-04T10:00:00Z"},
        }
        reply = await http("POST", "/calendars/primary/events", json=backwards)
        assert (reply.status, reply.reason) == (400, "timeRangeEmpty")
        recurring_without_zone = {
            "start": {"dateTime": "2026-12-04T10:00:00Z"},
            "end": {"dateTime": "2026-12-04T11:00:00Z"},
            "recurrence": ["RRULE:FREQ=DAILY;COUNT=2"],
        }
        reply = await http("POST", "/calendars/primary/events", json=recurring_without_zone)
        assert reply.status == 400
        assert "time zone" in reply.body["error"]["message"]
        mixed = {"start": {"date": "2026-12-04"}, "end": {"dateTime": "2026-12-04T11:00:00Z"}}
        assert (await http("POST", "/calendars/primary/events", json=mixed)).status == 400
        chosen = {**backwards, "id": "UPPER_case!", "end": {"dateTime": "2026-12-04T12:00:00Z"}}
        assert (await http("POST", "/calendars/primary/events", json=chosen)).status == 400


async def test_deleting_one_instance_leaves_the_others():
    async with running() as (emu, http):
        master = emu.add_event(
            start=datetime(2026, 12, 7, 9, 0, tzinfo=BERLIN),
            end=datetime(2026, 12, 7, 10, 0, tzinfo=BERLIN),
            recurrence=["RRULE:FREQ=DAILY;COUNT=3"],
        )
        second = f"{master['id']}_20261208T080000Z"
        assert (await http("DELETE", f"/calendars/primary/events/{second}")).status == 204
        left = await http.events(singleEvents="true")
        assert ids(left) == [f"{master['id']}_20261207T080000Z", f"{master['id']}_20261209T080000Z"]


async def test_calendar_list_pages_the_owners_calendars_and_needs_a_list_scope():
    async with running() as (emu, http):
        for n in range(3):
            emu.add_calendar(f"team{n}@group.calendar.google.com", f"Team {n}")
        # calendar.events + calendar.freebusy do not cover calendarList (discovery scopes).
        refused = await http("GET", "/users/me/calendarList")
        assert (refused.status, refused.reason) == (403, "insufficientPermissions")
        http.token = emu.grant("calendar.calendarlist.readonly")
        first = await http("GET", "/users/me/calendarList", params={"maxResults": "2"})
        assert [c["id"] for c in first.body["items"]][0] == "owner@emulator.local"
        assert first.body["items"][0]["primary"] is True
        rest = await http(
            "GET", "/users/me/calendarList", params={"pageToken": first.body["nextPageToken"]}
        )
        assert len(first.body["items"]) + len(rest.body["items"]) == 4
        assert "nextPageToken" not in rest.body


async def test_a_read_only_calendar_lists_but_refuses_writes():
    async with running() as (emu, http):
        holidays = emu.add_calendar(
            "holidays@group.v.calendar.google.com", "Holidays", access_role="reader"
        )
        seeded = emu.add_event(holidays.id, start=date(2026, 12, 25), end=date(2026, 12, 26))
        assert ids(await http.events(holidays.id)) == [seeded["id"]]
        body = {"start": {"date": "2026-12-24"}, "end": {"date": "2026-12-25"}}
        refused = await http("POST", f"/calendars/{holidays.id}/events", json=body)
        assert (refused.status, refused.reason) == (403, "requiredAccessLevel")
        gone = await http("DELETE", f"/calendars/{holidays.id}/events/{seeded['id']}")
        assert gone.status == 403


async def test_updated_min_lists_recent_changes_with_deletions():
    async with running() as (emu, http):
        clock = datetime(2026, 12, 1, tzinfo=UTC)
        emu.now = lambda: clock
        old = emu.add_event(start=UTC_10, end=UTC_11, summary="old")
        gone = emu.add_event(start=UTC_10, end=UTC_11, summary="gone")
        clock = datetime(2026, 12, 3, tzinfo=UTC)
        fresh = emu.add_event(start=UTC_10, end=UTC_11, summary="fresh")
        emu.remove_event("primary", gone["id"])
        reply = await http.events(updatedMin="2026-12-02T00:00:00Z")
        assert ids(reply) == [gone["id"], fresh["id"]]
        assert reply.body["items"][0]["status"] == "cancelled"
        assert old["id"] not in ids(await http.events(updatedMin="2026-12-02T00:00:00+00:00"))


async def test_calendar_ids_with_reserved_characters_arrive_decoded():
    async with running() as (emu, http):
        holidays = emu.add_calendar("en.usa#holiday@group.v.calendar.google.com", "Holidays")
        seeded = emu.add_event(holidays.id, start=date(2026, 12, 25), end=date(2026, 12, 26))
        reply = await http.events("en.usa%23holiday%40group.v.calendar.google.com")
        assert ids(reply) == [seeded["id"]]
        unescaped = await http.events("en.usa#holiday@group.v.calendar.google.com")
        # '#' starts the URL's fragment: unescaped, the path is cut short and matches nothing.
        assert unescaped.status == 404


async def test_moving_one_instance_makes_an_exception_the_series_skips():
    async with running() as (emu, http):
        master = emu.add_event(
            start=datetime(2026, 12, 7, 15, 0, tzinfo=BERLIN),
            end=datetime(2026, 12, 7, 16, 0, tzinfo=BERLIN),
            recurrence=["RRULE:FREQ=DAILY;COUNT=3"],
        )
        second = f"{master['id']}_20261208T140000Z"
        moved = await http(
            "PATCH",
            f"/calendars/primary/events/{second}",
            json={
                "start": {"dateTime": "2026-12-08T17:00:00+01:00"},
                "end": {"dateTime": "2026-12-08T18:00:00+01:00"},
            },
        )
        assert moved.status == 200, moved.body
        assert moved.body["id"] == second and moved.body["recurringEventId"] == master["id"]
        assert moved.body["originalStartTime"]["dateTime"] == "2026-12-08T14:00:00Z"
        listed = await http.events(singleEvents="true", orderBy="startTime")
        assert [(i["id"], i["start"]["dateTime"]) for i in listed.body["items"]] == [
            (f"{master['id']}_20261207T140000Z", "2026-12-07T14:00:00Z"),
            (second, "2026-12-08T16:00:00Z"),
            (f"{master['id']}_20261209T140000Z", "2026-12-09T14:00:00Z"),
        ]
        backwards = await http(
            "PATCH",
            f"/calendars/primary/events/{master['id']}_20261209T140000Z",
            json={"end": {"dateTime": "2026-12-09T13:00:00Z"}},
        )
        assert backwards.status == 400
        assert len((await http.events(singleEvents="true")).body["items"]) == 3
