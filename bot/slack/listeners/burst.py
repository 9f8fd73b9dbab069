"""The burst summary's buttons: approve all confident suggestions, or post either group one by one.

The ids come from the buttons' values (what the owner saw and confirmed), and each is checked
again: only suggestions still pending are approved or posted. Afterwards the summary is redrawn
from what still waits in it, with true counts of what was approved, shown or decided elsewhere,
plus one line per approval (failures get a card with Retry from the sink).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import replace
from typing import Any, Protocol

from slack_bolt.async_app import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import ids
from bot.slack.answers import failure_notice
from bot.slack.blocks import burst_message, parse_id_list
from bot.slack.blocks.burst_builder import BurstCounts
from bot.slack.context import BotServices, services_of
from bot.slack.listeners.common import Location, action_value, clicked_message, update_message
from bot.slack.sink import BURST_FRONT_END, summary_ids
from core.api import SuggestionView

log = logging.getLogger(__name__)

CLAIM = "burst"


class SummaryWork(Protocol):
    """What one of the summary's buttons does with the ids it carries."""

    def __call__(
        self,
        services: BotServices,
        client: AsyncWebClient,
        suggestion_ids: list[int],
        user_id: str,
        where: Location,
        blocks: list[dict[str, Any]],
    ) -> Awaitable[None]: ...


async def on_summary_click(
    body: dict[str, Any],
    context: AsyncBoltContext,
    client: AsyncWebClient,
    choice: str,
    work: SummaryWork,
) -> None:
    """Run `work` on the clicked summary's ids after the listener's ack, one click at a time."""
    services = services_of(context)
    where = clicked_message(body)
    suggestion_ids = parse_id_list(action_value(body))
    if where is None or context.user_id is None or not suggestion_ids:
        log.warning("A burst %s click carried no suggestion ids", choice)
        return
    if not services.claim(CLAIM, where.ts):
        return  # another of the summary's buttons (or this one) is still at work
    blocks = (body.get("message") or {}).get("blocks") or []
    running = work(services, client, suggestion_ids, context.user_id, where, blocks)
    told = failure_notice(client, context.user_id, channel=where.channel)
    services.background.spawn(_released(services, where.ts, running), name=choice, on_failure=told)


async def _released(services: BotServices, key: str, work: Awaitable[None]) -> None:
    try:
        await work
    finally:
        services.release(CLAIM, key)


async def post_one_by_one(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_ids: list[int],
    user_id: str,
    where: Location,
    blocks: list[dict[str, Any]],
) -> None:
    """Post the given suggestions one card each ("Show the n", "Review the k one by one")."""
    posted = await services.sink.post_cards(await _still_summarised(services, suggestion_ids))
    await redraw_summary(services, client, where, blocks, shown=posted)


async def redraw_summary(
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
    return services.sink.high_confidence


async def _still_summarised(
    services: BotServices, suggestion_ids: list[int]
) -> list[SuggestionView]:
    """Return the suggestions still pending with no card of their own (only in the summary)."""
    found = []
    for suggestion_id in suggestion_ids:
        view = await services.assistant.suggestion(suggestion_id)
        posted = await services.sink.card_location(suggestion_id)
        if view is not None and view.status == "pending" and posted is not None:
            if posted.front_end == BURST_FRONT_END:
                found.append(view)
    return found
