"""events.get, insert, patch, update (PUT) and delete, with the live service's rules.

Insert and update need start and end (discovery `annotations.required`); patch merges what it
is sent (objects field by field, arrays whole, null clears); update replaces the event. A
deleted event stays as a cancelled tombstone: get still returns it, a second delete answers
410 "Resource has been deleted", incremental sync lists it. Changing one instance of a
recurring event makes an exception (its own event with `recurringEventId` and
`originalStartTime`, the master skipping that occurrence); deleting one leaves a cancelled one.
"""

from __future__ import annotations

import copy
from typing import Any

from . import recurrence
from .errors import GoogleError, bad_request, deleted, not_found
from .store import Calendar, Instance, Store, StoredEvent, new_event_id, valid_client_id
from .times import ensure_order, parse_event_time, render_event_time
from .wire import Call

# Set by the server, kept across patch and update whatever the body says.
_SERVER_FIELDS = (
    "kind",
    "id",
    "created",
    "creator",
    "organizer",
    "iCalUID",
    "htmlLink",
    "recurringEventId",
    "originalStartTime",
)
_SEND_UPDATES = {"all", "externalOnly", "none"}


def find(store: Store, calendar: Calendar, event_id: str) -> StoredEvent | Instance:
    """A stored event (tombstones included), or one instance of a recurring event; else 404."""
    events = store.events[calendar.id]
    if event_id in events:
        return events[event_id]
    master_id, _, suffix = event_id.rpartition("_")
    master = events.get(master_id)
    if master is None or master.cancelled or not master.body.get("recurrence"):
        raise not_found()
    for item in store.occurrences(master, None):
        if item.suffix == suffix:
            return item
    raise not_found()


def get_event(store: Store, call: Call) -> dict[str, Any]:
    """events.get: cancelled events too (the discovery document says get always returns them)."""
    calendar = store.calendar(call.params["calendarId"])
    found = find(store, calendar, call.params["eventId"])
    item = found if isinstance(found, Instance) else Instance(found, found.start, found.end, None)
    return store.render(item, calendar.tz)


def writable(store: Store, calendar_id: str) -> Calendar:
    """A calendar the owner may change; a shared read-only one answers 403."""
    calendar = store.calendar(calendar_id)
    if calendar.access_role not in {"owner", "writer"}:
        raise GoogleError(
            403, "requiredAccessLevel", "You need to have writer access to this calendar."
        )
    return calendar


def insert_event(store: Store, call: Call) -> dict[str, Any]:
    """events.insert."""
    calendar = writable(store, call.params["calendarId"])
    _check_send_updates(call)
    body = _object(call.body)
    event_id = body.get("id")
    if event_id is not None:
        if not isinstance(event_id, str) or not valid_client_id(event_id):
            raise bad_request("Invalid resource id value.", location="id")
        if event_id in store.events[calendar.id]:
            raise GoogleError(409, "duplicate", "The requested identifier already exists.")
    event = copy.deepcopy(body)
    now = store.timestamp()
    event_id = event_id or new_event_id()
    event.update(
        {
            "kind": "calendar#event",
            "id": event_id,
            "created": now,
            "creator": {"email": store.owner, "self": True},
            "organizer": {"email": calendar.id, "self": True},
            "iCalUID": f"{event_id}@google.com",
            "htmlLink": f"https://www.google.com/calendar/event?eid={event_id}",
        }
    )
    event.setdefault("status", "confirmed")
    event.setdefault("sequence", 0)
    event.setdefault("reminders", {"useDefault": True})
    event.setdefault("eventType", "default")
    return _store(store, calendar, event)


def patch_event(store: Store, call: Call) -> dict[str, Any]:
    """events.patch: merge the body into the stored event."""
    calendar, stored, instance = _existing(store, call)
    _check_send_updates(call)
    merged = _merge(copy.deepcopy(stored.body), _object(call.body))
    return _store(store, calendar, _keep_server_fields(merged, stored), instance)


def update_event(store: Store, call: Call) -> dict[str, Any]:
    """events.update (PUT): the body replaces the event; start and end are required."""
    calendar, stored, instance = _existing(store, call)
    _check_send_updates(call)
    replaced = copy.deepcopy(_object(call.body))
    replaced.setdefault("status", "confirmed")
    replaced["sequence"] = int(stored.body.get("sequence", 0)) + 1
    return _store(store, calendar, _keep_server_fields(replaced, stored), instance)


def delete_event(store: Store, call: Call) -> None:
    """events.delete: 204; already deleted -> 410; an instance leaves a cancelled exception."""
    calendar = writable(store, call.params["calendarId"])
    _check_send_updates(call)
    found = find(store, calendar, call.params["eventId"])
    if isinstance(found, StoredEvent):
        if found.cancelled:
            raise deleted()
        found.body["status"] = "cancelled"
        found.body["updated"] = store.timestamp()
        found.body["etag"] = f'"{store.stamp()}"'
        found.changed = store.changes
        return
    assert found.suffix is not None
    found.event.exdates.add(found.suffix)
    tombstone = {
        "kind": "calendar#event",
        "id": f"{found.event.id}_{found.suffix}",
        "status": "cancelled",
        "recurringEventId": found.event.id,
        "originalStartTime": render_event_time(found.start, calendar.tz),
        "start": render_event_time(found.start, calendar.tz),
        "end": render_event_time(found.end, calendar.tz),
    }
    store.save(calendar, tombstone)


def _existing(store: Store, call: Call) -> tuple[Calendar, StoredEvent, Instance | None]:
    """The event to change; for one instance of a recurring event, the exception to make of it.

    The exception is the instance as listed (its own id, recurringEventId, originalStartTime);
    once stored, the master skips that occurrence.
    """
    calendar = writable(store, call.params["calendarId"])
    found = find(store, calendar, call.params["eventId"])
    if isinstance(found, StoredEvent):
        return calendar, found, None
    body = store.render(found, calendar.tz)
    return calendar, StoredEvent(calendar.id, body, 0, found.start, found.end), found


def _store(
    store: Store, calendar: Calendar, event: dict[str, Any], instance: Instance | None = None
) -> dict[str, Any]:
    start = parse_event_time(event.get("start"), "start", calendar.tz)
    end = parse_event_time(event.get("end"), "end", calendar.tz)
    ensure_order(start, end)
    lines = event.get("recurrence")
    if lines:
        if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
            raise bad_request("Invalid recurrence rule.", location="recurrence")
        recurrence.parse(lines)
        if not start.all_day and start.tz_name is None:
            raise bad_request(
                "Missing time zone definition for start time.", reason="required", location="start"
            )
    stored = store.save(calendar, event)
    if instance is not None and instance.suffix is not None:
        instance.event.exdates.add(instance.suffix)
    return store.render(Instance(stored, stored.start, stored.end, None), calendar.tz)


def _keep_server_fields(event: dict[str, Any], stored: StoredEvent) -> dict[str, Any]:
    for name in _SERVER_FIELDS:
        if name in stored.body:
            event[name] = stored.body[name]
    return event


def _merge(target: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            target[key] = _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)
    return target


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad_request("Invalid JSON payload received. Expected an object.", reason="parseError")
    return body


def _check_send_updates(call: Call) -> None:
    value = call.query.get("sendUpdates")
    if value is not None and value not in _SEND_UPDATES:
        raise bad_request(f"Invalid value for: sendUpdates: {value}", location="sendUpdates")
