"""`/assistant undo [ID]`: undo the newest approval, or the one numbered, and say what happened."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond

from bot import messages as msg
from bot.slack.blocks import notice_message
from bot.slack.context import BotServices
from bot.slack.ids import parse_row_id
from bot.slack.listeners.actions.undo import undo_and_redraw, undo_answer


async def run(services: BotServices, respond: AsyncRespond, user_id: str, words: list[str]) -> None:
    """Undo and answer privately; a word that is not a suggestion number is refused."""
    suggestion_id = parse_row_id(words[0]) if words else None
    if words and (suggestion_id is None or len(words) > 1):
        await respond({"response_type": "ephemeral", **notice_message(msg.UNDO_BAD_ID)})
        return
    outcome = await undo_and_redraw(services, suggestion_id, user_id, None)
    await respond({"response_type": "ephemeral", **notice_message(undo_answer(outcome))})
