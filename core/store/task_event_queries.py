"""Store methods for calendar blocks: which event a task's time was blocked in, and its state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from core.store.connection import Database
from core.store.records import Row, db_text, parse_time

_COLUMNS = (
    "id, suggestion_id, task_sync_id, provider, event_id, start, end, web_link, status,"
    " task_state, created_at"
)


@dataclass(frozen=True)
class TaskEvent:
    """A `task_events` row: the calendar block confirmed for a suggestion's task."""

    id: int
    suggestion_id: int
    task_sync_id: int | None
    provider: str
    event_id: str
    start: datetime
    end: datetime
    web_link: str | None
    status: str  # 'active' or 'deleted'
    task_state: str  # 'open', 'completed' or 'deleted'
    created_at: datetime


@dataclass(frozen=True)
class BlockTask:
    """The task a suggestion's approval made, as task sync last saw it."""

    task_sync_id: int
    email_id: str | None
    status: str
    due: date | None  # None: no due date, or no sync has seen the task yet


def _event_from_row(r: Row) -> TaskEvent:
    return TaskEvent(
        id=int(r["id"]),
        suggestion_id=int(r["suggestion_id"]),
        task_sync_id=r["task_sync_id"],
        provider=r["provider"],
        event_id=r["event_id"],
        start=parse_time(r["start"]),
        end=parse_time(r["end"]),
        web_link=r["web_link"],
        status=r["status"],
        task_state=r["task_state"],
        created_at=parse_time(r["created_at"]),
    )


class TaskEventQueries(Database):
    """The reads and writes of `core.calendars.blocks`."""

    async def block_task(self, suggestion_id: int) -> BlockTask | None:
        """Return the newest task recorded for a suggestion's email, or None."""
        row = await self._fetchone(
            f"finding the task of suggestion {suggestion_id}",
            "SELECT t.id, t.email_id, t.status, json_extract(t.remote_state, '$.due') AS due"
            " FROM suggestions s JOIN task_sync t ON t.email_id = s.email_id"
            " WHERE s.id = ? ORDER BY t.id DESC LIMIT 1",
            (suggestion_id,),
        )
        if row is None:
            return None
        due = date.fromisoformat(row["due"]) if row["due"] else None
        return BlockTask(int(row["id"]), row["email_id"], row["status"], due)

    async def live_task_event(self, suggestion_id: int) -> TaskEvent | None:
        """Return the active block of a suggestion, or None."""
        row = await self._fetchone(
            f"reading the calendar block of suggestion {suggestion_id}",
            "SELECT "
            + _COLUMNS
            + " FROM task_events WHERE suggestion_id = ? AND status = 'active'",
            (suggestion_id,),
        )
        return None if row is None else _event_from_row(row)

    async def count_task_events(self, suggestion_id: int) -> int:
        """Return how many blocks were ever recorded for a suggestion (deleted ones too)."""
        row = await self._fetchone(
            f"counting the calendar blocks of suggestion {suggestion_id}",
            "SELECT count(*) AS n FROM task_events WHERE suggestion_id = ?",
            (suggestion_id,),
        )
        return 0 if row is None else int(row["n"])

    async def add_task_event(
        self,
        *,
        suggestion_id: int,
        task_sync_id: int | None,
        provider: str,
        event_id: str,
        start: datetime,
        end: datetime,
        web_link: str | None,
    ) -> bool:
        """Record a block; False when the suggestion already has an active one (kept as is)."""
        async with self._transaction(f"recording the block of suggestion {suggestion_id}") as db:
            cur = await db.execute(
                "INSERT OR IGNORE INTO task_events (suggestion_id, task_sync_id, provider,"
                " event_id, start, end, web_link, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?)",
                (
                    suggestion_id,
                    task_sync_id,
                    provider,
                    event_id,
                    db_text(start),
                    db_text(end),
                    web_link,
                    self._now(),
                ),
            )
            return cur.rowcount == 1

    async def active_task_events(self) -> list[TaskEvent]:
        """Return every active block, oldest first."""
        rows = await self._fetchall(
            "listing the calendar blocks",
            "SELECT " + _COLUMNS + " FROM task_events WHERE status = 'active' ORDER BY id",
        )
        return [_event_from_row(row) for row in rows]

    async def update_task_event(
        self,
        task_event_id: int,
        *,
        start: datetime,
        end: datetime,
        status: str,
        task_state: str,
    ) -> None:
        """Store what the last check saw of a block and its task."""
        async with self._transaction(f"updating calendar block {task_event_id}") as db:
            await db.execute(
                "UPDATE task_events SET start = ?, end = ?, status = ?, task_state = ?,"
                " checked_at = ? WHERE id = ?",
                (db_text(start), db_text(end), status, task_state, self._now(), task_event_id),
            )
