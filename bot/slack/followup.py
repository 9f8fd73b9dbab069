"""The Slack end of the follow-up jobs: the daily digest by DM, queue aging on the cards.

Each method raises when the owner could not be told at all (Slack unreachable), so the core
takes its claim back and the next tick tries again. An expired card that cannot be updated (or
a suggestion that never had a card of its own, inside a burst summary) is listed in one message
with a Bring back each, so no expiry is silent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks import digest_message, expired_card, expired_summary, reminder_message
from bot.slack.metadata_lookup import find_tagged, tagged
from bot.slack.sink import OwnerChannel, SlackSink, update_message
from core.api import AgingReminder, Digest, SuggestionView

DIGEST_EVENT = "daily_digest"  # the metadata event type; the key is the day


class SlackFollowup:
    """Post the digest to the owner's DM; tell the owner about aging suggestions."""

    def __init__(self, client: AsyncWebClient, sink: SlackSink, owner: OwnerChannel) -> None:
        self._client = client
        self._sink = sink
        self._owner = owner

    async def post_digest(self, digest: Digest) -> None:
        """Send the digest to the owner's DM, tagged with its day so it can be found again."""
        channel = await self._owner.owner_dm()
        await self._client.chat_postMessage(
            channel=channel,
            metadata=tagged(DIGEST_EVENT, digest.day.isoformat()),
            **digest_message(digest),
        )

    async def find_digest(self, day: date) -> bool:
        """Tell whether the owner's DM already holds the scheduled digest of `day`."""
        channel = await self._owner.owner_dm()
        return await find_tagged(self._client, channel, DIGEST_EVENT, day.isoformat()) is not None

    async def suggestions_reminded(self, reminders: Sequence[AgingReminder]) -> None:
        """Post the one reminder where the cards are."""
        channel = await self._owner()
        await self._client.chat_postMessage(channel=channel, **reminder_message(reminders))

    async def suggestions_expired(self, views: Sequence[SuggestionView]) -> None:
        """Turn each card into an expired one; list those without a card in one message."""
        unseen: list[SuggestionView] = []
        for view in views:
            where = await self._sink.own_card(view.suggestion_id)
            if where is None or not await update_message(self._client, where, expired_card(view)):
                unseen.append(view)
        if unseen:
            channel = await self._owner()
            await self._client.chat_postMessage(channel=channel, **expired_summary(unseen))
