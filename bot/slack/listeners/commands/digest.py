"""`/assistant digest`: today's digest now (the daily one still comes at its time)."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond

from bot.slack.blocks import digest_message
from bot.slack.context import BotServices


async def run(services: BotServices, respond: AsyncRespond) -> None:
    """Answer with today's digest as things stand."""
    digest = await services.assistant.digest()
    await respond({"response_type": "ephemeral", **digest_message(digest)})
