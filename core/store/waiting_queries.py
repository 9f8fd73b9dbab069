"""Store methods for the waiting-for tracker: the waits, their clock, and the notices they owe.

A wait is a `waiting_for` row tied to the approved suggestion that started it (at most one per
suggestion, so a resumed approval records it once). Every change of state is a guarded UPDATE
(`status = 'waiting'`, `closing IS NULL`...), so two runs racing on one wait change it once.
`waiting_notices` holds one row per message owed to the owner, keyed by (wait, stage), which
is what makes a nudge exactly-once across restarts (see `core.followup.waiting_notices`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from core.store.connection import Database
from core.store.records import Row, db_text, parse_optional_time, parse_time

_WAIT_COLUMNS = (
    "w.id, w.suggestion_id, w.email_id, w.conversation_id, w.waiting_since, w.waiting_on,"
    " w.status, w.nudge_after_hours, w.escalate_after_hours, w.skip_weekends, w.clock_from,"
    " w.round, w.snoozed_until, w.escalated_at, w.task_id, w.task_backend, w.draft_id,"
    " w.draft_web_link, w.closing, w.closed_by, w.resolved_at,"
    " e.subject, e.sender_name, e.sender_address, e.received_at, e.web_link"
)
_FROM = " FROM waiting_for w JOIN emails e ON e.id = w.email_id"
_NOTICE_COLUMNS = "id, wait_id, stage, kind, round, claimed_at, attempted_at, posted_at, location"


@dataclass(frozen=True)
class WaitRecord:
    """One tracked wait, with the facts of the email it started from."""

    id: int
    suggestion_id: int | None
    email_id: str
    conversation_id: str | None
    waiting_since: datetime
    waiting_on: tuple[str, ...]
    status: str  # 'waiting' while open, 'received' once closed
    nudge_after_hours: int
    escalate_after_hours: int
    skip_weekends: bool
    clock_from: datetime
    round: int
    snoozed_until: datetime | None
    escalated_at: datetime | None
    task_id: str | None
    task_backend: str | None
    draft_id: str | None
    draft_web_link: str | None
    closing: str | None
    closed_by: str | None
    resolved_at: datetime | None
    subject: str
    sender_name: str
    sender_address: str
    received_at: datetime
    web_link: str | None


@dataclass(frozen=True)
class NewWait:
    """What an approval records to start a wait."""

    suggestion_id: int
    email_id: str
    conversation_id: str | None
    waiting_on: tuple[str, ...]
    since: datetime
    nudge_after_hours: int
    escalate_after_hours: int
    skip_weekends: bool
    task_id: str | None
    task_backend: str | None


@dataclass(frozen=True)
class NoticeRecord:
    """A message owed to the owner about one wait (a `waiting_notices` row)."""

    id: int
    wait_id: int
    stage: str
    kind: str  # 'nudge' or 'escalation'
    round: int
    claimed_at: datetime
    attempted_at: datetime | None
    posted_at: datetime | None
    location: str | None


@dataclass(frozen=True)
class ConversationReply:
    """A stored Inbox email in a waited-on conversation, newer than the wait's email."""

    wait_id: int
    email_id: str
    sender_address: str
    received_at: datetime


def _wait(r: Row) -> WaitRecord:
    since = parse_time(r["waiting_since"])
    return WaitRecord(
        id=int(r["id"]),
        suggestion_id=r["suggestion_id"],
        email_id=r["email_id"],
        conversation_id=r["conversation_id"],
        waiting_since=since,
        waiting_on=tuple(json.loads(r["waiting_on"] or "[]")),
        status=r["status"],
        nudge_after_hours=int(r["nudge_after_hours"]),
        escalate_after_hours=int(r["escalate_after_hours"]),
        skip_weekends=bool(r["skip_weekends"]),
        clock_from=parse_optional_time(r["clock_from"]) or since,
        round=int(r["round"]),
        snoozed_until=parse_optional_time(r["snoozed_until"]),
        escalated_at=parse_optional_time(r["escalated_at"]),
        task_id=r["task_id"],
        task_backend=r["task_backend"],
        draft_id=r["draft_id"],
        draft_web_link=r["draft_web_link"],
        closing=r["closing"],
        closed_by=r["closed_by"],
        resolved_at=parse_optional_time(r["resolved_at"]),
        subject=r["subject"],
        sender_name=r["sender_name"],
        sender_address=r["sender_address"],
        received_at=parse_time(r["received_at"]),
        web_link=r["web_link"],
    )


def _notice(r: Row) -> NoticeRecord:
    return NoticeRecord(
        id=int(r["id"]),
        wait_id=int(r["wait_id"]),
        stage=r["stage"],
        kind=r["kind"],
        round=int(r["round"]),
        claimed_at=parse_time(r["claimed_at"]),
        attempted_at=parse_optional_time(r["attempted_at"]),
        posted_at=parse_optional_time(r["posted_at"]),
        location=r["location"],
    )


class WaitingQueries(Database):
    """The reads and writes of `core.followup.waiting`."""

    async def start_wait(self, new: NewWait) -> int:
        """Record a wait for a suggestion once; return its id (the existing one on a replay)."""
        async with self._transaction(f"recording the wait of suggestion {new.suggestion_id}") as db:
            await db.execute(
                "INSERT INTO waiting_for (suggestion_id, email_id, conversation_id,"
                " waiting_since, expected_from, waiting_on, nudge_after_hours,"
                " escalate_after_hours, skip_weekends, clock_from, task_id, task_backend)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (suggestion_id) WHERE suggestion_id IS NOT NULL DO NOTHING",
                (
                    new.suggestion_id,
                    new.email_id,
                    new.conversation_id,
                    db_text(new.since),
                    new.waiting_on[0] if new.waiting_on else None,
                    json.dumps(list(new.waiting_on)),
                    new.nudge_after_hours,
                    new.escalate_after_hours,
                    int(new.skip_weekends),
                    db_text(new.since),
                    new.task_id,
                    new.task_backend,
                ),
            )
            rows = await db.execute_fetchall(
                "SELECT id FROM waiting_for WHERE suggestion_id = ?", (new.suggestion_id,)
            )
            return int(next(iter(rows))["id"])

    async def get_wait(self, wait_id: int) -> WaitRecord | None:
        """Return one wait, open or closed, or None."""
        row = await self._fetchone(
            f"reading wait {wait_id}",
            "SELECT " + _WAIT_COLUMNS + _FROM + " WHERE w.id = ?",
            (wait_id,),
        )
        return None if row is None else _wait(row)

    async def open_waits(self) -> list[WaitRecord]:
        """Return every tracked wait still open (closures in progress included), oldest first."""
        rows = await self._fetchall(
            "listing open waits",
            "SELECT " + _WAIT_COLUMNS + _FROM + " WHERE w.status = 'waiting'"
            " AND w.suggestion_id IS NOT NULL ORDER BY w.id",
        )
        return [_wait(r) for r in rows]

    async def replies_in_waited_conversations(
        self, owner_addresses: Sequence[str]
    ) -> list[ConversationReply]:
        """Return stored emails in open waits' conversations, newer than the waited-on email
        and not sent by any of `owner_addresses` (lower-case)."""
        rows = await self._fetchall(
            "finding replies to open waits",
            "SELECT w.id AS wait_id, r.id AS email_id, r.sender_address, r.received_at"
            " FROM waiting_for w JOIN emails e ON e.id = w.email_id"
            " JOIN emails r ON r.conversation_id = w.conversation_id AND r.id <> w.email_id"
            " WHERE w.status = 'waiting' AND w.closing IS NULL AND w.suggestion_id IS NOT NULL"
            " AND r.received_at >= e.received_at"  # Graph gives whole seconds
            " AND r.sender_address NOT IN (SELECT value FROM json_each(?))"
            " ORDER BY r.received_at",
            (json.dumps(list(owner_addresses)),),
        )
        return [
            ConversationReply(
                int(r["wait_id"]), r["email_id"], r["sender_address"], parse_time(r["received_at"])
            )
            for r in rows
        ]

    async def begin_wait_closure(self, wait_id: int, reason: str, closed_by: str) -> bool:
        """Mark an open wait as closing for `reason`; False when it is closed or closing."""
        async with self._transaction(f"closing wait {wait_id}") as db:
            cur = await db.execute(
                "UPDATE waiting_for SET closing = ?, closed_by = ?"
                " WHERE id = ? AND status = 'waiting' AND closing IS NULL",
                (reason, closed_by, wait_id),
            )
            return cur.rowcount == 1

    async def finish_wait_closure(self, wait_id: int, at: datetime) -> bool:
        """Close a wait whose closure began; False when it was already closed."""
        async with self._transaction(f"closing wait {wait_id}") as db:
            cur = await db.execute(
                "UPDATE waiting_for SET status = 'received', resolved_at = ?"
                " WHERE id = ? AND status = 'waiting' AND closing IS NOT NULL",
                (db_text(at), wait_id),
            )
            return cur.rowcount == 1

    async def restart_wait_clock(self, wait_id: int, at: datetime) -> bool:
        """Count a wait's thresholds from `at` in a new round (the owner wrote again)."""
        async with self._transaction(f"restarting the clock of wait {wait_id}") as db:
            cur = await db.execute(
                "UPDATE waiting_for SET clock_from = ?, round = round + 1, snoozed_until = NULL"
                " WHERE id = ? AND status = 'waiting' AND closing IS NULL"
                " AND COALESCE(clock_from, waiting_since) < ?",
                (db_text(at), wait_id, db_text(at)),
            )
            return cur.rowcount == 1

    async def end_waits_of_task(
        self, task_id: str, *, received: bool, reason: str, actor: str, at: datetime
    ) -> int:
        """End the open waits whose task the owner finished (`received`) or deleted in the
        task app; return how many. No closure is started over the task: it is already done."""
        async with self._transaction(f"ending the waits of task {task_id}") as db:
            cur = await db.execute(
                "UPDATE waiting_for SET status = ?, closing = ?, closed_by = ?, resolved_at = ?"
                " WHERE task_id = ? AND status = 'waiting' AND closing IS NULL",
                ("received" if received else "expired", reason, actor, db_text(at), task_id),
            )
            return cur.rowcount

    async def snooze_wait(self, wait_id: int, until: datetime) -> bool:
        """Hold a wait's next nudge until `until`, in a new round; False if it is not open."""
        async with self._transaction(f"snoozing wait {wait_id}") as db:
            cur = await db.execute(
                "UPDATE waiting_for SET snoozed_until = ?, round = round + 1"
                " WHERE id = ? AND status = 'waiting' AND closing IS NULL",
                (db_text(until), wait_id),
            )
            return cur.rowcount == 1

    async def mark_wait_escalated(self, wait_id: int, at: datetime) -> None:
        """Record that a wait's task importance was raised (once)."""
        async with self._transaction(f"escalating wait {wait_id}") as db:
            await db.execute(
                "UPDATE waiting_for SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL",
                (db_text(at), wait_id),
            )

    async def set_wait_draft(self, wait_id: int, draft_id: str, web_link: str | None) -> None:
        """Remember the reply draft made for a wait (so a second click reuses it)."""
        async with self._transaction(f"recording the draft of wait {wait_id}") as db:
            await db.execute(
                "UPDATE waiting_for SET draft_id = ?, draft_web_link = ? WHERE id = ?",
                (draft_id, web_link, wait_id),
            )

    # -- notices ------------------------------------------------------------------------------

    async def claim_notice(self, wait_id: int, stage: str, kind: str, round_: int) -> None:
        """Record that a notice is owed (no-op when this stage was claimed before)."""
        async with self._transaction(f"claiming {stage} of wait {wait_id}") as db:
            await db.execute(
                "INSERT INTO waiting_notices (wait_id, stage, kind, round, claimed_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (wait_id, stage) DO NOTHING",
                (wait_id, stage, kind, round_, self._now()),
            )

    async def notices_of(self, wait_ids: Sequence[int]) -> list[NoticeRecord]:
        """Return every notice of the given waits, oldest first."""
        rows = await self._fetchall(
            "reading the notices of waits",
            "SELECT " + _NOTICE_COLUMNS + " FROM waiting_notices"
            " WHERE wait_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(list(wait_ids)),),
        )
        return [_notice(r) for r in rows]

    async def unposted_notices(self) -> list[NoticeRecord]:
        """Return the notices claimed and not yet posted, oldest first."""
        rows = await self._fetchall(
            "listing unposted notices",
            "SELECT " + _NOTICE_COLUMNS + " FROM waiting_notices WHERE posted_at IS NULL"
            " ORDER BY id",
        )
        return [_notice(r) for r in rows]

    async def notice_attempted(self, notice_id: int) -> None:
        """Record that the front end is about to be asked to post a notice."""
        async with self._transaction(f"recording the post of notice {notice_id}") as db:
            await db.execute(
                "UPDATE waiting_notices SET attempted_at = ? WHERE id = ?",
                (self._now(), notice_id),
            )

    async def notice_posted(self, notice_id: int, location: str | None) -> None:
        """Record where a notice was posted (None: nowhere, it is no longer owed)."""
        async with self._transaction(f"recording notice {notice_id} as posted") as db:
            await db.execute(
                "UPDATE waiting_notices SET posted_at = ?, location = ?"
                " WHERE id = ? AND posted_at IS NULL",
                (self._now(), location, notice_id),
            )
