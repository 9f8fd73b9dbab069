"""Google Event resources <-> the provider's value types, and the ids the assistant chooses.

An event's provider id is `calendar_id/event_id`: Google event ids are unique per calendar only,
and update/delete must know where to go. Google event ids never contain '/' (base32hex, plus
`_` and the instance time for expanded occurrences), so the last '/' splits them.

Events the assistant creates carry a private extended property (invisible to other apps) and a
client-chosen id derived from the draft's idempotency key, so a create retried after a lost
answer meets its own event (409) instead of making a second one.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.calendars.provider import CalendarEvent, EventChanges, EventDraft, ShowAs

MARKER_KEY = "outlookAssistant"
MARKER_VALUE = "created"
# Google's rule for a client-chosen id: base32hex (a-v, 0-9), 5 to 1024 characters.
_BASE32HEX = frozenset("0123456789abcdefghijklmnopqrstuv")
# Every id the assistant chooses starts so; one that does not is refused a delete unread.
ID_PREFIX = "oa0"


def provider_id(calendar_id: str, event_id: str) -> str:
    """The id the provider hands out for an event of a calendar."""
    return f"{calendar_id}/{event_id}"


def split_id(value: str) -> tuple[str, str]:
    """(calendar_id, event_id) of a provider id; ValueError for one this provider never made."""
    calendar_id, _, event_id = value.rpartition("/")
    if not calendar_id or not event_id:
        raise ValueError(f"{value!r} is not a Google Calendar event id (calendar/event)")
    return calendar_id, event_id


def valid_event_id(event_id: str) -> bool:
    """Whether Google accepts `event_id` as a client-chosen id."""
    return 5 <= len(event_id) <= 1024 and set(event_id) <= _BASE32HEX


def event_id_for(idempotency_key: str) -> str:
    """A client-chosen id: the same key gives the same id; no key gives a fresh one."""
    key = idempotency_key or uuid.uuid4().hex
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    text = base64.b32hexencode(digest).decode("ascii").rstrip("=").lower()
    return ID_PREFIX + text


def created_by_assistant(body: dict[str, Any]) -> bool:
    """Whether the event carries the assistant's private mark."""
    extended = body.get("extendedProperties")
    private = extended.get("private") if isinstance(extended, dict) else None
    return isinstance(private, dict) and private.get(MARKER_KEY) == MARKER_VALUE


def zone(name: object, fallback: ZoneInfo) -> ZoneInfo:
    """An IANA zone by name, or the fallback for a missing or unknown one."""
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return fallback
    return fallback


def _instant(value: Any, calendar_zone: ZoneInfo) -> tuple[datetime, bool]:
    """An EventDateTime as an aware UTC instant, and whether it is all-day."""
    if not isinstance(value, dict):
        raise ValueError("event time missing")
    if value.get("date"):
        day = date.fromisoformat(str(value["date"]))
        local = datetime.combine(day, time(), tzinfo=zone(value.get("timeZone"), calendar_zone))
        return local.astimezone(UTC), True
    moment = datetime.fromisoformat(str(value["dateTime"]))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(value.get("timeZone"), calendar_zone))
    return moment.astimezone(UTC), False


def _show_as(body: dict[str, Any]) -> ShowAs:
    if body.get("eventType") == "outOfOffice":
        return "oof"
    if body.get("transparency") == "transparent":
        return "free"
    for attendee in body.get("attendees") or ():
        if isinstance(attendee, dict) and attendee.get("self"):
            answer = attendee.get("responseStatus")
            if answer == "declined":
                return "free"
            if answer == "tentative":
                return "tentative"
    return "busy"


def to_event(body: dict[str, Any], calendar_id: str, calendar_zone: ZoneInfo) -> CalendarEvent:
    """A listed or fetched Event resource as a CalendarEvent (ValueError if it has no times)."""
    start, all_day = _instant(body.get("start"), calendar_zone)
    end, _ = _instant(body.get("end"), calendar_zone)
    organizer = body.get("organizer")
    if not isinstance(organizer, dict):
        organizer = {}
    series = body.get("recurringEventId")
    return CalendarEvent(
        provider="google",
        calendar_id=calendar_id,
        id=provider_id(calendar_id, str(body["id"])),
        title=str(body.get("summary") or ""),
        start=start,
        end=max(end, start),
        all_day=all_day,
        show_as=_show_as(body),
        cancelled=body.get("status") == "cancelled",
        location=str(body.get("location") or ""),
        organizer=str(organizer.get("displayName") or organizer.get("email") or ""),
        web_link=str(body["htmlLink"]) if body.get("htmlLink") else None,
        ical_uid=str(body["iCalUID"]) if body.get("iCalUID") else None,
        series_id=provider_id(calendar_id, str(series)) if series else None,
        created_by_assistant=created_by_assistant(body),
    )


def _event_time(moment: datetime) -> dict[str, str]:
    key = getattr(moment.tzinfo, "key", None)
    out = {"dateTime": moment.isoformat()}
    if isinstance(key, str):
        out["timeZone"] = key
    return out


def draft_body(draft: EventDraft, event_id: str) -> dict[str, Any]:
    """The events.insert body for a draft, marked as the assistant's."""
    body: dict[str, Any] = {
        "id": event_id,
        "summary": draft.title,
        "start": _event_time(draft.start),
        "end": _event_time(draft.end),
        "extendedProperties": {"private": {MARKER_KEY: MARKER_VALUE}},
    }
    if draft.body:
        body["description"] = draft.body
    if draft.location:
        body["location"] = draft.location
    if draft.show_as == "free":
        body["transparency"] = "transparent"
    if draft.attendees:
        body["attendees"] = [{"email": address} for address in draft.attendees]
    return body


def changes_body(changes: EventChanges, current: CalendarEvent) -> dict[str, Any]:
    """The events.patch body: only what changes (a moved start keeps the event's length)."""
    body: dict[str, Any] = {}
    if changes.title is not None:
        body["summary"] = changes.title
    if changes.location is not None:
        body["location"] = changes.location
    start = changes.start
    end = changes.end
    if start is not None and end is None:
        end = start + (current.end - current.start)
    if end is not None and start is None:
        start = current.start
    if start is not None and end is not None:
        if end <= start:
            raise ValueError("an event must end after it starts")
        body["start"] = _event_time(start)
        body["end"] = _event_time(end)
    return body


def window_params(start: datetime, end: datetime) -> dict[str, str]:
    """timeMin/timeMax as RFC3339 with an offset, as events.list and freeBusy demand."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("the window's start and end must be timezone-aware")
    if end <= start:
        raise ValueError("the window must end after it starts")
    return {"timeMin": _rfc3339(start), "timeMax": _rfc3339(end)}


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
