"""The SQLite store: every SQL statement of the assistant behind intention-named async methods."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Any

from core.errors import StoreError
from core.store.claude_call_queries import ClaudeCallQueries
from core.store.digest_queries import DigestQueries
from core.store.front_end_queries import FrontEndQueries
from core.store.learning_queries import LearningQueries
from core.store.records import (
    ACTION_COLUMNS,
    EDIT_FIELDS,
    EMAIL_COLUMNS,
    FINAL_STATUSES,
    SUGGESTION_COLUMNS,
    TASK_SYNC_COLUMNS,
    TRANSITIONS,
    WAITING_COLUMNS,
    ActionRecord,
    EmailChange,
    EmailRecord,
    SavedChanges,
    SuggestionRecord,
    TaskSyncRecord,
    WaitingForRecord,
    action_from_row,
    change_params,
    db_text,
    email_from_row,
    email_params,
    suggestion_from_row,
    task_sync_from_row,
    to_json,
    to_json_optional,
    waiting_for_from_row,
)
from core.store.sender_rule_queries import SenderRuleQueries
from core.store.task_event_queries import TaskEventQueries
from core.store.task_sync_queries import DueTaskQueries, TaskSyncQueries
from core.store.triage_queries import TriageQueries
from core.store.undo_queries import UndoQueries
from core.store.waiting_queries import WaitingQueries

_SELECT_EMAILS = "SELECT " + EMAIL_COLUMNS + " FROM emails"
_INSERT_EMAIL = (
    "INSERT INTO emails (" + EMAIL_COLUMNS + ", first_seen_at, updated_at) VALUES (:id,"
    " :conversation_id, :internet_message_id, :subject, :sender_name, :sender_address,"
    " :received_at, :web_link, :preview, :categories, :folder_id, :is_read, :importance,"
    " :has_attachments, :list_unsubscribe, NULL, :body_text, :meeting_type, :meeting_start,"
    " :meeting_end, :meeting_all_day, :meeting_location, :meeting_organizer_name,"
    " :meeting_organizer_address, :meeting_event_id, :auto_submitted, :recipients, :now, :now)"
)
# Only what changes on a message already stored, and only the fields the change carries (a NULL
# parameter keeps the stored value); updated_at moves only on a real change.
_NEW_CATEGORIES = "coalesce(:categories, categories)"
_NEW_FOLDER = "coalesce(:folder_id, folder_id)"
_NEW_READ = "coalesce(:is_read, is_read)"
_REFRESH_EMAIL = (
    f"UPDATE emails SET categories = {_NEW_CATEGORIES}, folder_id = {_NEW_FOLDER},"
    f" is_read = {_NEW_READ}, removed_at = NULL, updated_at = :now WHERE id = :target AND"
    f" ({_NEW_CATEGORIES} IS NOT categories OR {_NEW_FOLDER} IS NOT folder_id"
    f" OR {_NEW_READ} IS NOT is_read OR removed_at IS NOT NULL)"
)
# `json_each` turns one JSON-array parameter into a set, so a lookup of any size is one query.
_IN_LIST = "(SELECT value FROM json_each(?))"


class Store(
    TriageQueries,
    FrontEndQueries,
    TaskSyncQueries,
    DueTaskQueries,
    TaskEventQueries,
    DigestQueries,
    UndoQueries,
    WaitingQueries,
    LearningQueries,
    SenderRuleQueries,
    ClaudeCallQueries,
):
    """The assistant's SQLite database; open with `await Store.open(path)`."""

    # agent_state

    async def get_state(self, key: str) -> str | None:
        """Return the agent_state value for `key`, or None."""
        row = await self._fetchone(
            f"reading state {key!r}", "SELECT value FROM agent_state WHERE key = ?", (key,)
        )
        return None if row is None else str(row["value"])

    async def set_state(self, key: str, value: str) -> None:
        """Store `value` under `key` in agent_state."""
        async with self._transaction(f"saving state {key!r}") as db:
            await db.execute(
                "INSERT INTO agent_state (key, value, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
                " updated_at = excluded.updated_at",
                (key, value, self._now()),
            )

    async def delete_state(self, key: str) -> None:
        """Remove `key` from agent_state (no error if absent)."""
        async with self._transaction(f"deleting state {key!r}") as db:
            await db.execute("DELETE FROM agent_state WHERE key = ?", (key,))

    # emails

    async def upsert_emails(self, emails: Sequence[EmailRecord]) -> list[str]:
        """Store complete emails in one transaction; return the ids of those not seen before.

        See `save_email_changes`: a known email gets its mutable fields refreshed.
        """
        saved = await self.save_email_changes([EmailChange.whole(e) for e in emails])
        return saved.new_ids

    async def save_email_changes(self, changes: Sequence[EmailChange]) -> SavedChanges:
        """Apply delta items in order, in one transaction.

        An email is known if its id is stored or its internet_message_id matches a stored row (a
        resync may replay mail stored under older ids); a known row gets the mutable fields the
        change carries (categories, folder, read flag) and loses any removed_at. An unknown email
        is inserted only from a complete item (`EmailChange.new`); a partial one is ignored.
        """
        saved = SavedChanges()
        if not changes:
            return saved
        now = self._now()
        async with self._transaction("saving emails") as db:
            ids = json.dumps([c.id for c in changes])
            sql = "SELECT id, removed_at FROM emails WHERE id IN " + _IN_LIST
            by_id = list(await db.execute_fetchall(sql, (ids,)))
            known = {r["id"] for r in by_id}
            imids = json.dumps([c.internet_message_id for c in changes if c.internet_message_id])
            sql = "SELECT internet_message_id, id, removed_at FROM emails"
            stored = await db.execute_fetchall(
                sql + " WHERE internet_message_id IN " + _IN_LIST, (imids,)
            )
            by_imid = {r["internet_message_id"]: r["id"] for r in stored}
            away = {r["id"] for r in (*by_id, *stored) if r["removed_at"] is not None}
            # Consecutive statements of one kind go in one executemany; order is kept, so a
            # later item for the same email (a duplicate in the page) applies last.
            runs: list[tuple[str, list[dict[str, Any]]]] = []
            for change in changes:
                imid = change.internet_message_id or ""
                target = change.id if change.id in known else by_imid.get(imid)
                if target is not None:
                    statement = _REFRESH_EMAIL
                    row = {**change_params(change, now), "target": target}
                    if target in away:
                        away.discard(target)
                        saved.returned_ids.append(target)
                elif change.new is None:
                    saved.ignored_ids.append(change.id)
                    continue
                else:
                    statement, row = _INSERT_EMAIL, email_params(change.new, now)
                    saved.new_ids.append(change.id)
                    known.add(change.id)
                    if imid:
                        by_imid[imid] = change.id
                if runs and runs[-1][0] == statement:
                    runs[-1][1].append(row)
                else:
                    runs.append((statement, [row]))
            for statement, rows in runs:
                await db.executemany(statement, rows)
        return saved

    async def get_email(self, email_id: str) -> EmailRecord | None:
        """Return the stored email with this id, or None."""
        row = await self._fetchone(
            f"reading email {email_id!r}", _SELECT_EMAILS + " WHERE id = ?", (email_id,)
        )
        return None if row is None else email_from_row(row)

    async def get_emails(self, ids: Sequence[str]) -> dict[str, EmailRecord]:
        """Return the stored emails among `ids`, by id, in one query."""
        rows = await self._fetchall(
            "reading emails", _SELECT_EMAILS + " WHERE id IN " + _IN_LIST, (json.dumps(list(ids)),)
        )
        return {row["id"]: email_from_row(row) for row in rows}

    async def mark_emails_removed(self, ids: Sequence[str], at: datetime) -> int:
        """Mark emails as gone from the Inbox (first removal time wins); return rows changed."""
        async with self._transaction("marking emails removed") as db:
            cur = await db.execute(
                "UPDATE emails SET removed_at = ?, updated_at = ?"
                " WHERE removed_at IS NULL AND id IN " + _IN_LIST,
                (db_text(at), self._now(), json.dumps(list(ids))),
            )
            return cur.rowcount

    async def count_emails(self) -> int:
        """Return how many emails are stored (removed ones included)."""
        row = await self._fetchone("counting emails", "SELECT count(*) AS n FROM emails")
        return 0 if row is None else int(row["n"])

    async def email_ids_page(
        self, *, after_rowid: int, limit: int
    ) -> list[tuple[int, EmailRecord]]:
        """Return up to `limit` (rowid, email) pairs after `after_rowid`, in rowid order."""
        rows = await self._fetchall(
            "paging emails",
            "SELECT rowid AS page_rowid, "
            + EMAIL_COLUMNS
            + " FROM emails WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (after_rowid, limit),
        )
        return [(int(row["page_rowid"]), email_from_row(row)) for row in rows]

    async def replace_email_ids(self, mapping: Mapping[str, str]) -> int:
        """Rewrite email ids and every reference to them in one transaction; return rows changed.

        When the new id is already stored (the delta saved the message under its immutable id),
        the two rows merge: references move to the new row, which keeps the earliest first_seen_at,
        and the old row goes.
        """
        pairs = [(old, new) for old, new in mapping.items() if old != new]
        both = {old for old, _ in pairs} & {new for _, new in pairs}
        if both:
            raise StoreError(f"email ids {sorted(both)} are both replaced and replacements")
        if not pairs:
            return 0
        changed = 0
        now = self._now()
        async with self._transaction("replacing email ids") as db:
            every = json.dumps([i for pair in pairs for i in pair])
            sql = "SELECT id FROM emails WHERE id IN " + _IN_LIST
            present = {r["id"] for r in await db.execute_fetchall(sql, (every,))}
            for old, new in pairs:
                ids = {"old": old, "new": new, "now": now}
                if old in present and new in present:
                    await db.execute(
                        "UPDATE emails SET updated_at = :now, first_seen_at = min(first_seen_at,"
                        " (SELECT first_seen_at FROM emails WHERE id = :old)),"
                        " internet_message_id = coalesce(internet_message_id,"
                        " (SELECT internet_message_id FROM emails WHERE id = :old)),"
                        " conversation_id = coalesce(conversation_id,"
                        " (SELECT conversation_id FROM emails WHERE id = :old))"
                        " WHERE id = :new",
                        ids,
                    )
                    await db.execute(
                        "UPDATE suggestions SET email_id = :new WHERE email_id = :old", ids
                    )
                    await db.execute(
                        "UPDATE task_sync SET email_id = :new WHERE email_id = :old", ids
                    )
                    await db.execute(
                        "UPDATE waiting_for SET email_id = :new WHERE email_id = :old", ids
                    )
                    await db.execute(
                        "UPDATE classifications SET email_id = :new WHERE email_id = :old", ids
                    )
                    await db.execute("DELETE FROM emails WHERE id = :old", ids)
                elif old in present:
                    # ON UPDATE CASCADE carries suggestions, task_sync, waiting_for and
                    # classifications along.
                    await db.execute(
                        "UPDATE emails SET id = :new, updated_at = :now WHERE id = :old", ids
                    )
                    present.add(new)
                # action_log has no foreign key (it may name emails never stored).
                await db.execute("UPDATE action_log SET email_id = :new WHERE email_id = :old", ids)
                if old in present:
                    present.discard(old)
                    changed += 1
        return changed

    # suggestions

    async def create_suggestion(
        self,
        *,
        email_id: str,
        folder: str,
        priority: str,
        action_type: str,
        confidence: float,
        reason: str,
        needs_review: bool = False,
        classifier: str = "",
        details: Mapping[str, Any] | None = None,
    ) -> int:
        """Store a pending suggestion for a stored email; return its id."""
        now = self._now()
        details_json = to_json(dict(details or {}), f"details of the suggestion for {email_id}")
        async with self._transaction(f"creating a suggestion for email {email_id!r}") as db:
            cur = await db.execute(
                "INSERT INTO suggestions (email_id, suggested_folder, suggested_priority,"
                " suggested_action_type, confidence, reason, needs_review, classifier, details,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    email_id,
                    folder,
                    priority,
                    action_type,
                    float(confidence),
                    reason,
                    int(needs_review),
                    classifier,
                    details_json,
                    now,
                    now,
                ),
            )
            return int(cur.lastrowid or 0)

    async def get_suggestion(self, suggestion_id: int) -> SuggestionRecord | None:
        """Return the suggestion with this id, or None."""
        row = await self._fetchone(
            f"reading suggestion {suggestion_id}",
            "SELECT " + SUGGESTION_COLUMNS + " FROM suggestions WHERE id = ?",
            (suggestion_id,),
        )
        return None if row is None else suggestion_from_row(row)

    async def list_suggestions(
        self, *, status: str | None = None, limit: int = 100
    ) -> list[SuggestionRecord]:
        """Return up to `limit` suggestions, oldest first, optionally only those in `status`."""
        rows = await self._fetchall(
            "listing suggestions",
            "SELECT " + SUGGESTION_COLUMNS + " FROM suggestions"
            " WHERE ?1 IS NULL OR status = ?1 ORDER BY id LIMIT ?2",
            (status, limit),
        )
        return [suggestion_from_row(row) for row in rows]

    async def count_suggestions(self) -> dict[str, int]:
        """Return how many suggestions are in each status."""
        rows = await self._fetchall(
            "counting suggestions",
            "SELECT status, count(*) AS n FROM suggestions GROUP BY status",
            (),
        )
        return {str(row["status"]): int(row["n"]) for row in rows}

    async def transition_suggestion(
        self,
        suggestion_id: int,
        *,
        from_status: Collection[str],
        to_status: str,
        actor: str,
        edits: Mapping[str, Any] | None = None,
        error: str | None = None,
    ) -> bool:
        """Move a suggestion to `to_status` if it is in `from_status`; False if it was not.

        A compare-and-set in one UPDATE, so of two concurrent approvals exactly one wins. `edits`
        (keys from `EDIT_FIELDS`) replace the given fields and keep the others; `error` is stored
        as given (None clears it). Raises StoreError for a transition the status machine forbids.
        """
        froms = sorted(set(from_status))
        illegal = [s for s in froms if to_status not in TRANSITIONS.get(s, frozenset())]
        if not froms or illegal:
            raise StoreError(
                f"illegal suggestion transition {froms} -> {to_status!r} for suggestion"
                f" {suggestion_id}"
            )
        given = dict(edits or {})
        unknown = set(given) - EDIT_FIELDS
        if unknown:
            raise StoreError(
                f"unknown suggestion edit fields {sorted(unknown)} for suggestion {suggestion_id}"
            )
        create_task = given.get("create_task")
        now = self._now()
        params = {
            "id": suggestion_id,
            "froms": json.dumps(froms),
            "to": to_status,
            "actor": actor,
            "error": error,
            "now": now,
            "resolved": now if to_status in FINAL_STATUSES else None,
            "set_folder": "folder" in given,
            "folder": given.get("folder"),
            "set_priority": "priority" in given,
            "priority": given.get("priority"),
            "set_action_type": "action_type" in given,
            "action_type": given.get("action_type"),
            "set_create_task": "create_task" in given,
            "create_task": None if create_task is None else int(bool(create_task)),
            "set_note": "note" in given,
            "note": given.get("note"),
        }
        async with self._transaction(f"moving suggestion {suggestion_id} to {to_status}") as db:
            cur = await db.execute(
                "UPDATE suggestions SET status = :to, actor = :actor, error = :error,"
                " updated_at = :now, resolved_at = coalesce(:resolved, resolved_at),"
                " edited_folder = CASE WHEN :set_folder THEN :folder ELSE edited_folder END,"
                " edited_priority = CASE WHEN :set_priority THEN :priority"
                " ELSE edited_priority END,"
                " edited_action_type = CASE WHEN :set_action_type THEN :action_type"
                " ELSE edited_action_type END,"
                " edited_create_task = CASE WHEN :set_create_task THEN :create_task"
                " ELSE edited_create_task END,"
                " edit_note = CASE WHEN :set_note THEN :note ELSE edit_note END"
                " WHERE id = :id AND status IN (SELECT value FROM json_each(:froms))",
                params,
            )
            return cur.rowcount == 1

    async def record_suggestion_step(
        self, suggestion_id: int, step: str, result: Mapping[str, Any]
    ) -> None:
        """Persist a finished step of an approval (and its result) so a retry can resume."""
        async with self._transaction(
            f"recording step {step!r} of suggestion {suggestion_id}"
        ) as db:
            sql = "SELECT steps FROM suggestions WHERE id = ?"
            rows = list(await db.execute_fetchall(sql, (suggestion_id,)))
            if not rows:
                raise StoreError(f"suggestion {suggestion_id} does not exist (step {step!r})")
            steps = json.loads(rows[0]["steps"])
            steps[step] = dict(result)
            await db.execute(
                "UPDATE suggestions SET steps = ?, updated_at = ? WHERE id = ?",
                (to_json(steps, f"result of step {step!r}"), self._now(), suggestion_id),
            )

    # task_sync

    async def add_task_sync(
        self,
        *,
        email_id: str,
        todo_task_id: str,
        todo_list_id: str,
        task_type: str,
        provider: str = "microsoft_todo",
    ) -> int:
        """Record a task created for an email; return the task_sync id."""
        async with self._transaction(f"recording task {todo_task_id!r}") as db:
            cur = await db.execute(
                "INSERT INTO task_sync (email_id, todo_task_id, todo_list_id, task_type,"
                " created_at, status, provider) VALUES (?, ?, ?, ?, ?, 'active', ?)",
                (email_id, todo_task_id, todo_list_id, task_type, self._now(), provider),
            )
            return int(cur.lastrowid or 0)

    async def get_task_sync(self, task_sync_id: int) -> TaskSyncRecord | None:
        """Return the task_sync row with this id, or None."""
        row = await self._fetchone(
            f"reading task_sync {task_sync_id}",
            "SELECT " + TASK_SYNC_COLUMNS + " FROM task_sync WHERE id = ?",
            (task_sync_id,),
        )
        return None if row is None else task_sync_from_row(row)

    async def task_syncs_for_email(self, email_id: str) -> list[TaskSyncRecord]:
        """Return the tasks recorded for an email, oldest first."""
        rows = await self._fetchall(
            f"reading tasks of email {email_id!r}",
            "SELECT " + TASK_SYNC_COLUMNS + " FROM task_sync WHERE email_id = ? ORDER BY id",
            (email_id,),
        )
        return [task_sync_from_row(row) for row in rows]

    async def set_task_sync_status(
        self, task_sync_id: int, status: str, synced_at: datetime | None = None
    ) -> None:
        """Set a task_sync row's status (and synced_at when given); StoreError if it is absent."""
        synced = None if synced_at is None else db_text(synced_at)
        async with self._transaction(f"updating task_sync {task_sync_id}") as db:
            cur = await db.execute(
                "UPDATE task_sync SET status = ?, synced_at = coalesce(?, synced_at) WHERE id = ?",
                (status, synced, task_sync_id),
            )
            if cur.rowcount != 1:
                raise StoreError(f"task_sync {task_sync_id} does not exist")

    async def delete_task_sync(self, task_sync_id: int) -> bool:
        """Delete a task_sync row; return whether it existed."""
        async with self._transaction(f"deleting task_sync {task_sync_id}") as db:
            cur = await db.execute("DELETE FROM task_sync WHERE id = ?", (task_sync_id,))
            return cur.rowcount == 1

    async def active_task_syncs(self, provider: str | None = None) -> list[TaskSyncRecord]:
        """Return active task_sync rows, oldest first, optionally of one provider."""
        rows = await self._fetchall(
            "listing active tasks",
            "SELECT " + TASK_SYNC_COLUMNS + " FROM task_sync"
            " WHERE status = 'active' AND (?1 IS NULL OR provider = ?1) ORDER BY id",
            (provider,),
        )
        return [task_sync_from_row(row) for row in rows]

    # action_log

    async def log_action(
        self,
        action: str,
        *,
        actor: str,
        email_id: str | None = None,
        suggestion_id: int | None = None,
        target: str | None = None,
        before: Any = None,
        after: Any = None,
        details: Any = None,
    ) -> int:
        """Append an audit row (before/after/details as JSON); return its id."""
        values = (
            self._now(),
            action,
            actor,
            email_id,
            suggestion_id,
            target,
            to_json_optional(before, f"'before' of action {action!r}"),
            to_json_optional(after, f"'after' of action {action!r}"),
            to_json_optional(details, f"details of action {action!r}"),
        )
        async with self._transaction(f"logging action {action!r}") as db:
            cur = await db.execute(
                "INSERT INTO action_log (at, action, actor, email_id, suggestion_id, target,"
                " before_json, after_json, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            return int(cur.lastrowid or 0)

    async def list_actions(
        self, *, action: str | None = None, email_id: str | None = None, limit: int = 100
    ) -> list[ActionRecord]:
        """Return up to `limit` audit rows, newest first, optionally filtered."""
        rows = await self._fetchall(
            "listing actions",
            "SELECT " + ACTION_COLUMNS + " FROM action_log"
            " WHERE (?1 IS NULL OR action = ?1) AND (?2 IS NULL OR email_id = ?2)"
            " ORDER BY id DESC LIMIT ?3",
            (action, email_id, limit),
        )
        return [action_from_row(row) for row in rows]

    # waiting_for

    async def add_waiting_for(
        self,
        *,
        email_id: str,
        waiting_since: datetime,
        conversation_id: str | None = None,
        expected_from: str | None = None,
        description: str | None = None,
        nudge_after_hours: int = 48,
    ) -> int:
        """Start waiting for a reply to a stored email; return the waiting_for id."""
        async with self._transaction(f"recording a wait on email {email_id!r}") as db:
            cur = await db.execute(
                "INSERT INTO waiting_for (email_id, conversation_id, waiting_since,"
                " expected_from, description, nudge_after_hours) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    email_id,
                    conversation_id,
                    db_text(waiting_since),
                    expected_from,
                    description,
                    nudge_after_hours,
                ),
            )
            return int(cur.lastrowid or 0)

    async def list_waiting_for(self, *, status: str | None = "waiting") -> list[WaitingForRecord]:
        """Return waiting_for rows in `status` (None: all), oldest first."""
        rows = await self._fetchall(
            "listing waits",
            "SELECT " + WAITING_COLUMNS + " FROM waiting_for"
            " WHERE ?1 IS NULL OR status = ?1 ORDER BY id",
            (status,),
        )
        return [waiting_for_from_row(row) for row in rows]
