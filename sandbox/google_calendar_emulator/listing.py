"""calendarList.list and events.list: windows, expansion, ordering, paging and sync tokens.

events.list follows the discovery document: timeMin is an exclusive bound on an event's end,
timeMax an exclusive bound on its start, both RFC3339 with an offset and timeMin < timeMax;
singleEvents expands recurring events; orderBy=startTime needs singleEvents; a syncToken
cannot be combined with iCalUID, orderBy, privateExtendedProperty, q,
sharedExtendedProperty, timeMin, timeMax or updatedMin, nor with showDeleted=false.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from .errors import bad_parameter, bad_request, full_sync_required, time_range_empty
from .paging import Pager, Snapshot, page_size
from .store import Calendar, Instance, Store, StoredEvent
from .times import parse_query_instant, zone
from .wire import Call

_NOT_WITH_SYNC_TOKEN = (
    "iCalUID",
    "orderBy",
    "privateExtendedProperty",
    "q",
    "sharedExtendedProperty",
    "timeMin",
    "timeMax",
    "updatedMin",
)


def flag(query: dict[str, str], name: str) -> bool | None:
    """A boolean query parameter: 'true'/'false', absent -> None, anything else 400."""
    value = query.get(name)
    if value is None:
        return None
    if value not in {"true", "false"}:
        raise bad_parameter(name)
    return value == "true"


def list_calendars(store: Store, pager: Pager, call: Call) -> dict[str, Any]:
    """calendarList.list: the owner's calendars, 100 a page by default, at most 250."""
    if "pageToken" in call.query:
        return pager.next(call.query["pageToken"])
    size = page_size(call.query, default=100, maximum=250)
    envelope = {"kind": "calendar#calendarList", "etag": f'"{store.changes}"'}
    items = [calendar.entry() for calendar in store.calendars.values()]
    return pager.first(Snapshot(envelope, items, size, None))


def list_events(store: Store, pager: Pager, call: Call) -> dict[str, Any]:
    """events.list."""
    calendar = store.calendar(call.params["calendarId"])
    query = call.query
    if "pageToken" in query:
        return pager.next(query["pageToken"])
    sync_token = query.get("syncToken")
    if sync_token is not None:
        clash = [name for name in _NOT_WITH_SYNC_TOKEN if name in query]
        if clash or flag(query, "showDeleted") is False:
            names = ", ".join(clash) or "showDeleted=false"
            raise bad_request(f"Sync token cannot be combined with {names}.", location="syncToken")
    time_min = parse_query_instant(query["timeMin"], "timeMin") if "timeMin" in query else None
    time_max = parse_query_instant(query["timeMax"], "timeMax") if "timeMax" in query else None
    if time_min is not None and time_max is not None and time_min >= time_max:
        raise time_range_empty()
    single = bool(flag(query, "singleEvents"))
    show_deleted = bool(flag(query, "showDeleted"))
    order = query.get("orderBy")
    if order not in {None, "startTime", "updated"}:
        raise bad_parameter("orderBy")
    if order == "startTime" and not single:
        raise bad_request(
            "The requested ordering is not available for the particular query.", location="orderBy"
        )
    size = page_size(query, default=250, maximum=2500)
    reply_tz = zone(query["timeZone"], where="timeZone") if "timeZone" in query else calendar.tz
    seen_up_to = store.changes
    if sync_token is not None:
        token = store.sync_tokens.get(sync_token)
        if token is None or token.epoch != store.epoch or token.calendar_id != calendar.id:
            raise full_sync_required()
        changed = [e for e in store.events[calendar.id].values() if e.changed > token.changed]
        time_min, time_max = token.time_min, token.time_max
        items = _items(store, changed, time_min, time_max, single, True, reply_tz)
    else:
        candidates = list(store.events[calendar.id].values())
        if "updatedMin" in query:
            # Deleted events changed since then come whatever showDeleted says (discovery).
            since = parse_query_instant(query["updatedMin"], "updatedMin")
            candidates = [e for e in candidates if _updated(e) >= since]
            show_deleted = True
        items = _items(store, candidates, time_min, time_max, single, show_deleted, reply_tz)
        items = _filter_text(items, query.get("q"))
    if order == "startTime":
        items.sort(key=lambda pair: (pair[0], pair[1]["id"]))
    elif order == "updated":
        items.sort(key=lambda pair: pair[1].get("updated", ""))
    envelope = _envelope(store, calendar, reply_tz)
    next_sync = store.issue_sync_token(calendar, seen_up_to, time_min, time_max)
    return pager.first(Snapshot(envelope, [body for _, body in items], size, next_sync))


def _items(
    store: Store,
    events: list[StoredEvent],
    time_min: datetime | None,
    time_max: datetime | None,
    single: bool,
    with_cancelled: bool,
    reply_tz: ZoneInfo,
) -> list[tuple[datetime, dict[str, Any]]]:
    out: list[tuple[datetime, dict[str, Any]]] = []
    for event in events:
        if event.cancelled:
            if with_cancelled:
                item = Instance(event, event.start, event.end, None)
                out.append((event.start.instant, store.render_cancelled(item, reply_tz)))
            continue
        inside = [
            item
            for item in store.occurrences(event, time_max)
            if (time_min is None or item.end.instant > time_min)
            and (time_max is None or item.start.instant < time_max)
        ]
        if single:
            out.extend((item.start.instant, store.render(item, reply_tz)) for item in inside)
        elif inside:
            whole = Instance(event, event.start, event.end, None)
            out.append((event.start.instant, store.render(whole, reply_tz)))
    return out


def _updated(event: StoredEvent) -> datetime:
    return datetime.fromisoformat(str(event.body["updated"]))


def _filter_text(
    items: list[tuple[datetime, dict[str, Any]]], text: str | None
) -> list[tuple[datetime, dict[str, Any]]]:
    if not text:
        return items
    needle = text.casefold()

    def matches(body: dict[str, Any]) -> bool:
        fields = (body.get("summary"), body.get("description"), body.get("location"))
        return any(needle in str(value).casefold() for value in fields if value)

    return [pair for pair in items if matches(pair[1])]


def _envelope(store: Store, calendar: Calendar, reply_tz: ZoneInfo) -> dict[str, Any]:
    return {
        "kind": "calendar#events",
        "etag": f'"{store.changes}"',
        "summary": calendar.summary,
        "description": "",
        "updated": store.timestamp(),
        "timeZone": calendar.time_zone if reply_tz.key == calendar.time_zone else reply_tz.key,
        "accessRole": calendar.access_role,
        "defaultReminders": [],
    }
