"""Edit on a suggestion card: open the prefilled edit modal while the trigger id is fresh."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.answers import failure_notice, tell
from bot.slack.blocks import edit_modal, notice_message
from bot.slack.context import BotServices, services_of
from bot.slack.listeners.common import (
    Location,
    action_value,
    clicked_message,
    own_card,
    parse_suggestion_id,
    where_to_draw,
)
from bot.slack.listeners.decisions import show_as_stored

log = logging.getLogger(__name__)
CLAIM = "edit"


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Open the edit modal for the clicked suggestion."""
    await ack()
    services = services_of(context)
    suggestion_id = parse_suggestion_id(action_value(body))
    trigger_id = body.get("trigger_id")
    if suggestion_id is None or context.user_id is None or not isinstance(trigger_id, str):
        log.warning("An Edit click carried no suggestion id or trigger id")
        return
    if not services.claim(CLAIM, str(suggestion_id)):
        return  # a double click: the first one is opening the modal
    where = clicked_message(body)
    services.background.spawn(
        _open(services, client, suggestion_id, trigger_id, context.user_id, where),
        name=f"edit suggestion {suggestion_id}",
        on_failure=failure_notice(
            client, context.user_id, channel=where.channel if where else None
        ),
    )


async def _open(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_id: int,
    trigger_id: str,
    user_id: str,
    where: Location | None,
) -> None:
    try:
        await _open_modal(services, client, suggestion_id, trigger_id, user_id, where)
    finally:
        services.release(CLAIM, str(suggestion_id))


async def _open_modal(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_id: int,
    trigger_id: str,
    user_id: str,
    where: Location | None,
) -> None:
    view = await services.assistant.suggestion(suggestion_id)
    where = where_to_draw(where, await own_card(services, suggestion_id))
    if view is None:
        channel = where.channel if where else None
        await tell(client, channel, user_id, notice_message(messages.SUGGESTION_GONE))
        return
    if view.status not in ("pending", "failed"):
        # Decided elsewhere (`review`, another process): the card shows what really happened.
        await show_as_stored(services, client, where, suggestion_id, user_id)
        return
    try:
        modal = edit_modal(view, services.settings)
        await client.views_open(trigger_id=trigger_id, view=modal)
    except SlackApiError as err:
        # expired_trigger_id: the click is older than 3 s; the owner clicks Edit again.
        log.warning("Could not open the edit modal: %s", err.response.get("error"))
