"""What the owner sent (Sent Items) and reply drafts for the owner to send (createReply).

Sent Items is read, never written: a message there proves only that the owner wrote in a
conversation. A reply draft is made with ``POST /me/messages/{id}/createReply`` (201 with the
draft, saved in Drafts, addressed to the sender of the message replied to); the body goes in the
action's `Comment` (Graph refuses a Comment and a message body together). Nothing here sends
mail: the owner reviews and sends the draft in Outlook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from core.errors import GraphNotFound
from core.microsoft.graph import GraphClient
from core.microsoft.graph_retry import create_once

SENT_ITEMS = "/me/mailFolders/sentitems/messages"
DRAFTS = "/me/mailFolders/drafts/messages"
_SENT_SELECT = "id,conversationId,receivedDateTime,sentDateTime"
_DRAFT_SELECT = "id,conversationId,isDraft,webLink"
# Sent Items read per check at most; a mailbox sending more than this between two checks is
# read again from the last one seen at the next check.
MAX_SENT_PER_CHECK = 500


@dataclass(frozen=True)
class SentMessage:
    """A message the owner sent: its conversation and when it was sent."""

    id: str
    conversation_id: str | None
    sent_at: datetime


@dataclass(frozen=True)
class ReplyDraft:
    """A reply draft waiting in the owner's Drafts folder."""

    id: str
    web_link: str | None
    conversation_id: str | None = None


def _seg(item_id: str) -> str:
    return quote(item_id, safe="=+")


def _graph_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def sent_since(
    graph: GraphClient, since: datetime, *, limit: int = MAX_SENT_PER_CHECK
) -> list[SentMessage]:
    """Return what the owner sent since `since`, oldest first (at most `limit`)."""
    found: list[SentMessage] = []
    params = {
        "$filter": f"receivedDateTime ge {_graph_utc(since)}",
        "$orderby": "receivedDateTime asc",
        "$select": _SENT_SELECT,
        "$top": "50",
    }
    async for item in graph.paginate(SENT_ITEMS, params=params, immutable_ids=True):
        when = item.get("sentDateTime") or item.get("receivedDateTime")
        if not isinstance(item.get("id"), str) or not isinstance(when, str):
            continue
        found.append(
            SentMessage(
                id=item["id"],
                conversation_id=item.get("conversationId"),
                sent_at=datetime.fromisoformat(when.replace("Z", "+00:00")),
            )
        )
        if len(found) >= limit:
            break
    return found


def _draft(body: object) -> ReplyDraft:
    item = body if isinstance(body, dict) else {}
    return ReplyDraft(
        id=str(item.get("id") or ""),
        web_link=item.get("webLink"),
        conversation_id=item.get("conversationId"),
    )


async def draft_in_conversation(graph: GraphClient, conversation_id: str) -> ReplyDraft | None:
    """Return a draft in Drafts for this conversation, newest first, or None."""
    escaped = conversation_id.replace("'", "''")
    body = await graph.get_json(
        DRAFTS,
        params={"$filter": f"conversationId eq '{escaped}'", "$select": _DRAFT_SELECT},
        immutable_ids=True,
    )
    items = body.get("value") if isinstance(body, dict) else None
    for item in items or ():
        if isinstance(item, dict) and item.get("isDraft", True):
            return _draft(item)
    return None


async def get_draft(graph: GraphClient, draft_id: str) -> ReplyDraft | None:
    """Return a draft we made if it is still an unsent draft (None: sent or deleted)."""
    try:
        body = await graph.get_json(
            f"/me/messages/{_seg(draft_id)}", params={"$select": _DRAFT_SELECT}, immutable_ids=True
        )
    except GraphNotFound:
        return None
    if not isinstance(body, dict) or not body.get("isDraft"):
        return None
    return _draft(body)


async def create_reply_draft(
    graph: GraphClient, message_id: str, comment: str, *, conversation_id: str | None
) -> ReplyDraft:
    """Create a reply draft to `message_id` holding `comment`; never sends it.

    createReply is not idempotent: after an answer that leaves it unknown whether the draft was
    made, the conversation's drafts are looked at before asking again.
    """

    async def post() -> ReplyDraft:
        response = await graph.request(
            "POST",
            f"/me/messages/{_seg(message_id)}/createReply",
            json={"comment": comment},
            immutable_ids=True,
            idempotent=False,
        )
        return _draft(response.body)

    async def find() -> ReplyDraft | None:
        if conversation_id is None:
            return None
        return await draft_in_conversation(graph, conversation_id)

    draft, _ = await create_once(post, find, what="a reply draft")
    return draft
