"""To Do task delta: `GET /me/todo/lists/{id}/tasks/delta`, paged rounds over a list's changes.

As for mail delta (delta.py), a round covers the list's changes in (since, upto], with `upto`
fixed when the round starts, so a task changed while a client pages through a round waits for the
next round rather than being lost. The first round returns every task; later rounds return the
tasks created or changed since the token (whole tasks), and `{"id", "@removed": {"reason":
"deleted"}}` for deleted ones (todotask-delta; delta-query-overview). Follow `@odata.nextLink`
until an `@odata.deltaLink` comes; page size from `$top` or `Prefer: odata.maxpagesize`. Tokens
carry the list and the emulator's token generation: `expire_delta_tokens()` makes every earlier
one answer 410 SyncStateNotFound, and a token used on another list is refused the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .odata import delta_page, page_size
from .routing import Router
from .todo import expanded, require_list, task_wire, todo_route
from .wire import GraphFault, GraphReply, GraphRequest, b64_state

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

DEFAULT_PAGE = 10


def _expired() -> GraphFault:
    return GraphFault(
        410,
        "SyncStateNotFound",
        "The sync state generation is not found. Please resync with an empty sync state.",
    )


@todo_route("GET", "/me/todo/lists/{list_id}/tasks/delta", on=router)
def task_delta(emu: GraphEmulator, req: GraphRequest, list_id: str) -> GraphReply:
    """Serve one page of a task delta round (initial, continued by $skiptoken, or $deltatoken)."""
    todo_list = require_list(emu, list_id)
    token = req.query.get("$deltatoken") or req.query.get("$skiptoken")
    top = req.query.get("$top")
    if token is not None:
        state = b64_state(token)
        if not state or state.get("e") != emu.delta_epoch or state.get("l") != list_id:
            raise _expired()
        top = state.get("t")
        if "$deltatoken" in req.query:
            since, upto, offset = int(state["a"]), todo_list.sequence, 0
        else:
            since, upto, offset = int(state["a"]), int(state["b"]), int(state["o"])
    else:
        since, upto, offset = 0, todo_list.sequence, 0
    size = page_size(req, top, DEFAULT_PAGE)

    changed = sorted(
        (seq, task_id)
        for task_id, seq in todo_list.changed_at.items()
        if since < seq <= upto and not (since == 0 and task_id in todo_list.removed)
    )
    items: list[dict[str, Any]] = []
    for _, task_id in changed[offset : offset + size]:
        task = todo_list.tasks.get(task_id)
        if task is not None:
            items.append(task_wire(task, expanded(req)))
        else:
            items.append({"id": task_id, "@removed": {"reason": "deleted"}})

    base = {"l": list_id, "t": top, "e": emu.delta_epoch}
    body = delta_page(
        req,
        f"/me/todo/lists/{list_id}/tasks/delta",
        "todoTask",
        items,
        round_size=len(changed),
        end=offset + size,
        token=base,
        since=since,
        upto=upto,
    )
    return GraphReply(200, body)
