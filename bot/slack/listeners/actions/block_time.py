"""Block 30 min under an approved card: propose the first free slot, then Confirm or Cancel.

The proposal is a thread reply under the card. Confirm proposes again and creates the event
only when the slot is still the one shown; otherwise it says the slot was taken and shows the
next one. Nothing is written to a calendar before Confirm. A Confirm claims its suggestion while
it runs (like Approve), so a double click makes one event; once the block exists, the card
itself says where it went, in place of the button.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages as msg
from bot.slack.answers import failure_notice
from bot.slack.blocks.block_builder import (
    block_note,
    blocked_message,
    parse_block_value,
    proposal_message,
)
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.ids import parse_row_id
from bot.slack.listeners.common import action_value, clicked_message
from bot.slack.sink import Location, update_message
from core.api import NoBlockPossible, SlotTaken

MINUTES = 30
CLAIM = "block"


def _spawn(
    context: AsyncBoltContext, client: AsyncWebClient, where: Location | None, work: Any, name: str
) -> None:
    services = services_of(context)
    assert context.user_id is not None
    services.background.spawn(
        work,
        name=name,
        on_failure=failure_notice(
            client, context.user_id, channel=where.channel if where else None
        ),
    )


async def handle_propose(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Reply under the card with the first free slot and Confirm / Cancel."""
    await ack()
    suggestion_id = parse_row_id(action_value(body))
    where = clicked_message(body)
    if suggestion_id is None or where is None or context.user_id is None:
        return
    work = _propose(services_of(context), client, suggestion_id, where)
    _spawn(context, client, where, work, f"block proposal {suggestion_id}")


async def _propose(
    services: BotServices, client: AsyncWebClient, suggestion_id: int, card: Location
) -> None:
    try:
        proposal = await services.assistant.propose_block(suggestion_id, MINUTES)
    except NoBlockPossible as err:
        payload = block_note(msg.block_impossible(str(err)))
    else:
        payload = proposal_message(
            suggestion_id, proposal.start, proposal.end, proposal.provider_label
        )
    await client.chat_postMessage(channel=card.channel, thread_ts=card.ts, **payload)


async def handle_confirm(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Create the event if the shown slot is still free; else show the next one."""
    await ack()
    shown = parse_block_value(action_value(body))
    where = clicked_message(body)
    if shown is None or where is None or context.user_id is None:
        return
    services = services_of(context)
    if not services.claim(CLAIM, str(shown[0])):
        return  # a click on this block is running: it shows the result
    actor = actor_for(context.user_id)
    work = _claimed(services, _confirm(services, client, shown, where, actor), shown[0])
    _spawn(context, client, where, work, f"block confirm {shown[0]}")


async def _claimed(services: BotServices, work: Coroutine[Any, Any, None], key: int) -> None:
    try:
        await work
    finally:
        services.release(CLAIM, str(key))


async def _confirm(
    services: BotServices,
    client: AsyncWebClient,
    shown: tuple[int, int],
    where: Location,
    actor: str,
) -> None:
    suggestion_id, shown_start = shown
    assistant = services.assistant
    try:
        result = await assistant.live_block(suggestion_id)  # a second click shows the first
        if result is None:
            proposal = await assistant.propose_block(suggestion_id, MINUTES)
            if int(proposal.start.timestamp()) != shown_start:
                raise SlotTaken("the slot shown was taken", proposal)
            result = await assistant.confirm_block(proposal, actor=actor)
    except SlotTaken as taken:
        nxt = taken.proposal
        payload = proposal_message(
            suggestion_id, nxt.start, nxt.end, nxt.provider_label, taken=True
        )
    except NoBlockPossible as err:
        payload = block_note(msg.block_impossible(str(err)))
    else:
        payload = blocked_message(result)
        await _show_on_card(services, suggestion_id)
    await update_message(client, where, payload)


async def _show_on_card(services: BotServices, suggestion_id: int) -> None:
    """Redraw the approved card: it names the block where the button was."""
    card = await services.sink.own_card(suggestion_id)
    view = await services.assistant.suggestion(suggestion_id, with_outcome=True)
    if card is not None and view is not None:
        await services.sink.draw(view, card)


async def handle_cancel(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Drop the proposal: nothing was written to a calendar."""
    await ack()
    where = clicked_message(body)
    if where is not None:
        await update_message(client, where, block_note(msg.BLOCK_CANCELLED))
