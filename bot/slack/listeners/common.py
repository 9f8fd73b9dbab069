"""Helpers every listener shares: reading ids out of payloads, and asking the sink to redraw
a suggestion card (listeners never draw one themselves)."""

from __future__ import annotations

import logging
from typing import Any

from bot.slack.context import BotServices
from bot.slack.ids import parse_row_id
from bot.slack.sink import Location, update_message
from core.api import SuggestionView

__all__ = ["Location", "update_message"]

log = logging.getLogger(__name__)


def action_value(body: dict[str, Any]) -> str:
    """Return the value of the clicked button ('' if there is none)."""
    actions = body.get("actions") or [{}]
    return str(actions[0].get("value") or "")


def parse_suggestion_id(value: str) -> int | None:
    """Return the suggestion id a button or modal carries; None if it is not one."""
    return parse_row_id(value)


def clicked_message(body: dict[str, Any]) -> Location | None:
    """Return the message a button sits in, or None (a button in a modal)."""
    container = body.get("container") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    if isinstance(channel, str) and isinstance(ts, str):
        return Location(channel, ts)
    return None


async def own_card(services: BotServices, suggestion_id: int) -> Location | None:
    """Return where this app posted a suggestion's card (None: no card, or another front end's)."""
    return await services.sink.own_card(suggestion_id)


def where_to_draw(clicked: Location | None, card_at: Location | None) -> Location | None:
    """Return the message a click may redraw: the clicked one, unless the card is elsewhere.

    A click that names a channel the suggestion's card is not in (an old client, a forged
    payload) must not turn another message of the bot's into this card: the card is drawn
    where it lives instead.
    """
    if clicked is not None and card_at is not None and clicked.channel != card_at.channel:
        log.warning(
            "A click came from %s, not the card's channel %s", clicked.channel, card_at.channel
        )
        return card_at
    return clicked or card_at


async def redraw_as_stored(
    services: BotServices, where: Location | None, suggestion_id: int
) -> SuggestionView | None:
    """Redraw a card as the store has it now (a decision made elsewhere, a lost race, an error).

    Returns the suggestion (None if it is gone). A card whose approval is still running is left
    alone: whoever runs it draws the result.
    """
    view = await services.assistant.suggestion(suggestion_id, with_outcome=True)
    if view is not None and where is not None and view.status != "approving":
        await services.sink.draw(view, where)
    return view
