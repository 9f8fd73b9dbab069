"""Request bodies checked against Google's own discovery document (calendar.v3.json).

The discovery dialect is not JSON Schema: `type`, `properties`, `$ref` to a schema name,
`items`, `additionalProperties`, `format` and `annotations.required: [method ids]`. `BodyRules`
walks it directly (no jsonschema: sandbox/ ships without the test tools) and reports what the
live service refuses: a field no schema names (Google answers 'Unknown name ... Cannot find
field'), a value of the wrong JSON type, a date or date-time that does not parse, and a field
that `annotations.required` lists for the method (start/end on insert and update).

`METHOD_SCOPES` is the scope list of each method the emulator serves, copied from the same
document; a test compares it with the file so a new revision that changes a list is noticed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

_AUTH = "https://www.googleapis.com/auth/"
_READERS = (
    "calendar",
    "calendar.app.created",
    "calendar.events",
    "calendar.events.freebusy",
    "calendar.events.owned",
    "calendar.events.owned.readonly",
    "calendar.events.public.readonly",
    "calendar.events.readonly",
    "calendar.readonly",
)
_WRITERS = ("calendar", "calendar.app.created", "calendar.events", "calendar.events.owned")
METHOD_SCOPES: dict[str, tuple[str, ...]] = {
    "calendar.calendarList.list": tuple(
        _AUTH + s
        for s in (
            "calendar",
            "calendar.calendarlist",
            "calendar.calendarlist.readonly",
            "calendar.readonly",
        )
    ),
    "calendar.events.list": tuple(_AUTH + s for s in _READERS),
    "calendar.events.get": tuple(_AUTH + s for s in _READERS),
    "calendar.events.insert": tuple(_AUTH + s for s in _WRITERS),
    "calendar.events.patch": tuple(_AUTH + s for s in _WRITERS),
    "calendar.events.update": tuple(_AUTH + s for s in _WRITERS),
    "calendar.events.delete": tuple(_AUTH + s for s in _WRITERS),
    "calendar.freebusy.query": tuple(
        _AUTH + s
        for s in ("calendar", "calendar.events.freebusy", "calendar.freebusy", "calendar.readonly")
    ),
}
# The request body's schema for each method that takes one.
REQUEST_SCHEMAS = {
    "calendar.events.insert": "Event",
    "calendar.events.patch": "Event",
    "calendar.events.update": "Event",
    "calendar.freebusy.query": "FreeBusyRequest",
}
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "object": (dict,),
    "array": (list,),
}
_TYPE_NAMES = {"string": "TYPE_STRING", "boolean": "TYPE_BOOL", "integer": "TYPE_INT32"}


@dataclass(frozen=True)
class BodyProblem:
    """One thing wrong with a body: where ('resource.start.dateTime'), what, Google's reason."""

    where: str
    message: str
    reason: str


class BodyRules:
    """The schemas of one discovery document, ready to check request bodies."""

    def __init__(self, path: Path) -> None:
        document = json.loads(path.read_text(encoding="utf-8"))
        self.revision: str = document["revision"]
        self.schemas: dict[str, dict[str, Any]] = document["schemas"]
        self.method_scopes = _scopes_by_method(document["resources"])

    def problems(self, method_id: str, body: Any) -> list[BodyProblem]:
        """Every problem with a request body for a method (empty: the body is acceptable)."""
        schema_name = REQUEST_SCHEMAS[method_id]
        found: list[BodyProblem] = []
        self._check(body, {"$ref": schema_name}, "resource", method_id, found)
        return found

    def _check(
        self, value: Any, schema: dict[str, Any], where: str, method_id: str, out: list[BodyProblem]
    ) -> None:
        if "$ref" in schema:
            schema = self.schemas[schema["$ref"]]
        if value is None:
            return  # JSON null clears a field on patch; Google accepts it everywhere
        kind = schema.get("type", "any")
        if kind != "any" and not _is_type(value, kind):
            label = _TYPE_NAMES.get(kind, kind)
            out.append(
                BodyProblem(
                    where, f"Invalid value at '{where}' ({label}), {json.dumps(value)}", "invalid"
                )
            )
            return
        if kind == "string" and "format" in schema and not _format_ok(value, schema["format"]):
            out.append(
                BodyProblem(where, f"Invalid value at '{where}', {json.dumps(value)}", "invalid")
            )
        if kind == "array":
            for index, item in enumerate(value):
                self._check(item, schema.get("items", {}), f"{where}[{index}]", method_id, out)
        if kind == "object":
            self._check_object(value, schema, where, method_id, out)

    def _check_object(
        self,
        value: dict[str, Any],
        schema: dict[str, Any],
        where: str,
        method_id: str,
        out: list[BodyProblem],
    ) -> None:
        properties: dict[str, dict[str, Any]] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                self._check(item, properties[name], f"{where}.{name}", method_id, out)
            elif isinstance(extra, dict):
                self._check(item, extra, f"{where}.{name}", method_id, out)
            else:
                out.append(
                    BodyProblem(
                        where,
                        f"Invalid JSON payload received. Unknown name \"{name}\" at '{where}':"
                        " Cannot find field.",
                        "invalid",
                    )
                )
        for name, prop in properties.items():
            required_for = prop.get("annotations", {}).get("required", [])
            if method_id in required_for and value.get(name) is None:
                out.append(BodyProblem(f"{where}.{name}", f"Missing {name}.", "required"))


def _is_type(value: Any, kind: str) -> bool:
    expected = _JSON_TYPES.get(kind)
    if expected is None:
        return True
    if isinstance(value, bool) and kind in {"integer", "number"}:
        return False
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return False
    return isinstance(value, expected)


def _format_ok(value: str, fmt: str) -> bool:
    try:
        if fmt == "date":
            date.fromisoformat(value)
        elif fmt == "date-time":
            datetime.fromisoformat(value)
            return "T" in value
    except ValueError:
        return False
    return True


def _scopes_by_method(resources: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for resource in resources.values():
        for method in resource.get("methods", {}).values():
            found[method["id"]] = tuple(method.get("scopes", ()))
        found.update(_scopes_by_method(resource.get("resources", {})))
    return found
