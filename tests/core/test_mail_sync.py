"""Inbox delta sync against the emulator: backfill, deltaLink, @removed, 410 resync, replays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import GraphError
from core.microsoft.mail import MailApi
from core.microsoft.mail_sync import InboxSync
from core.vocabulary import STATE_INBOX_DELTA_LINK

NOW = datetime.now(UTC)


@pytest.fixture
def sync(graph, store) -> InboxSync:
    return InboxSync(MailApi(graph), store, backfill_days=2, page_size=50)


def add(
    emulator,
    n: int,
    *,
    age: timedelta = timedelta(hours=1),
    prefix: str = "Mail",
    received: datetime | None = None,
    **fields,
):
    """Deliver `n` emails a minute apart, the newest `age` old (or received at `received`)."""
    newest = NOW - age if received is None else received
    return [
        emulator.add_message(
            subject=f"{prefix} {i}",
            sender_name=f"Sender {i}",
            sender_address=f"Sender{i}@Example.com",
            body=f"Body {i}",
            received=newest - timedelta(minutes=i),
            **fields,
        )
        for i in range(n)
    ]


def delta_requests(emulator) -> list:
    return [r for r in emulator.requests if r.path.endswith("/messages/delta")]


async def test_first_sync_only_takes_the_backfill_window_and_stores_the_delta_link(
    emulator, sync, store
):
    recent = add(emulator, 3)
    add(emulator, 2, age=timedelta(days=5), prefix="Old")

    report = await sync.sync()

    assert sorted(report.new_ids) == sorted(m.immutable_id for m in recent)
    assert report.first_round
    assert await store.get_state(STATE_INBOX_DELTA_LINK)
    stored = await store.get_email(recent[0].immutable_id)
    assert stored is not None and stored.sender_address == "sender0@example.com"
    first = delta_requests(emulator)[0]
    assert "receivedDateTime ge" in first.query["$filter"]
    assert "ImmutableId" in first.header("Prefer")


async def test_the_to_and_cc_lines_are_kept_with_each_email(emulator, sync, store):
    (copied,) = add(
        emulator,
        1,
        to=[("Oskar Nilsson", "Oskar@Proseware.com")],
        cc=[("Maya Lindqvist", "maya@proseware.com"), ("Tobias Berg", "tobias@proseware.com")],
    )

    await sync.sync()

    stored = await store.get_email(copied.immutable_id)
    assert stored is not None and stored.recipients is not None
    assert stored.recipients.to == (("Oskar Nilsson", "oskar@proseware.com"),)
    assert [address for _, address in stored.recipients.cc] == [
        "maya@proseware.com",
        "tobias@proseware.com",
    ]


async def test_incremental_sync_uses_the_delta_link_and_finds_only_new_mail(emulator, sync):
    add(emulator, 5)
    await sync.sync()
    emulator.clear_requests()
    newcomer = add(emulator, 1, prefix="New")[0]

    report = await sync.sync()

    assert report.new_ids == [newcomer.immutable_id]
    assert not report.first_round
    assert len(emulator.requests) == 1
    assert "$deltatoken" in emulator.requests[0].query


async def test_mail_moved_out_of_the_inbox_is_marked_removed_not_deleted(emulator, sync, store):
    message = add(emulator, 2)[0]
    await sync.sync()
    emulator.add_folder("Projects/Elsewhere")
    emulator.move_message(message.immutable_id, "Projects/Elsewhere")

    report = await sync.sync()

    assert report.removed == 1
    stored = await store.get_email(message.immutable_id)
    assert stored is not None and stored.removed_at is not None
    assert await store.count_emails() == 2


async def test_expired_delta_token_triggers_one_full_resync_without_duplicates(
    emulator, sync, store
):
    add(emulator, 12)
    await sync.sync()
    emulator.expire_delta_tokens()
    late = add(emulator, 1, prefix="While expired")[0]

    report = await sync.sync()

    assert report.resynced
    assert report.new_ids == [late.immutable_id]
    assert await store.count_emails() == 13
    assert await store.get_state(STATE_INBOX_DELTA_LINK)


async def test_a_round_that_fails_midway_keeps_no_delta_link_and_replays_without_duplicates(
    emulator, graph, store
):
    add(emulator, 30)
    sync = InboxSync(MailApi(graph), store, backfill_days=2, page_size=10)
    # The first page arrives; every later delta page fails past the retry budget.
    emulator.inject("GET", r"/messages/delta$", status=503, times=50, after=1)

    with pytest.raises(GraphError):
        await sync.sync()

    assert await store.get_state(STATE_INBOX_DELTA_LINK) is None
    assert await store.count_emails() == 10

    emulator.clear_faults()
    report = await sync.sync()

    assert await store.count_emails() == 30
    assert len(report.new_ids) == 20
    assert await store.get_state(STATE_INBOX_DELTA_LINK)


async def test_ingesting_200_new_emails_takes_at_most_one_request_per_25(emulator, graph, sync):
    add(emulator, 200)
    before = graph.request_count

    report = await sync.sync()

    assert len(report.new_ids) == 200
    assert graph.request_count - before <= 200 // 25
