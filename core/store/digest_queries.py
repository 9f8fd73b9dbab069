"""Store methods for the daily digest, the weekly stats and queue aging.

The digest's exactly-once rests on `claim_digest`: the INSERT of the day's row is the claim, so
of two ticks or two processes only one gets True. Queue aging claims reminders and expiries the
same way: one transaction picks the rows still due and stamps them, so a tick that runs twice
(or after a restart) finds nothing left to say.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from core.store.connection import Database
from core.store.records import db_text, parse_optional_time, parse_time
from core.vocabulary import ActionType

AgingMark = Literal["reminded_at", "expired_at"]

# An approval the owner changed: another folder, priority or action type than suggested.
_CORRECTED = (
    "(coalesce(edited_folder, suggested_folder) <> suggested_folder"
    " OR coalesce(edited_priority, suggested_priority) <> suggested_priority"
    " OR coalesce(edited_action_type, suggested_action_type) <> suggested_action_type)"
)
_RESOLVED_IN = "(resolved_at >= :since AND resolved_at < :until)"
# When a pending suggestion joined the queue: its arrival, or the owner's last Bring back.
_QUEUED_SINCE = "max(s.created_at, coalesce(q.brought_back_at, ''))"


@dataclass(frozen=True)
class DecisionCounts:
    """What happened to suggestions of one action type and folder in a period."""

    action_type: str
    folder: str
    triaged: int  # suggestions made in the period
    approved: int  # approved in the period
    corrected: int  # of those, approved with the owner's edits
    dismissed: int  # dismissed in the period


@dataclass(frozen=True)
class NeedsReplyItem:
    """A Needs Reply email still on the owner's plate (pending, or approved with an open task).

    Subject and sender are untrusted text from the email.
    """

    suggestion_id: int
    status: str
    subject: str
    sender_name: str
    sender_address: str
    received_at: datetime | None
    web_link: str | None


@dataclass(frozen=True)
class TaskDue:
    """An open task the assistant created, due on or before a day (title: the email's subject)."""

    title: str
    provider: str
    due: date


@dataclass(frozen=True)
class AgingCandidate:
    """A pending suggestion in the queue and since when it waits there."""

    suggestion_id: int
    queued_since: datetime


@dataclass(frozen=True)
class DigestClaim:
    """The claim of one day's scheduled digest: when it was taken, and when Slack took the post."""

    claimed_at: datetime
    sent_at: datetime | None


class DigestQueries(Database):
    """The reads of the digest and stats, the digest's daily claim, and queue aging's marks."""

    async def decision_counts(self, *, since: datetime, until: datetime) -> list[DecisionCounts]:
        """Return per action type and folder the suggestions made, approved, corrected and
        dismissed in [since, until) (the owner's edits decide the type and folder)."""
        rows = await self._fetchall(
            "counting decisions",
            "SELECT coalesce(edited_action_type, suggested_action_type) AS action_type,"
            " coalesce(edited_folder, suggested_folder) AS folder,"
            " sum(created_at >= :since AND created_at < :until) AS triaged,"
            f" sum(status = 'approved' AND {_RESOLVED_IN}) AS approved,"
            f" sum(status = 'approved' AND {_RESOLVED_IN} AND {_CORRECTED}) AS corrected,"
            f" sum(status = 'dismissed' AND {_RESOLVED_IN}) AS dismissed"
            " FROM suggestions WHERE (created_at >= :since AND created_at < :until)"
            f" OR {_RESOLVED_IN} GROUP BY 1, 2 ORDER BY 1, 2",
            {"since": db_text(since), "until": db_text(until)},
        )
        return [
            DecisionCounts(
                action_type=str(row["action_type"]),
                folder=str(row["folder"]),
                triaged=int(row["triaged"]),
                approved=int(row["approved"]),
                corrected=int(row["corrected"]),
                dismissed=int(row["dismissed"]),
            )
            for row in rows
        ]

    async def needs_reply_items(
        self, *, approved_since: datetime, limit: int
    ) -> list[NeedsReplyItem]:
        """Return Needs Reply suggestions still open, oldest email first: pending ones, and
        approved ones whose task is open (or, without a task, approved since `approved_since`)."""
        rows = await self._fetchall(
            "listing what needs a reply",
            "SELECT s.id, s.status, e.subject, e.sender_name, e.sender_address, e.received_at,"
            " e.web_link FROM suggestions AS s JOIN emails AS e ON e.id = s.email_id"
            " WHERE coalesce(s.edited_action_type, s.suggested_action_type) = :action AND"
            " (s.status = 'pending' OR (s.status = 'approved' AND ("
            " EXISTS (SELECT 1 FROM task_sync AS t WHERE t.email_id = s.email_id"
            " AND t.status = 'active' AND t.created_at >= s.created_at)"
            " OR (s.resolved_at >= :since AND NOT EXISTS (SELECT 1 FROM task_sync AS t"
            " WHERE t.email_id = s.email_id AND t.created_at >= s.created_at)))))"
            " ORDER BY e.received_at, s.id LIMIT :limit",
            {
                "action": str(ActionType.NEEDS_REPLY),
                "since": db_text(approved_since),
                "limit": limit,
            },
        )
        return [
            NeedsReplyItem(
                suggestion_id=int(row["id"]),
                status=str(row["status"]),
                subject=str(row["subject"]),
                sender_name=str(row["sender_name"]),
                sender_address=str(row["sender_address"]),
                received_at=parse_optional_time(row["received_at"]),
                web_link=row["web_link"],
            )
            for row in rows
        ]

    async def open_tasks_due_by(self, day: date, *, limit: int) -> list[TaskDue]:
        """Return the open tasks due on or before `day` (as task sync last saw them), oldest due
        first."""
        rows = await self._fetchall(
            f"listing the tasks due by {day.isoformat()}",
            "SELECT coalesce(e.subject, '') AS subject, t.provider,"
            " json_extract(t.remote_state, '$.due') AS due"
            " FROM task_sync AS t LEFT JOIN emails AS e ON e.id = t.email_id"
            " WHERE t.status = 'active' AND json_extract(t.remote_state, '$.due') <= ?"
            " ORDER BY due, t.id LIMIT ?",
            (day.isoformat(), limit),
        )
        return [
            TaskDue(str(row["subject"]), str(row["provider"]), date.fromisoformat(row["due"]))
            for row in rows
        ]

    # -- the scheduled digest's one claim per day ---------------------------------------------

    async def claim_digest(self, day: date, at: datetime) -> bool:
        """Claim the scheduled digest of `day` at `at`; True only for the one caller that got it."""
        async with self._transaction(f"claiming the digest of {day}") as db:
            cursor = await db.execute(
                "INSERT INTO digests (day, claimed_at) VALUES (?, ?) ON CONFLICT(day) DO NOTHING",
                (day.isoformat(), db_text(at)),
            )
            return cursor.rowcount == 1

    async def digest_claim(self, day: date) -> DigestClaim | None:
        """Return the claim of `day`'s scheduled digest, or None when nobody claimed it."""
        row = await self._fetchone(
            f"reading the digest of {day}",
            "SELECT claimed_at, sent_at FROM digests WHERE day = ?",
            (day.isoformat(),),
        )
        if row is None:
            return None
        return DigestClaim(parse_time(row["claimed_at"]), parse_optional_time(row["sent_at"]))

    async def take_over_digest(self, day: date, stale: DigestClaim, at: datetime) -> bool:
        """Take over an unsent claim a dead run left (as read in `stale`); True for one caller."""
        async with self._transaction(f"taking over the digest of {day}") as db:
            cursor = await db.execute(
                "UPDATE digests SET claimed_at = ?"
                " WHERE day = ? AND claimed_at = ? AND sent_at IS NULL",
                (db_text(at), day.isoformat(), db_text(stale.claimed_at)),
            )
            return cursor.rowcount == 1

    async def mark_digest_sent(self, day: date) -> None:
        """Record that the front end took the digest of `day`."""
        async with self._transaction(f"marking the digest of {day} sent") as db:
            await db.execute(
                "UPDATE digests SET sent_at = ? WHERE day = ?", (self._now(), day.isoformat())
            )

    async def release_digest(self, day: date) -> None:
        """Give up an unsent claim (posting failed), so the next tick tries again."""
        async with self._transaction(f"releasing the digest of {day}") as db:
            await db.execute(
                "DELETE FROM digests WHERE day = ? AND sent_at IS NULL", (day.isoformat(),)
            )

    # -- queue aging -----------------------------------------------------------------------------

    async def claim_aging(
        self, mark: AgingMark, *, queued_before: datetime
    ) -> list[AgingCandidate]:
        """Stamp `mark` on every pending, unexpired suggestion queued at or before
        `queued_before` that does not carry it yet, in one transaction; return those stamped,
        oldest first."""
        async with self._transaction(f"claiming queue aging ({mark})") as db:
            rows = await db.execute_fetchall(
                f"SELECT s.id, {_QUEUED_SINCE} AS since FROM suggestions AS s"
                " LEFT JOIN queue_aging AS q ON q.suggestion_id = s.id"
                f" WHERE s.status = 'pending' AND q.expired_at IS NULL AND q.{mark} IS NULL"
                f" AND {_QUEUED_SINCE} <= ? ORDER BY since, s.id",
                (db_text(queued_before),),
            )
            claimed = [AgingCandidate(int(r["id"]), parse_time(r["since"])) for r in rows]
            await db.executemany(
                f"INSERT INTO queue_aging (suggestion_id, {mark}) VALUES (?, ?)"
                f" ON CONFLICT(suggestion_id) DO UPDATE SET {mark} = excluded.{mark}",
                [(c.suggestion_id, self._now()) for c in claimed],
            )
        return claimed

    async def release_aging(self, mark: AgingMark, suggestion_ids: Sequence[int]) -> None:
        """Take `mark` back (the owner could not be told), so the next tick tries again."""
        async with self._transaction(f"releasing queue aging ({mark})") as db:
            await db.execute(
                f"UPDATE queue_aging SET {mark} = NULL"
                " WHERE suggestion_id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(suggestion_ids)),),
            )

    async def bring_back(self, suggestion_id: int) -> None:
        """Put a suggestion back in the queue: its aging restarts, with a reminder again."""
        async with self._transaction(f"bringing back suggestion {suggestion_id}") as db:
            await db.execute(
                "INSERT INTO queue_aging (suggestion_id, brought_back_at) VALUES (?, ?)"
                " ON CONFLICT(suggestion_id) DO UPDATE SET brought_back_at ="
                " excluded.brought_back_at, reminded_at = NULL, expired_at = NULL",
                (suggestion_id, self._now()),
            )

    async def expired_suggestion_ids(self) -> list[int]:
        """Return the pending suggestions that left the queue unanswered, oldest first."""
        rows = await self._fetchall(
            "listing expired suggestions",
            "SELECT s.id FROM suggestions AS s JOIN queue_aging AS q ON q.suggestion_id = s.id"
            " WHERE s.status = 'pending' AND q.expired_at IS NOT NULL ORDER BY s.id",
        )
        return [int(row["id"]) for row in rows]
