"""The daily digest and `/assistant stats` as Block Kit messages.

The digest's sections come in UX.md's order: needs a reply, overdue waiting-fors, today's
meetings, tasks due, yesterday's numbers and cost. Subjects, senders, event and task titles are
untrusted: sanitized, escaped and defused; an email links to Outlook only through our own label
on a trusted Outlook URL. A long section is cut to what fits, saying how many more there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from bot import messages as msg
from bot.slack.blocks.base_builder import Block, context, fallback, header, message, say
from bot.slack.blocks.text import join_clipped, link, mrkdwn, mrkdwn_text, slack_date
from bot.slack.blocks.today_builder import event_line
from core.api import Digest, NeedsReplyItem, PeriodNumbers, PeriodStats, TaskDue

_SECTION_LIMIT = 2900
_TEXT_LIMIT = 120
_SHOWN = 10  # rows per stats table


def _listed(title: str, lines: Sequence[str], empty: str, total: int | None = None) -> Block:
    if not lines:
        return say(f"*{title}*\n{empty}")
    bullets = [f"• {line}" for line in lines]
    hidden = (total or len(lines)) - len(lines)
    if hidden > 0:
        bullets.append(msg.digest_more(hidden))
    body = join_clipped(bullets, _SECTION_LIMIT, more=msg.digest_more, separator="\n")
    return say(f"*{title}* ({total or len(lines)})\n{body}")


def _reply_line(item: NeedsReplyItem) -> str:
    subject = mrkdwn(item.subject, _TEXT_LIMIT) or msg.CALENDAR_UNTITLED
    sender = mrkdwn(item.sender_name or item.sender_address, 60)
    line = msg.digest_reply_line(subject, sender)
    if item.status == "approved":
        line += f" · _{msg.DIGEST_APPROVED_NOW}_"
    opened = link(item.web_link, msg.OPEN_IN_OUTLOOK)
    return f"{line} · {opened}" if opened else line


def _task_line(task: TaskDue, today: date) -> str:
    title = mrkdwn(task.title, _TEXT_LIMIT) or msg.CALENDAR_TASK_UNTITLED
    backend = msg.task_provider_label(task.provider)
    return msg.digest_task_line(title, backend, msg.short_day(task.due), task.due < today)


def numbers_text(numbers: PeriodNumbers, cost_usd: float | None = None) -> str:
    """Return a period's numbers on one line."""
    return msg.period_line(
        numbers.triaged, numbers.approved, numbers.corrected, numbers.dismissed, cost_usd
    )


def digest_message(digest: Digest, *, limit: int = 15) -> dict[str, Any]:
    """Return the digest as one message, its sections in a fixed order."""
    blocks: list[Block] = [header(msg.digest_title(msg.long_day(digest.day)))]
    replies = [_reply_line(i) for i in digest.needs_reply[:limit]]
    blocks.append(
        _listed(
            msg.DIGEST_NEEDS_REPLY, replies, msg.DIGEST_NOTHING_TO_REPLY, len(digest.needs_reply)
        )
    )
    waits = [
        msg.digest_wait_line(
            mrkdwn(w.subject, _TEXT_LIMIT), mrkdwn(w.waiting_on, 60), slack_date(w.since)
        )
        for w in digest.overdue_waits[:limit]
    ]
    blocks.append(_listed(msg.DIGEST_WAITS, waits, msg.DIGEST_NO_WAITS, len(digest.overdue_waits)))
    meetings = [event_line(e) for e in digest.meetings]
    empty = msg.CALENDAR_NO_MEETINGS if digest.calendars else msg.DIGEST_NO_CALENDAR
    blocks.append(_listed(msg.DIGEST_MEETINGS, meetings, empty))
    for problem in digest.calendar_problems[:3]:
        text = msg.calendar_problem(mrkdwn(problem.label, 40), mrkdwn(problem.message, 300))
        blocks.append(context(mrkdwn_text(f":warning: {text}")))
    tasks = [_task_line(t, digest.day) for t in digest.tasks_due[:limit]]
    blocks.append(_listed(msg.DIGEST_TASKS, tasks, msg.DIGEST_NO_TASKS, len(digest.tasks_due)))
    yesterday = numbers_text(digest.yesterday, digest.yesterday_cost_usd)
    blocks.append(say(f"*{msg.DIGEST_YESTERDAY}*\n{yesterday}"))
    if digest.expired:
        blocks.append(context(mrkdwn_text(msg.digest_expired(digest.expired))))
    if not digest.scheduled:
        blocks.append(context(mrkdwn_text(msg.DIGEST_ON_DEMAND)))
    text = msg.digest_fallback(len(digest.needs_reply), len(digest.meetings), len(digest.tasks_due))
    return message(fallback(text), blocks)


def _table(title: str, rows: Sequence[tuple[str, PeriodNumbers]]) -> Block:
    lines = [msg.stats_row(mrkdwn(name, 80), numbers_text(n)) for name, n in rows[:_SHOWN]]
    return _listed(title, lines, "", len(rows))


def stats_message(stats: PeriodStats) -> dict[str, Any]:
    """Return the week's numbers: totals and cost, then per action type and per folder."""
    last = stats.until.astimezone(stats.since.tzinfo).date()
    span = msg.stats_title(msg.short_day(stats.since.date()), msg.short_day(last))
    blocks: list[Block] = [header(span)]
    if not stats.by_action_type:
        blocks.append(say(msg.STATS_NOTHING))
    else:
        blocks.append(say(numbers_text(stats.totals)))
        blocks.append(_table(msg.STATS_BY_ACTION, stats.by_action_type))
        blocks.append(_table(msg.STATS_BY_FOLDER, stats.by_folder))
    blocks.append(context(mrkdwn_text(msg.stats_cost(stats.cost_usd, stats.classifications))))
    return message(
        fallback(msg.stats_fallback(stats.totals.triaged, stats.totals.approved)), blocks
    )
