"""Checking a task's fields as Todoist does, for REST bodies and sync command args alike.

`task_fields` turns a create or update body into the stored fields (content, description,
project_id, labels, priority, due) or raises the 400 Todoist would send, naming the argument.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .wire import invalid_argument, missing_argument

CONTENT_MAX = 500
DESCRIPTION_MAX = 16383
DUE_STRING_MAX = 150
LABEL_NAME_MAX = 60
DUE_KEYS = ("due_string", "due_date", "due_datetime")


def task_fields(
    body: Mapping[str, Any],
    *,
    creating: bool,
    project_exists: Callable[[str], bool],
    today: date,
) -> dict[str, Any]:
    """The fields a create (all defaults filled) or an update (only those sent) stores."""
    fields: dict[str, Any] = {}
    if "content" in body or creating:
        fields["content"] = _content(body.get("content"))
    if "description" in body:
        fields["description"] = _text(body["description"], "description", DESCRIPTION_MAX)
    if "project_id" in body:
        project_id = body["project_id"]
        if not isinstance(project_id, str) or not project_exists(project_id):
            raise invalid_argument("project_id", f"Project not found: {project_id!r}")
        fields["project_id"] = project_id
    if "labels" in body:
        fields["labels"] = _labels(body["labels"])
    if "priority" in body:
        fields["priority"] = _priority(body["priority"])
    due_sent, due = _due(body, today)
    if due_sent:
        fields["due"] = due
    return fields


def _content(value: Any) -> str:
    if value is None:
        raise missing_argument("content")
    text = _text(value, "content", CONTENT_MAX)
    if not text.strip():
        raise invalid_argument("content", "content must not be empty")
    return text


def _text(value: Any, name: str, limit: int) -> str:
    if not isinstance(value, str):
        raise invalid_argument(name, f"{name} must be a string")
    if len(value) > limit:
        raise invalid_argument(name, f"{name} is longer than {limit} characters")
    return value


def _labels(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise invalid_argument("labels", "labels must be a list of label names")
    too_long = [v for v in value if len(v) > LABEL_NAME_MAX]
    if too_long:
        raise invalid_argument(
            "labels", f"label name {too_long[0]!r} is longer than {LABEL_NAME_MAX} characters"
        )
    return list(dict.fromkeys(value))


def _priority(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
        raise invalid_argument("priority", f"priority must be 1, 2, 3 or 4, not {value!r}")
    return value


def _due(body: Mapping[str, Any], today: date) -> tuple[bool, dict[str, Any] | None]:
    """Whether a due was sent, and its object, from due_string / due_date / due_datetime (REST)
    or `due` (sync command args)."""
    if "due" in body:  # sync command args carry the object itself
        due = body["due"]
        if due is None:
            return True, None
        if not isinstance(due, Mapping):
            raise invalid_argument("due", "due must be an object")
        body = {k: due[v] for k, v in (("due_string", "string"), ("due_date", "date")) if v in due}
    sent = [key for key in DUE_KEYS if body.get(key) is not None]
    if not sent:
        return False, None
    if len(sent) > 1:
        raise invalid_argument(sent[1], f"Only one of {', '.join(DUE_KEYS)} may be set")
    key = sent[0]
    value = body[key]
    if not isinstance(value, str):
        raise invalid_argument(key, f"{key} must be a string")
    if key == "due_date":
        return True, _due_object(_iso_date(value, key).isoformat(), value)
    if key == "due_datetime":
        return True, _due_object(_utc_datetime(value), value, timezone="UTC")
    if len(value) > DUE_STRING_MAX:
        raise invalid_argument(key, f"due_string is longer than {DUE_STRING_MAX} characters")
    return True, _from_due_string(value, today)


def _due_object(day: str, string: str, *, timezone: str | None = None) -> dict[str, Any]:
    return {
        "date": day,
        "timezone": timezone,
        "string": string,
        "lang": "en",
        "is_recurring": False,
    }


def _iso_date(value: str, key: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise invalid_argument(key, f"{key} must be YYYY-MM-DD, not {value!r}") from err


def _utc_datetime(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as err:
        raise invalid_argument("due_datetime", f"due_datetime is not RFC 3339: {value!r}") from err
    if moment.tzinfo is None:
        raise invalid_argument("due_datetime", "due_datetime needs a time zone (RFC 3339)")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_due_string(value: str, today: date) -> dict[str, Any] | None:
    """The little natural language the emulator understands; the rest is a clear 400."""
    words = value.strip().lower()
    if words in {"no date", "no due date"}:
        return None
    relative = {"today": 0, "tomorrow": 1}
    if words in relative:
        return _due_object((today + timedelta(days=relative[words])).isoformat(), value)
    return _due_object(_iso_date(words, "due_string").isoformat(), value)
