"""Todoist as a `core.tasks.backend.TaskBackend`: `TodoistClient` behind the protocol.

An approved email becomes one task in the assistant's own project (README: Todoist):

- content: the task title, on one line, at most 500 characters (Todoist's limit);
- description: the body, a "[Open in Outlook](...)" link, and a marker naming the email's
  immutable id, `(outlook-assistant email <id>)`, by which a create whose answer was lost is
  found again (open or already closed) instead of being made twice;
- priority: P1 -> API 4 ... P4 -> API 1 (Todoist counts the other way round);
- labels: the priority ("p1"), the action type ("needs-reply") and the area ("sales-prospects"),
  lower-case words joined by hyphens, each within Todoist's 60 characters;
- due date: the draft's due instant as a date in the mailbox's time zone (no time, like To Do).

Email text is untrusted and Todoist renders Markdown in both fields: square brackets in it are
escaped, so a subject cannot dress a foreign address up as the Outlook link, and the marker's
words are taken out of it, so no email can claim another's task.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Final

from core.microsoft.graph_models import zone_info
from core.microsoft.mailbox_profile import MailboxProfile
from core.store import Store
from core.tasks.backend import BackendName, BackendTask, EmailTaskDraft, TaskUpdate
from core.untrusted_text import one_line, strip_hidden
from core.vocabulary import ActionType, Priority

from .client import TodoistClient
from .errors import ForeignTodoistTask, TodoistNotFound
from .models import TASK_WEB_URL, TodoistTask

CONTENT_MAX = 500  # Todoist's limit for a task name
LABEL_MAX = 60  # Todoist's limit for a label name
_MARKER_WORDS = "outlook-assistant email"
_MARKER = re.compile(r"\(outlook-assistant email ([^)\s]+)\)")
_NOT_A_WORD = re.compile(r"[^\w]+|_+")


def email_marker(email_id: str) -> str:
    """Return the marker a task's description carries for the email with this immutable id."""
    return f"({_MARKER_WORDS} {email_id})"


def label_name(text: str) -> str:
    """Return `text` as a label: lower-case words joined by hyphens, at most 60 characters."""
    return _NOT_A_WORD.sub("-", text.casefold()).strip("-")[:LABEL_MAX].strip("-")


def task_labels(priority: Priority, action_type: ActionType, area: str | None) -> list[str]:
    """Return the labels of an approved email's task: priority, action type, area."""
    names = [priority.name, action_type.value, area or ""]
    return list(dict.fromkeys(label for label in map(label_name, names) if label))


def _inert(text: str) -> str:
    """Email text as Todoist shows it: no hidden characters, no link syntax, no marker."""
    clean = strip_hidden(text).replace(_MARKER_WORDS, "outlook-assistant")
    return clean.replace("[", "\\[").replace("]", "\\]")


def task_description(draft: EmailTaskDraft) -> str:
    """Return the description: the body, the Outlook link (if any), the email's marker."""
    parts = [_inert(draft.body)]
    link = draft.outlook_link
    if link:
        parts.append(f"[Open in Outlook]({link})")
    parts.append(email_marker(draft.email_id))
    return "\n\n".join(parts)


class TodoistBackend:
    """The assistant's own Todoist project, through the task-backend protocol."""

    def __init__(
        self,
        client: TodoistClient,
        store: Store,
        *,
        mailbox: Callable[[], MailboxProfile] = MailboxProfile,
    ) -> None:
        """Wrap `client`; `mailbox` gives the time zone due dates are local dates in."""
        self._client = client
        self._store = store
        self._mailbox = mailbox
        self._logged_projects: set[str] = set()

    name: Final[BackendName] = "todoist"
    provider: Final = "todoist"
    label: Final = "Todoist"

    @property
    def client(self) -> TodoistClient:
        """The client it works through; task sync reads changes with it (one token, one
        cached project for both)."""
        return self._client

    async def available(self) -> bool:
        """Always: the token was required at start, and Todoist's own errors say the rest."""
        return True

    async def ensure_container(self, *, actor: str) -> str:
        """Return the own project's id: cached, found by name, or created (and logged)."""
        project_id = await self._client.ensure_project()
        await self._log_created_projects(actor)
        return project_id

    async def create_task(self, draft: EmailTaskDraft, *, actor: str) -> BackendTask:
        """Create the email's task; a lost answer is looked for by its marker before a resend."""
        task = await self._client.create_task(
            one_line(strip_hidden(draft.title), CONTENT_MAX),
            description=task_description(draft),
            priority=draft.priority,
            labels=task_labels(draft.priority, draft.action_type, draft.area),
            due_date=self._local_date(draft),
            marker=email_marker(draft.email_id),
        )
        await self._log_created_projects(actor)
        created = self._task(task)
        await self._store.log_action(
            "todoist.task.create",
            actor=actor,
            email_id=draft.email_id,
            target=task.id,
            after=dict(created.snapshot),
            details={"project_id": task.project_id},
        )
        return created

    async def find_task_for_email(self, email_id: str) -> BackendTask | None:
        """Return the own project's task (open or closed) whose marker names this email."""
        found = await self._client.find_task_by_marker(email_marker(email_id))
        return None if found is None else self._task(found)

    async def get_task(self, task_id: str) -> BackendTask | None:
        """Return one task of the own project; None once deleted or moved out of it."""
        found = await self._read(task_id)
        return None if found is None else self._task(found)

    async def update_task(self, task_id: str, changes: TaskUpdate, *, actor: str) -> BackendTask:
        """Change the content, due date and priority that differ (nothing sent if none does)."""
        before = await self._client.get_task(task_id)
        current = self._task(before)
        content = changes.title if changes.title not in (None, current.title) else None
        due = changes.due if changes.due not in (None, current.due) else None
        priority = changes.priority if changes.priority not in (None, current.priority) else None
        if content is None and due is None and priority is None:
            return current
        after = await self._client.update_task(
            task_id, content=content, due_date=due, priority=priority
        )
        return await self._logged("todoist.task.update", before, after, actor)

    async def complete_task(self, task_id: str, *, actor: str) -> BackendTask:
        """Close the task (a task closed already is left as it is)."""
        before = await self._client.get_task(task_id)
        if before.checked:
            return self._task(before)
        await self._client.close_task(task_id)
        return await self._logged("todoist.task.complete", before, None, actor)

    async def reopen_task(self, task_id: str, *, actor: str) -> BackendTask:
        """Reopen a closed task (an open one is left as it is)."""
        before = await self._client.get_task(task_id)
        if not before.checked:
            return self._task(before)
        await self._client.reopen_task(task_id)
        return await self._logged("todoist.task.reopen", before, None, actor)

    async def delete_task(
        self,
        task_id: str,
        *,
        actor: str,
        container_id: str | None = None,
        current: BackendTask | None = None,
    ) -> bool:
        """Delete a task of the own project; False when it was already gone.

        The task's own project decides, read from Todoist before anything is written: a task
        moved out of the project raises `ForeignTodoistTask` (the assistant leaves it), one
        recorded in a project since deleted is gone with it. `container_id` only tells the log.
        """
        before = await self._read(task_id, foreign_is_gone=False)
        if before is None or not await self._client.delete_task(task_id):
            return False
        await self._store.log_action(
            "todoist.task.delete",
            actor=actor,
            email_id=self._task(before).email_id,
            target=task_id,
            before=before.model_dump(mode="json"),
            details={"project_id": container_id or before.project_id},
        )
        return True

    async def list_open_tasks(self) -> list[BackendTask]:
        """Return every open task of the own project, across pages."""
        return [self._task(task) for task in await self._client.list_project_tasks()]

    def web_url(self, task_id: str) -> str:
        """Return the address that opens the task in Todoist's web app."""
        return f"{TASK_WEB_URL}{task_id}"

    # ---- helpers -------------------------------------------------------------------------------

    async def _read(self, task_id: str, *, foreign_is_gone: bool = True) -> TodoistTask | None:
        try:
            return await self._client.get_task(task_id)
        except TodoistNotFound:
            return None
        except ForeignTodoistTask:
            if foreign_is_gone:
                return None
            raise

    async def _logged(
        self, action: str, before: TodoistTask, after: TodoistTask | None, actor: str
    ) -> BackendTask:
        if after is None:
            after = await self._client.get_task(before.id)
        task = self._task(after)
        await self._store.log_action(
            action,
            actor=actor,
            email_id=task.email_id,
            target=task.id,
            before=before.model_dump(mode="json"),
            after=dict(task.snapshot),
        )
        return task

    async def _log_created_projects(self, actor: str) -> None:
        for project_id in self._client.created_project_ids:
            if project_id not in self._logged_projects:
                self._logged_projects.add(project_id)
                await self._store.log_action(
                    "todoist.project.create",
                    actor=actor,
                    target=project_id,
                    after={"name": self._client.project_name},
                )

    def _local_date(self, draft: EmailTaskDraft) -> date | None:
        if draft.due is None:
            return None
        zone = zone_info(self._mailbox().time_zone)
        return (draft.due.astimezone(zone) if zone is not None else draft.due).date()

    def _task(self, task: TodoistTask) -> BackendTask:
        marker = _MARKER.search(task.description)
        return BackendTask(
            backend=self.name,
            id=task.id,
            title=task.content,
            container_id=task.project_id or None,
            completed=task.checked,
            due=date.fromisoformat(task.due.date[:10]) if task.due is not None else None,
            priority=task.our_priority,
            email_id=marker.group(1) if marker else None,
            snapshot=task.model_dump(mode="json"),
        )
