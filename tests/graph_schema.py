"""Check the JSON bodies our code sent to the emulator against Microsoft Graph's v1.0 CSDL schema.

`schema_problems(requests)` maps each recorded POST/PATCH (inner $batch requests included) to the
Graph type its body must be, and reports property names that do not exist on that type (or its
base types), enum values that are not members, and primitives of the wrong JSON type. The CSDL
(3.5 MB, kept with its licence in tests/schemas/) is parsed once per process with iterparse; a
missing or unreadable file raises, so the check can never pass by not running.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sandbox.graph_emulator import RecordedRequest

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas/graph-v1.0-metadata.xml"
NAMESPACE = "microsoft.graph"
_EDM = "{http://docs.oasis-open.org/odata/ns/edm}"


class SchemaMissing(RuntimeError):
    """The CSDL cannot be read, so no body can be checked (a failure, never a pass)."""


@dataclass
class StructuredType:
    """An entity or complex type: its properties (name -> type name) and base type."""

    name: str
    base: str | None
    properties: dict[str, str] = field(default_factory=dict)
    nullable: dict[str, bool] = field(default_factory=dict)


@dataclass
class Schema:
    """The parts of the CSDL the checks need."""

    types: dict[str, StructuredType] = field(default_factory=dict)
    enums: dict[str, tuple[set[str], bool]] = field(default_factory=dict)  # members, is_flags
    actions: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    def properties(self, type_name: str) -> dict[str, str]:
        """Return every property of a type, base types included."""
        props: dict[str, str] = {}
        current: str | None = type_name
        while current is not None and current in self.types:
            structured = self.types[current]
            props = structured.properties | props
            current = structured.base
        return props

    def nullable(self, type_name: str, prop: str) -> bool:
        """Tell whether a property accepts null."""
        current: str | None = type_name
        while current is not None and current in self.types:
            if prop in self.types[current].nullable:
                return self.types[current].nullable[prop]
            current = self.types[current].base
        return True


def _local(type_ref: str) -> str:
    """Strip the graph namespace or alias: 'Collection(graph.x)' -> 'Collection(x)'."""
    if type_ref.startswith("Collection(") and type_ref.endswith(")"):
        return f"Collection({_local(type_ref[11:-1])})"
    for prefix in (f"{NAMESPACE}.", "graph."):
        if type_ref.startswith(prefix):
            return type_ref[len(prefix) :]
    return type_ref


@functools.cache
def load_schema(path: Path = SCHEMA_PATH) -> Schema:
    """Parse the CSDL once; raise SchemaMissing when the file is absent or holds no Graph types."""
    if not path.is_file():
        raise SchemaMissing(f"Graph's CSDL is not at {path}; the body checks cannot run")
    schema = Schema()
    in_graph = False
    current: StructuredType | None = None
    enum: tuple[str, set[str], bool] | None = None
    action: tuple[str, dict[str, str]] | None = None
    for event, elem in ET.iterparse(path, events=("start", "end")):
        tag = elem.tag.removeprefix(_EDM)
        if event == "start":
            if tag == "Schema":
                in_graph = elem.get("Namespace") == NAMESPACE
            elif not in_graph:
                continue
            elif tag in ("EntityType", "ComplexType"):
                base = elem.get("BaseType")
                current = StructuredType(elem.get("Name", ""), _local(base) if base else None)
            elif tag in ("Property", "NavigationProperty") and current is not None:
                name = elem.get("Name", "")
                current.properties[name] = _local(elem.get("Type", ""))
                current.nullable[name] = elem.get("Nullable") != "false"
            elif tag == "EnumType":
                enum = (elem.get("Name", ""), set(), elem.get("IsFlags") == "true")
            elif tag == "Member" and enum is not None:
                enum[1].add(elem.get("Name", ""))
            elif tag == "Action":
                action = (elem.get("Name", ""), {})
            elif tag == "Parameter" and action is not None:
                action[1][elem.get("Name", "")] = _local(elem.get("Type", ""))
            continue
        if tag in ("EntityType", "ComplexType") and current is not None:
            schema.types[current.name] = current
            current = None
        elif tag == "EnumType" and enum is not None:
            schema.enums[enum[0]] = (enum[1], enum[2])
            enum = None
        elif tag == "Action" and action is not None:
            params = dict(action[1])
            binding = params.pop("bindingParameter", params.pop("bindparameter", ""))
            schema.actions[(action[0], binding)] = params
            action = None
        elif tag == "Schema":
            in_graph = False
        elem.clear()
    if not schema.types:
        raise SchemaMissing(f"{path} holds no microsoft.graph types; the body checks cannot run")
    return schema


# (method, path regex) -> ("type", name) or ("action", (action name, binding type)).
_ID = r"[^/]+"
_ROUTES: list[tuple[str, re.Pattern[str], tuple[str, Any]]] = [
    (m, re.compile(p, re.IGNORECASE), target)
    for m, p, target in [
        ("POST", rf"^/me(/mailFolders/{_ID})?/messages$", ("type", "message")),
        ("PATCH", rf"^/me(/mailFolders/{_ID})?/messages/{_ID}$", ("type", "message")),
        ("POST", rf"^/me/messages/{_ID}/(move|copy)$", ("action", ("move", "message"))),
        (
            "POST",
            rf"^/me/messages/{_ID}/createReply$",
            ("action", ("createReply", "message")),
        ),
        ("POST", rf"^/me/mailFolders/{_ID}/(move|copy)$", ("action", ("move", "mailFolder"))),
        ("POST", r"^/me/outlook/masterCategories$", ("type", "outlookCategory")),
        ("PATCH", rf"^/me/outlook/masterCategories/{_ID}$", ("type", "outlookCategory")),
        ("POST", r"^/me/todo/lists$", ("type", "todoTaskList")),
        ("PATCH", rf"^/me/todo/lists/{_ID}$", ("type", "todoTaskList")),
        ("POST", rf"^/me/todo/lists/{_ID}/tasks$", ("type", "todoTask")),
        ("PATCH", rf"^/me/todo/lists/{_ID}/tasks/{_ID}$", ("type", "todoTask")),
        (
            "POST",
            rf"^/me/todo/lists/{_ID}/tasks/{_ID}/linkedResources$",
            ("type", "linkedResource"),
        ),
        (
            "PATCH",
            rf"^/me/todo/lists/{_ID}/tasks/{_ID}/linkedResources/{_ID}$",
            ("type", "linkedResource"),
        ),
        ("POST", rf"^/me/todo/lists/{_ID}/tasks/{_ID}/checklistItems$", ("type", "checklistItem")),
        ("POST", r"^/me/mailFolders$", ("type", "mailFolder")),
        ("POST", rf"^/me/mailFolders/{_ID}/childFolders$", ("type", "mailFolder")),
        ("PATCH", rf"^/me/mailFolders/{_ID}$", ("type", "mailFolder")),
        ("POST", r"^/me/translateExchangeIds$", ("action", ("translateExchangeIds", "user"))),
        ("POST", rf"^/me(/calendar|/calendars/{_ID})?/events$", ("type", "event")),
        ("PATCH", rf"^/me(/calendar|/calendars/{_ID})?/events/{_ID}$", ("type", "event")),
        ("POST", r"^/me/calendar/getSchedule$", ("action", ("getSchedule", "calendar"))),
    ]
]
_PRIMITIVES: dict[str, tuple[type, ...]] = {
    "Edm.String": (str,),
    "Edm.Boolean": (bool,),
    "Edm.Int32": (int,),
    "Edm.Int64": (int,),
    "Edm.Double": (int, float),
    "Edm.Guid": (str,),
    "Edm.Binary": (str,),
    "Edm.Date": (str,),
    "Edm.TimeOfDay": (str,),
    "Edm.Duration": (str,),
}


def _target(method: str, path: str) -> tuple[str, Any] | None:
    path = re.sub(r"^/users/[^/]+", "/me", path, flags=re.IGNORECASE)
    for route_method, pattern, target in _ROUTES:
        if route_method == method.upper() and pattern.search(path):
            return target
    return None


def _check_value(schema: Schema, type_ref: str, value: Any, where: str) -> Iterable[str]:
    if type_ref.startswith("Collection(") and type_ref.endswith(")"):
        if not isinstance(value, list):
            yield f"{where}: expected an array of {type_ref[11:-1]}, got {type(value).__name__}"
            return
        for i, item in enumerate(value):
            yield from _check_value(schema, type_ref[11:-1], item, f"{where}[{i}]")
        return
    if value is None:
        return
    if type_ref in schema.enums:
        members, flags = schema.enums[type_ref]
        values = (
            [v.strip() for v in value.split(",")] if flags and isinstance(value, str) else [value]
        )
        for item in values:
            if item not in members:
                yield f"{where}: {item!r} is not a member of enum {type_ref}"
        return
    if type_ref in schema.types:
        yield from _check_object(schema, type_ref, value, where)
        return
    if type_ref == "Edm.DateTimeOffset":
        try:
            datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            yield f"{where}: {value!r} is not an Edm.DateTimeOffset"
        return
    expected = _PRIMITIVES.get(type_ref)
    # bool is an int in Python, so check it both ways.
    if expected is not None and (
        isinstance(value, bool) != (bool in expected) or not isinstance(value, expected)
    ):
        yield f"{where}: expected {type_ref}, got {type(value).__name__} {value!r}"


def _check_object(schema: Schema, type_name: str, body: Any, where: str) -> Iterable[str]:
    if not isinstance(body, dict):
        yield f"{where}: expected a {type_name} object, got {type(body).__name__}"
        return
    declared = body.get("@odata.type")
    if isinstance(declared, str) and _local(declared.lstrip("#")) in schema.types:
        type_name = _local(declared.lstrip("#"))
    props = schema.properties(type_name)
    for name, value in body.items():
        if name.startswith("@") or "@odata." in name:
            continue
        if name not in props:
            yield f"{where}: {type_name} has no property {name!r}"
            continue
        if value is None and not schema.nullable(type_name, name):
            yield f"{where}.{name}: {type_name}.{name} is not nullable"
            continue
        yield from _check_value(schema, props[name], value, f"{where}.{name}")


def _check_action(schema: Schema, key: tuple[str, str], body: Any, where: str) -> Iterable[str]:
    params = schema.actions.get(key)
    if params is None:
        yield f"{where}: action {key[0]} bound to {key[1]} is not in the schema"
        return
    if not isinstance(body, dict):
        yield f"{where}: expected action parameters as an object"
        return
    # The CSDL spells action parameters in PascalCase, the wire in camelCase; both are accepted.
    by_lower = {name.lower(): type_ref for name, type_ref in params.items()}
    for name, value in body.items():
        type_ref = by_lower.get(name.lower())
        if type_ref is None:
            yield f"{where}: action {key[0]} has no parameter {name!r}"
            continue
        yield from _check_value(schema, type_ref, value, f"{where}.{name}")


def body_problems(type_name: str, body: Any) -> list[str]:
    """List every way one JSON object (a reply, say) disagrees with a Graph type ([] if none)."""
    return list(_check_object(load_schema(SCHEMA_PATH), type_name, body, type_name))


def schema_problems(requests: list[RecordedRequest]) -> list[str]:
    """List every way the bodies our code sent disagree with Graph's schema ([] if all agree)."""
    schema = load_schema(SCHEMA_PATH)
    problems: list[str] = []
    for request in requests:
        if request.method.upper() not in ("POST", "PATCH", "PUT") or request.json is None:
            continue
        if request.path.rstrip("/").lower() == "/$batch":
            continue  # the envelope is not a schema type; its inner requests are recorded too
        where = f"{request.method} {request.path}{' (in $batch)' if request.in_batch else ''}"
        target = _target(request.method, request.path)
        if target is None:
            problems.append(
                f"{where}: no schema mapping for this endpoint in tests/graph_schema.py"
            )
        elif target[0] == "type":
            problems.extend(_check_object(schema, target[1], request.json, where))
        else:
            problems.extend(_check_action(schema, target[1], request.json, where))
    return problems
