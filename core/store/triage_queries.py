"""The triage engine's queries: what to classify, thread history, corrections and costs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from core.store.connection import Database
from core.store.records import (
    CLASSIFICATION_COLUMNS,
    EMAIL_COLUMNS,
    SUGGESTION_COLUMNS,
    ClassificationRecord,
    ClassificationTotals,
    EmailRecord,
    Row,
    SuggestionRecord,
    ThreadApproval,
    classification_from_row,
    db_text,
    email_from_row,
    parse_time,
    suggestion_from_row,
)
from core.triage.classification import Correction, Usage


def _qualified(columns: str, alias: str) -> str:
    return ", ".join(f"{alias}.{name.strip()}" for name in columns.split(","))


def _aliased(columns: str, table: str, prefix: str) -> str:
    return ", ".join(f"{table}.{n.strip()} AS {prefix}{n.strip()}" for n in columns.split(","))


class _Prefixed:
    """One table's columns of a joined row, read by their own names (`e_id` as `id`)."""

    def __init__(self, row: Row, prefix: str) -> None:
        self._row = row
        self._prefix = prefix

    def __getitem__(self, name: str) -> Any:
        return self._row[self._prefix + name]


_S_COLUMNS = _qualified(SUGGESTION_COLUMNS, "s")
# A suggestion with its email and its (latest) classification, in one query: a card's view.
_SELECT_WITH_CONTEXT = (
    "SELECT "
    + _S_COLUMNS
    + ", "
    + _aliased(EMAIL_COLUMNS, "e", "e_")
    + ", "
    + _aliased(CLASSIFICATION_COLUMNS, "c", "c_")
    + " FROM suggestions s LEFT JOIN emails e ON e.id = s.email_id"
    " LEFT JOIN classifications c ON c.suggestion_id = s.id"
    " WHERE s.id = ? ORDER BY c.id DESC LIMIT 1"
)
# The values the owner approved: an edit wins over the suggestion.
_FINAL = (
    "coalesce(s.edited_folder, s.suggested_folder) AS folder,"
    " coalesce(s.edited_priority, s.suggested_priority) AS priority,"
    " coalesce(s.edited_action_type, s.suggested_action_type) AS action_type"
)


class TriageQueries(Database):
    async def suggestion_with_context(
        self, suggestion_id: int
    ) -> tuple[SuggestionRecord, EmailRecord | None, ClassificationRecord | None] | None:
        """Return a suggestion, its email and its classification in one read; None if missing.

        The classification is the latest one behind the suggestion, as
        `classifications_for_suggestions` picks it.
        """
        row = await self._fetchone(
            f"reading suggestion {suggestion_id}", _SELECT_WITH_CONTEXT, (suggestion_id,)
        )
        if row is None:
            return None
        email = None if row["e_id"] is None else email_from_row(cast(Row, _Prefixed(row, "e_")))
        found = None
        if row["c_id"] is not None:
            found = classification_from_row(cast(Row, _Prefixed(row, "c_")))
        return suggestion_from_row(row), email, found

    """Queries behind classification and thread inheritance; `Store` inherits them."""

    async def emails_needing_classification(
        self,
        *,
        since: datetime,
        limit: int,
        after: tuple[datetime, str] | None = None,
    ) -> list[EmailRecord]:
        """Return Inbox emails received since `since` that have no suggestion, oldest first.

        `after` is the (received_at, id) of the last email of the previous page, so a caller can
        page through a backlog without seeing an email twice.
        """
        after_at = None if after is None else db_text(after[0])
        after_id = None if after is None else after[1]
        rows = await self._fetchall(
            "listing emails to classify",
            "SELECT " + EMAIL_COLUMNS + " FROM emails AS e"
            " WHERE e.removed_at IS NULL AND e.received_at >= :since"
            " AND NOT EXISTS (SELECT 1 FROM suggestions AS s WHERE s.email_id = e.id)"
            " AND (:after_at IS NULL OR (e.received_at, e.id) > (:after_at, :after_id))"
            " ORDER BY e.received_at, e.id LIMIT :limit",
            {
                "since": db_text(since),
                "after_at": after_at,
                "after_id": after_id,
                "limit": limit,
            },
        )
        return [email_from_row(row) for row in rows]

    async def record_classification(
        self,
        email_id: str,
        *,
        suggestion_id: int | None,
        source: str,
        model: str | None,
        usage: Usage | None = None,
        schema_hash: str | None = None,
    ) -> int:
        """Store what one classification cost (tokens, USD, latency); return its id."""
        spent = usage or Usage()
        async with self._transaction(f"recording the classification of email {email_id!r}") as db:
            cur = await db.execute(
                "INSERT INTO classifications (email_id, suggestion_id, source, model,"
                " input_tokens, output_tokens, cache_creation_input_tokens,"
                " cache_read_input_tokens, cost_usd, latency_ms, schema_hash, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    email_id,
                    suggestion_id,
                    source,
                    model,
                    spent.input_tokens,
                    spent.output_tokens,
                    spent.cache_creation_input_tokens,
                    spent.cache_read_input_tokens,
                    float(spent.cost_usd),
                    spent.latency_ms,
                    schema_hash,
                    self._now(),
                ),
            )
            return int(cur.lastrowid or 0)

    async def classifications_for_suggestions(
        self, suggestion_ids: Sequence[int]
    ) -> dict[int, ClassificationRecord]:
        """Return the classification behind each of these suggestions, by suggestion id."""
        rows = await self._fetchall(
            "reading classifications",
            "SELECT " + CLASSIFICATION_COLUMNS + " FROM classifications"
            " WHERE suggestion_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(list(suggestion_ids)),),
        )
        found = (classification_from_row(row) for row in rows)
        return {c.suggestion_id: c for c in found if c.suggestion_id is not None}

    async def classification_totals(
        self, *, since: datetime, until: datetime
    ) -> ClassificationTotals:
        """Return the count, sources, tokens and cost of classifications in [since, until)."""
        rows = await self._fetchall(
            "totalling classifications",
            "SELECT source, count(*) AS n, total(cost_usd) AS cost_usd,"
            " total(input_tokens) AS input_tokens, total(output_tokens) AS output_tokens,"
            " total(cache_creation_input_tokens) AS cache_creation_input_tokens,"
            " total(cache_read_input_tokens) AS cache_read_input_tokens"
            " FROM classifications WHERE created_at >= ? AND created_at < ? GROUP BY source",
            (db_text(since), db_text(until)),
        )
        return ClassificationTotals(
            count=sum(int(r["n"]) for r in rows),
            by_source={str(r["source"]): int(r["n"]) for r in rows},
            cost_usd=sum(float(r["cost_usd"]) for r in rows),
            input_tokens=sum(int(r["input_tokens"]) for r in rows),
            output_tokens=sum(int(r["output_tokens"]) for r in rows),
            cache_creation_input_tokens=sum(int(r["cache_creation_input_tokens"]) for r in rows),
            cache_read_input_tokens=sum(int(r["cache_read_input_tokens"]) for r in rows),
        )

    async def latest_approved_in_thread(
        self, conversation_id: str, *, excluding: str, received_by: datetime
    ) -> ThreadApproval | None:
        """Return the newest approved suggestion among a conversation's other emails.

        Only emails received no later than `received_by` count, and never the email `excluding`
        (the one being classified), so a reply is compared with what came before it.
        """
        row = await self._fetchone(
            f"reading the approved history of conversation {conversation_id!r}",
            "SELECT " + _S_COLUMNS + ", e.subject, e.sender_address,"
            " e.received_at AS email_received_at"
            " FROM suggestions AS s JOIN emails AS e ON e.id = s.email_id"
            " WHERE e.conversation_id = ? AND e.id <> ? AND e.received_at <= ?"
            " AND s.status = 'approved'"
            " ORDER BY e.received_at DESC, s.id DESC LIMIT 1",
            (conversation_id, excluding, db_text(received_by)),
        )
        if row is None:
            return None
        return ThreadApproval(
            suggestion=suggestion_from_row(row),
            subject=row["subject"],
            sender_address=row["sender_address"],
            received_at=parse_time(row["email_received_at"]),
        )

    async def thread_sender_addresses(
        self, conversation_id: str, *, excluding: str, received_by: datetime
    ) -> list[str]:
        """Return the sender addresses of a conversation's other emails received by then."""
        rows = await self._fetchall(
            f"reading the senders of conversation {conversation_id!r}",
            "SELECT DISTINCT sender_address FROM emails"
            " WHERE conversation_id = ? AND id <> ? AND received_at <= ? ORDER BY sender_address",
            (conversation_id, excluding, db_text(received_by)),
        )
        return [str(row["sender_address"]) for row in rows]

    async def recent_corrections(self, limit: int = 20) -> list[Correction]:
        """Return approved suggestions the owner changed before approving, newest first."""
        rows = await self._fetchall(
            "reading recent corrections",
            "SELECT e.subject, e.sender_address, s.suggested_folder, s.suggested_priority,"
            " s.suggested_action_type, " + _FINAL + ", coalesce(s.edit_note, '') AS note"
            " FROM suggestions AS s JOIN emails AS e ON e.id = s.email_id"
            " WHERE s.status = 'approved' AND ("
            " coalesce(s.edited_folder, s.suggested_folder) <> s.suggested_folder"
            " OR coalesce(s.edited_priority, s.suggested_priority) <> s.suggested_priority"
            " OR coalesce(s.edited_action_type, s.suggested_action_type)"
            " <> s.suggested_action_type)"
            " ORDER BY s.resolved_at DESC, s.id DESC LIMIT ?",
            (limit,),
        )
        return [
            Correction(
                subject=row["subject"],
                sender_address=row["sender_address"],
                suggested_folder=row["suggested_folder"],
                suggested_priority=row["suggested_priority"],
                suggested_action_type=row["suggested_action_type"],
                folder=row["folder"],
                priority=row["priority"],
                action_type=row["action_type"],
                note=row["note"],
            )
            for row in rows
        ]
