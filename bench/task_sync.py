"""Task sync: requests per idle sync pass for each task backend, beside reading each task.

Both backends follow the same number of tasks approved earlier (task_sync rows, as an approval
leaves them). Ours: one `TaskSync` pass after the first (full) one, with nothing changed in
between: To Do's task delta and Todoist's incremental sync each answer in one request. Naive:
read every followed task one by one (To Do: GET each task of the list; Todoist: GET
/tasks/{id}), which is what a sync without a change feed has to do to notice anything. A third
row per backend is the full resync after the cursor expired, with one task in ten completed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import aiohttp

from bench.common import BenchError, BenchResult, Options, Row
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.graph import GraphClient
from core.microsoft.mail import MailApi
from core.microsoft.todo_changes import TodoChangeFeed
from core.store import EmailRecord, Store
from core.tasks.changes import TaskChangeFeed
from core.tasks.sync import BackendSyncReport, TaskSync
from core.todoist.changes import TodoistChangeFeed
from core.todoist.client import TodoistClient
from core.vocabulary import STATE_TODO_LIST_ID
from sandbox.graph_emulator import GraphEmulator
from sandbox.todoist_emulator import TodoistEmulator

FOLLOWED, QUICK_FOLLOWED = 50, 3
RECEIVED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


async def run(options: Options) -> BenchResult:
    """Measure both backends with the same number of followed tasks; return the figures."""
    count = QUICK_FOLLOWED if options.quick else FOLLOWED
    graph = GraphEmulator()
    todoist = TodoistEmulator()
    async with (
        graph.serve(),
        todoist.serve(),
        aiohttp.ClientSession() as session,
    ):
        store = await Store.open(":memory:")
        try:
            graph_client = GraphClient(session, StaticTokenProvider("b"), base_url=graph.base_url)
            todo = await _todo(graph, graph_client, store, count)
            client = TodoistClient(session, todoist.token, todoist.base_url)
            todoist_figures = await _todoist(todoist, client, graph_client, store, count)
        finally:
            await store.close()
    rows: list[Row] = []
    for label, (idle, naive, full) in (("To Do", todo), ("Todoist", todoist_figures)):
        rows.append(Row(f"requests per idle sync pass, {label}", idle, naive, "requests"))
        rows.append(
            Row(
                f"requests, full resync, {label}",
                full,
                naive,
                "requests",
                kind="read each",
                compare="none",
            )
        )
    return BenchResult(
        name="task_sync",
        title=f"Task sync ({count} followed tasks per backend)",
        rows=rows,
        notes=[
            "ours: one TaskSync pass with nothing changed (To Do task delta; Todoist "
            "incremental sync), after a first full pass",
            "naive: GET every followed task one by one",
            "full resync: the pass after the cursor expired, 1 task in 10 completed; Todoist's "
            "full sync lists only open tasks, so each missing one is looked up",
        ],
        details={"followed": count, "todo": todo, "todoist": todoist_figures},
    )


async def _todo(
    graph: GraphEmulator, client: GraphClient, store: Store, count: int
) -> tuple[int, int, int]:
    list_id = graph.add_todo_list("AI Assistant")
    await store.set_state(STATE_TODO_LIST_ID, list_id)
    ids = [str(graph.add_task(list_id, f"Task {n}")["id"]) for n in range(count)]
    await _follow(store, ids, list_id, "microsoft_todo", "todo")
    sync = _sync(store, client, TodoChangeFeed(client, store))
    idle = await _idle(sync)
    mark = len(graph.requests)
    for task_id in ids:
        await client.get_json(f"/me/todo/lists/{list_id}/tasks/{task_id}")
    naive = len(graph.requests) - mark
    for task_id in ids[::10]:
        graph.change_task(list_id, task_id, status="completed")
    graph.expire_delta_tokens()
    full = await _full(sync, completed=len(ids[::10]))
    return idle, naive, full


async def _todoist(
    todoist: TodoistEmulator, client: TodoistClient, graph: GraphClient, store: Store, count: int
) -> tuple[int, int, int]:
    project_id = await client.ensure_project()
    ids = [
        (await client.create_task(f"Task {n}", due_date=date(2026, 12, 7))).id for n in range(count)
    ]
    await _follow(store, ids, project_id, "todoist", "todoist")
    # The emails are not in the Graph emulator: a completion's flag check finds none to update.
    sync = _sync(store, graph, TodoistChangeFeed(client))
    idle = await _idle(sync)
    mark = len(todoist.requests)
    for task_id in ids:
        await client.get_task(task_id)
    naive = len(todoist.requests) - mark
    for task_id in ids[::10]:
        todoist.complete_outside(task_id)
    todoist.forget_sync_tokens()
    full = await _full(sync, completed=len(ids[::10]))
    return idle, naive, full


def _sync(store: Store, graph: GraphClient, feed: TaskChangeFeed) -> TaskSync:
    return TaskSync(store, MailApi(graph), lambda: [feed])


async def _follow(store: Store, ids: list[str], container: str, provider: str, tag: str) -> None:
    emails = [
        EmailRecord(
            id=f"{tag}-email-{n}",
            conversation_id=None,
            internet_message_id=None,
            subject=f"Email {n}",
            sender_name="",
            sender_address="sender@example.com",
            received_at=RECEIVED,
            web_link=None,
            preview="",
        )
        for n in range(len(ids))
    ]
    await store.upsert_emails(emails)
    for email, task_id in zip(emails, ids, strict=True):
        await store.add_task_sync(
            email_id=email.id,
            todo_task_id=task_id,
            todo_list_id=container,
            task_type="reply",
            provider=provider,
        )


async def _one(sync: TaskSync) -> BackendSyncReport:
    (report,) = (await sync.run()).backends
    if report.problem is not None:
        raise BenchError(f"task sync with {report.label} failed: {report.problem}")
    return report


async def _idle(sync: TaskSync) -> int:
    await _one(sync)  # the first pass is a full one; it leaves the cursor
    idle = await _one(sync)
    if idle.changed:
        raise BenchError(f"an idle pass changed {idle.changed} tasks")
    return idle.requests


async def _full(sync: TaskSync, *, completed: int) -> int:
    report = await _one(sync)
    if not report.full_resync or report.completed != completed or report.deleted:
        raise BenchError(f"the full resync found {report}, not {completed} completed")
    return report.requests
