"""When today's digest is due: the configured time, or before an earlier first meeting.

The calendars are read for the due time at most every `RECHECK` while the digest is not sent
(a meeting booked at 06:50 for 07:30 still moves an 08:00 digest), never on every tick. With no
calendar on, or none answering, the configured time stands.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, time, timedelta, tzinfo

from core.calendars.day import DayView
from core.calendars.provider import CalendarEvent
from core.config.settings import DigestConfig

RECHECK = timedelta(minutes=15)

DayReader = Callable[[date], Awaitable[DayView]]


def meetings_of(view: DayView) -> tuple[CalendarEvent, ...]:
    """Return the day's meetings that still take place, in start order."""
    return tuple(e for e in view.events if not e.cancelled)


def first_meeting(view: DayView) -> CalendarEvent | None:
    """Return the earliest timed meeting that starts on the day (all-day events do not count)."""
    midnight = datetime.combine(view.day, time(), tzinfo=view.zone)
    timed = [e for e in meetings_of(view) if not e.all_day and e.start >= midnight]
    return min(timed, key=lambda e: e.start, default=None)


def due_time(day: date, zone: tzinfo, config: DigestConfig, first: datetime | None) -> datetime:
    """Return when the digest of `day` is due: `config.time`, or `before_first_meeting_minutes`
    before a first meeting that starts earlier than that (never before local midnight)."""
    at = datetime.combine(day, config.time, tzinfo=zone)
    if first is None:
        return at
    earlier = first - timedelta(minutes=config.before_first_meeting_minutes)
    if earlier >= at:
        return at
    return max(earlier, datetime.combine(day, time(), tzinfo=zone))


class DigestTiming:
    """Work out today's due time, reading the calendars at most every `RECHECK`."""

    def __init__(self, calendar_day: DayReader | None, *, clock: Callable[[], datetime]) -> None:
        self._calendar_day = calendar_day
        self._clock = clock
        self._first: dict[date, tuple[datetime, datetime | None]] = {}  # day: (read at, first)

    async def due_at(self, day: date, zone: tzinfo, config: DigestConfig) -> datetime:
        """Return when the digest of `day` is due."""
        return due_time(day, zone, config, await self._first_start(day))

    async def _first_start(self, day: date) -> datetime | None:
        if self._calendar_day is None:
            return None
        now = self._clock()
        known = self._first.get(day)
        if known is not None and now - known[0] < RECHECK:
            return known[1]
        first = first_meeting(await self._calendar_day(day))
        self._first = {day: (now, first.start if first else None)}
        return self._first[day][1]
