"""The burst summary's "Approve all k high-confidence" (behind its confirm dialog)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.blocks.text import lookalikes
from bot.slack.context import BotServices, actor_for
from bot.slack.listeners.burst import on_summary_click, redraw_summary
from bot.slack.listeners.common import Location
from bot.slack.listeners.decisions import CLAIM as SUGGESTION_CLAIM
from core.api import ApprovalOutcome, SuggestionView

log = logging.getLogger(__name__)
APPROVE_CONCURRENCY = 4


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Approve every confident suggestion the summary still holds, then redraw it."""
    await ack()
    await on_summary_click(body, context, client, "approve_all", _approve_all)


async def _approve_all(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_ids: list[int],
    user_id: str,
    where: Location,
    blocks: list[dict[str, Any]],
) -> None:
    assistant = services.assistant
    gate = asyncio.Semaphore(APPROVE_CONCURRENCY)
    results: dict[int, tuple[SuggestionView, ApprovalOutcome]] = {}

    async def approve(suggestion_id: int) -> None:
        async with gate:
            view = await assistant.suggestion(suggestion_id)
            if view is None or view.status != "pending":
                return
            if not services.claim(SUGGESTION_CLAIM, str(suggestion_id)):
                return
            try:
                outcome = await assistant.approve(suggestion_id, actor=actor_for(user_id))
            except Exception:
                log.exception("Approving suggestion %d from a summary failed", suggestion_id)
                return
            finally:
                services.release(SUGGESTION_CLAIM, str(suggestion_id))
            if outcome.status in ("approved", "failed"):
                results[suggestion_id] = (view, outcome)

    await asyncio.gather(*(approve(i) for i in suggestion_ids))
    outcomes = [results[i] for i in suggestion_ids if i in results]
    approved = sum(1 for _, outcome in outcomes if outcome.status == "approved")
    # A failed approval gets a card of its own with Retry (from the sink): it counts as shown.
    await redraw_summary(
        services,
        client,
        where,
        blocks,
        approved=approved,
        shown=len(outcomes) - approved,
        results=[_result_line(*pair) for pair in outcomes],
    )


def _result_line(view: SuggestionView, outcome: ApprovalOutcome) -> str:
    subject = lookalikes(view.subject.strip() or messages.NO_SUBJECT)
    if outcome.status == "approved":
        return messages.approved_fallback(subject, lookalikes(outcome.folder or view.folder))
    return messages.failed_fallback(subject)
