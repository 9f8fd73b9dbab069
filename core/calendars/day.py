"""A day of the owner's calendars for the front ends: meetings, free time, tasks due.

The day is a local date in the owner's zone (`calendars.working_hours.time_zone`, else the
mailbox's): its window runs from local midnight to the next, so 23- and 25-hour days are right.
Every provider is asked once for the day's events; the free slots of the day view come from
those same events (what blocks time), so `today` costs one request per calendar. `free_slots`
asks the providers' free/busy services instead, which also see private and shared-calendar time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from core.calendars.free_slots import FreeSlot, WorkingHours, free_slots
from core.calendars.merged import ProviderProblem, merged_events, merged_free_slots
from core.calendars.provider import BusyInterval, CalendarEvent, CalendarProvider
from core.store.task_sync_queries import DueTask

# The free time `today` shows: stretches of at least half an hour, the first few.
DAY_SLOT_MINUTES = 30
DAY_SLOT_LIMIT = 8


@dataclass(frozen=True)
class DayView:
    """The owner's day across every enabled calendar provider."""

    day: date
    time_zone: str  # the IANA name of the owner's zone the day and working hours are in
    zone: tzinfo  # that zone, to show times in
    events: tuple[CalendarEvent, ...]
    free: tuple[FreeSlot, ...]
    tasks_due: tuple[DueTask, ...]
    problems: tuple[ProviderProblem, ...]
    providers: tuple[str, ...]  # the labels of the providers asked ("Outlook", ...)

    @property
    def all_failed(self) -> bool:
        """Whether providers are on and none of them answered."""
        return bool(self.providers) and len(self.problems) >= len(self.providers)

    @property
    def clashes(self) -> tuple[tuple[CalendarEvent, CalendarEvent], ...]:
        """Pairs of timed meetings that take the same time, the earlier first."""
        timed = [e for e in self.events if e.blocks_time and not e.all_day]
        return tuple(
            (first, second)
            for i, first in enumerate(timed)
            for second in timed[i + 1 :]
            if second.start < first.end and first.start < second.end
        )


@dataclass(frozen=True)
class FreeSlotsView:
    """Free slots of at least `minutes` in the working hours of a day."""

    day: date
    minutes: int
    time_zone: str
    zone: tzinfo
    slots: tuple[FreeSlot, ...]
    problems: tuple[ProviderProblem, ...]
    providers: tuple[str, ...]

    @property
    def all_failed(self) -> bool:
        """Whether providers are on and none of them answered."""
        return bool(self.providers) and len(self.problems) >= len(self.providers)


def day_window(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """Return local midnight of `day` and of the day after, in `zone`."""
    return (
        datetime.combine(day, time(), tzinfo=zone),
        datetime.combine(day + timedelta(days=1), time(), tzinfo=zone),
    )


def _busy(events: Sequence[CalendarEvent]) -> list[BusyInterval]:
    return [
        BusyInterval(e.start, e.end, e.provider, e.calendar_id, e.show_as)
        for e in events
        if e.blocks_time
    ]


async def calendar_day(
    providers: Sequence[CalendarProvider],
    day: date,
    *,
    zone_name: str,
    hours: WorkingHours,
    tasks_due: Sequence[DueTask] = (),
) -> DayView:
    """Return the merged events of `day`, the free slots in working hours, and tasks due."""
    start, end = day_window(day, hours.time_zone)
    merged = await merged_events(providers, start, end)
    free = free_slots(
        _busy(merged.events),
        start,
        end,
        minutes=DAY_SLOT_MINUTES,
        hours=hours,
        limit=DAY_SLOT_LIMIT,
    )
    return DayView(
        day,
        zone_name,
        hours.time_zone,
        merged.events,
        tuple(free),
        tuple(tasks_due),
        merged.problems,
        tuple(p.label for p in providers),
    )


async def free_slots_on(
    providers: Sequence[CalendarProvider],
    day: date,
    *,
    minutes: int,
    limit: int,
    zone_name: str,
    hours: WorkingHours,
) -> FreeSlotsView:
    """Return the first `limit` slots of `minutes` on `day` that no provider marks busy."""
    start, end = day_window(day, hours.time_zone)
    found = await merged_free_slots(
        providers, start, end, minutes=minutes, hours=hours, limit=limit
    )
    return FreeSlotsView(
        day,
        minutes,
        zone_name,
        hours.time_zone,
        found.slots,
        found.problems,
        tuple(p.label for p in providers),
    )
