"""GraphClient against the emulator where the live service is awkward: writes whose answer is lost,
Retry-After in both forms and above the wait cap, and a `$batch` counted by its parallel items.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from core.errors import GraphThrottled, GraphUnavailable, GraphWriteUncertain
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.graph import BatchRequest, GraphClient
from core.microsoft.graph_retry import SlotLimiter, retry_after_seconds, server_time

LISTS = "/me/todo/lists"


def posts(emu, path_regex_end):
    return [r for r in emu.requests if r.method == "POST" and r.path.endswith(path_regex_end)]


def task_body(title: str) -> dict[str, object]:
    return {"title": title, "linkedResources": [{"externalId": title, "displayName": title}]}


# --- a write whose answer is lost is not sent again -----------------------------------------


@pytest.mark.parametrize("drop", [False, True], ids=["504", "dropped connection"])
async def test_a_create_applied_then_unanswered_is_not_posted_again(emulator, graph, sleeps, drop):
    emulator.fail_after_applying("POST", r"^/me/mailFolders$", drop=drop)

    with pytest.raises(GraphWriteUncertain) as caught:
        await graph.request("POST", "/me/mailFolders", json={"displayName": "Receipts"})

    assert isinstance(caught.value, GraphUnavailable)  # still "retry later" for older callers
    assert len(posts(emulator, "/me/mailFolders")) == 1 and sleeps.calls == []
    assert emulator.folder_id("Receipts")  # Graph did apply it


async def test_a_504_on_a_read_or_an_idempotent_write_is_still_retried(emulator, graph, sleeps):
    emulator.inject("GET", r"^/me$", status=504)
    assert (await graph.request("GET", "/me")).status == 200
    emulator.fail_after_applying("POST", r"^/me/translateExchangeIds$")
    body = {"inputIds": ["x"], "sourceIdType": "restId", "targetIdType": "restImmutableEntryId"}
    response = await graph.request("POST", "/me/translateExchangeIds", json=body, idempotent=True)
    assert response.status == 200 and len(sleeps.calls) == 2


async def test_a_batch_item_create_answered_504_is_not_sent_again(emulator, graph, sleeps):
    list_id = emulator.add_todo_list("AI Assistant")
    emulator.fail_after_applying("POST", r"/tasks$")
    requests = [
        BatchRequest(id="task", method="POST", url=f"{LISTS}/{list_id}/tasks", body=task_body("A")),
        BatchRequest(id="me", method="GET", url="/me"),
    ]

    answers = await graph.batch(requests)

    assert answers["task"].status == 504 and answers["task"].outcome_unknown
    assert answers["me"].ok and not answers["me"].outcome_unknown
    with pytest.raises(GraphWriteUncertain):
        answers["task"].raise_for_status()
    assert len(emulator.tasks(list_id)) == 1 and sleeps.calls == []


@pytest.mark.parametrize("drop", [False, True], ids=["504", "dropped connection"])
async def test_a_lost_batch_answer_resends_only_what_is_safe_to_repeat(
    emulator, graph, sleeps, drop
):
    list_id = emulator.add_todo_list("AI Assistant")
    message = emulator.add_message(subject="S", sender_name="A", sender_address="a@example.com")
    emulator.fail_after_applying("POST", r"^/\$batch$", drop=drop)
    requests = [
        BatchRequest(id="task", method="POST", url=f"{LISTS}/{list_id}/tasks", body=task_body("B")),
        BatchRequest(
            id="tag",
            method="PATCH",
            url=f"/me/messages/{message.immutable_id}",
            body={"categories": ["Review"]},
            idempotent=True,
        ),
    ]

    answers = await graph.batch(requests)

    assert answers["task"].outcome_unknown and answers["task"].status == 0
    assert answers["tag"].ok
    batches = posts(emulator, "/$batch")
    assert [[item["id"] for item in b.json["requests"]] for b in batches] == [
        ["task", "tag"],
        ["tag"],
    ]
    assert len(emulator.tasks(list_id)) == 1


# --- Retry-After ----------------------------------------------------------------------------


async def test_a_retry_after_above_a_minute_is_waited_in_full(emulator, graph, sleeps):
    emulator.throttle("GET", r"^/me$", retry_after=90)
    assert (await graph.request("GET", "/me")).status == 200
    assert sleeps.calls == [90]


async def test_an_http_date_retry_after_counts_from_the_servers_date(
    emulator, http_session, sleeps
):
    server_now = datetime(2026, 10, 21, 7, 27, 30, tzinfo=UTC)
    # Our clock runs 100 s fast: measured from it, the wait would be 100 s too short.
    client = GraphClient(
        http_session,
        StaticTokenProvider("t"),
        base_url=emulator.base_url,
        sleep=sleeps,
        clock=lambda: server_now + timedelta(seconds=100),
    )
    emulator.inject(
        "GET",
        r"^/me$",
        status=429,
        headers={
            "Retry-After": format_datetime(server_now + timedelta(seconds=150), usegmt=True),
            "Date": format_datetime(server_now, usegmt=True),
        },
    )

    assert (await client.request("GET", "/me")).status == 200
    assert sleeps.calls == [150]


def test_an_http_date_without_a_server_date_counts_from_the_clock():
    now = datetime(2026, 10, 21, 7, 0, 0, tzinfo=UTC)
    headers = {"Retry-After": "Wed, 21 Oct 2026 07:02:00 GMT"}
    assert retry_after_seconds(headers, server_time(headers, now)) == 120
    assert retry_after_seconds({"Retry-After": "75"}, now) == 75
    assert retry_after_seconds({"Retry-After": "soon"}, now) is None
    assert retry_after_seconds({"Retry-After": "inf"}, now) is None
    assert retry_after_seconds({"Retry-After": "Wed, 21 Oct 2026 06:00:00 GMT"}, now) == 0


async def test_a_wait_above_the_cap_fails_at_once_as_throttled_with_the_full_wait(
    emulator, graph, sleeps
):
    emulator.throttle("GET", r"^/me$", retry_after=600)

    with pytest.raises(GraphThrottled) as caught:
        await graph.request("GET", "/me")

    assert caught.value.retry_after == 600  # what the owner is told, never less
    assert sleeps.calls == [] and graph.request_count == 1


async def test_batch_items_waiting_above_the_cap_come_back_throttled(emulator, graph, sleeps):
    emulator.throttle("GET", r"^/me$", retry_after=240)

    answers = await graph.batch([BatchRequest(id="me", method="GET", url="/me")])

    assert answers["me"].status == 429 and answers["me"].retry_after == 240
    with pytest.raises(GraphThrottled) as caught:
        answers["me"].raise_for_status()
    assert caught.value.retry_after == 240 and sleeps.calls == []


async def test_a_batch_item_http_date_counts_from_the_batch_answers_date(emulator, graph, sleeps):
    # aiohttp dates the outer answer with the real time; the inner item carries no Date.
    emulator.inject(
        "GET",
        r"^/me$",
        status=429,
        headers={
            "Retry-After": format_datetime(datetime.now(UTC) + timedelta(seconds=122), usegmt=True)
        },
    )

    answers = await graph.batch([BatchRequest(id="me", method="GET", url="/me")])

    assert answers["me"].ok
    [wait] = sleeps.calls
    assert 120 <= wait <= 123


# --- a $batch takes one slot per request Outlook runs at the same time ----------------------


async def test_concurrent_batches_and_requests_never_exceed_four_mailbox_slots(emulator, graph):
    emulator.latency = 0.02
    batch = [BatchRequest(id=str(n), method="GET", url="/me") for n in range(3)]

    await asyncio.gather(
        *(graph.batch(batch) for _ in range(4)),
        *(graph.request("GET", "/me") for _ in range(4)),
    )

    assert emulator.concurrency_rejections == 0
    assert emulator.peak_concurrency == 4


async def test_a_depends_on_chain_takes_one_slot(emulator, graph):
    emulator.latency = 0.02
    chain = [
        BatchRequest(id="0", method="GET", url="/me"),
        BatchRequest(id="1", method="GET", url="/me", depends_on=["0"]),
        BatchRequest(id="2", method="GET", url="/me", depends_on=["1"]),
    ]

    await asyncio.gather(graph.batch(chain), *(graph.request("GET", "/me") for _ in range(3)))

    assert emulator.concurrency_rejections == 0 and emulator.peak_concurrency == 4
    assert len(posts(emulator, "/$batch")) == 1


async def test_slot_limiter_is_first_come_first_served():
    limiter = SlotLimiter(4)
    order: list[str] = []
    release = asyncio.Event()

    async def hold(name: str, slots: int) -> None:
        async with limiter.hold(slots):
            order.append(name)
            await release.wait()

    first = asyncio.create_task(hold("two", 2))
    await asyncio.sleep(0)
    big = asyncio.create_task(hold("three", 3))
    await asyncio.sleep(0)
    small = asyncio.create_task(hold("one", 1))  # fits now, but must not overtake "three"
    await asyncio.sleep(0)
    assert order == ["two"] and limiter.in_use == 2
    release.set()
    await asyncio.gather(first, big, small)
    assert order == ["two", "three", "one"] and limiter.in_use == 0


async def test_a_cancelled_waiter_gives_its_turn_away():
    limiter = SlotLimiter(1)
    async with limiter.hold():
        waiter = asyncio.create_task(limiter.hold().__aenter__())
        await asyncio.sleep(0)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
    async with limiter.hold():
        assert limiter.in_use == 1
    assert limiter.in_use == 0
