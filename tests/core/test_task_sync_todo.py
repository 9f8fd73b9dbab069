"""Task sync with To Do: tasks approved here, changed by the owner in To Do, over real HTTP.

Tasks and task_sync rows are made the way an approval makes them (through ApprovalService
against the Graph emulator); the owner's hand in To Do is the emulator's `change_task` /
`delete_task`, and Outlook's flag is the emulator's message state.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from core.microsoft.todo_changes import CURSOR_KEY, TodoChangeFeed
from core.tasks.sync import BackendSyncReport, TaskSync
from core.vocabulary import ActionType, Priority
from tests.core.test_approval import Env, approve_new
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
DELTA = r"/tasks/delta"


def task_sync(env: Env) -> TaskSync:
    return TaskSync(
        env.store, env.mail, lambda: [TodoChangeFeed(env.graph, env.store)], clock=lambda: NOW
    )


async def one_pass(env: Env) -> BackendSyncReport:
    report = await task_sync(env).run()
    assert len(report.backends) == 1
    return report.backends[0]


async def approved_task(env: Env, subject: str) -> tuple[str, int, str]:
    """Approve a new email into a To Do task; return (email id, suggestion id, task id)."""
    email_id, suggestion_id, outcome = await approve_new(
        env, subject=subject, action=ActionType.NEEDS_REPLY
    )
    assert outcome.status == "approved"
    (task,) = env.tasks_for(email_id)
    return email_id, suggestion_id, task["id"]


async def row_of(env: Env, email_id: str) -> Any:
    (row,) = await env.store.task_syncs_for_email(email_id)
    return row


def counts(report: BackendSyncReport) -> tuple[int, int, int, int]:
    return (report.completed, report.reopened, report.edited, report.deleted)


async def test_completed_edited_deleted_and_reopened_in_to_do_come_back_after_one_pass(env):
    done_email, _, done = await approved_task(env, "Confirm the Q3 coil order")
    edited_email, _, edited = await approved_task(env, "Review the steel contract")
    gone_email, gone_suggestion, gone = await approved_task(env, "Reply to Jonas")
    first = await one_pass(env)
    assert counts(first) == (0, 0, 0, 0) and first.full_resync and first.problem is None

    list_id = env.own_list_id()
    env.emulator.change_task(list_id, done, status="completed")
    env.emulator.change_task(
        list_id,
        edited,
        importance="low",
        dueDateTime={"dateTime": "2026-12-24T00:00:00.0000000", "timeZone": "UTC"},
    )
    env.emulator.delete_task(list_id, gone)
    report = await one_pass(env)

    assert counts(report) == (1, 0, 1, 1) and not report.full_resync
    assert ((await row_of(env, done_email)).status, (await row_of(env, done_email)).synced_at) == (
        "completed",
        NOW,
    )
    assert (await row_of(env, edited_email)).status == "active"
    assert (await row_of(env, gone_email)).status == "deleted"
    dismissed = await env.store.get_suggestion(gone_suggestion)
    assert (dismissed.status, dismissed.actor) == ("dismissed", "task_sync:todo")
    assert report.dismissed == 1
    (edit,) = await env.store.list_actions(action="task_sync.edited")
    assert edit.target == edited and edit.actor == "task_sync:todo"
    assert edit.after == {"due": "2026-12-24", "priority": Priority.P4.value}
    assert edit.before["due"] != "2026-12-24" and edit.before["priority"] == Priority.P1.value
    assert env.tasks_for(gone_email) == []  # nothing recreated, the email left alone
    assert env.emulator.message(gone_email) is not None

    env.emulator.change_task(list_id, done, status="notStarted")
    again = await one_pass(env)
    assert counts(again) == (0, 1, 0, 0)
    assert (await row_of(env, done_email)).status == "active"


async def test_an_edit_made_before_the_first_pass_is_measured_against_the_created_task(env):
    email_id, _, task_id = await approved_task(env, "Review the steel contract")
    env.emulator.change_task(env.own_list_id(), task_id, importance="low")
    report = await one_pass(env)
    assert report.edited == 1
    (edit,) = await env.store.list_actions(action="task_sync.edited")
    assert (edit.before, edit.after) == (
        {"priority": Priority.P1.value},
        {"priority": Priority.P4.value},
    )


async def test_a_second_pass_changes_nothing_and_an_idle_pass_is_one_request(env):
    _, _, task_id = await approved_task(env, "Confirm the Q3 coil order")
    await one_pass(env)
    env.emulator.change_task(env.own_list_id(), task_id, status="completed")
    assert (await one_pass(env)).completed == 1
    actions = await env.store.list_actions(limit=1000)

    env.emulator.clear_requests()
    idle = await one_pass(env)
    assert counts(idle) == (0, 0, 0, 0) and idle.requests == 1
    assert len(env.emulator.requests) == 1 and DELTA in env.emulator.requests[0].path
    assert await env.store.list_actions(limit=1000) == actions


async def test_completing_the_task_leaves_a_flag_the_owner_set(env):
    # The owner's own flag is theirs: only a flag an approval set follows its task
    # (tests/core/test_followup_flags.py), so completion costs no flag read or PATCH here.
    flagged_email, _, flagged_task = await approved_task(env, "Confirm the Q3 coil order")
    start = {"dateTime": "2026-12-04T00:00:00.0000000", "timeZone": "UTC"}
    due = {"dateTime": "2026-12-08T00:00:00.0000000", "timeZone": "UTC"}
    env.emulator.update_message(
        flagged_email, flag={"flagStatus": "flagged", "startDateTime": start, "dueDateTime": due}
    )
    await one_pass(env)

    env.emulator.change_task(env.own_list_id(), flagged_task, status="completed")
    env.emulator.clear_requests()
    report = await one_pass(env)
    assert report.completed == 1 and report.flags_updated == 0
    assert env.emulator.message(flagged_email).flag["flagStatus"] == "flagged"
    assert not [r for r in env.emulator.requests if flagged_email in r.path]
    assert await env.store.list_actions(action="email.flag") == []


async def test_an_expired_delta_token_resyncs_in_full_without_false_deletions(env):
    kept_email, _, _ = await approved_task(env, "Confirm the Q3 coil order")
    gone_email, _, gone = await approved_task(env, "Reply to Jonas")
    await one_pass(env)
    env.emulator.delete_task(env.own_list_id(), gone)
    env.emulator.expire_delta_tokens()
    report = await one_pass(env)
    assert report.full_resync and counts(report) == (0, 0, 0, 1)
    assert (await row_of(env, kept_email)).status == "active"
    assert (await row_of(env, gone_email)).status == "deleted"
    assert counts(await one_pass(env)) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("status", "kind"), [(401, "sign_in"), (500, "unavailable"), (429, "throttled")]
)
async def test_a_refused_or_failing_delta_keeps_the_cursor_and_is_reported(env, status, kind):
    email_id, _, task_id = await approved_task(env, "Confirm the Q3 coil order")
    await one_pass(env)
    cursor = await env.store.get_state(CURSOR_KEY)
    env.emulator.change_task(env.own_list_id(), task_id, status="completed")
    env.emulator.inject("GET", DELTA, status=status, times=10)

    report = await one_pass(env)
    assert report.problem is not None and report.problem.kind == kind
    assert await env.store.get_state(CURSOR_KEY) == cursor
    assert (await row_of(env, email_id)).status == "active"

    env.emulator.clear_faults()
    assert (await one_pass(env)).completed == 1


async def test_the_owners_own_tasks_in_our_list_are_ignored(env):
    await approved_task(env, "Confirm the Q3 coil order")
    await one_pass(env)
    own = env.emulator.add_task(env.own_list_id(), "Buy milk")["id"]
    env.emulator.change_task(env.own_list_id(), own, status="completed")
    env.emulator.delete_task(env.own_list_id(), own)
    report = await one_pass(env)
    assert counts(report) == (0, 0, 0, 0) and report.dismissed == 0


async def test_without_a_to_do_list_there_is_nothing_to_read(env):
    report = await one_pass(env)
    assert report.no_container and report.requests == 0 and report.problem is None


async def test_clearing_away_a_completed_task_keeps_the_approval(env):
    email_id, suggestion_id, task_id = await approved_task(env, "Confirm the Q3 coil order")
    await one_pass(env)
    env.emulator.change_task(env.own_list_id(), task_id, status="completed")
    await one_pass(env)
    env.emulator.delete_task(env.own_list_id(), task_id)
    report = await one_pass(env)
    assert (report.deleted, report.dismissed) == (1, 0)
    assert (await row_of(env, email_id)).status == "deleted"
    assert (await env.store.get_suggestion(suggestion_id)).status == "approved"
