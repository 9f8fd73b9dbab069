"""The DM assistant's task abilities: list the open tasks approvals made, and complete one.

Open tasks come from `task_sync` (rows still 'active'), joined with their email's subject and
sender and linked to the backend that holds them; no backend is asked, so listing costs no
request. Completing is a proposal like every change: `complete_open_task` runs only on the
owner's Confirm, re-reads the row, completes the task through its backend's `complete_task`
(which logs the change to action_log) and marks the row completed.

Subjects and senders are untrusted: the caller puts them between the untrusted-data tags for
Claude and escapes them for the owner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from core.assistant.replies import Step, StepKind
from core.errors import AuthError, ForeignTaskList, GraphError, StoreError, TaskBackendError
from core.store import Store, TaskSyncRecord
from core.store.records import EmailRecord
from core.tasks.backend import BackendName
from core.tasks.registry import TaskBackends
from core.triage.task_fields import BACKEND_LABELS, BACKEND_PROVIDERS
from core.untrusted_text import one_line

MAX_SUBJECT_CHARS = 120
MAX_SENDER_CHARS = 80


@dataclass(frozen=True)
class OpenTask:
    """One open task an approval made: its number (the task_sync id), where, what, the link."""

    number: int
    backend: BackendName | None
    label: str
    subject: str
    sender: str
    web_url: str | None


@dataclass(frozen=True)
class TaskCompletion:
    """What confirming a completion did: done or not, `step` for the owner, `text` for history."""

    done: bool
    text: str
    step: Step


async def open_tasks(
    store: Store, tasks: TaskBackends, *, backend: BackendName | None = None, limit: int = 10
) -> tuple[list[OpenTask], int]:
    """Return up to `limit` open tasks, oldest first (of one backend if given), and the total."""
    provider = None
    if backend is not None:
        holder = tasks.get(backend)
        provider = holder.provider if holder else BACKEND_PROVIDERS[backend]
    rows = await store.active_task_syncs(provider)
    shown = rows[:limit]
    emails = await store.get_emails([r.email_id for r in shown if r.email_id])
    listed = [_open_task(row, emails.get(row.email_id or ""), tasks) for row in shown]
    return listed, len(rows)


def _open_task(row: TaskSyncRecord, email: EmailRecord | None, tasks: TaskBackends) -> OpenTask:
    holder = tasks.for_provider(row.provider)
    name = holder.name if holder else _name_of(row.provider)
    sender = ""
    if email is not None:
        sender = one_line(email.sender_name, MAX_SENDER_CHARS) or one_line(
            email.sender_address, MAX_SENDER_CHARS
        )
    return OpenTask(
        number=row.id,
        backend=name,
        label=holder.label if holder else (BACKEND_LABELS[name] if name else row.provider),
        subject=one_line(email.subject, MAX_SUBJECT_CHARS) if email else "",
        sender=sender,
        web_url=holder.web_url(row.todo_task_id) if holder else None,
    )


def task_label(task: OpenTask) -> str:
    """Return how the owner sees a task cited: task 7 (Todoist) "Subject" from Sender."""
    subject = task.subject or "(no subject)"
    sender = f" from {task.sender}" if task.sender else ""
    return f'task {task.number} ({task.label}) "{subject}"{sender}'


async def find_open_task(store: Store, tasks: TaskBackends, number: int) -> OpenTask | str:
    """Return one open task by number, or why it cannot be completed."""
    row = await store.get_task_sync(number)
    problem = _problem(row, tasks, number)
    if problem is not None:
        return problem
    assert row is not None  # _problem checked it
    email = await store.get_email(row.email_id) if row.email_id else None
    return _open_task(row, email, tasks)


async def complete_open_task(
    store: Store,
    tasks: TaskBackends,
    number: int,
    *,
    actor: str,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> TaskCompletion:
    """Complete an open task in its backend (the owner confirmed) and mark its row completed."""
    row = await store.get_task_sync(number)
    problem = _problem(row, tasks, number)
    if problem is not None or row is None:
        return TaskCompletion(
            False, f"Task {number} was not completed: {problem}.", _unavailable(row, number)
        )
    holder = tasks.for_provider(row.provider)
    assert holder is not None  # _problem checked it
    try:
        await holder.complete_task(row.todo_task_id, actor=actor)
    except (TaskBackendError, GraphError, AuthError, ForeignTaskList, StoreError) as err:
        return TaskCompletion(
            False,
            f"Task {number} was not completed in {holder.label}: {one_line(str(err), 300)}",
            Step(StepKind.TASK_NOT_COMPLETED, number, backend=holder.label, problem=err),
        )
    await store.set_task_sync_status(row.id, "completed", synced_at=clock())
    return TaskCompletion(
        True,
        f"Completed task {number} in {holder.label}.",
        Step(StepKind.TASK_COMPLETED, number, backend=holder.label),
    )


def _unavailable(row: TaskSyncRecord | None, number: int) -> Step:
    """Return why a task cannot be completed, as facts (`_problem` says it to Claude)."""
    if row is None:
        return Step(StepKind.TASK_MISSING, number)
    if row.status != "active":
        return Step(StepKind.TASK_ALREADY, number, status=row.status)
    return Step(StepKind.TASK_BACKEND_OFF, number, backend=row.provider)


def _problem(row: TaskSyncRecord | None, tasks: TaskBackends, number: int) -> str | None:
    if row is None:
        return f"there is no task {number}"
    if row.status != "active":
        return f"task {number} is already {row.status}"
    if tasks.for_provider(row.provider) is None:
        return f"its backend ({row.provider}) is not set up in this configuration"
    return None


def _name_of(provider: str) -> BackendName | None:
    return next((n for n, p in BACKEND_PROVIDERS.items() if p == provider), None)
