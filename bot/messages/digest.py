"""The daily digest, `/assistant stats` and queue aging, in Slack and the terminal."""

from __future__ import annotations

from datetime import date

from bot.messages.common import counted

# the daily digest

DIGEST_TITLE = "Your day"
DIGEST_NEEDS_REPLY = "Needs a reply"
DIGEST_NOTHING_TO_REPLY = "Nothing is waiting for your reply."
DIGEST_WAITS = "Overdue waiting-fors"
DIGEST_NO_WAITS = "Nobody you wait on is overdue."
DIGEST_MEETINGS = "Today's meetings"
DIGEST_NO_CALENDAR = "No calendar is on."
DIGEST_TASKS = "Tasks due"
DIGEST_NO_TASKS = "No task is due."
DIGEST_YESTERDAY = "Yesterday"
DIGEST_APPROVED_NOW = "approved, task open"
DIGEST_ON_DEMAND = "Asked for now; the daily one still comes at its time."
DIGEST_NOW_HINT = (
    "The digest is sent to your Slack DM once a day at followup.digest.time while `run` is "
    "running; use `digest --now` to see today's here."
)


TASK_PROVIDERS = {"microsoft_todo": "To Do", "todoist": "Todoist"}


def task_provider_label(provider: str) -> str:
    """Name the backend a task lives in, from its stored provider ("microsoft_todo": To Do)."""
    return TASK_PROVIDERS.get(provider, provider)


def short_day(day: date) -> str:
    """A day in a line: "Mon 4 Jan"."""
    return f"{day:%a} {day.day} {day:%b}"


def long_day(day: date) -> str:
    """A day in a title: "Monday 4 January"."""
    return f"{day:%A} {day.day} {day:%B}"


def digest_title(day: str) -> str:
    """Head the digest with its day ("Your day · Monday 4 January")."""
    return f"{DIGEST_TITLE} · {day}"


def digest_fallback(replies: int, meetings: int, tasks: int) -> str:
    """The digest's notification line."""
    return (
        f"Your day: {counted(replies, 'email')} to answer, {counted(meetings, 'meeting')}, "
        f"{counted(tasks, 'task')} due"
    )


def digest_more(count: int) -> str:
    """Say how many more items a section holds than it shows."""
    return f"and {count} more"


def digest_reply_line(subject: str, sender: str) -> str:
    """One email to answer: its subject and who sent it (both already escaped)."""
    return f"{subject} — {sender}"


def digest_wait_line(subject: str, waiting_on: str, since: str) -> str:
    """One overdue waiting-for: what, from whom, since when (already escaped)."""
    return f"{subject} — waiting on {waiting_on} since {since}"


def digest_task_line(title: str, backend: str, due: str, overdue: bool) -> str:
    """One task due: its title, its backend and its due day (already escaped)."""
    when = f"overdue since {due}" if overdue else "due today"
    return f"{title} · {backend} · {when}"


def period_line(
    triaged: int, approved: int, corrected: int, dismissed: int, cost_usd: float | None = None
) -> str:
    """A period's numbers on one line: "12 triaged · 9 approved (2 corrected) · 1 dismissed"."""
    line = (
        f"{triaged} triaged · {approved} approved ({corrected} corrected) · {dismissed} dismissed"
    )
    return line if cost_usd is None else f"{line} · Claude ${cost_usd:.4f}"


def digest_expired(count: int) -> str:
    """Count the suggestions that left the queue unanswered."""
    return (
        f"{counted(count, 'suggestion')} left the queue without a decision; nothing changed in "
        "Outlook, and each card offers Bring back."
    )


# /assistant stats

STATS_BY_ACTION = "By action type"
STATS_BY_FOLDER = "By folder"
STATS_NOTHING = "Nothing was triaged or decided in the last 7 days."


def stats_title(first: str, last: str) -> str:
    """Head the week's numbers with the days they cover."""
    return f"The last 7 days · {first} – {last}"


def stats_cost(cost_usd: float, classifications: int) -> str:
    """What Claude cost for the week's classifications."""
    return f"Claude: ${cost_usd:.4f} for {counted(classifications, 'classification')}"


def stats_row(name: str, numbers: str) -> str:
    """One action type or folder and its numbers (name already escaped)."""
    return f"{name}: {numbers}"


def stats_fallback(triaged: int, approved: int) -> str:
    """The stats message's notification line."""
    return f"Last 7 days: {triaged} triaged, {approved} approved"


# queue aging

BRING_BACK = "Bring back"
QUEUE_BROUGHT_BACK_GONE = "That suggestion no longer exists."


def aging_reminder(count: int) -> str:
    """Open the one reminder about suggestions that will leave the queue."""
    return (
        f"{counted(count, 'suggestion')} still "
        + ("waits" if count == 1 else "wait")
        + " for your decision and will leave the queue unless you act:"
    )


def aging_reminder_line(subject: str, sender: str, leaves: str) -> str:
    """One suggestion the reminder lists, and when it leaves the queue (already escaped)."""
    return f"{subject} — {sender} · leaves the queue {leaves}"


def aging_expired_card(subject: str, sender: str, hours: str) -> str:
    """A card whose suggestion expired: what it was, and that nothing happened in Outlook."""
    return (
        f":hourglass: *Expired:* {subject} — {sender}. No decision since {hours}, so it left "
        "the queue; nothing changed in Outlook. Bring it back to decide."
    )


def aging_expired_summary(count: int) -> str:
    """Open the list of expired suggestions that had no card of their own."""
    return (
        f"{counted(count, 'suggestion')} left the queue without a decision (nothing changed in "
        "Outlook); bring back any you still want to decide:"
    )


def aging_fallback(count: int) -> str:
    """The notification line of an aging message."""
    return f"{counted(count, 'suggestion')} waiting for a decision"
