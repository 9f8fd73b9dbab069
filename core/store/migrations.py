"""Ordered, named schema migrations for the SQLite store.

Each migration is an ``async def mNNN_name(db)`` registered with `@migration` in the order it
must run. `migrate` applies the ones not yet recorded in ``_migrations(name, applied_at)``, each in
its own transaction together with its ``_migrations`` row, so a run that fails half-way leaves no
trace and running twice applies nothing. Never edit a migration that has shipped: add a new one.

Timestamps are ISO-8601 UTC text written by Python (see `core.store`); no column defaults to
SQLite's ``CURRENT_TIMESTAMP``, whose format differs and would break string comparison.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import aiosqlite

Migration = Callable[[aiosqlite.Connection], Awaitable[None]]

MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register `fn` as the next migration, under its function name."""
    name = getattr(fn, "__name__", "")
    if not name or any(name == known for known, _ in MIGRATIONS):
        raise ValueError(f"migration name {name!r} is empty or already registered")
    MIGRATIONS.append((name, fn))
    return fn


def db_time(value: datetime) -> str:
    """Format an aware datetime as the UTC text every timestamp column holds."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


async def migrate(
    db: aiosqlite.Connection, *, now: Callable[[], datetime] | None = None
) -> list[str]:
    """Apply pending migrations in order, one transaction each; return the names applied.

    `db` must not be inside a transaction. sqlite3 errors propagate to the caller (the store
    translates them once).
    """
    clock = now or (lambda: datetime.now(UTC))
    await db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ( name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    async with db.execute("SELECT name FROM _migrations") as cur:
        done = {row[0] for row in await cur.fetchall()}
    applied: list[str] = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        # IMMEDIATE takes the write lock before re-checking, so two processes starting together
        # cannot both run the same migration.
        await db.execute("BEGIN IMMEDIATE")
        try:
            async with db.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)) as cur:
                raced = await cur.fetchone() is not None
            if not raced:
                await fn(db)
                await db.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                    (name, db_time(clock())),
                )
                applied.append(name)
            await db.execute("COMMIT")
        except BaseException:
            # Report the migration's own error even if the rollback fails too.
            with contextlib.suppress(sqlite3.Error, ValueError):
                await db.execute("ROLLBACK")
            raise
    return applied


async def _run(db: aiosqlite.Connection, statements: tuple[str, ...]) -> None:
    # One execute per statement: executescript() would COMMIT the migration's transaction.
    for statement in statements:
        await db.execute(statement)


@migration
async def m001_initial(db: aiosqlite.Connection) -> None:
    """Create emails, suggestions, task_sync, agent_state, action_log and waiting_for."""
    await _run(
        db,
        (
            # Emails are never deleted; `removed_at` marks one that left the Inbox. The id is
            # Graph's immutable id; CHECK refuses an empty id (e.g. a bad id-migration mapping).
            """CREATE TABLE emails (
                id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
                conversation_id TEXT,
                internet_message_id TEXT,
                subject TEXT NOT NULL DEFAULT '',
                sender_name TEXT NOT NULL DEFAULT '',
                sender_address TEXT NOT NULL DEFAULT '',
                received_at TEXT NOT NULL,
                web_link TEXT,
                preview TEXT NOT NULL DEFAULT '',
                categories TEXT NOT NULL DEFAULT '[]',
                folder_id TEXT,
                is_read INTEGER NOT NULL DEFAULT 0,
                importance TEXT NOT NULL DEFAULT 'normal',
                has_attachments INTEGER NOT NULL DEFAULT 0,
                list_unsubscribe TEXT,
                first_seen_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                removed_at TEXT
            )""",
            "CREATE INDEX idx_emails_conversation ON emails(conversation_id)",
            "CREATE INDEX idx_emails_internet_message_id ON emails(internet_message_id)",
            "CREATE INDEX idx_emails_received_at ON emails(received_at)",
            # Email ids are rewritten by the immutable-id migration, hence ON UPDATE CASCADE.
            """CREATE TABLE suggestions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                email_id TEXT NOT NULL REFERENCES emails(id) ON UPDATE CASCADE,
                status TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'approving', 'approved', 'failed', 'dismissed')),
                suggested_folder TEXT NOT NULL,
                suggested_priority TEXT NOT NULL,
                suggested_action_type TEXT NOT NULL,
                confidence REAL NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                needs_review INTEGER NOT NULL DEFAULT 0,
                classifier TEXT NOT NULL DEFAULT '',
                details TEXT NOT NULL DEFAULT '{}',
                edited_folder TEXT,
                edited_priority TEXT,
                edited_action_type TEXT,
                edited_create_task INTEGER,
                edit_note TEXT,
                steps TEXT NOT NULL DEFAULT '{}',
                error TEXT,
                actor TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                resolved_at TEXT
            )""",
            "CREATE INDEX idx_suggestions_status ON suggestions(status)",
            "CREATE INDEX idx_suggestions_email ON suggestions(email_id)",
            # A row per task we created, `provider` naming the backend; Python writes created_at.
            """CREATE TABLE task_sync (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                email_id TEXT REFERENCES emails(id) ON UPDATE CASCADE,
                todo_task_id TEXT NOT NULL,
                todo_list_id TEXT NOT NULL,
                task_type TEXT NOT NULL,
                created_at DATETIME,
                synced_at DATETIME,
                status TEXT DEFAULT 'active',
                provider TEXT NOT NULL DEFAULT 'microsoft_todo'
            )""",
            "CREATE INDEX idx_task_sync_email ON task_sync(email_id)",
            "CREATE INDEX idx_task_sync_todo ON task_sync(todo_task_id)",
            """CREATE TABLE agent_state (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            # No foreign keys: the log outlives what it describes and may name emails never stored.
            """CREATE TABLE action_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                action TEXT NOT NULL,
                actor TEXT NOT NULL,
                email_id TEXT,
                suggestion_id INTEGER,
                target TEXT,
                before_json TEXT,
                after_json TEXT,
                details_json TEXT
            )""",
            "CREATE INDEX idx_action_log_email ON action_log(email_id)",
            "CREATE INDEX idx_action_log_action ON action_log(action)",
            """CREATE TABLE waiting_for (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                email_id TEXT NOT NULL REFERENCES emails(id) ON UPDATE CASCADE,
                conversation_id TEXT,
                waiting_since TEXT NOT NULL,
                expected_from TEXT,
                description TEXT,
                status TEXT NOT NULL DEFAULT 'waiting'
                    CHECK (status IN ('waiting', 'received', 'expired')),
                nudge_after_hours INTEGER NOT NULL DEFAULT 48,
                resolved_at TEXT
            )""",
            "CREATE INDEX idx_waiting_for_email ON waiting_for(email_id)",
            "CREATE INDEX idx_waiting_for_conversation ON waiting_for(conversation_id)",
        ),
    )


@migration
async def m002_triage(db: aiosqlite.Connection) -> None:
    """Add emails.body_text and the per-classification cost and latency log."""
    await _run(
        db,
        (
            # The plain-text body from the delta's $select, so classifying needs no extra GET.
            "ALTER TABLE emails ADD COLUMN body_text TEXT NOT NULL DEFAULT ''",
            # One row per classification that produced a suggestion: which source and model
            # answered, what it cost and how long it took. suggestion_id is NULL only for a
            # classification whose suggestion could not be stored.
            """CREATE TABLE classifications (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                email_id TEXT NOT NULL REFERENCES emails(id) ON UPDATE CASCADE,
                suggestion_id INTEGER REFERENCES suggestions(id),
                source TEXT NOT NULL,
                model TEXT,
                input_tokens INTEGER NOT NULL DEFAULT 0,
                output_tokens INTEGER NOT NULL DEFAULT 0,
                cache_creation_input_tokens INTEGER NOT NULL DEFAULT 0,
                cache_read_input_tokens INTEGER NOT NULL DEFAULT 0,
                cost_usd REAL NOT NULL DEFAULT 0,
                latency_ms INTEGER NOT NULL DEFAULT 0,
                schema_hash TEXT,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX idx_classifications_email ON classifications(email_id)",
            "CREATE INDEX idx_classifications_suggestion ON classifications(suggestion_id)",
            "CREATE INDEX idx_classifications_created_at ON classifications(created_at)",
        ),
    )


@migration
async def m003_front_ends(db: aiosqlite.Connection) -> None:
    """Add chat_turns (the DM assistant's memory) and posted_messages (where a card lives)."""
    await _run(
        db,
        (
            # One row per turn of a DM conversation; `content` is the JSON of Claude's message
            # content blocks, so tool calls and results replay exactly.
            """CREATE TABLE chat_turns (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
                content TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX idx_chat_turns_conversation ON chat_turns(conversation, id)",
            # The message a front end posted for a suggestion, so a later change updates it
            # instead of posting a second card.
            """CREATE TABLE posted_messages (
                suggestion_id INTEGER PRIMARY KEY REFERENCES suggestions(id),
                front_end TEXT NOT NULL,
                channel TEXT NOT NULL,
                ts TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
        ),
    )


@migration
async def m004_task_sync_remote_state(db: aiosqlite.Connection) -> None:
    """Add task_sync.remote_state: the task as the last task sync saw it (JSON, or NULL)."""
    await _run(
        db,
        (
            # {"completed": bool, "due": "YYYY-MM-DD" | null, "priority": "P1".."P4" | null}.
            # Task sync compares a task's due date and priority against it to tell an edit made
            # outside the assistant; NULL until the first sync that sees the task.
            "ALTER TABLE task_sync ADD COLUMN remote_state TEXT",
        ),
    )


@migration
async def m005_email_meetings(db: aiosqlite.Connection) -> None:
    """Add the meeting an invitation, update or cancellation email is about (NULL for others)."""
    await _run(
        db,
        (
            # Graph's meetingMessageType (meetingRequest, meetingCancelled, ...).
            "ALTER TABLE emails ADD COLUMN meeting_type TEXT",
            # UTC text like every stored time; NULL when Graph gave no usable time.
            "ALTER TABLE emails ADD COLUMN meeting_start TEXT",
            "ALTER TABLE emails ADD COLUMN meeting_end TEXT",
            "ALTER TABLE emails ADD COLUMN meeting_all_day INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE emails ADD COLUMN meeting_location TEXT",
            "ALTER TABLE emails ADD COLUMN meeting_organizer_name TEXT",
            "ALTER TABLE emails ADD COLUMN meeting_organizer_address TEXT",
            # The meeting in the owner's calendar, when Graph linked the message to one.
            "ALTER TABLE emails ADD COLUMN meeting_event_id TEXT",
        ),
    )


@migration
async def m006_task_events(db: aiosqlite.Connection) -> None:
    """Add task_events: the calendar block the owner confirmed for a task, and its state."""
    await _run(
        db,
        (
            # status: 'active' while the event is there, 'deleted' once it was deleted or
            # cancelled. task_state follows the task ('open', 'completed', 'deleted'); the event
            # itself is never removed for it without the owner's confirm. Times are UTC text.
            """CREATE TABLE task_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                suggestion_id INTEGER NOT NULL REFERENCES suggestions(id),
                task_sync_id INTEGER REFERENCES task_sync(id),
                provider TEXT NOT NULL,
                event_id TEXT NOT NULL CHECK (event_id <> ''),
                start TEXT NOT NULL,
                end TEXT NOT NULL,
                web_link TEXT,
                status TEXT NOT NULL DEFAULT 'active',
                task_state TEXT NOT NULL DEFAULT 'open',
                created_at TEXT NOT NULL,
                checked_at TEXT
            )""",
            # One live block per suggestion: a second confirm finds the first.
            "CREATE UNIQUE INDEX idx_task_events_live ON task_events(suggestion_id)"
            " WHERE status = 'active'",
        ),
    )


@migration
async def m007_waiting_for_tracker(db: aiosqlite.Connection) -> None:
    """Extend waiting_for into the tracker's record and add waiting_notices (nudges sent)."""
    await _run(
        db,
        (
            # One wait per approved suggestion. waiting_on: JSON array of the addresses awaited.
            # clock_from: where the thresholds count from (the approval, or the owner's latest
            # message in the conversation); round: bumped by a snooze or the owner's message, one
            # nudge per round. closing: the reason ('reply', 'marked') while a closure runs.
            "ALTER TABLE waiting_for ADD COLUMN suggestion_id INTEGER REFERENCES suggestions(id)",
            "ALTER TABLE waiting_for ADD COLUMN waiting_on TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE waiting_for ADD COLUMN escalate_after_hours INTEGER NOT NULL DEFAULT 96",
            "ALTER TABLE waiting_for ADD COLUMN skip_weekends INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE waiting_for ADD COLUMN clock_from TEXT",
            "ALTER TABLE waiting_for ADD COLUMN round INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE waiting_for ADD COLUMN snoozed_until TEXT",
            "ALTER TABLE waiting_for ADD COLUMN escalated_at TEXT",
            "ALTER TABLE waiting_for ADD COLUMN task_id TEXT",
            "ALTER TABLE waiting_for ADD COLUMN task_backend TEXT",
            "ALTER TABLE waiting_for ADD COLUMN draft_id TEXT",
            "ALTER TABLE waiting_for ADD COLUMN draft_web_link TEXT",
            "ALTER TABLE waiting_for ADD COLUMN closing TEXT",
            "ALTER TABLE waiting_for ADD COLUMN closed_by TEXT",
            "CREATE UNIQUE INDEX idx_waiting_for_suggestion ON waiting_for(suggestion_id)"
            " WHERE suggestion_id IS NOT NULL",
            # One row per message owed to the owner: stage 'nudge:<round>' or 'escalation'.
            # attempted_at is written before the front end is asked to post, posted_at after, so
            # a run that died between the two looks for its message before posting again.
            """CREATE TABLE waiting_notices (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                wait_id INTEGER NOT NULL REFERENCES waiting_for(id),
                stage TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('nudge', 'escalation')),
                round INTEGER NOT NULL,
                claimed_at TEXT NOT NULL,
                attempted_at TEXT,
                posted_at TEXT,
                location TEXT,
                UNIQUE (wait_id, stage)
            )""",
        ),
    )


@migration
async def m009_digest_and_queue_aging(db: aiosqlite.Connection) -> None:
    """Add digests (the day each scheduled digest was claimed) and queue_aging."""
    await _run(
        db,
        (
            # One row per day a scheduled digest was claimed: the INSERT is the claim, so two
            # ticks (or two restarts) never both post it. sent_at stays NULL until Slack took
            # it; day is the owner's local date as YYYY-MM-DD.
            """CREATE TABLE digests (
                day TEXT PRIMARY KEY,
                claimed_at TEXT NOT NULL,
                sent_at TEXT
            )""",
            # A pending suggestion's way out of the queue: the one reminder and the expiry, each
            # claimed before the owner is told. brought_back_at restarts the clock.
            """CREATE TABLE queue_aging (
                suggestion_id INTEGER PRIMARY KEY REFERENCES suggestions(id),
                reminded_at TEXT,
                expired_at TEXT,
                brought_back_at TEXT
            )""",
        ),
    )


@migration
async def m010_labelled_examples(db: aiosqlite.Connection) -> None:
    """Add labelled_examples (the owner's corrections), filled from the edits made so far."""
    # Imported here: the store needs the example helpers only for this one-off backfill.
    from core.triage.examples import excerpt, topic_key

    await _run(
        db,
        (
            # One row per correction: an approval with edits ('edit') or an approved email the
            # owner moved back to the Inbox in Outlook ('moved'). Every one is kept (repeated
            # corrections for a sender are evidence for a sender rule); the prompt reads the
            # newest per (sender_address, topic). UNIQUE makes a replayed hook a no-op. No
            # email id: the suggestion's row follows an id migration on its own.
            """CREATE TABLE labelled_examples (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                suggestion_id INTEGER NOT NULL REFERENCES suggestions(id),
                source TEXT NOT NULL CHECK (source IN ('edit', 'moved')),
                sender_address TEXT NOT NULL,
                subject TEXT NOT NULL,
                topic TEXT NOT NULL,
                excerpt TEXT NOT NULL,
                folder TEXT NOT NULL,
                priority TEXT NOT NULL,
                action_type TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                recorded_at TEXT NOT NULL,
                UNIQUE (suggestion_id, source)
            )""",
            "CREATE INDEX idx_labelled_examples_sender ON labelled_examples(sender_address)",
            "CREATE INDEX idx_labelled_examples_recorded ON labelled_examples(recorded_at)",
        ),
    )
    async with db.execute(
        "SELECT s.id, e.sender_address, e.subject, e.body_text, e.preview,"
        " coalesce(s.edited_folder, s.suggested_folder),"
        " coalesce(s.edited_priority, s.suggested_priority),"
        " coalesce(s.edited_action_type, s.suggested_action_type),"
        " coalesce(s.edit_note, ''), coalesce(s.resolved_at, s.updated_at)"
        " FROM suggestions AS s JOIN emails AS e ON e.id = s.email_id"
        " WHERE s.status = 'approved' AND ("
        " coalesce(s.edited_folder, s.suggested_folder) <> s.suggested_folder"
        " OR coalesce(s.edited_priority, s.suggested_priority) <> s.suggested_priority"
        " OR coalesce(s.edited_action_type, s.suggested_action_type) <> s.suggested_action_type)"
    ) as cur:
        rows = list(await cur.fetchall())
    await db.executemany(
        "INSERT INTO labelled_examples (suggestion_id, source, sender_address, subject, topic,"
        " excerpt, folder, priority, action_type, note, recorded_at)"
        " VALUES (?, 'edit', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (r[0], r[1], r[2], topic_key(r[2]), excerpt(r[3] or r[4]), *r[5:10])
            for r in map(tuple, rows)
        ],
    )


@migration
async def m011_sender_rules(db: aiosqlite.Connection) -> None:
    """Add sender_rules, their proposals to the owner, and the owner's own categories."""
    await _run(
        db,
        (
            # pattern: a lower-case address or '@domain'; the owner confirmed every row.
            # origin: what it was learned from ('history', 'corrections') or 'owner' (edited).
            """CREATE TABLE sender_rules (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                pattern TEXT NOT NULL UNIQUE CHECK (pattern <> ''),
                folder TEXT NOT NULL,
                origin TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            # kind 'add' proposes pattern -> folder; 'remove' proposes dropping rule_id.
            # evidence: 'history', 'corrections' (add) or 'stale', 'corrected' (remove), with how
            # many decisions (or days without mail) back it. A declined proposal is kept so the
            # same one is not asked again for a while.
            """CREATE TABLE sender_rule_proposals (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL CHECK (kind IN ('add', 'remove')),
                pattern TEXT NOT NULL,
                folder TEXT NOT NULL,
                rule_id INTEGER,
                evidence TEXT NOT NULL,
                evidence_count INTEGER NOT NULL,
                status TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'confirmed', 'declined', 'withdrawn')),
                created_at TEXT NOT NULL,
                announced_at TEXT,
                decided_at TEXT
            )""",
            "CREATE UNIQUE INDEX idx_sender_rule_proposals_open"
            " ON sender_rule_proposals(kind, pattern) WHERE status = 'open'",
            """CREATE TABLE user_categories (
                name TEXT PRIMARY KEY COLLATE NOCASE,
                color TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
        ),
    )


@migration
async def m012_claude_calls(db: aiosqlite.Connection) -> None:
    """Add claude_calls: what each Claude call outside classification cost (the daily budget
    sums them with the classifications)."""
    await _run(
        db,
        (
            # purpose: 'conversation' (the DM assistant) or 'draft' (a waiting-for nudge).
            # Classifications keep their cost in `classifications`, so nothing is counted twice.
            """CREATE TABLE claude_calls (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                purpose TEXT NOT NULL CHECK (purpose IN ('conversation', 'draft')),
                model TEXT NOT NULL,
                input_tokens INTEGER NOT NULL DEFAULT 0,
                output_tokens INTEGER NOT NULL DEFAULT 0,
                cache_creation_input_tokens INTEGER NOT NULL DEFAULT 0,
                cache_read_input_tokens INTEGER NOT NULL DEFAULT 0,
                cost_usd REAL NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX idx_claude_calls_created_at ON claude_calls(created_at)",
        ),
    )


@migration
async def m013_auto_submitted(db: aiosqlite.Connection) -> None:
    """Keep each email's Auto-Submitted header: an automatic reminder or an out-of-office reply
    says so there (RFC 3834), often with no List-Unsubscribe and from a person's address."""
    await _run(db, ("ALTER TABLE emails ADD COLUMN auto_submitted TEXT",))


@migration
async def m014_recipients(db: aiosqlite.Connection) -> None:
    """Keep each email's To and Cc lines: whether the owner was addressed or only copied tells
    an ask from a note for information. NULL on mail stored before: not known, never "neither"."""
    await _run(db, ("ALTER TABLE emails ADD COLUMN recipients TEXT",))
