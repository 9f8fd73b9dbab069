"""Task backends: the requests one approval costs with To Do and with Todoist, side by side.

The same approvals (file into an area folder, three categories, one task) run once with
`task_backend: todo` (the task POST rides in the approval's Graph `$batch`) and once with
`task_backend: todoist` (the Graph side is the same move and `$batch`, the task is one request
to the Todoist emulator beside it). Both warm: one approval first finds the folder, the list or
project, and opens the connections. Requests, not wall time: the Todoist emulator has no
injected latency, so a time would flatter it.
"""

from __future__ import annotations

from typing import Any

from bench.approval import AREA, FOLDER, _approve, _suggest
from bench.common import BenchError, BenchResult, Options, Row, deliver, round_trips, workspace
from bench.common import write_config as write_sample_config
from core.config.settings import Secrets, Settings, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import build_runtime
from sandbox.graph_emulator import GraphEmulator
from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator


def _on_todoist(settings: Settings, base_url: str) -> Settings:
    integrations = settings.integrations
    todoist = integrations.todoist.model_copy(update={"enabled": True, "base_url": base_url})
    return settings.model_copy(
        update={
            "integrations": integrations.model_copy(
                update={"task_backend": "todoist", "todoist": todoist}
            )
        }
    )


async def _measure(backend: str, count: int) -> dict[str, float]:
    """Approve 1 + `count` suggestions with `backend`; requests per approval after the first."""
    graph, todoist = GraphEmulator(), TodoistEmulator()
    async with graph.serve(), todoist.serve(), workspace() as directory:
        settings = load_settings(write_sample_config(directory, graph_url=graph.base_url))
        secrets = Secrets()
        if backend == "todoist":
            settings = _on_todoist(settings, todoist.base_url)
            secrets = Secrets(todoist_api_token=DEFAULT_TOKEN)
        runtime = await build_runtime(settings, secrets, token_provider=StaticTokenProvider("b"))
        try:
            await runtime.first_start()
            deliver(graph, count + 1)
            ours = await _suggest(runtime, (await runtime.inbox.sync()).new_ids)
            await runtime.mail.resolve_folder(FOLDER, create=True)
            await _approve(runtime, ours[0])  # warm: finds (or makes) the project or list
            first_todoist = len(todoist.requests)
            graph_mark, todoist_mark = len(graph.requests), len(todoist.requests)
            for suggestion_id in ours[1:]:
                await _approve(runtime, suggestion_id)
            graph_trips = round_trips(graph, graph_mark)
            todoist_requests = len(todoist.requests) - todoist_mark
        finally:
            await runtime.aclose()
        _check_tasks(graph, todoist, backend, count + 1)
    return {
        "first todoist": first_todoist,
        "graph": graph_trips / count,
        "todoist": todoist_requests / count,
        "total": (graph_trips + todoist_requests) / count,
    }


def _check_tasks(graph: GraphEmulator, todoist: TodoistEmulator, backend: str, wanted: int) -> None:
    in_todo = sum(len(graph.tasks(str(x["id"]))) for x in graph.todo_lists)
    in_todoist = len(todoist.tasks())
    made = (in_todo, in_todoist) if backend == "todo" else (in_todoist, in_todo)
    if made != (wanted, 0):
        raise BenchError(f"{backend}: {made[0]} tasks there and {made[1]} in the other backend")


async def run(options: Options) -> BenchResult:
    """Measure requests per approval with each backend; return the figures."""
    count = options.sizes.approvals
    todo = await _measure("todo", count)
    todoist = await _measure("todoist", count)
    details: dict[str, Any] = {"approvals": count, "todo": todo, "todoist": todoist}
    return BenchResult(
        name="backends",
        title="Requests per approval: Todoist beside To Do",
        rows=[
            Row(
                "Graph round trips per approval",
                todoist["graph"],
                todo["graph"],
                "requests",
                kind="To Do",
                compare="none",
            ),
            Row(
                "Todoist requests per approval",
                todoist["todoist"],
                todo["todoist"],
                "requests",
                kind="To Do",
                compare="none",
            ),
            Row(
                "all requests per approval",
                todoist["total"],
                todo["total"],
                "requests",
                kind="To Do",
                compare="none",
            ),
            Row(
                "Todoist requests, first approval (makes the project)",
                todoist["first todoist"],
                todo["first todoist"],
                "requests",
                kind="To Do",
                compare="none",
            ),
        ],
        notes=[
            f"ours: task_backend: todoist; baseline: task_backend: todo; {count} approvals "
            f"into {FOLDER} ({AREA}), each with a task, after one warm-up",
            "To Do: move + one $batch (categories PATCH + task POST); Todoist: the same move "
            "and $batch (categories only) + one POST /tasks beside it",
        ],
        details=details,
    )
