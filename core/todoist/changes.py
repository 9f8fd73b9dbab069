"""Todoist's change feed for task sync: the incremental sync, one request when nothing changed.

The cursor is Todoist's sync token. An incremental answer carries every item changed since it,
closed (`checked`) and deleted (`is_deleted`) ones included, from every project: a followed task
that turns up in another project was moved out of ours. A full answer (first run, or a token
Todoist no longer accepts) holds only open items, so a followed task missing from it may be
closed or deleted: each such task is looked up (GET /tasks/{id}) before the sync decides.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any, Final

from pydantic import ValidationError

from core.tasks.backend import BackendName, BackendTask
from core.tasks.changes import ChangeRound

from .client import FULL_SYNC, TodoistClient
from .errors import ForeignTodoistTask, TodoistNotFound
from .models import TodoistTask

CURSOR_KEY = "task_sync_cursor_todoist"


def todoist_backend_task(task: TodoistTask) -> BackendTask:
    """Read a Todoist task in the protocol's terms."""
    due = None
    if task.due is not None:
        try:
            due = date.fromisoformat(task.due.date[:10])
        except ValueError:
            due = None
    return BackendTask(
        backend="todoist",
        id=task.id,
        title=task.content,
        container_id=task.project_id or None,
        completed=task.checked,
        due=due,
        priority=task.our_priority,
        snapshot=task.model_dump(mode="json"),
    )


class TodoistChangeFeed:
    """The assistant's Todoist project, read through the incremental sync."""

    backend: Final[BackendName] = "todoist"
    provider: Final = "todoist"
    label: Final = "Todoist"
    cursor_key: Final = CURSOR_KEY

    def __init__(self, client: TodoistClient) -> None:
        """Read through `client` (its token, base URL and retries)."""
        self._client = client

    async def read(self, cursor: str | None, followed: Collection[str]) -> ChangeRound:
        """Read what changed since the sync token `cursor` (None: a full sync)."""
        result = await self._client.sync_account_items(cursor or FULL_SYNC)
        requests = 1 + (result.full_sync and cursor not in (None, FULL_SYNC))
        wanted = set(followed)
        tasks: dict[str, BackendTask] = {}
        gone: set[str] = set()
        for item in result.items:
            if item.id not in wanted:
                continue
            if item.is_deleted:
                gone.add(item.id)
            else:
                tasks[item.id] = todoist_backend_task(item)
        if result.full_sync:
            for task_id in sorted(wanted - set(tasks) - gone):
                requests += 1
                found = await self._look_up(task_id)
                if found is None:
                    gone.add(task_id)
                else:
                    tasks[task_id] = found
        return ChangeRound(
            tasks=tasks,
            gone=frozenset(gone),
            cursor=result.sync_token,
            full=result.full_sync,
            requests=requests,
        )

    async def _look_up(self, task_id: str) -> BackendTask | None:
        """Return a followed task a full sync did not list (closed), or None when it is gone."""
        try:
            return todoist_backend_task(await self._client.get_task(task_id))
        except (TodoistNotFound, ForeignTodoistTask):
            return None  # deleted, or moved out of our project: either way no longer ours

    def task_from_snapshot(self, snapshot: Any) -> BackendTask | None:
        """Read the Todoist task the approval logged when it created this task."""
        try:
            return todoist_backend_task(TodoistTask.model_validate(snapshot))
        except ValidationError:
            return None
