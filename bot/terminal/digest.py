"""`digest --now` and `stats`: the daily digest and the week's numbers in the terminal.

Subjects, senders, event and task titles come from outside: printed as plain text on one line
(the terminal interprets no markup or escape sequence in them).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot import messages
from bot.terminal.calendar import printable
from bot.terminal.screen import Terminal
from core.api import Assistant, Digest, PeriodNumbers, PeriodStats

EXIT_OK = 0
_SHOWN = 15


def _numbers(numbers: PeriodNumbers, cost_usd: float | None = None) -> str:
    return messages.period_line(
        numbers.triaged, numbers.approved, numbers.corrected, numbers.dismissed, cost_usd
    )


def _section(title: str, lines: Sequence[str], empty: str, total: int) -> list[str]:
    if not lines:
        return [f"{title}: {empty}"]
    shown = [f"{title} ({total}):", *(f"  • {line}" for line in lines[:_SHOWN])]
    if total > _SHOWN:
        shown.append("  " + messages.digest_more(total - _SHOWN))
    return shown


def digest_lines(digest: Digest) -> list[str]:
    """Return the digest as terminal lines, its sections in the Slack digest's order."""
    zone = digest.zone
    lines = [messages.digest_title(messages.long_day(digest.day))]
    replies = [
        messages.digest_reply_line(
            printable(i.subject), printable(i.sender_name or i.sender_address)
        )
        for i in digest.needs_reply
    ]
    lines += _section(
        messages.DIGEST_NEEDS_REPLY, replies, messages.DIGEST_NOTHING_TO_REPLY, len(replies)
    )
    waits = [
        messages.digest_wait_line(
            printable(w.subject),
            printable(w.waiting_on),
            messages.short_day(w.since.astimezone(zone).date()),
        )
        for w in digest.overdue_waits
    ]
    lines += _section(messages.DIGEST_WAITS, waits, messages.DIGEST_NO_WAITS, len(waits))
    meetings = [
        (messages.CALENDAR_ALL_DAY if e.all_day else f"{e.start.astimezone(zone):%H:%M}")
        + f"  {printable(e.title) or messages.CALENDAR_UNTITLED}"
        for e in digest.meetings
    ]
    empty = messages.CALENDAR_NO_MEETINGS if digest.calendars else messages.DIGEST_NO_CALENDAR
    lines += _section(messages.DIGEST_MEETINGS, meetings, empty, len(meetings))
    lines += [
        messages.calendar_problem(printable(p.label), printable(p.message))
        for p in digest.calendar_problems
    ]
    tasks = [
        messages.digest_task_line(
            printable(t.title) or messages.CALENDAR_TASK_UNTITLED,
            messages.task_provider_label(t.provider),
            messages.short_day(t.due),
            t.due < digest.day,
        )
        for t in digest.tasks_due
    ]
    lines += _section(messages.DIGEST_TASKS, tasks, messages.DIGEST_NO_TASKS, len(tasks))
    lines.append(
        f"{messages.DIGEST_YESTERDAY}: {_numbers(digest.yesterday, digest.yesterday_cost_usd)}"
    )
    if digest.expired:
        lines.append(messages.digest_expired(digest.expired))
    return lines


def stats_lines(stats: PeriodStats) -> list[str]:
    """Return the week's numbers: totals, per action type, per folder, and cost."""
    last = stats.until.astimezone(stats.since.tzinfo).date()
    lines = [messages.stats_title(messages.short_day(stats.since.date()), messages.short_day(last))]
    if not stats.by_action_type:
        lines.append(messages.STATS_NOTHING)
    else:
        lines.append(_numbers(stats.totals))
        for title, rows in (
            (messages.STATS_BY_ACTION, stats.by_action_type),
            (messages.STATS_BY_FOLDER, stats.by_folder),
        ):
            shown = [messages.stats_row(printable(name), _numbers(n)) for name, n in rows]
            lines += _section(title, shown, "", len(shown))
    lines.append(messages.stats_cost(stats.cost_usd, stats.classifications))
    return lines


async def digest(assistant: Assistant, terminal: Terminal, *, now: bool) -> int:
    """`digest --now`: print today's digest (without --now, say when it is sent)."""
    if not now:
        terminal.say(messages.DIGEST_NOW_HINT)
        return EXIT_OK
    for line in digest_lines(await assistant.digest()):
        terminal.say(line)
    return EXIT_OK


async def stats(assistant: Assistant, terminal: Terminal) -> int:
    """`stats`: print the last seven days."""
    for line in stats_lines(await assistant.week_stats()):
        terminal.say(line)
    return EXIT_OK
