"""Store methods for the front ends: the DM assistant's turns and where each card was posted."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from core.store.connection import Database


@dataclass(frozen=True)
class ChatTurn:
    """One stored turn of a DM conversation (content: Claude message content blocks)."""

    role: str
    content: list[dict[str, Any]]


@dataclass(frozen=True)
class PostedMessage:
    """Where a suggestion's card was posted."""

    suggestion_id: int
    front_end: str
    channel: str
    ts: str


class FrontEndQueries(Database):
    """Chat history and posted-message references."""

    async def add_chat_turn(
        self, conversation: str, role: str, content: list[dict[str, Any]]
    ) -> None:
        """Append a turn to a conversation."""
        async with self._transaction("saving a chat turn") as db:
            await db.execute(
                "INSERT INTO chat_turns (conversation, role, content, created_at)"
                " VALUES (?, ?, ?, ?)",
                (conversation, role, json.dumps(content), self._now()),
            )

    async def recent_chat_turns(self, conversation: str, *, limit: int) -> list[ChatTurn]:
        """Return the last `limit` turns of a conversation, oldest first."""
        rows = await self._fetchall(
            "reading chat turns",
            "SELECT role, content FROM (SELECT id, role, content FROM chat_turns"
            " WHERE conversation = ? ORDER BY id DESC LIMIT ?) ORDER BY id",
            (conversation, limit),
        )
        return [ChatTurn(str(row["role"]), json.loads(row["content"])) for row in rows]

    async def set_posted_message(
        self, suggestion_id: int, *, front_end: str, channel: str, ts: str
    ) -> None:
        """Remember where a suggestion's card was posted (replacing an earlier one)."""
        async with self._transaction("saving a posted message") as db:
            await db.execute(
                "INSERT INTO posted_messages (suggestion_id, front_end, channel, ts, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(suggestion_id) DO UPDATE SET"
                " front_end = excluded.front_end, channel = excluded.channel, ts = excluded.ts,"
                " updated_at = excluded.updated_at",
                (suggestion_id, front_end, channel, ts, self._now()),
            )

    async def posted_message(self, suggestion_id: int) -> PostedMessage | None:
        """Return where a suggestion's card was posted, or None."""
        row = await self._fetchone(
            "reading a posted message",
            "SELECT suggestion_id, front_end, channel, ts FROM posted_messages"
            " WHERE suggestion_id = ?",
            (suggestion_id,),
        )
        return (
            None
            if row is None
            else PostedMessage(
                suggestion_id=int(row["suggestion_id"]),
                front_end=str(row["front_end"]),
                channel=str(row["channel"]),
                ts=str(row["ts"]),
            )
        )
