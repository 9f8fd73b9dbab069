"""Waiting for replies: the nudge and escalation messages, their buttons, the CLI listing."""

from __future__ import annotations

from bot.messages.common import counted

WAITING_DRAFT_BUTTON = "Draft a nudge"
WAITING_RECEIVED_BUTTON = "Mark received"
WAITING_SNOOZE_BUTTON = "Snooze 1 day"
WAITING_NOBODY = "the other side"
WAITING_NONE_OPEN = "Nothing is waiting for a reply."
WAITING_OPEN_EMAIL = "Open the email in Outlook"
WAITING_OPEN_DRAFT = "Open the draft in Outlook"
WAITING_MISSING = "This waiting-for item no longer exists."
WAITING_ALREADY_CLOSED = "This waiting-for item is already closed."
WAITING_CLOSED_BY_REPLY = "Closed: the reply arrived."
WAITING_CLOSED_BY_YOU = "Closed: you marked it received."
WAITING_TASK_COMPLETED = "Its task is completed."
WAITING_SNOOZED_UNTIL = "Snoozed: the next nudge comes {until} at the earliest."
WAITING_DRAFT_READY = "A reply draft is waiting in Outlook's Drafts for you to review and send."
WAITING_HEADER_NUDGE = "Still waiting for a reply"
WAITING_HEADER_ESCALATION = "Still no reply: escalated"
WAITING_IMPORTANCE_RAISED = "The task's importance was raised."
WAITING_IMPORTANCE_NOT_RAISED = "There is no open task whose importance could be raised."
WAITING_WEEKENDS_SKIPPED = "Weekends not counted."


def waiting_who(names: tuple[str, ...]) -> str:
    """Name whom the owner waits on."""
    return ", ".join(names) if names else WAITING_NOBODY


def waiting_summary(who: str, subject: str, hours: float) -> str:
    """Say who has not answered which email, for how long."""
    return f"{who} has not answered “{subject}” for {_duration(hours)}."


def waiting_since(when: str) -> str:
    """Say when the owner started waiting."""
    return f"Waiting since {when}."


def waiting_fallback(who: str, escalated: bool) -> str:
    """The notification text of a nudge or an escalation."""
    if escalated:
        return f"Still no reply from {who}: escalated"
    return f"Still waiting for a reply from {who}"


def waiting_nudge_body(name: str, subject: str) -> str:
    """The template body of a nudge draft, when Claude cannot write one."""
    greeting = f"Hi {name.split()[0]}," if name.strip() else "Hello,"
    return (
        f"{greeting}\n\nI wanted to follow up on “{subject}”. Could you let me know where "
        "things stand?\n\nThank you."
    )


def waiting_cli_line(number: int, who: str, subject: str, hours: float, due: str) -> str:
    """One open wait in `outlook-assistant waiting`."""
    return f"{number:>3}. {who}: {subject} ({_duration(hours)}; {due})"


def waiting_cli_due(nudge: str, escalate: str, escalated: bool, snoozed: str | None) -> str:
    """When a wait's next nudge or escalation is due, for the CLI."""
    if snoozed is not None:
        return f"snoozed until {snoozed}"
    if escalated:
        return "escalated"
    return f"nudge {nudge}, escalation {escalate}"


def waiting_cli_heading(count: int) -> str:
    """Head the CLI listing of open waits."""
    return f"{counted(count, 'wait', 'waits')} for a reply:"


def _duration(hours: float) -> str:
    whole = int(hours)
    if whole < 48:
        return counted(whole, "hour", "hours")
    return counted(whole // 24, "day", "days")
