"""The one-time mutable -> immutable id migration, against the emulator's translateExchangeIds."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from core.errors import GraphError
from core.microsoft.id_migration import migrate_ids
from core.microsoft.mail import MailApi
from core.microsoft.mail_sync import email_record
from core.store import EmailRecord
from core.vocabulary import STATE_IMMUTABLE_IDS_MIGRATED

NOW = datetime.now(UTC).replace(microsecond=0)


def legacy_record(message, *, stored_id: str | None = None) -> EmailRecord:
    """The row an install before immutable ids kept: the message under its mutable REST id."""
    return EmailRecord(
        id=stored_id or message.rest_id,
        conversation_id=message.conversation_id,
        internet_message_id=message.internet_message_id,
        subject=message.subject,
        sender_name="Legacy",
        sender_address=message.sender_address.lower(),
        received_at=message.received,
        web_link=None,
        preview="",
    )


def seed(emulator, n: int) -> list:
    return [
        emulator.add_message(
            subject=f"Legacy {i}",
            sender_name=f"Person {i}",
            sender_address=f"person{i}@example.com",
            received=NOW - timedelta(hours=i),
        )
        for i in range(n)
    ]


def translate_calls(emulator) -> list:
    return [r for r in emulator.requests if r.path == "/me/translateExchangeIds"]


async def test_ids_are_translated_in_chunks_and_references_follow(emulator, graph, store):
    messages = seed(emulator, 25)
    await store.upsert_emails([legacy_record(m) for m in messages])
    first = messages[0]
    suggestion = await store.create_suggestion(
        email_id=first.rest_id,
        folder="Projects/X",
        priority="P2 - Important",
        action_type="Needs Reply",
        confidence=0.9,
        reason="test",
    )
    await store.add_task_sync(
        email_id=first.rest_id, todo_task_id="t1", todo_list_id="l1", task_type="needs_reply"
    )

    report = await migrate_ids(store, MailApi(graph), chunk_size=10)

    assert report.total == 25 and report.translated == 25 and not report.kept
    assert len(translate_calls(emulator)) == 3
    assert all(len(c.json["inputIds"]) <= 10 for c in translate_calls(emulator))
    for message in messages:
        assert await store.get_email(message.immutable_id) is not None
        assert await store.get_email(message.rest_id) is None
    moved = await store.get_suggestion(suggestion)
    assert moved is not None and moved.email_id == first.immutable_id
    syncs = await store.task_syncs_for_email(first.immutable_id)
    assert [s.todo_task_id for s in syncs] == ["t1"]
    assert await store.get_state(STATE_IMMUTABLE_IDS_MIGRATED) == "true"


async def test_an_untranslatable_id_is_matched_by_subject_sender_and_time_else_kept(
    emulator, graph, store, caplog
):
    known, findable = seed(emulator, 2)
    gone = legacy_record(known, stored_id="AAMkAGoneForeverMessageId=")
    gone = EmailRecord(
        **{**gone.__dict__, "subject": "Deleted long ago", "internet_message_id": None}
    )
    await store.upsert_emails(
        [legacy_record(known), legacy_record(findable, stored_id="AAMkAStaleRestId="), gone]
    )

    with caplog.at_level(logging.WARNING):
        report = await migrate_ids(store, MailApi(graph))

    assert report.translated == 1 and report.matched == 1
    assert report.kept == ["AAMkAGoneForeverMessageId="]
    assert await store.get_email(findable.immutable_id) is not None
    assert await store.get_email("AAMkAGoneForeverMessageId=") is not None  # kept, never deleted
    assert "AAMkAGoneForeverMessageId=" in caplog.text
    assert "Deleted long ago" not in caplog.text  # email text never reaches the log


async def test_an_interrupted_migration_resumes_after_the_last_finished_chunk(
    emulator, graph, store
):
    messages = seed(emulator, 20)
    await store.upsert_emails([legacy_record(m) for m in messages])
    emulator.inject("POST", r"/translateExchangeIds$", status=400, after=1)

    with pytest.raises(GraphError):
        await migrate_ids(store, MailApi(graph), chunk_size=10)
    assert await store.get_state(STATE_IMMUTABLE_IDS_MIGRATED) is None
    emulator.clear_requests()

    report = await migrate_ids(store, MailApi(graph), chunk_size=10)

    assert report.translated == 10  # only the chunk that had not finished
    assert len(translate_calls(emulator)) == 1
    for message in messages:
        assert await store.get_email(message.immutable_id) is not None


async def test_migration_runs_once_and_a_fresh_install_costs_no_request(emulator, graph, store):
    report = await migrate_ids(store, MailApi(graph))
    assert report.total == 0 and not translate_calls(emulator)
    message = seed(emulator, 1)[0]
    await store.upsert_emails([legacy_record(message)])

    again = await migrate_ids(store, MailApi(graph))

    assert again.skipped
    assert not translate_calls(emulator)


async def test_rows_stored_by_the_sync_already_hold_immutable_ids(emulator, graph, store):
    message = seed(emulator, 1)[0]
    fetched = await MailApi(graph).get_message(message.immutable_id)
    assert email_record(fetched).id == message.immutable_id
