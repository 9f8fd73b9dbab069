"""RFC3339 instants and EventDateTime values: parsing as strictly as Google, rendering per zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import GoogleError, bad_parameter, bad_request


def zone(name: str, *, where: str) -> ZoneInfo:
    """Return an IANA zone, or a 400 naming the field that carried the bad name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise bad_request(f"Invalid time zone definition for {where}.", location=where) from exc


def parse_query_instant(value: str, name: str) -> datetime:
    """A timeMin/timeMax/updatedMin: RFC3339 with a mandatory offset (discovery: events.list)."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise bad_parameter(name) from exc
    if "T" not in value or parsed.tzinfo is None:
        raise bad_parameter(name)
    return parsed.astimezone(UTC)


def render_instant(moment: datetime, tz: ZoneInfo) -> str:
    """Render an instant in a zone the way Google does: seconds, offset, `Z` for UTC."""
    local = moment.astimezone(tz).replace(microsecond=0)
    text = local.isoformat()
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


@dataclass(frozen=True)
class When:
    """One side of an event: an instant (all-day: local midnight in `tz`) and how it was given."""

    instant: datetime
    all_day: bool
    local: datetime  # wall-clock time in `tz` (naive), the base for recurrence arithmetic
    tz: ZoneInfo
    tz_name: str | None  # the EventDateTime's own timeZone, if it had one


def parse_event_time(value: Any, where: str, calendar_tz: ZoneInfo) -> When:
    """Read an EventDateTime: `{date}` for all-day or `{dateTime, timeZone?}`, never both."""
    if not isinstance(value, dict):
        raise bad_request(f"Missing {where} time.", reason="required", location=where)
    has_date, has_datetime = value.get("date") is not None, value.get("dateTime") is not None
    tz_name = value.get("timeZone")
    tz = zone(tz_name, where=f"{where} time") if isinstance(tz_name, str) else calendar_tz
    if has_date == has_datetime:
        raise bad_request(f"Missing {where} time.", reason="required", location=where)
    if has_date:
        try:
            day = date.fromisoformat(str(value["date"]))
        except ValueError as exc:
            raise bad_request(f"Invalid {where} time.", location=where) from exc
        local = datetime.combine(day, time())
        return When(local.replace(tzinfo=tz).astimezone(UTC), True, local, tz, tz_name)
    text = str(value["dateTime"])
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise bad_request(f"Invalid {where} time.", location=where) from exc
    if "T" not in text:
        raise bad_request(f"Invalid {where} time.", location=where)
    if parsed.tzinfo is None:
        if tz_name is None:
            raise bad_request(
                f"Missing time zone definition for {where} time.", reason="required", location=where
            )
        parsed = parsed.replace(tzinfo=tz)
    local = parsed.astimezone(tz).replace(tzinfo=None)
    return When(parsed.astimezone(UTC), False, local, tz, tz_name)


def shifted(when: When, local: datetime) -> When:
    """The same kind of time at another wall-clock moment (a recurrence instance)."""
    instant = local.replace(tzinfo=when.tz).astimezone(UTC)
    return When(instant, when.all_day, local, when.tz, when.tz_name)


def render_event_time(when: When, reply_tz: ZoneInfo) -> dict[str, Any]:
    """An EventDateTime for a reply: `date` for all-day, else dateTime in the reply's zone."""
    if when.all_day:
        return {"date": when.local.date().isoformat()}
    out: dict[str, Any] = {"dateTime": render_instant(when.instant, reply_tz)}
    if when.tz_name is not None:
        out["timeZone"] = when.tz_name
    return out


def instance_suffix(when: When) -> str:
    """Google's instance id suffix: `20261204T090000Z` (timed) or `20261204` (all-day)."""
    if when.all_day:
        return when.local.strftime("%Y%m%d")
    return when.instant.strftime("%Y%m%dT%H%M%SZ")


def ensure_order(start: When, end: When) -> None:
    """An event must end after it starts, and both sides must be the same kind."""
    if start.all_day != end.all_day:
        raise GoogleError(
            400,
            "invalid",
            "Start and end times must either both be date or both be dateTime.",
        )
    if end.instant < start.instant or (start.all_day and end.local <= start.local):
        raise GoogleError(
            400, "timeRangeEmpty", "The specified time range is empty.", domain="calendar"
        )


ONE_DAY = timedelta(days=1)
