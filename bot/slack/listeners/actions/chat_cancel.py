"""Cancel on a DM assistant proposal: drop it; nothing changes."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.listeners.chat_proposals import on_proposal_click
from core.api import ChatAssistant, ChatReply


async def _cancel(chat: ChatAssistant, proposal_id: str, *, actor: str) -> ChatReply:
    return await chat.cancel(proposal_id, actor=actor)


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Drop the clicked proposal; nothing changes."""
    await ack()
    await on_proposal_click(body, context, client, "cancel", _cancel)
