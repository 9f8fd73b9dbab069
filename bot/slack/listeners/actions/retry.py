"""Retry on a failed card: resume the approval from its first unfinished step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.listeners.decisions import Decision, decide_clicked_card
from core.api import ApprovalOutcome, Assistant


async def _retry(
    assistant: Assistant, suggestion_id: int, *, actor: str, edits: Mapping[str, Any] | None
) -> ApprovalOutcome:
    return await assistant.retry(suggestion_id, actor=actor)


RETRY = Decision("retry", starts_from=("failed",), act=_retry)


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Resume the failed approval of the clicked suggestion."""
    await ack()
    await decide_clicked_card(body, context, client, RETRY)
