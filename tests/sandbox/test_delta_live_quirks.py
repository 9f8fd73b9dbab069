"""Delta as the live service behaves: partial updates, duplicates, replays, stray partial items
and pages too large to serve."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import IMMUTABLE, Http, add
from tests.sandbox.test_delta import DELTA, _round

FULL_SELECT = {"$select": "subject,from,receivedDateTime,categories,isRead,parentFolderId"}


def items_of(pages: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [item for page in pages for item in page]


def keys_of(item: dict[str, Any]) -> set[str]:
    return {key for key in item if not key.startswith("@odata")}


async def test_an_update_comes_back_with_only_the_changed_properties(
    emu: GraphEmulator, http: Http
) -> None:
    (read, tagged, moved_in) = add(emu, n=3)
    emu.move_message(moved_in.immutable_id, "Archive")
    _, link = await _round(http, DELTA, params=FULL_SELECT, headers=IMMUTABLE)
    emu.update_message(read.immutable_id, is_read=True)
    await http.patch(f"/me/messages/{tagged.rest_id}", {"categories": ["Blue"]})
    emu.move_message(moved_in.immutable_id, "Inbox")

    items = {i["id"]: i for i in items_of((await _round(http, link, headers=IMMUTABLE))[0])}

    assert keys_of(items[read.immutable_id]) == {"id", "isRead", "parentFolderId"}
    assert items[read.immutable_id]["isRead"] is True
    assert keys_of(items[tagged.immutable_id]) == {"id", "categories", "parentFolderId"}
    assert keys_of(items[moved_in.immutable_id]) == {"id", *FULL_SELECT["$select"].split(",")}


async def test_an_update_and_an_arrival_in_one_round_come_as_the_whole_item(
    emu: GraphEmulator, http: Http
) -> None:
    _, link = await _round(http, DELTA, params=FULL_SELECT)
    (new,) = add(emu)
    emu.update_message(new.immutable_id, is_read=True)

    (item,) = items_of((await _round(http, link))[0])

    assert "subject" in item and item["isRead"] is True


async def test_whole_items_on_request(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    _, link = await _round(http, DELTA, params=FULL_SELECT)
    emu.delta_partial_updates = False
    emu.update_message(msg.immutable_id, is_read=True)

    (item,) = items_of((await _round(http, link))[0])

    assert "subject" in item


async def test_noise_sends_duplicates_and_replays_the_previous_round(
    emu: GraphEmulator, http: Http
) -> None:
    messages = add(emu, n=6)
    emu.add_delta_noise(duplicate_rate=1.0, replay=3, seed=1)
    first, link = await _round(http, DELTA, headers=IMMUTABLE)
    emu.delete_message(messages[-1].immutable_id)

    again, _ = await _round(http, link, headers=IMMUTABLE)

    assert len(items_of(first)) == 12, "every item twice"
    replayed = items_of(again)
    ids = [item["id"] for item in replayed]
    assert set(ids) == {m.immutable_id for m in messages[-3:]}
    gone = [item for item in replayed if item["id"] == messages[-1].immutable_id]
    assert all("@removed" in item for item in gone), "a replay shows the current state"


async def test_stray_partials_reach_a_round_outside_its_window(
    emu: GraphEmulator, http: Http
) -> None:
    old = emu.add_message(
        subject="old",
        sender_name="Ada",
        sender_address="ada@example.com",
        received=datetime.now(UTC) - timedelta(days=30),
    )
    since = datetime.now(UTC) - timedelta(days=1)
    window = {"$filter": f"receivedDateTime ge {since:%Y-%m-%dT%H:%M:%SZ}"}
    first, link = await _round(http, DELTA, params=window, headers=IMMUTABLE)
    emu.add_delta_noise(stray_partials=True)
    emu.update_message(old.immutable_id, is_read=True)

    (item,) = items_of((await _round(http, link, headers=IMMUTABLE))[0])

    assert items_of(first) == []
    assert item["id"] == old.immutable_id and "receivedDateTime" not in item


async def test_pages_above_the_limit_answer_504(emu: GraphEmulator, http: Http) -> None:
    add(emu, n=3)
    emu.limit_delta_pages(5)

    refused = await http.get(DELTA, headers={"Prefer": "odata.maxpagesize=6"})
    served = await http.get(DELTA, headers={"Prefer": "odata.maxpagesize=5"})

    assert refused.status == 504 and refused.body["error"]["code"] == "GatewayTimeout"
    assert served.status == 200
