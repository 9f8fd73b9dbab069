"""Store methods for task sync: the rows it follows, what it last saw, and where a task began."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core.store.connection import Database
from core.store.records import (
    TASK_SYNC_COLUMNS,
    TaskSyncRecord,
    db_text,
    from_json_optional,
    task_sync_from_row,
    to_json,
)

# Rows task sync follows: a completed task may be reopened; a deleted one is gone for good.
FOLLOWED_STATUSES = ("active", "completed")


@dataclass(frozen=True)
class FollowedTask:
    """A task_sync row task sync follows, with the task as the last sync saw it (None: never)."""

    row: TaskSyncRecord
    remote_state: dict[str, Any] | None


class TaskSyncQueries(Database):
    """The reads and writes of `core.tasks.sync`."""

    async def followed_tasks(self, provider: str) -> list[FollowedTask]:
        """Return the active and completed task_sync rows of one provider, oldest first."""
        rows = await self._fetchall(
            f"listing the {provider} tasks to sync",
            "SELECT " + TASK_SYNC_COLUMNS + ", remote_state FROM task_sync"
            " WHERE provider = ? AND status IN (SELECT value FROM json_each(?)) ORDER BY id",
            (provider, json.dumps(FOLLOWED_STATUSES)),
        )
        return [
            FollowedTask(task_sync_from_row(row), from_json_optional(row["remote_state"]))
            for row in rows
        ]

    async def flagged_by_assistant(self, email_id: str) -> bool:
        """Return whether an approval set this email's follow-up flag (the owner's own flag is
        never made to follow a task)."""
        row = await self._fetchone(
            f"reading who flagged email {email_id}",
            "SELECT 1 FROM action_log WHERE action = 'email.flag' AND email_id = ?"
            " AND json_extract(details_json, '$.by') = 'assistant' LIMIT 1",
            (email_id,),
        )
        return row is not None

    async def save_task_sync_state(
        self,
        task_sync_id: int,
        *,
        status: str,
        remote_state: dict[str, Any],
        synced_at: datetime | None,
    ) -> None:
        """Store a row's status and last-seen state; synced_at only when given (a change)."""
        synced = None if synced_at is None else db_text(synced_at)
        state = to_json(remote_state, f"the remote state of task_sync {task_sync_id}")
        async with self._transaction(f"saving task_sync {task_sync_id}") as db:
            await db.execute(
                "UPDATE task_sync SET status = ?, remote_state = ?,"
                " synced_at = coalesce(?, synced_at) WHERE id = ?",
                (status, state, synced, task_sync_id),
            )

    async def task_snapshot(self, task_id: str, actions: Collection[str]) -> Any:
        """Return the `after` of the newest action_log row about `task_id` among `actions`.

        The approval logs the task it created (or adopted) with the backend's own wire form;
        task sync reads it as the baseline of a task it has not seen yet.
        """
        row = await self._fetchone(
            f"reading how task {task_id!r} was created",
            "SELECT after_json FROM action_log WHERE target = ? AND after_json IS NOT NULL"
            " AND action IN (SELECT value FROM json_each(?)) ORDER BY id DESC LIMIT 1",
            (task_id, json.dumps(sorted(actions))),
        )
        return None if row is None else from_json_optional(row["after_json"])

    async def approved_suggestion_for_email(self, email_id: str) -> int | None:
        """Return the id of the newest approved suggestion of an email, or None."""
        row = await self._fetchone(
            f"finding the approved suggestion of email {email_id!r}",
            "SELECT id FROM suggestions WHERE email_id = ? AND status = 'approved'"
            " ORDER BY id DESC LIMIT 1",
            (email_id,),
        )
        return None if row is None else int(row["id"])


@dataclass(frozen=True)
class DueTask:
    """An open task the assistant created whose due date (as task sync last saw it) is a day."""

    task_id: str
    provider: str  # "microsoft_todo" or "todoist"
    title: str  # the subject of the email it came from ("" when the email is gone)


class DueTaskQueries(Database):
    """Which of the assistant's open tasks fall due on a day (for the calendar day view)."""

    async def tasks_due_on(self, day: date) -> list[DueTask]:
        """Return the active tasks due on `day`, oldest first."""
        rows = await self._fetchall(
            f"listing the tasks due on {day.isoformat()}",
            "SELECT t.todo_task_id, t.provider, coalesce(e.subject, '') AS subject"
            " FROM task_sync t LEFT JOIN emails e ON e.id = t.email_id"
            " WHERE t.status = 'active' AND json_extract(t.remote_state, '$.due') = ?"
            " ORDER BY t.id",
            (day.isoformat(),),
        )
        return [DueTask(row["todo_task_id"], row["provider"], row["subject"]) for row in rows]
