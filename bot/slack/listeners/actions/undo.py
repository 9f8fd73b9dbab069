"""Undo on an approved card (and `/assistant undo`): the email back as it was, the card pending.

The core refuses what cannot be undone and says why; this only runs it after the ack, one per
suggestion at a time (the same claim as the card's decisions, so an undo never overlaps an
approve of the same suggestion in this process), redraws the card as the store now has it and
tells the owner the outcome privately.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages as msg
from bot.slack.answers import failure_notice, tell
from bot.slack.blocks import notice_message
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.ids import parse_row_id
from bot.slack.listeners.common import (
    Location,
    action_value,
    clicked_message,
    own_card,
    redraw_as_stored,
    where_to_draw,
)
from bot.slack.listeners.decisions import CLAIM
from core.api import UndoOutcome


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Undo the approval of the clicked card's suggestion."""
    await ack()
    suggestion_id = parse_row_id(action_value(body))
    if suggestion_id is None or context.user_id is None:
        return
    user_id, clicked = context.user_id, clicked_message(body)
    channel = clicked.channel if clicked else None

    async def work() -> None:
        outcome = await undo_and_redraw(services_of(context), suggestion_id, user_id, clicked)
        await tell(client, channel, user_id, notice_message(undo_answer(outcome)))

    services_of(context).background.spawn(
        work(),
        name=f"undo suggestion {suggestion_id}",
        on_failure=failure_notice(client, user_id, channel=channel),
    )


async def undo_and_redraw(
    services: BotServices, suggestion_id: int | None, user_id: str, clicked: Location | None
) -> UndoOutcome | None:
    """Undo one approval (None: the newest) and redraw its card if anything changed.

    None when the suggestion is being approved or undone by another click right now.
    """
    key = str(suggestion_id)
    if suggestion_id is not None and not services.claim(CLAIM, key):
        # Approving, retrying or undoing it right now: the running one draws the card.
        return None
    try:
        outcome = await services.assistant.undo(suggestion_id, actor=actor_for(user_id))
    finally:
        if suggestion_id is not None:
            services.release(CLAIM, key)
    if outcome.status == "undone" and outcome.suggestion_id is not None:
        card_at = where_to_draw(clicked, await own_card(services, outcome.suggestion_id))
        await redraw_as_stored(services, card_at, outcome.suggestion_id)
    return outcome


def undo_answer(outcome: UndoOutcome | None) -> str:
    """Return what to tell the owner about an undo (None: it could not start)."""
    return msg.UNDO_BUSY if outcome is None else msg.undo_text(outcome)
