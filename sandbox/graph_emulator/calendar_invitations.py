"""Meeting invitations in mail: messages that are eventMessages, linked to a calendar event.

Outlook delivers an invitation as an `eventMessageRequest` (meetingMessageType `meetingRequest`)
and puts the meeting in the calendar, tentatively, at once; a cancellation is an `eventMessage`
with `meetingCancelled`, and the meeting stays in the calendar marked isCancelled. Such messages
carry `@odata.type` and the eventMessage properties (startDateTime, endDateTime, location, ...)
in every message reply, and `GET /me/messages/{id}?$expand=microsoft.graph.eventMessage/event`
adds the linked event (left out once the event is gone, as Graph answers null for it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .calendar_events import CalendarEvent, wire
from .calendar_time import floating_day, in_zone
from .state import EmulatedMessage
from .wire import GraphFault, GraphRequest

if TYPE_CHECKING:
    from .app import GraphEmulator

EXPAND_EVENT = "microsoft.graph.eventmessage/event"
MEETING_MESSAGE_TYPES = ("meetingRequest", "meetingCancelled")


def event_message_properties(event: CalendarEvent, meeting_message_type: str) -> dict[str, Any]:
    """Return what makes a message an eventMessage for an event (times in UTC, as Graph)."""
    if meeting_message_type not in MEETING_MESSAGE_TYPES:
        raise ValueError(f"meetingMessageType must be one of {MEETING_MESSAGE_TYPES}")
    utc = ZoneInfo("UTC")
    if event.all_day:
        start, end = floating_day(event.start.date(), "UTC"), floating_day(event.end.date(), "UTC")
    else:
        start, end = in_zone(event.start, "UTC", utc), in_zone(event.end, "UTC", utc)
    request = meeting_message_type == "meetingRequest"
    properties: dict[str, Any] = {
        "@odata.type": "#microsoft.graph.eventMessageRequest"
        if request
        else "#microsoft.graph.eventMessage",
        "meetingMessageType": meeting_message_type,
        "startDateTime": start,
        "endDateTime": end,
        "location": {"displayName": event.location.get("displayName", "")},
        "type": event.kind,
        "isOutOfDate": False,
        "isAllDay": event.all_day,
        "isDelegated": False,
        "recurrence": event.recurrence,
    }
    if request:
        properties |= {
            "meetingRequestType": "newMeetingRequest",
            "responseRequested": True,
            "allowNewTimeProposals": True,
            "previousLocation": None,
            "previousStartDateTime": None,
            "previousEndDateTime": None,
        }
    return properties


def expand_event(
    emu: GraphEmulator, req: GraphRequest, msg: EmulatedMessage, body: dict[str, Any]
) -> None:
    """Add the linked event to a message reply when $expand asks for it."""
    if EXPAND_EVENT not in req.query.get("$expand", "").lower() or msg.event_id is None:
        return
    try:
        body["event"] = wire(emu.calendar.find(msg.event_id), req)
    except GraphFault:
        body["event"] = None
