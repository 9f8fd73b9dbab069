"""Graph payloads of To Do and master categories, and the task shapes the assistant sends.

Models carry camelCase aliases and the `_from_graph()`/`_to_graph()` pair. To Do keeps only the
date of a due date (and may shift it across time zones), so due dates travel as midnight with an
explicit zone and are read back as dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal
from urllib.parse import quote

from core.microsoft.graph_models import DateTimeTimeZone, GraphModel, ItemBody, zone_info
from core.untrusted_text import one_line, outlook_web_url, strip_hidden
from core.vocabulary import ActionType, Priority

TaskStatus = Literal["notStarted", "inProgress", "completed", "waitingOnOthers", "deferred"]
Importance = Literal["low", "normal", "high"]

APPLICATION_NAME = "Outlook AI Assistant"
MAX_TITLE_CHARS = 255

# The action type lives in the task status, the priority in its importance.
STATUS_FOR_ACTION: dict[ActionType, TaskStatus] = {
    ActionType.WAITING_FOR: "waitingOnOthers",
    ActionType.NEEDS_REPLY: "notStarted",
    ActionType.REVIEW: "notStarted",
    ActionType.DELEGATED: "inProgress",
}
IMPORTANCE_FOR_PRIORITY: dict[Priority, Importance] = {
    Priority.P1: "high",
    Priority.P2: "high",
    Priority.P3: "normal",
    Priority.P4: "low",
}


class LinkedResource(GraphModel):
    """A task's link back to the item it came from (here: the email)."""

    external_id: str
    web_url: str | None = None
    application_name: str = APPLICATION_NAME
    display_name: str | None = None
    id: str | None = None


class TodoTaskList(GraphModel):
    """A To Do list."""

    id: str
    display_name: str
    wellknown_list_name: str = "none"
    is_owner: bool = True
    is_shared: bool = False


class TodoTask(GraphModel):
    """A To Do task as Graph returns it."""

    id: str
    title: str = ""
    status: str = "notStarted"
    importance: str = "normal"
    body: ItemBody | None = None
    categories: tuple[str, ...] = ()
    due_date_time: DateTimeTimeZone | None = None
    reminder_date_time: DateTimeTimeZone | None = None
    is_reminder_on: bool = False
    completed_date_time: DateTimeTimeZone | None = None
    linked_resources: tuple[LinkedResource, ...] = ()

    @property
    def due_date(self) -> date | None:
        """Return the due date (a date only, see the To Do date quirks)."""
        return self.due_date_time.as_date() if self.due_date_time else None

    @property
    def reminder(self) -> datetime | None:
        """Return the reminder instant."""
        return self.reminder_date_time.as_datetime() if self.reminder_date_time else None

    @property
    def body_text(self) -> str:
        """Return the body content."""
        return self.body.content if self.body else ""


class OutlookCategory(GraphModel):
    """An entry of the Outlook master category list."""

    id: str
    display_name: str
    color: str = "none"

    def _to_graph(self) -> dict[str, Any]:
        """Return every field, id included (used for action_log undo records)."""
        return self.model_dump(by_alias=True, mode="json")


@dataclass(frozen=True)
class TaskDraft:
    """A task to create, with exactly one link back to its email."""

    title: str
    link: LinkedResource
    body: str = ""
    status: TaskStatus = "notStarted"
    importance: Importance = "normal"
    due: date | None = None
    reminder: datetime | None = None
    categories: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        title = _clean_title(self.title)
        if not title:
            raise ValueError("a To Do task needs a non-empty title")
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "body", strip_hidden(self.body))
        # The link is built from Graph's webLink: only an https Outlook address may open from To Do.
        name = self.link.display_name
        link = self.link.model_copy(
            update={
                "web_url": outlook_web_url(self.link.web_url),
                "display_name": None if name is None else _clean_title(name) or None,
            }
        )
        object.__setattr__(self, "link", link)
        if self.reminder is not None and self.reminder.tzinfo is None:
            raise ValueError("TaskDraft.reminder must be timezone-aware")

    def _to_graph(self, time_zone: str) -> dict[str, Any]:
        """Return the POST body; `time_zone` is the zone the due date is a local date in."""
        body: dict[str, Any] = {
            "title": self.title,
            "status": self.status,
            "importance": self.importance,
            "body": {"content": self.body, "contentType": "text"},
            "categories": list(self.categories),
            "linkedResources": [self.link.model_copy(update={"id": None})._to_graph()],
        }
        if self.due is not None:
            day = _local_date(self.due, time_zone)
            body["dueDateTime"] = DateTimeTimeZone.for_date(day, time_zone)._to_graph()
        if self.reminder is not None:
            body["isReminderOn"] = True
            body["reminderDateTime"] = DateTimeTimeZone.for_instant(self.reminder)._to_graph()
        return body


@dataclass(frozen=True)
class TaskChanges:
    """Fields to change on a task; None leaves a field as it is."""

    title: str | None = None
    body: str | None = None
    status: TaskStatus | None = None
    importance: Importance | None = None
    due: date | None = None
    reminder: datetime | None = None
    reminder_on: bool | None = None
    categories: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.title is not None and not self.title.strip():
            raise ValueError("a To Do task title cannot be changed to an empty one")
        if self.reminder is not None and self.reminder.tzinfo is None:
            raise ValueError("TaskChanges.reminder must be timezone-aware")

    def _patch_for(self, current: TodoTask, time_zone: str) -> dict[str, Any]:
        """Return the PATCH body holding only the fields that differ from `current`."""
        patch: dict[str, Any] = {}
        if self.title is not None and _clean_title(self.title) != current.title:
            patch["title"] = _clean_title(self.title)
        body = None if self.body is None else strip_hidden(self.body)
        if body is not None and body != current.body_text:
            patch["body"] = {"content": body, "contentType": "text"}
        if self.status is not None and self.status != current.status:
            patch["status"] = self.status
        if self.importance is not None and self.importance != current.importance:
            patch["importance"] = self.importance
        if self.categories is not None and tuple(self.categories) != current.categories:
            patch["categories"] = list(self.categories)
        if self.due is not None:
            day = _local_date(self.due, time_zone)
            if day != current.due_date:
                patch["dueDateTime"] = DateTimeTimeZone.for_date(day, time_zone)._to_graph()
        if self.reminder is not None and self.reminder != current.reminder:
            patch["reminderDateTime"] = DateTimeTimeZone.for_instant(self.reminder)._to_graph()
            patch["isReminderOn"] = self.reminder_on is not False
        elif self.reminder_on is not None and self.reminder_on != current.is_reminder_on:
            patch["isReminderOn"] = self.reminder_on
        return patch


def _local_date(day: date, time_zone: str) -> date:
    if not isinstance(day, datetime):
        return day
    zone = zone_info(time_zone)
    if day.tzinfo is not None and zone is not None:
        return day.astimezone(zone).date()
    return day.date()


def _clean_title(title: str) -> str:
    # One line (To Do shows no line breaks in titles), no hidden characters, at most 255.
    return one_line(title, MAX_TITLE_CHARS)


def url_segment(value: str) -> str:
    """Percent-encode an id for use as one URL path segment."""
    return quote(value, safe="")
