"""The shape a Slack payload must have before bolt and the listeners read it.

Bolt and the listeners read payloads with `.get` chains that assume Slack's shapes: an `event`
that is a string, or `actions` that is not a list, would raise deep inside a middleware and
become a 500 with a traceback. A signed request is from Slack (or from someone holding the
signing secret), so this is not a security check: it turns an odd payload into one clear
refusal. It checks the containers and the scalar fields that bolt or a listener reads; the
values themselves (ids, numbers) are checked where they are used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Top-level fields read as text (form fields of slash commands are always text).
_TEXT = (
    "type",
    "token",
    "team_id",
    "api_app_id",
    "event_id",
    "trigger_id",
    "response_url",
    "command",
    "text",
    "user_id",
    "channel_id",
    "action_id",
    "block_id",
    "value",
    "callback_id",
    "ssl_check",
    "challenge",
)
# Fields Slack sends either as an object or as a bare id.
_OBJECT_OR_ID = ("user", "team", "channel", "enterprise")
_ID_FIELDS = ("id", "team_id", "name", "domain")
_ACTION_TEXT = ("action_id", "block_id", "type", "value", "action_ts")
_EVENT_TEXT = (
    "user",
    "channel",
    "text",
    "subtype",
    "bot_id",
    "channel_type",
    "ts",
    "thread_ts",
    "event_ts",
    "team",
)
_VIEW_TEXT = ("id", "callback_id", "private_metadata", "hash", "type", "root_view_id")
_CONTAINER_TEXT = ("type", "channel_id", "message_ts", "view_id")
_MESSAGE_TEXT = ("ts", "text", "user", "bot_id", "type", "thread_ts")


def shape_problem(payload: object) -> str | None:
    """Say what is wrong with a payload's shape (naming the field, never quoting it), or None."""
    if not isinstance(payload, dict):
        return f"the payload is {_kind(payload)}, not a JSON object"
    checks = (
        _texts("", payload, _TEXT),
        _objects_or_ids(payload),
        _event(payload.get("event")),
        _actions(payload.get("actions")),
        _view(payload.get("view")),
        _state("state", payload.get("state")),
        _object("container", payload.get("container"), _CONTAINER_TEXT),
        _message("message", payload.get("message")),
        _list_of_objects("authorizations", payload.get("authorizations")),
    )
    return next((problem for problem in checks if problem), None)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else "something else"


def _texts(where: str, fields: Mapping[str, Any], names: Iterable[str]) -> str | None:
    for name in names:
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            return f"`{where}{name}` is {_kind(value)}, not text"
    return None


def _object(name: str, value: object, texts: Iterable[str] = ()) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        return f"`{name}` is {_kind(value)}, not an object"
    return _texts(f"{name}.", value, texts)


def _objects_or_ids(payload: Mapping[str, Any]) -> str | None:
    for name in _OBJECT_OR_ID:
        value = payload.get(name)
        if value is None or isinstance(value, str):
            continue
        problem = _object(name, value, _ID_FIELDS)
        if problem:
            return problem
    return None


def _list_of_objects(name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, list):
        return f"`{name}` is {_kind(value)}, not a list"
    if any(not isinstance(item, dict) for item in value):
        return f"`{name}` holds something that is not an object"
    return None


def _event(event: object) -> str | None:
    problem = _object("event", event, _EVENT_TEXT)
    if problem or event is None:
        return problem
    assert isinstance(event, dict)
    if not isinstance(event.get("type"), str):
        return "`event.type` is missing or not text"
    return _message("event.message", event.get("message")) or _message(
        "event.previous_message", event.get("previous_message")
    )


def _actions(actions: object) -> str | None:
    problem = _list_of_objects("actions", actions)
    if problem or actions is None:
        return problem
    assert isinstance(actions, list)
    for action in actions:
        problem = (
            _texts("actions[].", action, _ACTION_TEXT)
            or _object("actions[].selected_option", action.get("selected_option"), ("value",))
            or _list_of_objects("actions[].selected_options", action.get("selected_options"))
        )
        if problem:
            return problem
    return None


def _view(view: object) -> str | None:
    problem = _object("view", view, _VIEW_TEXT)
    if problem or view is None:
        return problem
    assert isinstance(view, dict)
    return _state("view.state", view.get("state")) or _list_of_objects(
        "view.blocks", view.get("blocks")
    )


def _message(name: str, message: object) -> str | None:
    problem = _object(name, message, _MESSAGE_TEXT)
    if problem or message is None:
        return problem
    assert isinstance(message, dict)
    return _list_of_objects(f"{name}.blocks", message.get("blocks"))


def _state(name: str, state: object) -> str | None:
    """State values are {block_id: {action_id: {type, value | selected_option(s)}}}."""
    problem = _object(name, state)
    if problem or state is None:
        return problem
    assert isinstance(state, dict)
    values = state.get("values")
    problem = _object(f"{name}.values", values)
    if problem or values is None:
        return problem
    assert isinstance(values, dict)
    for elements in values.values():
        if not isinstance(elements, dict):
            return f"`{name}.values` holds a block that is not an object"
        for element in elements.values():
            if not isinstance(element, dict):
                return f"`{name}.values` holds an element that is not an object"
            problem = (
                _texts(f"{name}.values[][].", element, ("type", "value"))
                or _object(f"{name}.values[][].selected_option", element.get("selected_option"))
                or _list_of_objects(
                    f"{name}.values[][].selected_options", element.get("selected_options")
                )
            )
            if problem:
                return problem
    return None
