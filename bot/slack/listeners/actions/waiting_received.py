"""Mark received: close the wait (its task is completed) and say so on the message."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks.waiting_builder import WaitState
from bot.slack.context import BotServices
from bot.slack.listeners.actions.waiting_common import spawn_click
from core.api import WaitOutcome


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Close the wait after the ack."""
    await ack()
    spawn_click(body, context, client, _received, "waiting received")


async def _received(
    services: BotServices, wait_id: int, actor: str
) -> tuple[WaitOutcome, WaitState]:
    return await services.assistant.mark_received(wait_id, actor=actor), "closed"
