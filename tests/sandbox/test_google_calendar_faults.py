"""The Google Calendar emulator's faults: rate limits, one-shot statuses, lost answers."""

from __future__ import annotations

import aiohttp
import pytest

from tests.google_discovery import running

EVENT = {"start": {"date": "2026-12-04"}, "end": {"date": "2026-12-05"}}


async def test_rate_limit_answers_429_with_googles_body_then_recovers():
    async with running() as (emu, http):
        emu.rate_limit(2, retry_after=3)
        first = await http.events()
        assert first.status == 429
        assert first.body == {
            "error": {
                "code": 429,
                "message": "Rate Limit Exceeded",
                "errors": [
                    {
                        "message": "Rate Limit Exceeded",
                        "domain": "usageLimits",
                        "reason": "rateLimitExceeded",
                    }
                ],
                "status": "RESOURCE_EXHAUSTED",
            }
        }
        assert first.headers["Retry-After"] == "3"
        assert (await http.events()).status == 429
        assert (await http.events()).status == 200


async def test_rate_limit_can_be_a_403_user_rate_limit():
    async with running() as (emu, http):
        emu.rate_limit(status=403, reason="userRateLimitExceeded")
        reply = await http.events()
        assert (reply.status, reply.reason) == (403, "userRateLimitExceeded")
        assert reply.body["error"]["message"] == "User Rate Limit Exceeded"


async def test_a_one_shot_fault_hits_the_next_matching_request_only():
    async with running() as (emu, http):
        emu.fail_next("GET", r"/events$", 503)
        failed = await http.events()
        assert (failed.status, failed.reason) == (503, "backendError")
        assert (await http.events()).status == 200


async def test_a_write_applied_then_answered_503_is_really_there():
    async with running() as (emu, http):
        emu.fail_next("POST", r"/events$", 503, after_applying=True)
        reply = await http("POST", "/calendars/primary/events", json=EVENT | {"summary": "once"})
        assert reply.status == 503
        assert [e["summary"] for e in emu.live_events()] == ["once"]
        assert [r.status for r in emu.calls("calendar.events.insert")] == [503]


async def test_a_dropped_connection_after_a_write_loses_only_the_answer():
    async with running() as (emu, http):
        emu.fail_next("POST", r"/events$", 0, drop=True, after_applying=True)
        with pytest.raises((aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)):
            await http("POST", "/calendars/primary/events", json=EVENT | {"summary": "lost"})
        assert emu.requests[-1].status == 0
        assert [e["summary"] for e in emu.live_events()] == ["lost"]


async def test_the_request_log_keeps_method_ids_bodies_and_statuses():
    async with running() as (emu, http):
        await http("POST", "/calendars/primary/events", json=EVENT)
        await http.events(singleEvents="true")
        inserted, listed = emu.requests
        assert (inserted.method_id, inserted.json, inserted.status) == (
            "calendar.events.insert",
            EVENT,
            200,
        )
        assert listed.query == {"singleEvents": "true"} and listed.header("authorization")
