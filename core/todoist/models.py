"""Todoist API v1 objects as the client reads them, and the one place priorities are mapped.

Field names are v1's (`checked`, `added_at`, `child_order`, ...). Unknown fields are ignored
so a new field on Todoist's side never breaks a read. Todoist numbers priorities the other way
round from its own app: API 4 is the app's (and our) P1.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.vocabulary import Priority

# Doist's MCP server links tasks so (github.com/Doist/todoist-mcp/issues/152); the id alone is
# enough, the SDKs' content slug after it is optional.
TASK_WEB_URL = "https://app.todoist.com/app/task/"

_API_PRIORITY: dict[Priority, int] = {
    Priority.P1: 4,
    Priority.P2: 3,
    Priority.P3: 2,
    Priority.P4: 1,
}
_PRIORITY_FROM_API = {value: priority for priority, value in _API_PRIORITY.items()}


def api_priority(priority: Priority) -> int:
    """Our P1..P4 as Todoist's API priority (P1 -> 4 ... P4 -> 1)."""
    return _API_PRIORITY[priority]


def priority_from_api(value: int) -> Priority:
    """Todoist's API priority (4 = most urgent) as our P1..P4; unknown values read as P4."""
    return _PRIORITY_FROM_API.get(value, Priority.P4)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class TodoistDue(_Wire):
    """A task's due: `date` is YYYY-MM-DD, or carries the time when one is set."""

    date: str
    timezone: str | None = None
    string: str = ""
    lang: str = "en"
    is_recurring: bool = False
    datetime: str | None = None  # older shape still listed by the SDKs


class TodoistTask(_Wire):
    """A task (a sync "item"); deleted ones in an incremental sync may carry little more."""

    id: str
    project_id: str = ""
    content: str = ""
    description: str = ""
    priority: int = 1
    labels: list[str] = Field(default_factory=list)
    due: TodoistDue | None = None
    checked: bool = False
    is_deleted: bool = False
    added_at: str | None = None
    completed_at: str | None = None
    updated_at: str | None = None
    child_order: int = 0
    section_id: str | None = None
    parent_id: str | None = None

    @property
    def our_priority(self) -> Priority:
        """The priority in our P1..P4."""
        return priority_from_api(self.priority)

    @property
    def web_url(self) -> str:
        """The task in Todoist's web app (the shape Doist's own tools link to)."""
        return f"{TASK_WEB_URL}{self.id}"

    @property
    def is_recurring(self) -> bool:
        """Closing a recurring task moves it to its next date instead of completing it."""
        return self.due is not None and self.due.is_recurring


class TodoistProject(_Wire):
    """A project (only the fields we use)."""

    id: str
    name: str
    is_archived: bool = False
    is_deleted: bool = False
    inbox_project: bool = False
    child_order: int = 0


class TodoistPage(_Wire):
    """One page of a v1 listing."""

    results: list[dict[str, object]]
    next_cursor: str | None = None


class SyncResult(_Wire):
    """What changed in the assistant's project since a sync token, and the token to keep."""

    sync_token: str
    full_sync: bool
    items: list[TodoistTask]
