"""Transport behaviour: auth, error shape, request log, injected faults, the concurrency limit."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import Http, add


async def test_auth_is_required(emu: GraphEmulator, http: Http) -> None:
    missing = await http.get("/me", auth=False)
    assert (missing.status, missing.code) == (401, "InvalidAuthenticationToken")
    emu.valid_tokens = {"other-token"}
    wrong = await http.get("/me")
    assert (wrong.status, wrong.code) == (401, "InvalidAuthenticationToken")
    emu.valid_tokens = {"test-token"}
    assert (await http.get("/me")).status == 200


async def test_error_shape_and_request_ids(http: Http) -> None:
    reply = await http.get("/me/messages/nope", headers={"client-request-id": "abc-123"})
    assert reply.status == 404
    assert reply.headers["Content-Type"].startswith("application/json")
    error = reply.body["error"]
    assert error["code"] == "ErrorItemNotFound" and error["message"]
    assert error["innerError"]["client-request-id"] == "abc-123"
    assert error["innerError"]["request-id"] == reply.headers["request-id"]
    assert reply.headers["client-request-id"] == "abc-123"
    assert set(error["innerError"]) >= {"date", "request-id", "client-request-id"}


async def test_request_log(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    await http.patch(
        f"/me/messages/{msg.rest_id}",
        {"isRead": True},
        params={"$select": "id,isRead"},
        headers={"X-Custom": "1"},
    )
    (record,) = emu.requests
    assert (record.method, record.path, record.status) == (
        "PATCH",
        f"/me/messages/{msg.rest_id}",
        200,
    )
    assert record.query == {"$select": "id,isRead"}
    assert record.json == {"isRead": True}
    assert (
        record.header("x-custom") == "1" and record.header("authorization") == "Bearer test-token"
    )
    assert record.in_batch is False
    emu.clear_requests()
    assert emu.requests == []


async def test_inject_with_and_without_body(emu: GraphEmulator, http: Http) -> None:
    emu.inject("GET", r"^/me$", status=500, times=2)
    emu.inject("*", r"^/me$", status=418, body={"custom": True}, headers={"X-Why": "tea"})
    first, second = await http.get("/me"), await http.get("/me")
    assert first.status == second.status == 500 and first.code == "InternalServerError"
    third = await http.get("/me")
    assert (third.status, third.body, third.headers["X-Why"]) == (418, {"custom": True}, "tea")
    assert (await http.get("/me")).status == 200
    assert [r.status for r in emu.requests] == [500, 500, 418, 200]


async def test_faults_can_start_after_some_requests(emu: GraphEmulator, http: Http) -> None:
    emu.inject("GET", r"^/me$", status=500, after=2, times=1)
    statuses = [(await http.get("/me")).status for _ in range(4)]
    assert statuses == [200, 200, 500, 200]
    emu.inject("GET", r"^/me$", status=500, times=5)
    emu.clear_faults()
    assert (await http.get("/me")).status == 200


async def test_throttle_sets_retry_after(emu: GraphEmulator, http: Http) -> None:
    emu.throttle("GET", "mailFolders", retry_after=3)
    emu.throttle("GET", "mailFolders", status=503, retry_after=2)
    first, second = await http.get("/me/mailFolders"), await http.get("/me/mailFolders")
    assert (first.status, first.headers["Retry-After"], first.code) == (429, "3", "TooManyRequests")
    assert (second.status, second.headers["Retry-After"], second.code) == (
        503,
        "2",
        "ServiceUnavailable",
    )


async def test_drop_connection(emu: GraphEmulator, http: Http) -> None:
    (msg,) = add(emu)
    emu.drop_connection("POST", "/move$")
    with pytest.raises((aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)):
        await http.post(f"/me/messages/{msg.rest_id}/move", {"destinationId": "archive"})
    assert emu.requests[-1].status == 0, "a dropped request is logged with status 0"
    assert emu.messages_in("Inbox") == [msg], "nothing ran"
    # aiohttp itself retries an idempotent request once on a dropped connection.
    emu.drop_connection("GET", r"^/me$", times=2)
    with pytest.raises((aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)):
        await http.get("/me")
    assert (await http.get("/me")).status == 200


async def test_concurrency_limit_rejects_and_records_the_peak(
    emu: GraphEmulator, http: Http
) -> None:
    emu.latency = 0.05
    replies = await asyncio.gather(*(http.get("/me") for _ in range(7)))
    throttled = [r for r in replies if r.status == 429]
    assert len(throttled) == 3 and sum(r.status == 200 for r in replies) == 4
    assert throttled[0].code == "ApplicationThrottled"
    assert (
        throttled[0].body["error"]["message"] == "Application is over its MailboxConcurrency limit."
    )
    assert throttled[0].headers["Retry-After"] == "1"
    assert emu.peak_concurrency > emu.max_concurrency
    assert emu.concurrency_rejections == 3


async def test_sequential_requests_stay_under_the_limit(emu: GraphEmulator, http: Http) -> None:
    for _ in range(5):
        await http.get("/me")
    assert emu.peak_concurrency == 1 and emu.concurrency_rejections == 0


async def test_fail_after_applying_carries_the_write_out_then_loses_the_answer(
    emu: GraphEmulator, http: Http
) -> None:
    emu.fail_after_applying("POST", r"^/me/mailFolders$")
    emu.fail_after_applying("POST", r"^/me/mailFolders$", drop=True)

    answered = await http.post("/me/mailFolders", {"displayName": "First"})
    assert answered.status == 504 and answered.code == "GatewayTimeout"
    with pytest.raises((aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)):
        await http.post("/me/mailFolders", {"displayName": "Second"})

    assert emu.folder_id("First") and emu.folder_id("Second")
