"""Calendar delta: `GET /me/calendarView/delta?startDateTime=...&endDateTime=...`.

A round covers the default calendar's changes in (since, upto], `upto` fixed when the round
starts, so paging is stable while the owner keeps changing things. The first round returns every
instance in the window (series expanded, as calendarView); later rounds return the instances of
each event or series changed since the token, whole, and `{"id", "@removed": {"reason":
"deleted"}}` for instances that were in the window before and are not now (deleted, cancelled
occurrence, moved out). Follow `@odata.nextLink` to an `@odata.deltaLink`; the window travels in
the tokens. Page size: `Prefer: odata.maxpagesize` (default 10). Tokens carry the emulator's
token generation: after `expire_delta_tokens()` they answer 410 SyncStateNotFound.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .calendar import render
from .calendar_events import CalendarEvent
from .calendar_time import query_window, reply_zone
from .odata import delta_page, page_size
from .routing import Router
from .wire import GraphFault, GraphReply, GraphRequest, b64_state

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

DEFAULT_PAGE = 10
PATH = "/me/calendarView/delta"


def _expired() -> GraphFault:
    return GraphFault(
        410,
        "SyncStateNotFound",
        "The sync state generation is not found. Please resync with an empty sync state.",
    )


def _round_items(
    emu: GraphEmulator, start: datetime, end: datetime, since: int, upto: int
) -> list[CalendarEvent | str]:
    """Return a round's instances in order, and the ids (str) of instances it removes."""
    store = emu.calendar
    items: list[CalendarEvent | str] = []
    for event_id in store.changed_between(since, upto):
        before, after = store.state_at(event_id, since), store.state_at(event_id, upto)
        now: list[CalendarEvent] = []
        if after is not None and after.calendar_id == store.default_id:
            now = store.instances_of(after, start, end)
        was: list[CalendarEvent] = []
        if since and before is not None and before.calendar_id == store.default_id:
            was = store.instances_of(before, start, end)
        now.sort(key=lambda instance: (instance.start, instance.id))
        items += now
        present = {i.id for i in now}
        items += [i.id for i in was if i.id not in present]
    return items


@router.route("GET", PATH)
def calendar_view_delta(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Serve one page of a calendar delta round (initial, $skiptoken, or $deltatoken)."""
    reply_zone(req)
    token = req.query.get("$deltatoken") or req.query.get("$skiptoken")
    if token is not None:
        state = b64_state(token)
        if not state or state.get("e") != emu.delta_epoch or "s" not in state:
            raise _expired()
        start, end = datetime.fromisoformat(state["s"]), datetime.fromisoformat(state["w"])
        if "$deltatoken" in req.query:
            since, upto, offset = int(state["a"]), emu.calendar.sequence, 0
        else:
            since, upto, offset = int(state["a"]), int(state["b"]), int(state["o"])
    else:
        start, end = query_window(req)
        since, upto, offset = 0, emu.calendar.sequence, 0
    size = page_size(req, None, DEFAULT_PAGE)
    items = _round_items(emu, start, end, since, upto)
    value: list[dict[str, Any]] = []
    for item in items[offset : offset + size]:
        if isinstance(item, str):
            value.append(
                {
                    "@odata.type": "#microsoft.graph.event",
                    "id": item,
                    "@removed": {"reason": "deleted"},
                }
            )
        else:
            value.append(render(req, item))
    base = {"s": start.isoformat(), "w": end.isoformat(), "e": emu.delta_epoch}
    body = delta_page(
        req,
        PATH,
        "event",
        value,
        round_size=len(items),
        end=offset + size,
        token=base,
        since=since,
        upto=upto,
    )
    return GraphReply(200, body)
