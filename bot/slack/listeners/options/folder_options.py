"""The edit form's folder type-ahead (an external select once there are over 100 folders)."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext

from bot.slack.blocks import folder_options
from bot.slack.context import services_of


async def handle(ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext) -> None:
    """Answer with the folders matching what the owner typed."""
    query = str(body.get("value") or "")
    await ack(folder_options(services_of(context).settings, query))
