"""Free time in working hours across busy intervals: a pure function, no I/O.

Working hours are wall-clock times in a zone on some weekdays, so a day's span is found in that
zone (23 or 25 hours on a DST change never shift 09:00) and everything is compared in UTC. A
span whose end is not after its start runs past midnight (a night shift). Busy intervals are
sorted and merged once, then swept with the working spans together: O(n log n) for n intervals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from core.calendars.provider import BUSY_STATUSES, BusyInterval


@dataclass(frozen=True)
class WorkingHours:
    """When the owner works: `start`-`end` wall-clock in `time_zone`, on `days` (0 = Monday)."""

    start: time
    end: time
    time_zone: tzinfo
    days: frozenset[int] = frozenset(range(5))

    def __post_init__(self) -> None:
        if not self.days or any(not 0 <= d <= 6 for d in self.days):
            raise ValueError(f"working days must be weekdays 0 (Monday) to 6, got {self.days}")
        if self.start == self.end:
            raise ValueError("working hours must not start and end at the same time")

    def spans(self, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Yield the working spans (UTC) that overlap [start, end), clipped to it, in order."""
        first = start.astimezone(self.time_zone).date() - timedelta(days=1)
        last = end.astimezone(self.time_zone).date()
        begin, finish = start.astimezone(UTC), end.astimezone(UTC)
        day = first
        while day <= last:
            if day.weekday() in self.days:
                span_start, span_end = self._span(day)
                if span_start < finish and span_end > begin:
                    yield max(span_start, begin), min(span_end, finish)
            day += timedelta(days=1)

    def _span(self, day: date) -> tuple[datetime, datetime]:
        end_day = day if self.end > self.start else day + timedelta(days=1)
        span_start = datetime.combine(day, self.start, tzinfo=self.time_zone)
        span_end = datetime.combine(end_day, self.end, tzinfo=self.time_zone)
        return span_start.astimezone(UTC), span_end.astimezone(UTC)


@dataclass(frozen=True)
class FreeSlot:
    """A free stretch [start, end) (UTC) at least the asked length; book from `start`."""

    start: datetime
    end: datetime

    @property
    def minutes(self) -> int:
        """The length of the stretch in whole minutes."""
        return int((self.end - self.start).total_seconds() // 60)

    def first(self, minutes: int) -> tuple[datetime, datetime]:
        """Return the first `minutes` of the stretch (where a calendar block goes)."""
        return self.start, self.start + timedelta(minutes=minutes)


def taken_spans(intervals: Iterable[BusyInterval]) -> list[tuple[datetime, datetime]]:
    """Return the taken spans (UTC), sorted, overlapping and touching ones joined."""
    spans = sorted(
        (b.start.astimezone(UTC), b.end.astimezone(UTC))
        for b in intervals
        if b.show_as in BUSY_STATUSES and b.end > b.start
    )
    joined: list[tuple[datetime, datetime]] = []
    for start, end in spans:
        if joined and start <= joined[-1][1]:
            if end > joined[-1][1]:
                joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _round_up(moment: datetime, align: timedelta) -> datetime:
    # Aligned to the UTC epoch: the same as local clock marks in every zone whose offset is
    # a multiple of the alignment (all but a few, e.g. +05:45 with 15 min).
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    steps = -(-(moment - epoch) // align)
    return epoch + steps * align


def free_slots(
    busy: Iterable[BusyInterval],
    start: datetime,
    end: datetime,
    *,
    minutes: int,
    hours: WorkingHours,
    limit: int = 3,
    align_minutes: int = 5,
) -> list[FreeSlot]:
    """Return the first `limit` free stretches of at least `minutes` in working hours.

    Only intervals shown as busy, tentative, out of office or working elsewhere take time.
    Each stretch starts on a multiple of `align_minutes` (so a block starts at 10:05, not
    10:03:27). Slots are in UTC, earliest first.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("free-slot search needs timezone-aware start and end")
    if minutes < 1:
        raise ValueError(f"a slot must last at least one minute, got {minutes}")
    if limit < 1 or align_minutes < 1:
        raise ValueError("limit and align_minutes must be at least 1")
    length, align = timedelta(minutes=minutes), timedelta(minutes=align_minutes)
    taken = taken_spans(busy)
    found: list[FreeSlot] = []
    i = 0
    for span_start, span_end in hours.spans(start, end):
        cursor = span_start
        while i < len(taken) and taken[i][1] <= cursor:
            i += 1
        j = i
        while cursor < span_end:
            gap_end = span_end
            if j < len(taken) and taken[j][0] < span_end:
                gap_end = max(cursor, taken[j][0])
            slot_start = _round_up(cursor, align)
            if gap_end - slot_start >= length:
                found.append(FreeSlot(slot_start, gap_end))
                if len(found) == limit:
                    return found
            if gap_end >= span_end:
                break
            cursor = max(cursor, taken[j][1])
            j += 1
    return found
