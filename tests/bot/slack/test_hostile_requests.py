"""HTTP mode under hostile or careless requests, over real HTTP into the running service.

A bad request costs one short WARNING line (never its body, never a header) and a 4xx answer;
no request gets a 500 or a traceback; signed but odd payloads are refused or acked cleanly.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import io
import json
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import pytest

from bot.slack import ids
from bot.slack.service import EXIT_OK, SlackService
from sandbox.slack_emulator import OWNER_ID, FakeSlack
from sandbox.slack_emulator.signed_requests import SIGNING_SECRET, block_actions, event_callback
from tests.bot.slack.test_service import configure, free_port, run_until_done

MARK = "PRIVATE-BODY-TEXT"
FORGED = "\n2026-12-04 12:00:00 INFO bot.slack.app: forged line approving everything\n"
MEGABYTE = 1024 * 1024

Post = Callable[..., Awaitable[tuple[int, str]]]


def signature_headers(body: bytes, *, secret: str = SIGNING_SECRET, at: float | None = None):
    stamp = str(int(time.time() if at is None else at))
    digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256)
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": "v0=" + digest.hexdigest()}


async def serve_and(
    path: Path, caplog: pytest.LogCaptureFixture, exercise: Callable[[Post], Awaitable[None]]
) -> list[logging.LogRecord]:
    """Run the service in HTTP mode; return the log records made while `exercise` ran."""
    port = free_port()
    configure(path, mode="http", port=port, host="127.0.0.1")
    caplog.set_level(logging.INFO)
    seen: list[logging.LogRecord] = []

    async def exercise_service(service: SlackService) -> None:
        url = f"http://127.0.0.1:{port}/slack/events"
        async with aiohttp.ClientSession() as http:

            async def post(body: bytes, headers: dict[str, str], content_type: str):
                sent = headers | {"Content-Type": content_type}
                async with http.post(url, data=io.BytesIO(body), headers=sent) as answer:
                    return answer.status, await answer.text()

            await asyncio.wait_for(service.core_ready.wait(), 10)
            first = len(caplog.records)
            try:
                await exercise(post)
                await service.background.drain()
            finally:
                seen.extend(caplog.records[first:])

    assert await run_until_done(path, exercise_service) == EXIT_OK
    return seen


def assert_quiet(records: list[logging.LogRecord], refusals: int) -> None:
    """One short WARNING per refusal, nothing above WARNING, no traceback, no body text."""
    warnings = [r for r in records if r.levelno == logging.WARNING]
    assert [r for r in records if r.levelno > logging.WARNING] == []
    assert [r for r in records if r.exc_info] == []
    assert len(warnings) == refusals
    for record in records:
        text = record.getMessage()
        assert MARK not in text and "forged" not in text and "\n" not in text
        assert len(text) < 200


async def test_unsigned_posts_cost_one_short_warning_each_and_never_their_body(
    bot_config_path, fake_slack, caplog
):
    big = (MARK + FORGED).encode() * (MEGABYTE // len(MARK + FORGED))
    answers: list[tuple[int, str]] = []
    slack_calls: list[int] = []

    async def exercise(post: Post) -> None:
        slack_calls.append(len(fake_slack.requests))
        now = str(int(time.time()))
        forged_signature = {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": "v0=" + "0" * 64}
        for _ in range(5):
            answers.append(await post(big, forged_signature, "application/json"))
        answers.append(await post(big, {}, "application/x-www-form-urlencoded"))
        wrong_secret = signature_headers(big, secret="not-the-secret")
        answers.append(await post(big, wrong_secret, "application/json"))
        stale = signature_headers(big, at=time.time() - 600)
        answers.append(await post(big, stale, "application/json"))
        junk = {"X-Slack-Request-Timestamp": "²1 forged", "X-Slack-Signature": MARK}
        answers.append(await post(b"{}", junk, "application/json"))
        too_big = big * 2
        answers.append(await post(too_big, signature_headers(too_big), "application/json"))
        slack_calls.append(len(fake_slack.requests))

    records = await serve_and(bot_config_path, caplog, exercise)

    assert [status for status, _ in answers] == [401] * 9 + [413]
    assert all(MARK not in text for _, text in answers)
    assert_quiet(records, refusals=10)
    assert sum(len(r.getMessage()) for r in records) < 2000  # against 31 MB before
    assert slack_calls[0] == slack_calls[1]  # not even bolt's auth.test: bolt never saw them


MALFORMED = [
    ("not JSON", b'{"type": "event_callback", ' + MARK.encode(), "application/json"),
    ("a list", b'[{"type": "event_callback"}]', "application/json"),
    ("null", b"null", "application/json"),
    ("trailing data", b'{"type": "event_callback"} {"type": "x"}', "application/json"),
    ("a number", b"42", "application/json"),
    ("not UTF-8", b'{"type": "\xff\xfe"}', "application/json"),
    ("a form payload that is a list", urlencode({"payload": "[1, 2]"}).encode(), "form"),
    ("a form payload that is not JSON", urlencode({"payload": "{" + MARK}).encode(), "form"),
]
FORM = "application/x-www-form-urlencoded"


async def test_signed_but_malformed_bodies_get_400_never_500(bot_config_path, fake_slack, caplog):
    answers: list[tuple[int, str]] = []

    async def exercise(post: Post) -> None:
        for _, body, kind in MALFORMED:
            content_type = FORM if kind == "form" else kind
            answers.append(await post(body, signature_headers(body), content_type))

    records = await serve_and(bot_config_path, caplog, exercise)

    assert [status for status, _ in answers] == [400] * len(MALFORMED)
    assert all(MARK not in text and json.loads(text)["error"] for _, text in answers)
    assert_quiet(records, refusals=len(MALFORMED))


def odd_payloads(fake_slack: FakeSlack) -> list[tuple[str, dict, str]]:
    """Payloads of the wrong shape, each with how Slack sends it: "event" (JSON) or "form"."""
    channel = fake_slack.open_dm(OWNER_ID)
    event = event_callback({"type": "message", "channel_type": "im", "text": MARK})
    click = block_actions(
        OWNER_ID, ids.APPROVE, "1", channel=channel, message_ts="1732000000.000100"
    ).body
    return [
        ("an event that is a string", event | {"event": MARK}, "event"),
        ("an event without a type", event | {"event": {"text": MARK}}, "event"),
        ("actions that are not a list", click | {"actions": MARK}, "form"),
        ("an action that is a string", click | {"actions": [MARK]}, "form"),
        ("a user that is a list", click | {"user": [MARK]}, "form"),
        ("a view state that is text", click | {"view": {"state": MARK}}, "form"),
    ]


def encoded(payload: dict, kind: str) -> tuple[bytes, str]:
    """Return a payload as HTTP mode receives it: the body and its content type."""
    if kind == "form":
        return urlencode({"payload": json.dumps(payload)}).encode(), FORM
    return json.dumps(payload).encode(), "application/json"


async def test_signed_payloads_of_the_wrong_shape_are_refused_cleanly(
    bot_config_path, fake_slack, caplog
):
    cases = odd_payloads(fake_slack)
    answers: list[tuple[int, str]] = []

    async def exercise(post: Post) -> None:
        for _, payload, kind in cases:
            body, content_type = encoded(payload, kind)
            answers.append(await post(body, signature_headers(body), content_type))

    records = await serve_and(bot_config_path, caplog, exercise)

    assert [status for status, _ in answers] == [400] * len(cases)
    assert_quiet(records, refusals=len(cases))
    assert fake_slack.calls("chat.update") == [] and fake_slack.calls("chat.postMessage") == []


async def test_odd_values_in_well_formed_clicks_are_acked_and_change_nothing(
    bot_config_path, fake_slack, caplog
):
    channel = fake_slack.open_dm(OWNER_ID)
    clicks = [
        block_actions(OWNER_ID, action, value, channel=channel, message_ts="1732000000.000100")
        for action, value in (
            (ids.APPROVE, "²"),
            (ids.DISMISS, "1²"),
            (ids.EDIT, "²"),
            (ids.RETRY, "-1"),
            (ids.SHOW_REST, "²,³"),
            (ids.APPROVE_ALL_CONFIDENT, "1e3"),
        )
    ]
    answers: list[tuple[int, str]] = []

    async def exercise(post: Post) -> None:
        for click in clicks:
            body = click.raw_body.encode()
            answers.append(await post(body, signature_headers(body), FORM))

    records = await serve_and(bot_config_path, caplog, exercise)

    assert [status for status, _ in answers] == [200] * len(clicks)
    assert [r for r in records if r.levelno >= logging.ERROR or r.exc_info] == []
    assert fake_slack.calls("chat.update") == [] and fake_slack.calls("chat.postMessage") == []
