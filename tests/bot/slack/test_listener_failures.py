"""A listener that fails still acks, and the owner sees a short, honest error; nothing reruns.

Bolt answers a listener that raises before its ack with a 500 (HTTP) or no ack at all (Socket
Mode): Slack then shows the owner an error icon and retries events three times. The app's error
handler turns every such failure, and every request no listener handles, into a 200 ack and
one private line for the owner (`messages.ERROR`). A listener of each kind is registered on the
real app and fails inside, before it acks.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from slack_bolt.async_app import AsyncApp

from bot import messages
from core.vocabulary import STATE_LAST_SYNC_AT
from sandbox.slack_emulator import OWNER_ID
from sandbox.slack_emulator.signed_requests import (
    block_actions,
    block_suggestion,
    event_callback,
    new_event_id,
    signed,
    slash_command,
    view_submission,
)
from tests.bot.slack.test_app_support import Bot, started_bot

SECRET_DETAIL = "PRIVATE-DETAIL-OF-THE-FAILURE"
CHANNEL = "C0GENERAL01"


@pytest.fixture
async def bot(runtime, emulator, fake_slack, slack_web_client) -> AsyncIterator[Bot]:
    async with started_bot(runtime, emulator, fake_slack, slack_web_client) as rig:
        yield rig


class Failing:
    """A listener that raises before it acks, counting its runs."""

    def __init__(self) -> None:
        self.runs = 0

    async def __call__(self, body: dict[str, Any]) -> None:
        self.runs += 1
        raise RuntimeError(SECRET_DETAIL)


def mention(event_id: str, retry_num: int | None = None):
    event = {"type": "app_mention", "user": OWNER_ID, "channel": CHANNEL, "text": "<@U1> hi"}
    headers = {} if retry_num is None else {"x-slack-retry-num": str(retry_num)}
    body = json.dumps(event_callback(event | {"ts": "1.000100"}, event_id=event_id))
    return signed(body, "application/json", headers=headers)


def register(app: AsyncApp, kind: str, listener: Failing) -> None:
    {
        "action": lambda: app.action("broken_action")(listener),
        "command": lambda: app.command("/broken")(listener),
        "view": lambda: app.view("broken_view")(listener),
        "options": lambda: app.options("broken_options")(listener),
        "event": lambda: app.event("app_mention")(listener),
    }[kind]()


def request_for(bot: Bot, kind: str):
    response_url = bot.slack.response_url(channel=bot.dm, user=OWNER_ID)
    builders: dict[str, Callable[[], Any]] = {
        "action": lambda: block_actions(
            OWNER_ID,
            "broken_action",
            "1",
            channel=bot.dm,
            message_ts="1.000100",
            response_url=response_url,
        ),
        "command": lambda: slash_command(
            OWNER_ID, "go", channel_id=bot.dm, response_url=response_url, command="/broken"
        ),
        "view": lambda: view_submission(OWNER_ID, "broken_view", {}),
        "options": lambda: block_suggestion(OWNER_ID, "broken_options", "Fin"),
        "event": lambda: mention(new_event_id()),
    }
    return builders[kind]()


def told(bot: Bot) -> list[str]:
    """Every private line the owner was shown: ephemerals and DMs from the bot."""
    lines = [e.text for e in bot.slack.ephemerals]
    return lines + [c["text"] for c in bot.slack.calls("chat.postMessage")]


@pytest.mark.parametrize("kind", ["action", "command", "view", "options", "event"])
async def test_a_listener_failing_before_its_ack_still_acks_and_says_so(bot, kind, caplog):
    failing = Failing()
    register(bot.app, kind, failing)

    with caplog.at_level(logging.INFO):
        response = await bot.send(request_for(bot, kind))

    assert response.status == 200 and failing.runs == 1
    answer = json.loads(response.body) if response.body else {}
    if kind == "command":
        assert answer["response_type"] == "ephemeral"
        assert answer["text"] == messages.ERROR
    else:
        assert told(bot) == [messages.ERROR]
        assert answer == ({"options": []} if kind == "options" else {})
    shown = json.dumps(answer) + json.dumps(told(bot))
    assert SECRET_DETAIL not in shown  # the details stay in the log
    [failure] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "A Slack listener failed" in failure.getMessage()


async def test_a_retried_event_runs_nothing_twice_even_after_a_failure(bot):
    failing = Failing()
    register(bot.app, "event", failing)
    event_id = new_event_id()

    first = await bot.send(mention(event_id))
    retried = [await bot.send(mention(event_id, retry_num=n)) for n in (1, 2, 3)]

    assert [r.status for r in [first, *retried]] == [200] * 4
    assert failing.runs == 1 and told(bot) == [messages.ERROR]


@pytest.mark.parametrize(
    ("kind", "request_of"),
    [
        ("an event we do not subscribe to", lambda bot: mention(new_event_id())),
        ("a form we never opened", lambda bot: view_submission(OWNER_ID, "never_opened", {})),
        ("options for an unknown select", lambda bot: block_suggestion(OWNER_ID, "nope", "x")),
    ],
)
async def test_a_request_no_listener_handles_is_acked_with_one_short_warning(
    bot, kind, request_of, caplog
):
    with caplog.at_level(logging.INFO):
        response = await bot.send(request_of(bot))

    assert response.status == 200, kind
    assert json.loads(response.body or "{}") in ({}, {"options": []})
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and warnings[0].startswith("Acked a Slack request no listener")
    assert "\n" not in warnings[0] and len(warnings[0]) < 120
    assert told(bot) == []


async def test_work_failing_after_the_ack_tells_the_owner(bot, caplog):
    # A state row no code of ours writes: `/assistant status` cannot read it as a time.
    await bot.runtime.store.set_state(STATE_LAST_SYNC_AT, "not a time")
    response_url = bot.slack.response_url(channel=bot.dm, user=OWNER_ID)

    with caplog.at_level(logging.INFO):
        response = await bot.send(
            slash_command(OWNER_ID, "status", channel_id=bot.dm, response_url=response_url)
        )

    assert response.status == 200 and response.body == ""
    assert told(bot) == [messages.ERROR]
    [failure] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "/assistant status" in failure.getMessage() and failure.exc_info
