"""The add form's submit: errors go back onto the fields; else add it and tell the owner."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.answers import failure_notice, tell
from bot.slack.blocks import add_result, notice_message, parse_add_submission
from bot.slack.context import BotServices, actor_for, services_of
from core.errors import AppError


async def handle(
    ack: AsyncAck, view: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Validate the form, then add the project or area (config.yaml, folder, category)."""
    services = services_of(context)
    values = (view.get("state") or {}).get("values") or {}
    fields, errors = parse_add_submission(values, services.settings)
    if errors:
        await ack(response_action="errors", errors=errors)
        return
    await ack()
    if context.user_id is None:
        return
    services.background.spawn(
        _add(services, client, fields, context.user_id),
        name=f"add {fields.get('kind')}",
        on_failure=failure_notice(client, context.user_id),
    )


async def _add(
    services: BotServices, client: AsyncWebClient, fields: dict[str, Any], user_id: str
) -> None:
    try:
        result = await services.assistant.add_project_or_area(**fields, actor=actor_for(user_id))
    except AppError as err:
        await tell(
            client,
            None,
            user_id,
            notice_message(messages.problem_text(err, f"add the {fields.get('kind')}")),
        )
        return
    await tell(client, None, user_id, add_result(result))
