"""Queue aging in Slack: the one reminder, an expired card, and expired suggestions without one.

An expired card keeps saying what the suggestion was (subject and sender, untrusted: escaped)
and that nothing changed in Outlook; Bring back puts the full card back, and Dismiss stays
available for one that is no longer wanted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import (
    Block,
    actions,
    button,
    fallback,
    message,
    say,
    section,
)
from bot.slack.blocks.text import join_clipped, mrkdwn, mrkdwn_text, slack_date
from core.api import AgingReminder, SuggestionView

_SECTION_LIMIT = 2900
_TEXT_LIMIT = 120
_LISTED = 20  # expired suggestions with their own Bring back in one message (Slack: 50 blocks)


def _what(view: SuggestionView) -> tuple[str, str]:
    subject = mrkdwn(view.subject, _TEXT_LIMIT) or msg.CALENDAR_UNTITLED
    return subject, mrkdwn(view.sender_name or view.sender_address, 60)


def reminder_message(reminders: Sequence[AgingReminder]) -> dict[str, Any]:
    """Return the one reminder: every suggestion that will leave the queue, and when."""
    lines = [
        "• " + msg.aging_reminder_line(*_what(r.view), slack_date(r.expires_at)) for r in reminders
    ]
    body = join_clipped(lines, _SECTION_LIMIT, more=msg.digest_more, separator="\n")
    blocks = [say(f"*{msg.aging_reminder(len(reminders))}*\n{body}")]
    return message(fallback(msg.aging_fallback(len(reminders))), blocks)


def _bring_back(view: SuggestionView) -> Block:
    return button(msg.BRING_BACK, ids.BRING_BACK, str(view.suggestion_id), style="primary")


def expired_card(view: SuggestionView, queued_since: datetime | None = None) -> dict[str, Any]:
    """Return a suggestion's card once it expired: what it was, Bring back and Dismiss."""
    subject, sender = _what(view)
    since = slack_date(queued_since or view.created_at or datetime.now().astimezone())
    text = msg.aging_expired_card(subject, sender, since)
    blocks = [
        say(text),
        actions(
            _bring_back(view),
            button(msg.DISMISS, ids.DISMISS, str(view.suggestion_id)),
            block_id=f"expired_{view.suggestion_id}",
        ),
    ]
    return message(fallback(msg.aging_fallback(1)), blocks)


def expired_summary(views: Sequence[SuggestionView]) -> dict[str, Any]:
    """Return expired suggestions that had no card of their own, each with a Bring back."""
    blocks: list[Block] = [say(msg.aging_expired_summary(len(views)))]
    for view in views[:_LISTED]:
        subject, sender = _what(view)
        line = mrkdwn_text(msg.digest_reply_line(subject, sender))
        blocks.append({**section(line), "accessory": _bring_back(view)})
    if len(views) > _LISTED:
        blocks.append(say(msg.digest_more(len(views) - _LISTED)))
    return message(fallback(msg.aging_fallback(len(views))), blocks)
