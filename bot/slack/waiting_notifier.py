"""The Slack end of `WaitingNotifier`: post each nudge once, tagged so it can be found again.

Each message carries Slack message metadata (event type `waiting_notice`, the notice's key).
The core asks `find_notice` before posting a notice a dead run may already have posted; it looks
for the key in the channel's recent history (`bot.slack.metadata_lookup`), so a restart never
posts a nudge twice. A history the app may not read (`slack.channel` set to a channel, for
which it has no `channels:history` scope) answers "not found": the nudge is posted again rather
than lost. Locations are "channel/ts".
"""

from __future__ import annotations

import logging

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks.waiting_builder import waiting_message
from bot.slack.metadata_lookup import find_tagged, tagged
from bot.slack.sink import ChannelResolver, Location
from core.api import WaitNotice

log = logging.getLogger(__name__)

EVENT_TYPE = "waiting_notice"


def location_text(where: Location) -> str:
    """Return the stored form of a message's location."""
    return f"{where.channel}/{where.ts}"


def parse_location(text: str | None) -> Location | None:
    """Return the location stored by `location_text`, or None."""
    channel, _, ts = (text or "").partition("/")
    return Location(channel, ts) if channel and ts else None


class SlackWaitingNotifier:
    """Post nudges and escalations to the owner's channel and find them again by key."""

    def __init__(self, client: AsyncWebClient, channel: ChannelResolver) -> None:
        self._client = client
        self._channel = channel

    async def post_notice(self, notice: WaitNotice) -> str:
        """Post the notice with its key in the message metadata; return where it went."""
        channel = await self._channel()
        payload = waiting_message(notice.wait, importance_raised=notice.importance_raised)
        answer = await self._client.chat_postMessage(
            channel=channel,
            metadata=tagged(EVENT_TYPE, notice.key),
            **payload,
        )
        return location_text(Location(str(answer["channel"]), str(answer["ts"])))

    async def find_notice(self, notice: WaitNotice) -> str | None:
        """Return where a message with this notice's key was posted, or None."""
        channel = await self._channel()
        ts = await find_tagged(self._client, channel, EVENT_TYPE, notice.key)
        return None if ts is None else location_text(Location(channel, ts))
