"""A DM to the assistant: answer in a thread; proposals come with confirm and cancel buttons.

Bot messages (`bot_id`, with or without the bot_message subtype), edits, deletions and every
other subtype are dropped here, so the assistant never answers itself or another bot.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.blocks import chat_confirmation, chat_reply, status_message
from bot.slack.context import BotServices, actor_for, services_of
from core.api import ReplyKind

log = logging.getLogger(__name__)


async def handle(event: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient) -> None:
    """Hand the owner's direct message to the assistant."""
    if event.get("bot_id") or event.get("subtype") or event.get("channel_type") != "im":
        return
    services = services_of(context)
    user_id = event.get("user")
    channel = event.get("channel")
    ts = event.get("ts")
    if not services.is_owner(user_id) or not isinstance(channel, str) or not isinstance(ts, str):
        return
    assert isinstance(user_id, str)
    thread_ts = str(event.get("thread_ts") or ts)
    services.background.spawn(
        _answer(services, client, channel, thread_ts, str(event.get("text") or ""), user_id),
        name=f"answer DM {ts}",
    )


async def _answer(
    services: BotServices,
    client: AsyncWebClient,
    channel: str,
    thread_ts: str,
    text: str,
    user_id: str,
) -> None:
    chat = services.chat
    if chat is None:
        return
    try:
        # One conversation per thread: its history is what the assistant remembers.
        reply = await chat.handle(f"slack:{channel}:{thread_ts}", text, actor=actor_for(user_id))
    except Exception:
        log.exception("The DM assistant failed to answer")
        await _post(client, channel, thread_ts, chat_reply(messages.ERROR, ours=True))
        return
    if reply.kind is ReplyKind.OFFLINE and reply.status is not None:
        # Offline, "status" answers with the same card as `/assistant status`.
        answer = status_message(reply.status)
    else:
        answer = chat_reply(messages.chat_text(reply), ours=reply.ours)
    await _post(client, channel, thread_ts, answer)
    if reply.proposal is not None:
        proposal = reply.proposal
        await _post(
            client,
            channel,
            thread_ts,
            chat_confirmation(proposal.id, messages.proposal_text(proposal)),
        )


async def _post(
    client: AsyncWebClient, channel: str, thread_ts: str, message: dict[str, Any]
) -> None:
    try:
        await client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message)
    except SlackApiError as err:
        log.warning("Could not answer in the DM thread: %s", err.response.get("error"))
