"""Calendar routes: calendars, events CRUD, calendarView and a series' instances.

calendarView needs startDateTime and endDateTime (else 400 ErrorInvalidParameter), returns the
instances that overlap the window, series expanded into occurrences and exceptions (masters
never), 10 a page by default with `$top` (at most 1000) and `@odata.nextLink` by `$skip`, ordered
by start (`$orderby=start/dateTime [asc|desc]` is the one order it takes). createdDateTime and
lastModifiedDateTime cannot be `$select`ed there. `Prefer: outlook.timezone` sets the zone of
start/end in every event reply (UTC without it). DELETE answers 204, and again 404.
getSchedule lives in calendar_schedule.py, the calendar delta in calendar_delta.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .calendar_events import CalendarEvent, wire
from .calendar_extended import add_expansion, expanded_key
from .calendar_time import query_window, reply_zone
from .mail import json_object
from .odata import collection, paginate, parse_select
from .routing import Router
from .wire import GraphFault, GraphReply, GraphRequest

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

EVENT_PROPERTIES: tuple[str, ...] = (
    "id",
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    "categories",
    "transactionId",
    "originalStartTimeZone",
    "originalEndTimeZone",
    "iCalUId",
    "reminderMinutesBeforeStart",
    "isReminderOn",
    "hasAttachments",
    "subject",
    "bodyPreview",
    "importance",
    "sensitivity",
    "isAllDay",
    "isCancelled",
    "isOrganizer",
    "responseRequested",
    "seriesMasterId",
    "showAs",
    "type",
    "webLink",
    "onlineMeetingUrl",
    "isOnlineMeeting",
    "onlineMeetingProvider",
    "allowNewTimeProposals",
    "isDraft",
    "hideAttendees",
    "responseStatus",
    "body",
    "start",
    "end",
    "location",
    "locations",
    "recurrence",
    "attendees",
    "organizer",
    "onlineMeeting",
    "originalStart",
)
_NOT_ON_VIEWS = ("createdDateTime", "lastModifiedDateTime")


def owner_of(emu: GraphEmulator) -> tuple[str, str]:
    """Return the mailbox owner as (display name, SMTP address)."""
    return str(emu.profile["displayName"]), str(emu.profile["mail"])


def render(
    req: GraphRequest, event: CalendarEvent, select: list[str] | None = None
) -> dict[str, Any]:
    """Render an event honouring $select (the id and etag always come)."""
    body = wire(event, req)
    if select is None:
        return body
    wanted = set(select) | {"id", "@odata.etag"}
    return {name: value for name, value in body.items() if name in wanted}


def _with_zone_applied(req: GraphRequest, reply: GraphReply) -> GraphReply:
    zone_name = req.prefer().get("outlook.timezone")
    if zone_name is not None:
        reply.headers["Preference-Applied"] = f'outlook.timezone="{zone_name}"'
    return reply


def _one(req: GraphRequest, event: CalendarEvent, status: int = 200) -> GraphReply:
    reply_zone(req)  # an unknown Prefer zone is a 400 before anything is answered
    select = parse_select(req, EVENT_PROPERTIES, "event")
    context = req.link("/$metadata#users('me')/events/$entity")
    rendered = add_expansion(render(req, event, select), event.extended, expanded_key(req))
    body = {"@odata.context": context, **rendered}
    return _with_zone_applied(req, GraphReply(status, body))


def _page(
    req: GraphRequest, events: list[CalendarEvent], entity_set: str, *, view: bool
) -> GraphReply:
    reply_zone(req)
    select = parse_select(req, EVENT_PROPERTIES, "event")
    if view and select is not None:
        hidden = [name for name in select if name in _NOT_ON_VIEWS]
        if hidden:
            raise GraphFault(
                400,
                "ErrorInvalidProperty",
                f"The property '{hidden[0]}' cannot be selected on a calendar view.",
            )
    if "$filter" in req.query:
        raise GraphFault(
            400,
            "ErrorInvalidUrlQueryFilter",
            "The emulator does not filter calendar events; use the time window instead.",
        )
    order = " ".join(req.query.get("$orderby", "").split())
    if order:
        prop, _, direction = order.partition(" ")
        if prop.lower() != "start/datetime" or direction.lower() not in ("", "asc", "desc"):
            raise GraphFault(400, "ErrorInvalidProperty", f"Sorting by '{order}' is not supported.")
        events = sorted(events, key=lambda e: (e.start, e.id), reverse=direction.lower() == "desc")
    chunk, next_link = paginate(req, events)
    key = expanded_key(req)
    items = [add_expansion(render(req, event, select), event.extended, key) for event in chunk]
    return _with_zone_applied(req, GraphReply(200, collection(req, entity_set, items, next_link)))


# ---- calendars ---------------------------------------------------------------------------------


@router.route("GET", "/me/calendars")
def list_calendars(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """List the owner's calendars, the default one first."""
    owner = owner_of(emu)
    items = [c.wire(owner) for c in emu.calendar.calendars.values()]
    chunk, next_link = paginate(req, items)
    return GraphReply(200, collection(req, "users('me')/calendars", chunk, next_link))


@router.route("GET", "/me/calendar")
def get_default_calendar(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Return the default calendar."""
    calendar = emu.calendar.calendar(emu.calendar.default_id)
    context = req.link("/$metadata#users('me')/calendar/$entity")
    return GraphReply(200, {"@odata.context": context, **calendar.wire(owner_of(emu))})


@router.route("GET", "/me/calendars/{calendar_id}")
def get_calendar(emu: GraphEmulator, req: GraphRequest, calendar_id: str) -> GraphReply:
    """Return one calendar."""
    calendar = emu.calendar.calendar(calendar_id)
    context = req.link("/$metadata#users('me')/calendars/$entity")
    return GraphReply(200, {"@odata.context": context, **calendar.wire(owner_of(emu))})


# ---- events ------------------------------------------------------------------------------------


def _stored_events(emu: GraphEmulator, calendar_id: str) -> list[CalendarEvent]:
    return [e for e in emu.calendar.events.values() if e.calendar_id == calendar_id]


@router.route("GET", "/me/events")
def list_events(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """List the default calendar's single events and series masters (not occurrences)."""
    events = _stored_events(emu, emu.calendar.default_id)
    return _page(req, events, "users('me')/events", view=False)


@router.route("GET", "/me/calendar/events")
def list_default_events(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """List the default calendar's single events and series masters."""
    events = _stored_events(emu, emu.calendar.default_id)
    return _page(req, events, "users('me')/calendar/events", view=False)


@router.route("GET", "/me/calendars/{calendar_id}/events")
def list_calendar_events(emu: GraphEmulator, req: GraphRequest, calendar_id: str) -> GraphReply:
    """List one calendar's single events and series masters."""
    emu.calendar.calendar(calendar_id)
    events = _stored_events(emu, calendar_id)
    return _page(req, events, f"users('me')/calendars('{calendar_id}')/events", view=False)


def _create(emu: GraphEmulator, req: GraphRequest, calendar_id: str) -> GraphReply:
    reply_zone(req)
    event, _ = emu.calendar.create(calendar_id, json_object(req), owner_of(emu))
    return _one(req, event, 201)


@router.route("POST", "/me/events")
def create_event(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Create an event in the default calendar: 201 (the same event again for a repeated
    transactionId)."""
    return _create(emu, req, emu.calendar.default_id)


@router.route("POST", "/me/calendar/events")
def create_default_event(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Create an event in the default calendar."""
    return _create(emu, req, emu.calendar.default_id)


@router.route("POST", "/me/calendars/{calendar_id}/events")
def create_calendar_event(emu: GraphEmulator, req: GraphRequest, calendar_id: str) -> GraphReply:
    """Create an event in one calendar."""
    return _create(emu, req, calendar_id)


@router.route("GET", "/me/events/{event_id}")
def get_event(emu: GraphEmulator, req: GraphRequest, event_id: str) -> GraphReply:
    """Return an event, a series master, an occurrence or an exception."""
    return _one(req, emu.calendar.find(event_id))


@router.route("PATCH", "/me/events/{event_id}")
def update_event(emu: GraphEmulator, req: GraphRequest, event_id: str) -> GraphReply:
    """Change the properties sent; an occurrence becomes an exception of its series."""
    reply_zone(req)
    return _one(req, emu.calendar.update(event_id, json_object(req)))


@router.route("DELETE", "/me/events/{event_id}")
def delete_event(emu: GraphEmulator, req: GraphRequest, event_id: str) -> GraphReply:
    """Delete an event, a series, or one occurrence: 204."""
    emu.calendar.delete(event_id)
    return GraphReply(204)


@router.route("GET", "/me/events/{event_id}/instances")
def list_instances(emu: GraphEmulator, req: GraphRequest, event_id: str) -> GraphReply:
    """List a series' occurrences and exceptions in a window (an event: itself if it falls in)."""
    start, end = query_window(req)
    event = emu.calendar.find(event_id)
    found = emu.calendar.instances_of(event, start, end)
    return _page(req, found, f"users('me')/events('{event_id}')/instances", view=True)


# ---- calendarView ------------------------------------------------------------------------------


def _view(emu: GraphEmulator, req: GraphRequest, calendar_id: str, entity_set: str) -> GraphReply:
    start, end = query_window(req)
    return _page(req, emu.calendar.view(start, end, calendar_id), entity_set, view=True)


@router.route("GET", "/me/calendarView")
def calendar_view(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """The default calendar's instances that overlap the window (as /me/calendar/...)."""
    return _view(emu, req, emu.calendar.default_id, "users('me')/calendarView")


@router.route("GET", "/me/calendar/calendarView")
def default_calendar_view(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """The default calendar's instances that overlap the window."""
    return _view(emu, req, emu.calendar.default_id, "users('me')/calendar/calendarView")


@router.route("GET", "/me/calendars/{calendar_id}/calendarView")
def one_calendar_view(emu: GraphEmulator, req: GraphRequest, calendar_id: str) -> GraphReply:
    """One calendar's instances that overlap the window."""
    emu.calendar.calendar(calendar_id)
    entity_set = f"users('me')/calendars('{calendar_id}')/calendarView"
    return _view(emu, req, calendar_id, entity_set)
