"""TodoistClient against the Todoist emulator over real HTTP: project, tasks, paging, priorities."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from core.errors import ForeignTaskList
from core.todoist.client import TodoistClient
from core.todoist.errors import ForeignTodoistTask, TodoistNotFound, TodoistRejected
from core.todoist.models import api_priority, priority_from_api
from core.vocabulary import Priority
from sandbox.todoist_emulator import TodoistEmulator

LINK = "https://outlook.office.com/mail/deeplink/read/AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A%3D"


def test_priorities_map_inverted_in_both_directions() -> None:
    assert [api_priority(p) for p in Priority] == [4, 3, 2, 1]
    assert [priority_from_api(n) for n in (4, 3, 2, 1)] == list(Priority)
    assert priority_from_api(0) is Priority.P4


async def test_ensure_project_finds_it_by_exact_name_across_pages(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    for n in range(230):
        todoist.add_project(f"AI Assistant {n}")  # near misses, filling the first page
    wanted = todoist.add_project("AI Assistant")
    assert await client.ensure_project() == wanted["id"]
    assert todoist.count("GET", r"/projects$") == 2
    assert todoist.count("POST") == 0
    todoist.clear_requests()
    assert await client.ensure_project() == wanted["id"]
    assert todoist.requests == []  # cached


async def test_ensure_project_creates_it_once_when_missing(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    project_id = await client.ensure_project("Assistant tasks")
    assert todoist.account.project(project_id)["name"] == "Assistant tasks"
    assert await client.ensure_project("Assistant tasks") == project_id
    assert todoist.count("POST", r"/projects$") == 1


async def test_create_task_maps_priority_labels_description_and_due(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    task = await client.create_task(
        "Reply to Anna about the invoice",
        description=f"[Open in Outlook]({LINK})",
        priority=Priority.P1,
        labels=["P1", "Needs Reply", "Finance"],
        due_date=date(2026, 12, 7),
    )
    stored = todoist.task(task.id)
    assert stored["project_id"] == await client.ensure_project()
    assert (stored["priority"], task.our_priority) == (4, Priority.P1)
    assert stored["labels"] == ["P1", "Needs Reply", "Finance"]
    assert LINK in stored["description"]
    assert task.due is not None and task.due.date == "2026-12-07"
    assert (task.checked, task.added_at is not None) == (False, True)
    assert task.web_url == f"https://app.todoist.com/app/task/{task.id}"


async def test_list_project_tasks_reads_every_page_of_our_project_only(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    project_id = await client.ensure_project()
    for n in range(205):
        todoist.add_task(project_id, f"Task {n}")
    todoist.add_task(todoist.account.inbox_id, "The owner's own task")
    todoist.clear_requests()
    tasks = await client.list_project_tasks()
    assert [t.content for t in tasks] == [f"Task {n}" for n in range(205)]
    assert todoist.count("GET", r"/tasks$") == 2
    assert all(r.query["project_id"] == project_id for r in todoist.requests)


async def test_get_close_reopen_and_update_our_task(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    task = await client.create_task("Call back", priority=Priority.P3, due_date=date(2026, 12, 7))
    await client.close_task(task.id)
    closed = await client.get_task(task.id)
    assert (closed.checked, closed.completed_at is not None) == (True, True)
    assert await client.list_project_tasks() == []
    await client.reopen_task(task.id)
    assert (await client.get_task(task.id)).checked is False
    updated = await client.update_task(task.id, priority=Priority.P2, due_date=date(2026, 12, 9))
    assert (todoist.task(task.id)["priority"], updated.due and updated.due.date) == (
        3,
        "2026-12-09",
    )
    cleared = await client.update_task(task.id, clear_due=True)
    assert (cleared.due, cleared.content) == (None, "Call back")


async def test_update_with_a_bad_value_names_it(client: TodoistClient) -> None:
    task = await client.create_task("Call back")
    with pytest.raises(TodoistRejected, match="content"):
        await client.update_task(task.id, content="x" * 501)


async def test_deleting_twice_is_not_an_error(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    task = await client.create_task("Call back")
    assert await client.delete_task(task.id) is True
    assert await client.delete_task(task.id) is False
    with pytest.raises(TodoistNotFound):
        await client.get_task(task.id)
    assert todoist.task(task.id)["is_deleted"] is True


async def test_a_task_outside_our_project_is_never_written(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    await client.ensure_project()
    foreign = todoist.add_task(todoist.account.inbox_id, "The owner's own task", priority=2)
    todoist.clear_requests()
    for write in (
        client.update_task(foreign["id"], priority=Priority.P1),
        client.close_task(foreign["id"]),
        client.reopen_task(foreign["id"]),
        client.delete_task(foreign["id"]),
    ):
        with pytest.raises(ForeignTodoistTask, match="not in the project 'AI Assistant'"):
            await write
    assert todoist.count("GET") == 4
    assert todoist.count("POST") == todoist.count("DELETE") == 0
    stored = todoist.task(foreign["id"])
    assert (stored["priority"], stored["checked"], stored["is_deleted"]) == (2, False, False)
    assert issubclass(ForeignTodoistTask, ForeignTaskList)


async def test_find_task_by_marker_matches_the_description(client: TodoistClient) -> None:
    await client.create_task("Other", description="[Open in Outlook](https://x/AAk-other)")
    mine = await client.create_task("Mine", description=f"[Open in Outlook]({LINK})")
    found = await client.find_task_by_marker("AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A")
    assert found is not None and found.id == mine.id
    assert await client.find_task_by_marker("AAk-nothing") is None
    with pytest.raises(ValueError, match="marker"):
        await client.find_task_by_marker("")
    with pytest.raises(ValueError, match="marker"):
        await client.create_task("No marker inside", description="plain", marker="AAk")


async def test_update_sets_description_and_labels(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    task = await client.create_task("Call back", labels=["P3"])
    await client.update_task(task.id, description="Now with a link", labels=["P1", "Finance"])
    stored = todoist.task(task.id)
    assert (stored["description"], stored["labels"]) == ("Now with a link", ["P1", "Finance"])


async def test_a_project_deleted_by_the_owner_is_made_again_for_the_next_task(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    old = await client.create_task("Before")
    old_project = await client.ensure_project()
    todoist.delete_project_outside(old_project)
    task = await client.create_task("After")
    new_project = await client.ensure_project()
    assert new_project != old_project
    assert todoist.task(task.id)["project_id"] == new_project
    assert todoist.task(old.id)["is_deleted"] is True  # went with its project
    assert [t["content"] for t in todoist.tasks()] == ["After"]


async def test_a_rejected_create_is_not_sent_again(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    await client.ensure_project()
    with pytest.raises(TodoistRejected, match="content"):
        await client.create_task("x" * 501)
    assert todoist.count("POST", r"/tasks$") == 1


async def test_approvals_side_by_side_make_one_project_not_one_each(
    client: TodoistClient, todoist: TodoistEmulator
) -> None:
    ids = await asyncio.gather(*(client.ensure_project() for _ in range(8)))
    assert len(set(ids)) == 1
    assert todoist.count("POST", r"/projects$") == 1
    assert [p["name"] for p in todoist.account.active_projects()].count("AI Assistant") == 1
