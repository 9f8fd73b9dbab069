"""Calendars in the front ends: `/assistant today` and the demo's calendars."""

from __future__ import annotations

from bot.messages.common import counted

# calendars in the front ends

CALENDARS_OFF = (
    "No calendar is on: add a calendars.outlook or calendars.google section to config.yaml "
    "(README: Calendars)."
)
CALENDAR_TODAY_TITLE = "Today"
CALENDAR_NO_MEETINGS = "No meetings."
CALENDAR_NO_FREE = "No free half hour in working hours."
CALENDAR_FREE_TITLE = "Free"
CALENDAR_TASKS_TITLE = "Tasks due"
CALENDAR_ALL_DAY = "all day"
CALENDAR_CANCELLED = "cancelled"
CALENDAR_UNTITLED = "(no title)"
CALENDAR_TASK_UNTITLED = "(a task whose email is gone)"
CALENDAR_LABELS = {"outlook": "Outlook", "google": "Google Calendar"}


def calendar_label(provider: str) -> str:
    """The name a front end gives an event's provider."""
    return CALENDAR_LABELS.get(provider, provider)


def calendar_day_heading(day: str, time_zone: str) -> str:
    """Name the day an agenda shows ("Friday 4 December 2026") and the zone of its times."""
    return f"{day} ({time_zone})"


def calendar_problem(label: str, message: str) -> str:
    """Say that one calendar could not answer, so what is shown may miss its events."""
    return f"{label} could not be read ({message}); its events are missing here."


def calendar_all_failed(count: int) -> str:
    """Say that no calendar answered."""
    if count == 1:
        return "The calendar could not be read."
    return f"None of the {count} calendars could be read."


def calendar_free_heading(minutes: int, day: str, time_zone: str) -> str:
    """Head the free-slot list of `calendar free` (`day` as "Friday 4 December 2026")."""
    return f"Free {minutes} min on {day} ({time_zone}):"


def calendar_no_slot(minutes: int) -> str:
    """Say that no slot of that length is free in working hours."""
    return f"No free {minutes} minutes in working hours that day."


def calendar_slot_line(start: str, end: str, minutes: int) -> str:
    """One free stretch: its clock times and its length."""
    return f"{start}–{end} ({minutes} min free)"


def calendar_more(count: int) -> str:
    """End a cut list of meetings."""
    return f"…and {counted(count, 'more meeting')}"


def calendar_tasks_due(count: int) -> str:
    """Head the tasks due today."""
    return f"{counted(count, 'task')} due"


def calendar_today_fallback(meetings: int, free: int) -> str:
    """The notification text of `/assistant today`."""
    return f"Today: {counted(meetings, 'meeting')}, {counted(free, 'free slot')}"


def calendar_clash(first: str, first_label: str, second: str, second_label: str) -> str:
    """Say that two meetings take the same time."""
    return f"Clash: {first} ({first_label}) overlaps {second} ({second_label})"


def calendar_first_slot(minutes: int, start: str, end: str) -> str:
    """Name the first free slot of a length the search found."""
    return f"First free {minutes} minutes that no calendar marks busy: {start}–{end}"


DEMO_CALENDARS_TITLE = "5. Your calendars: Outlook and Google Calendar, merged"
