"""Confirm / Not now on a sender rule proposal: carry out the owner's answer, once, and show it."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.answers import failure_notice
from bot.slack.blocks.senders_builder import decision_message, notice
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.ids import parse_row_id
from bot.slack.listeners.common import Location, action_value, clicked_message, update_message
from core.errors import InvalidInput


async def handle_confirm(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Add or remove the proposed rule and replace the proposal with what was done."""
    await ack()
    _spawn(body, context, client, confirm=True)


async def handle_decline(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Set the proposal aside and say it will not come back for a while."""
    await ack()
    _spawn(body, context, client, confirm=False)


def _spawn(
    body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient, *, confirm: bool
) -> None:
    proposal_id = parse_row_id(action_value(body))
    where = clicked_message(body)
    if proposal_id is None or where is None or context.user_id is None:
        return
    services = services_of(context)
    services.background.spawn(
        _answer(services, client, proposal_id, where, actor_for(context.user_id), confirm),
        name=f"sender rule proposal {proposal_id}",
        on_failure=failure_notice(client, context.user_id, channel=where.channel),
    )


async def _answer(
    services: BotServices,
    client: AsyncWebClient,
    proposal_id: int,
    where: Location,
    actor: str,
    confirm: bool,
) -> None:
    assistant = services.assistant
    try:
        if confirm:
            decision = await assistant.confirm_sender_rule_proposal(proposal_id, actor=actor)
        else:
            decision = await assistant.decline_sender_rule_proposal(proposal_id, actor=actor)
    except InvalidInput as err:
        await update_message(client, where, notice(messages.problem_text(err, "answer")))
        return
    await update_message(client, where, decision_message(decision))
