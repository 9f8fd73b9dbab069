"""Inbox delta as the live service behaves: partial items, gaps after failures, a foreign link,
pages too large to serve. Every test runs the real InboxSync over HTTP against the emulator."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from core.errors import GraphError, GraphThrottled
from core.microsoft.mail import MailApi
from core.microsoft.mail_sync import InboxSync
from core.vocabulary import STATE_INBOX_DELTA_LINK
from tests.core.test_mail_sync import add as deliver

REAL_NOW = datetime.now(UTC)
FOREIGN_LINK = (
    "https://graph.microsoft.com/v1.0/me/mailFolders('inbox')/messages/delta?$deltatoken=abc"
)


class Clock:
    """A settable UTC clock for InboxSync."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def delta_page_sizes(emulator) -> list[int]:
    sizes = []
    for request in emulator.requests:
        if request.path.endswith("/messages/delta"):
            prefer = request.header("Prefer") or ""
            size = prefer.split("odata.maxpagesize=")[1].split(",")[0]
            sizes.append(int(size))
    return sizes


# -- 1. partial items ------------------------------------------------------------------------


async def test_a_read_toggle_sent_as_a_partial_item_keeps_the_stored_categories(
    emulator, graph, store
):
    message = deliver(emulator, 1, received=REAL_NOW - timedelta(hours=1), categories=["Blue"])[0]
    sync = InboxSync(MailApi(graph), store)
    await sync.sync()
    emulator.update_message(message.immutable_id, is_read=True)

    report = await sync.sync()

    stored = await store.get_email(message.immutable_id)
    assert report.seen == 1 and report.new_ids == []
    assert stored is not None
    assert (stored.categories, stored.is_read, stored.subject) == (("Blue",), True, "Mail 0")
    assert stored.folder_id == message.folder_id


async def test_a_partial_item_for_an_email_never_stored_is_not_stored_or_triaged(
    emulator, graph, store
):
    old = deliver(emulator, 1, received=REAL_NOW - timedelta(days=9), prefix="Old")[0]
    deliver(emulator, 2, received=REAL_NOW - timedelta(hours=1))
    sync = InboxSync(MailApi(graph), store, backfill_days=2)
    await sync.sync()
    emulator.add_delta_noise(stray_partials=True)
    emulator.update_message(old.immutable_id, is_read=True, categories=["Red"])

    report = await sync.sync()

    assert report.seen == 1 and report.ignored_partials == 1
    assert report.new_ids == []
    assert await store.get_email(old.immutable_id) is None
    assert await store.count_emails() == 2


async def test_duplicates_and_replays_change_nothing_and_add_no_row(emulator, graph, store):
    messages = deliver(emulator, 12, received=REAL_NOW - timedelta(hours=1))
    emulator.add_delta_noise(duplicate_rate=0.5, replay=8, seed=3)
    sync = InboxSync(MailApi(graph), store, page_size=5)
    await sync.sync()
    emulator.update_message(messages[0].immutable_id, categories=["Green"])
    emulator.update_message(messages[1].immutable_id, is_read=True)
    emulator.move_message(messages[2].immutable_id, "Archive")

    first = await sync.sync()
    second = await sync.sync()  # nothing changed: only replays

    assert first.new_ids == [] and second.new_ids == []
    assert second.seen > 0, "the emulator replayed the previous round"
    assert await store.count_emails() == 12
    got = await store.get_emails([m.immutable_id for m in messages[:3]])
    assert got[messages[0].immutable_id].categories == ("Green",)
    assert got[messages[1].immutable_id].is_read is True
    assert got[messages[2].immutable_id].removed_at is not None


# -- 5. resync without gaps ------------------------------------------------------------------


async def test_a_resync_that_fails_half_way_after_a_long_outage_resumes_from_the_last_good_sync(
    emulator, graph, store
):
    start = REAL_NOW - timedelta(days=10)
    clock = Clock(start)
    sync = InboxSync(MailApi(graph), store, backfill_days=2, page_size=10, clock=clock)
    deliver(emulator, 3, received=start - timedelta(hours=1), prefix="Before")
    await sync.sync()
    # Down five days; mail arrived on day one of the outage, then the token expired.
    arrived = deliver(emulator, 25, received=start + timedelta(days=1), prefix="During")
    emulator.expire_delta_tokens()
    clock.now = start + timedelta(days=5)
    # The 410, the first page of the resync; then the resync fails past the retry budget.
    emulator.inject("GET", r"/messages/delta$", status=503, times=50, after=2)
    with pytest.raises(GraphError):
        await sync.sync()
    assert await store.get_state(STATE_INBOX_DELTA_LINK) is None
    emulator.clear_faults()

    report = await sync.sync()

    stored = await store.get_emails([m.immutable_id for m in arrived])
    assert len(stored) == 25, "nothing that arrived during the outage is skipped"
    assert await store.count_emails() == 28
    assert len(report.new_ids) + 10 == 25


async def test_a_first_round_that_failed_keeps_its_window_after_an_outage(emulator, graph, store):
    start = REAL_NOW - timedelta(days=10)
    clock = Clock(start)
    sync = InboxSync(MailApi(graph), store, backfill_days=2, page_size=10, clock=clock)
    early = deliver(emulator, 15, received=start - timedelta(days=1), prefix="Early")
    emulator.inject("GET", r"/messages/delta$", status=503, times=50, after=1)
    with pytest.raises(GraphError):
        await sync.sync()
    emulator.clear_faults()
    clock.now = start + timedelta(days=6)

    await sync.sync()

    assert len(await store.get_emails([m.immutable_id for m in early])) == 15


async def test_an_expired_token_after_an_outage_longer_than_the_backfill_resyncs_from_the_last_sync(
    emulator, graph, store
):
    start = REAL_NOW - timedelta(days=10)
    clock = Clock(start)
    sync = InboxSync(MailApi(graph), store, backfill_days=1, clock=clock)
    await sync.sync()  # an empty Inbox: nothing stored to guess a window from
    arrived = deliver(emulator, 4, received=start + timedelta(hours=2), prefix="During")
    emulator.expire_delta_tokens()
    clock.now = start + timedelta(days=4)

    report = await sync.sync()

    assert report.resynced
    assert sorted(report.new_ids) == sorted(m.immutable_id for m in arrived)
    first_filter = [r for r in emulator.requests if "$filter" in r.query][-1].query["$filter"]
    overlap_start = (start - timedelta(minutes=15)).strftime("%Y-%m-%dT%H:%M")
    assert overlap_start in first_filter


# -- 6. a delta link for another host --------------------------------------------------------


async def test_a_delta_link_for_another_host_starts_a_fresh_backfill_and_says_so_once(
    emulator, graph, store, caplog
):
    recent = deliver(emulator, 3, received=REAL_NOW - timedelta(hours=5))
    deliver(emulator, 2, received=REAL_NOW - timedelta(days=6), prefix="Old")
    await store.set_state(STATE_INBOX_DELTA_LINK, FOREIGN_LINK)
    sync = InboxSync(MailApi(graph), store, backfill_days=2)

    with caplog.at_level(logging.WARNING, logger="core.microsoft.mail_sync"):
        report = await sync.sync()
        again = await sync.sync()

    assert report.fresh_start and not again.fresh_start
    assert sorted(report.new_ids) == sorted(m.immutable_id for m in recent)
    link = await store.get_state(STATE_INBOX_DELTA_LINK)
    assert link is not None and link.startswith(emulator.base_url)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "https://graph.microsoft.com" in warnings[0] and "deltatoken" not in warnings[0]


# -- 8. delta page size ----------------------------------------------------------------------


async def test_a_504_for_a_large_page_halves_the_page_size_until_it_is_served(
    emulator, graph, store, sleeps
):
    messages = deliver(emulator, 30, received=REAL_NOW - timedelta(hours=1))
    emulator.limit_delta_pages(12)
    sync = InboxSync(MailApi(graph), store, page_size=50)

    report = await sync.sync()

    assert len(report.new_ids) == len(messages)
    assert report.page_size == 12
    sizes = delta_page_sizes(emulator)
    assert sorted(set(sizes), reverse=True) == [50, 25, 12]
    assert sizes.count(12) == 3, "30 emails in pages of 12"
    emulator.clear_requests()
    deliver(emulator, 60, received=REAL_NOW, prefix="Next")
    emulator.limit_delta_pages(None)
    await sync.sync()
    assert delta_page_sizes(emulator) == [12, 24, 48], "the next pass doubles per good page"


async def test_the_pass_gives_up_only_after_halving_down_to_one(emulator, graph, store):
    deliver(emulator, 3, received=REAL_NOW - timedelta(hours=1))
    emulator.limit_delta_pages(0)
    sync = InboxSync(MailApi(graph), store, page_size=8)

    with pytest.raises(GraphThrottled) as raised:
        await sync.sync()

    assert raised.value.status == 504
    assert sorted(set(delta_page_sizes(emulator)), reverse=True) == [8, 4, 2, 1]
