"""TodoistClient.sync_items: full, then only what changed in our project, over real HTTP."""

from __future__ import annotations

from datetime import date

from core.todoist.client import TodoistClient
from core.vocabulary import Priority
from sandbox.todoist_emulator import TodoistEmulator


async def test_a_full_sync_returns_the_open_tasks_of_our_project_only(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    mine = await client.create_task("Mine")
    done = await client.create_task("Done already")
    await client.close_task(done.id)
    todoist.add_task(todoist.account.inbox_id, "The owner's own task")
    result = await client.sync_items()
    assert result.full_sync is True
    assert [item.id for item in result.items] == [mine.id]


async def test_an_idle_sync_pass_is_one_request_with_nothing_in_it(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    await client.create_task("Mine")
    token = (await client.sync_items()).sync_token
    todoist.clear_requests()
    result = await client.sync_items(token)
    assert (result.full_sync, result.items) == (False, [])
    assert len(todoist.requests) == 1


async def test_changes_made_in_the_todoist_app_come_back_alone(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    untouched = await client.create_task("Untouched")
    completed = await client.create_task("Completed in the app")
    edited = await client.create_task("Edited in the app", priority=Priority.P4)
    deleted = await client.create_task("Deleted in the app")
    todoist.add_task(todoist.account.inbox_id, "Another project's task")
    token = (await client.sync_items()).sync_token
    todoist.complete_outside(completed.id)
    todoist.edit_outside(edited.id, priority=4, due_date="2026-12-09")
    todoist.delete_outside(deleted.id)
    foreign = todoist.add_task(todoist.account.inbox_id, "New elsewhere")
    todoist.complete_outside(foreign["id"])
    result = await client.sync_items(token)
    changes = {item.id: item for item in result.items}
    assert set(changes) == {completed.id, edited.id, deleted.id}
    assert untouched.id not in changes
    assert changes[completed.id].checked is True
    assert changes[edited.id].our_priority is Priority.P1
    due = changes[edited.id].due
    assert due is not None and due.date == date(2026, 12, 9).isoformat()
    assert changes[deleted.id].is_deleted is True


async def test_a_refused_sync_token_falls_back_to_a_full_sync(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    mine = await client.create_task("Mine")
    token = (await client.sync_items()).sync_token
    todoist.forget_sync_tokens()
    todoist.clear_requests()
    result = await client.sync_items(token)
    assert result.full_sync is True
    assert [item.id for item in result.items] == [mine.id]
    assert [r.status for r in todoist.requests] == [400, 200]
    assert result.sync_token != token
