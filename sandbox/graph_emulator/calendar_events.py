"""One calendar event: its state, the validation of create and PATCH bodies, and its wire shape.

Instants are kept in UTC with the zone names the client gave (Graph echoes them as
originalStartTimeZone/originalEndTimeZone); all-day events are floating dates, kept as UTC
midnights because the live service matches them to windows that way. A body is validated whole
before anything changes, so a rejected request changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote

from . import calendar_extended, calendar_recurrence
from .calendar_time import (
    floating_day,
    in_zone,
    read_wall_clock,
    reply_zone,
    require_zone,
    utc_midnight,
)
from .wire import GraphFault, GraphRequest, iso

SHOW_AS = ("free", "tentative", "busy", "oof", "workingElsewhere", "unknown")
IMPORTANCE = ("low", "normal", "high")
SENSITIVITY = ("normal", "personal", "private", "confidential")
ATTENDEE_TYPES = ("required", "optional", "resource")
BODY_TYPES = ("text", "html")
_LOCATION_FIELDS = frozenset(
    {"displayName", "locationType", "locationUri", "uniqueId", "uniqueIdType", "address"}
    | {"coordinates", "locationEmailAddress"}
)
# Properties the server sets: sending one is a 400, as for messages.
READ_ONLY = frozenset(
    {"id", "createdDateTime", "lastModifiedDateTime", "changeKey", "type", "seriesMasterId"}
    | {"iCalUId", "webLink", "isOrganizer", "isCancelled", "hasAttachments", "bodyPreview"}
    | {"originalStart", "responseStatus", "onlineMeeting", "cancelledOccurrences"}
    | {"originalStartTimeZone", "originalEndTimeZone", "isDraft", "onlineMeetingUrl"}
)
_FLAGS: tuple[str, ...] = ("isReminderOn", "responseRequested", "isOnlineMeeting")
_FLAGS += ("allowNewTimeProposals", "hideAttendees")
NO_TIME = "0001-01-01T00:00:00Z"
_TAG = re.compile(r"<[^>]+>")


@dataclass(eq=False)
class CalendarEvent:
    """An event, a series master, or one (generated or changed) instance of a series."""

    id: str
    calendar_id: str
    start: datetime
    end: datetime
    start_zone: str
    end_zone: str
    created: datetime
    last_modified: datetime
    change_key: str
    organizer: tuple[str, str]
    is_organizer: bool = True
    subject: str = ""
    body: dict[str, str] = field(default_factory=lambda: {"contentType": "html", "content": ""})
    all_day: bool = False
    show_as: str = "busy"
    is_cancelled: bool = False
    kind: str = "singleInstance"
    series_master_id: str | None = None
    original_start: datetime | None = None
    recurrence: dict[str, Any] | None = None
    attendees: list[dict[str, Any]] = field(default_factory=list)
    location: dict[str, Any] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    importance: str = "normal"
    sensitivity: str = "normal"
    flags: dict[str, bool] = field(
        default_factory=lambda: {"isReminderOn": True, "responseRequested": True}
    )
    reminder_minutes: int = 15
    transaction_id: str | None = None
    # Single-value extended properties: {compared key: (id as written, value)}.
    extended: dict[str, tuple[str, str]] = field(default_factory=dict)
    # A series master's changed and deleted instances, by their original local date.
    exceptions: dict[date, CalendarEvent] = field(default_factory=dict)
    cancelled: set[date] = field(default_factory=set)

    @property
    def ical_uid(self) -> str:
        """Return a stable iCalendar UID (shared by a series and its instances)."""
        anchor = self.series_master_id or self.id
        return (
            "040000008200E00074C5B7101A82E00800000000" + hashlib.sha1(anchor.encode()).hexdigest()
        )

    def local_start(self) -> datetime:
        """Return the start as wall-clock time in the event's own zone."""
        return self.start.astimezone(require_zone(self.start_zone))

    def instance(self, day: date, instance_id: str) -> CalendarEvent:
        """Return this series' occurrence on a local date (its exception if it was changed)."""
        if day in self.exceptions:
            return self.exceptions[day]
        if self.all_day:
            start = utc_midnight(day)
        else:
            local = self.local_start()
            zone = require_zone(self.start_zone)
            start = datetime.combine(day, local.time(), tzinfo=zone).astimezone(UTC)
        return replace(
            self,
            id=instance_id,
            start=start,
            end=start + (self.end - self.start),
            kind="occurrence",
            series_master_id=self.id,
            original_start=start,
            recurrence=None,
            exceptions={},
            cancelled=set(),
        )


def _invalid(message: str) -> GraphFault:
    return GraphFault(400, "ErrorInvalidRequest", message)


def _body_read(message: str) -> GraphFault:
    return GraphFault(400, "RequestBodyRead", message)


def _enum(value: Any, members: tuple[str, ...], type_name: str) -> str:
    if value not in members:
        raise _body_read(
            f"Requested value '{value}' was not found in enum type 'microsoft.graph.{type_name}'."
        )
    return str(value)


def _address(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or set(value) - {"address", "name", "@odata.type"}:
        raise _body_read(f"'{where}' must be an emailAddress {{address, name}}.")
    address, name = value.get("address"), value.get("name")
    if not isinstance(address, str) or "@" not in address:
        raise _invalid(f"'{where}.address' must be an SMTP address.")
    return {"name": name if isinstance(name, str) else address, "address": address}


def _attendee(value: Any, i: int) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) - {"emailAddress", "type", "status"}:
        raise _body_read(f"'attendees[{i}]' must be an attendee {{emailAddress, type}}.")
    return {
        "type": _enum(value.get("type", "required"), ATTENDEE_TYPES, "attendeeType"),
        "status": {"response": "none", "time": NO_TIME},
        "emailAddress": _address(value.get("emailAddress"), f"attendees[{i}].emailAddress"),
    }


def _location(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict) or set(value) - _LOCATION_FIELDS - {"@odata.type"}:
        raise _body_read("'location' must be a location object such as {displayName}.")
    name = value.get("displayName", "")
    if not isinstance(name, str):
        raise _body_read("'location.displayName' must be a string.")
    return {k: v for k, v in value.items() if not k.startswith("@")}


def _stage(name: str, value: Any) -> Any:
    """Validate one writable property; return the value to store."""
    if name == "subject":
        if not isinstance(value, str):
            raise _body_read("'subject' must be a string.")
        return value
    if name == "body":
        if not isinstance(value, dict) or set(value) - {"content", "contentType", "@odata.type"}:
            raise _body_read("'body' must be an itemBody {content, contentType}.")
        kind = _enum(value.get("contentType", "text"), BODY_TYPES, "bodyType")
        return {"contentType": kind, "content": str(value.get("content") or "")}
    if name in ("start", "end"):
        return read_wall_clock(value, name)
    if name in ("isAllDay",) + _FLAGS:
        if not isinstance(value, bool):
            raise _body_read(f"'{name}' must be a boolean.")
        return value
    if name == "showAs":
        return _enum(value, SHOW_AS, "freeBusyStatus")
    if name == "importance":
        return _enum(value, IMPORTANCE, "importance")
    if name == "sensitivity":
        return _enum(value, SENSITIVITY, "sensitivity")
    if name == "categories":
        if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
            raise _body_read("'categories' must be an array of strings.")
        return list(value)
    if name == "attendees":
        if not isinstance(value, list):
            raise _body_read("'attendees' must be an array of attendee objects.")
        return [_attendee(a, i) for i, a in enumerate(value)]
    if name == "location":
        return _location(value)
    if name == "reminderMinutesBeforeStart":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _body_read("'reminderMinutesBeforeStart' must be a whole number of minutes.")
        return value
    if name == "recurrence":
        return value  # checked against the start date once the whole body is read
    if name == "transactionId":
        if not isinstance(value, str):
            raise _body_read("'transactionId' must be a string.")
        return value
    if name == "singleValueExtendedProperties":
        return calendar_extended.stage(value)
    if name in READ_ONLY:
        raise GraphFault(400, "ErrorInvalidPropertySet", f"The property '{name}' is read-only.")
    raise _body_read(f"The property '{name}' does not exist on type 'microsoft.graph.event'.")


def _wall_clock(
    staged: dict[str, Any], current: CalendarEvent | None, key: str
) -> tuple[datetime, str]:
    """Return a boundary as naive wall-clock time in its zone, and the zone's name."""
    if key in staged:
        instant, zone = staged[key]
        return instant.astimezone(require_zone(zone)).replace(tzinfo=None), zone
    assert current is not None  # validated() refuses a create body without both boundaries
    if key == "start":
        instant, zone = current.start, current.start_zone
    else:
        instant, zone = current.end, current.end_zone
    if current.all_day:  # stored as floating UTC midnights
        return instant.replace(tzinfo=None), zone
    return instant.astimezone(require_zone(zone)).replace(tzinfo=None), zone


def _stored(current: CalendarEvent | None, key: str) -> datetime:
    assert current is not None  # a create body always has both boundaries
    return current.start if key == "start" else current.end


def validated(body: dict[str, Any], current: CalendarEvent | None) -> dict[str, Any]:
    """Validate a create (current None) or PATCH body whole; return the staged changes."""
    staged = {n: _stage(n, v) for n, v in body.items() if not n.startswith("@")}
    if current is None and ("start" not in staged or "end" not in staged):
        raise _invalid("An event needs both 'start' and 'end'.")
    (start, start_zone), (end, end_zone) = (
        _wall_clock(staged, current, k) for k in ("start", "end")
    )
    all_day = staged.get("isAllDay", current.all_day if current else False)
    if all_day and {"start", "end", "isAllDay"} & staged.keys():
        if any(t.time() != datetime.min.time() for t in (start, end)):
            raise _invalid("The start and end of an all-day event must be at midnight.")
        if end.date() - start.date() < timedelta(days=1):
            raise _invalid("The duration of an event marked as All day must be at least 24 hours.")
        staged["start"] = (utc_midnight(start.date()), start_zone)
        staged["end"] = (utc_midnight(end.date()), end_zone)
    elif not all_day and {"start", "end"} & staged.keys():
        first, last = (
            staged[k][0] if k in staged else _stored(current, k) for k in ("start", "end")
        )
        if last < first:
            raise _invalid("The end of an event must not be before its start.")
    if staged.get("recurrence") is not None:
        if current is not None and current.kind in ("occurrence", "exception"):
            raise _invalid("An instance of a series cannot have its own recurrence.")
        staged["recurrence"] = calendar_recurrence.validate(staged["recurrence"], start.date())
    return staged


def apply(event: CalendarEvent, staged: dict[str, Any], now: datetime, change_key: str) -> None:
    """Write validated changes into an event."""
    simple = {
        "subject": "subject",
        "body": "body",
        "isAllDay": "all_day",
        "showAs": "show_as",
        "importance": "importance",
        "sensitivity": "sensitivity",
        "categories": "categories",
        "attendees": "attendees",
        "location": "location",
        "reminderMinutesBeforeStart": "reminder_minutes",
        "transactionId": "transaction_id",
    }
    for name, value in staged.items():
        if name in simple:
            setattr(event, simple[name], value)
        elif name in _FLAGS:
            event.flags[name] = value
        elif name == "start":
            event.start, event.start_zone = value
        elif name == "end":
            event.end, event.end_zone = value
        elif name == "singleValueExtendedProperties":
            event.extended = {**event.extended, **value}  # a PATCH adds or replaces by id
        elif name == "recurrence":
            event.recurrence = value
            if event.kind in ("singleInstance", "seriesMaster"):
                event.kind = "seriesMaster" if value is not None else "singleInstance"
    event.last_modified = now
    event.change_key = change_key


def _preview(body: dict[str, str]) -> str:
    text = body["content"]
    if body["contentType"] == "html":
        text = _TAG.sub(" ", text)
    return " ".join(text.split())[:255]


def wire(event: CalendarEvent, req: GraphRequest) -> dict[str, Any]:
    """Render an event as Graph does, its times in the reply zone of the request."""
    zone_name, zone = reply_zone(req)
    if event.all_day:
        start = floating_day(event.start.date(), zone_name)
        end = floating_day(event.end.date(), zone_name)
    else:
        start, end = in_zone(event.start, zone_name, zone), in_zone(event.end, zone_name, zone)
    name, address = event.organizer
    body: dict[str, Any] = {
        "@odata.etag": f'W/"{event.change_key}"',
        "id": event.id,
        "createdDateTime": iso(event.created),
        "lastModifiedDateTime": iso(event.last_modified),
        "changeKey": event.change_key,
        "categories": list(event.categories),
        "transactionId": event.transaction_id,
        "originalStartTimeZone": event.start_zone,
        "originalEndTimeZone": event.end_zone,
        "iCalUId": event.ical_uid,
        "reminderMinutesBeforeStart": event.reminder_minutes,
        "isReminderOn": event.flags.get("isReminderOn", True),
        "hasAttachments": False,
        "subject": event.subject,
        "bodyPreview": _preview(event.body),
        "importance": event.importance,
        "sensitivity": event.sensitivity,
        "isAllDay": event.all_day,
        "isCancelled": event.is_cancelled,
        "isOrganizer": event.is_organizer,
        "responseRequested": event.flags.get("responseRequested", True),
        "seriesMasterId": event.series_master_id,
        "showAs": event.show_as,
        "type": event.kind,
        "webLink": "https://outlook.office365.com/owa/?itemid="
        f"{quote(event.id, safe='')}&exvsurl=1&path=/calendar/item",
        "onlineMeetingUrl": None,
        "isOnlineMeeting": event.flags.get("isOnlineMeeting", False),
        "onlineMeetingProvider": "unknown",
        "allowNewTimeProposals": event.flags.get("allowNewTimeProposals", True),
        "isDraft": False,
        "hideAttendees": event.flags.get("hideAttendees", False),
        "responseStatus": {
            "response": "organizer" if event.is_organizer else "notResponded",
            "time": NO_TIME,
        },
        "body": dict(event.body),
        "start": start,
        "end": end,
        "location": _wire_location(event.location),
        "locations": [_wire_location(event.location)] if event.location else [],
        "recurrence": event.recurrence,
        "attendees": [dict(a) for a in event.attendees],
        "organizer": {"emailAddress": {"name": name, "address": address}},
        "onlineMeeting": None,
    }
    if event.original_start is not None:
        body["originalStart"] = iso(event.original_start)
    return body


def _wire_location(location: dict[str, Any]) -> dict[str, Any]:
    return {
        "displayName": location.get("displayName", ""),
        "locationType": location.get("locationType", "default"),
        "uniqueIdType": location.get("uniqueIdType", "unknown" if not location else "private"),
        **{k: v for k, v in location.items() if k not in ("displayName", "locationType")},
    }
