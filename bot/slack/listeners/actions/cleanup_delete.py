""" "Delete selected" under the cleanup list (behind its confirm dialog): delete exactly the picks.

The selection is read from the message's state; the core checks it against a fresh cleanup plan:
a name that no longer exists is reported as already gone, and a name that is not an orphan is
refused (deleting nothing), so a framework or area category is never deleted here.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext, AsyncRespond

from bot import messages
from bot.slack.answers import failure_notice
from bot.slack.blocks import cleanup_result, notice_message, selected_cleanup_names
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.listeners.common import clicked_message
from core.errors import AppError

CLAIM = "cleanup"


async def handle(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, respond: AsyncRespond
) -> None:
    """Delete the categories picked in the cleanup message's selects."""
    await ack()
    services = services_of(context)
    where = clicked_message(body)
    key = where.ts if where else str(body.get("trigger_id"))
    if context.user_id is None or not services.claim(CLAIM, key):
        return
    state_values = (body.get("state") or {}).get("values") or {}
    services.background.spawn(
        _delete(services, respond, state_values, context.user_id, key),
        name="cleanup delete",
        on_failure=failure_notice(None, context.user_id, respond=respond),
    )


async def _delete(
    services: BotServices,
    respond: AsyncRespond,
    state_values: dict[str, Any],
    user_id: str,
    key: str,
) -> None:
    try:
        done = await services.assistant.delete_picked_categories(
            lambda names: selected_cleanup_names(state_values, names), actor=actor_for(user_id)
        )
    except (AppError, ValueError) as err:
        await respond(
            {
                **notice_message(messages.problem_text(err, "delete the categories")),
                "response_type": "ephemeral",
            }
        )
        return
    finally:
        services.release(CLAIM, key)
    result = cleanup_result(done.deleted, missing=done.already_gone)
    await respond({**result, "replace_original": True})
