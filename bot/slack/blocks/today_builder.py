"""`/assistant today`: the owner's meetings from every calendar, free slots, tasks due.

Times are Slack date markup, so each reader sees their own zone. Event titles, locations, task
titles (email subjects) and a provider's error come from outside: sanitized, escaped and
defused (`mrkdwn`), never a mention or a link. A day with many meetings is cut to what fits one
section, saying how many more there are.
"""

from __future__ import annotations

from typing import Any

from bot import messages as msg
from bot.slack.blocks.base_builder import Block, context, fallback, header, message, say
from bot.slack.blocks.text import join_clipped, mrkdwn, mrkdwn_text, slack_date
from core.api import CalendarEvent, DayView

# A section's text holds 3000 characters; a meeting line is at most ~250.
_SECTION_LIMIT = 2900
_TITLE_LIMIT = 120


def event_line(event: CalendarEvent) -> str:
    """Return one meeting as a mrkdwn line: times, title, provider (and cancelled)."""
    when = (
        msg.CALENDAR_ALL_DAY
        if event.all_day
        else f"{slack_date(event.start, '{time}')}–{slack_date(event.end, '{time}')}"
    )
    title = mrkdwn(" ".join(event.title.split()), _TITLE_LIMIT) or msg.CALENDAR_UNTITLED
    line = f"*{when}*  {title}  · _{msg.calendar_label(event.provider)}_"
    if event.cancelled:
        line += f" ({msg.CALENDAR_CANCELLED})"
    return line


def today_message(view: DayView) -> dict[str, Any]:
    """Return the day: meetings by start, free slots, tasks due, calendars that failed."""
    day = f"{view.day:%A} {view.day.day} {view.day:%B}"
    blocks: list[Block] = [header(f"{msg.CALENDAR_TODAY_TITLE} · {day}")]
    lines = [event_line(e) for e in view.events]
    meetings = join_clipped(lines, _SECTION_LIMIT, more=msg.calendar_more, separator="\n")
    blocks.append(say(meetings or msg.CALENDAR_NO_MEETINGS))
    slots = [f"{slack_date(s.start, '{time}')}–{slack_date(s.end, '{time}')}" for s in view.free]
    blocks.append(
        say(f"*{msg.CALENDAR_FREE_TITLE}:* " + (", ".join(slots) or msg.CALENDAR_NO_FREE))
    )
    if view.tasks_due:
        titles = [
            "• " + (mrkdwn(t.title, _TITLE_LIMIT) or msg.CALENDAR_TASK_UNTITLED)
            for t in view.tasks_due
        ]
        heading = f"*{msg.calendar_tasks_due(len(view.tasks_due))}:*\n"
        blocks.append(say(heading + join_clipped(titles, _SECTION_LIMIT, separator="\n")))
    for problem in view.problems[:5]:
        text = msg.calendar_problem(mrkdwn(problem.label, 40), mrkdwn(problem.message, 300))
        blocks.append(context(mrkdwn_text(f":warning: {text}")))
    if view.all_failed:
        blocks.append(say(msg.calendar_all_failed(len(view.providers))))
    return message(fallback(msg.calendar_today_fallback(len(view.events), len(view.free))), blocks)
