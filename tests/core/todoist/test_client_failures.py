"""How TodoistClient copes with 429, 401, 410, 5xx and lost answers (emulator over real HTTP)."""

from __future__ import annotations

import socket

import aiohttp
import pytest

from core.todoist.client import TodoistClient
from core.todoist.errors import (
    TodoistApiGone,
    TodoistAuthError,
    TodoistError,
    TodoistRejected,
    TodoistThrottled,
    TodoistUnavailable,
    TodoistWriteUncertain,
)
from sandbox.todoist_emulator import DEFAULT_TOKEN, DROPPED, TodoistEmulator
from tests.conftest import RecordingSleep

MARKER = "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A"
DESCRIPTION = f"[Open in Outlook](https://outlook.office.com/mail/deeplink/read/{MARKER})"


async def test_a_429_is_waited_out_as_retry_after_asks(
    client: TodoistClient, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> None:
    await client.ensure_project()
    todoist.rate_limit(after=0, retry_after=7, times=2)
    task = await client.create_task("Reply to Anna")
    assert sleeps.calls == [7.0, 7.0]
    assert [r.status for r in todoist.requests if r.method == "POST"][-3:] == [429, 429, 200]
    assert [t["id"] for t in todoist.tasks(await client.ensure_project())] == [task.id]


async def test_a_wait_above_the_cap_is_not_slept_through(
    client: TodoistClient, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> None:
    todoist.rate_limit(after=0, retry_after=900)
    with pytest.raises(TodoistThrottled) as caught:
        await client.list_project_tasks()
    assert (caught.value.retry_after, sleeps.calls) == (900.0, [])


async def test_throttling_beyond_the_retries_gives_up(
    client: TodoistClient, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> None:
    await client.ensure_project()
    todoist.rate_limit(after=0, retry_after=1, times=10)
    with pytest.raises(TodoistThrottled, match="rate limiting"):
        await client.list_project_tasks()
    assert sleeps.calls == [1.0, 1.0, 1.0]  # max_retries=3


async def test_a_refused_token_tells_the_owner_to_renew_it(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    task = await client.create_task("Before the token was regenerated")
    todoist.expire_token()
    with pytest.raises(TodoistAuthError) as caught:
        await client.get_task(task.id)
    message = str(caught.value)
    assert "TODOIST_API_TOKEN" in message
    assert "Settings > Integrations > Developer" in message
    assert DEFAULT_TOKEN not in message
    assert caught.value.status == 401
    assert todoist.count("GET", r"/tasks/") == 1  # a 401 is not retried


async def test_a_retired_api_is_reported_as_gone(
    http_session: aiohttp.ClientSession, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> None:
    old = todoist.base_url.replace("/api/v1", "/rest/v2")
    client = TodoistClient(http_session, DEFAULT_TOKEN, old, sleep=sleeps)
    with pytest.raises(TodoistApiGone, match="/api/v1"):
        await client.ensure_project()


async def test_reads_are_retried_after_a_5xx(
    client: TodoistClient, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> None:
    await client.ensure_project()
    todoist.fail_next("GET", r"^/tasks$", 503, times=2)
    assert await client.list_project_tasks() == []
    assert sleeps.calls == [1.0, 2.0]


async def test_reads_give_up_after_the_retries(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    await client.ensure_project()
    todoist.fail_next("GET", r"^/tasks$", 500, times=10)
    with pytest.raises(TodoistUnavailable, match="still after 4 attempts"):
        await client.list_project_tasks()


async def test_an_unreachable_todoist_is_unavailable(
    http_session: aiohttp.ClientSession, sleeps: RecordingSleep
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = TodoistClient(
        http_session, DEFAULT_TOKEN, f"http://127.0.0.1:{port}/api/v1", sleep=sleeps
    )
    with pytest.raises(TodoistUnavailable, match="no answer from Todoist"):
        await client.ensure_project()


async def test_a_create_with_a_lost_answer_and_no_marker_is_uncertain(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    await client.ensure_project()
    todoist.fail_next("POST", r"^/tasks$", 504, after_applying=True)
    with pytest.raises(TodoistWriteUncertain, match="may have been applied"):
        await client.create_task("Reply to Anna")
    assert todoist.count("POST", r"/tasks$") == 1  # never blindly repeated


async def test_an_applied_create_whose_answer_was_lost_is_adopted_by_its_marker(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    project_id = await client.ensure_project()
    todoist.fail_next("POST", r"^/tasks$", 504, after_applying=True)
    task = await client.create_task("Reply to Anna", description=DESCRIPTION, marker=MARKER)
    assert [t["id"] for t in todoist.tasks(project_id)] == [task.id]
    assert todoist.count("POST", r"/tasks$") == 1


async def test_a_create_that_was_not_applied_is_sent_again_once(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    project_id = await client.ensure_project()
    todoist.fail_next("POST", r"^/tasks$", 502)
    task = await client.create_task("Reply to Anna", description=DESCRIPTION, marker=MARKER)
    assert [t["id"] for t in todoist.tasks(project_id)] == [task.id]
    posts = [r for r in todoist.requests if r.method == "POST" and r.path.endswith("/tasks")]
    assert [r.status for r in posts] == [502, 200]
    assert posts[0].request_id == posts[1].request_id  # one logical write, one X-Request-Id


async def test_an_update_retried_after_a_5xx_keeps_its_request_id(
    client: TodoistClient, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> None:
    task = await client.create_task("Call back")
    todoist.fail_next("POST", r"^/tasks/[^/]+$", 503)
    await client.update_task(task.id, content="Call Anna back")
    writes = [r for r in todoist.requests if r.path.endswith(f"/tasks/{task.id}")]
    assert [(r.method, r.status) for r in writes] == [("GET", 200), ("POST", 503), ("POST", 200)]
    assert writes[1].request_id == writes[2].request_id != writes[0].request_id
    assert todoist.task(task.id)["content"] == "Call Anna back"
    assert sleeps.calls == [1.0]


async def test_a_429_without_retry_after_backs_off(
    client: TodoistClient, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> None:
    todoist.fail_next("GET", r"^/projects$", 429)
    await client.ensure_project()
    assert sleeps.calls == [1.0]


async def test_an_answer_of_the_wrong_shape_is_a_clear_error(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    todoist.fail_next("GET", r"^/projects$", 200)  # a 200 carrying no page
    with pytest.raises(TodoistError, match="unexpected TodoistPage"):
        await client.ensure_project()
    todoist.fail_next("POST", r"^/sync$", 200)
    with pytest.raises(TodoistError, match="no sync_token"):
        await client.sync_items()


async def test_a_refused_full_sync_is_raised(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    await client.ensure_project()
    todoist.fail_next("POST", r"^/sync$", 400)
    with pytest.raises(TodoistRejected):
        await client.sync_items()


async def test_a_project_create_whose_answer_was_lost_is_found_not_made_twice(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    todoist.fail_next("POST", r"^/projects$", 504, after_applying=True)
    project_id = await client.ensure_project()
    assert [p["id"] for p in todoist.account.active_projects() if p["name"] == "AI Assistant"] == [
        project_id
    ]
    assert todoist.count("POST", r"/projects$") == 1


async def test_a_project_create_that_was_not_applied_is_reported(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    todoist.fail_next("POST", r"^/projects$", 500)
    with pytest.raises(TodoistWriteUncertain):
        await client.ensure_project()
    assert [p["name"] for p in todoist.account.active_projects()] == ["Inbox"]
    assert await client.ensure_project()  # the next call creates it


async def test_a_create_whose_connection_dropped_after_applying_is_adopted(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    project_id = await client.ensure_project()
    todoist.fail_next("POST", r"^/tasks$", DROPPED, after_applying=True)
    task = await client.create_task("Reply to Anna", description=DESCRIPTION, marker=MARKER)
    assert [t["id"] for t in todoist.tasks(project_id)] == [task.id]
    assert [r.status for r in todoist.requests if r.method == "POST"][-1] == DROPPED


async def test_a_read_whose_connection_dropped_is_retried(
    client: TodoistClient, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> None:
    await client.ensure_project()
    todoist.fail_next("GET", r"^/tasks$", DROPPED, times=3)
    assert await client.list_project_tasks() == []
    statuses = [r.status for r in todoist.requests if r.path.endswith("/tasks")]
    assert statuses == [DROPPED] * 3 + [200]
    # aiohttp itself resends an idempotent request once on a reused connection; the rest is ours.
    assert sleeps.calls == [1.0]


async def test_a_task_the_owner_already_closed_is_still_found_by_its_marker(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    project_id = await client.ensure_project()
    for n in range(3):  # closed tasks of other emails
        other = todoist.add_task(project_id, f"Done {n}", description=f"email AAk{n}")
        todoist.complete_outside(other["id"])
    elsewhere = todoist.add_task(todoist.account.inbox_id, "Not ours", description=DESCRIPTION)
    todoist.complete_outside(elsewhere["id"])
    todoist.fail_next("POST", r"^/tasks$", 504, after_applying=True)
    with pytest.raises(TodoistWriteUncertain):
        await client.create_task("Reply to Anna", description=DESCRIPTION)
    [made] = todoist.tasks(project_id)[3:]
    todoist.complete_outside(made["id"])  # the owner ticks it off before the approval's retry

    found = await client.find_task_by_marker(MARKER)

    assert found is not None and (found.id, found.checked) == (made["id"], True)
    assert todoist.count("GET", r"/tasks/completed/by_completion_date$") == 1
    assert await client.find_task_by_marker("AAk-nothing") is None
