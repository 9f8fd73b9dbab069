"""Find a message the app posted, by the key in its Slack message metadata.

Posts the core must make exactly once (a waiting-for nudge, the daily digest) carry metadata:
an event type and `{"key": ...}`. When a run died, or a post's answer was lost, the core asks
before posting again; this reads the channel's recent history with `include_all_metadata` (the
`im:history` scope the app has for DMs). A history the app may not read answers "not found":
the core then posts again rather than lose the message.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)

# These posts are rare; a lost answer is found within the channel's last few hundred messages.
HISTORY_PAGES = 3
HISTORY_PAGE_SIZE = 200


def tagged(event_type: str, key: str) -> dict[str, Any]:
    """Return the metadata that lets `find_tagged` find a post again."""
    return {"event_type": event_type, "event_payload": {"key": key}}


async def find_tagged(
    client: AsyncWebClient, channel: str, event_type: str, key: str
) -> str | None:
    """Return the ts of the recent message in `channel` tagged with (`event_type`, `key`)."""
    cursor: str | None = None
    for _ in range(HISTORY_PAGES):
        try:
            page = await client.conversations_history(
                channel=channel,
                limit=HISTORY_PAGE_SIZE,
                include_all_metadata=True,
                cursor=cursor,
            )
        except SlackApiError as err:
            # Better a message twice than none: the caller posts when nothing is found.
            log.warning("Could not read %s to look for a %s: %s", channel, event_type, err)
            return None
        for message in page.get("messages") or ():
            if _key(message, event_type) == key:
                return str(message["ts"])
        cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
        if cursor is None:
            break
    return None


def _key(message: dict[str, Any], event_type: str) -> str | None:
    metadata = message.get("metadata") or {}
    if metadata.get("event_type") != event_type:
        return None
    key = (metadata.get("event_payload") or {}).get("key")
    return key if isinstance(key, str) else None
