"""The calendar delta over HTTP: the first round, changes, removals, stable paging, 410."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sandbox.graph_emulator import GraphEmulator
from tests.graph_schema import body_problems
from tests.sandbox.helpers import Http

DELTA = "/me/calendarView/delta"
MARCH = {"startDateTime": "2026-03-01T00:00:00Z", "endDateTime": "2026-04-01T00:00:00Z"}


def at(day: int, hour: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


async def _round(
    http: Http, url: str, params: dict[str, str] | None = None, **kwargs: Any
) -> tuple[list[dict[str, Any]], str, int]:
    """Follow one round to its deltaLink; return its items, the link and the page count."""
    page = await http.get(url, params=params, **kwargs)
    assert page.status == 200, page.body
    items, pages = list(page.body["value"]), 1
    while "@odata.nextLink" in page.body:
        assert "@odata.deltaLink" not in page.body
        page = await http.get(page.body["@odata.nextLink"], **kwargs)
        items += page.body["value"]
        pages += 1
    return items, page.body["@odata.deltaLink"], pages


def removed(items: list[dict[str, Any]]) -> set[str]:
    return {i["id"] for i in items if "@removed" in i}


async def test_rounds_report_what_changed_in_the_window(emu: GraphEmulator, http: Http) -> None:
    kept = emu.add_event("Kept", at(2, 9), at(2, 10))
    moved = emu.add_event("Moved out later", at(3, 9), at(3, 10))
    series = emu.add_series("Weekly", at(4, 9), at(4, 10), count=3)
    emu.add_event("April", at(2, 9, month=4), at(2, 10, month=4))
    emu.add_event("Other calendar", at(2, 9), at(2, 10), calendar_id=emu.add_calendar("Family"))

    first, link, _ = await _round(http, DELTA, MARCH)
    assert [i["subject"] for i in first] == [
        "Kept",
        "Moved out later",
        "Weekly",
        "Weekly",
        "Weekly",
    ]
    assert {i["type"] for i in first if i["subject"] == "Weekly"} == {"occurrence"}
    for item in first:
        assert body_problems("event", item) == []
    occurrences = [i["id"] for i in first if i["subject"] == "Weekly"]

    idle, link, _ = await _round(http, link)
    assert idle == []

    emu.change_event(kept, subject="Kept, renamed")
    emu.move_event(moved, at(3, 9, month=4), at(3, 10, month=4))
    emu.delete_event(occurrences[1])
    added = emu.add_event("New", at(20, 9), at(20, 10))
    changed, link, _ = await _round(http, link)
    by_id = {i["id"]: i for i in changed}
    assert by_id[kept]["subject"] == "Kept, renamed"
    assert by_id[added]["subject"] == "New"
    assert removed(changed) == {moved, occurrences[1]}
    assert {occurrences[0], occurrences[2]} <= set(by_id)

    emu.delete_event(series)
    gone, _, _ = await _round(http, link)
    assert removed(gone) == {occurrences[0], occurrences[2]}
    assert gone[0] == {
        "@odata.type": "#microsoft.graph.event",
        "id": gone[0]["id"],
        "@removed": {"reason": "deleted"},
    }


async def test_a_round_pages_stably_and_tokens_expire(emu: GraphEmulator, http: Http) -> None:
    ids = [emu.add_event(f"E{n}", at(n + 1, 9), at(n + 1, 10)) for n in range(7)]
    small = {"Prefer": "odata.maxpagesize=3"}
    page = await http.get(DELTA, params=MARCH, headers=small)
    seen = [i["id"] for i in page.body["value"]]
    late = emu.add_event("Added mid-round", at(28, 9), at(28, 10))
    while "@odata.nextLink" in page.body:
        page = await http.get(page.body["@odata.nextLink"], headers=small)
        seen += [i["id"] for i in page.body["value"]]
    assert seen == ids
    following, link, _ = await _round(http, page.body["@odata.deltaLink"])
    assert [i["id"] for i in following] == [late]
    _, _, pages = await _round(http, DELTA, MARCH, headers={"Prefer": "odata.maxpagesize=2"})
    assert pages == 4

    emu.expire_delta_tokens()
    expired = await http.get(link)
    assert (expired.status, expired.code) == (410, "SyncStateNotFound")
    assert (await http.get(DELTA)).code == "ErrorInvalidParameter"
