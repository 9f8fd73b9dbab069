"""`/assistant today`: today's meetings from every calendar, free slots and tasks due."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond

from bot import messages as msg
from bot.slack.blocks import notice_message, today_message
from bot.slack.context import BotServices


async def run(services: BotServices, respond: AsyncRespond) -> None:
    """Answer with the owner's day, or say that no calendar is on."""
    assistant = services.assistant
    if not assistant.calendars_enabled:
        await respond({"response_type": "ephemeral", **notice_message(msg.CALENDARS_OFF)})
        return
    view = await assistant.calendar_day(await assistant.owner_today())
    await respond({"response_type": "ephemeral", **today_message(view)})
