"""Draft a nudge: a reply draft in Outlook (Claude's words, else our template), never sent.

The message then links to the draft; the owner reviews and sends it in Outlook. A second click
finds the same draft while it is still unsent.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages as msg
from bot.slack.blocks.waiting_builder import WaitState
from bot.slack.context import BotServices
from bot.slack.listeners.actions.waiting_common import spawn_click
from core.api import WaitOutcome, WaitView


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Create the draft after the ack and link it on the message."""
    await ack()
    spawn_click(body, context, client, _draft, "waiting draft")


def _template(view: WaitView) -> str:
    return msg.waiting_nudge_body(view.sender_name, view.subject)


async def _draft(services: BotServices, wait_id: int, actor: str) -> tuple[WaitOutcome, WaitState]:
    outcome, _ = await services.assistant.draft_nudge(wait_id, _template, actor=actor)
    return outcome, "open"
