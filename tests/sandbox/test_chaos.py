"""Chaos mode: seeded random throttling and dropped connections, outer and inside $batch."""

from __future__ import annotations

from collections import Counter
from typing import Any

import aiohttp
import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import Http, add


async def statuses(http: Http, n: int) -> list[int]:
    return [(await http.get("/me")).status for _ in range(n)]


async def test_a_share_of_requests_is_throttled_with_retry_after_in_range(
    emu: GraphEmulator, http: Http
) -> None:
    emu.chaos(rate=0.3, statuses=(429, 503), retry_after=(1, 3), seed=7)

    replies = [await http.get("/me", headers={"client-request-id": f"c{i}"}) for i in range(400)]

    faulted = [r for r in replies if r.status != 200]
    assert 0.24 <= len(faulted) / len(replies) <= 0.36
    assert {r.status for r in faulted} == {429, 503}
    assert {r.code for r in faulted} == {"TooManyRequests", "ServiceUnavailable"}
    assert Counter(r.headers["Retry-After"] for r in faulted).keys() == {"1", "2", "3"}
    assert [(e.status, str(e.retry_after)) for e in emu.chaos_events] == [
        (r.status, r.headers["Retry-After"]) for r in faulted
    ]
    assert {e.client_request_id for e in emu.chaos_events} <= {f"c{i}" for i in range(400)}
    assert not any(e.in_batch for e in emu.chaos_events)


async def test_the_same_seed_gives_the_same_storm(http: Http) -> None:
    first, second = GraphEmulator(), GraphEmulator()
    runs = []
    async with aiohttp.ClientSession() as session:
        for emu in (first, second):
            async with emu.serve():
                emu.chaos(rate=0.5, seed=3)
                runs.append(await statuses(Http(session, emu), 40))
    assert runs[0] == runs[1] and set(runs[0]) > {200}


async def test_batch_items_are_faulted_and_logged_under_the_outer_request(
    emu: GraphEmulator, http: Http
) -> None:
    emu.chaos(rate=0.5, statuses=(429,), retry_after=(2, 2), seed=1)
    requests = [{"id": str(i), "method": "GET", "url": "/me"} for i in range(4)]

    replies = [
        await http.post("/$batch", {"requests": requests}, headers={"client-request-id": f"b{n}"})
        for n in range(25)
    ]

    answered = [reply for reply in replies if reply.status == 200]
    items = [item for reply in answered for item in reply.body["responses"]]
    throttled = [item for item in items if item["status"] == 429]
    assert throttled and all(item["headers"]["Retry-After"] == "2" for item in throttled)
    inner_events = [e for e in emu.chaos_events if e.in_batch]
    assert len(inner_events) == len(throttled)
    assert {e.client_request_id for e in inner_events} <= {f"b{n}" for n in range(25)}
    assert all(e.path == "/me" and e.method == "GET" for e in inner_events)


async def test_drops_cut_the_connection_without_applying_the_request(
    emu: GraphEmulator, http: Http
) -> None:
    messages = add(emu, n=10)
    emu.chaos(rate=0.0, drop_rate=1.0, method="POST", path_regex=r"/move$")

    for msg in messages:
        with pytest.raises((aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)):
            await http.post(f"/me/messages/{msg.rest_id}/move", {"destinationId": "archive"})

    inbox = {msg.immutable_id for msg in emu.messages_in("Inbox")}
    assert inbox == {msg.immutable_id for msg in messages}, "nothing was moved"
    assert [e.status for e in emu.chaos_events] == [0] * 10
    assert (await http.get("/me")).status == 200, "other methods and paths are left alone"


async def test_rules_come_first_and_clear_faults_stops_chaos(
    emu: GraphEmulator, http: Http
) -> None:
    emu.chaos(rate=1.0, statuses=(503,))
    emu.inject("GET", r"^/me$", status=404, times=1)

    assert await statuses(http, 3) == [404, 503, 503]
    emu.clear_faults()
    assert await statuses(http, 3) == [200, 200, 200]
    emu.chaos(rate=1.0)
    emu.chaos(rate=0.0)
    assert await statuses(http, 2) == [200, 200]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rate": 1.5},
        {"rate": 0.6, "drop_rate": 0.6},
        {"rate": 0.1, "statuses": ()},
        {"rate": 0.1, "retry_after": (3, 1)},
    ],
)
def test_bad_chaos_settings_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="chaos"):
        GraphEmulator().chaos(**kwargs)
