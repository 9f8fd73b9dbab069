"""The Google Calendar emulator's freeBusy: merged busy periods, unknown calendars, scopes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.google_discovery import running

DAY = datetime(2026, 12, 4, tzinfo=UTC)


def at(hour: float) -> datetime:
    return DAY + timedelta(hours=hour)


def query(*ids: str, **extra) -> dict:
    body = {"timeMin": "2026-12-04T08:00:00Z", "timeMax": "2026-12-04T18:00:00Z"}
    return body | {"items": [{"id": i} for i in ids]} | extra


async def test_busy_periods_are_merged_clipped_and_skip_free_and_deleted_events():
    async with running() as (emu, http):
        emu.add_event(start=at(7), end=at(9))  # clipped to 08:00
        emu.add_event(start=at(8.5), end=at(10))  # overlaps the first
        emu.add_event(start=at(10), end=at(11))  # touches: merged too
        emu.add_event(start=at(12), end=at(13), transparency="transparent")
        gone = emu.add_event(start=at(14), end=at(15))
        emu.remove_event("primary", gone["id"])
        emu.add_event(start=at(16), end=at(17))
        team = emu.add_calendar("team@group.calendar.google.com", "Team")
        emu.add_event(team.id, start=at(12), end=at(12.5))
        reply = await http("POST", "/freeBusy", json=query("primary", team.id))
        assert reply.status == 200, reply.body
        assert reply.body["kind"] == "calendar#freeBusy"
        assert reply.body["calendars"]["primary"]["busy"] == [
            {"start": "2026-12-04T08:00:00Z", "end": "2026-12-04T11:00:00Z"},
            {"start": "2026-12-04T16:00:00Z", "end": "2026-12-04T17:00:00Z"},
        ]
        assert reply.body["calendars"][team.id]["busy"] == [
            {"start": "2026-12-04T12:00:00Z", "end": "2026-12-04T12:30:00Z"}
        ]


async def test_recurring_instances_are_busy_and_the_reply_zone_is_the_requested_one():
    async with running() as (emu, http):
        emu.add_event(
            start={"dateTime": "2026-12-03T09:00:00", "timeZone": "Europe/Berlin"},
            end={"dateTime": "2026-12-03T10:00:00", "timeZone": "Europe/Berlin"},
            recurrence=["RRULE:FREQ=DAILY;COUNT=5"],
        )
        reply = await http("POST", "/freeBusy", json=query("primary", timeZone="Europe/Berlin"))
        assert reply.body["calendars"]["primary"]["busy"] == [
            {"start": "2026-12-04T09:00:00+01:00", "end": "2026-12-04T10:00:00+01:00"}
        ]
        assert reply.body["timeMin"] == "2026-12-04T09:00:00+01:00"


async def test_an_unknown_calendar_gets_errors_not_a_failed_request():
    async with running() as (_, http):
        reply = await http("POST", "/freeBusy", json=query("primary", "stranger@example.com"))
        assert reply.status == 200
        assert reply.body["calendars"]["stranger@example.com"] == {
            "errors": [{"domain": "global", "reason": "notFound"}],
            "busy": [],
        }
        assert reply.body["calendars"]["primary"] == {"busy": []}


async def test_bad_free_busy_requests():
    async with running() as (_, http):
        too_many = await http("POST", "/freeBusy", json=query("primary", calendarExpansionMax=51))
        assert too_many.status == 400
        backwards = query("primary", timeMax="2026-12-04T08:00:00Z")
        assert (await http("POST", "/freeBusy", json=backwards)).reason == "timeRangeEmpty"
        missing = {"items": [{"id": "primary"}], "timeMin": "2026-12-04T08:00:00Z"}
        assert (await http("POST", "/freeBusy", json=missing)).status == 400


async def test_free_busy_refuses_a_token_with_only_calendar_events():
    async with running() as (emu, http):
        http.token = emu.grant("calendar.events")
        reply = await http("POST", "/freeBusy", json=query("primary"))
        assert (reply.status, reply.reason) == (403, "insufficientPermissions")
        error = reply.body["error"]
        assert error["message"] == "Request had insufficient authentication scopes."
        assert error["status"] == "PERMISSION_DENIED"
        challenge = reply.headers["WWW-Authenticate"]
        assert 'error="insufficient_scope"' in challenge
        assert "https://www.googleapis.com/auth/calendar.freebusy" in challenge
        # The same token may insert events; a freebusy-only token may not.
        event = {"start": {"date": "2026-12-04"}, "end": {"date": "2026-12-05"}}
        assert (await http("POST", "/calendars/primary/events", json=event)).status == 200
        http.token = emu.grant("calendar.freebusy")
        assert (await http("POST", "/freeBusy", json=query("primary"))).status == 200
        refused = await http("POST", "/calendars/primary/events", json=event)
        assert refused.reason == "insufficientPermissions"
