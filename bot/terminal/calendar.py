"""`calendar today` and `calendar free`: the owner's day across calendars, in the terminal.

`--json` prints one object with stable keys: times are ISO 8601 with the owner's UTC offset,
each event names its provider, and `problems` lists each provider that could not answer (the
exit status is 1 when none did). The human form is a compact agenda; event titles are untrusted
text, printed as plain text (the terminal interprets no markup in them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from bot import messages
from bot.terminal.screen import Terminal
from core.api import (
    Assistant,
    CalendarEvent,
    DayView,
    DueTask,
    FreeSlot,
    FreeSlotsView,
    ProviderProblem,
)

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2


def _iso(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).isoformat()


def _clock(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def printable(text: str) -> str:
    """Return outside text as one printable line: no escape sequences, bidi overrides or line
    breaks reach the terminal."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def event_json(event: CalendarEvent, zone: tzinfo) -> dict[str, Any]:
    """One event with stable keys, times in the owner's zone."""
    return {
        "provider": event.provider,
        "calendar_id": event.calendar_id,
        "id": event.id,
        "title": event.title,
        "start": _iso(event.start, zone),
        "end": _iso(event.end, zone),
        "all_day": event.all_day,
        "show_as": event.show_as,
        "cancelled": event.cancelled,
        "location": event.location,
        "organizer": event.organizer,
        "web_link": event.web_link,
    }


def slot_json(slot: FreeSlot, zone: tzinfo) -> dict[str, Any]:
    """One free stretch with its length in minutes."""
    return {"start": _iso(slot.start, zone), "end": _iso(slot.end, zone), "minutes": slot.minutes}


def _problems_json(problems: Sequence[ProviderProblem]) -> list[dict[str, str]]:
    return [{"provider": p.provider, "label": p.label, "message": p.message} for p in problems]


def _task_json(task: DueTask) -> dict[str, str]:
    return {"title": task.title, "provider": task.provider, "task_id": task.task_id}


def day_json(view: DayView) -> dict[str, Any]:
    """`calendar today --json`."""
    zone = view.zone
    return {
        "date": view.day.isoformat(),
        "time_zone": view.time_zone,
        "providers": list(view.providers),
        "events": [event_json(e, zone) for e in view.events],
        "free": [slot_json(s, zone) for s in view.free],
        "tasks_due": [_task_json(t) for t in view.tasks_due],
        "problems": _problems_json(view.problems),
    }


def free_json(view: FreeSlotsView) -> dict[str, Any]:
    """`calendar free --json`."""
    zone = view.zone
    return {
        "date": view.day.isoformat(),
        "time_zone": view.time_zone,
        "minutes": view.minutes,
        "providers": list(view.providers),
        "slots": [slot_json(s, zone) for s in view.slots],
        "problems": _problems_json(view.problems),
    }


def agenda_lines(view: DayView) -> list[str]:
    """The day as a compact agenda: meetings, free time, tasks due (problems go separately)."""
    zone = view.zone
    lines = [messages.calendar_day_heading(_long_date(view.day), view.time_zone)]
    for event in view.events:
        when = (
            messages.CALENDAR_ALL_DAY.ljust(11)
            if event.all_day
            else f"{_clock(event.start, zone)}–{_clock(event.end, zone)}"
        )
        title = printable(event.title) or messages.CALENDAR_UNTITLED
        mark = f" ({messages.CALENDAR_CANCELLED})" if event.cancelled else ""
        lines.append(f"  {when}  {title}{mark}  [{messages.calendar_label(event.provider)}]")
    if not view.events:
        lines.append(f"  {messages.CALENDAR_NO_MEETINGS}")
    free = ", ".join(f"{_clock(s.start, zone)}–{_clock(s.end, zone)}" for s in view.free)
    lines.append(f"{messages.CALENDAR_FREE_TITLE}: {free or messages.CALENDAR_NO_FREE}")
    if view.tasks_due:
        lines.append(messages.calendar_tasks_due(len(view.tasks_due)) + ":")
        lines += [
            f"  • {printable(t.title) or messages.CALENDAR_TASK_UNTITLED}" for t in view.tasks_due
        ]
    return lines


def _print_json(terminal: Terminal, value: dict[str, Any]) -> None:
    # Plain: no colour, no markup, no wrapping, so the output parses as it is.
    text = json.dumps(value, indent=2, ensure_ascii=False)
    terminal.console.print(text, markup=False, highlight=False, soft_wrap=True)


def _report_problems(terminal: Terminal, problems: Sequence[ProviderProblem]) -> None:
    for problem in problems:
        terminal.warn(messages.calendar_problem(problem.label, printable(problem.message)))


def _exit_status(terminal: Terminal, view: DayView | FreeSlotsView, *, as_json: bool) -> int:
    """1 when no provider answered, else 0."""
    if not view.all_failed:
        return EXIT_OK
    if not as_json:  # the JSON's problems say it; stdout stays one JSON document
        terminal.error(messages.calendar_all_failed(len(view.providers)))
    return EXIT_FAILED


async def today(assistant: Assistant, terminal: Terminal, *, as_json: bool) -> int:
    """Print today's merged calendar; exit 1 when no provider answered."""
    if not assistant.calendars_enabled:
        terminal.error(messages.CALENDARS_OFF)
        return EXIT_CONFIG
    view = await assistant.calendar_day(await assistant.owner_today())
    if as_json:
        _print_json(terminal, day_json(view))
    else:
        for line in agenda_lines(view):
            terminal.say(line)
        _report_problems(terminal, view.problems)
    return _exit_status(terminal, view, as_json=as_json)


async def free(
    assistant: Assistant, terminal: Terminal, *, day: date, minutes: int, as_json: bool
) -> int:
    """Print the free slots of a day; exit 1 when no provider answered."""
    if not assistant.calendars_enabled:
        terminal.error(messages.CALENDARS_OFF)
        return EXIT_CONFIG
    view = await assistant.free_slots(day, minutes)
    if as_json:
        _print_json(terminal, free_json(view))
    else:
        zone = view.zone
        terminal.say(messages.calendar_free_heading(minutes, _long_date(day), view.time_zone))
        for slot in view.slots:
            start, end = _clock(slot.start, zone), _clock(slot.end, zone)
            terminal.say("  " + messages.calendar_slot_line(start, end, slot.minutes))
        if not view.slots:
            terminal.say("  " + messages.calendar_no_slot(minutes))
        _report_problems(terminal, view.problems)
    return _exit_status(terminal, view, as_json=as_json)
