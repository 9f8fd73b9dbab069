"""Where approved emails become tasks: the `TaskBackend` protocol and what crosses it.

A backend (Microsoft To Do in `core.microsoft.todo_backend`, Todoist in `core.todoist`) works in
exactly one container of the assistant's own (a To Do list, a Todoist project) and nothing
else. The approval steps (`core.triage.approval_steps`) speak only this protocol: they build one
`EmailTaskDraft` per approval, and a backend that can put its create into the approval's Graph
`$batch` offers `BatchedTaskCreation` as well, so To Do keeps its two round trips. The registry
that picks a backend by `integrations.task_backend` is `core.tasks.registry`.

Each backend has two names: `name` is the config spelling ("todo", "todoist") and is what an
approval's persisted steps record; `provider` is what `task_sync.provider` holds for its rows
("microsoft_todo", "todoist"; the column predates the protocol).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, Protocol, runtime_checkable

from core.config.settings import Settings
from core.microsoft.graph_batch import BatchRequest
from core.untrusted_text import outlook_web_url
from core.vocabulary import ActionType, Priority

BackendName = Literal["todo", "todoist"]
BACKEND_NAMES: tuple[BackendName, ...] = ("todo", "todoist")
# Rows written before an approval's steps named their backend were all To Do's.
LEGACY_BACKEND: BackendName = "todo"
# The id of a backend's create inside the approval's $batch (the others are Graph's own).
BATCH_TASK_REQUEST_ID = "task"


@dataclass(frozen=True)
class EmailTaskDraft:
    """The task one approved email gets, in terms every backend can map.

    Untrusted email text (the title and body come from the subject, sender and preview) only
    ever lands in plain-text task fields. `due` and `reminder` are aware instants; a backend
    turns `due` into a local date in the mailbox's time zone (To Do keeps dates only).
    """

    title: str
    body: str
    priority: Priority
    action_type: ActionType
    area: str | None
    email_id: str
    web_link: str | None
    link_title: str
    due: datetime | None = None
    reminder: datetime | None = None

    def __post_init__(self) -> None:
        if not self.email_id:
            raise ValueError("a task for an email needs the email's immutable id")
        for name in ("due", "reminder"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"EmailTaskDraft.{name} must be timezone-aware")

    @property
    def outlook_link(self) -> str | None:
        """Return the email's Outlook web address, only if it is an https Outlook one."""
        return outlook_web_url(self.web_link)

    def body_with_link(self) -> str:
        """Return the body with the Outlook link appended (for backends without a link field)."""
        link = self.outlook_link
        return f"{self.body}\n\nOpen in Outlook: {link}" if link else self.body


@dataclass(frozen=True)
class BackendTask:
    """A task as one backend holds it, read back in the protocol's terms.

    `priority` is the backend's priority read as ours, as far as it can tell: To Do's
    importance has three levels, so "high" reads as P1 whether P1 or P2 was written.
    `snapshot` is the backend's own wire form, for action_log records that explain and undo.
    """

    backend: BackendName
    id: str
    title: str
    container_id: str | None = None
    completed: bool = False
    due: date | None = None
    priority: Priority | None = None
    email_id: str | None = None
    snapshot: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TaskUpdate:
    """Fields to change on a task; None leaves a field as it is."""

    title: str | None = None
    due: date | None = None
    priority: Priority | None = None

    def __post_init__(self) -> None:
        if self.title is not None and not self.title.strip():
            raise ValueError("a task title cannot be changed to an empty one")


class TaskBackend(Protocol):
    """A task service the approval and dismissal use, confined to the assistant's container.

    Every method that writes takes the actor and logs the mutation to action_log itself, once.
    `container_id` arguments are checks, not choices: anything but the own container raises
    `ForeignTaskList` before a request is made.
    """

    @property
    def name(self) -> BackendName:
        """The config spelling of this backend, recorded in an approval's steps."""
        ...

    @property
    def provider(self) -> str:
        """What `task_sync.provider` holds for this backend's rows."""
        ...

    @property
    def label(self) -> str:
        """The service's own name for notes and logs ("To Do", "Todoist")."""
        ...

    async def available(self) -> bool:
        """Whether new tasks can be created now (To Do: the start-up probe's verdict)."""
        ...

    async def ensure_container(self, *, actor: str) -> str:
        """Return the id of the assistant's own list or project, finding or creating it."""
        ...

    async def create_task(self, draft: EmailTaskDraft, *, actor: str) -> BackendTask:
        """Create the task for `draft.email_id`, linked back to the email, and log it.

        A create that got no verdict is followed by `find_task_for_email` before it is sent
        again: one approval never makes two tasks.
        """
        ...

    async def find_task_for_email(self, email_id: str) -> BackendTask | None:
        """Return the own container's task linked to this email, if any (adoption)."""
        ...

    async def get_task(self, task_id: str) -> BackendTask | None:
        """Return one task of the own container, or None when it is gone."""
        ...

    async def update_task(self, task_id: str, changes: TaskUpdate, *, actor: str) -> BackendTask:
        """Change only the fields that differ; no request when nothing does."""
        ...

    async def complete_task(self, task_id: str, *, actor: str) -> BackendTask:
        """Mark the task done."""
        ...

    async def reopen_task(self, task_id: str, *, actor: str) -> BackendTask:
        """Mark a done task open again."""
        ...

    async def delete_task(
        self,
        task_id: str,
        *,
        actor: str,
        container_id: str | None = None,
        current: BackendTask | None = None,
    ) -> bool:
        """Delete a task; False (not an error) when it was already gone."""
        ...

    async def list_open_tasks(self) -> list[BackendTask]:
        """Return every open task of the own container, across pages."""
        ...

    def web_url(self, task_id: str) -> str:
        """Return the address that opens the task in the service's web app."""
        ...


@runtime_checkable
class BatchedTaskCreation(Protocol):
    """A backend whose create can ride in the approval's Graph `$batch` (To Do).

    The approval sends the request itself and hands back a 2xx body; it logs the creation.
    A backend without this (Todoist) is asked to `create_task` alongside the batch instead.
    """

    def batch_create_request(self, draft: EmailTaskDraft, *, container_id: str) -> BatchRequest:
        """Return the `$batch` item (id `BATCH_TASK_REQUEST_ID`) that creates `draft`."""
        ...

    def task_from_batch_answer(self, body: Any) -> BackendTask:
        """Read the task a successful batched create returned."""
        ...


@dataclass(frozen=True)
class TaskRules:
    """One backend's task settings: whether it is on and which action types get a task."""

    enabled: bool
    action_types: tuple[ActionType, ...]

    def creates_task_for(self, action_type: ActionType) -> bool:
        """Tell whether an approval of this action type creates a task here."""
        return self.enabled and action_type in self.action_types


def task_rules(settings: Settings, backend: BackendName) -> TaskRules:
    """Return the settings of one backend (`integrations.todo` or `integrations.todoist`)."""
    section = settings.integrations.todoist if backend == "todoist" else settings.integrations.todo
    return TaskRules(section.enabled, section.create_for_action_types)


def active_backend(settings: Settings) -> BackendName:
    """Return where new approvals create tasks (`integrations.task_backend`)."""
    return settings.integrations.task_backend
