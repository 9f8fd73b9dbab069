"""The Todoist emulator speaks API v1 as the live service does, over real HTTP."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest

from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator
from tests.sandbox.todoist_fixtures import todoist

__all__ = ["todoist"]

AUTH = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}


class Api:
    def __init__(self, session: aiohttp.ClientSession, emulator: TodoistEmulator) -> None:
        self.session = session
        self.emulator = emulator

    async def call(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> tuple[int, Any]:
        url = self.emulator.base_url + path
        async with self.session.request(method, url, headers=headers or AUTH, **kwargs) as reply:
            if reply.content_type == "application/json":
                return reply.status, await reply.json()
            return reply.status, await reply.text()


@pytest.fixture
def api(http_session: aiohttp.ClientSession, todoist: TodoistEmulator) -> Api:
    return Api(http_session, todoist)


async def test_retired_apis_answer_410_with_the_pointer_to_v1(
    todoist: TodoistEmulator, http_session: aiohttp.ClientSession
) -> None:
    root = todoist.base_url.removesuffix("/api/v1")
    for path in ("/rest/v2/tasks", "/sync/v9/sync"):
        async with http_session.get(root + path, headers=AUTH) as reply:
            assert reply.status == 410
            assert "/api/v1/" in await reply.text()


async def test_a_wrong_or_expired_token_is_a_401_with_the_v1_error_body(api: Api) -> None:
    status, body = await api.call("GET", "/tasks", headers={"Authorization": "Bearer nope"})
    assert status == 401
    assert body["error_tag"] == "AUTH_INVALID_TOKEN"
    assert body["http_code"] == 401
    assert set(body) == {"error", "error_code", "error_extra", "error_tag", "http_code"}
    assert (await api.call("GET", "/tasks"))[0] == 200
    api.emulator.expire_token()
    assert (await api.call("GET", "/tasks"))[0] == 401


async def test_a_created_task_has_v1_fields_and_an_opaque_string_id(api: Api) -> None:
    project = api.emulator.add_project("AI Assistant")
    status, task = await api.call(
        "POST",
        "/tasks",
        json={
            "content": "Reply to Anna",
            "description": "from Outlook",
            "project_id": project["id"],
            "labels": ["Needs Reply", "Finance"],
            "priority": 4,
            "due_date": "2026-12-07",
        },
    )
    assert status == 200
    assert isinstance(task["id"], str) and not task["id"].isdigit()
    assert task["checked"] is False and task["priority"] == 4
    assert task["due"] == {
        "date": "2026-12-07",
        "timezone": None,
        "string": "2026-12-07",
        "lang": "en",
        "is_recurring": False,
    }
    assert {"added_at", "child_order", "completed_at", "updated_at", "is_deleted"} <= set(task)


@pytest.mark.parametrize(
    ("body", "argument"),
    [
        ({"priority": 5}, "priority"),
        ({"priority": "4"}, "priority"),
        ({"due_date": "2026-12-07", "due_string": "tomorrow"}, "due_date"),
        ({"due_date": "07/12/2026"}, "due_date"),
        ({"due_datetime": "2026-12-07T10:00:00"}, "due_datetime"),
        ({"labels": "Finance"}, "labels"),
        ({"project_id": "6nope"}, "project_id"),
        ({"content": "x" * 501}, "content"),
    ],
)
async def test_invalid_task_fields_are_a_400_naming_the_argument(
    api: Api, body: dict[str, Any], argument: str
) -> None:
    status, error = await api.call("POST", "/tasks", json={"content": "Task", **body})
    assert status == 400
    assert error["error_tag"] == "INVALID_ARGUMENT_VALUE"
    assert error["error_extra"]["argument"] == argument
    assert api.emulator.tasks() == []


async def test_content_is_required(api: Api) -> None:
    status, error = await api.call("POST", "/tasks", json={"description": "no title"})
    assert (status, error["error_tag"]) == (400, "ARGUMENT_MISSING")


async def test_tasks_come_in_cursor_pages_and_limit_is_capped(api: Api) -> None:
    project = api.emulator.add_project("Mine")
    other = api.emulator.add_project("Other")
    for n in range(5):
        api.emulator.add_task(project["id"], f"Task {n}")
    api.emulator.add_task(other["id"], "Not mine")
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"project_id": project["id"], "limit": "2"} | (
            {"cursor": cursor} if cursor else {}
        )
        status, page = await api.call("GET", "/tasks", params=params)
        assert status == 200
        seen += [task["content"] for task in page["results"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert (pages, seen) == (3, [f"Task {n}" for n in range(5)])
    status, error = await api.call("GET", "/tasks", params={"limit": "201"})
    assert (status, error["error_extra"]["argument"]) == (400, "limit")


async def test_a_cursor_only_works_with_its_own_parameters(api: Api) -> None:
    project = api.emulator.add_project("Mine")
    for n in range(3):
        api.emulator.add_task(project["id"], f"Task {n}")
    _, page = await api.call("GET", "/tasks", params={"project_id": project["id"], "limit": "1"})
    params = {"project_id": api.emulator.account.inbox_id, "cursor": page["next_cursor"]}
    status, error = await api.call("GET", "/tasks", params=params)
    assert (status, error["error_extra"]["argument"]) == (400, "cursor")


async def test_close_reopen_and_delete(api: Api) -> None:
    task = api.emulator.add_task(api.emulator.account.inbox_id, "Call back")
    path = f"/tasks/{task['id']}"
    assert (await api.call("POST", path + "/close"))[0] == 204
    _, listing = await api.call("GET", "/tasks")
    assert listing["results"] == []
    status, closed = await api.call("GET", path)
    assert (status, closed["checked"]) == (200, True)
    assert closed["completed_at"] is not None
    assert (await api.call("POST", path + "/reopen"))[0] == 204
    _, listing = await api.call("GET", "/tasks")
    assert [t["id"] for t in listing["results"]] == [task["id"]]
    assert (await api.call("DELETE", path))[0] == 204
    assert (await api.call("DELETE", path))[0] == 404
    assert (await api.call("GET", path))[0] == 404


async def test_update_changes_only_what_was_sent(api: Api) -> None:
    task = api.emulator.add_task(api.emulator.account.inbox_id, "Call back", priority=2)
    status, updated = await api.call(
        "POST", f"/tasks/{task['id']}", json={"priority": 3, "due_string": "no date"}
    )
    assert status == 200
    assert (updated["priority"], updated["content"], updated["due"]) == (3, "Call back", None)


async def test_projects_list_get_and_create(api: Api) -> None:
    status, created = await api.call("POST", "/projects", json={"name": "AI Assistant"})
    assert status == 200
    _, page = await api.call("GET", "/projects")
    assert [p["name"] for p in page["results"]] == ["Inbox", "AI Assistant"]
    assert (await api.call("GET", f"/projects/{created['id']}"))[1]["name"] == "AI Assistant"
    assert (await api.call("GET", "/projects/6missing"))[0] == 404
    assert (await api.call("POST", "/projects", json={}))[0] == 400


async def test_incremental_sync_returns_only_what_changed(api: Api) -> None:
    inbox = api.emulator.account.inbox_id
    kept = api.emulator.add_task(inbox, "Untouched")
    done = api.emulator.add_task(inbox, "Done outside")
    gone = api.emulator.add_task(inbox, "Deleted outside")
    _, full = await api.call("POST", "/sync", json={"sync_token": "*", "resource_types": ["items"]})
    assert full["full_sync"] is True
    assert {item["id"] for item in full["items"]} == {kept["id"], done["id"], gone["id"]}
    _, idle = await api.call(
        "POST", "/sync", json={"sync_token": full["sync_token"], "resource_types": ["items"]}
    )
    assert (idle["full_sync"], idle["items"]) == (False, [])
    api.emulator.complete_outside(done["id"])
    api.emulator.delete_outside(gone["id"])
    _, changed = await api.call(
        "POST", "/sync", json={"sync_token": idle["sync_token"], "resource_types": ["items"]}
    )
    flags = {item["id"]: (item["checked"], item["is_deleted"]) for item in changed["items"]}
    assert flags == {done["id"]: (True, False), gone["id"]: (False, True)}


async def test_a_stale_sync_token_is_refused(api: Api) -> None:
    _, full = await api.call("POST", "/sync", json={"sync_token": "*", "resource_types": ["items"]})
    api.emulator.forget_sync_tokens()
    status, error = await api.call(
        "POST", "/sync", json={"sync_token": full["sync_token"], "resource_types": ["items"]}
    )
    assert (status, error["error_tag"]) == (400, "INVALID_SYNC_TOKEN")


async def test_sync_commands_run_once_per_uuid_and_map_temp_ids(api: Api) -> None:
    add = {
        "type": "item_add",
        "uuid": "u-1",
        "temp_id": "t-1",
        "args": {"content": "Via sync", "priority": 4},
    }
    _, first = await api.call("POST", "/sync", json={"commands": [add]})
    task_id = first["temp_id_mapping"]["t-1"]
    assert first["sync_status"] == {"u-1": "ok"}
    _, again = await api.call("POST", "/sync", json={"commands": [add]})
    assert again["temp_id_mapping"] == {"t-1": task_id}
    assert [t["content"] for t in api.emulator.tasks()] == ["Via sync"]
    # Form-encoded, as older clients send it.
    close = {"type": "item_close", "uuid": "u-2", "args": {"id": task_id}}
    bad = {"type": "item_update", "uuid": "u-3", "args": {"id": task_id, "priority": 9}}
    form = {"commands": json.dumps([close, bad]), "sync_token": "*"}
    _, reply = await api.call("POST", "/sync", data=form)
    assert reply["sync_status"]["u-2"] == "ok"
    assert reply["sync_status"]["u-3"]["error_extra"]["argument"] == "priority"
    assert api.emulator.task(task_id)["checked"] is True


async def test_rate_limit_answers_429_with_retry_after(api: Api) -> None:
    api.emulator.rate_limit(after=1, retry_after=7)
    assert (await api.call("GET", "/tasks"))[0] == 200
    async with api.session.get(api.emulator.base_url + "/tasks", headers=AUTH) as reply:
        assert reply.status == 429
        assert reply.headers["Retry-After"] == "7"
        assert (await reply.json())["error_extra"]["retry_after"] == 7
    assert (await api.call("GET", "/tasks"))[0] == 200


async def test_applied_then_504_keeps_the_write(api: Api) -> None:
    api.emulator.fail_next("POST", r"^/tasks$", 504, after_applying=True)
    status, _ = await api.call("POST", "/tasks", json={"content": "Lost answer"})
    assert status == 504
    assert [t["content"] for t in api.emulator.tasks()] == ["Lost answer"]
    api.emulator.fail_next("POST", r"^/tasks$", 500)
    assert (await api.call("POST", "/tasks", json={"content": "Never made"}))[0] == 500
    assert len(api.emulator.tasks()) == 1


async def test_the_request_log_counts_requests(api: Api) -> None:
    await api.call("GET", "/tasks", headers={**AUTH, "X-Request-Id": "r-1"})
    await api.call("GET", "/tasks/6missing")
    log = [(r.method, r.path, r.status, r.request_id) for r in api.emulator.requests]
    assert log == [
        ("GET", "/api/v1/tasks", 200, "r-1"),
        ("GET", "/api/v1/tasks/6missing", 404, None),
    ]
    assert api.emulator.count("GET", r"/tasks$") == 1


async def test_sync_runs_every_item_command(api: Api) -> None:
    task = api.emulator.add_task(api.emulator.account.inbox_id, "Old title")

    def command(uuid: str, kind: str, **args: Any) -> dict[str, Any]:
        return {"type": kind, "uuid": uuid, "args": {"id": task["id"], **args}}

    commands = [
        command("a", "item_update", content="New title", due={"date": "2026-12-08"}),
        command("b", "item_close"),
        command("c", "item_uncomplete"),
        command("d", "item_delete"),
        command("e", "item_delete"),
        {"type": "item_explode", "uuid": "f", "args": {}},
        {"type": "item_close", "uuid": "g", "args": {"id": 7}},
        {"type": "item_close", "uuid": "h", "args": "not an object"},
    ]
    _, reply = await api.call("POST", "/sync", json={"commands": commands})
    statuses = reply["sync_status"]
    assert [statuses[u] for u in "abcd"] == ["ok"] * 4
    assert statuses["e"]["http_code"] == 404
    assert {statuses[u]["error_extra"]["argument"] for u in "fgh"} == {"type", "id", "args"}
    stored = api.emulator.task(task["id"])
    assert (stored["content"], stored["due"]["date"], stored["is_deleted"]) == (
        "New title",
        "2026-12-08",
        True,
    )


@pytest.mark.parametrize(
    ("body", "argument"),
    [
        ({"commands": [{"type": "item_close"}]}, "commands"),
        ({"commands": [{"uuid": str(n), "type": "x"} for n in range(101)]}, "commands"),
        ({"resource_types": "items"}, "resource_types"),
        ({"resource_types": "[items"}, "resource_types"),
    ],
)
async def test_malformed_sync_requests_are_a_400(
    api: Api, body: dict[str, Any], argument: str
) -> None:
    status, error = await api.call("POST", "/sync", json=body)
    assert (status, error["error_extra"]["argument"]) == (400, argument)


async def test_sync_reports_projects_too(api: Api) -> None:
    body = {"sync_token": "*", "resource_types": ["all"]}
    _, full = await api.call("POST", "/sync", json=body)
    assert [p["name"] for p in full["projects"]] == ["Inbox"]
    api.emulator.add_project("AI Assistant")
    body = {"sync_token": full["sync_token"], "resource_types": ["projects"]}
    _, changed = await api.call("POST", "/sync", json=body)
    assert [p["name"] for p in changed["projects"]] == ["AI Assistant"]
    assert "items" not in changed


async def test_tasks_filter_by_ids_and_label(api: Api) -> None:
    inbox = api.emulator.account.inbox_id
    first = api.emulator.add_task(inbox, "One", labels=["Finance"])
    second = api.emulator.add_task(inbox, "Two")
    api.emulator.add_task(inbox, "Three")
    _, by_ids = await api.call("GET", "/tasks", params={"ids": f"{first['id']}, {second['id']}"})
    assert [t["content"] for t in by_ids["results"]] == ["One", "Two"]
    _, by_label = await api.call("GET", "/tasks", params={"label": "Finance"})
    assert [t["content"] for t in by_label["results"]] == ["One"]


async def test_due_strings_and_datetimes_follow_the_emulator_clock(api: Api) -> None:
    api.emulator.account.clock = lambda: datetime(2026, 12, 4, 21, 0, tzinfo=UTC)
    _, tomorrow = await api.call("POST", "/tasks", json={"content": "A", "due_string": "tomorrow"})
    assert tomorrow["due"]["date"] == "2026-12-05"
    _, timed = await api.call(
        "POST", "/tasks", json={"content": "B", "due_datetime": "2026-12-07T10:00:00+01:00"}
    )
    assert (timed["due"]["date"], timed["due"]["timezone"]) == ("2026-12-07T09:00:00Z", "UTC")
    assert api.emulator.now().day == 4


@pytest.mark.parametrize(
    ("body", "argument"),
    [
        ({"content": "   "}, "content"),
        ({"content": "A", "description": 5}, "description"),
        ({"content": "A", "due_date": 20261207}, "due_date"),
        ({"content": "A", "due_string": "x" * 151}, "due_string"),
        ({"content": "A", "due_datetime": "soon"}, "due_datetime"),
        ({"content": "A", "due_string": "every monday"}, "due_string"),
        ({"content": "A", "labels": ["x" * 61]}, "labels"),
    ],
)
async def test_more_invalid_fields(api: Api, body: dict[str, Any], argument: str) -> None:
    status, error = await api.call("POST", "/tasks", json=body)
    assert (status, error["error_extra"]["argument"]) == (400, argument)


async def test_bad_requests_are_refused_with_the_error_body(api: Api) -> None:
    task = api.emulator.add_task(api.emulator.account.inbox_id, "A")
    other = api.emulator.add_project("Other")
    cases: list[tuple[str, str, dict[str, Any], int]] = [
        ("POST", f"/tasks/{task['id']}", {"json": {"project_id": other["id"]}}, 400),
        ("POST", "/tasks", {"json": ["not", "an", "object"]}, 400),
        (
            "POST",
            "/tasks",
            {"data": "{oops", "headers": {**AUTH, "Content-Type": "text/json"}},
            400,
        ),
        ("POST", "/projects", {"json": {"name": " "}}, 400),
        ("GET", "/tasks", {"params": {"limit": "many"}}, 400),
        ("GET", "/nowhere", {}, 404),
    ]
    for method, path, kwargs, expected in cases:
        status, error = await api.call(method, path, **kwargs)
        assert (status, error["http_code"]) == (expected, expected), path
    async with api.session.get(api.emulator.base_url.removesuffix("/api/v1") + "/x") as reply:
        assert reply.status == 404


async def test_a_canned_fault_can_ask_for_a_wait(api: Api) -> None:
    api.emulator.fail_next("GET", r"^/tasks$", 503, retry_after=3)
    async with api.session.get(api.emulator.base_url + "/tasks", headers=AUTH) as reply:
        assert (reply.status, reply.headers["Retry-After"]) == (503, "3")
        assert (await reply.json())["error_extra"] == {"retry_after": 3}


async def test_a_renewed_token_is_accepted(api: Api) -> None:
    api.emulator.expire_token()
    api.emulator.accept_token("fresh")
    assert (await api.call("GET", "/tasks", headers={"Authorization": "Bearer fresh"}))[0] == 200
    api.emulator.add_task(api.emulator.account.inbox_id, "A")
    task_id = api.emulator.tasks()[0]["id"]
    api.emulator.complete_outside(task_id)
    api.emulator.reopen_outside(task_id)
    assert api.emulator.task(task_id)["checked"] is False


COMPLETED = "/tasks/completed/by_completion_date"


async def test_completed_tasks_by_completion_date_in_item_pages(api: Api) -> None:
    emu = api.emulator
    emu.account.clock = lambda: datetime(2026, 12, 4, 21, 0, tzinfo=UTC)
    ours = emu.add_project("AI Assistant")["id"]
    done = [emu.add_task(ours, f"Done {n}") for n in range(3)]
    emu.add_task(ours, "Still open")
    elsewhere = emu.add_task(emu.account.inbox_id, "Done elsewhere")
    for task in [*done, elsewhere]:
        emu.complete_outside(task["id"])
    emu.delete_outside(done[2]["id"])
    window = {"since": "2026-12-01T00:00:00Z", "until": "2026-12-05T00:00:00Z"}

    status, first = await api.call("GET", COMPLETED, params={**window, "limit": "1"})
    assert status == 200 and set(first) == {"items", "next_cursor"}
    _, rest = await api.call(
        "GET", COMPLETED, params={**window, "limit": "1", "cursor": first["next_cursor"]}
    )
    assert len(first["items"]) == len(rest["items"]) == 1 and rest["next_cursor"]
    _, mine = await api.call("GET", COMPLETED, params={**window, "project_id": ours})
    assert {t["id"] for t in mine["items"]} == {done[0]["id"], done[1]["id"]}
    assert all(t["checked"] and t["completed_at"] for t in mine["items"])
    _, before = await api.call(
        "GET", COMPLETED, params={"since": "2026-11-01T00:00:00", "until": "2026-12-01T00:00:00"}
    )
    assert before["items"] == [], "completed outside the window"


@pytest.mark.parametrize(
    ("params", "status", "argument"),
    [
        ({"until": "2026-12-05T00:00:00Z"}, 400, "since"),
        ({"since": "2026-12-01T00:00:00Z"}, 400, "until"),
        ({"since": "2026-08-01T00:00:00Z", "until": "2026-12-01T00:00:00Z"}, 400, "until"),
        ({"since": "2026-12-05T00:00:00Z", "until": "2026-12-01T00:00:00Z"}, 400, "until"),
        ({"since": "last week", "until": "2026-12-01T00:00:00Z"}, 400, "since"),
    ],
)
async def test_completed_tasks_need_a_window_of_at_most_three_months(
    api: Api, params: dict[str, str], status: int, argument: str
) -> None:
    answered, error = await api.call("GET", COMPLETED, params=params)
    assert (answered, error["error_extra"]["argument"]) == (status, argument)
