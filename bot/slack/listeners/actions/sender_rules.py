"""Edit and Remove under a rule of `/assistant senders`: open the edit form, or remove the rule
and redraw the list with what was done."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.answers import failure_notice
from bot.slack.blocks.senders_builder import edit_modal, notice, senders_message
from bot.slack.context import BotServices, actor_for, services_of
from bot.slack.ids import parse_row_id
from bot.slack.listeners.common import action_value
from core.api import SenderRuleRefused


async def handle_edit(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Open the Edit sender rule modal, prefilled (the trigger lasts 3 s: no Graph call)."""
    await ack()
    rule_id = _clicked_rule(body, context)
    if rule_id is None or context.user_id is None:
        return
    services = services_of(context)
    rule = next((r for r in await services.assistant.sender_rules() if r.id == rule_id), None)
    if rule is None:
        await client.chat_postEphemeral(
            channel=str((body.get("channel") or {}).get("id") or context.user_id),
            user=context.user_id,
            **notice(messages.SENDER_RULE_GONE),
        )
        return
    folders = services.settings.folders()
    await client.views_open(
        trigger_id=str(body.get("trigger_id") or ""), view=edit_modal(rule, folders)
    )


async def handle_remove(
    ack: AsyncAck, body: dict[str, Any], context: AsyncBoltContext, respond: AsyncRespond
) -> None:
    """Remove the rule (the button's dialog asked first) and redraw the list."""
    await ack()
    rule_id = _clicked_rule(body, context)
    if rule_id is None or context.user_id is None:
        return
    services_of(context).background.spawn(
        _remove(services_of(context), respond, rule_id, actor_for(context.user_id)),
        name=f"remove sender rule {rule_id}",
        on_failure=failure_notice(None, context.user_id, respond=respond),
    )


def _clicked_rule(body: dict[str, Any], context: AsyncBoltContext) -> int | None:
    """Return the rule id of the clicked button (None: no id, or no user to act for)."""
    rule_id = parse_row_id(action_value(body))
    return rule_id if context.user_id is not None else None


async def _remove(services: BotServices, respond: AsyncRespond, rule_id: int, actor: str) -> None:
    try:
        removed = await services.assistant.remove_sender_rule(rule_id, actor=actor)
        done = messages.sender_rule_removed(removed.pattern)
    except SenderRuleRefused:
        done = messages.SENDER_RULE_GONE
    listed = senders_message(await services.assistant.sender_rules(), done=done)
    await respond({"replace_original": True, "response_type": "ephemeral", **listed})
