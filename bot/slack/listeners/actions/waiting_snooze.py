"""Snooze 1 day: hold the next nudge for a day and say until when."""

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
    """Snooze the wait after the ack."""
    await ack()
    spawn_click(body, context, client, _snooze, "waiting snooze")


async def _snooze(services: BotServices, wait_id: int, actor: str) -> tuple[WaitOutcome, WaitState]:
    return await services.assistant.snooze_wait(wait_id, actor=actor), "snoozed"
