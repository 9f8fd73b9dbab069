"""To Do's change feed for task sync: task delta on the assistant's own list.

The cursor is the list's delta link, kept with the list's id: when the own list changed (the
owner deleted it and the assistant made a new one) the old link is dropped and a full round
reads the new list. A full round returns every task of the list, so a followed task it does not
return is gone (deleted, or moved to another list, which To Do does as a delete here).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any, Final

from core.errors import AppError
from core.microsoft.graph import GraphClient
from core.microsoft.todo_backend import todo_backend_task
from core.microsoft.todo_delta import read_task_changes
from core.microsoft.todo_models import TodoTask
from core.store import Store
from core.tasks.backend import BackendName, BackendTask
from core.tasks.changes import ChangeRound
from core.vocabulary import STATE_TODO_LIST_ID

CURSOR_KEY = "task_sync_cursor_todo"


class NoTodoList(AppError):
    """Raised when the assistant has no To Do list yet: nothing of To Do can be followed."""


class TodoChangeFeed:
    """The assistant's To Do list, read through task delta."""

    backend: Final[BackendName] = "todo"
    provider: Final = "microsoft_todo"
    label: Final = "To Do"
    cursor_key: Final = CURSOR_KEY

    def __init__(self, graph: GraphClient, store: Store) -> None:
        """Read the list whose id the To Do client keeps in agent_state."""
        self._graph = graph
        self._store = store

    async def read(self, cursor: str | None, followed: Collection[str]) -> ChangeRound:
        """Read one delta round of the own list (a full one without a cursor for this list)."""
        list_id = await self._store.get_state(STATE_TODO_LIST_ID)
        if list_id is None:
            raise NoTodoList("the assistant has no To Do list yet")
        saved = _parse_cursor(cursor)
        link = saved.get("delta_link") if saved.get("list_id") == list_id else None
        changes = await read_task_changes(self._graph, list_id, link)
        wanted = set(followed)
        tasks = {
            task.id: todo_backend_task(task, list_id)
            for task in changes.changed
            if task.id in wanted
        }
        gone = wanted & set(changes.removed)
        if changes.full:
            gone |= wanted - set(tasks)
        return ChangeRound(
            tasks=tasks,
            gone=frozenset(gone),
            cursor=json.dumps({"list_id": list_id, "delta_link": changes.delta_link}),
            full=changes.full,
            requests=changes.requests,
        )

    def task_from_snapshot(self, snapshot: Any) -> BackendTask | None:
        """Read the Graph task the approval logged when it created this task."""
        if not isinstance(snapshot, dict) or not snapshot.get("id"):
            return None
        return todo_backend_task(TodoTask._from_graph(snapshot), None)


def _parse_cursor(cursor: str | None) -> dict[str, str]:
    if not cursor:
        return {}
    try:
        value = json.loads(cursor)
    except ValueError:
        return {}  # unreadable: read afresh
    return value if isinstance(value, dict) else {}
