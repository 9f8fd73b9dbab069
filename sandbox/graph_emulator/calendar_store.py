"""The mailbox's calendars and events: create, change, delete, expand series, and a change log.

Events and series masters are stored; occurrences are generated when a window is read, with ids
made of the master's id and the occurrence's local date, so the same occurrence always has the
same id. Changing an occurrence makes it an exception of its series; deleting one cancels that
date. A POST that repeats the transactionId of an event that still exists gets that event back
instead of a second one (verified live: same body + transactionId -> same event id). Every
change bumps a sequence number the calendar delta reads.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from . import calendar_recurrence
from .calendar_events import CalendarEvent, apply, validated
from .wire import GraphFault, IdFactory

CALENDAR_COLORS: tuple[str, ...] = (
    "auto",
    "lightBlue",
    "lightGreen",
    "lightOrange",
    "lightGray",
    "lightYellow",
)
CALENDAR_COLORS += ("lightTeal", "lightPink", "lightBrown", "lightRed", "maxColor")
_OCCURRENCE = re.compile(r"^(?P<master>.+)AAE(?P<day>\d{8})=$")


def occurrence_id(master_id: str, day: date) -> str:
    """Return the stable id of a series' occurrence on a local date."""
    return f"{master_id.rstrip('=')}AAE{day.strftime('%Y%m%d')}="


def _not_found() -> GraphFault:
    return GraphFault(404, "ErrorItemNotFound", "The specified object was not found in the store.")


@dataclass(eq=False)
class Calendar:
    """One calendar of the mailbox."""

    id: str
    name: str
    color: str
    is_default: bool
    change_key: str

    def wire(self, owner: tuple[str, str]) -> dict[str, Any]:
        """Render the calendar as Graph does."""
        return {
            "@odata.etag": f'W/"{self.change_key}"',
            "id": self.id,
            "name": self.name,
            "color": self.color,
            "hexColor": "",
            "isDefaultCalendar": self.is_default,
            "changeKey": self.change_key,
            "canShare": True,
            "canViewPrivateItems": True,
            "canEdit": True,
            "isTallyingResponses": True,
            "isRemovable": not self.is_default,
            "allowedOnlineMeetingProviders": ["teamsForBusiness"],
            "defaultOnlineMeetingProvider": "teamsForBusiness",
            "owner": {"name": owner[0], "address": owner[1]},
        }


class CalendarStore:
    """Every calendar and event of the mailbox; the default calendar exists from the start."""

    def __init__(self, ids: IdFactory) -> None:
        self.ids = ids
        self.calendars: dict[str, Calendar] = {}
        self.events: dict[str, CalendarEvent] = {}
        self._by_transaction: dict[str, str] = {}
        self.sequence = 0
        # Every stored event's (or series') states after each change, None once deleted: the
        # calendar delta compares a window's instances before and after a round from these.
        self.history: dict[str, list[tuple[int, CalendarEvent | None]]] = {}
        self.default_id = self.add_calendar("Calendar", default=True)

    # ---- calendars -----------------------------------------------------------------------------

    def add_calendar(self, name: str, color: str = "auto", *, default: bool = False) -> str:
        """Create a calendar and return its id."""
        if color not in CALENDAR_COLORS:
            raise ValueError(f"calendar color {color!r} is not one of {CALENDAR_COLORS}")
        calendar = Calendar(self.ids.folder(), name, color, default, self.ids.change_key())
        self.calendars[calendar.id] = calendar
        return calendar.id

    def calendar(self, ref: str) -> Calendar:
        """Resolve a calendar id; 404 ErrorItemNotFound if there is none."""
        found = self.calendars.get(ref)
        if found is None:
            raise _not_found()
        return found

    # ---- events --------------------------------------------------------------------------------

    def create(
        self,
        calendar_id: str,
        body: dict[str, Any],
        organizer: tuple[str, str],
        *,
        is_organizer: bool = True,
    ) -> tuple[CalendarEvent, bool]:
        """Validate and store a new event; (event, False) when its transactionId already exists."""
        self.calendar(calendar_id)
        transaction = body.get("transactionId")
        if isinstance(transaction, str) and transaction in self._by_transaction:
            return self.events[self._by_transaction[transaction]], False
        staged = validated(body, None)
        now = datetime.now(UTC)
        start, start_zone = staged["start"]
        end, end_zone = staged["end"]
        event = CalendarEvent(
            id=self.ids.immutable_message(),
            calendar_id=calendar_id,
            start=start,
            end=end,
            start_zone=start_zone,
            end_zone=end_zone,
            created=now,
            last_modified=now,
            change_key=self.ids.change_key(),
            organizer=organizer,
            is_organizer=is_organizer,
        )
        apply(event, staged, now, event.change_key)
        self.events[event.id] = event
        if event.transaction_id:
            self._by_transaction[event.transaction_id] = event.id
        self.touch(event.id)
        return event, True

    def find(self, event_id: str) -> CalendarEvent:
        """Return an event, a series master or an instance by id; 404 if none (or deleted)."""
        stored = self.events.get(event_id)
        if stored is not None:
            return stored
        master, day = self._occurrence(event_id)
        return master.instance(day, event_id)

    def _occurrence(self, event_id: str) -> tuple[CalendarEvent, date]:
        match = _OCCURRENCE.match(event_id)
        if match is None:
            raise _not_found()
        master = self.events.get(match["master"] + "=")
        if master is None or master.recurrence is None:
            raise _not_found()
        day = datetime.strptime(match["day"], "%Y%m%d").date()
        if day in master.cancelled or day not in set(
            calendar_recurrence.dates(master.recurrence, day)
        ):
            raise _not_found()
        return master, day

    def update(self, event_id: str, body: dict[str, Any]) -> CalendarEvent:
        """Apply a PATCH; an occurrence becomes an exception of its series."""
        event = self.find(event_id)
        staged = validated(body, event)
        now = datetime.now(UTC)
        if event.kind == "occurrence":
            master, day = self._occurrence(event_id)
            event = copy.deepcopy(event)
            event.kind = "exception"
            master.exceptions[day] = event
        previous = event.transaction_id
        apply(event, staged, now, self.ids.change_key())
        # Only stored events answer a repeated transactionId (an exception is its series').
        if "transactionId" in staged and event.id in self.events:
            self._by_transaction.pop(previous or "", None)
            self._by_transaction[staged["transactionId"]] = event.id
        self.touch(event.series_master_id or event.id)
        return event

    def delete(self, event_id: str) -> None:
        """Delete an event or a whole series; an instance cancels its date in the series."""
        stored = self.events.pop(event_id, None)
        if stored is None:
            master, day = self._occurrence(event_id)
            master.cancelled.add(day)
            master.exceptions.pop(day, None)
            self.touch(master.id)
            return
        if stored.transaction_id:
            self._by_transaction.pop(stored.transaction_id, None)
        self.sequence += 1
        self.history.setdefault(event_id, []).append((self.sequence, None))

    def touch(self, event_id: str) -> None:
        """Note that an event or series changed (it joins the next delta round)."""
        self.sequence += 1
        snapshot = copy.deepcopy(self.events.get(event_id))
        self.history.setdefault(event_id, []).append((self.sequence, snapshot))

    def changed_between(self, since: int, upto: int) -> list[str]:
        """Return the stored events and series changed in (since, upto], by first change."""
        firsts = {
            event_id: min(seq for seq, _ in states if since < seq <= upto)
            for event_id, states in self.history.items()
            if any(since < seq <= upto for seq, _ in states)
        }
        return sorted(firsts, key=lambda event_id: firsts[event_id])

    def state_at(self, event_id: str, sequence: int) -> CalendarEvent | None:
        """Return an event or series as it was after change `sequence` (None: absent then)."""
        state: CalendarEvent | None = None
        for seq, snapshot in self.history.get(event_id, []):
            if seq > sequence:
                break
            state = snapshot
        return state

    # ---- windows -------------------------------------------------------------------------------

    def instances_of(
        self, event: CalendarEvent, start: datetime, end: datetime
    ) -> list[CalendarEvent]:
        """Return what of one stored event shows in [start, end): itself or its instances."""
        if event.recurrence is None:
            return [event] if _overlaps(event, start, end) else []
        found: list[CalendarEvent] = []
        seen: set[date] = set()
        until = end.date() + timedelta(days=1)
        for day in calendar_recurrence.dates(event.recurrence, until):
            if day in event.cancelled:
                continue
            seen.add(day)
            instance = event.instance(day, occurrence_id(event.id, day))
            if _overlaps(instance, start, end):
                found.append(instance)
        # An exception moved from a date beyond the window into it still shows.
        found += [
            exception
            for day, exception in event.exceptions.items()
            if day not in seen and day not in event.cancelled and _overlaps(exception, start, end)
        ]
        return found

    def view(
        self, start: datetime, end: datetime, calendar_id: str | None = None
    ) -> list[CalendarEvent]:
        """Return every instance in [start, end) (one calendar, or all), by start then id."""
        found = [
            instance
            for event in self.events.values()
            if calendar_id is None or event.calendar_id == calendar_id
            for instance in self.instances_of(event, start, end)
        ]
        return sorted(found, key=lambda e: (e.start, e.end, e.id))


def _overlaps(event: CalendarEvent, start: datetime, end: datetime) -> bool:
    """Tell whether an event shows in a window (a zero-length one at its start does)."""
    if event.start == event.end:
        return start <= event.start < end
    return event.start < end and event.end > start
