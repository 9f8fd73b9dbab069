"""The DM assistant's confirm and cancel buttons: each proposal is decided, and shown, once."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from slack_bolt.async_app import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages as msg
from bot.slack.answers import failure_notice
from bot.slack.blocks import chat_reply
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.listeners.common import Location, action_value, clicked_message, update_message
from core.api import ChatAssistant, ChatReply

log = logging.getLogger(__name__)

CLAIM = "proposal"


class ProposalChoice(Protocol):
    """What a proposal's button does: confirm it or cancel it, as `actor`."""

    async def __call__(self, chat: ChatAssistant, proposal_id: str, *, actor: str) -> ChatReply: ...


async def on_proposal_click(
    body: dict[str, Any],
    context: AsyncBoltContext,
    client: AsyncWebClient,
    name: str,
    choice: ProposalChoice,
) -> None:
    """Decide the clicked proposal with `choice` after the listener's ack, once."""
    services = services_of(context)
    proposal_id = action_value(body)
    if not proposal_id or context.user_id is None or services.chat is None:
        log.warning("A chat %s click carried no proposal id", name)
        return
    if not services.claim(CLAIM, proposal_id):
        return
    where = clicked_message(body)
    services.background.spawn(
        _decide(services, client, choice, proposal_id, context.user_id, where),
        name=f"chat {name} {proposal_id}",
        on_failure=failure_notice(
            client, context.user_id, channel=where.channel if where else None
        ),
    )


async def _decide(
    services: BotServices,
    client: AsyncWebClient,
    choice: ProposalChoice,
    proposal_id: str,
    user_id: str,
    where: Location | None,
) -> None:
    chat = services.chat
    assert chat is not None
    actor = actor_for(user_id)
    try:
        reply = await choice(chat, proposal_id, actor=actor)
    except Exception:
        services.release(CLAIM, proposal_id)  # nothing was decided: a new click may try again
        raise
    # The claim is kept: a late second click must not replace the result with "already done".
    if where is not None:
        await update_message(client, where, chat_reply(msg.chat_text(reply), ours=reply.ours))
