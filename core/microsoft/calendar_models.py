"""Graph event payloads and their mapping onto `core.calendars.provider` values.

Events are asked for with `Prefer: outlook.timezone="UTC"`, so timed events carry UTC wall-clock
times; a reply in another zone (the preference not applied) is read in the zone it names. All-day
events are floating dates in Graph: they become local-midnight spans in the mailbox's zone.
The assistant marks the events it creates with a single-value extended property
(`ASSISTANT_MARK_ID`, a string property named under our own GUID, the documented way to keep
application data on an item): invisible in Outlook, so the owner's categories stay theirs, and
kept by every client. Graph returns it only when asked (`EVENT_EXPAND`), so reads that cannot
ask for it (calendarView delta) do not know whether an event is ours.
getSchedule answers and the provider's sync cursor are read here too.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, cast

from pydantic import Field

from core.calendars.provider import (
    BUSY_STATUSES,
    BusyInterval,
    CalendarEvent,
    EventChanges,
    EventDraft,
    ShowAs,
)
from core.errors import GraphError
from core.microsoft.graph_models import DateTimeTimeZone, EmailAddress, GraphModel, zone_info
from core.microsoft.todo_models import APPLICATION_NAME

_LOG = logging.getLogger(__name__)

DEFAULT_CALENDAR = "default"  # the mailbox's default calendar, as calendar_ids name it
_SCHEDULE_DIGITS: dict[str, ShowAs] = {
    "0": "free",
    "1": "tentative",
    "2": "busy",
    "3": "oof",
    "4": "workingElsewhere",
}
# Marks an event the assistant created: only such events may be deleted by it. The GUID is
# this application's own property set; the name says what the property means.
ASSISTANT_MARK_ID = "String {8d3f5a7e-2c41-4b9a-9f6e-41a0c5e2d7b3} Name OutlookAIAssistantCreated"
ASSISTANT_MARK_VALUE = APPLICATION_NAME
# Asks calendarView and GET to return the mark (and no other extended property).
EVENT_EXPAND = f"singleValueExtendedProperties($filter=id eq '{ASSISTANT_MARK_ID}')"
# What calendarView and get are asked for (everything the provider maps, nothing more).
EVENT_SELECT = ",".join(
    (
        "id",
        "subject",
        "start",
        "end",
        "isAllDay",
        "showAs",
        "isCancelled",
        "location",
        "organizer",
        "webLink",
        "iCalUId",
        "seriesMasterId",
        "type",
    )
)
_SHOW_AS: frozenset[str] = frozenset(
    {"free", "tentative", "busy", "oof", "workingElsewhere", "unknown"}
)


class GraphLocation(GraphModel):
    """An event's location (only its display name is used)."""

    display_name: str = ""


class GraphOrganizer(GraphModel):
    """An event's organizer."""

    email_address: EmailAddress = Field(default_factory=EmailAddress)


class ExtendedProperty(GraphModel):
    """A single-value extended property as $expand returns it."""

    id: str
    value: str = ""


class GraphEvent(GraphModel):
    """An event, occurrence or exception as calendarView, GET and delta return it."""

    id: str
    subject: str | None = None
    start: DateTimeTimeZone | None = None
    end: DateTimeTimeZone | None = None
    is_all_day: bool = False
    show_as: str = "busy"
    is_cancelled: bool = False
    location: GraphLocation | None = None
    organizer: GraphOrganizer | None = None
    web_link: str | None = None
    i_cal_u_id: str | None = Field(default=None, alias="iCalUId")
    series_master_id: str | None = None
    type: str = "singleInstance"
    single_value_extended_properties: tuple[ExtendedProperty, ...] = ()

    @property
    def created_by_assistant(self) -> bool:
        """Whether the assistant created it (it carries the assistant's mark, if asked for)."""
        return any(
            p.id.casefold() == ASSISTANT_MARK_ID.casefold() and p.value == ASSISTANT_MARK_VALUE
            for p in self.single_value_extended_properties
        )

    def to_event(self, calendar_id: str, zone: tzinfo) -> CalendarEvent:
        """Map to the provider-neutral event; all-day spans become local midnights in `zone`."""
        if self.start is None or self.end is None:
            raise GraphError(f"Graph returned event {self.id!r} without a start or an end")
        start, end = graph_instant(self.start), graph_instant(self.end)
        if self.is_all_day:
            start = local_midnight(_wall_date(self.start), zone)
            end = local_midnight(_wall_date(self.end), zone)
        organizer = self.organizer.email_address if self.organizer else EmailAddress()
        show_as = cast(ShowAs, self.show_as if self.show_as in _SHOW_AS else "unknown")
        return CalendarEvent(
            provider="outlook",
            calendar_id=calendar_id,
            id=self.id,
            title=self.subject or "",
            start=start,
            end=max(start, end),
            all_day=self.is_all_day,
            show_as=show_as,
            cancelled=self.is_cancelled,
            location=self.location.display_name if self.location else "",
            organizer=organizer.address or organizer.name,
            web_link=self.web_link,
            ical_uid=self.i_cal_u_id,
            series_id=self.series_master_id,
            created_by_assistant=self.created_by_assistant,
        )


def _wall_date(value: DateTimeTimeZone) -> date:
    return _parse_wall_clock(value).date()


def _parse_wall_clock(value: DateTimeTimeZone) -> datetime:
    try:
        return datetime.fromisoformat(value.date_time.strip().replace("Z", "+00:00"))
    except ValueError as err:
        raise GraphError(f"Graph returned an unreadable time {value.date_time!r}") from err


def graph_instant(value: DateTimeTimeZone) -> datetime:
    """Read a dateTimeTimeZone as an aware UTC instant (its own offset, else its zone)."""
    moment = _parse_wall_clock(value)
    if moment.tzinfo is None:
        zone = zone_info(value.time_zone)
        if zone is None:
            raise GraphError(f"Graph returned a time in an unknown zone {value.time_zone!r}")
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """Return the instant a local date starts in `zone`, in UTC."""
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def wall_clock(moment: datetime, zone: tzinfo, zone_name: str) -> dict[str, str]:
    """Write an instant as Graph's dateTimeTimeZone: wall-clock time in the mailbox's zone."""
    local = moment.astimezone(zone).replace(tzinfo=None)
    return {"dateTime": local.isoformat(timespec="seconds"), "timeZone": zone_name}


def query_time(moment: datetime) -> str:
    """Write an instant for calendarView's startDateTime/endDateTime (read by its offset)."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def draft_to_graph(
    draft: EventDraft, zone: tzinfo, zone_name: str, transaction_id: str
) -> dict[str, Any]:
    """Return the POST body creating `draft`, marked as the assistant's, with its transactionId."""
    body: dict[str, Any] = {
        "subject": draft.title,
        "start": wall_clock(draft.start, zone, zone_name),
        "end": wall_clock(draft.end, zone, zone_name),
        "showAs": draft.show_as,
        "singleValueExtendedProperties": [{"id": ASSISTANT_MARK_ID, "value": ASSISTANT_MARK_VALUE}],
        "transactionId": transaction_id,
    }
    if draft.body:
        body["body"] = {"contentType": "text", "content": draft.body}
    if draft.location:
        body["location"] = {"displayName": draft.location}
    if draft.attendees:
        body["attendees"] = [
            {"emailAddress": {"address": address}, "type": "required"}
            for address in draft.attendees
        ]
    return body


def patch_for(
    current: CalendarEvent, changes: EventChanges, zone: tzinfo, zone_name: str
) -> dict[str, Any]:
    """Return the PATCH body holding only the fields that differ from `current`."""
    start = changes.start if changes.start is not None else current.start
    end = changes.end if changes.end is not None else current.end
    if end <= start:
        raise ValueError(
            f"event {current.id!r} would end ({end.isoformat()}) before it starts "
            f"({start.isoformat()})"
        )
    patch: dict[str, Any] = {}
    if changes.title is not None and changes.title != current.title:
        if not changes.title.strip():
            raise ValueError("an event needs a title")
        patch["subject"] = changes.title
    if changes.start is not None and changes.start != current.start:
        patch["start"] = wall_clock(changes.start, zone, zone_name)
    if changes.end is not None and changes.end != current.end:
        patch["end"] = wall_clock(changes.end, zone, zone_name)
    if changes.location is not None and changes.location != current.location:
        patch["location"] = {"displayName": changes.location}
    return patch


def event_snapshot(event: CalendarEvent) -> dict[str, Any]:
    """Return what action_log keeps of an event to explain and undo a change."""
    return {
        "id": event.id,
        "calendar_id": event.calendar_id,
        "title": event.title,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "all_day": event.all_day,
        "show_as": event.show_as,
        "location": event.location,
        "series_id": event.series_id,
        "created_by_assistant": event.created_by_assistant,
    }


def personal_account_refusal(err: GraphError) -> bool:
    """Tell whether Graph refused a work-only API because the account is a personal one."""
    return err.status == 400 and "msa account" in str(err).lower()


def fingerprint(event: CalendarEvent) -> str:
    """Return a short digest of what the owner sees of an event (to notice it changed)."""
    seen = [event.title, event.start.isoformat(), event.end.isoformat(), event.show_as]
    seen += [str(event.cancelled), event.location, str(event.all_day)]
    return hashlib.sha256("\x1f".join(seen).encode()).hexdigest()[:16]


def _calendar_state_ok(calendar_id: str, state: Any) -> bool:
    if not isinstance(state, dict):
        return False
    if calendar_id == DEFAULT_CALENDAR:
        return isinstance(state.get("delta"), str)
    seen = state.get("seen")
    return isinstance(seen, dict) and all(isinstance(v, str) for v in seen.values())


def calendar_states_in(
    cursor: str | None, start: datetime, end: datetime, calendar_ids: tuple[str, ...]
) -> dict[str, dict[str, Any]]:
    """Return each calendar's sync state a cursor holds for this window, else {} (read whole)."""
    if not cursor:
        return {}
    try:
        state = json.loads(cursor)
        same_window = (
            datetime.fromisoformat(state["start"]) == start
            and datetime.fromisoformat(state["end"]) == end
        )
        calendars = state["calendars"]
    except (ValueError, KeyError, TypeError):
        _LOG.warning("Ignoring an unreadable Outlook calendar cursor; reading the window whole")
        return {}
    if (
        not same_window
        or not isinstance(calendars, dict)
        or set(calendars) != set(calendar_ids)
        or not all(_calendar_state_ok(c, calendars[c]) for c in calendar_ids)
    ):
        return {}
    return {str(c): dict(calendars[c]) for c in calendar_ids}


def schedule_busy(
    body: Any, address: str, start: datetime, end: datetime, minutes: int
) -> list[BusyInterval] | None:
    """Read the owner's busy intervals from a getSchedule answer; None when it has an error."""
    value = body.get("value") if isinstance(body, dict) else None
    entries = [e for e in value or () if isinstance(e, dict)]
    entry = next(
        (e for e in entries if str(e.get("scheduleId", "")).casefold() == address.casefold()),
        entries[0] if entries else None,
    )
    if entry is None or "error" in entry:
        error = (entry or {}).get("error")
        code = error.get("responseCode") if isinstance(error, dict) else "no schedule"
        _LOG.warning(
            "getSchedule could not answer for the owner (%s); using the calendar view", code
        )
        return None
    items = entry.get("scheduleItems")
    if isinstance(items, list):
        busy = []
        for item in items:
            status = item.get("status") if isinstance(item, dict) else None
            if status not in BUSY_STATUSES:
                continue
            begin = graph_instant(DateTimeTimeZone._from_graph(item.get("start")))
            finish = graph_instant(DateTimeTimeZone._from_graph(item.get("end")))
            busy.append(BusyInterval(begin, finish, "outlook", DEFAULT_CALENDAR, status))
        return busy
    return availability_view_busy(str(entry.get("availabilityView") or ""), start, end, minutes)


def availability_view_busy(
    view: str, start: datetime, end: datetime, minutes: int
) -> list[BusyInterval]:
    """Turn getSchedule's one-digit-per-slot view into busy intervals (joined runs)."""
    step = timedelta(minutes=minutes)
    busy: list[BusyInterval] = []
    for i, digit in enumerate(view):
        status = _SCHEDULE_DIGITS.get(digit, "unknown")
        if status not in BUSY_STATUSES:
            continue
        slot_start = start.astimezone(UTC) + i * step
        slot_end = min(end.astimezone(UTC), slot_start + step)
        if busy and busy[-1].end == slot_start and busy[-1].show_as == status:
            busy[-1] = BusyInterval(busy[-1].start, slot_end, "outlook", DEFAULT_CALENDAR, status)
        else:
            busy.append(BusyInterval(slot_start, slot_end, "outlook", DEFAULT_CALENDAR, status))
    return busy
