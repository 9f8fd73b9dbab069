"""Inbox delta against Graph's limits: pages too large to serve, and the 5,000 cap of a filtered
round. Every test runs the real InboxSync and GraphClient over HTTP against the emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiohttp
import pytest

from core.errors import GraphError, GraphThrottled
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.graph import GraphClient
from core.microsoft.mail import DELTA_FILTER_CAP, MailApi
from core.microsoft.mail_sync import InboxSync
from core.vocabulary import STATE_INBOX_DELTA_LINK
from sandbox.graph_emulator.delta import DELTA_FILTER_CAP as EMULATED_CAP
from tests.core.test_graph_mail import collect
from tests.core.test_mail_sync import add as deliver
from tests.core.test_mail_sync_live_delta import delta_page_sizes

REAL_NOW = datetime.now(UTC)


# -- a page too large: straight to a smaller one ---------------------------------------------


async def test_a_get_without_timeout_retries_raises_a_504_at_once_but_waits_out_a_429(
    emulator, graph, sleeps
):
    emulator.inject("GET", r"^/me$", status=504)
    with pytest.raises(GraphThrottled) as raised:
        await graph.get_json("/me", retry_timeouts=False)
    assert raised.value.status == 504 and sleeps.calls == []

    emulator.throttle("GET", r"^/me$", retry_after=3)
    assert await graph.get_json("/me", retry_timeouts=False)
    assert sleeps.calls == [3]


async def test_the_climb_down_from_50_under_a_persistent_504_waits_no_backoff(
    emulator, graph, store, sleeps
):
    deliver(emulator, 3, received=REAL_NOW - timedelta(hours=1))
    emulator.limit_delta_pages(1)
    sync = InboxSync(MailApi(graph), store, page_size=50)

    report = await sync.sync()

    assert len(report.new_ids) == 3
    assert delta_page_sizes(emulator)[:6] == [50, 25, 12, 6, 3, 1], "each size asked once"
    assert sleeps.calls == [], "no backoff before asking for a smaller page"


async def test_a_throttled_delta_page_is_still_waited_out_at_the_same_size(
    emulator, graph, store, sleeps
):
    deliver(emulator, 3, received=REAL_NOW - timedelta(hours=1))
    emulator.throttle("GET", r"/messages/delta$", retry_after=7, status=503)
    sync = InboxSync(MailApi(graph), store, page_size=50)

    report = await sync.sync()

    assert len(report.new_ids) == 3
    assert delta_page_sizes(emulator) == [50, 50]
    assert sleeps.calls == [7]


async def test_a_delta_page_that_times_out_is_not_asked_again_at_the_same_size(
    emulator, store, sleeps
):
    deliver(emulator, 5, received=REAL_NOW - timedelta(hours=1))
    emulator.limit_delta_pages(2, stall_seconds=0.5)
    async with aiohttp.ClientSession() as session:
        client = GraphClient(
            session,
            StaticTokenProvider("t"),
            base_url=emulator.base_url,
            timeout=0.1,
            max_retries=4,
            sleep=sleeps,
        )
        report = await InboxSync(MailApi(client), store, page_size=8).sync()

    assert len(report.new_ids) == 5
    assert delta_page_sizes(emulator)[:3] == [8, 4, 2], "one attempt per size that timed out"
    assert sleeps.calls == []


async def test_after_a_pass_gives_up_at_one_the_next_grows_back_per_good_page(
    emulator, graph, store
):
    deliver(emulator, 40, received=REAL_NOW - timedelta(hours=1))
    emulator.limit_delta_pages(0)
    sync = InboxSync(MailApi(graph), store, page_size=50)
    with pytest.raises(GraphError):
        await sync.sync()
    emulator.limit_delta_pages(None)
    emulator.clear_requests()

    report = await sync.sync()

    assert len(report.new_ids) == 40
    assert delta_page_sizes(emulator) == [1, 2, 4, 8, 16, 32]


# -- the 5,000 cap of a delta round with $filter ---------------------------------------------


async def test_the_emulator_caps_a_filtered_delta_round_as_graph_documents(emulator, graph):
    assert DELTA_FILTER_CAP == EMULATED_CAP == 5000
    deliver(emulator, 7, received=REAL_NOW - timedelta(hours=1))
    emulator.cap_filtered_delta(5)
    mail = MailApi(graph)

    since = REAL_NOW - timedelta(days=1)
    filtered = [
        m.subject for page in await collect(mail, received_since=since) for m in page.messages
    ]
    whole = [m for page in await collect(mail) for m in page.messages]

    assert sorted(str(s) for s in filtered) == [f"Mail {i}" for i in range(5)], "the newest five"
    assert len(whole) == 7, "a round without $filter is not capped"


async def test_a_round_that_reaches_the_cap_lists_the_rest_of_the_window(emulator, graph, store):
    arrived = deliver(emulator, 45, received=REAL_NOW - timedelta(hours=1))
    emulator.cap_filtered_delta(20)
    sync = InboxSync(MailApi(graph), store, page_size=10, filter_cap=20)

    report = await sync.sync()

    assert await store.count_emails() == 45, "none of the 25 past the cap is skipped"
    assert sorted(report.new_ids) == sorted(m.immutable_id for m in arrived)
    assert report.capped and report.listed == 45
    listing = [r for r in emulator.requests if r.path.endswith("/mailFolders/inbox/messages")]
    assert listing and listing[0].query["$orderby"] == "receivedDateTime asc"


async def test_a_capped_round_after_a_long_outage_lists_since_the_last_good_sync(
    emulator, graph, store
):
    sync = InboxSync(MailApi(graph), store, page_size=10, filter_cap=20, backfill_days=1)
    emulator.cap_filtered_delta(20)
    await sync.sync()
    arrived = deliver(emulator, 30, received=REAL_NOW + timedelta(hours=1))

    report = await sync.sync()  # from the delta link: 20 of the 30 changes

    assert sorted(report.new_ids) == sorted(m.immutable_id for m in arrived)
    assert report.capped


async def test_a_listing_that_fails_keeps_the_old_position_so_nothing_is_skipped(
    emulator, graph, store
):
    arrived = deliver(emulator, 30, received=REAL_NOW - timedelta(hours=1))
    emulator.cap_filtered_delta(20)
    emulator.inject("GET", r"/mailFolders/inbox/messages$", status=500, times=50)
    sync = InboxSync(MailApi(graph), store, page_size=10, filter_cap=20)
    with pytest.raises(GraphError):
        await sync.sync()
    assert await store.get_state(STATE_INBOX_DELTA_LINK) is None
    emulator.clear_faults()

    await sync.sync()

    assert len(await store.get_emails([m.immutable_id for m in arrived])) == 30
