"""`/assistant stats`: the last seven days, per action type and folder, with Claude's cost."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond

from bot.slack.blocks import stats_message
from bot.slack.context import BotServices


async def run(services: BotServices, respond: AsyncRespond) -> None:
    """Answer with the week's numbers."""
    stats = await services.assistant.week_stats()
    await respond({"response_type": "ephemeral", **stats_message(stats)})
