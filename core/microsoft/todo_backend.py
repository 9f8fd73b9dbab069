"""Microsoft To Do as a `core.tasks.backend.TaskBackend`: `TodoApi` behind the protocol.

Nothing new is sent: the create is the same POST (with one linkedResource carrying the email's
immutable id) into the same own list, and it still rides in the approval's `$batch`
(`BatchedTaskCreation`), so an approval stays two Graph round trips. This module only maps the
backend-neutral draft onto To Do's fields: action type -> status, priority -> importance,
priority and area -> categories.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Final

from core.categories import task_categories
from core.microsoft.graph_batch import BatchRequest
from core.microsoft.mailbox_profile import MailboxProfile
from core.microsoft.todo import TodoApi
from core.microsoft.todo_models import (
    APPLICATION_NAME,
    IMPORTANCE_FOR_PRIORITY,
    STATUS_FOR_ACTION,
    LinkedResource,
    TaskChanges,
    TaskDraft,
    TodoTask,
)
from core.store import Store
from core.tasks.backend import (
    BATCH_TASK_REQUEST_ID,
    BackendName,
    BackendTask,
    EmailTaskDraft,
    TaskUpdate,
)
from core.vocabulary import STATE_TODO_ENABLED, Priority

# Reading importance back: the most urgent priority that writes it (P1 and P2 both write high).
_PRIORITY_FOR_IMPORTANCE: dict[str, Priority] = {
    importance: next(p for p in Priority if IMPORTANCE_FOR_PRIORITY[p] == importance)
    for importance in set(IMPORTANCE_FOR_PRIORITY.values())
}


def todo_draft(draft: EmailTaskDraft) -> TaskDraft:
    """Map the neutral draft to the To Do task it becomes (README: How triage works)."""
    return TaskDraft(
        title=draft.title,
        body=draft.body,
        status=STATUS_FOR_ACTION.get(draft.action_type, "notStarted"),
        importance=IMPORTANCE_FOR_PRIORITY[draft.priority],
        due=draft.due,
        reminder=draft.reminder,
        categories=tuple(task_categories(draft.priority, draft.area)),
        link=LinkedResource(
            external_id=draft.email_id,
            web_url=draft.web_link,
            application_name=APPLICATION_NAME,
            display_name=draft.link_title,
        ),
    )


class TodoBackend:
    """The assistant's own To Do list, through the task-backend protocol."""

    def __init__(
        self,
        todo: TodoApi,
        store: Store,
        *,
        mailbox: Callable[[], MailboxProfile] = MailboxProfile,
        available: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        """Wrap `todo`; `available` defaults to the start-up probe's verdict in agent_state.

        `mailbox` gives the owner's mailbox profile (it picks the To Do web app a link opens).
        """
        self._todo = todo
        self._store = store
        self._mailbox = mailbox
        self._available = available

    name: Final[BackendName] = "todo"
    provider: Final = "microsoft_todo"
    label: Final = "To Do"

    @property
    def api(self) -> TodoApi:
        """The To Do client underneath (start-up probes it)."""
        return self._todo

    async def available(self) -> bool:
        """Whether the start-up probe found To Do in this mailbox (unknown counts as yes)."""
        if self._available is not None:
            return await self._available()
        return await self._store.get_state(STATE_TODO_ENABLED) != "false"

    async def ensure_container(self, *, actor: str) -> str:
        """Return the own list's id: cached, found by name, or created."""
        return await self._todo.ensure_list(actor=actor)

    def batch_create_request(self, draft: EmailTaskDraft, *, container_id: str) -> BatchRequest:
        """Return the task POST for the approval's `$batch` (ForeignTaskList for another list)."""
        url, payload = self._todo.create_task_request(todo_draft(draft), list_id=container_id)
        return BatchRequest(id=BATCH_TASK_REQUEST_ID, method="POST", url=url, body=payload)

    def task_from_batch_answer(self, body: Any) -> BackendTask:
        """Read the task a batched POST returned."""
        return self._task(TodoTask._from_graph(body))

    async def create_task(self, draft: EmailTaskDraft, *, actor: str) -> BackendTask:
        """POST the task on its own (a lost answer is looked for before a second POST)."""
        task = await self._todo.create_task(todo_draft(draft), actor=actor, email_id=draft.email_id)
        return self._task(task)

    async def find_task_for_email(self, email_id: str) -> BackendTask | None:
        """Return the own list's task whose linkedResource carries this email's id."""
        found = await self._todo.find_task_by_external_id(email_id)
        return None if found is None else self._task(found)

    async def get_task(self, task_id: str) -> BackendTask | None:
        """Return one task of the own list, or None when it is gone."""
        found = await self._todo.get_task(task_id)
        return None if found is None else self._task(found)

    async def update_task(self, task_id: str, changes: TaskUpdate, *, actor: str) -> BackendTask:
        """PATCH the title, due date and importance that differ (nothing sent if none does)."""
        importance = None if changes.priority is None else IMPORTANCE_FOR_PRIORITY[changes.priority]
        todo_changes = TaskChanges(title=changes.title, due=changes.due, importance=importance)
        return self._task(await self._todo.update_task(task_id, todo_changes, actor=actor))

    async def complete_task(self, task_id: str, *, actor: str) -> BackendTask:
        """Set the status to completed."""
        done = TaskChanges(status="completed")
        return self._task(await self._todo.update_task(task_id, done, actor=actor))

    async def reopen_task(self, task_id: str, *, actor: str) -> BackendTask:
        """Set a completed task's status back to not started."""
        task = await self._todo.get_task(task_id)
        if task is not None and task.status != "completed":
            return self._task(task)  # open already: reopening changes nothing
        reopened = await self._todo.update_task(
            task_id, TaskChanges(status="notStarted"), actor=actor, current=task
        )
        return self._task(reopened)

    async def delete_task(
        self,
        task_id: str,
        *,
        actor: str,
        container_id: str | None = None,
        current: BackendTask | None = None,
    ) -> bool:
        """Delete a task of the own list; False when it was already gone."""
        known = TodoTask._from_graph(current.snapshot) if current and current.snapshot else None
        return await self._todo.delete_task(
            task_id, actor=actor, list_id=container_id, current=known
        )

    async def list_open_tasks(self) -> list[BackendTask]:
        """Return every task of the own list that is not completed."""
        return [self._task(task) for task in await self._todo.list_open_tasks()]

    def web_url(self, task_id: str) -> str:
        """Return the To Do web address for the owner's kind of account."""
        return self._mailbox().task_web_url(task_id)

    def _task(self, task: TodoTask) -> BackendTask:
        return todo_backend_task(task, self._todo.list_id)


def todo_backend_task(task: TodoTask, list_id: str | None) -> BackendTask:
    """Read a To Do task of `list_id` in the protocol's terms (task sync reads delta items so)."""
    links = [link.external_id for link in task.linked_resources if link.external_id]
    return BackendTask(
        backend="todo",
        id=task.id,
        title=task.title,
        container_id=list_id,
        completed=task.status == "completed",
        due=task.due_date,
        priority=_PRIORITY_FOR_IMPORTANCE.get(task.importance),
        email_id=links[0] if links else None,
        snapshot=task._to_graph(),
    )
