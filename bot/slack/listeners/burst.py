"""The burst summary's buttons: approve all confident suggestions, or post either group one by one.

The ids come from the buttons' values (what the owner saw and confirmed), and each is checked
again: only suggestions still pending are approved or posted. Afterwards the summary is redrawn
from what still waits in it, with true counts of what was approved, shown or decided elsewhere,
plus one line per approval (failures get a card with Retry from the sink).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, Literal

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack import ids
from bot.slack.answers import failure_notice
from bot.slack.blocks import burst_message, parse_id_list
from bot.slack.blocks.burst_builder import BurstCounts
from bot.slack.blocks.text import lookalikes
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.listeners.common import Location, action_value, clicked_message, update_message
from bot.slack.listeners.decisions import CLAIM as SUGGESTION_CLAIM
from bot.slack.sink import BURST_FRONT_END, HIGH_CONFIDENCE, summary_ids
from core.triage.approval import ApprovalOutcome
from core.triage.views import SuggestionView

log = logging.getLogger(__name__)

Choice = Literal["approve_all", "show_confident", "show_rest"]
APPROVE_CONCURRENCY = 4
CLAIM = "burst"


def burst_button(choice: Choice) -> Callable[..., Awaitable[None]]:
    """Return the listener of one of the summary's buttons."""

    async def handle(
        ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
    ) -> None:
        await ack()
        services = services_of(context)
        where = clicked_message(body)
        suggestion_ids = parse_id_list(action_value(body))
        if where is None or context.user_id is None or not suggestion_ids:
            log.warning("A burst %s click carried no suggestion ids", choice)
            return
        if not services.claim(CLAIM, where.ts):
            return  # another of the summary's buttons (or this one) is still at work
        blocks = (body.get("message") or {}).get("blocks") or []
        work = (
            _approve_all(services, client, suggestion_ids, context.user_id, where, blocks)
            if choice == "approve_all"
            else _show(services, client, suggestion_ids, where, blocks)
        )
        told = failure_notice(client, context.user_id, channel=where.channel)
        services.background.spawn(_released(services, where.ts, work), name=choice, on_failure=told)

    handle.__name__ = handle.__qualname__ = f"burst_{choice}_button"
    return handle


async def _released(services: BotServices, key: str, work: Awaitable[None]) -> None:
    try:
        await work
    finally:
        services.release(CLAIM, key)


async def _approve_all(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_ids: list[int],
    user_id: str,
    where: Location,
    blocks: list[dict[str, Any]],
) -> None:
    triage = services.runtime.triage
    gate = asyncio.Semaphore(APPROVE_CONCURRENCY)
    results: dict[int, tuple[SuggestionView, ApprovalOutcome]] = {}

    async def approve(suggestion_id: int) -> None:
        async with gate:
            view = await triage.get(suggestion_id)
            if view is None or view.status != "pending":
                return
            if not services.claim(SUGGESTION_CLAIM, str(suggestion_id)):
                return
            try:
                outcome = await triage.approve(suggestion_id, actor=actor_for(user_id))
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
    await _redraw(
        services,
        client,
        where,
        blocks,
        approved=approved,
        shown=len(outcomes) - approved,
        results=[_result_line(*pair) for pair in outcomes],
    )


async def _show(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_ids: list[int],
    where: Location,
    blocks: list[dict[str, Any]],
) -> None:
    """Post the given suggestions one card each ("Show the n", "Review the k one by one")."""
    if services.sink is None:
        log.warning("No sink is attached: the suggestions of a summary cannot be posted")
        return
    posted = await services.sink.post_cards(await _still_summarised(services, suggestion_ids))
    await _redraw(services, client, where, blocks, shown=posted)


async def _redraw(
    services: BotServices,
    client: AsyncWebClient,
    where: Location,
    blocks: list[dict[str, Any]],
    *,
    approved: int = 0,
    shown: int = 0,
    results: list[str] | None = None,
) -> None:
    """Redraw the summary: what still waits in it, and the counts of what became of the rest."""
    confident_ids = summary_ids(blocks, ids.APPROVE_ALL_CONFIDENT)
    rest_ids = summary_ids(blocks, ids.SHOW_REST)
    before = BurstCounts.of(blocks) or BurstCounts(len(confident_ids) + len(rest_ids))
    counts = replace(before, approved=before.approved + approved, shown=before.shown + shown)
    payload = burst_message(
        await _still_summarised(services, confident_ids),
        await _still_summarised(services, rest_ids),
        _threshold(services),
        counts=counts,
        results=results or (),
    )
    await update_message(client, where, payload)


def _threshold(services: BotServices) -> float:
    return services.sink.high_confidence if services.sink is not None else HIGH_CONFIDENCE


async def _still_summarised(
    services: BotServices, suggestion_ids: list[int]
) -> list[SuggestionView]:
    """Return the suggestions still pending with no card of their own (only in the summary)."""
    found = []
    for suggestion_id in suggestion_ids:
        view = await services.runtime.triage.get(suggestion_id)
        posted = await services.runtime.store.posted_message(suggestion_id)
        if view is not None and view.status == "pending" and posted is not None:
            if posted.front_end == BURST_FRONT_END:
                found.append(view)
    return found


def _result_line(view: SuggestionView, outcome: ApprovalOutcome) -> str:
    subject = lookalikes(view.subject.strip() or messages.NO_SUBJECT)
    if outcome.status == "approved":
        return messages.approved_fallback(subject, lookalikes(outcome.folder or view.folder))
    return messages.failed_fallback(subject)
