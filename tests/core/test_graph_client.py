"""GraphClient transport against the Graph emulator over HTTP: errors, retries, paging, $batch."""

from __future__ import annotations

import asyncio
import logging
import socket

import aiohttp
import pytest

from core.errors import (
    DeltaTokenExpired,
    GraphAuthError,
    GraphConflict,
    GraphError,
    GraphNotFound,
    GraphThrottled,
    GraphUnavailable,
)
from core.microsoft.auth import StaticTokenProvider
from core.microsoft.graph import BatchRequest, GraphClient, merge_prefer

IMMUTABLE = 'IdType="ImmutableId"'


def outer(emu):
    """Requests that went over the wire (not the inner requests of a $batch)."""
    return [r for r in emu.requests if not r.in_batch]


def sent(emu, method, path):
    return [r for r in outer(emu) if r.method == method and r.path == path]


def add_messages(emu, count, folder="Inbox"):
    return [
        emu.add_message(
            folder,
            subject=f"Message {n}",
            sender_name=f"Sender {n}",
            sender_address=f"sender{n}@example.com",
        )
        for n in range(count)
    ]


# --- status -> exception ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, "BadRequest", GraphError),
        (400, "ErrorFolderExists", GraphConflict),
        (400, "syncStateNotFound", DeltaTokenExpired),
        (400, "ResyncRequired", DeltaTokenExpired),
        (401, "InvalidAuthenticationToken", GraphAuthError),
        (403, "ErrorAccessDenied", GraphAuthError),
        (404, "ErrorItemNotFound", GraphNotFound),
        (409, "Conflict", GraphConflict),
        (410, "SyncStateNotFound", DeltaTokenExpired),
        (429, "TooManyRequests", GraphThrottled),
        (503, "ServiceUnavailable", GraphThrottled),
        (504, "GatewayTimeout", GraphThrottled),
        (500, "InternalServerError", GraphUnavailable),
        (502, "BadGateway", GraphUnavailable),
    ],
)
async def test_status_maps_to_error(emulator, graph, sleeps, status, code, expected):
    body = {"error": {"code": code, "message": f"injected {status}"}}
    emulator.inject("GET", r"^/me$", status=status, body=body, times=10)

    with pytest.raises(GraphError) as caught:
        await graph.request("GET", "/me")

    err = caught.value
    assert type(err) is expected
    assert (err.status, err.code, err.method, err.path) == (status, code, "GET", "/me")
    assert err.request_id
    assert f"injected {status}" in str(err)


# --- retries ------------------------------------------------------------------------------------


async def test_throttle_waits_full_retry_after_then_succeeds(emulator, graph, sleeps):
    emulator.throttle("GET", r"^/me$", retry_after=7)

    response = await graph.request("GET", "/me")

    assert response.status == 200
    assert sleeps.calls == [7]
    first, second = sent(emulator, "GET", "/me")
    assert (first.status, second.status) == (429, 200)
    assert first.header("Retry-Attempt") is None
    assert second.header("Retry-Attempt") == "1"
    assert graph.request_count == 2


async def test_503_is_retried_after_its_retry_after(emulator, graph, sleeps):
    emulator.throttle("GET", r"^/me$", retry_after=3, status=503)
    assert (await graph.request("GET", "/me")).status == 200
    assert sleeps.calls == [3]


async def test_throttle_without_retry_after_backs_off_exponentially(emulator, graph, sleeps):
    emulator.inject("GET", r"^/me$", status=429, times=3)
    assert (await graph.request("GET", "/me")).status == 200
    assert sleeps.calls == [1.0, 2.0, 4.0]


async def test_throttled_write_is_retried(emulator, graph, sleeps):
    emulator.throttle("POST", r"^/me/mailFolders$", retry_after=2)
    response = await graph.request("POST", "/me/mailFolders", json={"displayName": "Receipts"})
    assert response.status == 201
    assert sleeps.calls == [2]
    assert [r.status for r in sent(emulator, "POST", "/me/mailFolders")] == [429, 201]
    assert emulator.folder_id("Receipts") == response.body["id"]


async def test_throttling_that_never_ends_raises_with_retry_after(emulator, graph, sleeps):
    emulator.throttle("GET", r"^/me$", retry_after=7, times=5)
    with pytest.raises(GraphThrottled) as caught:
        await graph.request("GET", "/me")
    assert caught.value.retry_after == 7
    assert sleeps.calls == [7, 7, 7, 7]
    assert len(sent(emulator, "GET", "/me")) == 5


async def test_500_is_retried_for_get_but_not_for_post(emulator, graph, sleeps):
    message = add_messages(emulator, 1)[0]
    emulator.inject("GET", r"^/me$", status=500)
    assert (await graph.request("GET", "/me")).status == 200
    assert len(sleeps.calls) == 1
    assert 0 <= sleeps.calls[0] <= 1.0  # full jitter over the first backoff step

    move_path = f"/me/messages/{message.immutable_id}/move"
    emulator.inject("POST", r"/move$", status=500)
    with pytest.raises(GraphUnavailable) as caught:
        await graph.request(
            "POST", move_path, json={"destinationId": "archive"}, immutable_ids=True
        )
    assert caught.value.status == 500
    assert [r.status for r in sent(emulator, "POST", move_path)] == [500]
    assert len(sleeps.calls) == 1


async def test_idempotent_post_is_retried_after_500(emulator, graph, sleeps):
    emulator.inject("POST", r"^/me/translateExchangeIds$", status=500)
    response = await graph.request(
        "POST",
        "/me/translateExchangeIds",
        json={"inputIds": ["x"], "sourceIdType": "restId", "targetIdType": "restImmutableEntryId"},
        idempotent=True,
    )
    assert response.status == 200
    assert len(sleeps.calls) == 1


async def test_dropped_connection_is_retried_for_get_only(emulator, graph, sleeps):
    # aiohttp itself resends an idempotent request once after a disconnect; the second drop
    # reaches our retry policy.
    emulator.drop_connection("GET", r"^/me$", times=2)
    assert (await graph.request("GET", "/me")).status == 200
    assert len(sleeps.calls) == 1
    assert [r.status for r in sent(emulator, "GET", "/me")] == [0, 0, 200]

    emulator.drop_connection("POST", r"^/me/mailFolders$")
    with pytest.raises(GraphUnavailable) as caught:
        await graph.request("POST", "/me/mailFolders", json={"displayName": "Once"})
    assert isinstance(caught.value.__cause__, aiohttp.ClientError)
    assert (caught.value.method, caught.value.path) == ("POST", "/me/mailFolders")
    assert len(sleeps.calls) == 1


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_refused_connection_is_retried_even_for_writes(http_session, sleeps):
    client = GraphClient(
        http_session,
        StaticTokenProvider("test-token"),
        base_url=f"http://127.0.0.1:{_closed_port()}/v1.0",
        max_retries=2,
        sleep=sleeps,
    )
    with pytest.raises(GraphUnavailable) as caught:
        await client.request("POST", "/me/mailFolders", json={"displayName": "X"})
    assert isinstance(caught.value.__cause__, aiohttp.ClientConnectorError)
    assert client.request_count == 3
    assert len(sleeps.calls) == 2


async def test_timeout_retries_reads_and_not_writes(emulator, http_session, sleeps):
    client = GraphClient(
        http_session,
        StaticTokenProvider("test-token"),
        base_url=emulator.base_url,
        max_retries=1,
        timeout=0.05,
        sleep=sleeps,
    )
    emulator.latency = 0.5
    with pytest.raises(GraphUnavailable):
        await client.request("GET", "/me")
    assert client.request_count == 2
    with pytest.raises(GraphUnavailable):
        await client.request("PATCH", "/me/messages/x", json={"isRead": True})
    assert client.request_count == 3
    assert len(sleeps.calls) == 1


async def test_token_is_asked_for_on_every_attempt(emulator, http_session, sleeps):
    class RotatingTokens:
        def __init__(self) -> None:
            self.issued = 0

        async def get_token(self) -> str:
            self.issued += 1
            return f"token-{self.issued}"

    client = GraphClient(http_session, RotatingTokens(), base_url=emulator.base_url, sleep=sleeps)
    emulator.throttle("GET", r"^/me$", retry_after=1)
    await client.request("GET", "/me")
    assert [r.header("Authorization") for r in sent(emulator, "GET", "/me")] == [
        "Bearer token-1",
        "Bearer token-2",
    ]


# --- concurrency --------------------------------------------------------------------------------


async def test_at_most_four_requests_in_flight(emulator, graph):
    emulator.latency = 0.05
    await asyncio.gather(*(graph.request("GET", "/me") for _ in range(10)))
    assert emulator.peak_concurrency == 4
    assert emulator.concurrency_rejections == 0
    assert graph.request_count == 10


async def test_retry_sleep_does_not_hold_a_concurrency_slot(emulator, http_session):
    slept = asyncio.Event()
    release = asyncio.Event()

    async def gated_sleep(seconds: float) -> None:
        slept.set()
        await release.wait()

    client = GraphClient(
        http_session,
        StaticTokenProvider("test-token"),
        base_url=emulator.base_url,
        max_concurrency=1,
        sleep=gated_sleep,
    )
    emulator.throttle("GET", r"^/me$", retry_after=30)
    throttled = asyncio.create_task(client.request("GET", "/me"))
    await asyncio.wait_for(slept.wait(), 5)
    # With the only slot held during the sleep this would never finish.
    other = await asyncio.wait_for(client.request("GET", "/me/mailFolders"), 5)
    assert other.status == 200
    release.set()
    assert (await throttled).status == 200


# --- headers, logging ---------------------------------------------------------------------------


async def test_every_request_carries_bearer_and_unique_client_request_id(emulator, graph):
    emulator.throttle("GET", r"^/me$", retry_after=1)
    await graph.request("GET", "/me")
    await graph.request("GET", "/me/mailFolders")
    await graph.batch([BatchRequest(id="1", method="GET", url="/me")])

    requests = outer(emulator)
    assert len(requests) == 4
    assert all(r.header("Authorization") == "Bearer test-token" for r in requests)
    ids = [r.header("client-request-id") for r in requests]
    assert all(ids) and len(set(ids)) == len(ids)


async def test_logs_requests_without_token_or_query_values(emulator, graph, caplog):
    caplog.set_level(logging.DEBUG, logger="core.microsoft.graph")
    emulator.throttle("GET", r"^/me$", retry_after=1)
    await graph.request("GET", "/me")
    await graph.request(
        "GET", "/me/mailFolders", params={"$filter": "displayName eq 'Private Stuff'"}
    )
    with pytest.raises(GraphNotFound):
        await graph.request("GET", "/me/mailFolders/nope")

    text = caplog.text
    assert "test-token" not in text
    assert "Bearer" not in text
    assert "Private Stuff" not in text
    assert "GET /me -> 429" in text
    assert "GET /me -> 200" in text
    assert "GET /me/mailFolders?$filter -> 200" in text
    assert "GET /me/mailFolders/nope -> 404" in text
    assert "request-id=" in text and "request-id=None" not in text
    assert " ms " in text


async def test_prefer_values_are_combined_in_one_header(emulator, graph):
    await graph.request(
        "GET", "/me/mailFolders", headers={"Prefer": "odata.maxpagesize=5"}, immutable_ids=True
    )
    recorded = sent(emulator, "GET", "/me/mailFolders")[0]
    assert recorded.header("Prefer") == f"odata.maxpagesize=5, {IMMUTABLE}"
    assert merge_prefer(IMMUTABLE, IMMUTABLE) == IMMUTABLE


async def test_absolute_url_on_another_host_is_refused(emulator, graph):
    with pytest.raises(GraphError, match="foreign host"):
        await graph.request("GET", "https://attacker.example/v1.0/me")
    assert graph.request_count == 0
    assert emulator.requests == []


# --- paging -------------------------------------------------------------------------------------


async def test_paginate_follows_next_links_repeating_prefer(emulator, graph):
    messages = add_messages(emulator, 23)
    items = [
        item
        async for item in graph.paginate(
            "/me/mailFolders/inbox/messages",
            params={"$select": "id,subject"},
            headers={"Prefer": "odata.maxpagesize=10"},
            immutable_ids=True,
        )
    ]

    assert sorted(i["id"] for i in items) == sorted(m.immutable_id for m in messages)
    pages = outer(emulator)
    assert len(pages) == 3
    assert all(p.header("Prefer") == f"odata.maxpagesize=10, {IMMUTABLE}" for p in pages)
    assert pages[0].query["$select"] == "id,subject"


async def test_paginate_top_level_folders_default_page_size(emulator, graph):
    for n in range(15):
        emulator.add_folder(f"Client {n:02d}")
    names = [f["displayName"] async for f in graph.paginate("/me/mailFolders")]
    assert {f"Client {n:02d}" for n in range(15)} <= set(names)
    assert "Inbox" in names
    assert len(names) == len(set(names))
    assert len(outer(emulator)) == -(-len(names) // 10)


# --- $batch -------------------------------------------------------------------------------------


async def test_batch_of_45_independent_reads_sends_four_per_post_and_matches_by_id(emulator, graph):
    # Outlook runs a batch's independent items at once, one mailbox slot each: 4 per $batch.
    messages = add_messages(emulator, 45)
    requests = [
        BatchRequest(
            id=f"m{n}",
            method="GET",
            url=f"/me/messages/{m.immutable_id}?$select=id,subject",
            immutable_ids=True,
        )
        for n, m in enumerate(messages)
    ]

    results = await graph.batch(requests)

    assert [len(r.json["requests"]) for r in sent(emulator, "POST", "/$batch")] == [4] * 11 + [1]
    assert graph.request_count == 12
    assert emulator.concurrency_rejections == 0
    assert len([r for r in emulator.requests if r.in_batch]) == 45
    for n, message in enumerate(messages):
        answer = results[f"m{n}"]
        assert answer.ok
        assert answer.body["id"] == message.immutable_id
        assert answer.body["subject"] == message.subject


async def test_batch_retries_only_the_throttled_item(emulator, graph, sleeps):
    messages = add_messages(emulator, 3)
    target = messages[1].immutable_id
    emulator.throttle("GET", rf"^/me/messages/{target}$", retry_after=5)
    requests = [
        BatchRequest(id=str(n), method="GET", url=f"/me/messages/{m.immutable_id}")
        for n, m in enumerate(messages)
    ]

    results = await graph.batch(requests)

    assert all(r.ok for r in results.values())
    assert sleeps.calls == [5]
    inner = [r.path.rsplit("/", 1)[-1] for r in emulator.requests if r.in_batch]
    assert inner.count(target) == 2
    assert inner.count(messages[0].immutable_id) == 1
    assert inner.count(messages[2].immutable_id) == 1
    second = sent(emulator, "POST", "/$batch")[1]
    assert [r["id"] for r in second.json["requests"]] == ["1"]


async def test_batch_gives_up_after_max_retries_and_reports_the_error(emulator, graph, sleeps):
    emulator.throttle("GET", r"^/me$", retry_after=2, times=10)
    results = await graph.batch([BatchRequest(id="me", method="GET", url="/me")])
    assert results["me"].status == 429
    assert sleeps.calls == [2, 2, 2, 2]
    with pytest.raises(GraphThrottled) as caught:
        results["me"].raise_for_status()
    assert (caught.value.retry_after, caught.value.method, caught.value.path) == (2, "GET", "/me")


async def test_batch_keeps_depends_on_chains_in_one_chunk(emulator, graph):
    messages = add_messages(emulator, 18)
    chain_target = emulator.add_message(
        subject="Chained", sender_name="A", sender_address="a@example.com"
    )
    archive = emulator.folder_id("Archive")
    requests = [
        BatchRequest(id=f"g{n}", method="GET", url=f"/me/messages/{m.immutable_id}")
        for n, m in enumerate(messages)
    ]
    chain_id = chain_target.immutable_id
    requests += [
        BatchRequest(
            id="tag",
            method="PATCH",
            url=f"/me/messages/{chain_id}",
            body={"categories": ["Review"]},
            immutable_ids=True,
        ),
        BatchRequest(
            id="read",
            method="PATCH",
            url=f"/me/messages/{chain_id}",
            body={"isRead": True},
            depends_on=["tag"],
            immutable_ids=True,
        ),
        BatchRequest(
            id="move",
            method="POST",
            url=f"/me/messages/{chain_id}/move",
            body={"destinationId": archive},
            depends_on=["read"],
            immutable_ids=True,
        ),
    ]

    results = await graph.batch(requests)

    posts = sent(emulator, "POST", "/$batch")
    # 18 independent reads and one chain are 19 groups: at most 4 groups (slots) per $batch.
    assert [len(p.json["requests"]) for p in posts] == [4, 4, 4, 4, 5]
    last = posts[-1].json["requests"]
    assert [r["id"] for r in last] == ["g16", "g17", "tag", "read", "move"]
    assert [r.get("dependsOn") for r in last] == [None, None, None, ["tag"], ["read"]]
    assert emulator.concurrency_rejections == 0
    assert all(r.ok for r in results.values())
    assert results["move"].body["id"] == chain_id
    moved = emulator.message(chain_id)
    assert moved.folder_id == archive
    assert moved.categories == ["Review"]


async def test_batch_retries_dependants_of_a_throttled_item(emulator, graph, sleeps):
    message = add_messages(emulator, 1)[0]
    emulator.throttle("PATCH", rf"^/me/messages/{message.immutable_id}$", retry_after=4)
    results = await graph.batch(
        [
            BatchRequest(
                id="tag",
                method="PATCH",
                url=f"/me/messages/{message.immutable_id}",
                body={"categories": ["FYI Only"]},
                immutable_ids=True,
            ),
            BatchRequest(
                id="move",
                method="POST",
                url=f"/me/messages/{message.immutable_id}/move",
                body={"destinationId": "archive"},
                depends_on=["tag"],
                immutable_ids=True,
            ),
        ]
    )
    assert results["tag"].status == 200
    assert results["move"].status == 201
    assert sleeps.calls == [4]
    retry = sent(emulator, "POST", "/$batch")[1]
    assert [r["id"] for r in retry.json["requests"]] == ["tag", "move"]
    assert emulator.message(message.immutable_id).folder_id == emulator.folder_id("Archive")


async def test_batch_rejects_bad_input_before_sending(emulator, graph):
    chain = [
        BatchRequest(id=str(n), method="GET", url="/me", depends_on=[str(n - 1)] if n else ())
        for n in range(21)
    ]
    with pytest.raises(ValueError, match="chain of 21"):
        await graph.batch(chain)
    with pytest.raises(ValueError, match="unique"):
        await graph.batch(
            [
                BatchRequest(id="a", method="GET", url="/me"),
                BatchRequest(id="A", method="GET", url="/me"),
            ]
        )
    with pytest.raises(ValueError, match="relative url"):
        await graph.batch(
            [BatchRequest(id="a", method="GET", url="/me")]
            + [BatchRequest(id=f"n{n}", method="GET", url="/me") for n in range(20)]
            + [BatchRequest(id="abs", method="GET", url=f"{graph.base_url}/me")]
        )
    with pytest.raises(ValueError, match="unknown ids"):
        await graph.batch([BatchRequest(id="a", method="GET", url="/me", depends_on=["b"])])
    assert emulator.requests == []


async def test_batch_inner_headers_carry_content_type_and_prefer(emulator, graph):
    message = add_messages(emulator, 1)[0]
    await graph.batch(
        [
            BatchRequest(
                id="patch",
                method="PATCH",
                url=f"/me/messages/{message.immutable_id}",
                body={"isRead": True},
                immutable_ids=True,
            ),
            BatchRequest(id="me", method="GET", url="me"),
        ]
    )
    outer_batch = sent(emulator, "POST", "/$batch")[0]
    patch, me = outer_batch.json["requests"]
    assert patch["headers"] == {"Content-Type": "application/json", "Prefer": IMMUTABLE}
    assert me["url"] == "/me" and "headers" not in me
    inner = {r.method: r for r in emulator.requests if r.in_batch}
    assert inner["PATCH"].header("Prefer") == IMMUTABLE
    assert inner["GET"].header("Prefer") is None
    assert outer_batch.header("Prefer") is None
