"""One view over every enabled calendar provider: events and busy time of a window.

Providers are asked at the same time. One that fails (signed out, throttled, unreachable) is
reported beside the answer of the others as a `ProviderProblem`, so a Google outage never hides
the Outlook day. The same meeting on two calendars (an invitation that reached both providers,
or two of one provider's calendars) is shown once: copies share an iCalendar UID and start,
or, where a provider gives no UID, a title, start and end. Occurrences of one series share
their UID, so the start is part of the key.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from core.calendars.free_slots import FreeSlot, WorkingHours, free_slots
from core.calendars.provider import BusyInterval, CalendarEvent, CalendarProvider, ProviderName
from core.errors import AppError

_LOG = logging.getLogger(__name__)
_T = TypeVar("_T")


@dataclass(frozen=True)
class ProviderProblem:
    """A provider that could not answer, and why (for the front end to show beside the rest)."""

    provider: ProviderName
    label: str
    message: str


@dataclass(frozen=True)
class MergedEvents:
    """The events of a window across providers, by start, each meeting once."""

    events: tuple[CalendarEvent, ...]
    problems: tuple[ProviderProblem, ...] = ()
    duplicates: int = 0  # copies left out because another provider or calendar had the meeting


@dataclass(frozen=True)
class MergedBusy:
    """Every provider's busy intervals of a window, by start."""

    intervals: tuple[BusyInterval, ...]
    problems: tuple[ProviderProblem, ...] = ()


@dataclass(frozen=True)
class MergedFreeSlots:
    """Free slots found across every provider that answered, and those that did not."""

    slots: tuple[FreeSlot, ...]
    problems: tuple[ProviderProblem, ...] = ()


def _text_key(event: CalendarEvent) -> tuple[str, datetime, datetime]:
    title = " ".join(event.title.split()).casefold()
    return (title, event.start.astimezone(UTC), event.end.astimezone(UTC))


def _sort_key(event: CalendarEvent) -> tuple[datetime, datetime, str]:
    return (event.start.astimezone(UTC), event.end.astimezone(UTC), event.title.casefold())


def merge_events(events: Iterable[CalendarEvent]) -> tuple[list[CalendarEvent], int]:
    """Sort events by start and drop copies of one meeting; return them and the copies dropped.

    Two events with UIDs are one meeting when UID and start agree; otherwise when title, start
    and end do. The first copy (in provider order) is kept, unless it is cancelled and a later
    one is not.
    """
    kept: list[CalendarEvent] = []
    by_uid: dict[tuple[str, datetime], int] = {}
    by_text: dict[tuple[str, datetime, datetime], list[int]] = {}
    dropped = 0
    for event in events:
        uid_key = (event.ical_uid, event.start.astimezone(UTC)) if event.ical_uid else None
        text_key = _text_key(event)
        index = by_uid.get(uid_key) if uid_key is not None else None
        if index is None:
            index = next(
                (i for i in by_text.get(text_key, ()) if not (event.ical_uid and kept[i].ical_uid)),
                None,
            )
        if index is None:
            index = len(kept)
            kept.append(event)
            by_text.setdefault(text_key, []).append(index)
        else:
            dropped += 1
            if kept[index].cancelled and not event.cancelled:
                kept[index] = event
        if uid_key is not None:
            by_uid.setdefault(uid_key, index)
    return sorted(kept, key=_sort_key), dropped


async def _ask_each(
    providers: Sequence[CalendarProvider],
    ask: Callable[[CalendarProvider], Awaitable[_T]],
) -> tuple[list[_T], list[ProviderProblem]]:
    async def one(provider: CalendarProvider) -> _T | ProviderProblem:
        try:
            return await ask(provider)
        except AppError as err:
            _LOG.warning("%s calendar could not answer: %s", provider.label, err)
            return ProviderProblem(provider.name, provider.label, str(err))

    answers = await asyncio.gather(*(one(p) for p in providers))
    problems = [a for a in answers if isinstance(a, ProviderProblem)]
    return [a for a in answers if not isinstance(a, ProviderProblem)], problems


async def merged_events(
    providers: Sequence[CalendarProvider], start: datetime, end: datetime
) -> MergedEvents:
    """Return the events of [start, end) from every provider, each meeting once, by start."""
    answers, problems = await _ask_each(providers, lambda p: p.events(start, end))
    events, dropped = merge_events(event for answer in answers for event in answer)
    return MergedEvents(tuple(events), tuple(problems), dropped)


async def merged_busy(
    providers: Sequence[CalendarProvider], start: datetime, end: datetime
) -> MergedBusy:
    """Return every provider's busy intervals in [start, end), by start."""
    answers, problems = await _ask_each(providers, lambda p: p.free_busy(start, end))
    intervals = sorted((b for answer in answers for b in answer), key=lambda b: (b.start, b.end))
    return MergedBusy(tuple(intervals), tuple(problems))


async def merged_free_slots(
    providers: Sequence[CalendarProvider],
    start: datetime,
    end: datetime,
    *,
    minutes: int,
    hours: WorkingHours,
    limit: int = 3,
) -> MergedFreeSlots:
    """Return the first free slots of `minutes` in working hours that no provider marks busy.

    A provider that could not answer is listed in `problems`: its busy time is unknown, so the
    front end should say the slots may clash with it.
    """
    busy = await merged_busy(providers, start, end)
    slots = free_slots(busy.intervals, start, end, minutes=minutes, hours=hours, limit=limit)
    return MergedFreeSlots(tuple(slots), busy.problems)
