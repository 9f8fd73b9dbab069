"""Approval: Graph round trips and wall time per approval, alone and 50 in a row.

Each approval files an email into an area folder, applies its priority, action-type and area
categories, and creates a linked To Do task. Ours: `TriageService.approve` (move, then one
`$batch` with the categories PATCH and the task POST). Naive, one request after another and no
`$batch`: GET the message, move it, PATCH its categories, list the To Do lists to find ours, POST
the task (the same task payload ours sends). Both run warm: one approval each beforehand looks up
the folder and opens the connections.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from bench.common import (
    ACTOR,
    BenchError,
    BenchResult,
    Options,
    Row,
    deliver,
    round_trips,
    segment,
    workspace,
    write_config,
)
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.graph_models import Message
from core.microsoft.mail import merge_categories
from core.microsoft.mail_sync import email_record
from core.microsoft.todo_backend import todo_draft
from core.runtime import Runtime, build_runtime
from core.triage.task_fields import build_task_draft
from core.vocabulary import ActionType, Priority
from sandbox.graph_emulator import GraphEmulator

FOLDER = "Areas/Finance"
AREA = "Finance"
PRIORITY = Priority.P2
ACTION = ActionType.NEEDS_REPLY


async def naive_approve(runtime: Runtime, email_id: str, folder_id: str) -> str:
    """Approve one email the naive way, one request at a time; return the task id."""
    graph = runtime.graph
    settings = runtime.settings
    current = await graph.get_json(f"/me/messages/{segment(email_id)}")
    moved = await graph.request(
        "POST", f"/me/messages/{segment(email_id)}/move", json={"destinationId": folder_id}
    )
    message = Message._from_graph(moved.body)
    wanted = [PRIORITY.value, ACTION.value, AREA]
    await graph.request(
        "PATCH",
        f"/me/messages/{segment(message.id)}",
        json={"categories": merge_categories(current.get("categories") or [], wanted)},
    )
    lists = await graph.get_json("/me/todo/lists")
    list_name = settings.integrations.todo.list_name
    list_id = next(str(x["id"]) for x in lists["value"] if x.get("displayName") == list_name)
    draft = build_task_draft(
        email_record(Message._from_graph(current)),
        folder=FOLDER,
        priority=PRIORITY,
        action_type=ACTION,
        web_link=message.web_link,
        settings=settings,
    )
    url, payload = runtime.todo.create_task_request(todo_draft(draft), list_id=list_id)
    task = await graph.request("POST", url, json=payload)
    return str(task.body["id"])


async def _suggest(runtime: Runtime, email_ids: list[str]) -> list[int]:
    return [
        await runtime.store.create_suggestion(
            email_id=email_id,
            folder=FOLDER,
            priority=PRIORITY.value,
            action_type=ACTION.value,
            confidence=0.9,
            reason="Benchmark suggestion.",
            classifier="bench",
        )
        for email_id in email_ids
    ]


async def run(options: Options) -> BenchResult:
    """Approve `approvals` + 1 suggestions both ways, after one warm-up each; return the figures."""
    count = options.sizes.approvals
    each = count + 2  # warm-up, single, the run
    graph = GraphEmulator()
    async with graph.serve(), workspace() as directory:
        settings = load_settings(write_config(directory, graph_url=graph.base_url))
        runtime = await build_runtime(settings, Secrets(), token_provider=StaticTokenProvider("b"))
        try:
            await runtime.first_start()
            deliver(graph, 2 * each)
            stored = (await runtime.inbox.sync()).new_ids
            ours = await _suggest(runtime, stored[:each])
            naive = stored[each:]
            folder_id = await runtime.mail.resolve_folder(FOLDER, create=True)

            await _approve(runtime, ours[0])
            await naive_approve(runtime, naive[0], folder_id)
            graph.latency = options.graph_latency

            ours_single = await _timed(graph, lambda: _approve(runtime, ours[1]))
            ours_run = await _timed(graph, lambda: _approve_all(runtime, ours[2:]))
            naive_single = await _timed(graph, lambda: naive_approve(runtime, naive[1], folder_id))
            naive_run = await _timed(graph, lambda: _naive_all(runtime, naive[2:], folder_id))
            _check_filed(graph, stored, folder_id)
        finally:
            await runtime.aclose()

    return BenchResult(
        name="approval",
        title="Approve (move, categories, To Do task)",
        rows=[
            Row("round trips, one approval", ours_single[0], naive_single[0], "requests"),
            Row("wall time, one approval", ours_single[1], naive_single[1], "s"),
            Row(f"round trips, {count} in a row", ours_run[0], naive_run[0], "requests"),
            Row(f"wall time, {count} in a row", ours_run[1], naive_run[1], "s"),
        ],
        notes=[
            "ours: TriageService.approve: move, then one $batch (categories PATCH + task POST)",
            "naive: GET message, move, PATCH categories, list To Do lists, POST task; "
            "sequential, no $batch",
        ],
        details={
            "approvals_in_a_row": count,
            "ours": {"single": ours_single, "run": ours_run},
            "naive": {"single": naive_single, "run": naive_run},
        },
    )


async def _approve(runtime: Runtime, suggestion_id: int) -> None:
    outcome = await runtime.triage.approve(suggestion_id, actor=ACTOR)
    if outcome.status != "approved" or outcome.task_id is None:
        raise BenchError(f"approval of suggestion {suggestion_id} ended {outcome}")


async def _approve_all(runtime: Runtime, suggestion_ids: list[int]) -> None:
    for suggestion_id in suggestion_ids:
        await _approve(runtime, suggestion_id)


async def _naive_all(runtime: Runtime, email_ids: list[str], folder_id: str) -> None:
    for email_id in email_ids:
        await naive_approve(runtime, email_id, folder_id)


async def _timed(graph: GraphEmulator, work: Callable[[], Awaitable[object]]) -> tuple[int, float]:
    """Run `work()`; return (Graph round trips, seconds)."""
    mark, started = len(graph.requests), time.perf_counter()
    await work()
    return round_trips(graph, mark), time.perf_counter() - started


def _check_filed(graph: GraphEmulator, email_ids: list[str], folder_id: str) -> None:
    """Check both ways filed every email with the three categories and one task each."""
    tasks = sum(len(graph.tasks(str(x["id"]))) for x in graph.todo_lists)
    if tasks != len(email_ids):
        raise BenchError(f"{tasks} To Do tasks for {len(email_ids)} approvals")
    wanted = {PRIORITY.value, ACTION.value, AREA}
    for email_id in email_ids:
        message = graph.message_by_immutable_id(email_id)
        if message is None or message.folder_id != folder_id:
            raise BenchError(f"email {email_id} was not filed into {FOLDER}")
        if not wanted <= set(message.categories):
            raise BenchError(f"email {email_id} has categories {message.categories}")
