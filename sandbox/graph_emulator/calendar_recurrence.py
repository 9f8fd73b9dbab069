"""patternedRecurrence: validate a series' pattern and range, and list its dates.

The emulator expands `daily`, `weekly` (interval, daysOfWeek, firstDayOfWeek) and
`absoluteMonthly` (dayOfMonth) patterns over `endDate`, `numbered` and `noEnd` ranges, which is
what Outlook's own "repeat" choices produce; the relative and yearly patterns are refused with a
400 that says so rather than expanded wrongly. Dates are the series' local dates: each
occurrence starts at the master's wall-clock time in the master's zone on that date.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from .wire import GraphFault

DAYS = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
PATTERNS = ("daily", "weekly", "absoluteMonthly")
ALL_PATTERNS = PATTERNS + ("relativeMonthly", "absoluteYearly", "relativeYearly")
RANGES = ("endDate", "noEnd", "numbered")
_PATTERN_FIELDS = {"type", "interval", "daysOfWeek", "firstDayOfWeek", "dayOfMonth", "month"}
_PATTERN_FIELDS |= {"index"}
_RANGE_FIELDS = {"type", "startDate", "endDate", "numberOfOccurrences", "recurrenceTimeZone"}


def _invalid(message: str) -> GraphFault:
    return GraphFault(400, "ErrorInvalidRequest", message)


def _day(value: Any, where: str) -> date:
    if not isinstance(value, str):
        raise _invalid(f"'{where}' must be a date (yyyy-mm-dd).")
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise _invalid(f"'{where}' is not a valid date: {value!r}.") from err


def _fields(value: Any, allowed: set[str], type_name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _invalid(f"'{type_name}' must be an object.")
    extra = set(value) - allowed - {"@odata.type"}
    if extra:
        raise GraphFault(
            400,
            "RequestBodyRead",
            f"The property '{sorted(extra)[0]}' does not exist on type "
            f"'microsoft.graph.{type_name}'.",
        )
    return value


def validate(value: Any, first_day: date) -> dict[str, Any]:
    """Check a patternedRecurrence body; return it in wire shape (defaults filled in)."""
    body = _fields(value, {"pattern", "range"}, "patternedRecurrence")
    pattern = _fields(body.get("pattern"), _PATTERN_FIELDS, "recurrencePattern")
    rng = _fields(body.get("range"), _RANGE_FIELDS, "recurrenceRange")
    kind = pattern.get("type")
    if kind not in ALL_PATTERNS:
        raise GraphFault(
            400,
            "RequestBodyRead",
            f"Requested value '{kind}' was not found in enum type "
            "'microsoft.graph.recurrencePatternType'.",
        )
    if kind not in PATTERNS:
        raise _invalid(f"The emulator expands only {', '.join(PATTERNS)} recurrences, not {kind}.")
    interval = pattern.get("interval", 1)
    if isinstance(interval, bool) or not isinstance(interval, int) or not 1 <= interval <= 99:
        raise _invalid("'pattern.interval' must be a whole number from 1 to 99.")
    days = pattern.get("daysOfWeek") or []
    if not isinstance(days, list) or any(d not in DAYS for d in days):
        raise _invalid(f"'pattern.daysOfWeek' must list days out of {', '.join(DAYS)}.")
    if kind == "weekly" and not days:
        raise _invalid("A weekly recurrence needs at least one day in 'pattern.daysOfWeek'.")
    first_weekday = pattern.get("firstDayOfWeek") or "sunday"
    if first_weekday not in DAYS:
        raise _invalid(f"'pattern.firstDayOfWeek' must be one of {', '.join(DAYS)}.")
    day_of_month = pattern.get("dayOfMonth") or 0
    if kind == "absoluteMonthly" and not (
        isinstance(day_of_month, int) and 1 <= day_of_month <= 31
    ):
        raise _invalid("An absoluteMonthly recurrence needs 'pattern.dayOfMonth' from 1 to 31.")
    range_kind = rng.get("type")
    if range_kind not in RANGES:
        raise GraphFault(
            400,
            "RequestBodyRead",
            f"Requested value '{range_kind}' was not found in enum type "
            "'microsoft.graph.recurrenceRangeType'.",
        )
    start = _day(rng.get("startDate", first_day.isoformat()), "range.startDate")
    end_text = "0001-01-01"
    count = 0
    if range_kind == "endDate":
        end = _day(rng.get("endDate"), "range.endDate")
        if end < start:
            raise _invalid("'range.endDate' must not be before 'range.startDate'.")
        end_text = end.isoformat()
    if range_kind == "numbered":
        wanted = rng.get("numberOfOccurrences")
        if isinstance(wanted, bool) or not isinstance(wanted, int) or wanted < 1:
            raise _invalid("A numbered recurrence needs 'range.numberOfOccurrences' of at least 1.")
        count = wanted
    return {
        "pattern": {
            "type": kind,
            "interval": interval,
            "month": 0,
            "dayOfMonth": day_of_month,
            "daysOfWeek": list(days),
            "firstDayOfWeek": first_weekday,
            "index": "first",
        },
        "range": {
            "type": range_kind,
            "startDate": start.isoformat(),
            "endDate": end_text,
            "recurrenceTimeZone": rng.get("recurrenceTimeZone") or "UTC",
            "numberOfOccurrences": count,
        },
    }


def _candidates(pattern: dict[str, Any], start: date) -> Iterator[date]:
    """Yield the pattern's dates from `start` on, in order, without end."""
    interval = int(pattern["interval"])
    if pattern["type"] == "daily":
        day = start
        while True:
            yield day
            day += timedelta(days=interval)
    elif pattern["type"] == "weekly":
        wanted = {DAYS.index(d) for d in pattern["daysOfWeek"]}
        first = DAYS.index(pattern["firstDayOfWeek"])
        # Weeks begin on firstDayOfWeek; every interval-th week from the start's week counts.
        week = start - timedelta(days=(_sunday_index(start) - first) % 7)
        while True:
            for offset in range(7):
                day = week + timedelta(days=offset)
                if day >= start and _sunday_index(day) in wanted:
                    yield day
            week += timedelta(weeks=interval)
    else:
        year, month = start.year, start.month
        while True:
            try:
                day = date(year, month, int(pattern["dayOfMonth"]))
            except ValueError:
                day = None  # months without that day have no occurrence
            if day is not None and day >= start:
                yield day
            month += interval
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1


def _sunday_index(day: date) -> int:
    return (day.weekday() + 1) % 7


def dates(recurrence: dict[str, Any], until: date) -> Iterator[date]:
    """Yield the series' dates in order, up to `until` (inclusive) or the range's end."""
    rng = recurrence["range"]
    start = date.fromisoformat(rng["startDate"])
    last = date.fromisoformat(rng["endDate"]) if rng["type"] == "endDate" else until
    remaining = int(rng["numberOfOccurrences"]) if rng["type"] == "numbered" else -1
    for day in _candidates(recurrence["pattern"], start):
        if day > min(last, until) or remaining == 0:
            return
        remaining -= 1
        yield day
