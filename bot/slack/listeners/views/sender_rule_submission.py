"""The Edit sender rule form's submit: a refused sender or folder goes back onto its field;
else the rule is saved and the owner told."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import messages
from bot.slack.answers import tell
from bot.slack.blocks.senders_builder import (
    FOLDER_BLOCK,
    SENDER_BLOCK,
    notice,
    parse_edit,
    rule_saved,
)
from bot.slack.blocks.text import plain
from bot.slack.context import actor_for, services_of
from bot.slack.ids import parse_row_id
from core.api import SenderRuleRefused


async def handle(
    ack: AsyncAck, view: dict[str, Any], context: AsyncBoltContext, client: AsyncWebClient
) -> None:
    """Save the edited rule; the edit is one quick database write, so it runs before the ack."""
    services = services_of(context)
    rule_id = parse_row_id(str(view.get("private_metadata") or ""))
    values = (view.get("state") or {}).get("values") or {}
    sender, folder = parse_edit(values, services.settings.folders())
    if not folder:
        await ack(response_action="errors", errors={FOLDER_BLOCK: messages.PICK_FOLDER})
        return
    if rule_id is None or context.user_id is None:
        await ack()
        return
    try:
        rule = await services.assistant.edit_sender_rule(
            rule_id, pattern=sender, folder=folder, actor=actor_for(context.user_id)
        )
    except SenderRuleRefused as err:
        if err.field == "rule":
            await ack()
            await tell(client, None, context.user_id, notice(messages.SENDER_RULE_GONE))
            return
        block = SENDER_BLOCK if err.field == "sender" else FOLDER_BLOCK
        await ack(response_action="errors", errors={block: plain(str(err), 300)})
        return
    await ack()
    await tell(client, None, context.user_id, rule_saved(rule))
