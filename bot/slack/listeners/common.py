"""Helpers every listener shares: reading ids out of payloads and redrawing a suggestion card."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.context import BotServices
from bot.slack.ids import parse_row_id
from bot.slack.sink import FRONT_END, render_card, render_current
from core.triage.approval import ApprovalOutcome
from core.triage.views import SuggestionView

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Location:
    """Where a message lives: its channel (a D… id in a DM) and its ts."""

    channel: str
    ts: str


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
    posted = await services.runtime.store.posted_message(suggestion_id)
    if posted is None or posted.front_end != FRONT_END:
        return None
    return Location(posted.channel, posted.ts)


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


def card(
    services: BotServices,
    view: SuggestionView,
    *,
    state: str | None = None,
    outcome: ApprovalOutcome | None = None,
) -> dict[str, Any]:
    """Return the card of a suggestion in a given state (default: its stored status)."""
    return render_card(services.settings, view, state=state, outcome=outcome)


async def update_message(client: AsyncWebClient, where: Location, payload: dict[str, Any]) -> bool:
    """Replace a message the bot posted; log (not raise) if Slack refuses."""
    try:
        await client.chat_update(channel=where.channel, ts=where.ts, **payload)
    except (SlackApiError, aiohttp.ClientError, OSError) as err:
        log.warning("Could not update the message %s in %s: %s", where.ts, where.channel, err)
        return False
    return True


async def redraw_as_stored(
    services: BotServices, client: AsyncWebClient, where: Location | None, suggestion_id: int
) -> SuggestionView | None:
    """Redraw a card as the store has it now (a decision made elsewhere, a lost race, an error).

    Returns the suggestion (None if it is gone). A card whose approval is still running is left
    alone: whoever runs it draws the result.
    """
    view = await services.runtime.triage.get(suggestion_id, with_outcome=True)
    if view is not None and where is not None and view.status != "approving":
        await update_message(client, where, render_current(services.settings, view))
    return view
