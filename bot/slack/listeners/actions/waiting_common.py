"""What the three buttons of a waiting-for message share: reading the click, redrawing it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages as msg
from bot.slack.answers import failure_notice
from bot.slack.blocks.waiting_builder import WaitState, waiting_message, waiting_note
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.ids import parse_row_id
from bot.slack.listeners.common import action_value, clicked_message
from bot.slack.sink import Location, update_message
from core.api import WaitOutcome

Work = Callable[[BotServices, int, str], Awaitable[tuple[WaitOutcome, WaitState]]]


def spawn_click(
    body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient, work: Work, name: str
) -> None:
    """Run `work` on the clicked wait after the ack, then redraw the clicked message."""
    wait_id = parse_row_id(action_value(body))
    where = clicked_message(body)
    if wait_id is None or where is None or context.user_id is None:
        return
    services = services_of(context)
    if not services.claim(name, str(wait_id)):
        return  # a click on this wait is already running

    async def run() -> None:
        try:
            outcome, state = await work(services, wait_id, actor_for(str(context.user_id)))
            await redraw(client, where, outcome, state)
        finally:
            services.release(name, str(wait_id))

    services.background.spawn(
        run(),
        name=f"{name} {wait_id}",
        on_failure=failure_notice(client, context.user_id, channel=where.channel),
    )


async def redraw(
    client: AsyncWebClient, where: Location, outcome: WaitOutcome, state: WaitState
) -> None:
    """Show the wait as the click left it (or why nothing changed)."""
    view = outcome.view
    if view is None:
        await update_message(client, where, waiting_note(msg.WAITING_MISSING))
        return
    if not view.open:
        state = "closed"
    await update_message(client, where, waiting_message(view, state=state))
