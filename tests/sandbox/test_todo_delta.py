"""To Do task delta over HTTP: the first round, changes and removals, paging, expired tokens."""

from __future__ import annotations

from typing import Any

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import Http


async def _round(http: Http, url: str, **params: str) -> tuple[list[dict[str, Any]], str, int]:
    """Follow one delta round to its deltaLink; return its items, the link and the page count."""
    page = await http.get(url, params=params or None)
    assert page.status == 200, page.body
    items, pages = list(page.body["value"]), 1
    while "@odata.nextLink" in page.body:
        assert "@odata.deltaLink" not in page.body
        page = await http.get(page.body["@odata.nextLink"])
        items += page.body["value"]
        pages += 1
    return items, page.body["@odata.deltaLink"], pages


async def test_rounds_return_what_changed_since_the_token(emu: GraphEmulator, http: Http) -> None:
    list_id = emu.add_todo_list("AI Assistant")
    first = emu.add_task(list_id, "Reply to Jonas")["id"]
    second = emu.add_task(list_id, "Review the budget")["id"]
    gone = emu.add_task(list_id, "Short-lived")["id"]
    emu.delete_task(list_id, gone)

    items, link, _ = await _round(http, f"/me/todo/lists/{list_id}/tasks/delta")
    assert sorted(i["id"] for i in items) == sorted([first, second])
    assert all("@removed" not in i for i in items)

    idle, link, _ = await _round(http, link)
    assert idle == []

    emu.change_task(list_id, first, status="completed")
    emu.delete_task(list_id, second)
    third = emu.add_task(list_id, "New one")["id"]
    changed, link, _ = await _round(http, link)
    by_id = {i["id"]: i for i in changed}
    assert set(by_id) == {first, second, third}
    assert by_id[first]["status"] == "completed" and "completedDateTime" in by_id[first]
    assert by_id[second] == {"id": second, "@removed": {"reason": "deleted"}}
    assert by_id[third]["title"] == "New one"


async def test_writes_through_the_api_join_the_next_round(emu: GraphEmulator, http: Http) -> None:
    list_id = emu.add_todo_list("AI Assistant")
    task = emu.add_task(list_id, "Reply")["id"]
    _, link, _ = await _round(http, f"/me/todo/lists/{list_id}/tasks/delta")
    patched = await http.patch(f"/me/todo/lists/{list_id}/tasks/{task}", {"importance": "high"})
    assert patched.status == 200
    changed, _, _ = await _round(http, link)
    assert [(i["id"], i["importance"]) for i in changed] == [(task, "high")]


async def test_a_round_pages_stably_while_tasks_change(emu: GraphEmulator, http: Http) -> None:
    list_id = emu.add_todo_list("AI Assistant")
    ids = [emu.add_task(list_id, f"Task {n}")["id"] for n in range(7)]
    page = await http.get(f"/me/todo/lists/{list_id}/tasks/delta", params={"$top": "3"})
    seen = [i["id"] for i in page.body["value"]]
    late = emu.add_task(list_id, "Added mid-round")["id"]  # waits for the next round
    while "@odata.nextLink" in page.body:
        page = await http.get(page.body["@odata.nextLink"])
        seen += [i["id"] for i in page.body["value"]]
    assert seen == ids
    following, _, _ = await _round(http, page.body["@odata.deltaLink"])
    assert [i["id"] for i in following] == [late]

    _, _, pages = await _round(http, f"/me/todo/lists/{list_id}/tasks/delta", **{"$top": "2"})
    assert pages == 4


async def test_expired_and_foreign_tokens_answer_410(emu: GraphEmulator, http: Http) -> None:
    mine = emu.add_todo_list("AI Assistant")
    other = emu.add_todo_list("Groceries")
    _, link, _ = await _round(http, f"/me/todo/lists/{mine}/tasks/delta")
    token = link.split("$deltatoken=")[1]
    foreign = await http.get(f"/me/todo/lists/{other}/tasks/delta", params={"$deltatoken": token})
    assert (foreign.status, foreign.code) == (410, "SyncStateNotFound")
    emu.expire_delta_tokens()
    expired = await http.get(link)
    assert (expired.status, expired.code) == (410, "SyncStateNotFound")
    assert (await http.get(f"/me/todo/lists/{mine}/tasks/delta")).status == 200


async def test_delta_is_gated_like_every_to_do_route(emu: GraphEmulator, http: Http) -> None:
    list_id = emu.add_todo_list("AI Assistant")
    emu.todo_availability = "forbidden"
    assert (await http.get(f"/me/todo/lists/{list_id}/tasks/delta")).status == 403
