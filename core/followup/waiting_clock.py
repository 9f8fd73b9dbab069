"""How long a wait has lasted: hours between two instants, weekends left out when asked.

Weekends are the owner's: Saturday and Sunday as calendar days in the owner's time zone, so a
wait started Friday 17:00 in Sydney counts no hours from Friday midnight to Monday midnight
there, whatever UTC says. Pure functions over aware datetimes; no I/O.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

SATURDAY = 5
# A wait never lasts years; the walk stops here instead of looping on a bad clock.
_MAX_DAYS = 3660


def _is_weekend(day: date) -> bool:
    return day.weekday() >= SATURDAY


def _day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    # In UTC: adding a timedelta to a zoned datetime is wall-clock arithmetic, wrong across DST.
    start = datetime.combine(day, time(0), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    return start, end


def counted_hours(start: datetime, end: datetime, zone: tzinfo, *, skip_weekends: bool) -> float:
    """Return the hours from `start` to `end` (0 if end is earlier), weekends left out if asked."""
    if end <= start:
        return 0.0
    if not skip_weekends:
        return (end - start).total_seconds() / 3600
    total = 0.0
    day = start.astimezone(zone).date()
    last = end.astimezone(zone).date()
    for _ in range(_MAX_DAYS):
        if day > last:
            break
        if not _is_weekend(day):
            low, high = _day_bounds(day, zone)
            overlap = min(end, high) - max(start, low)
            total += max(0.0, overlap.total_seconds())
        day += timedelta(days=1)
    return total / 3600


def due_at(start: datetime, hours: float, zone: tzinfo, *, skip_weekends: bool) -> datetime:
    """Return the instant at which `hours` counted hours have passed since `start`."""
    if not skip_weekends:
        return start.astimezone(UTC) + timedelta(hours=hours)
    left = timedelta(hours=hours)
    moment = start.astimezone(UTC)
    for _ in range(_MAX_DAYS):
        day = moment.astimezone(zone).date()
        low, high = _day_bounds(day, zone)
        if _is_weekend(day):
            moment = high
            continue
        room = high - max(moment, low)
        if left <= room:
            return max(moment, low) + left
        left -= room
        moment = high
    return moment
