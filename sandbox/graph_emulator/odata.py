"""The slice of OData query syntax the emulator understands: $select, $filter, paging links."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

from .wire import GraphFault, GraphRequest, b64_state, b64_token, parse_iso

T = TypeVar("T")

_CLAUSE = re.compile(
    r"\s*(?P<prop>[A-Za-z]\w*)\s+(?P<op>eq|ne|ge|gt|le|lt)\s+"
    r"(?P<value>'(?:[^']|'')*'|[^\s']+)\s*(?P<join>\band\b)?",
    re.IGNORECASE,
)

Clause = tuple[str, str, Any]


def parse_filter(text: str) -> list[Clause] | None:
    """Parse `a eq 'x' and b ge 2026-01-01T00:00:00Z`; None for anything richer (or, functions)."""
    clauses: list[Clause] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        match = _CLAUSE.match(text, pos)
        if match is None:
            return None
        clauses.append((match["prop"], match["op"].lower(), _literal(match["value"])))
        pos = match.end()
        if match["join"] is None and pos < len(text):
            return None
    return clauses or None


def _literal(raw: str) -> Any:
    if raw.startswith("'"):
        return raw[1:-1].replace("''", "'")
    lowered = raw.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered == "null":
        return None
    try:
        return parse_iso(raw)
    except ValueError:
        pass
    try:
        return int(raw)
    except ValueError:
        return raw


def compare(actual: Any, op: str, expected: Any) -> bool:
    """Evaluate one filter comparison (strings compare case-insensitively, like Exchange)."""
    if isinstance(actual, str) and isinstance(expected, str):
        actual, expected = actual.lower(), expected.lower()
    if op in ("eq", "ne"):
        equal: bool = actual == expected
        return equal is (op == "eq")
    if isinstance(actual, datetime) != isinstance(expected, datetime):
        return False
    try:
        outcome: bool = {
            "ge": actual >= expected,
            "gt": actual > expected,
            "le": actual <= expected,
            "lt": actual < expected,
        }[op]
    except TypeError:
        return False
    return outcome


def parse_select(req: GraphRequest, known: Collection[str], type_name: str) -> list[str] | None:
    """Return the canonical names in $select (None when absent); unknown names give 400."""
    raw = req.query.get("$select")
    if raw is None:
        return None
    canonical = {name.lower(): name for name in known}
    chosen: list[str] = []
    for part in raw.split(","):
        name = part.strip()
        if not name:
            continue
        found = canonical.get(name.lower())
        if found is None:
            raise GraphFault(
                400,
                "RequestBroker--ParseUri",
                f"Could not find a property named '{name}' on type 'microsoft.graph.{type_name}'.",
            )
        chosen.append(found)
    return chosen


def query_string(query: dict[str, str]) -> str:
    """Encode a query readably ($ and quotes kept), the way Graph writes its links."""
    return urlencode(query, quote_via=quote, safe="$,'():")


def page_size(req: GraphRequest, top: str | None, default: int = 10, maximum: int = 1000) -> int:
    """Work out the page size from $top and Prefer: odata.maxpagesize (the smaller wins)."""
    size = default
    if top is not None:
        try:
            size = int(top)
        except ValueError:
            size = -1
        if not 1 <= size <= maximum:
            raise GraphFault(
                400, "ErrorInvalidArgument", f"'$top' must be between 1 and {maximum}."
            )
    pref = req.prefer().get("odata.maxpagesize")
    if pref and pref.isdigit() and int(pref) > 0:
        size = min(size, int(pref)) if top is not None else int(pref)
    return size


def paginate(
    req: GraphRequest,
    items: Sequence[T],
    *,
    default: int = 10,
    skiptoken: bool = False,
) -> tuple[list[T], str | None]:
    """Cut one page out of `items` and build the absolute @odata.nextLink for the rest."""
    size = page_size(req, req.query.get("$top"), default)
    offset = 0
    if skiptoken and "$skiptoken" in req.query:
        state = b64_state(req.query["$skiptoken"]) or {}
        offset = int(state.get("o", 0))
    elif "$skip" in req.query:
        try:
            offset = max(0, int(req.query["$skip"]))
        except ValueError as err:
            raise GraphFault(400, "ErrorInvalidArgument", "'$skip' must be an integer.") from err
    chunk = list(items[offset : offset + size])
    if offset + size >= len(items):
        return chunk, None
    query = {k: v for k, v in req.query.items() if k not in ("$skip", "$skiptoken")}
    if skiptoken:
        query["$skiptoken"] = b64_token({"o": offset + size})
    else:
        query["$skip"] = str(offset + size)
    return chunk, req.link(req.path) + "?" + query_string(query)


def collection(req: GraphRequest, entity_set: str, items: list[Any], next_link: str | None) -> Any:
    """Build a collection body with @odata.context and, if more remain, @odata.nextLink."""
    body: dict[str, Any] = {"@odata.context": req.link(f"/$metadata#{entity_set}"), "value": items}
    if next_link:
        body["@odata.nextLink"] = next_link
    return body


def delta_page(
    req: GraphRequest,
    path: str,
    entity: str,
    value: list[dict[str, Any]],
    *,
    round_size: int,
    end: int,
    token: dict[str, Any],
    since: int,
    upto: int,
) -> dict[str, Any]:
    """Build one page of a delta round: a nextLink while the round has items left after `end`,
    else the deltaLink that starts the next round from `upto`. `token` is what every link of
    the round carries (the resource, the token generation, the query)."""
    body: dict[str, Any] = {
        "@odata.context": req.link(f"/$metadata#Collection({entity})"),
        "value": value,
    }
    link = req.link(path) + "?"
    if end < round_size:
        state = token | {"a": since, "b": upto, "o": end}
        body["@odata.nextLink"] = link + query_string({"$skiptoken": b64_token(state)})
    else:
        body["@odata.deltaLink"] = link + query_string(
            {"$deltatoken": b64_token(token | {"a": upto})}
        )
    return body
