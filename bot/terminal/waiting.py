"""`outlook-assistant waiting`: the emails waiting for a reply, and when each is nudged."""

from __future__ import annotations

from datetime import datetime

from bot import messages
from bot.terminal.console import say_plain
from bot.terminal.screen import Terminal
from core.api import Assistant, WaitView

EXIT_OK = 0


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _line(number: int, view: WaitView) -> str:
    who = messages.waiting_who((view.sender_name,) if view.sender_name else view.waiting_on)
    snoozed = _when(view.snoozed_until) if view.snoozed_until else None
    due = messages.waiting_cli_due(
        _when(view.nudge_due), _when(view.escalate_due), view.escalated, snoozed
    )
    return messages.waiting_cli_line(number, who, view.subject, view.hours, due)


async def list_waits(assistant: Assistant, terminal: Terminal) -> int:
    """Print every open wait, oldest first."""
    waits = await assistant.open_waits()
    if not waits:
        terminal.say(messages.WAITING_NONE_OPEN)
        return EXIT_OK
    terminal.say(messages.waiting_cli_heading(len(waits)))
    for number, view in enumerate(waits, start=1):
        say_plain(terminal, _line(number, view), hang=5)
    return EXIT_OK
