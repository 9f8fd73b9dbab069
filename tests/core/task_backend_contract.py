"""What every task backend does alike through the protocol, checked the same way for each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from core.tasks.backend import BackendTask, EmailTaskDraft, TaskBackend, TaskUpdate
from core.vocabulary import Priority

ACTOR = "test:owner"


async def update_and_complete(
    backend: TaskBackend, draft: Callable[[str, Priority], EmailTaskDraft]
) -> tuple[BackendTask, BackendTask]:
    """Create two tasks, change the first's title, due date and priority, complete the second.

    Returns (first as changed, second as completed), after checking both through the protocol.
    """
    first = await backend.create_task(draft("AAk1", Priority.P1), actor=ACTOR)
    second = await backend.create_task(draft("AAk2", Priority.P4), actor=ACTOR)
    changed = await backend.update_task(
        first.id,
        TaskUpdate(title="Call Ana", due=date(2026, 3, 9), priority=Priority.P3),
        actor=ACTOR,
    )
    assert (changed.title, changed.due, changed.priority) == (
        "Call Ana",
        date(2026, 3, 9),
        Priority.P3,
    )
    done = await backend.complete_task(second.id, actor=ACTOR)
    assert done.completed and [t.id for t in await backend.list_open_tasks()] == [first.id]
    return changed, done
