"""Dismiss on a suggestion card: the email stays where it is and the card says so."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.listeners.decisions import Decision, decide_clicked_card
from core.api import ApprovalOutcome, Assistant


async def _dismiss(
    assistant: Assistant, suggestion_id: int, *, actor: str, edits: Mapping[str, Any] | None
) -> ApprovalOutcome:
    return await assistant.dismiss(suggestion_id, actor=actor)


DISMISS = Decision("dismiss", starts_from=("pending", "failed"), shows_progress=False, act=_dismiss)


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Dismiss the clicked suggestion; the email is not touched."""
    await ack()
    await decide_clicked_card(body, context, client, DISMISS)
