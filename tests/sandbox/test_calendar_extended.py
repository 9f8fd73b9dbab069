"""The Graph emulator keeps single-value extended properties on events as Graph does: written
in a create or PATCH body, returned only through $expand with an id filter, ids checked."""

from __future__ import annotations

from datetime import UTC, datetime

import aiohttp

from sandbox.graph_emulator import GraphEmulator

GUID = "{8d3f5a7e-2c41-4b9a-9f6e-41a0c5e2d7b3}"
MARK = f"String {GUID} Name Mark"
EXPAND = f"singleValueExtendedProperties($filter=id eq '{MARK}')"


def at(hour: int) -> datetime:
    return datetime(2026, 3, 2, hour, tzinfo=UTC)


async def test_a_property_is_returned_only_when_expanded(emulator: GraphEmulator) -> None:
    marked = emulator.add_event(
        "Ours", at(9), at(10), singleValueExtendedProperties=[{"id": MARK, "value": "yes"}]
    )
    plain = emulator.add_event("Theirs", at(11), at(12))
    headers = {"Authorization": "Bearer t"}
    async with aiohttp.ClientSession(headers=headers) as session:
        url = f"{emulator.base_url}/me/events/{marked}"
        async with session.get(url) as reply:
            assert "singleValueExtendedProperties" not in await reply.json()
        # The GUID compares without regard to case.
        upper = EXPAND.replace(GUID, GUID.upper())
        async with session.get(url, params={"$expand": upper}) as reply:
            body = await reply.json()
        assert body["singleValueExtendedProperties"] == [{"id": MARK, "value": "yes"}]
        view = f"{emulator.base_url}/me/calendar/calendarView"
        window = {"startDateTime": "2026-03-02T00:00:00Z", "endDateTime": "2026-03-03T00:00:00Z"}
        async with session.get(view, params={**window, "$expand": EXPAND}) as reply:
            items = {i["id"]: i for i in (await reply.json())["value"]}
        assert "singleValueExtendedProperties" in items[marked]
        assert "singleValueExtendedProperties" not in items[plain]
        # Another name is another property.
        other = EXPAND.replace("Name Mark", "Name mark")
        async with session.get(url, params={"$expand": other}) as reply:
            assert "singleValueExtendedProperties" not in await reply.json()
        # A PATCH adds to the properties; a malformed id is refused and changes nothing.
        second = f"String {GUID} Name Second"
        patch = {"singleValueExtendedProperties": [{"id": second, "value": "2"}]}
        async with session.patch(url, json=patch) as reply:
            assert reply.status == 200
        bad = {"subject": "x", "singleValueExtendedProperties": [{"id": "Mark", "value": "1"}]}
        async with session.patch(url, json=bad) as reply:
            assert reply.status == 400
            assert "is not valid" in (await reply.json())["error"]["message"]
        async with session.get(url, params={"$expand": "attachments"}) as reply:
            assert reply.status == 400
    event = emulator.calendar.find(marked)
    assert event.subject == "Ours"
    assert [p for p, _ in event.extended.values()] == [MARK, second]
