"""The nudge and escalation message of a waiting-for item, in each of its states.

The subject and names come from an email: sanitized, escaped and defused (`mrkdwn`), never a
mention or a link. Links are our own labels on Outlook addresses only.
"""

from __future__ import annotations

from typing import Any, Literal

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import (
    Block,
    actions,
    button,
    context,
    fallback,
    header,
    message,
    say,
)
from bot.slack.blocks.text import link, lookalikes, mrkdwn, mrkdwn_text, slack_date
from core.api import WaitView

WaitState = Literal["open", "closed", "snoozed"]
_SUBJECT_LIMIT = 200
_WHO_LIMIT = 150


def _names(view: WaitView) -> str:
    return msg.waiting_who((view.sender_name,) if view.sender_name else view.waiting_on)


def waiting_message(
    view: WaitView,
    *,
    state: WaitState = "open",
    importance_raised: bool | None = None,
) -> dict[str, Any]:
    """Return the message about one wait: who, what, since when, and the three buttons."""
    who = mrkdwn(_names(view), _WHO_LIMIT)
    subject = mrkdwn(view.subject, _SUBJECT_LIMIT)
    blocks: list[Block] = [
        header(msg.WAITING_HEADER_ESCALATION if view.escalated else msg.WAITING_HEADER_NUDGE),
        say(msg.waiting_summary(who, subject, view.hours)),
    ]
    facts = [msg.waiting_since(slack_date(view.since))]
    email = link(view.email_link, msg.WAITING_OPEN_EMAIL)
    if email:
        facts.append(email)
    if view.skip_weekends:
        facts.append(msg.WAITING_WEEKENDS_SKIPPED)
    blocks.append(context(mrkdwn_text(" · ".join(facts))))
    if view.escalated:
        raised = view.task_id is not None if importance_raised is None else importance_raised
        blocks.append(
            say(msg.WAITING_IMPORTANCE_RAISED if raised else msg.WAITING_IMPORTANCE_NOT_RAISED)
        )
    draft = link(view.draft_link, msg.WAITING_OPEN_DRAFT)
    if draft and state == "open":
        blocks.append(say(f"{msg.WAITING_DRAFT_READY} {draft}"))
    if state == "closed":
        closed = (
            msg.WAITING_CLOSED_BY_REPLY if view.closed_by == "reply" else msg.WAITING_CLOSED_BY_YOU
        )
        blocks.append(
            context(
                mrkdwn_text(f"{closed} {msg.WAITING_TASK_COMPLETED}" if view.task_id else closed)
            )
        )
    else:
        if state == "snoozed" and view.snoozed_until is not None:
            until = slack_date(view.snoozed_until)
            blocks.append(context(mrkdwn_text(msg.WAITING_SNOOZED_UNTIL.format(until=until))))
        value = str(view.id)
        blocks.append(
            actions(
                button(msg.WAITING_DRAFT_BUTTON, ids.WAITING_DRAFT, value, style="primary"),
                button(msg.WAITING_RECEIVED_BUTTON, ids.WAITING_RECEIVED, value),
                button(msg.WAITING_SNOOZE_BUTTON, ids.WAITING_SNOOZE, value),
            )
        )
    text = fallback(msg.waiting_fallback(lookalikes(_names(view)), view.escalated))
    return message(text, blocks)


def waiting_note(text: str) -> dict[str, Any]:
    """Return a one-line message (the wait is gone or already closed)."""
    return message(fallback(text), [context(mrkdwn_text(text))])
