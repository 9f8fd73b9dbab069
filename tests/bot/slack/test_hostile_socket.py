"""Socket Mode (the default mode) under odd envelopes, over the fake Slack's WebSocket.

The same odd shapes as HTTP mode: each envelope is acked (so Slack does not retry it), refused
with one short WARNING that never quotes the payload, and runs nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.slack.service import EXIT_OK, SlackService
from bot.slack.slack_http import MAX_BODY_BYTES
from sandbox.slack_emulator import OWNER_ID, FakeSlack
from sandbox.slack_emulator.signed_requests import message_im, new_event_id
from tests.bot.slack.test_hostile_requests import MARK, assert_quiet, odd_payloads
from tests.bot.slack.test_service import configure, run_until_done

ENVELOPE = {"event": "events_api", "form": "interactive"}


async def socket_and(
    path: Path, caplog: pytest.LogCaptureFixture, exercise: Callable[[], Awaitable[None]]
) -> list[logging.LogRecord]:
    """Run the service in Socket Mode; return the log records made while `exercise` ran."""
    configure(path, mode="socket")
    caplog.set_level(logging.INFO)
    seen: list[logging.LogRecord] = []

    async def exercise_service(service: SlackService) -> None:
        await asyncio.wait_for(service.core_ready.wait(), 10)
        first = len(caplog.records)
        try:
            await exercise()
            await service.background.drain()
        finally:
            seen.extend(caplog.records[first:])

    assert await run_until_done(path, exercise_service) == EXIT_OK
    return seen


async def deliver_all(
    fake_slack: FakeSlack, envelopes: list[tuple[str, Any]]
) -> list[dict[str, Any] | None]:
    return [await fake_slack.socket_deliver(kind, payload) for kind, payload in envelopes]


async def test_payloads_of_the_wrong_shape_are_acked_and_refused_cleanly(
    bot_config_path, fake_slack, caplog
):
    cases = odd_payloads(fake_slack)
    envelopes: list[tuple[str, Any]] = [(ENVELOPE[kind], payload) for _, payload, kind in cases]
    envelopes += [
        ("events_api", [{"type": "event_callback"}]),
        ("interactive", None),
        ("slash_commands", 42),
        ("interactive", MARK),
    ]
    acks: list[dict[str, Any] | None] = []

    async def exercise() -> None:
        acks.extend(await deliver_all(fake_slack, envelopes))

    records = await socket_and(bot_config_path, caplog, exercise)

    assert all(ack is not None and "payload" not in ack for ack in acks), acks
    assert_quiet(records, refusals=len(envelopes))
    assert all("Socket Mode" in r.getMessage() for r in records if r.levelno == logging.WARNING)
    assert fake_slack.calls("chat.update") == [] and fake_slack.calls("chat.postMessage") == []


async def test_an_event_slack_retries_over_the_socket_is_answered_once(
    bot_config_path, fake_slack, caplog
):
    dm = fake_slack.open_dm(OWNER_ID)
    event_id = new_event_id()
    direct_message = message_im(OWNER_ID, "help", channel=dm, event_id=event_id)
    acks: list[dict[str, Any] | None] = []

    async def exercise() -> None:
        acks.append(await fake_slack.socket_deliver("events_api", direct_message.body))
        for attempt in (1, 2, 3):  # Slack's retries after a slow ack: same event_id
            acks.append(
                await fake_slack.socket_deliver(
                    "events_api",
                    direct_message.body,
                    retry_attempt=attempt,
                    retry_reason="timeout",
                )
            )

    records = await socket_and(bot_config_path, caplog, exercise)

    assert all(ack is not None for ack in acks)
    ts = direct_message.body["event"]["ts"]
    answers = [c for c in fake_slack.calls("chat.postMessage") if c.get("thread_ts") == ts]
    assert len(answers) == 1
    redelivered = [r for r in records if "redelivered" in r.getMessage()]
    assert len(redelivered) == 3


async def test_an_envelope_over_the_size_limit_is_acked_and_runs_nothing(
    bot_config_path, fake_slack, caplog
):
    dm = fake_slack.open_dm(OWNER_ID)
    huge = message_im(OWNER_ID, MARK * (MAX_BODY_BYTES // len(MARK) + 1), channel=dm)
    acks: list[dict[str, Any] | None] = []

    async def exercise() -> None:
        acks.append(await fake_slack.socket_deliver("events_api", huge.body))

    records = await socket_and(bot_config_path, caplog, exercise)

    assert acks != [None]
    assert_quiet(records, refusals=1)
    assert any(f"over {MAX_BODY_BYTES} bytes" in r.getMessage() for r in records)
    assert fake_slack.calls("chat.postMessage") == []
