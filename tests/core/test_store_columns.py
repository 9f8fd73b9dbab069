"""Store rows are read by column name: a reordered SELECT list or `SELECT *` builds the same record.

A migration can only append columns, and a query may reorder its SELECT list; a row reader that
counted positions would then put a value into the wrong field without any error.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from core.store import EmailRecord, Store
from core.store.records import (
    ACTION_COLUMNS,
    CLASSIFICATION_COLUMNS,
    EMAIL_COLUMNS,
    SUGGESTION_COLUMNS,
    TASK_SYNC_COLUMNS,
    WAITING_COLUMNS,
    action_from_row,
    classification_from_row,
    email_from_row,
    suggestion_from_row,
    task_sync_from_row,
    waiting_for_from_row,
)
from core.triage.classification import Usage

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)

# table, the column list its reader is built for, and the reader
READERS: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("emails", EMAIL_COLUMNS, email_from_row),
    ("suggestions", SUGGESTION_COLUMNS, suggestion_from_row),
    ("task_sync", TASK_SYNC_COLUMNS, task_sync_from_row),
    ("action_log", ACTION_COLUMNS, action_from_row),
    ("waiting_for", WAITING_COLUMNS, waiting_for_from_row),
    ("classifications", CLASSIFICATION_COLUMNS, classification_from_row),
]


@pytest.fixture
async def store() -> AsyncIterator[Store]:
    async with await Store.open(":memory:", clock=lambda: T0) as opened:
        email = EmailRecord(
            id="m1",
            conversation_id="c1",
            internet_message_id="<m1@example.com>",
            subject="Budget",
            sender_name="Ada",
            sender_address="ada@example.com",
            received_at=T0,
            web_link="https://outlook.office.com/m1",
            preview="Hello",
            categories=("Finance",),
            is_read=True,
            list_unsubscribe="<mailto:u@example.com>",
            auto_submitted="auto-generated",
            body_text="the body",
        )
        await opened.upsert_emails([email])
        suggestion = await opened.create_suggestion(
            email_id="m1",
            folder="Finance",
            priority="high",
            action_type="reply",
            confidence=0.9,
            reason="a budget question",
            details={"why": "x"},
        )
        await opened.record_suggestion_step(suggestion, "move", {"done": True})
        await opened.add_task_sync(
            email_id="m1", todo_task_id="t1", todo_list_id="l1", task_type="reply"
        )
        await opened.log_action("approve", actor="U1", email_id="m1", before={"a": 1})
        await opened.add_waiting_for(email_id="m1", waiting_since=T0, expected_from="bob@x.com")
        await opened.record_classification(
            "m1",
            suggestion_id=suggestion,
            source="claude",
            model="m",
            usage=Usage(input_tokens=10, output_tokens=5),
        )
        yield opened


@pytest.mark.parametrize(("table", "columns", "reader"), READERS, ids=[r[0] for r in READERS])
async def test_a_row_reads_the_same_whatever_the_column_order(
    store: Store, table: str, columns: str, reader: Callable[[Any], Any]
) -> None:
    as_listed = await store._fetchone("test", f"SELECT {columns} FROM {table}")
    backwards = ", ".join(reversed([c.strip() for c in columns.split(",")]))
    reversed_row = await store._fetchone("test", f"SELECT {backwards} FROM {table}")
    every_column = await store._fetchone("test", f"SELECT * FROM {table}")
    assert as_listed is not None and reversed_row is not None and every_column is not None

    record = reader(as_listed)

    assert reader(reversed_row) == record
    assert reader(every_column) == record


async def test_a_joined_query_reads_each_side_by_name(store: Store) -> None:
    await store.transition_suggestion(1, from_status=["pending"], to_status="approving", actor="U")
    await store.transition_suggestion(1, from_status=["approving"], to_status="approved", actor="U")

    found = await store.latest_approved_in_thread("c1", excluding="other", received_by=T0)

    assert found is not None
    assert found.suggestion == await store.get_suggestion(1)
    assert (found.subject, found.sender_address, found.received_at) == (
        "Budget",
        "ada@example.com",
        T0,
    )
