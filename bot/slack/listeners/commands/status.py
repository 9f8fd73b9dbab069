"""`/assistant status`: pending count, last and next sync, To Do, sign-in, today's cost."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond

from bot.slack.blocks import status_message
from bot.slack.context import BotServices


async def run(services: BotServices, respond: AsyncRespond) -> None:
    """Answer with the status report."""
    next_sync = services.next_sync() if services.next_sync else None
    report = await services.assistant.status(next_sync=next_sync)
    await respond({"response_type": "ephemeral", **status_message(report)})
