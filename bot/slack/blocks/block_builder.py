"""The calendar-block messages under an approved card: a proposed slot, and what was blocked.

Times are Slack date markup, so each reader sees their own zone; the event link is ours only
when it points at Outlook or Google Calendar.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import actions, button, fallback, message, note, say
from bot.slack.blocks.text import OUTLOOK_DOMAINS, link, mrkdwn, plain, slack_date
from core.api import BlockResult

CALENDAR_DOMAINS = (*OUTLOOK_DOMAINS, "calendar.google.com", "google.com")


def slot_text(start: datetime, end: datetime) -> str:
    """Return "Tue 15:00–15:30" as Slack date markup in the reader's zone."""
    return f"{slack_date(start, '{date_short_pretty} {time}')}–{slack_date(end, '{time}')}"


def block_value(suggestion_id: int, start: datetime) -> str:
    """The Confirm button's value: the suggestion and the slot shown (checked on confirm)."""
    return f"{suggestion_id}:{int(start.timestamp())}"


def parse_block_value(value: str) -> tuple[int, int] | None:
    """Return (suggestion id, slot start as epoch seconds) from a Confirm value, or None."""
    head, _, tail = value.partition(":")
    if not (head.isascii() and head.isdigit() and tail.isascii() and tail.isdigit()):
        return None
    return (int(head), int(tail)) if int(head) > 0 else None


def proposal_message(
    suggestion_id: int, start: datetime, end: datetime, calendar: str, *, taken: bool = False
) -> dict[str, Any]:
    """Ask to block [start, end) in `calendar`, with Confirm and Cancel."""
    where = mrkdwn(calendar, 40)
    ask = msg.block_slot_taken if taken else msg.block_proposal
    return message(
        fallback(msg.block_proposal("the proposed slot", calendar)),
        [
            say(ask(slot_text(start, end), where)),
            actions(
                button(
                    msg.BLOCK_CONFIRM,
                    ids.BLOCK_CONFIRM,
                    block_value(suggestion_id, start),
                    style="primary",
                ),
                button(msg.BLOCK_CANCEL, ids.BLOCK_CANCEL, str(suggestion_id)),
            ),
        ],
    )


def blocked_line(blocked: BlockResult) -> str:
    """Say which slot was blocked, where, with a link to the event where it is trusted."""
    event = blocked.event
    line = msg.block_done(slot_text(event.start, event.end), mrkdwn(blocked.provider_label, 40))
    event_link = link(event.web_link, msg.OPEN_BLOCK, CALENDAR_DOMAINS)
    return f"{line} · {event_link}" if event_link else line


def blocked_message(blocked: BlockResult) -> dict[str, Any]:
    """The thread reply once the slot was blocked (the card says it too)."""
    calendar = blocked.provider_label
    return message(fallback(msg.block_done("the slot", calendar)), [say(blocked_line(blocked))])


def block_note(text: str) -> dict[str, Any]:
    """A one-line grey answer (cancelled, or why nothing can be blocked)."""
    return message(fallback(text), [note(plain(text, 500))])
