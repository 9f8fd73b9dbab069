"""The burst summary's "Review the k one by one": post the confident suggestions one card each,
so the owner can inspect or edit any of them before approving it."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.listeners.burst import on_summary_click, post_one_by_one


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Post the summary's confident suggestions one card each."""
    await ack()
    await on_summary_click(body, context, client, "show_confident", post_one_by_one)
