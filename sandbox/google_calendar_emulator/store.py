"""The calendars and their events, every change numbered, sync tokens and recurrence expansion.

Each write bumps a per-emulator change counter and stamps the event with it; a sync token
remembers the counter (and the window of the full sync it ends), so an incremental list returns
exactly the events stamped later, deleted ones as `status: cancelled`. `expire_sync_tokens()`
moves the epoch on: every token issued before answers 410.
"""

from __future__ import annotations

import secrets
import string
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from . import recurrence
from .errors import not_found
from .times import (
    When,
    instance_suffix,
    parse_event_time,
    render_event_time,
    render_instant,
    shifted,
    zone,
)

_BASE32HEX = string.digits + "abcdefghijklmnopqrstuv"


def new_event_id() -> str:
    """An id in Google's alphabet (base32hex, lower case), 26 characters."""
    return "".join(secrets.choice(_BASE32HEX) for _ in range(26))


def valid_client_id(event_id: str) -> bool:
    """Google's rule for a client-chosen id: base32hex characters, 5 to 1024 of them."""
    return 5 <= len(event_id) <= 1024 and all(c in _BASE32HEX for c in event_id)


@dataclass
class Calendar:
    """One calendar in the owner's list."""

    id: str
    summary: str
    time_zone: str = "UTC"
    access_role: str = "owner"
    primary: bool = False

    @property
    def tz(self) -> ZoneInfo:
        """The calendar's zone (all-day events and the default reply zone)."""
        return ZoneInfo(self.time_zone)

    def entry(self) -> dict[str, Any]:
        """The CalendarListEntry for calendarList.list."""
        entry: dict[str, Any] = {
            "kind": "calendar#calendarListEntry",
            "etag": f'"{zlib.crc32(self.id.encode())}"',
            "id": self.id,
            "summary": self.summary,
            "timeZone": self.time_zone,
            "accessRole": self.access_role,
            "selected": True,
            "defaultReminders": [],
        }
        if self.primary:
            entry["primary"] = True
        return entry


@dataclass
class StoredEvent:
    """An event as stored: the resource body (server fields included) and its change stamp."""

    calendar_id: str
    body: dict[str, Any]
    changed: int
    start: When
    end: When
    # Instances deleted one by one (their id suffixes); Google keeps them as cancelled exceptions.
    exdates: set[str] = field(default_factory=set)

    @property
    def id(self) -> str:
        """The event id."""
        return str(self.body["id"])

    @property
    def cancelled(self) -> bool:
        """Deleted (kept as a tombstone for incremental sync)."""
        return self.body.get("status") == "cancelled"


@dataclass
class Instance:
    """One occurrence to show: a single event, or an expanded instance of a recurring one."""

    event: StoredEvent
    start: When
    end: When
    suffix: str | None  # None: the event itself (not an expanded instance)


@dataclass(frozen=True)
class SyncToken:
    """What a sync token stands for: a change number, a calendar, the full sync's window."""

    calendar_id: str
    changed: int
    epoch: int
    time_min: datetime | None
    time_max: datetime | None


@dataclass
class Store:
    """Calendars, events, the change counter, issued sync tokens."""

    now: Callable[[], datetime]
    owner: str = "owner@emulator.local"
    calendars: dict[str, Calendar] = field(default_factory=dict)
    events: dict[str, dict[str, StoredEvent]] = field(default_factory=dict)
    changes: int = 0
    epoch: int = 0
    sync_tokens: dict[str, SyncToken] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.add_calendar(self.owner, self.owner, primary=True)

    def add_calendar(
        self,
        calendar_id: str,
        summary: str,
        *,
        time_zone: str = "UTC",
        primary: bool = False,
        access_role: str = "owner",
    ) -> Calendar:
        """Add a calendar to the owner's list."""
        zone(time_zone, where="calendar")
        calendar = Calendar(calendar_id, summary, time_zone, access_role, primary)
        self.calendars[calendar_id] = calendar
        self.events.setdefault(calendar_id, {})
        return calendar

    def calendar(self, calendar_id: str) -> Calendar:
        """A calendar by id or `primary`, else 404."""
        real = self.owner if calendar_id == "primary" else calendar_id
        if real not in self.calendars:
            raise not_found()
        return self.calendars[real]

    def stamp(self) -> int:
        """Number a change."""
        self.changes += 1
        return self.changes

    def timestamp(self) -> str:
        """Google's `created`/`updated` format: UTC with milliseconds."""
        return self.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def save(self, calendar: Calendar, body: dict[str, Any]) -> StoredEvent:
        """Store a complete event body (validated times), stamping the change."""
        start = parse_event_time(body.get("start"), "start", calendar.tz)
        end = parse_event_time(body.get("end"), "end", calendar.tz)
        body["updated"] = self.timestamp()
        body["etag"] = f'"{self.stamp()}"'
        stored = StoredEvent(calendar.id, body, self.changes, start, end)
        self.events[calendar.id][stored.id] = stored
        return stored

    def issue_sync_token(
        self, calendar: Calendar, changed: int, time_min: datetime | None, time_max: datetime | None
    ) -> str:
        """A new opaque sync token for a list that saw every change up to `changed`."""
        token = "CP" + secrets.token_urlsafe(18) + "="
        self.sync_tokens[token] = SyncToken(calendar.id, changed, self.epoch, time_min, time_max)
        return token

    # ---- expansion -----------------------------------------------------------------------------

    def occurrences(self, event: StoredEvent, stop: datetime | None) -> Iterator[Instance]:
        """The event itself, or its instances (before `stop`, else up to the horizon)."""
        lines = event.body.get("recurrence") or []
        if not lines:
            yield Instance(event, event.start, event.end, None)
            return
        rule, exdates = recurrence.parse(lines)
        assert rule is not None
        first = event.start
        length = event.end.local - event.start.local
        horizon = first.instant + recurrence.HORIZON
        stop_instant = min(stop, horizon) if stop is not None else horizon
        stop_local = stop_instant.astimezone(first.tz).replace(tzinfo=None) + timedelta(days=1)

        def to_utc(local: datetime) -> datetime:
            return local.replace(tzinfo=first.tz).astimezone(UTC)

        for local in recurrence.occurrences(rule, first.local, stop_local, to_utc):
            start = shifted(first, local)
            if stop is not None and start.instant >= stop:
                return
            suffix = instance_suffix(start)
            if suffix not in exdates and suffix not in event.exdates:
                yield Instance(event, start, shifted(event.end, local + length), suffix)

    def render(self, item: Instance, reply_tz: ZoneInfo) -> dict[str, Any]:
        """The Event resource for one item, times rendered in the reply's zone."""
        body = dict(item.event.body)
        if item.suffix is not None:
            body.pop("recurrence", None)
            body["id"] = f"{item.event.id}_{item.suffix}"
            body["recurringEventId"] = item.event.id
            body["originalStartTime"] = render_event_time(item.start, reply_tz)
        body["start"] = render_event_time(item.start, reply_tz)
        body["end"] = render_event_time(item.end, reply_tz)
        return body

    def render_cancelled(self, item: Instance, reply_tz: ZoneInfo) -> dict[str, Any]:
        """A deleted event as incremental sync shows it: only what Google guarantees."""
        body: dict[str, Any] = {
            "kind": "calendar#event",
            "etag": item.event.body["etag"],
            "id": item.event.id,
            "status": "cancelled",
        }
        for key in ("recurringEventId", "originalStartTime"):
            if key in item.event.body:
                body[key] = item.event.body[key]
        return body


def busy_render(start: datetime, end: datetime, tz: ZoneInfo) -> dict[str, str]:
    """A TimePeriod for freeBusy."""
    return {"start": render_instant(start, tz), "end": render_instant(end, tz)}
