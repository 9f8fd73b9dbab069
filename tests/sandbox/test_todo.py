"""Microsoft To Do over HTTP: lists, task validation, linkedResources, availability modes."""

from __future__ import annotations

import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import Http

LINK = {
    "webUrl": "https://outlook.office365.com/owa/?ItemID=x",
    "applicationName": "Outlook",
    "displayName": "Email",
    "externalId": "AAkALgAA",
}


async def _new_list(http: Http, name: str = "AI Assistant") -> str:
    created = await http.post("/me/todo/lists", {"displayName": name})
    assert created.status == 201 and created.body["wellknownListName"] == "none"
    return created.body["id"]


async def test_builtin_lists_and_list_rules(emu: GraphEmulator, http: Http) -> None:
    listed = await http.get("/me/todo/lists")
    kinds = {item["displayName"]: item["wellknownListName"] for item in listed.body["value"]}
    assert kinds == {"Tasks": "defaultList", "Flagged email": "flaggedEmails"}

    assert (
        await http.get("/me/todo/lists", params={"$filter": "displayName eq 'X'"})
    ).status == 400
    default_id = next(i["id"] for i in listed.body["value"] if i["displayName"] == "Tasks")
    assert (await http("DELETE", f"/me/todo/lists/{default_id}")).status == 400
    assert (await http.patch(f"/me/todo/lists/{default_id}", {"displayName": "Mine"})).status == 400

    for n in range(10):
        emu.add_todo_list(f"list {n}")
    page = await http.get("/me/todo/lists", params={"$top": "5"})
    seen = [item["id"] for item in page.body["value"]]
    while "@odata.nextLink" in page.body:
        page = await http.get(page.body["@odata.nextLink"])
        seen += [item["id"] for item in page.body["value"]]
    assert len(seen) == len(set(seen)) == 12

    mine = await _new_list(http)
    assert (await http.patch(f"/me/todo/lists/{mine}", {"displayName": "Renamed"})).status == 200
    assert (await http("DELETE", f"/me/todo/lists/{mine}")).status == 204
    assert (await http.get(f"/me/todo/lists/{mine}/tasks")).code == "ErrorItemNotFound"


async def test_task_create_echoes_one_inline_linked_resource(
    emu: GraphEmulator, http: Http
) -> None:
    list_id = await _new_list(http)
    body = {
        "title": "Reply to Jonas",
        "status": "notStarted",
        "importance": "high",
        "body": {"content": "why", "contentType": "text"},
        "dueDateTime": {"dateTime": "2026-03-05T17:45:00", "timeZone": "Europe/Berlin"},
        "linkedResources": [LINK],
    }
    created = await http.post(f"/me/todo/lists/{list_id}/tasks", body)
    assert created.status == 201
    assert created.body["dueDateTime"] == {
        "dateTime": "2026-03-05T00:00:00.0000000",
        "timeZone": "UTC",
    }
    (resource,) = created.body["linkedResources"]
    assert resource["externalId"] == "AAkALgAA" and resource["id"]

    two = await http.post(
        f"/me/todo/lists/{list_id}/tasks", {**body, "linkedResources": [LINK, LINK]}
    )
    assert (two.status, two.code) == (400, "invalidRequest")
    assert two.body["error"]["message"] == "Only one item in linkedResources is allowed."
    assert len(emu.tasks(list_id)) == 1

    task_path = f"/me/todo/lists/{list_id}/tasks/{created.body['id']}"
    more = await http.post(f"{task_path}/linkedResources", {**LINK, "externalId": "second"})
    assert more.status == 201
    linked = await http.get(f"{task_path}/linkedResources")
    assert [r["externalId"] for r in linked.body["value"]] == ["AAkALgAA", "second"]
    plain = await http.get(task_path)
    assert "linkedResources" not in plain.body
    expanded = await http.get(task_path, params={"$expand": "linkedResources"})
    assert len(expanded.body["linkedResources"]) == 2


@pytest.mark.parametrize(
    "field",
    [
        {"status": "done"},
        {"importance": "urgent"},
        {"body": {"content": "x", "contentType": "rtf"}},
        {"dueDateTime": {"dateTime": "tomorrow"}},
        {"isReminderOn": "yes"},
        {"titel": "typo"},
    ],
)
@pytest.mark.invalid_graph_bodies("bad task fields are refused")
async def test_task_enums_and_fields_are_enforced(http: Http, field: dict) -> None:
    list_id = await _new_list(http)
    reply = await http.post(f"/me/todo/lists/{list_id}/tasks", {"title": "t", **field})
    assert reply.status == 400, field


@pytest.mark.invalid_graph_bodies("an unknown status is refused")
async def test_patch_filter_and_delete_tasks(emu: GraphEmulator, http: Http) -> None:
    list_id = await _new_list(http)
    done = emu.add_task(list_id, "done already", status="completed")
    open_task = emu.add_task(list_id, "still open")
    assert done["completedDateTime"]["dateTime"].endswith("T00:00:00.0000000")

    pending = await http.get(
        f"/me/todo/lists/{list_id}/tasks", params={"$filter": "status ne 'completed'"}
    )
    assert [t["title"] for t in pending.body["value"]] == ["still open"]

    path = f"/me/todo/lists/{list_id}/tasks/{open_task['id']}"
    patched = await http.patch(path, {"status": "waitingOnOthers"})
    assert patched.status == 200 and patched.body["status"] == "waitingOnOthers"
    assert (await http.patch(path, {"status": "waiting"})).status == 400
    assert (await http("DELETE", path)).status == 204
    assert (await http.get(path)).status == 404
    assert [t["title"] for t in emu.tasks(list_id)] == ["done already"]


@pytest.mark.parametrize(
    ("mode", "status", "code"),
    [
        ("forbidden", 403, "ErrorAccessDenied"),
        ("not_enabled", 404, "MailboxNotEnabledForRESTAPI"),
        ("unauthorized", 401, "UnknownError"),
    ],
)
async def test_todo_availability_modes(
    emu: GraphEmulator, http: Http, mode: str, status: int, code: str
) -> None:
    emu.todo_availability = mode
    for method, path in [("GET", "/me/todo/lists"), ("POST", "/me/todo/lists")]:
        reply = await http(method, path, json={"displayName": "x"} if method == "POST" else None)
        assert (reply.status, reply.code) == (status, code)
    assert (await http.get("/me")).status == 200, "only To Do is affected"
    emu.todo_availability = "enabled"
    assert (await http.get("/me/todo/lists", params={"$top": "1"})).status == 200
    with pytest.raises(ValueError, match="todo_availability"):
        emu.todo_availability = "off"
