"""Calendars in the front ends: `/assistant today` and the demo's calendars."""

from __future__ import annotations

from datetime import datetime

from bot.messages.common import counted
from bot.messages.failures import problem_text
from core.api import DayView, Proposal, Step, StepKind

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


# the DM assistant's calendar answers and changes


def _when(start: datetime, end: datetime) -> str:
    """ "Tue 5 Jan 15:00–15:30" (both ends in the zone `start` is in)."""
    end = end.astimezone(start.tzinfo)
    head = f"{start:%a} {start.day} {start:%b} {start:%H:%M}"
    if end.date() == start.date():
        return f"{head}–{end:%H:%M}"
    return f"{head}–{end:%a} {end.day} {end:%b} {end:%H:%M}"


def _titled(title: str) -> str:
    return f'"{title}"' if title.strip() else CALENDAR_UNTITLED


def calendar_proposal_text(proposal: Proposal) -> str:
    """Ask to confirm a calendar change the DM assistant proposes."""
    plan = proposal.event
    assert plan is not None
    title, where = _titled(plan.title), plan.provider_label
    when = f"{_when(plan.start, plan.end)} ({plan.zone_name})"
    if plan.action == "create":
        text = f"Create {title} on {when} in {where}"
        if plan.location:
            text += f" at {plan.location}"
        if plan.attendees:
            text += f"; invitations go to {', '.join(plan.attendees)}"
        return text + "."
    if plan.action == "move":
        assert plan.before_start is not None and plan.before_end is not None
        before = _when(plan.before_start, plan.before_end)
        return f"Move {title} in {where} from {before} to {when}."
    return f"Delete {title} ({when}) from {where}; the assistant created it."


def calendar_step_text(step: Step) -> str:
    """Say what a confirmed calendar change did ("" for a step that is not one)."""
    plan, kind = step.event, step.kind
    if plan is None:
        return ""
    title, where = _titled(plan.title), plan.provider_label
    if kind is StepKind.EVENT_CREATED:
        invited = f"; invitations sent to {len(plan.attendees)}" if plan.attendees else ""
        return f"Created {title} on {_when(plan.start, plan.end)} in {where}{invited}."
    if kind is StepKind.EVENT_MOVED:
        return f"Moved {title} to {_when(plan.start, plan.end)} in {where}."
    if kind is StepKind.EVENT_DELETED:
        return f"Deleted {title} from {where}."
    if kind is StepKind.EVENT_GONE:
        return f"{title} no longer exists in {where}; nothing was changed."
    if kind is StepKind.EVENT_CHANGED:
        return f"{title} was changed in {where} since I proposed this; nothing was changed."
    if kind is StepKind.EVENT_REFUSED:
        return f"Not deleted: the assistant did not create {title}, and it deletes only its own."
    if step.problem is None:
        return f"Could not change {title} in {where}; nothing was changed."
    return problem_text(step.problem, f"change {title} in {where}")


def calendar_chat_day(day: DayView | None) -> str:
    """The owner's day in the DM, offline: meetings, free time, calendars that failed."""
    if day is None:
        return CALENDARS_OFF
    zone = day.zone
    lines = [calendar_day_heading(f"{day.day:%A} {day.day.day} {day.day:%B %Y}", day.time_zone)]
    for event in day.events:
        start, end = event.start.astimezone(zone), event.end.astimezone(zone)
        when = CALENDAR_ALL_DAY if event.all_day else f"{start:%H:%M}–{end:%H:%M}"
        mark = f" ({CALENDAR_CANCELLED})" if event.cancelled else ""
        title = event.title.strip() or CALENDAR_UNTITLED
        lines.append(f"• {when} {title}{mark} [{calendar_label(event.provider)}]")
    if not day.events:
        lines.append(CALENDAR_NO_MEETINGS)
    free = ", ".join(
        f"{s.start.astimezone(zone):%H:%M}–{s.end.astimezone(zone):%H:%M}" for s in day.free
    )
    lines.append(f"{CALENDAR_FREE_TITLE}: {free or CALENDAR_NO_FREE}")
    lines += [calendar_problem(p.label, p.message) for p in day.problems]
    return "\n".join(lines)
