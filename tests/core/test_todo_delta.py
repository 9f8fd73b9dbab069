"""Reading To Do task changes through Graph task delta, against the emulator over HTTP."""

from __future__ import annotations

import pytest

from core.microsoft.graph import GraphClient
from core.microsoft.todo_delta import read_task_changes
from sandbox.graph_emulator import GraphEmulator


@pytest.fixture
def list_id(emulator: GraphEmulator) -> str:
    return emulator.add_todo_list("AI Assistant")


async def test_a_quiet_list_costs_one_request(
    emulator: GraphEmulator, graph: GraphClient, list_id: str
) -> None:
    emulator.add_task(list_id, "Reply to Jonas")
    first = await read_task_changes(graph, list_id, None)
    assert first.full and [t.title for t in first.changed] == ["Reply to Jonas"]
    before = graph.request_count
    quiet = await read_task_changes(graph, list_id, first.delta_link)
    assert (quiet.changed, quiet.removed, quiet.full) == ((), (), False)
    assert graph.request_count - before == quiet.requests == 1


async def test_completions_edits_and_deletions_come_back(
    emulator: GraphEmulator, graph: GraphClient, list_id: str
) -> None:
    done = emulator.add_task(list_id, "Reply")["id"]
    edited = emulator.add_task(list_id, "Review")["id"]
    deleted = emulator.add_task(list_id, "Delegate")["id"]
    start = await read_task_changes(graph, list_id, None)

    emulator.change_task(list_id, done, status="completed")
    emulator.change_task(
        list_id, edited, dueDateTime={"dateTime": "2026-12-24T00:00:00", "timeZone": "UTC"}
    )
    emulator.delete_task(list_id, deleted)
    changes = await read_task_changes(graph, list_id, start.delta_link)

    by_id = {t.id: t for t in changes.changed}
    assert by_id[done].status == "completed"
    assert str(by_id[edited].due_date) == "2026-12-24"
    assert changes.removed == (deleted,) and not changes.full


async def test_many_changes_page_through_one_round(
    emulator: GraphEmulator, graph: GraphClient, list_id: str
) -> None:
    for n in range(12):
        emulator.add_task(list_id, f"Task {n}")
    changes = await read_task_changes(graph, list_id, None, page_size=5)
    assert len(changes.changed) == 12 and changes.requests == 3


async def test_an_expired_token_reads_the_whole_list_afresh(
    emulator: GraphEmulator, graph: GraphClient, list_id: str
) -> None:
    kept = emulator.add_task(list_id, "Kept")["id"]
    start = await read_task_changes(graph, list_id, None)
    emulator.expire_delta_tokens()
    again = await read_task_changes(graph, list_id, start.delta_link)
    assert again.full and [t.id for t in again.changed] == [kept]
    assert (await read_task_changes(graph, list_id, again.delta_link)).changed == ()


async def test_a_link_to_another_graph_host_is_never_followed(
    emulator: GraphEmulator, graph: GraphClient, list_id: str
) -> None:
    emulator.add_task(list_id, "Mine")
    foreign = "https://graph.example.net/v1.0/me/todo/lists/x/tasks/delta?$deltatoken=abc"
    before = graph.request_count
    changes = await read_task_changes(graph, list_id, foreign)
    assert changes.full and [t.title for t in changes.changed] == ["Mine"]
    assert graph.request_count - before == 1  # the fresh round only (the client refuses others)
