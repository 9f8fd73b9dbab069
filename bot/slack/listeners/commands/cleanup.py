"""`/assistant cleanup`: list orphaned categories for the owner to pick and delete."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond

from bot import messages
from bot.slack.blocks import cleanup_message, notice_message
from bot.slack.context import BotServices
from core.errors import AppError


async def run(services: BotServices, respond: AsyncRespond) -> None:
    """Answer with the orphans in multi-selects (none preselected) and a Delete button."""
    try:
        plan = await services.assistant.cleanup_plan()
    except AppError as err:
        await respond(
            {
                "response_type": "ephemeral",
                **notice_message(messages.problem_text(err, "list the categories")),
            }
        )
        return
    await respond({"response_type": "ephemeral", **cleanup_message(list(plan.names))})
