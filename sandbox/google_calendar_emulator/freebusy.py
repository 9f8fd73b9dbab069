"""freebusy.query: busy periods per calendar, merged and clipped to the window.

Request `{timeMin, timeMax, timeZone?, items: [{id}], calendarExpansionMax <= 50,
groupExpansionMax <= 100}`; reply `{kind: "calendar#freeBusy", timeMin, timeMax,
calendars: {id: {busy: [{start, end}]} or {busy: [], errors: [{domain, reason}]}}}`.
Transparent and cancelled events are free; an unknown calendar gets `errors: notFound`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .errors import GoogleError, bad_request, time_range_empty
from .store import Store, busy_render
from .times import parse_query_instant, render_instant, zone
from .wire import Call

MAX_CALENDARS = 50
MAX_GROUP = 100


def query(store: Store, call: Call) -> dict[str, Any]:
    """Answer a FreeBusyRequest."""
    body = call.body if isinstance(call.body, dict) else {}
    for name in ("timeMin", "timeMax"):
        if not isinstance(body.get(name), str):
            raise bad_request(f"Missing {name}.", reason="required", location=name)
    time_min = _instant(body["timeMin"], "timeMin")
    time_max = _instant(body["timeMax"], "timeMax")
    if time_min >= time_max:
        raise time_range_empty()
    expansion = body.get("calendarExpansionMax", MAX_CALENDARS)
    if not isinstance(expansion, int) or not 0 < expansion <= MAX_CALENDARS:
        raise bad_request(
            "Invalid value for: calendarExpansionMax", location="calendarExpansionMax"
        )
    group = body.get("groupExpansionMax", MAX_GROUP)
    if not isinstance(group, int) or not 0 < group <= MAX_GROUP:
        raise bad_request("Invalid value for: groupExpansionMax", location="groupExpansionMax")
    items = body.get("items") or []
    if len(items) > expansion:
        raise GoogleError(400, "tooManyCalendarsRequested", "Too many calendars requested.")
    reply_tz = zone(body.get("timeZone", "UTC"), where="timeZone")
    calendars: dict[str, Any] = {}
    for item in items:
        calendar_id = str(item.get("id", "")) if isinstance(item, dict) else ""
        real = store.owner if calendar_id == "primary" else calendar_id
        if real not in store.calendars:
            calendars[calendar_id] = {
                "errors": [{"domain": "global", "reason": "notFound"}],
                "busy": [],
            }
            continue
        periods = _merged(_busy(store, real, time_min, time_max))
        calendars[calendar_id] = {"busy": [busy_render(s, e, reply_tz) for s, e in periods]}
    return {
        "kind": "calendar#freeBusy",
        "timeMin": render_instant(time_min, reply_tz),
        "timeMax": render_instant(time_max, reply_tz),
        "calendars": calendars,
    }


def _instant(value: str, name: str) -> datetime:
    try:
        return parse_query_instant(value, name)
    except GoogleError as exc:
        raise bad_request(f"Invalid value for: {name}", location=name) from exc


def _busy(
    store: Store, calendar_id: str, time_min: datetime, time_max: datetime
) -> list[tuple[datetime, datetime]]:
    periods: list[tuple[datetime, datetime]] = []
    for event in store.events[calendar_id].values():
        if event.cancelled or event.body.get("transparency") == "transparent":
            continue
        for item in store.occurrences(event, time_max):
            start, end = max(item.start.instant, time_min), min(item.end.instant, time_max)
            if start < end:
                periods.append((start, end))
    return periods


def _merged(periods: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(periods):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
