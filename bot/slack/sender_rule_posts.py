"""Put each sender rule proposal to the owner as a DM with Confirm / Not now."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks.senders_builder import proposal_message
from bot.slack.sink import OwnerChannel
from core.api import SenderRuleProposal


def sender_rule_poster(
    client: AsyncWebClient, owner: OwnerChannel
) -> Callable[[SenderRuleProposal], Awaitable[None]]:
    """Return the callback core hands proposals to; a failed post raises, so core retries it."""

    async def post(proposal: SenderRuleProposal) -> None:
        await client.chat_postMessage(channel=await owner.owner_dm(), **proposal_message(proposal))

    return post
