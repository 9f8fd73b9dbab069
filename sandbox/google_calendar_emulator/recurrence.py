"""The RRULE subset the emulator expands: FREQ=DAILY|WEEKLY with INTERVAL, COUNT, UNTIL, BYDAY.

Occurrences step in wall-clock time in the event's zone (so 09:00 stays 09:00 across a DST
change), as RFC 5545 does. A rule with neither COUNT nor UNTIL is cut at a horizon.
EXDATE lines remove single occurrences (that is how a deleted instance is stored).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .errors import bad_request

_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
# How far an open-ended rule is expanded when the query sets no timeMax.
HORIZON = timedelta(days=730)
MAX_INSTANCES = 2000


@dataclass(frozen=True)
class Rule:
    """A parsed RRULE."""

    freq: str
    interval: int
    count: int | None
    until: datetime | date | None
    byday: tuple[int, ...]


def _invalid(line: str) -> Exception:
    return bad_request(f"Invalid recurrence rule: {line!r}.", location="recurrence")


def parse(lines: Sequence[str]) -> tuple[Rule | None, set[str]]:
    """Read the event's `recurrence` lines: one RRULE, any EXDATEs (as instance suffixes)."""
    rule: Rule | None = None
    exdates: set[str] = set()
    for line in lines:
        if line.startswith("EXDATE"):
            exdates.update(line.split(":", 1)[1].split(","))
            continue
        if not line.startswith("RRULE:") or rule is not None:
            raise _invalid(line)
        parts = dict(part.partition("=")[::2] for part in line[6:].split(";"))
        try:
            until_text = parts.get("UNTIL")
            until: datetime | date | None = None
            if until_text is not None:
                until = (
                    datetime.strptime(until_text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                    if "T" in until_text
                    else datetime.strptime(until_text, "%Y%m%d").date()
                )
            rule = Rule(
                freq=parts["FREQ"],
                interval=int(parts.get("INTERVAL", "1")),
                count=int(parts["COUNT"]) if "COUNT" in parts else None,
                until=until,
                byday=tuple(_WEEKDAYS[d] for d in parts["BYDAY"].split(","))
                if "BYDAY" in parts
                else (),
            )
        except (KeyError, ValueError) as exc:
            raise _invalid(line) from exc
        unknown = set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST"}
        if rule.freq not in {"DAILY", "WEEKLY"} or unknown or rule.interval < 1:
            raise _invalid(line)
        if rule.count is not None and rule.until is not None:
            raise _invalid(line)
    return rule, exdates


def _candidates(rule: Rule, first: datetime) -> Iterator[datetime]:
    if rule.freq == "DAILY":
        step = 0
        while True:
            yield first + timedelta(days=step * rule.interval)
            step += 1
    days = rule.byday or (first.weekday(),)
    week_start = first - timedelta(days=first.weekday())
    week = 0
    while True:
        monday = week_start + timedelta(weeks=week * rule.interval)
        for weekday in sorted(days):
            candidate = monday + timedelta(days=weekday)
            if candidate >= first:
                yield candidate
        week += 1


def occurrences(
    rule: Rule, first: datetime, stop: datetime, to_utc: Callable[[datetime], datetime]
) -> Iterator[datetime]:
    """Wall-clock starts of the rule from `first` (naive local), up to (excluding) `stop`.

    `to_utc` turns a local start into a UTC instant, to compare with a UTC UNTIL.
    """
    produced = 0
    for local in _candidates(rule, first):
        if local >= stop or produced >= MAX_INSTANCES:
            return
        if rule.count is not None and produced >= rule.count:
            return
        if isinstance(rule.until, datetime) and to_utc(local) > rule.until:
            return
        if isinstance(rule.until, date) and not isinstance(rule.until, datetime):
            if local.date() > rule.until:
                return
        produced += 1
        yield local
