"""Microsoft To Do: lists, tasks and linkedResources, with the service's validation quirks."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .mail import date_time_time_zone, json_object
from .odata import collection, compare, paginate, parse_filter
from .routing import Handler, Router
from .wire import GraphFault, GraphReply, GraphRequest, IdFactory, iso, parse_iso

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

TASK_STATUS = ("notStarted", "inProgress", "completed", "waitingOnOthers", "deferred")
IMPORTANCE = ("low", "normal", "high")
BODY_TYPES = ("text", "html")
WELLKNOWN_LISTS = ("none", "defaultList", "flaggedEmails", "unknownFutureValue")
LINKED_RESOURCE_FIELDS = frozenset({"webUrl", "applicationName", "displayName", "externalId"})
_DATE_FIELDS = ("dueDateTime", "startDateTime", "reminderDateTime", "completedDateTime")
AVAILABILITY = ("enabled", "forbidden", "not_enabled", "unauthorized")
_BUILTIN = "Your request can't be completed. A default task folder"


@dataclass
class TodoList:
    """A task list; tasks are kept in wire shape, linkedResources always included."""

    id: str
    display_name: str
    wellknown: str = "none"
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The change log task delta reads: each task's (or removed task's) latest change number.
    changed_at: dict[str, int] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    sequence: int = 0

    def touch(self, task_id: str) -> None:
        """Note that a task was created or changed (it joins the next delta round)."""
        self.sequence += 1
        self.changed_at[task_id] = self.sequence

    def remove(self, task_id: str) -> None:
        """Delete a task; delta rounds after this say it was removed."""
        del self.tasks[task_id]
        self.removed.add(task_id)
        self.touch(task_id)

    def wire(self) -> dict[str, Any]:
        """Render the list in Graph's shape."""
        return {
            "@odata.etag": f'W/"{self.id[-12:]}"',
            "displayName": self.display_name,
            "isOwner": True,
            "isShared": False,
            "wellknownListName": self.wellknown,
            "id": self.id,
        }


class TodoStore:
    """Every To Do list of the mailbox, with the two built-in lists present from the start."""

    def __init__(self, ids: IdFactory) -> None:
        self.ids = ids
        self.lists: dict[str, TodoList] = {}
        self.add_list("Tasks", "defaultList")
        self.add_list("Flagged email", "flaggedEmails")

    def add_list(self, name: str, wellknown: str = "none") -> str:
        """Create a list and return its id."""
        if wellknown not in WELLKNOWN_LISTS:
            raise ValueError(f"wellknownListName {wellknown!r} is not one of {WELLKNOWN_LISTS}")
        todo_list = TodoList(self.ids.todo(), name, wellknown)
        self.lists[todo_list.id] = todo_list
        return todo_list.id

    def add_task(self, todo_list: TodoList, fields: dict[str, Any]) -> dict[str, Any]:
        """Validate `fields` as a create body and store the new task."""
        now = iso(datetime.now(UTC))
        task: dict[str, Any] = {
            "@odata.etag": "",
            "importance": "normal",
            "isReminderOn": False,
            "status": "notStarted",
            "title": "",
            "createdDateTime": now,
            "lastModifiedDateTime": now,
            "hasAttachments": False,
            "categories": [],
            "id": self.ids.todo(),
            "body": {"content": "", "contentType": "text"},
            "bodyLastModifiedDateTime": now,
            "linkedResources": [],
        }
        resources = fields.get("linkedResources", [])
        if not isinstance(resources, list):
            raise _invalid("'linkedResources' must be an array.")
        if len(resources) > 1:
            raise _invalid("Only one item in linkedResources is allowed.")
        _update_task(task, {k: v for k, v in fields.items() if k != "linkedResources"})
        task["linkedResources"] = [self.linked_resource(r) for r in resources]
        todo_list.tasks[task["id"]] = task
        todo_list.touch(task["id"])
        return task

    def change_task(self, list_id: str, task_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Change a task as the owner would in the To Do app (validated like a PATCH)."""
        todo_list = self.lists[list_id]
        task = todo_list.tasks[task_id]
        _update_task(task, changes)
        todo_list.touch(task_id)
        return task

    def linked_resource(self, value: Any) -> dict[str, Any]:
        """Validate a linkedResource body and give it a server id."""
        if not isinstance(value, dict):
            raise _invalid("A linkedResource must be an object.")
        extra = set(value) - LINKED_RESOURCE_FIELDS - {"id", "@odata.type"}
        if extra:
            raise _invalid(f"The property '{sorted(extra)[0]}' does not exist on linkedResource.")
        for name in LINKED_RESOURCE_FIELDS & set(value):
            if value[name] is not None and not isinstance(value[name], str):
                raise _invalid(f"linkedResource '{name}' must be a string.")
        resource = {name: value.get(name) for name in sorted(LINKED_RESOURCE_FIELDS)}
        return {**resource, "id": self.ids.guid()}


def _invalid(message: str, inner: str = "InvalidModel") -> GraphFault:
    return GraphFault(400, "invalidRequest", message, inner_code=inner)


def _enum(value: Any, members: tuple[str, ...], name: str) -> str:
    if value not in members:
        raise _invalid(
            f"Invalid value '{value}' for '{name}'; expected one of {', '.join(members)}."
        )
    return str(value)


def _seven_digits(value: str) -> str:
    return parse_iso(value).strftime("%Y-%m-%dT%H:%M:%S.0000000")


def _update_task(task: dict[str, Any], changes: dict[str, Any]) -> None:
    """Validate every change first, then apply them (a rejected request changes nothing)."""
    staged: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "title":
            if not isinstance(value, str):
                raise _invalid("'title' must be a string.")
            staged[name] = value
        elif name == "status":
            staged[name] = _enum(value, TASK_STATUS, "status")
        elif name == "importance":
            staged[name] = _enum(value, IMPORTANCE, "importance")
        elif name == "isReminderOn":
            if not isinstance(value, bool):
                raise _invalid("'isReminderOn' must be a boolean.")
            staged[name] = value
        elif name == "categories":
            if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
                raise _invalid("'categories' must be an array of strings.")
            staged[name] = list(value)
        elif name == "body":
            if not isinstance(value, dict) or set(value) - {"content", "contentType"}:
                raise _invalid("'body' must be an itemBody {content, contentType}.")
            content_type = _enum(value.get("contentType", "text"), BODY_TYPES, "body.contentType")
            staged[name] = {"content": str(value.get("content") or ""), "contentType": content_type}
        elif name in _DATE_FIELDS:
            staged[name] = None if value is None else _date(name, value)
        elif name == "recurrence":
            if value is not None and not isinstance(value, dict):
                raise _invalid("'recurrence' must be a patternedRecurrence object.")
            staged[name] = value
        elif name in ("linkedResources", "checklistItems", "attachments", "extensions"):
            raise _invalid(f"'{name}' cannot be set here; use its own endpoint.")
        else:
            raise _invalid(
                f"The property '{name}' does not exist on type 'microsoft.graph.todoTask'."
            )
    now = iso(datetime.now(UTC))
    if "body" in staged:
        task["bodyLastModifiedDateTime"] = now
    if staged.get("status") == "completed" and "completedDateTime" not in staged:
        midnight = datetime.now(UTC).strftime("%Y-%m-%dT00:00:00.0000000")
        staged["completedDateTime"] = {"dateTime": midnight, "timeZone": "UTC"}
    elif "status" in staged and staged["status"] != "completed":
        staged.setdefault("completedDateTime", None)
    for name, value in staged.items():
        if value is None:
            task.pop(name, None)
        else:
            task[name] = value
    task["lastModifiedDateTime"] = now
    task["@odata.etag"] = f'W/"{now}"'


def _date(name: str, value: Any) -> dict[str, str]:
    moment = date_time_time_zone(value, name)
    if name in ("dueDateTime", "completedDateTime"):
        # To Do keeps only the date of these and answers in UTC (graph.md, To Do date quirks).
        day = moment["dateTime"][:10]
        return {"dateTime": f"{day}T00:00:00.0000000", "timeZone": "UTC"}
    return {"dateTime": _seven_digits(moment["dateTime"]), "timeZone": moment["timeZone"]}


def todo_route(method: str, template: str, on: Router = router) -> Callable[[Handler], Handler]:
    """Register a To Do route (on `on`) that first applies the mailbox's To Do availability."""

    def register(handler: Handler) -> Handler:
        @functools.wraps(handler)
        def gated(emu: GraphEmulator, req: GraphRequest, **params: str) -> GraphReply:
            _gate(emu.todo_availability)
            return handler(emu, req, **params)

        on.add(method, template, gated)
        return handler

    return register


def _gate(availability: str) -> None:
    if availability == "forbidden":
        raise GraphFault(
            403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."
        )
    if availability == "not_enabled":
        raise GraphFault(
            404, "MailboxNotEnabledForRESTAPI", "REST API is not yet supported for this mailbox."
        )
    if availability == "unauthorized":
        raise GraphFault(401, "UnknownError", "")


def require_list(emu: GraphEmulator, list_id: str) -> TodoList:
    todo_list = emu.todo.lists.get(list_id)
    if todo_list is None:
        raise GraphFault(
            404, "ErrorItemNotFound", "The specified object was not found in the store."
        )
    return todo_list


def _task(emu: GraphEmulator, list_id: str, task_id: str) -> dict[str, Any]:
    task = require_list(emu, list_id).tasks.get(task_id)
    if task is None:
        raise GraphFault(
            404, "ErrorItemNotFound", "The specified object was not found in the store."
        )
    return task


def task_wire(task: dict[str, Any], expand: bool) -> dict[str, Any]:
    """Render a task; linkedResources only when expanded (they are a navigation property)."""
    out = {k: v for k, v in task.items() if k != "linkedResources"}
    if expand:
        out["linkedResources"] = [dict(r) for r in task["linkedResources"]]
    return out


def expanded(req: GraphRequest) -> bool:
    return "linkedresources" in req.query.get("$expand", "").lower()


@todo_route("GET", "/me/todo/lists")
def list_lists(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """List task lists (paged); $filter fails to parse as on the real service."""
    if "$filter" in req.query:
        raise GraphFault(
            400, "invalidRequest", "Invalid request", inner_code="RequestBroker--ParseUri"
        )
    lists = [t.wire() for t in emu.todo.lists.values()]
    chunk, next_link = paginate(req, lists, skiptoken=True)
    return GraphReply(200, collection(req, "users('me')/todo/lists", chunk, next_link))


@todo_route("POST", "/me/todo/lists")
def create_list(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Create a list (duplicate names are allowed, as in To Do)."""
    body = json_object(req)
    name = body.get("displayName")
    if set(body) - {"displayName"} or not isinstance(name, str) or not name.strip():
        raise _invalid("A todoTaskList needs a displayName and nothing else.")
    return GraphReply(201, require_list(emu, emu.todo.add_list(name)).wire())


@todo_route("GET", "/me/todo/lists/{list_id}")
def get_list(emu: GraphEmulator, req: GraphRequest, list_id: str) -> GraphReply:
    """Return one list."""
    return GraphReply(200, require_list(emu, list_id).wire())


@todo_route("PATCH", "/me/todo/lists/{list_id}")
def rename_list(emu: GraphEmulator, req: GraphRequest, list_id: str) -> GraphReply:
    """Rename a list; built-in lists cannot be renamed."""
    todo_list = require_list(emu, list_id)
    body = json_object(req)
    name = body.get("displayName")
    if set(body) - {"displayName"} or not isinstance(name, str) or not name.strip():
        raise _invalid("Only displayName can be changed on a todoTaskList.")
    if todo_list.wellknown != "none":
        raise GraphFault(
            400,
            "invalidRequest",
            "Invalid request",
            inner_code="ErrorInvalidRequest",
            inner_message=f"{_BUILTIN} can't be renamed.",
        )
    todo_list.display_name = name
    return GraphReply(200, todo_list.wire())


@todo_route("DELETE", "/me/todo/lists/{list_id}")
def delete_list(emu: GraphEmulator, req: GraphRequest, list_id: str) -> GraphReply:
    """Delete a list; built-in lists cannot be deleted."""
    todo_list = require_list(emu, list_id)
    if todo_list.wellknown != "none":
        raise GraphFault(
            400,
            "invalidRequest",
            "Invalid request",
            inner_code="ErrorInvalidRequest",
            inner_message=f"{_BUILTIN} can't be deleted.",
        )
    del emu.todo.lists[list_id]
    return GraphReply(204)


@todo_route("GET", "/me/todo/lists/{list_id}/tasks")
def list_tasks(emu: GraphEmulator, req: GraphRequest, list_id: str) -> GraphReply:
    """List tasks (paged); $filter on status and $expand=linkedResources are understood."""
    tasks = list(require_list(emu, list_id).tasks.values())
    if "$filter" in req.query:
        clauses = parse_filter(req.query["$filter"])
        if clauses is None or any(p != "status" for p, _, _ in clauses):
            raise GraphFault(
                400, "invalidRequest", "Invalid request", inner_code="RequestBroker--ParseUri"
            )
        tasks = [t for t in tasks if all(compare(t["status"], op, v) for _, op, v in clauses)]
    chunk, next_link = paginate(req, tasks, skiptoken=True)
    items = [task_wire(t, expanded(req)) for t in chunk]
    return GraphReply(
        200, collection(req, f"users('me')/todo/lists('{list_id}')/tasks", items, next_link)
    )


@todo_route("POST", "/me/todo/lists/{list_id}/tasks")
def create_task(emu: GraphEmulator, req: GraphRequest, list_id: str) -> GraphReply:
    """Create a task: 201; one inline linkedResource at most; enums enforced, dates only for due."""
    task = emu.todo.add_task(require_list(emu, list_id), json_object(req))
    return GraphReply(201, task_wire(task, expand=bool(task["linkedResources"])))


@todo_route("GET", "/me/todo/lists/{list_id}/tasks/{task_id}")
def get_task(emu: GraphEmulator, req: GraphRequest, list_id: str, task_id: str) -> GraphReply:
    """Return one task."""
    return GraphReply(200, task_wire(_task(emu, list_id, task_id), expanded(req)))


@todo_route("PATCH", "/me/todo/lists/{list_id}/tasks/{task_id}")
def update_task(emu: GraphEmulator, req: GraphRequest, list_id: str, task_id: str) -> GraphReply:
    """Update the fields sent; 200 with the task."""
    _task(emu, list_id, task_id)
    task = emu.todo.change_task(list_id, task_id, json_object(req))
    return GraphReply(200, task_wire(task, expand=False))


@todo_route("DELETE", "/me/todo/lists/{list_id}/tasks/{task_id}")
def delete_task(emu: GraphEmulator, req: GraphRequest, list_id: str, task_id: str) -> GraphReply:
    """Delete a task: 204."""
    _task(emu, list_id, task_id)
    require_list(emu, list_id).remove(task_id)
    return GraphReply(204)


@todo_route("GET", "/me/todo/lists/{list_id}/tasks/{task_id}/linkedResources")
def list_linked(emu: GraphEmulator, req: GraphRequest, list_id: str, task_id: str) -> GraphReply:
    """List a task's linkedResources."""
    resources = [dict(r) for r in _task(emu, list_id, task_id)["linkedResources"]]
    return GraphReply(200, collection(req, "linkedResources", resources, None))


@todo_route("POST", "/me/todo/lists/{list_id}/tasks/{task_id}/linkedResources")
def add_linked(emu: GraphEmulator, req: GraphRequest, list_id: str, task_id: str) -> GraphReply:
    """Attach another linkedResource to a task: 201."""
    task = _task(emu, list_id, task_id)
    resource = emu.todo.linked_resource(json_object(req))
    task["linkedResources"].append(resource)
    return GraphReply(201, dict(resource))
