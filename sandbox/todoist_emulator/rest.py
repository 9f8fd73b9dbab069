"""The REST side of API v1: projects and tasks, cursor pages, close/reopen/delete, and the
completed tasks by completion date."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from .state import TodoistAccount
from .wire import decode_cursor, encode_cursor, invalid_argument, missing_argument

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


@dataclass(frozen=True)
class ApiRequest:
    """One request below /api/v1, its body already parsed (JSON, or a form's fields)."""

    method: str
    path: str
    query: Mapping[str, str]
    body: Any


Reply = tuple[int, Any]
Handler = Callable[[TodoistAccount, ApiRequest, re.Match[str]], Reply]
ROUTES: list[tuple[str, re.Pattern[str], Handler]] = []


def route(method: str, pattern: str) -> Callable[[Handler], Handler]:
    """Register a handler for a method and a path pattern (anchored)."""

    def register(handler: Handler) -> Handler:
        ROUTES.append((method, re.compile(f"^{pattern}$"), handler))
        return handler

    return register


def paged(items: list[dict[str, Any]], request: ApiRequest, *filters: str) -> dict[str, Any]:
    """One page of `items` with the next cursor, as every v1 listing answers."""
    raw_limit = request.query.get("limit", str(DEFAULT_LIMIT))
    try:
        limit = int(raw_limit)
    except ValueError as err:
        raise invalid_argument("limit", f"limit must be a number, not {raw_limit!r}") from err
    if not 1 <= limit <= MAX_LIMIT:
        raise invalid_argument("limit", f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    fingerprint = request.path + "?" + "&".join(f"{k}={request.query.get(k, '')}" for k in filters)
    cursor = request.query.get("cursor")
    offset = decode_cursor(cursor, fingerprint) if cursor else 0
    end = offset + limit
    more = end < len(items)
    return {
        "results": items[offset:end],
        "next_cursor": encode_cursor(end, fingerprint) if more else None,
    }


def _json_object(request: ApiRequest) -> dict[str, Any]:
    if request.body is None:
        return {}
    if not isinstance(request.body, dict):
        raise invalid_argument("body", "The request body must be a JSON object")
    return request.body


# ---- projects ------------------------------------------------------------------------------------


@route("GET", "/projects")
def list_projects(account: TodoistAccount, request: ApiRequest, _: re.Match[str]) -> Reply:
    return 200, paged(account.active_projects(), request)


@route("POST", "/projects")
def create_project(account: TodoistAccount, request: ApiRequest, _: re.Match[str]) -> Reply:
    name = _json_object(request).get("name")
    if name is None:
        raise missing_argument("name")
    if not isinstance(name, str) or not 1 <= len(name.strip()) <= 120:
        raise invalid_argument("name", "name must be 1 to 120 characters")
    return 200, account.add_project(name)


@route("GET", "/projects/(?P<id>[^/]+)")
def get_project(account: TodoistAccount, _: ApiRequest, match: re.Match[str]) -> Reply:
    return 200, account.project(match["id"])


# ---- tasks ---------------------------------------------------------------------------------------


@route("GET", "/tasks")
def list_tasks(account: TodoistAccount, request: ApiRequest, _: re.Match[str]) -> Reply:
    tasks = account.active_tasks()
    query = request.query
    if "project_id" in query:
        tasks = [t for t in tasks if t["project_id"] == query["project_id"]]
    if "ids" in query:
        wanted = {part.strip() for part in query["ids"].split(",") if part.strip()}
        tasks = [t for t in tasks if t["id"] in wanted]
    if "label" in query:
        tasks = [t for t in tasks if query["label"] in t["labels"]]
    return 200, paged(tasks, request, "project_id", "ids", "label")


@route("POST", "/tasks")
def create_task(account: TodoistAccount, request: ApiRequest, _: re.Match[str]) -> Reply:
    return 200, account.add_task(account.checked_fields(_json_object(request), creating=True))


@route("GET", "/tasks/(?P<id>[^/]+)")
def get_task(account: TodoistAccount, _: ApiRequest, match: re.Match[str]) -> Reply:
    # v1 still answers for a completed task (checked: true); a deleted one is a 404.
    return 200, account.task(match["id"])


@route("POST", "/tasks/(?P<id>[^/]+)")
def update_task(account: TodoistAccount, request: ApiRequest, match: re.Match[str]) -> Reply:
    fields = account.checked_fields(_json_object(request), creating=False)
    return 200, account.update_task(match["id"], fields)


@route("POST", "/tasks/(?P<id>[^/]+)/close")
def close_task(account: TodoistAccount, _: ApiRequest, match: re.Match[str]) -> Reply:
    account.close_task(match["id"])
    return 204, None


@route("POST", "/tasks/(?P<id>[^/]+)/reopen")
def reopen_task(account: TodoistAccount, _: ApiRequest, match: re.Match[str]) -> Reply:
    account.reopen_task(match["id"])
    return 204, None


@route("DELETE", "/tasks/(?P<id>[^/]+)")
def delete_task(account: TodoistAccount, _: ApiRequest, match: re.Match[str]) -> Reply:
    account.delete_task(match["id"])
    return 204, None


# ---- completed tasks -------------------------------------------------------------------------

# "up to 3 months" per request (the official SDKs' docstrings); the longest 3 months are 92 days.
COMPLETED_WINDOW_MAX_DAYS = 92


@route("GET", "/tasks/completed/by_completion_date")
def completed_by_completion_date(
    account: TodoistAccount, request: ApiRequest, _: re.Match[str]
) -> Reply:
    """Closed tasks whose completed_at lies in [since, until], newest first, `items` pages."""
    since, until = _window(request.query)
    tasks = [
        t
        for t in account.tasks.values()
        if t["checked"]
        and not t["is_deleted"]
        and t["completed_at"] is not None
        and since <= _instant(t["completed_at"], "completed_at") <= until
    ]
    if "project_id" in request.query:
        tasks = [t for t in tasks if t["project_id"] == request.query["project_id"]]
    tasks.sort(key=lambda t: str(t["completed_at"]), reverse=True)
    page = paged(tasks, request, "since", "until", "project_id")
    # This listing names its page `items`, not `results` (SDKs: GetCompletedTasksResponse).
    return 200, {"items": page["results"], "next_cursor": page["next_cursor"]}


def _window(query: Mapping[str, str]) -> tuple[datetime, datetime]:
    for name in ("since", "until"):
        if not query.get(name):
            raise missing_argument(name)
    since, until = _instant(query["since"], "since"), _instant(query["until"], "until")
    if until < since:
        raise invalid_argument("until", "until must not be before since")
    if until - since > timedelta(days=COMPLETED_WINDOW_MAX_DAYS):
        raise invalid_argument("until", "The date range must not be longer than 3 months")
    return since, until


def _instant(value: str, argument: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as err:
        raise invalid_argument(argument, f"{argument} is not a date and time: {value!r}") from err
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
