"""`/assistant bootstrap`: create the missing framework and area categories, report the counts."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond

from bot import messages
from bot.slack.blocks import bootstrap_message, notice_message
from bot.slack.context import BotServices, actor_for
from core.errors import AppError


async def run(services: BotServices, respond: AsyncRespond, user_id: str) -> None:
    """Run the bootstrap and answer with what it did."""
    try:
        report = await services.assistant.bootstrap_categories(actor=actor_for(user_id))
    except AppError as err:
        await respond(
            {
                "response_type": "ephemeral",
                **notice_message(messages.problem_text(err, "set up the categories")),
            }
        )
        return
    await respond({"response_type": "ephemeral", **bootstrap_message(report)})
