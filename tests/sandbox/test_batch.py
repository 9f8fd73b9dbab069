"""JSON batching: limits, dependsOn, inner faults, shuffled answers, per-request Prefer."""

from __future__ import annotations

import asyncio
from typing import Any

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import Http, add

JSON = {"Content-Type": "application/json"}


def _get(i: int, url: str = "/me", **extra: Any) -> dict[str, Any]:
    return {"id": str(i), "method": "GET", "url": url, **extra}


async def test_limits_and_duplicate_ids_fail_the_whole_batch(http: Http) -> None:
    too_many = await http.post("/$batch", {"requests": [_get(i) for i in range(21)]})
    assert too_many.status == 400
    dup = await http.post("/$batch", {"requests": [_get(1), _get(1)]})
    assert dup.status == 400
    unknown_dep = await http.post("/$batch", {"requests": [_get(1, dependsOn=["9"])]})
    assert unknown_dep.status == 400
    chain = [_get(0), *(_get(i, dependsOn=[str(i - 1)]) for i in range(1, 20))]
    ok = await http.post("/$batch", {"requests": chain})
    assert ok.status == 200 and len(ok.body["responses"]) == 20
    assert all(r["status"] == 200 for r in ok.body["responses"])


async def test_answers_are_shuffled_and_matched_by_id(emu: GraphEmulator, http: Http) -> None:
    requests = [_get(i) for i in range(4)]
    reply = await http.post("/$batch", {"requests": requests})
    ids = [r["id"] for r in reply.body["responses"]]
    assert sorted(ids) == [str(i) for i in range(4)]
    assert ids != [str(i) for i in range(4)]
    assert all(r["status"] == 200 for r in reply.body["responses"])
    inner = [r for r in emu.requests if r.in_batch]
    assert len(inner) == 4 and all(r.path == "/me" for r in inner)
    assert [r.path for r in emu.requests if not r.in_batch] == ["/$batch"]


async def test_depends_on_failure_gives_424(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    requests = [
        {
            "id": "move",
            "method": "POST",
            "url": f"/me/messages/{msg.rest_id}/move",
            "headers": JSON,
            "body": {"destinationId": "AAMkNoSuchFolder"},
        },
        {
            "id": "tag",
            "method": "PATCH",
            "url": f"/me/messages/{msg.rest_id}",
            "headers": JSON,
            "body": {"categories": ["x"]},
            "dependsOn": ["move"],
        },
    ]
    reply = await http.post("/$batch", {"requests": requests})
    statuses = {r["id"]: r["status"] for r in reply.body["responses"]}
    assert statuses == {"move": 404, "tag": 424}
    assert msg.categories == [], "a request whose dependency failed never runs"


async def test_inner_throttle_and_rules_per_item(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    emu.throttle("PATCH", r"^/me/messages/", retry_after=7)
    requests = [
        {
            "id": "1",
            "method": "PATCH",
            "url": f"me/messages/{msg.rest_id}",
            "headers": JSON,
            "body": {"isRead": True},
        },
        {
            "id": "2",
            "method": "PATCH",
            "url": f"/me/messages/{msg.rest_id}",
            "body": {"isRead": True},
        },
        _get(3, url=f"{emu.base_url}/me"),
        _get(4),
    ]
    reply = await http.post("/$batch", {"requests": requests})
    assert reply.status == 200
    items = {r["id"]: r for r in reply.body["responses"]}
    assert items["1"]["status"] == 429
    assert items["1"]["headers"]["Retry-After"] == "7"
    assert items["1"]["body"]["error"]["code"] == "TooManyRequests"
    assert items["2"]["status"] == 400, "a body without Content-Type"
    assert items["3"]["status"] == 400, "an absolute url"
    assert items["4"]["status"] == 200
    assert msg.is_read is False


async def test_prefer_applies_only_to_the_inner_request_that_carries_it(
    emu: GraphEmulator, http: Http
) -> None:
    (msg,) = add(emu)
    url = f"/me/messages/{msg.rest_id}"
    requests = [
        _get(1, url=url, headers={"Prefer": 'IdType="ImmutableId"'}),
        _get(2, url=url),
    ]
    reply = await http.post(
        "/$batch", {"requests": requests}, headers={"Prefer": 'IdType="ImmutableId"'}
    )
    ids = {r["id"]: r["body"]["id"] for r in reply.body["responses"]}
    assert ids == {"1": msg.immutable_id, "2": msg.rest_id}
    inner = [r for r in emu.requests if r.in_batch]
    assert inner[0].header("prefer") == 'IdType="ImmutableId"'
    assert inner[1].header("Prefer") is None


async def test_inject_on_the_whole_batch(emu: GraphEmulator, http: Http) -> None:
    emu.inject("POST", r"^/\$batch$", status=503)
    reply = await http.post("/$batch", {"requests": [_get(1)]})
    assert (reply.status, reply.code) == (503, "ServiceUnavailable")
    assert [r for r in emu.requests if r.in_batch] == []


def _statuses(reply: Any) -> dict[str, int]:
    return {r["id"]: r["status"] for r in reply.body["responses"]}


async def test_independent_items_beyond_four_are_over_the_mailbox_concurrency(
    emu: GraphEmulator, http: Http
) -> None:
    reply = await http.post("/$batch", {"requests": [_get(i) for i in range(6)]})

    assert reply.status == 200
    assert _statuses(reply) == {"0": 200, "1": 200, "2": 200, "3": 200, "4": 429, "5": 429}
    throttled = next(r for r in reply.body["responses"] if r["id"] == "4")
    assert throttled["body"]["error"]["code"] == "ApplicationThrottled"
    assert "MailboxConcurrency" in throttled["body"]["error"]["message"]
    assert throttled["headers"]["Retry-After"] == "1"
    assert emu.concurrency_rejections == 2 and emu.peak_concurrency == 6


async def test_a_depends_on_chain_takes_one_slot(emu: GraphEmulator, http: Http) -> None:
    chains = [_get(0), _get(1, dependsOn=["0"]), _get(2, dependsOn=["1"])]
    others = [_get(i) for i in range(3, 6)]

    reply = await http.post("/$batch", {"requests": chains + others})

    assert set(_statuses(reply).values()) == {200}
    assert emu.concurrency_rejections == 0 and emu.peak_concurrency == 4


async def test_a_batch_shares_the_four_slots_with_requests_in_flight(
    emu: GraphEmulator, http: Http
) -> None:
    emu.latency = 0.05
    single = asyncio.create_task(http.get("/me"))
    await asyncio.sleep(0.01)  # the single GET holds its slot while the batch arrives
    reply = await http.post("/$batch", {"requests": [_get(i) for i in range(4)]})
    assert (await single).status == 200

    assert sorted(_statuses(reply).values()) == [200, 200, 200, 429]
    assert emu.concurrency_rejections == 1 and emu.peak_concurrency == 5


async def test_a_write_applied_then_answered_504_inside_a_batch(
    emu: GraphEmulator, http: Http
) -> None:
    list_id = emu.add_todo_list("Mine")
    emu.fail_after_applying("POST", r"/tasks$")
    task = {
        "id": "t",
        "method": "POST",
        "url": f"/me/todo/lists/{list_id}/tasks",
        "headers": JSON,
        "body": {"title": "Made anyway"},
    }

    reply = await http.post("/$batch", {"requests": [task]})

    assert _statuses(reply) == {"t": 504}
    assert [t["title"] for t in emu.tasks(list_id)] == ["Made anyway"]
