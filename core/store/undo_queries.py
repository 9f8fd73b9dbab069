"""Store methods for undo: what an approval logged, the newest approval, and the reopening."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime
from typing import Any

from core.store.connection import Database
from core.store.records import (
    ACTION_COLUMNS,
    ActionRecord,
    action_from_row,
    db_text,
    to_json,
)

# The agent_state key prefix of an undo under way ("undo:<suggestion id>").
UNDO_STATE_PREFIX = "undo:"


class UndoQueries(Database):
    """The reads and writes of `core.followup.undo`."""

    async def suggestion_actions(
        self, suggestion_id: int, actions: Collection[str]
    ) -> list[ActionRecord]:
        """Return a suggestion's audit rows of the given actions, oldest first."""
        rows = await self._fetchall(
            f"reading what was done for suggestion {suggestion_id}",
            "SELECT " + ACTION_COLUMNS + " FROM action_log WHERE suggestion_id = ?"
            " AND action IN (SELECT value FROM json_each(?)) ORDER BY id",
            (suggestion_id, json.dumps(sorted(actions))),
        )
        return [action_from_row(row) for row in rows]

    async def newest_decision_since(self, since: datetime) -> tuple[int, str] | None:
        """Return (suggestion id, action) of the newest approval or undo logged since `since`."""
        row = await self._fetchone(
            "finding the newest approval",
            "SELECT suggestion_id, action FROM action_log WHERE action IN"
            " ('suggestion.approve', 'suggestion.undo') AND at >= ? AND suggestion_id IS NOT NULL"
            " ORDER BY id DESC LIMIT 1",
            (db_text(since),),
        )
        return None if row is None else (int(row["suggestion_id"]), str(row["action"]))

    async def finish_undo(
        self, suggestion_id: int, *, actor: str, state_key: str, details: dict[str, Any]
    ) -> bool:
        """Reopen an undone approval, log it and drop its progress record, all in one transaction.

        The suggestion goes from approved back to pending with its steps, error and resolution
        cleared (the owner's edits stay), so it can be approved afresh. False, and nothing
        written, when it is no longer approved.
        """
        now = self._now()
        async with self._transaction(f"reopening undone suggestion {suggestion_id}") as db:
            cur = await db.execute(
                "UPDATE suggestions SET status = 'pending', steps = '{}', error = NULL,"
                " resolved_at = NULL, actor = ?, updated_at = ?"
                " WHERE id = ? AND status = 'approved'",
                (actor, now, suggestion_id),
            )
            if cur.rowcount != 1:
                return False
            await db.execute(
                "INSERT INTO action_log (at, action, actor, email_id, suggestion_id, target,"
                " before_json, after_json, details_json) VALUES (?, 'suggestion.undo', ?,"
                " (SELECT email_id FROM suggestions WHERE id = ?), ?, NULL, ?, ?, ?)",
                (
                    now,
                    actor,
                    suggestion_id,
                    suggestion_id,
                    to_json({"status": "approved"}, "the undo's before"),
                    to_json({"status": "pending"}, "the undo's after"),
                    to_json(details, "the undo's details"),
                ),
            )
            # The wait the approval started ends with it (a re-approval starts a fresh one: the
            # unique index on suggestion_id covers only non-NULL ids).
            await db.execute(
                "UPDATE waiting_for SET suggestion_id = NULL,"
                " closing = COALESCE(closing, 'undone'), closed_by = COALESCE(closed_by, ?),"
                " resolved_at = COALESCE(resolved_at, ?),"
                " status = CASE status WHEN 'waiting' THEN 'expired' ELSE status END"
                " WHERE suggestion_id = ?",
                (actor, now, suggestion_id),
            )
            await db.execute("DELETE FROM agent_state WHERE key = ?", (state_key,))
            return True
