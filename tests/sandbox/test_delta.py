"""Delta queries: paging, deltaLinks that return exactly the changes, @removed, expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import IMMUTABLE, Http, add

DELTA = "/me/mailFolders/inbox/messages/delta"


async def _round(http: Http, first: str, **kwargs: Any) -> tuple[list[list[dict]], str]:
    """Follow nextLinks to the deltaLink; return the pages and the deltaLink."""
    pages = []
    reply = await http.get(first, **kwargs)
    kwargs.pop("params", None)
    while True:
        assert reply.status == 200, reply.body
        pages.append(reply.body["value"])
        if "@odata.deltaLink" in reply.body:
            return pages, reply.body["@odata.deltaLink"]
        reply = await http.get(reply.body["@odata.nextLink"], **kwargs)


async def test_initial_round_pages_and_honours_maxpagesize(emu: GraphEmulator, http: Http) -> None:
    add(emu, n=12)
    add(emu, folder="Archive", n=3)
    default_pages, _ = await _round(http, DELTA)
    assert [len(p) for p in default_pages] == [10, 2]

    prefer = {"Prefer": "odata.maxpagesize=5"}
    first = await http.get(DELTA, headers=prefer)
    assert first.headers["Preference-Applied"] == "odata.maxpagesize=5"
    assert first.body["@odata.nextLink"].startswith(emu.base_url + "/me/mailFolders/")
    assert "$skiptoken=" in first.body["@odata.nextLink"]
    pages, delta_link = await _round(http, DELTA, headers=prefer)
    assert [len(p) for p in pages] == [5, 5, 2]
    assert "$deltatoken=" in delta_link
    assert len({m["id"] for page in pages for m in page}) == 12


async def test_delta_link_returns_exactly_the_changes(emu: GraphEmulator, http: Http) -> None:
    keep, moved, deleted, touched = add(emu, n=4)
    select = {"$select": "subject,categories,isRead"}
    _, delta_link = await _round(http, DELTA, params=select)

    quiet, delta_link = await _round(http, delta_link)
    assert quiet == [[]]

    old_rest_of_moved = moved.rest_id
    new = emu.add_message(subject="new one", sender_name="b", sender_address="b@example.com")
    await http.patch(f"/me/messages/{touched.rest_id}", {"categories": ["Review"]})
    emu.move_message(moved.immutable_id, "Archive")
    emu.delete_message(deleted.immutable_id)
    add(emu, folder="Archive")  # other folders never show up

    pages, delta_link = await _round(http, delta_link)
    items = {item["id"]: item for page in pages for item in page}
    assert set(items) == {new.rest_id, touched.rest_id, old_rest_of_moved, deleted.rest_id}
    assert keep.rest_id not in items
    assert items[new.rest_id] == {
        "@odata.etag": items[new.rest_id]["@odata.etag"],
        "id": new.rest_id,
        "subject": "new one",
        "categories": [],
        "isRead": False,
    }, "the original $select travels inside the token"
    assert items[touched.rest_id]["categories"] == ["Review"]
    for gone in (old_rest_of_moved, deleted.rest_id):
        assert items[gone]["@removed"] == {"reason": "deleted"}

    again, _ = await _round(http, delta_link)
    assert again == [[]]


async def test_immutable_ids_in_delta_and_removed(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    pages, delta_link = await _round(http, DELTA, headers=IMMUTABLE)
    assert pages[0][0]["id"] == msg.immutable_id
    emu.move_message(msg.immutable_id, "Archive")
    pages, _ = await _round(http, delta_link, headers=IMMUTABLE)
    assert pages == [[{"id": msg.immutable_id, "@removed": {"reason": "deleted"}}]]


async def test_received_filter_and_unsupported_filters(emu: GraphEmulator, http: Http) -> None:
    now = datetime.now(UTC)
    for days in (1, 5):
        emu.add_message(
            subject=f"{days}d",
            sender_name="a",
            sender_address="a@example.com",
            received=now - timedelta(days=days),
        )
    since = (now - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    pages, _ = await _round(http, DELTA, params={"$filter": f"receivedDateTime ge {since}"})
    assert [m["subject"] for m in pages[0]] == ["1d"]

    bad = await http.get(DELTA, params={"$filter": "isRead eq false"})
    assert (bad.status, bad.code) == (400, "ErrorInvalidUrlQueryFilter")


async def test_expired_tokens_answer_410(emu: GraphEmulator, http: Http) -> None:
    add(emu, n=3)
    prefer = {"Prefer": "odata.maxpagesize=2"}
    first = await http.get(DELTA, headers=prefer)
    next_link = first.body["@odata.nextLink"]
    _, delta_link = await _round(http, DELTA)

    emu.expire_delta_tokens()

    for link in (next_link, delta_link):
        gone = await http.get(link)
        assert (gone.status, gone.code) == (410, "SyncStateNotFound")
    garbage = await http.get(DELTA, params={"$deltatoken": "not-a-token"})
    assert garbage.status == 410
    fresh, _ = await _round(http, DELTA)
    assert sum(len(p) for p in fresh) == 3
