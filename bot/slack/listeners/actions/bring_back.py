"""Bring back on an expired suggestion: the full card returns and the aging clock restarts."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext

from bot.slack.context import services_of
from bot.slack.listeners.common import action_value, parse_suggestion_id


async def handle(ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext) -> None:
    """Put the suggestion back in the queue and redraw its card (or post one if it had none)."""
    await ack()
    services = services_of(context)
    suggestion_id = parse_suggestion_id(action_value(body))
    if suggestion_id is None:
        return
    view = await services.assistant.bring_back(suggestion_id)
    if view is None:
        return
    card = await services.sink.own_card(suggestion_id)
    if card is not None:
        await services.sink.draw(view, card)
    else:
        await services.sink.post_cards([view])
