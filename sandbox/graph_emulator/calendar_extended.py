"""Single-value extended properties on events, as Graph v1.0 keeps them.

A client writes `singleValueExtendedProperties: [{id, value}]` in a create or PATCH body (the
CSDL's navigation property of type singleValueLegacyExtendedProperty); the id names a MAPI
property, here the documented named form `String {GUID} Name Something` (or a tagged one,
`String 0x0037`). Values are strings. Graph never returns them unasked: a reply carries them only
for `$expand=singleValueExtendedProperties($filter=id eq '...')`, and then only the property the
filter names, and omits the key when the event does not have it. The GUID and the type compare
without regard to case, the name with it, as Graph documents.
"""

from __future__ import annotations

import re
from typing import Any

from .wire import GraphFault, GraphRequest

_TYPES = ("string", "integer", "boolean", "systime", "double", "binary", "clsid", "long")
_PROPERTY_ID = re.compile(
    r"^(?P<type>[A-Za-z]+) +(?:\{(?P<guid>[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12})\}"
    r" +(?:Name +(?P<name>\S.*)|Id +(?P<id>0x[0-9A-Fa-f]{1,4}))|(?P<tag>0x[0-9A-Fa-f]{4}))$"
)
_EXPAND = re.compile(
    r"^singleValueExtendedProperties\(\$filter=id eq '(?P<id>[^']+)'\)$", re.IGNORECASE
)


def property_key(property_id: str) -> str:
    """Return the id in the form stored and compared (type, GUID lowered; name as given)."""
    match = _PROPERTY_ID.match(property_id.strip())
    if match is None or match["type"].lower() not in _TYPES:
        raise GraphFault(
            400,
            "ErrorInvalidExtendedPropertyValue",
            f"The extended property id '{property_id}' is not valid: use the form "
            "'String {GUID} Name Something'.",
        )
    kind = match["type"].lower()
    if match["tag"]:
        return f"{kind} {match['tag'].lower()}"
    guid = match["guid"].lower()
    if match["name"] is not None:
        return f"{kind} {{{guid}}} name {match['name']}"
    return f"{kind} {{{guid}}} id {match['id'].lower()}"


def stage(value: Any) -> dict[str, tuple[str, str]]:
    """Validate a body's singleValueExtendedProperties; return {key: (id as sent, value)}."""
    if not isinstance(value, list):
        raise GraphFault(
            400,
            "RequestBodyRead",
            "'singleValueExtendedProperties' must be an array of {id, value} objects.",
        )
    staged: dict[str, tuple[str, str]] = {}
    for item in value:
        if (
            not isinstance(item, dict)
            or set(item) - {"id", "value", "@odata.type"}
            or not isinstance(item.get("id"), str)
            or not isinstance(item.get("value"), str)
        ):
            raise GraphFault(
                400,
                "RequestBodyRead",
                "Each single-value extended property must be {id: string, value: string}.",
            )
        staged[property_key(item["id"])] = (item["id"], item["value"])
    return staged


def expanded_key(req: GraphRequest) -> str | None:
    """Return the key of the property `$expand` asks for on events, None when none is asked."""
    expand = " ".join(req.query.get("$expand", "").split())
    if not expand:
        return None
    match = _EXPAND.match(expand)
    if match is None:
        raise GraphFault(
            400,
            "BadRequest",
            f"Parsing OData Select and Expand failed: the emulator expands events only with "
            f"singleValueExtendedProperties($filter=id eq '...'), not '{expand}'.",
        )
    return property_key(match["id"])


def add_expansion(
    body: dict[str, Any], properties: dict[str, tuple[str, str]], key: str | None
) -> dict[str, Any]:
    """Add the asked property to a rendered event when the event has it."""
    if key is not None and key in properties:
        property_id, value = properties[key]
        body["singleValueExtendedProperties"] = [{"id": property_id, "value": value}]
    return body
