"""Calendar time: zone names (IANA or Windows), dateTimeTimeZone values and query windows.

Graph reads a `dateTimeTimeZone` as wall-clock time in its zone and accepts IANA and Windows zone
names alike ("Europe/Berlin", "W. Europe Standard Time"), as mailboxSettings.timeZone may hold
either. Replies carry seven fractional digits and no offset ("2026-03-02T09:00:00.0000000"), in
UTC unless the request sent `Prefer: outlook.timezone="..."`; an unknown zone there, or in a
body, is a 400 TimeZoneNotSupportedException. calendarView's startDateTime/endDateTime are read
by their own offset (none: UTC) whatever the Prefer header says.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tzlocal.windows_tz import win_tz

from .mail import date_time_time_zone
from .wire import GraphFault, GraphRequest

_UTC_NAMES = frozenset({"UTC", "TZONE://MICROSOFT/UTC", "ETC/UTC", "COORDINATED UNIVERSAL TIME"})
# The longest calendarView window the live service serves (a longer one is a 400).
MAX_VIEW_DAYS = 1825


def zone_of(name: str) -> ZoneInfo | None:
    """Return the zone a Graph time-zone name means (IANA or Windows), None if unknown."""
    text = name.strip()
    if text.upper() in _UTC_NAMES:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(win_tz.get(text, text))
    except (ZoneInfoNotFoundError, ValueError):
        return None


def unsupported_zone(name: str) -> GraphFault:
    """Return Graph's answer to a time-zone name it does not know."""
    return GraphFault(
        400,
        "TimeZoneNotSupportedException",
        "A valid TimeZone value must be specified. "
        f"The following TimeZone value is not supported: '{name}'.",
    )


def require_zone(name: str) -> ZoneInfo:
    """Resolve a zone name or answer 400 TimeZoneNotSupportedException."""
    zone = zone_of(name)
    if zone is None:
        raise unsupported_zone(name)
    return zone


def reply_zone(req: GraphRequest) -> tuple[str, ZoneInfo]:
    """Return the zone replies use: Prefer outlook.timezone (as the client spelt it) or UTC."""
    name = req.prefer().get("outlook.timezone")
    if name is None:
        return "UTC", ZoneInfo("UTC")
    return name, require_zone(name)


def wire_time(moment: datetime) -> str:
    """Format a wall-clock time the way Graph writes dateTimeTimeZone.dateTime."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.0000000")


def in_zone(moment: datetime, name: str, zone: ZoneInfo) -> dict[str, str]:
    """Render an instant as a dateTimeTimeZone in a zone."""
    return {"dateTime": wire_time(moment.astimezone(zone)), "timeZone": name}


def floating_day(day: date, name: str) -> dict[str, str]:
    """Render an all-day boundary: midnight of its own date, whatever zone is asked for."""
    return {"dateTime": wire_time(datetime.combine(day, time())), "timeZone": name}


def read_wall_clock(value: Any, where: str) -> tuple[datetime, str]:
    """Validate a dateTimeTimeZone body value; return (aware instant, zone name as given)."""
    checked = date_time_time_zone(value, where)  # the shape, as for a message's flag
    name = checked["timeZone"]
    zone = require_zone(name)
    parsed = datetime.fromisoformat(checked["dateTime"].strip().replace("Z", "+00:00"))
    # An offset in the string wins over the zone name, as it does on the live service.
    moment = parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)
    return moment.astimezone(UTC), name


def query_window(req: GraphRequest) -> tuple[datetime, datetime]:
    """Read the required startDateTime/endDateTime of calendarView, instances and delta."""
    lowered = {key.lower(): value for key, value in req.query.items()}
    start, end = lowered.get("startdatetime"), lowered.get("enddatetime")
    if not start or not end:
        raise GraphFault(
            400,
            "ErrorInvalidParameter",
            "This request requires a time window specified by the query string parameters "
            "StartDateTime and EndDateTime.",
        )
    bounds: list[datetime] = []
    for name, text in (("StartDateTime", start), ("EndDateTime", end)):
        try:
            value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError as err:
            raise GraphFault(
                400,
                "ErrorInvalidParameter",
                f"The value '{text}' of parameter '{name}' is invalid.",
            ) from err
        bounds.append((value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC))
    if bounds[1] - bounds[0] > timedelta(days=MAX_VIEW_DAYS):
        raise GraphFault(
            400,
            "ErrorInvalidRequest",
            f"The time window is too large; at most {MAX_VIEW_DAYS} days are allowed.",
        )
    return bounds[0], bounds[1]


def utc_midnight(day: date) -> datetime:
    """Return midnight UTC of a date (all-day events are matched to windows this way)."""
    return datetime.combine(day, time(), tzinfo=UTC)
