"""The burst summary's "Show the n": post the suggestions that need a look one card each."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.listeners.burst import on_summary_click, post_one_by_one


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Post the summary's suggestions that need a look one card each."""
    await ack()
    await on_summary_click(body, context, client, "show_rest", post_one_by_one)
