"""Approve on a suggestion card: ack, show "Approving…", run the approval, show the outcome."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.listeners.decisions import Decision, decide_clicked_card
from core.api import ApprovalOutcome, Assistant


async def _approve(
    assistant: Assistant, suggestion_id: int, *, actor: str, edits: Mapping[str, Any] | None
) -> ApprovalOutcome:
    return await assistant.approve(suggestion_id, actor=actor, edits=dict(edits) if edits else None)


APPROVE = Decision("approve", starts_from=("pending", "failed"), act=_approve)


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Approve the clicked suggestion (a failed one runs again from its first unfinished step)."""
    await ack()
    await decide_clicked_card(body, context, client, APPROVE)
