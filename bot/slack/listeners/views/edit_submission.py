"""The edit form's Approve: errors go back onto the fields; else approve with the edits.

The edits are stored as a correction by the core, so later classifications learn from them.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks import parse_edit_submission
from bot.slack.context import services_of
from bot.slack.listeners.actions.approve import APPROVE
from bot.slack.listeners.common import parse_suggestion_id
from bot.slack.listeners.decisions import start_decision

log = logging.getLogger(__name__)


async def handle(
    ack: AsyncAck, view: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Validate the form, then approve the suggestion it edits."""
    services = services_of(context)
    values = (view.get("state") or {}).get("values") or {}
    edits, errors = parse_edit_submission(values, services.settings)
    if errors:
        await ack(response_action="errors", errors=errors)
        return
    await ack()
    # private_metadata round-trips through the client: it is re-checked, never trusted.
    suggestion_id = parse_suggestion_id(str(view.get("private_metadata") or ""))
    if suggestion_id is None or context.user_id is None:
        log.warning("An edit form came back without a suggestion id")
        return
    start_decision(
        services,
        client,
        suggestion_id,
        APPROVE,
        user_id=context.user_id,
        clicked=None,
        edits=edits,
    )
