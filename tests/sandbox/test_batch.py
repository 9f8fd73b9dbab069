"""JSON batching: limits, dependsOn, inner faults, shuffled answers, per-request Prefer."""

from __future__ import annotations

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
    ok = await http.post("/$batch", {"requests": [_get(i) for i in range(20)]})
    assert ok.status == 200 and len(ok.body["responses"]) == 20


async def test_answers_are_shuffled_and_matched_by_id(emu: GraphEmulator, http: Http) -> None:
    requests = [_get(i) for i in range(6)]
    reply = await http.post("/$batch", {"requests": requests})
    ids = [r["id"] for r in reply.body["responses"]]
    assert sorted(ids) == [str(i) for i in range(6)]
    assert ids != [str(i) for i in range(6)]
    assert all(r["status"] == 200 for r in reply.body["responses"])
    inner = [r for r in emu.requests if r.in_batch]
    assert len(inner) == 6 and all(r.path == "/me" for r in inner)
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
