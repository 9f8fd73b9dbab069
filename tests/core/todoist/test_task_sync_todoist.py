"""Task sync with Todoist: the owner's hand in the Todoist app flows back, over real HTTP.

The Todoist backend is not wired into approvals on this branch, so each test makes what an
approval would: the email in the Graph emulator and the store, an approved suggestion, the task
in the assistant's Todoist project (through TodoistClient, against the Todoist emulator), its
"todoist.task.create" action_log entry and its task_sync row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from core.tasks.sync import BackendSyncReport, TaskSync
from core.todoist.changes import CURSOR_KEY, TodoistChangeFeed
from core.todoist.client import TodoistClient
from core.vocabulary import Priority
from sandbox.todoist_emulator import TodoistEmulator
from tests.core.test_approval import ACTOR, Env, deliver, suggest
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
SYNC = r"/sync$"


async def one_pass(env: Env, client: TodoistClient) -> BackendSyncReport:
    sync = TaskSync(env.store, env.mail, lambda: [TodoistChangeFeed(client)], clock=lambda: NOW)
    (report,) = (await sync.run()).backends
    return report


async def approved_task(
    env: Env, client: TodoistClient, subject: str, *, flag: dict[str, Any] | None = None
) -> tuple[str, int, str]:
    """Make what an approval into Todoist makes; return (email id, suggestion id, task id)."""
    email_id = await deliver(env, subject=subject)
    if flag is not None:
        env.emulator.update_message(email_id, flag=flag)
    suggestion_id = await suggest(env, email_id)
    for before, after in (("pending", "approving"), ("approving", "approved")):
        assert await env.store.transition_suggestion(
            suggestion_id, from_status=(before,), to_status=after, actor=ACTOR
        )
    task = await client.create_task(
        subject, priority=Priority.P2, due_date=date(2026, 12, 7), description=email_id
    )
    await env.store.log_action(
        "todoist.task.create",
        actor=ACTOR,
        email_id=email_id,
        target=task.id,
        after=task.model_dump(mode="json"),
    )
    await env.store.add_task_sync(
        email_id=email_id,
        todo_task_id=task.id,
        todo_list_id=await client.ensure_project(),
        task_type="reply",
        provider="todoist",
    )
    return email_id, suggestion_id, task.id


async def status_of(env: Env, email_id: str) -> str:
    (row,) = await env.store.task_syncs_for_email(email_id)
    return row.status


def counts(report: BackendSyncReport) -> tuple[int, int, int, int]:
    return (report.completed, report.reopened, report.edited, report.deleted)


async def test_completed_edited_deleted_moved_and_reopened_in_todoist_come_back(
    env, client: TodoistClient, todoist: TodoistEmulator
):
    done_email, _, done = await approved_task(env, client, "Confirm the Q3 coil order")
    edited_email, _, edited = await approved_task(env, client, "Review the steel contract")
    gone_email, gone_suggestion, gone = await approved_task(env, client, "Reply to Jonas")
    moved_email, moved_suggestion, moved = await approved_task(env, client, "Delegate the audit")
    first = await one_pass(env, client)
    assert first.full_resync and counts(first) == (0, 0, 0, 0) and first.problem is None

    todoist.complete_outside(done)
    todoist.edit_outside(edited, priority=1, due_date="2026-12-24")
    todoist.delete_outside(gone)
    elsewhere = todoist.add_project("Personal")["id"]
    todoist.move_outside(moved, elsewhere)
    report = await one_pass(env, client)

    assert counts(report) == (1, 0, 1, 2) and not report.full_resync
    assert [
        await status_of(env, e) for e in (done_email, edited_email, gone_email, moved_email)
    ] == [
        "completed",
        "active",
        "deleted",
        "deleted",
    ]
    for suggestion_id in (gone_suggestion, moved_suggestion):
        dismissed = await env.store.get_suggestion(suggestion_id)
        assert (dismissed.status, dismissed.actor) == ("dismissed", "task_sync:todoist")
    (edit,) = await env.store.list_actions(action="task_sync.edited")
    assert edit.target == edited
    assert edit.before == {"due": "2026-12-07", "priority": Priority.P2.value}
    assert edit.after == {"due": "2026-12-24", "priority": Priority.P4.value}

    todoist.reopen_outside(done)
    assert counts(await one_pass(env, client)) == (0, 1, 0, 0)
    assert await status_of(env, done_email) == "active"


async def test_an_idle_pass_is_one_request_and_a_second_pass_changes_nothing(
    env, client: TodoistClient, todoist: TodoistEmulator
):
    _, _, task_id = await approved_task(env, client, "Confirm the Q3 coil order")
    await one_pass(env, client)
    todoist.complete_outside(task_id)
    assert (await one_pass(env, client)).completed == 1
    actions = await env.store.list_actions(limit=1000)

    todoist.clear_requests()
    idle = await one_pass(env, client)
    assert counts(idle) == (0, 0, 0, 0) and idle.requests == 1
    assert [(r.method, r.path) for r in todoist.requests] == [("POST", "/api/v1/sync")]
    assert await env.store.list_actions(limit=1000) == actions


async def test_a_fresh_process_reads_an_idle_todoist_in_one_request(
    env, client: TodoistClient, todoist: TodoistEmulator, http_session
):
    await approved_task(env, client, "Confirm the Q3 coil order")
    await one_pass(env, client)
    fresh = TodoistClient(http_session, todoist.token, todoist.base_url)  # no project cached
    todoist.clear_requests()
    assert (await one_pass(env, fresh)).requests == 1
    assert len(todoist.requests) == 1


async def test_a_full_resync_looks_up_missing_tasks_instead_of_deleting_them(
    env, client: TodoistClient, todoist: TodoistEmulator
):
    open_email, _, _ = await approved_task(env, client, "Confirm the Q3 coil order")
    closed_email, closed_suggestion, closed = await approved_task(env, client, "Review it")
    gone_email, _, gone = await approved_task(env, client, "Reply to Jonas")
    await one_pass(env, client)
    todoist.complete_outside(closed)
    todoist.delete_outside(gone)
    todoist.forget_sync_tokens()

    report = await one_pass(env, client)
    assert report.full_resync and counts(report) == (1, 0, 0, 1)
    assert [await status_of(env, e) for e in (open_email, closed_email, gone_email)] == [
        "active",
        "completed",
        "deleted",
    ]
    assert (await env.store.get_suggestion(closed_suggestion)).status == "approved"
    assert counts(await one_pass(env, client)) == (0, 0, 0, 0)


async def test_completing_in_todoist_leaves_a_flag_the_owner_set(
    env, client: TodoistClient, todoist: TodoistEmulator
):
    email_id, _, task_id = await approved_task(
        env, client, "Confirm the Q3 coil order", flag={"flagStatus": "flagged"}
    )
    await one_pass(env, client)
    todoist.complete_outside(task_id)
    report = await one_pass(env, client)
    assert report.completed == 1 and report.flags_updated == 0
    assert env.emulator.message(email_id).flag["flagStatus"] == "flagged"


async def test_a_refused_token_keeps_the_cursor_and_says_renew_the_token(
    env, client: TodoistClient, todoist: TodoistEmulator
):
    email_id, _, task_id = await approved_task(env, client, "Confirm the Q3 coil order")
    await one_pass(env, client)
    cursor = await env.store.get_state(CURSOR_KEY)
    todoist.complete_outside(task_id)
    todoist.expire_token()

    report = await one_pass(env, client)
    assert report.problem is not None and report.problem.kind == "todoist_token"
    assert "TODOIST_API_TOKEN" in report.problem.detail
    assert await env.store.get_state(CURSOR_KEY) == cursor
    assert await status_of(env, email_id) == "active"

    todoist.accept_token(todoist.token)
    assert (await one_pass(env, client)).completed == 1


@pytest.mark.parametrize(("status", "kind"), [(429, "throttled"), (500, "unavailable")])
async def test_throttling_or_an_outage_keeps_the_cursor(
    env, client: TodoistClient, todoist: TodoistEmulator, status, kind
):
    await approved_task(env, client, "Confirm the Q3 coil order")
    await one_pass(env, client)
    cursor = await env.store.get_state(CURSOR_KEY)
    todoist.fail_next("POST", SYNC, status, times=10, retry_after=1)
    report = await one_pass(env, client)
    assert report.problem is not None and report.problem.kind == kind
    assert await env.store.get_state(CURSOR_KEY) == cursor


async def test_the_owners_own_todoist_tasks_are_ignored(
    env, client: TodoistClient, todoist: TodoistEmulator
):
    await approved_task(env, client, "Confirm the Q3 coil order")
    await one_pass(env, client)
    own = todoist.add_task(await client.ensure_project(), "Buy milk")["id"]
    todoist.complete_outside(own)
    todoist.delete_outside(own)
    assert counts(await one_pass(env, client)) == (0, 0, 0, 0)


async def test_the_todoist_feed_reads_through_the_todoist_backends_client(env, client):
    from core.tasks.registry import TaskBackends
    from core.tasks.sync import enabled_feeds
    from core.todoist.backend import TodoistBackend
    from tests.core.test_approval import make_settings

    settings = make_settings().model_copy(deep=True)
    integrations = settings.integrations.model_copy(
        update={"todoist": settings.integrations.todoist.model_copy(update={"enabled": True})}
    )
    settings = settings.model_copy(update={"integrations": integrations})
    backends = TaskBackends({"todoist": TodoistBackend(client, env.store)}, lambda: settings)
    feeds = enabled_feeds(settings, backends, env.graph, env.store)
    assert [feed.backend for feed in feeds] == ["todo", "todoist"]
    off = settings.model_copy(
        update={
            "integrations": integrations.model_copy(
                update={"todo": integrations.todo.model_copy(update={"enabled": False})}
            )
        }
    )
    assert [feed.backend for feed in enabled_feeds(off, backends, env.graph, env.store)] == [
        "todoist"
    ]
    assert enabled_feeds(off, TaskBackends({}, lambda: off), env.graph, env.store) == []
