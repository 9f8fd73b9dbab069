"""The calendar side of GraphEmulator's test API: knobs, seeding, and what the owner does.

Seeded events go through the same validation as `POST /me/events`, so a test cannot seed what
Graph would refuse. Times are datetimes (aware, or naive meaning wall-clock time in `time_zone`)
or, for all-day events, dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from .calendar_events import wire
from .calendar_invitations import event_message_properties
from .calendar_store import CalendarStore
from .calendar_time import require_zone
from .wire import GraphRequest, headers_of

if TYPE_CHECKING:
    from .state import EmulatedMessage, Mailbox


def _moment(value: date | datetime, time_zone: str) -> dict[str, str]:
    if not isinstance(value, datetime):
        return {"dateTime": f"{value.isoformat()}T00:00:00", "timeZone": time_zone}
    if value.tzinfo is not None:
        value = value.astimezone(require_zone(time_zone)).replace(tzinfo=None)
    return {"dateTime": value.isoformat(timespec="seconds"), "timeZone": time_zone}


class CalendarSeeding:
    """Mixed into GraphEmulator: the calendar's knobs and seeding helpers."""

    calendar: CalendarStore
    profile: dict[str, Any]
    # False: getSchedule answers as for a personal Microsoft account (400 BadRequest).
    calendar_get_schedule_available: bool = True
    # The longest getSchedule window in days (62 live; 63 is 400 ErrorTimeIntervalTooBig).
    calendar_schedule_max_days: int = 62

    def add_calendar(self, name: str, color: str = "auto") -> str:
        """Create another calendar of the owner's and return its id."""
        return self.calendar.add_calendar(name, color)

    def add_event(
        self,
        subject: str,
        start: date | datetime,
        end: date | datetime,
        *,
        time_zone: str = "UTC",
        calendar_id: str | None = None,
        organizer: tuple[str, str] | None = None,
        attendees: Iterable[tuple[str, str]] = (),
        recurrence: dict[str, Any] | None = None,
        **fields: Any,
    ) -> str:
        """Put an event in a calendar (default: the default one) and return its id.

        Dates (not datetimes) make an all-day event. `organizer` (name, address) makes it
        someone else's meeting the owner was invited to; `fields` take Graph's names
        (showAs, location, body, sensitivity, categories, transactionId, ...).
        """
        body: dict[str, Any] = {
            "subject": subject,
            "start": _moment(start, time_zone),
            "end": _moment(end, time_zone),
            "isAllDay": not isinstance(start, datetime),
            **fields,
        }
        if attendees:
            body["attendees"] = [
                {"emailAddress": {"name": n, "address": a}, "type": "required"}
                for n, a in attendees
            ]
        if recurrence is not None:
            body["recurrence"] = recurrence
        owner = (str(self.profile["displayName"]), str(self.profile["mail"]))
        event, _ = self.calendar.create(
            calendar_id or self.calendar.default_id,
            body,
            organizer or owner,
            is_organizer=organizer is None,
        )
        return event.id

    def add_series(
        self,
        subject: str,
        start: datetime | date,
        end: datetime | date,
        *,
        pattern: str = "weekly",
        interval: int = 1,
        days_of_week: Sequence[str] = (),
        until: date | None = None,
        count: int | None = None,
        **kwargs: Any,
    ) -> str:
        """Add a recurring series from its first occurrence and return the master's id.

        `pattern` is daily, weekly (on `days_of_week`, default the start's weekday) or
        absoluteMonthly; the range ends on `until`, after `count` occurrences, or never.
        """
        first = start if not isinstance(start, datetime) else start.date()
        days = list(days_of_week) or [first.strftime("%A").lower()]
        rng: dict[str, Any] = {"type": "noEnd", "startDate": first.isoformat()}
        if until is not None:
            rng = {**rng, "type": "endDate", "endDate": until.isoformat()}
        elif count is not None:
            rng = {**rng, "type": "numbered", "numberOfOccurrences": count}
        recurrence = {
            "pattern": {
                "type": pattern,
                "interval": interval,
                "daysOfWeek": days if pattern == "weekly" else [],
                "dayOfMonth": first.day if pattern == "absoluteMonthly" else 0,
            },
            "range": rng,
        }
        return self.add_event(subject, start, end, recurrence=recurrence, **kwargs)

    def change_event(self, event_id: str, **changes: Any) -> dict[str, Any]:
        """Change an event as the owner would in Outlook (Graph's names); return it in UTC."""
        return self.event(self.calendar.update(event_id, changes).id)

    def move_event(
        self,
        event_id: str,
        start: date | datetime,
        end: date | datetime,
        time_zone: str = "UTC",
    ) -> dict[str, Any]:
        """Move an event (or one occurrence, which becomes an exception) as the owner would."""
        return self.change_event(
            event_id, start=_moment(start, time_zone), end=_moment(end, time_zone)
        )

    def delete_event(self, event_id: str) -> None:
        """Delete an event, a series or one occurrence as the owner would in Outlook."""
        self.calendar.delete(event_id)

    def cancel_event(self, event_id: str) -> None:
        """Mark a meeting (or one occurrence of one) as cancelled by its organizer."""
        event = self.calendar.find(event_id)
        if event.kind == "occurrence":
            event = self.calendar.update(event_id, {})  # now an exception the series keeps
        event.is_cancelled = True
        self.calendar.touch(event.series_master_id or event.id)

    def event(self, event_id: str) -> dict[str, Any]:
        """Return an event (or instance) in wire shape, times in UTC."""
        request = GraphRequest("GET", "/", {}, headers_of({}), None, "")
        return wire(self.calendar.find(event_id), request)

    def add_invitation(
        self,
        subject: str,
        start: date | datetime,
        end: date | datetime,
        *,
        organizer: tuple[str, str],
        time_zone: str = "UTC",
        folder: str = "Inbox",
        body: str = "",
        **fields: Any,
    ) -> tuple[EmulatedMessage, str]:
        """Deliver a meeting request from `organizer` (name, address) as Outlook does.

        The meeting goes into the default calendar at once, tentatively, and the message is an
        eventMessageRequest linked to it. Returns (the message, the event's id).
        """
        fields.setdefault("showAs", "tentative")
        event_id = self.add_event(
            subject,
            start,
            end,
            time_zone=time_zone,
            organizer=organizer,
            attendees=[(str(self.profile["displayName"]), str(self.profile["mail"]))],
            **fields,
        )
        return self._meeting_message(event_id, "meetingRequest", subject, folder, body), event_id

    def reschedule_invitation(
        self,
        event_id: str,
        start: date | datetime,
        end: date | datetime,
        *,
        time_zone: str = "UTC",
        folder: str = "Inbox",
        body: str = "",
    ) -> EmulatedMessage:
        """The organizer moves a meeting: the calendar follows, and an updated request arrives.

        As in Outlook, the update is another meetingRequest (meetingRequestType fullUpdate)
        with the previous times, and the same subject.
        """
        before = self.calendar.find(event_id)
        previous = event_message_properties(before, "meetingRequest")
        self.move_event(event_id, start, end, time_zone)
        msg = self._meeting_message(event_id, "meetingRequest", before.subject, folder, body)
        msg.event_message |= {
            "meetingRequestType": "fullUpdate",
            "previousStartDateTime": previous["startDateTime"],
            "previousEndDateTime": previous["endDateTime"],
        }
        return msg

    def cancel_invitation(
        self, event_id: str, *, folder: str = "Inbox", body: str = ""
    ) -> EmulatedMessage:
        """The organizer cancels a meeting: it stays marked cancelled; a cancellation arrives."""
        self.cancel_event(event_id)
        subject = f"Canceled: {self.calendar.find(event_id).subject}"
        return self._meeting_message(event_id, "meetingCancelled", subject, folder, body)

    def _meeting_message(
        self, event_id: str, kind: str, subject: str, folder: str, body: str
    ) -> EmulatedMessage:
        event = self.calendar.find(event_id)
        name, address = event.organizer
        # GraphEmulator is also the Mailbox that delivers mail.
        msg = cast("Mailbox", self).add_message(
            folder,
            subject=subject,
            sender_name=name,
            sender_address=address,
            body=body or f"{name} invited you to {event.subject}.",
            to=[(str(self.profile["displayName"]), str(self.profile["mail"]))],
        )
        msg.event_message = event_message_properties(event, kind)
        msg.event_id = event_id
        return msg
