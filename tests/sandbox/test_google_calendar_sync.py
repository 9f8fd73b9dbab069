"""The Google Calendar emulator's sync tokens: incremental changes, cancelled events, 410."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.google_discovery import running

START = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


async def full_sync(http, **params: str) -> tuple[list[dict], str]:
    pages = await http.all_pages(**params)
    return [i for p in pages for i in p.body["items"]], pages[-1].body["nextSyncToken"]


async def test_sync_token_round_trip_returns_changes_and_cancelled_events():
    async with running() as (emu, http):
        kept = emu.add_event(start=START, end=START + timedelta(hours=1), summary="kept")
        moved = emu.add_event(start=START, end=START + timedelta(hours=1), summary="moved")
        doomed = emu.add_event(start=START, end=START + timedelta(hours=1), summary="doomed")
        emu.page_size_cap = 2
        items, token = await full_sync(http)
        assert {i["id"] for i in items} == {kept["id"], moved["id"], doomed["id"]}

        emu.change_event(
            "primary",
            moved["id"],
            start={"dateTime": "2026-12-04T15:00:00Z"},
            end={"dateTime": "2026-12-04T16:00:00Z"},
        )
        assert (await http("DELETE", f"/calendars/primary/events/{doomed['id']}")).status == 204
        added = await http(
            "POST",
            "/calendars/primary/events",
            json={
                "start": {"dateTime": "2026-12-05T09:00:00Z"},
                "end": {"dateTime": "2026-12-05T10:00:00Z"},
            },
        )
        pages = await http.all_pages(syncToken=token)
        changed = {i["id"]: i for p in pages for i in p.body["items"]}
        assert set(changed) == {moved["id"], doomed["id"], added.body["id"]}
        assert changed[moved["id"]]["start"]["dateTime"] == "2026-12-04T15:00:00Z"
        # A deleted event is only guaranteed its id and status.
        assert changed[doomed["id"]]["status"] == "cancelled"
        assert "summary" not in changed[doomed["id"]]
        newer = pages[-1].body["nextSyncToken"]
        assert (await http.events(syncToken=newer)).body["items"] == []
        # A token stays usable: the older one still sees the same changes.
        again = await http.all_pages(syncToken=token)
        assert {i["id"] for p in again for i in p.body["items"]} == set(changed)


async def test_a_deleted_instance_shows_as_a_cancelled_exception():
    async with running() as (emu, http):
        master = emu.add_event(
            start={"dateTime": "2026-12-07T09:00:00", "timeZone": "Europe/Berlin"},
            end={"dateTime": "2026-12-07T10:00:00", "timeZone": "Europe/Berlin"},
            recurrence=["RRULE:FREQ=WEEKLY;COUNT=3"],
        )
        _, token = await full_sync(http, singleEvents="true")
        emu.remove_event("primary", f"{master['id']}_20261214T080000Z")
        changes = (await http.events(syncToken=token, singleEvents="true")).body["items"]
        assert changes == [
            {
                "kind": "calendar#event",
                "etag": changes[0]["etag"],
                "id": f"{master['id']}_20261214T080000Z",
                "status": "cancelled",
                "recurringEventId": master["id"],
                # Rendered in the calendar's zone (UTC here), the instance's own zone kept.
                "originalStartTime": {
                    "dateTime": "2026-12-14T08:00:00Z",
                    "timeZone": "Europe/Berlin",
                },
            }
        ]


async def test_expired_or_unknown_sync_tokens_answer_410_full_sync_required():
    async with running() as (emu, http):
        emu.add_event(start=START, end=START + timedelta(hours=1))
        _, token = await full_sync(http)
        emu.expire_sync_tokens()
        gone = await http.events(syncToken=token)
        assert (gone.status, gone.reason) == (410, "fullSyncRequired")
        assert (
            gone.body["error"]["message"]
            == "Sync token is no longer valid, a full sync is required."
        )
        forged = await http.events(syncToken="1" + token)
        assert (forged.status, forged.reason) == (410, "fullSyncRequired")
        other = emu.add_calendar("team@group.calendar.google.com", "Team")
        elsewhere = await http.events(other.id, syncToken=(await full_sync(http))[1])
        assert elsewhere.status == 410
        _, fresh = await full_sync(http)
        assert (await http.events(syncToken=fresh)).status == 200


async def test_a_sync_token_refuses_the_parameters_google_forbids_with_it():
    async with running() as (emu, http):
        _, token = await full_sync(http)
        for extra in (
            {"timeMin": "2026-12-01T00:00:00Z"},
            {"orderBy": "updated"},
            {"q": "x"},
            {"updatedMin": "2026-12-01T00:00:00Z"},
            {"showDeleted": "false"},
        ):
            reply = await http.events(syncToken=token, **extra)
            assert (reply.status, reply.reason) == (400, "invalid"), extra


async def test_a_windowed_full_sync_keeps_its_window_for_changes():
    async with running() as (emu, http):
        _, token = await full_sync(
            http, timeMin="2026-12-01T00:00:00Z", timeMax="2026-12-31T00:00:00Z"
        )
        inside = emu.add_event(start=START, end=START + timedelta(hours=1))
        emu.add_event(start=START + timedelta(days=60), end=START + timedelta(days=60, hours=1))
        changes = (await http.events(syncToken=token)).body["items"]
        assert [i["id"] for i in changes] == [inside["id"]]
