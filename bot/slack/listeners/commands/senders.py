"""`/assistant senders`: the sender rules, each with Edit and Remove."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond

from bot.slack.blocks.senders_builder import senders_message
from bot.slack.context import BotServices


async def run(services: BotServices, respond: AsyncRespond) -> None:
    """Answer with the list of rules (privately)."""
    rules = await services.assistant.sender_rules()
    await respond({"response_type": "ephemeral", **senders_message(rules)})
