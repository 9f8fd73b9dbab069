"""The Slack end of `WaitingNotifier`: post each nudge once, tagged so it can be found again.

Each message carries Slack message metadata (event type `waiting_notice`, the notice's key).
The core asks `find_notice` before posting a notice a dead run may already have posted; it
reads the channel's recent history with `include_all_metadata` (the `im:history` scope the app
already has for DMs) and answers with the message that carries the key, so a restart never
posts a nudge twice. A history the app may not read (`slack.channel` set to a channel, for
which it has no `channels:history` scope) answers "not found": the nudge is posted again rather
than lost. Locations are "channel/ts".
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks.waiting_builder import waiting_message
from bot.slack.sink import ChannelResolver, Location
from core.api import WaitNotice

log = logging.getLogger(__name__)

EVENT_TYPE = "waiting_notice"
# Nudges are rare; a lost answer is found within the channel's last few hundred messages.
HISTORY_PAGES = 3
HISTORY_PAGE_SIZE = 200


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
            metadata={"event_type": EVENT_TYPE, "event_payload": {"key": notice.key}},
            **payload,
        )
        return location_text(Location(str(answer["channel"]), str(answer["ts"])))

    async def find_notice(self, notice: WaitNotice) -> str | None:
        """Return where a message with this notice's key was posted, or None."""
        channel = await self._channel()
        cursor: str | None = None
        for _ in range(HISTORY_PAGES):
            try:
                page = await self._client.conversations_history(
                    channel=channel,
                    limit=HISTORY_PAGE_SIZE,
                    include_all_metadata=True,
                    cursor=cursor,
                )
            except SlackApiError as err:
                # Better a nudge twice than none: the core posts it when nothing is found.
                log.warning("Could not read %s to look for a nudge: %s", channel, err)
                return None
            for message in page.get("messages") or ():
                if _key(message) == notice.key:
                    return location_text(Location(channel, str(message["ts"])))
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if cursor is None:
                break
        return None


def _key(message: dict[str, Any]) -> str | None:
    metadata = message.get("metadata") or {}
    if metadata.get("event_type") != EVENT_TYPE:
        return None
    key = (metadata.get("event_payload") or {}).get("key")
    return key if isinstance(key, str) else None
