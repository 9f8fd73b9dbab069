"""getSchedule: `POST /me/calendar/getSchedule`, the owner's free/busy merged into slots.

Body: `schedules` (SMTP addresses, at most 20), `startTime`/`endTime` (dateTimeTimeZone) and
`availabilityViewInterval` (minutes, 5..1440, default 30, shorter than the window: else 400
ErrorInvalidMergedFreeBusyInterval, the live message). The window may span at most
`emu.calendar_schedule_max_days` days (62 live, where 63 is a 400 ErrorTimeIntervalTooBig;
Exchange's own availability default is 42). Each schedule gets `scheduleItems` (every instance of
the default calendar in the window, cancelled ones left out), an `availabilityView` with one
digit per slot (0 free, 1 tentative, 2 busy, 3 oof, 4 workingElsewhere; where items overlap, the
strongest status wins: oof > busy > tentative > workingElsewhere > free) and the mailbox's
workingHours. Times come back in UTC unless `Prefer: outlook.timezone` is sent. All-day items
are taken as midnight in the request's zone. An address that is not the owner's gets an `error`
(responseCode 5009, as live for an address it cannot resolve). Personal Microsoft accounts do
not have getSchedule: `emu.calendar_get_schedule_available = False` answers as such an account.
"""

from __future__ import annotations

import math
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from .calendar_events import CalendarEvent
from .calendar_time import in_zone, read_wall_clock, reply_zone, require_zone
from .mail import json_object, params_ci
from .routing import Router
from .wire import GraphFault, GraphReply, GraphRequest

if TYPE_CHECKING:
    from .app import GraphEmulator

router = Router()

MAX_SCHEDULES = 20
DIGITS = {"free": "0", "tentative": "1", "busy": "2", "oof": "3", "workingElsewhere": "4"}
STRENGTH = {"free": 0, "workingElsewhere": 1, "tentative": 2, "busy": 3, "oof": 4}
_PARAMETERS = ("schedules", "starttime", "endtime", "availabilityviewinterval")


def not_for_personal_accounts() -> GraphFault:
    """Return the refusal Graph gives personal Microsoft accounts for work-only APIs."""
    return GraphFault(400, "BadRequest", "This API is not supported for MSA accounts")


def _interval(value: Any, window: timedelta) -> int:
    minutes = 30 if value is None else value
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not 5 <= minutes <= 1440
        or timedelta(minutes=minutes) > window
    ):
        raise GraphFault(
            400,
            "ErrorInvalidMergedFreeBusyInterval",
            "The specified merged free/busy interval is not valid. Specify an interval that is "
            "less than the free/busy time window and  between 5 and 1440 minutes.",
        )
    return minutes


def _read_body(
    emu: GraphEmulator, req: GraphRequest
) -> tuple[list[str], datetime, datetime, str, int]:
    """Return the schedules, the window, the zone the request was made in, and the interval."""
    params = params_ci(json_object(req))
    for name in params:
        if name not in _PARAMETERS:
            raise GraphFault(
                400,
                "BadRequest",
                f"The parameter '{name}' in the request payload is not a valid parameter for "
                "the operation 'getSchedule'.",
            )
    schedules = params.get("schedules")
    if (
        not isinstance(schedules, list)
        or not schedules
        or not all(isinstance(s, str) and s.strip() for s in schedules)
    ):
        raise GraphFault(
            400, "ErrorInvalidParameter", "'schedules' must list at least one SMTP address."
        )
    if len(schedules) > MAX_SCHEDULES:
        raise GraphFault(
            400,
            "ErrorInvalidParameter",
            f"At most {MAX_SCHEDULES} schedules can be asked for at once ({len(schedules)} given).",
        )
    for name in ("starttime", "endtime"):
        if name not in params:
            raise GraphFault(400, "ErrorInvalidParameter", f"The parameter '{name}' is missing.")
    start, request_zone = read_wall_clock(params["starttime"], "startTime")
    end, _ = read_wall_clock(params["endtime"], "endTime")
    if end <= start:
        raise GraphFault(400, "ErrorInvalidParameter", "'endTime' must be later than 'startTime'.")
    if end - start > timedelta(days=emu.calendar_schedule_max_days):
        raise GraphFault(
            400,
            "ErrorTimeIntervalTooBig",
            "The time window that was specified is larger than the allowed limit of "
            f"{emu.calendar_schedule_max_days} days.",
        )
    minutes = _interval(params.get("availabilityviewinterval"), end - start)
    return schedules, start, end, request_zone, minutes


def _busy_spans(
    emu: GraphEmulator, start: datetime, end: datetime, request_zone: str
) -> list[tuple[CalendarEvent, datetime, datetime]]:
    """Return the default calendar's instances in the window with the span they block."""
    zone = require_zone(request_zone)
    margin = timedelta(days=1)
    spans = []
    for event in emu.calendar.view(start - margin, end + margin, emu.calendar.default_id):
        if event.is_cancelled:
            continue
        if event.all_day:
            first = datetime.combine(event.start.date(), time(), tzinfo=zone)
            last = datetime.combine(event.end.date(), time(), tzinfo=zone)
        else:
            first, last = event.start, event.end
        if first < end and last > start:
            spans.append((event, first, last))
    return spans


def _availability_view(
    spans: list[tuple[CalendarEvent, datetime, datetime]],
    start: datetime,
    end: datetime,
    minutes: int,
) -> str:
    step = timedelta(minutes=minutes)
    slots = math.ceil((end - start) / step)
    digits: list[str] = []
    for i in range(slots):
        slot_start, slot_end = start + i * step, start + (i + 1) * step
        statuses = [
            event.show_as
            for event, first, last in spans
            if first < slot_end and last > slot_start and event.show_as in STRENGTH
        ]
        strongest = max(statuses, key=lambda s: STRENGTH[s], default="free")
        digits.append(DIGITS[strongest])
    return "".join(digits)


@router.route("POST", "/me/calendar/getSchedule")
def get_schedule(emu: GraphEmulator, req: GraphRequest) -> GraphReply:
    """Answer free/busy for the owner's address; other addresses get a per-schedule error."""
    if not emu.calendar_get_schedule_available:
        raise not_for_personal_accounts()
    schedules, start, end, request_zone, minutes = _read_body(emu, req)
    zone_name, zone = reply_zone(req)
    owner = {str(emu.profile.get(k, "")).casefold() for k in ("mail", "userPrincipalName")}
    spans = _busy_spans(emu, start, end, request_zone)
    value: list[dict[str, Any]] = []
    for address in schedules:
        if address.strip().casefold() not in owner:
            value.append(
                {
                    "scheduleId": address,
                    "error": {
                        "message": f"Unable to resolve e-mail address {address} to an Active "
                        "Directory object.",
                        "responseCode": "5009",
                    },
                }
            )
            continue
        items = [
            {
                "isPrivate": event.sensitivity == "private",
                "status": event.show_as,
                "subject": event.subject,
                "location": event.location.get("displayName", ""),
                "start": in_zone(first, zone_name, zone),
                "end": in_zone(last, zone_name, zone),
            }
            for event, first, last in spans
        ]
        value.append(
            {
                "scheduleId": address,
                "availabilityView": _availability_view(spans, start, end, minutes),
                "scheduleItems": items,
                "workingHours": dict(emu.mailbox_settings["workingHours"]),
            }
        )
    context = req.link("/$metadata#Collection(microsoft.graph.scheduleInformation)")
    reply = GraphReply(200, {"@odata.context": context, "value": value})
    if "outlook.timezone" in req.prefer():
        reply.headers["Preference-Applied"] = f'outlook.timezone="{zone_name}"'
    return reply
