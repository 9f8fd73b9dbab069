"""JSON batching: validation, dependsOn, inner requests via the one dispatcher, shuffled replies."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from .mail import json_object
from .routing import Router
from .wire import GraphFault, GraphReply, GraphRequest, headers_of, over_concurrency

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

MAX_BATCH = 20


def _bad(message: str) -> GraphFault:
    return GraphFault(400, "BadRequest", message)


def _validate(requests: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(requests, list) or not requests:
        raise _bad("Invalid batch payload format: 'requests' must be a non-empty array.")
    if len(requests) > MAX_BATCH:
        raise _bad(f"A batch can hold at most {MAX_BATCH} requests; this one has {len(requests)}.")
    items: dict[str, dict[str, Any]] = {}
    for item in requests:
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) and item.get(k) for k in ("id", "method", "url")
        ):
            raise _bad("Every batch request needs string 'id', 'method' and 'url'.")
        key = item["id"].casefold()
        if key in items:
            raise _bad(f"Batch request contains duplicate id '{item['id']}'.")
        items[key] = item
    for item in items.values():
        depends = item.get("dependsOn", [])
        if not isinstance(depends, list) or any(
            not isinstance(d, str) or d.casefold() not in items for d in depends
        ):
            raise _bad(f"Request '{item['id']}' depends on an id that is not in the batch.")
    return items


def parallel_groups(payload: Any) -> list[set[str]]:
    """Return the batch's dependsOn-connected groups of item ids (casefolded), in order.

    Outlook runs the groups at the same time and a group's items one after another, so a batch
    holds one mailbox slot per group. A payload too broken to group counts as one group.
    """
    requests = payload.get("requests") if isinstance(payload, dict) else None
    if not isinstance(requests, list):
        return [set()]
    keys = [
        item["id"].casefold()
        for item in requests
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    ]
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for item in requests:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        depends = item.get("dependsOn")
        for dep in depends if isinstance(depends, list) else []:
            if isinstance(dep, str) and dep.casefold() in parent:
                parent[find(item["id"].casefold())] = find(dep.casefold())
    groups: dict[str, set[str]] = {}
    for key in keys:
        groups.setdefault(find(key), set()).add(key)
    return list(groups.values()) or [set()]


def _order(items: dict[str, dict[str, Any]]) -> list[str]:
    """Put each request after the ones it depends on (stable otherwise); reject cycles."""
    done: list[str] = []
    state: dict[str, str] = {}

    def visit(key: str) -> None:
        if state.get(key) == "done":
            return
        if state.get(key) == "visiting":
            raise _bad(f"Request '{items[key]['id']}' has a circular dependsOn.")
        state[key] = "visiting"
        for dep in items[key].get("dependsOn", []):
            visit(dep.casefold())
        state[key] = "done"
        done.append(key)

    for key in items:
        visit(key)
    return done


def _inner_request(
    outer: GraphRequest, item: dict[str, Any]
) -> tuple[GraphRequest, GraphFault | None]:
    """Build the inner request, and the per-item 400 it earns if it breaks a batching rule."""
    headers = item.get("headers") or {}
    if not isinstance(headers, dict):
        headers = {}
    url: str = item["url"]
    parts = urlsplit(url)
    path = "/" + unquote(parts.path).lstrip("/")
    request = GraphRequest(
        method=item["method"].upper(),
        path=path,
        query=dict(parse_qsl(parts.query, keep_blank_values=True)),
        headers=headers_of({str(k): str(v) for k, v in headers.items()}),
        json=item.get("body"),
        base_url=outer.base_url,
        in_batch=True,
    )
    if parts.scheme or parts.netloc or path.lower().startswith(("/v1.0/", "/beta/")):
        return request, _bad(f"Batch urls must be relative to the version root: {url!r}.")
    if "body" in item and "content-type" not in {str(k).lower() for k in headers}:
        return request, _bad(
            f"Write request id : {item['id']} does not contain Content-Type header or body."
        )
    return request, None


@router.route("POST", "/$batch")
def run_batch(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Run up to 20 requests; answers come back out of order, the outer status is 200."""
    if req.in_batch:
        raise _bad("A $batch cannot contain another $batch.")
    items = _validate(json_object(req).get("requests"))
    statuses: dict[str, int] = {}
    responses: list[dict[str, Any]] = []
    for key in _order(items):
        item = items[key]
        failed = [d for d in item.get("dependsOn", []) if statuses[d.casefold()] >= 400]
        if failed:
            dependency = GraphFault(
                424, "FailedDependency", f"Request '{failed[0]}' that this depends on failed."
            )
            reply = emu.error_reply(dependency)
        elif key in emu.batch_over_concurrency:
            emu.concurrency_rejections += 1
            reply = emu.error_reply(over_concurrency())
        else:
            inner, problem = _inner_request(req, item)
            reply = emu.run(inner, reject=problem)
        statuses[key] = reply.status
        headers = dict(reply.headers)
        if reply.body is not None:
            headers.setdefault("Content-Type", "application/json")
        entry: dict[str, Any] = {"id": item["id"], "status": reply.status, "headers": headers}
        if reply.body is not None:
            entry["body"] = reply.body
        responses.append(entry)
    emu.batch_count += 1
    shuffled = list(responses)
    random.Random(emu.seed * 7919 + emu.batch_count).shuffle(shuffled)
    if len(shuffled) > 1 and shuffled == responses:
        shuffled = shuffled[1:] + shuffled[:1]
    return GraphReply(200, {"responses": shuffled})
