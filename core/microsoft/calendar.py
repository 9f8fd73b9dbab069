"""The Outlook calendar as a `CalendarProvider`, over our own Graph client (not python-O365).

Reads use `calendarView` on each configured calendar ("default" is the mailbox's default
calendar), which expands series into occurrences and pages by nextLink; every reply is asked in
UTC (`Prefer: outlook.timezone="UTC"`) with immutable ids. Graph matches all-day events to a
window by their UTC midnights, so windows are asked 14 hours wider (the largest UTC offset) and
trimmed here once all-day events are local-midnight spans in the mailbox's zone.

Free/busy comes from `getSchedule` for the default calendar (other calendars contribute what
their events block), in pieces of at most `schedule_max_days`. A personal Microsoft account
answers getSchedule with 400 "not supported for MSA accounts": that verdict is kept and busy time
is derived from calendarView from then on.

Writes happen on the owner's confirm. A create carries a `transactionId` (the draft's
idempotency key), with which Graph answers a repeated POST with the event it already made, so
the POST is safely retried after a lost answer. Events the assistant creates carry the extended
property `ASSISTANT_MARK_ID`; only those are deleted, and an event already read as someone else's
is refused before any request. Every change goes to `log_action`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from core.calendars.provider import (
    ActionLog,
    BusyInterval,
    CalendarChanges,
    CalendarEvent,
    EventChanges,
    EventDraft,
    NotCreatedByAssistant,
    ProviderName,
)
from core.errors import DeltaTokenExpired, GraphError, GraphNotFound
from core.microsoft.calendar_models import (
    DEFAULT_CALENDAR,
    EVENT_EXPAND,
    EVENT_SELECT,
    GraphEvent,
    calendar_states_in,
    draft_to_graph,
    event_snapshot,
    fingerprint,
    patch_for,
    personal_account_refusal,
    query_time,
    schedule_busy,
    wall_clock,
)
from core.microsoft.graph import GraphClient
from core.microsoft.graph_models import zone_info

_LOG = logging.getLogger(__name__)

# getSchedule's longest window (63 days is 400 ErrorTimeIntervalTooBig).
SCHEDULE_MAX_DAYS = 62
# All-day events are matched by their UTC midnights; local days are at most 14 h away from them.
_ALL_DAY_MARGIN = timedelta(hours=14)
_PREFER_UTC = 'outlook.timezone="UTC"'
# Graph v1.0 has calendarView delta for the default calendar only.
_DELTA_PATH = "/me/calendarView/delta"
_PAGE_SIZE = 100
_SCHEDULE_INTERVAL_MINUTES = 15
# Events remembered (calendar, whether ours) so a delete of someone else's needs no request.
_KNOWN_EVENTS_CAP = 20_000


def _segment(event_id: str) -> str:
    return quote(event_id, safe="")


def _calendar_path(calendar_id: str) -> str:
    if calendar_id == DEFAULT_CALENDAR:
        return "/me/calendar"
    return f"/me/calendars/{_segment(calendar_id)}"


def _check_window(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("a calendar window needs timezone-aware start and end")
    if end <= start:
        raise ValueError(f"a calendar window must end after it starts ({start} .. {end})")


def _overlaps(event: CalendarEvent, start: datetime, end: datetime) -> bool:
    # A zero-length event at the window's start still belongs to it.
    return event.start < end and (event.end > start or event.start == start)


class OutlookCalendarProvider:
    """The owner's Outlook calendars through Microsoft Graph."""

    def __init__(
        self,
        graph: GraphClient,
        time_zone: str = "UTC",
        *,
        log_action: ActionLog | None = None,
        calendar_ids: Sequence[str] = (DEFAULT_CALENDAR,),
        owner_address: str | None = None,
        schedule_max_days: int = SCHEDULE_MAX_DAYS,
    ) -> None:
        """Create the provider.

        Args:
            graph: the one Graph client (auth, retries, throttling).
            time_zone: the mailbox's zone as Graph names it (Windows or IANA); all-day events
                are local days in it, and events are written in it.
            log_action: where changes are recorded (`Store.log_action`); None logs nothing.
            calendar_ids: the calendars read ("default": the default calendar); events are
                created in the first.
            owner_address: the owner's SMTP address for getSchedule (None: read from /me once).
            schedule_max_days: the longest window one getSchedule request covers.
        """
        zone = zone_info(time_zone)
        if zone is None:
            raise ValueError(f"unknown time zone {time_zone!r} (use a Windows or IANA name)")
        if not calendar_ids or any(not c.strip() for c in calendar_ids):
            raise ValueError(f"calendar_ids must name at least one calendar, got {calendar_ids!r}")
        if schedule_max_days < 1:
            raise ValueError("schedule_max_days must be at least 1")
        self._graph = graph
        self._zone = zone
        self._zone_name = time_zone
        self._log_action = log_action
        self._calendar_ids = tuple(dict.fromkeys(calendar_ids))
        self._owner_address = owner_address
        self._schedule_span = timedelta(days=schedule_max_days)
        # None: not asked yet; False: the account has no getSchedule (personal account).
        self._schedule_available: bool | None = None
        self._known: dict[str, tuple[str, bool]] = {}

    @property
    def name(self) -> ProviderName:
        """ "outlook"."""
        return "outlook"

    @property
    def label(self) -> str:
        """ "Outlook"."""
        return "Outlook"

    @property
    def time_zone(self) -> str:
        """The mailbox zone it reads all-day events and writes events in, as given."""
        return self._zone_name

    @property
    def calendar_ids(self) -> tuple[str, ...]:
        """The calendars read, the one events are created in first."""
        return self._calendar_ids

    @property
    def schedule_available(self) -> bool | None:
        """Whether getSchedule works for this account (None until it was asked)."""
        return self._schedule_available

    # ---- reading -------------------------------------------------------------------------------

    async def events(self, start: datetime, end: datetime) -> list[CalendarEvent]:
        """Return every event overlapping [start, end) on the configured calendars, by start."""
        _check_window(start, end)
        views = await asyncio.gather(*(self._view(c, start, end) for c in self._calendar_ids))
        found = [event for view in views for event in view]
        found.sort(key=lambda e: (e.start, e.end, e.id))
        return found

    async def _view(self, calendar_id: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        params = {
            "startDateTime": query_time(start - _ALL_DAY_MARGIN),
            "endDateTime": query_time(end + _ALL_DAY_MARGIN),
            "$select": EVENT_SELECT,
            "$expand": EVENT_EXPAND,
            "$top": str(_PAGE_SIZE),
        }
        found: list[CalendarEvent] = []
        async for item in self._graph.paginate(
            f"{_calendar_path(calendar_id)}/calendarView",
            params=params,
            headers={"Prefer": _PREFER_UTC},
            immutable_ids=True,
        ):
            event = self._read(item, calendar_id)
            if _overlaps(event, start, end):
                found.append(event)
        return found

    async def get_event(self, event_id: str) -> CalendarEvent | None:
        """Return one event (or occurrence), or None when it is gone.

        Graph's event does not name its calendar: `calendar_id` is the one the event was last
        read from or created in by this provider, else the first configured calendar.
        """
        try:
            body = await self._graph.get_json(
                f"/me/events/{_segment(event_id)}",
                params={"$select": EVENT_SELECT, "$expand": EVENT_EXPAND},
                headers={"Prefer": _PREFER_UTC},
                immutable_ids=True,
            )
        except GraphNotFound:
            self._known.pop(event_id, None)
            return None
        return self._read(body, self._calendar_of(event_id))

    def _calendar_of(self, event_id: str) -> str:
        known = self._known.get(event_id)
        return known[0] if known is not None else self._calendar_ids[0]

    def _read(self, item: Any, calendar_id: str, *, mark_asked: bool = True) -> CalendarEvent:
        event = GraphEvent._from_graph(item).to_event(calendar_id, self._zone)
        if not mark_asked:
            # calendarView delta cannot $expand the mark: what is known of the event stands, and
            # an unknown one is not remembered as someone else's (a delete re-reads it).
            known = self._known.get(event.id)
            if known is None:
                return event
            event = replace(event, created_by_assistant=known[1])
        if len(self._known) >= _KNOWN_EVENTS_CAP:
            for stale in list(self._known)[: _KNOWN_EVENTS_CAP // 2]:
                del self._known[stale]
        self._known[event.id] = (calendar_id, event.created_by_assistant)
        return event

    # ---- free/busy -----------------------------------------------------------------------------

    async def free_busy(self, start: datetime, end: datetime) -> list[BusyInterval]:
        """Return the busy intervals in [start, end): getSchedule for the default calendar,
        the events of the others (and of every calendar on a personal account)."""
        _check_window(start, end)
        derived = [c for c in self._calendar_ids if c != DEFAULT_CALENDAR]
        busy: list[BusyInterval] = []
        if DEFAULT_CALENDAR in self._calendar_ids:
            scheduled = await self._scheduled_busy(start, end)
            if scheduled is None:
                derived.insert(0, DEFAULT_CALENDAR)
            else:
                busy += scheduled
        views = await asyncio.gather(*(self._view(c, start, end) for c in derived))
        for view in views:
            busy += [
                BusyInterval(
                    max(e.start, start), min(e.end, end), "outlook", e.calendar_id, e.show_as
                )
                for e in view
                if e.blocks_time and e.end > start
            ]
        busy.sort(key=lambda b: (b.start, b.end))
        return busy

    async def _scheduled_busy(self, start: datetime, end: datetime) -> list[BusyInterval] | None:
        """Busy time of the default calendar from getSchedule; None where it cannot answer."""
        if self._schedule_available is False or end - start <= timedelta(minutes=5):
            return None
        address = await self._owner()
        found: dict[tuple[datetime, datetime, str], BusyInterval] = {}
        piece_start = start
        while piece_start < end:
            piece_end = min(end, piece_start + self._schedule_span)
            try:
                piece = await self._schedule_piece(address, piece_start, piece_end)
            except GraphError as err:
                if not personal_account_refusal(err):
                    raise
                _LOG.info(
                    "getSchedule is not available for this (personal) Microsoft account; "
                    "free/busy comes from the calendar view from now on"
                )
                self._schedule_available = False
                return None
            if piece is None:
                return None
            for interval in piece:
                # An item across two pieces comes back in both.
                found[(interval.start, interval.end, interval.show_as)] = interval
            piece_start = piece_end
        self._schedule_available = True
        return [
            BusyInterval(max(b.start, start), min(b.end, end), b.provider, b.calendar_id, b.show_as)
            for b in found.values()
            if b.start < end and b.end > start
        ]

    async def _schedule_piece(
        self, address: str, start: datetime, end: datetime
    ) -> list[BusyInterval] | None:
        minutes = _SCHEDULE_INTERVAL_MINUTES
        if end - start <= timedelta(minutes=minutes):
            minutes = 5
        body = {
            "schedules": [address],
            # In the mailbox's zone: getSchedule places all-day items at the request zone's
            # midnights.
            "startTime": wall_clock(start, self._zone, self._zone_name),
            "endTime": wall_clock(end, self._zone, self._zone_name),
            "availabilityViewInterval": minutes,
        }
        response = await self._graph.request(
            "POST",
            "/me/calendar/getSchedule",
            json=body,
            headers={"Prefer": _PREFER_UTC},
            idempotent=True,  # a query: asking again changes nothing
        )
        return schedule_busy(response.body, address, start, end, minutes)

    async def _owner(self) -> str:
        if self._owner_address is None:
            me = await self._graph.get_json("/me", params={"$select": "mail,userPrincipalName"})
            me = me if isinstance(me, dict) else {}
            address = me.get("mail") or me.get("userPrincipalName")
            if not isinstance(address, str) or not address:
                raise GraphError("Graph did not say the signed-in user's address (/me)")
            self._owner_address = address
        return self._owner_address

    # ---- writing -------------------------------------------------------------------------------

    async def create_event(self, draft: EventDraft, *, actor: str) -> CalendarEvent:
        """Create an event in the first calendar, once even when retried, and log it."""
        transaction_id = draft.idempotency_key or uuid.uuid4().hex
        calendar_id = self._calendar_ids[0]
        response = await self._graph.request(
            "POST",
            f"{_calendar_path(calendar_id)}/events",
            json=draft_to_graph(draft, self._zone, self._zone_name, transaction_id),
            headers={"Prefer": _PREFER_UTC},
            immutable_ids=True,
            # Graph answers a POST repeating a transactionId with the event it already made.
            idempotent=True,
        )
        # The POST answer does not carry the mark (Graph expands it only on reads); we set it.
        event = replace(self._read(response.body, calendar_id), created_by_assistant=True)
        self._known[event.id] = (calendar_id, True)
        await self._log(
            "calendar.event.create",
            actor=actor,
            target=event.id,
            after=event_snapshot(event),
            details={"provider": "outlook", "transaction_id": transaction_id},
        )
        return event

    async def update_event(
        self, event_id: str, changes: EventChanges, *, actor: str
    ) -> CalendarEvent:
        """PATCH only the fields that change (no request when none does) and log it."""
        current = await self.get_event(event_id)
        if current is None:
            raise GraphNotFound(
                f"event {event_id!r} does not exist (any more)",
                status=404,
                method="PATCH",
                path="/me/events/{id}",
            )
        patch = patch_for(current, changes, self._zone, self._zone_name)
        if not patch:
            return current
        response = await self._graph.request(
            "PATCH",
            f"/me/events/{_segment(event_id)}",
            json=patch,
            headers={"Prefer": _PREFER_UTC},
            immutable_ids=True,
            idempotent=True,  # absolute values: sending them twice changes nothing more
        )
        # The PATCH answer does not carry the mark: whose the event is was read just before.
        updated = self._read(response.body, current.calendar_id, mark_asked=False)
        await self._log(
            "calendar.event.update",
            actor=actor,
            target=event_id,
            before=event_snapshot(current),
            after=event_snapshot(updated),
            details={"provider": "outlook", "changed": sorted(patch)},
        )
        return updated

    async def delete_event(self, event_id: str, *, actor: str) -> bool:
        """Delete an event the assistant created; False when it was already gone."""
        known = self._known.get(event_id)
        if known is not None and not known[1]:
            raise NotCreatedByAssistant(
                f"event {event_id!r} was not created by the assistant; it is not deleted"
            )
        current = await self.get_event(event_id)
        if current is None:
            return False
        if not current.created_by_assistant:
            raise NotCreatedByAssistant(
                f"event {event_id!r} was not created by the assistant; it is not deleted"
            )
        try:
            await self._graph.request("DELETE", f"/me/events/{_segment(event_id)}", idempotent=True)
        except GraphNotFound:
            pass  # gone by now: deleted by an earlier attempt whose answer was lost, or meanwhile
        self._known.pop(event_id, None)
        await self._log(
            "calendar.event.delete",
            actor=actor,
            target=event_id,
            before=event_snapshot(current),
            details={"provider": "outlook"},
        )
        return True

    async def _log(self, action: str, **fields: Any) -> None:
        if self._log_action is not None:
            await self._log_action(action, **fields)

    # ---- changes -------------------------------------------------------------------------------

    async def changes(self, start: datetime, end: datetime, cursor: str | None) -> CalendarChanges:
        """Return what changed in [start, end) since `cursor`.

        The default calendar is followed by calendarView delta. Graph v1.0 has that delta for
        the default calendar only, so another calendar's window is read and compared with the
        fingerprints the cursor keeps of it. A cursor for another window or set of calendars, or
        an expired delta token (410), makes a full read of every calendar, so `full` always
        means the whole window was returned.
        """
        _check_window(start, end)
        before = self._graph.request_count
        states = calendar_states_in(cursor, start, end, self._calendar_ids)
        problems: list[str] = []
        try:
            rounds = [
                await self._calendar_changes(c, start, end, states.get(c))
                for c in self._calendar_ids
            ]
            full = states == {}
        except DeltaTokenExpired:
            problems.append("the calendar sync state expired; the window was read whole")
            rounds = [await self._calendar_changes(c, start, end, None) for c in self._calendar_ids]
            full = True
        changed: dict[str, CalendarEvent] = {}
        removed: dict[str, None] = {}
        new_states: dict[str, dict[str, Any]] = {}
        for calendar_id, (events, gone, state) in zip(self._calendar_ids, rounds, strict=True):
            for event in events:
                if _overlaps(event, start, end):
                    changed[event.id] = event
                    removed.pop(event.id, None)
                elif not full:
                    removed[event.id] = None  # moved out of the window
            for event_id in gone:
                if event_id not in changed:
                    removed[event_id] = None
            new_states[calendar_id] = state
        return CalendarChanges(
            changed=tuple(sorted(changed.values(), key=lambda e: (e.start, e.id))),
            removed=tuple(removed),
            cursor=json.dumps(
                {"start": start.isoformat(), "end": end.isoformat(), "calendars": new_states}
            ),
            full=full,
            requests=self._graph.request_count - before,
            problems=tuple(problems),
        )

    async def _calendar_changes(
        self, calendar_id: str, start: datetime, end: datetime, state: dict[str, Any] | None
    ) -> tuple[list[CalendarEvent], list[str], dict[str, Any]]:
        """Return one calendar's changed events, removed ids and its new cursor state."""
        if calendar_id == DEFAULT_CALENDAR:
            link = state.get("delta") if state else None
            events, gone, link = await self._delta(calendar_id, start, end, link)
            return events, gone, {"delta": link}
        seen_before: dict[str, str] = state.get("seen", {}) if state else {}
        events = await self._view(calendar_id, start, end)
        seen = {event.id: fingerprint(event) for event in events}
        changed = [event for event in events if seen_before.get(event.id) != seen[event.id]]
        gone = [event_id for event_id in seen_before if event_id not in seen]
        return changed, gone, {"seen": seen}

    async def _delta(
        self, calendar_id: str, start: datetime, end: datetime, link: str | None
    ) -> tuple[list[CalendarEvent], list[str], str]:
        params: dict[str, str] | None = None
        if link is None:
            params = {
                "startDateTime": query_time(start - _ALL_DAY_MARGIN),
                "endDateTime": query_time(end + _ALL_DAY_MARGIN),
            }
        events: list[CalendarEvent] = []
        gone: list[str] = []
        delta_link = ""
        prefer = f"{_PREFER_UTC}, odata.maxpagesize={_PAGE_SIZE}"
        async for page in self._graph.pages(
            link or _DELTA_PATH,
            params=params,
            headers={"Prefer": prefer},
            immutable_ids=True,
        ):
            for item in page.get("value") or ():
                if isinstance(item, dict) and "@removed" in item:
                    gone.append(str(item.get("id")))
                    self._known.pop(str(item.get("id")), None)
                else:
                    events.append(self._read(item, calendar_id, mark_asked=False))
            delta_link = str(page.get("@odata.deltaLink") or delta_link)
        if not delta_link:
            raise GraphError("Graph ended a calendar delta round without a deltaLink")
        return events, gone, delta_link
