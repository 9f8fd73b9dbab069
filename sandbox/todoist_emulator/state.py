"""The emulated Todoist account: projects, tasks, and the change counter behind sync tokens.

Every change (through the API or "from outside", as the owner in the Todoist app) stamps the
object with the next value of one counter; a sync token names a counter value, so an
incremental sync returns exactly what was stamped after it. Deleted tasks stay as tombstones so
an incremental sync can report them with `is_deleted: true`.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from .fields import task_fields
from .wire import invalid_argument, not_found

_ID_ALPHABET = string.ascii_letters + string.digits


def _wire_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class SyncLedger:
    """Issued sync tokens (token -> change counter) and the commands already run, by uuid."""

    tokens: dict[str, int] = field(default_factory=dict)
    applied: dict[str, tuple[Any, dict[str, str]]] = field(default_factory=dict)
    full_syncs: int = 0

    def issue(self, account: TodoistAccount) -> str:
        """A new opaque token standing for the account's change counter now."""
        token = account.new_id() + account.new_id()
        self.tokens[token] = account.counter
        return token


class TodoistAccount:
    """One user's projects and tasks, stamped with a change counter."""

    def __init__(self, *, seed: int = 0, clock: Callable[[], datetime] | None = None) -> None:
        self._random = random.Random(seed)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.user_id = self.new_id()
        self.projects: dict[str, dict[str, Any]] = {}
        # Every task ever created, closed and deleted ones included (tombstones).
        self.tasks: dict[str, dict[str, Any]] = {}
        self.labels: set[str] = set()
        self.counter = 0
        self.stamps: dict[str, int] = {}  # object id -> counter value of its last change
        self.ledger = SyncLedger()
        self.inbox_id = self.add_project("Inbox", inbox=True)["id"]

    # ---- ids, time, stamps ----------------------------------------------------------------------

    def new_id(self) -> str:
        """An opaque id like v1's (16 letters and digits, never numeric)."""
        return "6" + "".join(self._random.choice(_ID_ALPHABET) for _ in range(15))

    def now(self) -> str:
        """The clock as Todoist writes it."""
        return _wire_time(self.clock())

    def today(self) -> date:
        """The user's today (the emulated user lives in UTC)."""
        return self.clock().astimezone(UTC).date()

    def _stamp(self, obj: dict[str, Any]) -> None:
        self.counter += 1
        self.stamps[obj["id"]] = self.counter

    def changed_since(
        self, objects: dict[str, dict[str, Any]], counter: int
    ) -> list[dict[str, Any]]:
        """The objects stamped after `counter`, oldest change first."""
        changed = [obj for obj in objects.values() if self.stamps[obj["id"]] > counter]
        return sorted(changed, key=lambda obj: self.stamps[obj["id"]])

    # ---- projects --------------------------------------------------------------------------------

    def add_project(self, name: str, *, inbox: bool = False) -> dict[str, Any]:
        """Create a project (also the test API's way to seed one)."""
        now = self.now()
        project: dict[str, Any] = {
            "id": self.new_id(),
            "name": name,
            "color": "charcoal",
            "parent_id": None,
            "child_order": len(self.projects),
            "is_favorite": False,
            "is_shared": False,
            "inbox_project": inbox,
            "view_style": "list",
            "can_assign_tasks": False,
            "is_archived": False,
            "is_deleted": False,
            "is_frozen": False,
            "is_collapsed": False,
            "created_at": now,
            "updated_at": now,
            "default_order": 0,
            "description": "",
        }
        self.projects[project["id"]] = project
        self._stamp(project)
        return project

    def delete_project(self, project_id: str) -> None:
        """Delete a project and, as Todoist does, the tasks in it."""
        project = self.project(project_id)
        project["is_deleted"] = True
        self._stamp(project)
        for task in self.tasks.values():
            if task["project_id"] == project_id and not task["is_deleted"]:
                task["is_deleted"] = True
                self._stamp(task)

    def active_projects(self) -> list[dict[str, Any]]:
        """Projects a listing shows."""
        return [p for p in self.projects.values() if not (p["is_deleted"] or p["is_archived"])]

    def project(self, project_id: str) -> dict[str, Any]:
        """One live project, or a 404."""
        project = self.projects.get(project_id)
        if project is None or project["is_deleted"]:
            raise not_found("Project")
        return project

    def project_exists(self, project_id: str) -> bool:
        """Tell whether tasks may be put into this project."""
        project = self.projects.get(project_id)
        return project is not None and not project["is_deleted"]

    def checked_fields(self, body: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        """A create or update body's fields, checked as Todoist checks them (else a 400)."""
        return task_fields(
            body, creating=creating, project_exists=self.project_exists, today=self.today()
        )

    # ---- tasks -----------------------------------------------------------------------------------

    def add_task(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Create a task from checked fields (see fields.task_fields)."""
        project_id = fields.get("project_id", self.inbox_id)
        now = self.now()
        task: dict[str, Any] = {
            "id": self.new_id(),
            "user_id": self.user_id,
            "project_id": project_id,
            "section_id": None,
            "parent_id": None,
            "added_by_uid": self.user_id,
            "assigned_by_uid": None,
            "responsible_uid": None,
            "labels": [],
            "deadline": None,
            "duration": None,
            "checked": False,
            "is_deleted": False,
            "added_at": now,
            "completed_at": None,
            "updated_at": now,
            "due": None,
            "priority": 1,
            "child_order": sum(1 for t in self.tasks.values() if t["project_id"] == project_id),
            "content": "",
            "description": "",
            "note_count": 0,
            "day_order": -1,
            "is_collapsed": False,
        }
        task.update(fields)
        self.labels.update(task["labels"])
        self.tasks[task["id"]] = task
        self._stamp(task)
        return task

    def task(self, task_id: str) -> dict[str, Any]:
        """A task that was not deleted (closed ones included), or a 404."""
        task = self.tasks.get(task_id)
        if task is None or task["is_deleted"]:
            raise not_found("Task")
        return task

    def active_tasks(self) -> list[dict[str, Any]]:
        """Open tasks, in creation order (what GET /tasks lists)."""
        return [t for t in self.tasks.values() if not (t["checked"] or t["is_deleted"])]

    def update_task(self, task_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Apply checked fields to a live task."""
        task = self.task(task_id)
        if "project_id" in fields and fields["project_id"] != task["project_id"]:
            raise invalid_argument("project_id", "Use POST /tasks/{id}/move to change project")
        task.update(fields)
        self.labels.update(task["labels"])
        task["updated_at"] = self.now()
        self._stamp(task)
        return task

    def close_task(self, task_id: str) -> dict[str, Any]:
        """Complete a task (a no-op on one already closed)."""
        task = self.task(task_id)
        if not task["checked"]:
            task["checked"] = True
            task["completed_at"] = task["updated_at"] = self.now()
            self._stamp(task)
        return task

    def reopen_task(self, task_id: str) -> dict[str, Any]:
        """Uncomplete a task (a no-op on one still open)."""
        task = self.task(task_id)
        if task["checked"]:
            task["checked"] = False
            task["completed_at"] = None
            task["updated_at"] = self.now()
            self._stamp(task)
        return task

    def move_task(self, task_id: str, project_id: str) -> dict[str, Any]:
        """Move a task to another (live) project, as POST /tasks/{id}/move does."""
        task = self.task(task_id)
        if project_id not in self.projects or self.projects[project_id]["is_deleted"]:
            raise invalid_argument("project_id", "Project not found")
        task["project_id"] = project_id
        task["updated_at"] = self.now()
        self._stamp(task)
        return task

    def delete_task(self, task_id: str) -> None:
        """Delete a task; deleting it again is a 404."""
        task = self.task(task_id)
        task["is_deleted"] = True
        task["updated_at"] = self.now()
        self._stamp(task)
