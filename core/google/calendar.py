"""`GoogleCalendarProvider`: the CalendarProvider protocol over Google Calendar API v3.

A thin client on our own aiohttp session (core.google.transport), not a library: gcal-sync
(Home Assistant's) needs Python 3.13 from 9.0 on, has no freeBusy and reports a 403 rate limit
as a plain "forbidden"; aiogoogle builds its calls from a discovery document and brings
google-auth and aiofiles, and neither retries a 429. Five endpoints do not earn either.

Reads cover every calendar in `calendar_ids` (config `calendars.google.calendar_ids`); writes go
to the first. events() expands recurring series (singleEvents) and follows pages to the end;
free_busy() asks freeBusy once for all calendars and reports a calendar it could not read
without failing the others; changes() keeps one sync token per calendar in its cursor and
reads the window in full when Google answers 410. Creates use an id derived from the draft's
idempotency key, so a create retried after a lost answer makes one event; deletes touch only
events the assistant marked as its own. Every write is passed to `log_action` (the store's
action log, when the runtime wires it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from core.calendars.provider import (
    ActionLog,
    BusyInterval,
    CalendarChanges,
    CalendarEvent,
    EventChanges,
    EventDraft,
    ProviderName,
)

from .errors import (
    ForeignCalendarEvent,
    GoogleCalendarError,
    GoogleConflict,
    GoogleGone,
    GoogleNotFound,
)
from .events import (
    ID_PREFIX,
    changes_body,
    draft_body,
    event_id_for,
    provider_id,
    split_id,
    to_event,
    window_params,
    zone,
)
from .transport import GoogleApi, segment

log = logging.getLogger(__name__)

PAGE_SIZE = "2500"  # Google's maximum; pages may still come shorter


@dataclass(frozen=True)
class FreeBusyReport:
    """Busy intervals of the calendars Google could answer for, and why others are missing."""

    busy: tuple[BusyInterval, ...]
    problems: tuple[str, ...] = ()


@dataclass
class _Listing:
    events: list[CalendarEvent]
    removed: list[str]
    sync_token: str | None


class GoogleCalendarProvider:
    """Google Calendar as a calendar provider."""

    def __init__(
        self,
        api: GoogleApi,
        calendar_ids: Sequence[str] = ("primary",),
        *,
        log_action: ActionLog | None = None,
        default_zone: ZoneInfo | None = None,
    ) -> None:
        if not calendar_ids:
            raise ValueError("calendars.google.calendar_ids must name at least one calendar")
        self._api = api
        self._calendar_ids = tuple(calendar_ids)
        self._log_action = log_action
        # All-day events start at midnight in their calendar's zone, learnt from each listing.
        self._default_zone = default_zone or ZoneInfo("UTC")
        self._zones: dict[str, ZoneInfo] = {}

    def __repr__(self) -> str:
        return f"GoogleCalendarProvider(calendars={len(self._calendar_ids)})"

    @property
    def name(self) -> ProviderName:
        """ "google"."""
        return "google"

    @property
    def label(self) -> str:
        """How front ends name the service."""
        return "Google Calendar"

    @property
    def calendar_ids(self) -> tuple[str, ...]:
        """The calendars read; the first is where events are created."""
        return self._calendar_ids

    # ---- reads ---------------------------------------------------------------------------------

    async def events(self, start: datetime, end: datetime) -> list[CalendarEvent]:
        """Every event overlapping [start, end) on every calendar, occurrences expanded."""
        found: list[CalendarEvent] = []
        for calendar_id in self._calendar_ids:
            listing = await self._list(calendar_id, window_params(start, end) | _ORDERED)
            found.extend(event for event in listing.events if not event.cancelled)
        return sorted(found, key=lambda e: (e.start, e.end, e.id))

    async def get_event(self, event_id: str) -> CalendarEvent | None:
        """One event, or None when it is gone (deleted events come back cancelled)."""
        calendar_id, google_id = split_id(event_id)
        body = await self._get(calendar_id, google_id)
        if body is None or body.get("status") == "cancelled":
            return None
        return to_event(body, calendar_id, self._zone(calendar_id))

    async def free_busy(self, start: datetime, end: datetime) -> list[BusyInterval]:
        """Busy intervals from freeBusy; a calendar Google could not read is logged and skipped."""
        report = await self.free_busy_report(start, end)
        for problem in report.problems:
            log.warning("Google free/busy: %s", problem)
        return list(report.busy)

    async def free_busy_report(self, start: datetime, end: datetime) -> FreeBusyReport:
        """One freeBusy call for every calendar; per-calendar errors come back as problems.

        Raises GoogleCalendarError when no calendar could be read: an empty answer would look
        like a free day.
        """
        body = window_params(start, end) | {"items": [{"id": c} for c in self._calendar_ids]}
        reply = await self._api.call("POST", "/freeBusy", body=body)
        calendars = reply.get("calendars", {}) if isinstance(reply, dict) else {}
        busy: list[BusyInterval] = []
        problems: list[str] = []
        for position, calendar_id in enumerate(self._calendar_ids, start=1):
            entry = calendars.get(calendar_id)
            where = f"calendar {position} of calendars.google.calendar_ids"
            if not isinstance(entry, dict):
                problems.append(f"{where}: Google sent no answer for it")
                continue
            errors = entry.get("errors") or []
            if errors:
                reasons = ", ".join(str(e.get("reason", "unknown")) for e in errors)
                problems.append(f"{where}: Google could not read it ({reasons})")
                continue
            for period in entry.get("busy") or []:
                busy.append(
                    BusyInterval(
                        start=_utc(period["start"]),
                        end=_utc(period["end"]),
                        provider="google",
                        calendar_id=calendar_id,
                    )
                )
        if len(problems) == len(self._calendar_ids):
            raise GoogleCalendarError("free/busy failed for every calendar: " + "; ".join(problems))
        busy.sort(key=lambda b: (b.start, b.end))
        return FreeBusyReport(tuple(busy), tuple(problems))

    async def changes(self, start: datetime, end: datetime, cursor: str | None) -> CalendarChanges:
        """What changed in [start, end) since `cursor`; a full read when there is none, when
        the window or calendars differ from the cursor's, or when Google answers 410."""
        before = self._api.requests
        window = window_params(start, end)
        tokens = _tokens_from(cursor, window, self._calendar_ids)
        if tokens is not None:
            try:
                return await self._incremental(start, end, window, tokens, before)
            except GoogleGone as gone:
                log.info("Google sync token refused (%s); reading the window in full", gone.reason)
        changed: list[CalendarEvent] = []
        fresh: dict[str, str] = {}
        for calendar_id in self._calendar_ids:
            listing = await self._list(calendar_id, window | _EXPANDED)
            changed.extend(event for event in listing.events if not event.cancelled)
            fresh[calendar_id] = listing.sync_token or ""
        return CalendarChanges(
            changed=tuple(changed),
            removed=(),
            cursor=_cursor(window, fresh),
            full=True,
            requests=self._api.requests - before,
        )

    async def _incremental(
        self,
        start: datetime,
        end: datetime,
        window: dict[str, str],
        tokens: dict[str, str],
        before: int,
    ) -> CalendarChanges:
        changed: list[CalendarEvent] = []
        removed: list[str] = []
        fresh: dict[str, str] = {}
        for calendar_id in self._calendar_ids:
            params = _EXPANDED | {"syncToken": tokens[calendar_id]}
            listing = await self._list(calendar_id, params)
            removed.extend(listing.removed)
            for event in listing.events:
                inside = event.end > start and event.start < end
                if event.cancelled or not inside:
                    removed.append(event.id)
                else:
                    changed.append(event)
            fresh[calendar_id] = listing.sync_token or tokens[calendar_id]
        return CalendarChanges(
            changed=tuple(changed),
            removed=tuple(removed),
            cursor=_cursor(window, fresh),
            full=False,
            requests=self._api.requests - before,
        )

    async def _list(self, calendar_id: str, params: dict[str, str]) -> _Listing:
        """Every page of events.list; cancelled items that carry only an id go to `removed`."""
        path = f"/calendars/{segment(calendar_id)}/events"
        listing = _Listing([], [], None)
        page_token: str | None = None
        while True:
            query = params | ({"pageToken": page_token} if page_token else {})
            page = await self._api.call("GET", path, params=query)
            if isinstance(page.get("timeZone"), str):
                self._zones[calendar_id] = zone(page["timeZone"], self._default_zone)
            for body in page.get("items") or []:
                if body.get("status") == "cancelled" and "start" not in body:
                    listing.removed.append(provider_id(calendar_id, str(body["id"])))
                    continue
                try:
                    listing.events.append(to_event(body, calendar_id, self._zone(calendar_id)))
                except (KeyError, ValueError) as err:
                    log.warning("Skipped a Google event without usable times (%s)", err)
            page_token = page.get("nextPageToken")
            if not page_token:
                listing.sync_token = page.get("nextSyncToken")
                return listing

    async def _get(self, calendar_id: str, google_id: str) -> dict[str, Any] | None:
        path = f"/calendars/{segment(calendar_id)}/events/{segment(google_id)}"
        try:
            body = await self._api.call("GET", path)
        except (GoogleNotFound, GoogleGone):
            return None
        return body if isinstance(body, dict) else None

    def _zone(self, calendar_id: str) -> ZoneInfo:
        return self._zones.get(calendar_id, self._default_zone)

    # ---- writes (each on the owner's confirm) ---------------------------------------------------

    async def create_event(self, draft: EventDraft, *, actor: str) -> CalendarEvent:
        """Create the draft on the first calendar, once even when retried after a lost answer."""
        calendar_id = self._calendar_ids[0]
        google_id = event_id_for(draft.idempotency_key)
        params = {"sendUpdates": "all" if draft.attendees else "none"}
        path = f"/calendars/{segment(calendar_id)}/events"
        try:
            body = await self._api.call(
                "POST", path, params=params, body=draft_body(draft, google_id)
            )
            retried = False
        except GoogleConflict:
            # Our id is taken: an earlier try of this very create was applied and its answer lost.
            body = await self._get(calendar_id, google_id)
            event = to_event(body, calendar_id, self._zone(calendar_id)) if body else None
            if event is None or not event.created_by_assistant or event.cancelled:
                raise GoogleConflict(
                    "an event with this creation's id exists but is not a live event of the "
                    "assistant's (was it deleted?); create it again as a new request",
                    status=409,
                    method="POST",
                    path=path,
                ) from None
            retried = True
        event = to_event(body, calendar_id, self._zone(calendar_id))
        await self._log(
            "calendar.event.create",
            actor,
            event,
            after=_snapshot(event),
            details={"idempotency_key": draft.idempotency_key, "found_existing": retried},
        )
        return event

    async def update_event(
        self, event_id: str, changes: EventChanges, *, actor: str
    ) -> CalendarEvent:
        """PATCH the fields that change; the action log keeps before and after."""
        calendar_id, google_id = split_id(event_id)
        current = await self.get_event(event_id)
        if current is None:
            raise GoogleNotFound(
                "the event is gone (deleted or moved to another calendar)", status=404
            )
        body = changes_body(changes, current)
        if not body:
            return current
        path = f"/calendars/{segment(calendar_id)}/events/{segment(google_id)}"
        reply = await self._api.call("PATCH", path, params={"sendUpdates": "all"}, body=body)
        event = to_event(reply, calendar_id, self._zone(calendar_id))
        await self._log(
            "calendar.event.update", actor, event, before=_snapshot(current), after=_snapshot(event)
        )
        return event

    async def delete_event(self, event_id: str, *, actor: str) -> bool:
        """Delete an event the assistant created; False when it was already gone.

        An id the assistant never chooses, or a calendar not configured, is refused before any
        request; otherwise the event is read and refused unless it carries the assistant's mark.
        """
        try:
            calendar_id, google_id = split_id(event_id)
        except ValueError as err:
            raise ForeignCalendarEvent(str(err)) from err
        if calendar_id not in self._calendar_ids or not google_id.startswith(ID_PREFIX):
            raise ForeignCalendarEvent(
                "only events the assistant created can be deleted; this one was not"
            )
        current = await self.get_event(event_id)
        if current is None:
            return False
        if not current.created_by_assistant:
            raise ForeignCalendarEvent(
                "only events the assistant created can be deleted; this one was not"
            )
        path = f"/calendars/{segment(calendar_id)}/events/{segment(google_id)}"
        try:
            await self._api.call("DELETE", path, params={"sendUpdates": "all"})
        except (GoogleGone, GoogleNotFound):
            return False
        await self._log("calendar.event.delete", actor, current, before=_snapshot(current))
        return True

    async def _log(
        self,
        action: str,
        actor: str,
        event: CalendarEvent,
        *,
        before: Any = None,
        after: Any = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        if self._log_action is None:
            return
        await self._log_action(
            action,
            actor=actor,
            target=event.id,
            before=before,
            after=after,
            details={"provider": "google", "calendar_id": event.calendar_id, **(details or {})},
        )


_EXPANDED = {"singleEvents": "true", "maxResults": PAGE_SIZE}
_ORDERED = _EXPANDED | {"orderBy": "startTime"}


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(ZoneInfo("UTC"))


def _snapshot(event: CalendarEvent) -> dict[str, Any]:
    """What the action log keeps of an event: enough to explain and undo a change."""
    return {
        "title": event.title,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "location": event.location,
        "show_as": event.show_as,
    }


def _cursor(window: dict[str, str], tokens: dict[str, str]) -> str:
    return json.dumps({"window": window, "tokens": tokens}, sort_keys=True)


def _tokens_from(
    cursor: str | None, window: dict[str, str], calendar_ids: tuple[str, ...]
) -> dict[str, str] | None:
    """The per-calendar sync tokens of a cursor made for this window and these calendars."""
    if not cursor:
        return None
    try:
        data = json.loads(cursor)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("window") != window:
        return None
    tokens = data.get("tokens")
    if not isinstance(tokens, dict) or set(tokens) != set(calendar_ids):
        return None
    if not all(isinstance(t, str) and t for t in tokens.values()):
        return None
    return {str(k): str(v) for k, v in tokens.items()}
