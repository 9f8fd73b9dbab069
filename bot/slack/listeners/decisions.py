"""Approve, retry and dismiss from Slack: the card shows progress, then exactly one outcome.

One decision per suggestion runs at a time in this process (`BotServices.claim`), and a click on
a suggestion that is no longer pending (or failed) changes nothing, so a double click does
nothing the second time; the core's compare-and-set makes sure only one approval executes even
across processes. Every card is drawn by the `SlackSink`: the decision hands it the view it read
(for "Approving…"); the final card it draws on its own when it owns the card (it hears every
change, whichever front end made it), else the decision hands it the changed view it heard.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from slack_bolt.async_app import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.answers import failure_notice, tell
from bot.slack.blocks import notice_message
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.listeners.common import (
    Location,
    action_value,
    clicked_message,
    own_card,
    parse_suggestion_id,
    redraw_as_stored,
    where_to_draw,
)
from bot.slack.sink import card_state
from core.api import ApprovalOutcome, Assistant

log = logging.getLogger(__name__)

CLAIM = "suggestion"


class Act(Protocol):
    """What a decision does to the suggestion once it may start."""

    async def __call__(
        self,
        assistant: Assistant,
        suggestion_id: int,
        *,
        actor: str,
        edits: Mapping[str, Any] | None,
    ) -> ApprovalOutcome: ...


@dataclass(frozen=True)
class Decision:
    """One way to decide a suggestion from Slack (each card button's module defines its own)."""

    name: str
    starts_from: tuple[str, ...]  # the statuses it can start from; anything else is a stale click
    act: Act
    shows_progress: bool = True  # the card says "Approving…" while it runs


async def decide_clicked_card(
    body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient, decision: Decision
) -> None:
    """Start `decision` on the suggestion of the clicked card (after the listener's ack)."""
    suggestion_id = parse_suggestion_id(action_value(body))
    if suggestion_id is None or context.user_id is None:
        log.warning("A %s click carried no suggestion id", decision.name)
        return
    start_decision(
        services_of(context),
        client,
        suggestion_id,
        decision,
        user_id=context.user_id,
        clicked=clicked_message(body),
    )


def start_decision(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_id: int,
    decision: Decision,
    *,
    user_id: str,
    clicked: Location | None,
    edits: Mapping[str, Any] | None = None,
) -> bool:
    """Run a decision after the ack; False (and nothing happens) if one is already running."""
    if not services.claim(CLAIM, str(suggestion_id)):
        log.info(
            "Ignoring a second %s of suggestion %d: one is running", decision.name, suggestion_id
        )
        return False
    services.background.spawn(
        _decide(services, client, suggestion_id, decision, user_id, clicked, edits),
        name=f"{decision.name} suggestion {suggestion_id}",
        on_failure=failure_notice(client, user_id, channel=clicked.channel if clicked else None),
    )
    return True


async def _decide(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_id: int,
    decision: Decision,
    user_id: str,
    clicked: Location | None,
    edits: Mapping[str, Any] | None,
) -> None:
    try:
        await _run(services, client, suggestion_id, decision, user_id, clicked, edits)
    finally:
        services.release(CLAIM, str(suggestion_id))


async def _run(
    services: BotServices,
    client: AsyncWebClient,
    suggestion_id: int,
    decision: Decision,
    user_id: str,
    clicked: Location | None,
    edits: Mapping[str, Any] | None,
) -> None:
    assistant = services.assistant
    view = await assistant.suggestion(suggestion_id)
    if view is None:
        channel = clicked.channel if clicked else None
        await tell(client, channel, user_id, notice_message(messages.SUGGESTION_GONE))
        return
    posted_at = await own_card(services, suggestion_id)
    card_at = where_to_draw(clicked, posted_at)
    channel = clicked.channel if clicked is not None and card_at == clicked else None
    if view.status not in decision.starts_from:
        # Decided elsewhere (`review`, another process): show the owner what really happened.
        log.info(
            "Suggestion %d is %s; the %s click redraws it",
            suggestion_id,
            view.status,
            decision.name,
        )
        await show_as_stored(services, client, card_at, suggestion_id, user_id)
        return
    sink = services.sink
    sink_draws = services.sink_hears_changes and posted_at is not None and card_at == posted_at
    if decision.shows_progress and card_at is not None:
        await sink.draw(view, card_at, state="approving")
    actor = actor_for(user_id)
    try:
        outcome = await decision.act(assistant, suggestion_id, actor=actor, edits=edits)
    except ValueError as err:
        # An edit that stopped being valid between the form check and now (config reloaded).
        log.warning("Suggestion %d: %s", suggestion_id, err)
        await redraw_as_stored(services, card_at, suggestion_id)
        await tell(
            client, channel, user_id, notice_message(messages.problem_text(err, "apply the edit"))
        )
        return
    except Exception:
        log.exception("The %s of suggestion %d failed unexpectedly", decision.name, suggestion_id)
        await redraw_as_stored(services, card_at, suggestion_id)
        return
    if outcome.status == "unchanged":
        # Another process got there first: show what it did instead of "Approving…".
        await redraw_as_stored(services, card_at, suggestion_id)
    elif card_at is not None and not sink_draws:
        # The core announced the changed view (the sink heard it); read it only if it did not.
        after = sink.last_heard(suggestion_id) or await assistant.suggestion(suggestion_id) or view
        await sink.draw(after, card_at, state=card_state(outcome.status), outcome=outcome)


async def show_as_stored(
    services: BotServices,
    client: AsyncWebClient,
    card_at: Location | None,
    suggestion_id: int,
    user_id: str,
) -> None:
    """Answer a click on a suggestion decided elsewhere: redraw its card with the real state."""
    view = await redraw_as_stored(services, card_at, suggestion_id)
    channel = card_at.channel if card_at else None
    if view is None:
        await tell(client, channel, user_id, notice_message(messages.SUGGESTION_GONE))
    elif view.status == "approving":
        await tell(client, channel, user_id, notice_message(messages.BEING_APPROVED))
    elif card_at is None:
        await tell(client, channel, user_id, notice_message(messages.already_handled(view.status)))
