"""The schema a blank database migrates to, and how migrations are applied and recorded."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import aiosqlite
import pytest

from core.store import migrations
from core.store.migrations import MIGRATIONS, migrate, migration

NOW = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)

EXPECTED_COLUMNS = {
    "_migrations": ["name", "applied_at"],
    "emails": [
        "id",
        "conversation_id",
        "internet_message_id",
        "subject",
        "sender_name",
        "sender_address",
        "received_at",
        "web_link",
        "preview",
        "categories",
        "folder_id",
        "is_read",
        "importance",
        "has_attachments",
        "list_unsubscribe",
        "first_seen_at",
        "updated_at",
        "removed_at",
        "body_text",
        "meeting_type",
        "meeting_start",
        "meeting_end",
        "meeting_all_day",
        "meeting_location",
        "meeting_organizer_name",
        "meeting_organizer_address",
        "meeting_event_id",
        "auto_submitted",
        "recipients",
    ],
    "suggestions": [
        "id",
        "email_id",
        "status",
        "suggested_folder",
        "suggested_priority",
        "suggested_action_type",
        "confidence",
        "reason",
        "needs_review",
        "classifier",
        "details",
        "edited_folder",
        "edited_priority",
        "edited_action_type",
        "edited_create_task",
        "edit_note",
        "steps",
        "error",
        "actor",
        "created_at",
        "updated_at",
        "resolved_at",
    ],
    "task_sync": [
        "id",
        "email_id",
        "todo_task_id",
        "todo_list_id",
        "task_type",
        "created_at",
        "synced_at",
        "status",
        "provider",
        "remote_state",
    ],
    "agent_state": ["key", "value", "updated_at"],
    "action_log": [
        "id",
        "at",
        "action",
        "actor",
        "email_id",
        "suggestion_id",
        "target",
        "before_json",
        "after_json",
        "details_json",
    ],
    "waiting_for": [
        "id",
        "email_id",
        "conversation_id",
        "waiting_since",
        "expected_from",
        "description",
        "status",
        "nudge_after_hours",
        "resolved_at",
        "suggestion_id",
        "waiting_on",
        "escalate_after_hours",
        "skip_weekends",
        "clock_from",
        "round",
        "snoozed_until",
        "escalated_at",
        "task_id",
        "task_backend",
        "draft_id",
        "draft_web_link",
        "closing",
        "closed_by",
    ],
    "waiting_notices": [
        "id",
        "wait_id",
        "stage",
        "kind",
        "round",
        "claimed_at",
        "attempted_at",
        "posted_at",
        "location",
    ],
    "classifications": [
        "id",
        "email_id",
        "suggestion_id",
        "source",
        "model",
        "input_tokens",
        "output_tokens",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "cost_usd",
        "latency_ms",
        "schema_hash",
        "created_at",
    ],
    "chat_turns": ["id", "conversation", "role", "content", "created_at"],
    "claude_calls": [
        "id",
        "purpose",
        "model",
        "input_tokens",
        "output_tokens",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "cost_usd",
        "created_at",
    ],
    "posted_messages": ["suggestion_id", "front_end", "channel", "ts", "updated_at"],
    "task_events": [
        "id",
        "suggestion_id",
        "task_sync_id",
        "provider",
        "event_id",
        "start",
        "end",
        "web_link",
        "status",
        "task_state",
        "created_at",
        "checked_at",
    ],
    "digests": ["day", "claimed_at", "sent_at"],
    "queue_aging": ["suggestion_id", "reminded_at", "expired_at", "brought_back_at"],
    "labelled_examples": [
        "id",
        "suggestion_id",
        "source",
        "sender_address",
        "subject",
        "topic",
        "excerpt",
        "folder",
        "priority",
        "action_type",
        "note",
        "recorded_at",
    ],
    "sqlite_sequence": ["name", "seq"],  # created by AUTOINCREMENT
    "sender_rules": ["id", "pattern", "folder", "origin", "created_at", "updated_at"],
    "sender_rule_proposals": [
        "id",
        "kind",
        "pattern",
        "folder",
        "rule_id",
        "evidence",
        "evidence_count",
        "status",
        "created_at",
        "announced_at",
        "decided_at",
    ],
    "user_categories": ["name", "color", "created_at"],
}

# (index, table, columns) for every index the migrations create explicitly.
EXPECTED_INDEXES = {
    ("idx_emails_conversation", "emails", ("conversation_id",)),
    ("idx_emails_internet_message_id", "emails", ("internet_message_id",)),
    ("idx_emails_received_at", "emails", ("received_at",)),
    ("idx_suggestions_status", "suggestions", ("status",)),
    ("idx_suggestions_email", "suggestions", ("email_id",)),
    ("idx_task_sync_email", "task_sync", ("email_id",)),
    ("idx_task_sync_todo", "task_sync", ("todo_task_id",)),
    ("idx_task_events_live", "task_events", ("suggestion_id",)),
    ("idx_action_log_email", "action_log", ("email_id",)),
    ("idx_action_log_action", "action_log", ("action",)),
    ("idx_waiting_for_email", "waiting_for", ("email_id",)),
    ("idx_waiting_for_conversation", "waiting_for", ("conversation_id",)),
    ("idx_waiting_for_suggestion", "waiting_for", ("suggestion_id",)),
    ("idx_classifications_email", "classifications", ("email_id",)),
    ("idx_classifications_suggestion", "classifications", ("suggestion_id",)),
    ("idx_classifications_created_at", "classifications", ("created_at",)),
    ("idx_chat_turns_conversation", "chat_turns", ("conversation", "id")),
    ("idx_labelled_examples_sender", "labelled_examples", ("sender_address",)),
    ("idx_labelled_examples_recorded", "labelled_examples", ("recorded_at",)),
    ("idx_sender_rule_proposals_open", "sender_rule_proposals", ("kind", "pattern")),
    ("idx_claude_calls_created_at", "claude_calls", ("created_at",)),
}
ALL_MIGRATIONS = [
    "m001_initial",
    "m002_triage",
    "m003_front_ends",
    "m004_task_sync_remote_state",
    "m005_email_meetings",
    "m006_task_events",
    "m007_waiting_for_tracker",
    "m009_digest_and_queue_aging",
    "m010_labelled_examples",
    "m011_sender_rules",
    "m012_claude_calls",
    "m013_auto_submitted",
    "m014_recipients",
]


@pytest.fixture
async def db() -> AsyncIterator[aiosqlite.Connection]:
    async with aiosqlite.connect(":memory:", isolation_level=None) as conn:
        yield conn


async def _rows(db: aiosqlite.Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in await db.execute_fetchall(sql)]


async def test_blank_database_gets_exact_schema(db: aiosqlite.Connection) -> None:
    assert await migrate(db, now=lambda: NOW) == ALL_MIGRATIONS

    tables = {r[0] for r in await _rows(db, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == set(EXPECTED_COLUMNS)
    for table, columns in EXPECTED_COLUMNS.items():
        info = await _rows(db, f"PRAGMA table_info({table})")
        assert [r[1] for r in info] == columns, table

    found = set()
    sql = "SELECT name, tbl_name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
    for index, indexed_table in await _rows(db, sql):
        cols = tuple(r[2] for r in await _rows(db, f"PRAGMA index_info({index})"))
        found.add((index, indexed_table, cols))
    assert found == EXPECTED_INDEXES


async def test_task_sync_has_exactly_its_columns_plus_provider_and_remote_state(
    db: aiosqlite.Connection,
) -> None:
    await migrate(db)
    # (name, declared type, not null, default, primary key) per PRAGMA table_info
    assert [r[1:] for r in await _rows(db, "PRAGMA table_info(task_sync)")] == [
        ("id", "INTEGER", 0, None, 1),
        ("email_id", "TEXT", 0, None, 0),
        ("todo_task_id", "TEXT", 1, None, 0),
        ("todo_list_id", "TEXT", 1, None, 0),
        ("task_type", "TEXT", 1, None, 0),
        ("created_at", "DATETIME", 0, None, 0),
        ("synced_at", "DATETIME", 0, None, 0),
        ("status", "TEXT", 0, "'active'", 0),
        ("provider", "TEXT", 1, "'microsoft_todo'", 0),
        ("remote_state", "TEXT", 0, None, 0),
    ]


async def test_email_references_cascade_on_id_rewrite(db: aiosqlite.Connection) -> None:
    await migrate(db)
    for table in ("suggestions", "task_sync", "waiting_for", "classifications"):
        fks = await _rows(db, f"PRAGMA foreign_key_list({table})")
        # (table, from, to, on_update)
        to_emails = [(r[2], r[3], r[4], r[5]) for r in fks if r[2] == "emails"]
        assert to_emails == [("emails", "email_id", "id", "CASCADE")], table
    assert await _rows(db, "PRAGMA foreign_key_list(action_log)") == []


async def test_no_timestamp_column_defaults_to_sqlite_clock(db: aiosqlite.Connection) -> None:
    await migrate(db)
    schema = " ".join(str(r[0]) for r in await _rows(db, "SELECT sql FROM sqlite_master"))
    assert "CURRENT_TIMESTAMP" not in schema.upper()


async def test_check_constraints_guard_statuses_and_ids(db: aiosqlite.Connection) -> None:
    await migrate(db)
    insert_email = (
        "INSERT INTO emails (id, received_at, first_seen_at, updated_at) VALUES (?, ?, ?, ?)"
    )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        await db.execute(insert_email, ("", "x", "x", "x"))
    await db.execute(insert_email, ("e", "x", "x", "x"))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        await db.execute(
            "INSERT INTO suggestions (email_id, status, suggested_folder, suggested_priority,"
            " suggested_action_type, confidence, created_at, updated_at)"
            " VALUES ('e', 'approvedish', 'f', 'p', 'a', 0.5, 'x', 'x')"
        )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        await db.execute(
            "INSERT INTO waiting_for (email_id, waiting_since, status) VALUES ('e', 'x', 'late')"
        )


async def test_second_run_applies_nothing_and_records_names(db: aiosqlite.Connection) -> None:
    await migrate(db, now=lambda: NOW)
    assert await migrate(db, now=lambda: NOW) == []
    assert await _rows(db, "SELECT name, applied_at FROM _migrations ORDER BY name") == [
        (name, "2024-05-01T09:30:00.000000+00:00") for name in ALL_MIGRATIONS
    ]


async def test_failing_migration_rolls_back_and_is_retried(
    db: aiosqlite.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def m999_broken(conn: aiosqlite.Connection) -> None:
        await conn.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, ("m999_broken", m999_broken)])
    with pytest.raises(RuntimeError, match="boom"):
        await migrate(db)
    assert not db.in_transaction
    assert await _rows(db, "SELECT name FROM _migrations ORDER BY name") == [
        (name,) for name in ALL_MIGRATIONS
    ]
    assert await _rows(db, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []

    async def m999_fixed(conn: aiosqlite.Connection) -> None:
        await conn.execute("CREATE TABLE half_done (x INTEGER)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, ("m999_broken", m999_fixed)])
    assert await migrate(db) == ["m999_broken"]


def test_migrations_are_named_in_order() -> None:
    names = [name for name, _ in MIGRATIONS]
    assert names[0] == "m001_initial"
    assert names == sorted(names)
    assert len(set(names)) == len(names)


def test_registering_a_duplicate_name_is_refused() -> None:
    async def m001_initial(conn: aiosqlite.Connection) -> None:
        raise AssertionError("never runs")

    with pytest.raises(ValueError, match="m001_initial"):
        migration(m001_initial)
    assert [name for name, _ in MIGRATIONS].count("m001_initial") == 1


async def test_labelled_examples_start_from_the_edits_already_approved(
    db: aiosqlite.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = [(n, fn) for n, fn in MIGRATIONS if n != "m010_labelled_examples"]
    monkeypatch.setattr(migrations, "MIGRATIONS", before)
    await migrate(db)
    await db.execute(
        "INSERT INTO emails (id, subject, sender_address, received_at, preview, body_text,"
        " first_seen_at, updated_at) VALUES ('e1', 'RE: VAT  return', 'erik@k.example', 'x',"
        " 'preview', 'The return is ready.', 'x', 'x')"
    )
    insert = (
        "INSERT INTO suggestions (email_id, status, suggested_folder, suggested_priority,"
        " suggested_action_type, confidence, edited_folder, edited_create_task, edit_note,"
        " created_at, updated_at, resolved_at)"
        " VALUES ('e1', ?, 'Inbox', 'P4 - Low', 'FYI Only', 0.5, ?, ?, ?, 'x', 'x', ?)"
    )
    await db.execute(insert, ("approved", "Areas/Finance", None, "tax", "2026-11-01"))
    await db.execute(insert, ("approved", None, 1, None, "2026-11-02"))  # task choice only
    await db.execute(insert, ("dismissed", "Areas/Finance", None, None, "2026-11-03"))
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)

    assert await migrate(db) == ["m010_labelled_examples"]

    assert await _rows(
        db,
        "SELECT suggestion_id, source, sender_address, topic, excerpt, folder, priority,"
        " action_type, note, recorded_at FROM labelled_examples",
    ) == [
        (
            1,
            "edit",
            "erik@k.example",
            "vat return",
            "The return is ready.",
            "Areas/Finance",
            "P4 - Low",
            "FYI Only",
            "tax",
            "2026-11-01",
        )
    ]
