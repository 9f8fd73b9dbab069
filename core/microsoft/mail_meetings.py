"""Meeting invitations, updates and cancellations in the Inbox: Graph's eventMessages.

The delta's own properties say what a meeting message is and when the meeting is (its `$select`
names them through the type cast, `core.microsoft.mail.MESSAGE_SELECT`), so recognising one costs
no request. Only the link to the meeting in the owner's calendar needs one GET with `$expand` per
new meeting message, at most `EVENT_LOOKUPS_PER_SYNC` a sync; one that fails or is over the bound
leaves `event_id` empty and loses nothing else. A mailbox that refuses the cast (`MailApi.
meeting_select_refused`) still marks eventMessages with `@odata.type`: there the same GET reads
the meeting's facts too, so an invitation over the bound is triaged as ordinary mail.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, NamedTuple

from core.errors import GraphError
from core.microsoft.graph_models import DateTimeTimeZone, Message
from core.microsoft.mail import MailApi
from core.store import MeetingFacts

log = logging.getLogger(__name__)

EVENT_LOOKUPS_PER_SYNC = 20
# What Graph calls the messages that put a meeting in the calendar or take it out.
LINKED_TYPES = frozenset({"meetingRequest", "meetingCancelled"})
# @odata.type of those (a response, eventMessageResponse, is neither).
LINKED_ODATA_TYPES = frozenset(
    {"#microsoft.graph.eventMessage", "#microsoft.graph.eventMessageRequest"}
)


class LinkedMeeting(NamedTuple):
    """What the GET with `$expand` read: the eventMessage, and its calendar event if any."""

    message: Message
    event: dict[str, Any] | None


def meeting_facts(message: Message, linked: LinkedMeeting | None = None) -> MeetingFacts | None:
    """Return the meeting an eventMessage is about, None for any other message."""
    source = message
    if not message.meeting_message_type and linked is not None:
        source = linked.message  # the delta could not carry the meeting's properties
    kind = source.meeting_message_type
    if not kind or kind == "none":
        return None
    sender = message.from_ or message.sender
    event = linked.event if linked else None
    organizer = _organizer(event)
    return MeetingFacts(
        message_type=kind,
        start=_utc(source.start_date_time),
        end=_utc(source.end_date_time),
        all_day=bool(source.is_all_day),
        location=source.location.display_name if source.location else "",
        # The organizer sends requests and cancellations (`from`; `sender` is a delegate).
        organizer_name=organizer[0] if organizer else (sender.name if sender else ""),
        organizer_address=(organizer[1] if organizer else (sender.address if sender else ""))
        .strip()
        .lower(),
        event_id=str(event["id"]) if event else None,
    )


async def linked_meetings(
    mail: MailApi, messages: list[Message], budget: int
) -> dict[str, LinkedMeeting]:
    """Read up to `budget` meeting messages with their calendar events; return them by id."""
    found: dict[str, LinkedMeeting] = {}
    for message in messages[:budget]:
        try:
            found[message.id] = LinkedMeeting(*await mail.get_meeting(message.id))
        except GraphError as err:
            log.warning("Could not read the meeting an invitation is linked to: %s", err)
    return found


def needs_event(message: Message) -> bool:
    """Tell whether a whole delta item is a meeting message worth linking to its event."""
    if message.meeting_message_type is not None:
        return message.meeting_message_type in LINKED_TYPES
    return message.odata_type in LINKED_ODATA_TYPES


def _organizer(event: dict[str, Any] | None) -> tuple[str, str] | None:
    if not event:
        return None
    address = (event.get("organizer") or {}).get("emailAddress") or {}
    if not isinstance(address, dict) or not address.get("address"):
        return None
    return str(address.get("name") or ""), str(address["address"])


def _utc(value: DateTimeTimeZone | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = value.as_datetime()
    except ValueError:
        return None
    # A zone Graph named but nobody knows: no time is better than a wrong one.
    return None if moment.tzinfo is None else moment.astimezone(UTC)
