"""Shared rig of the Slack app tests (no tests here): the real app, sink and runtime, fake Slack.

`Bot` wires `create_app` with a `SlackSink` whose clock and sleep are fake (the pacer and the
gathering wait advance `FakeClock` instead of sleeping), on a real Runtime over the Graph
emulator. `send` dispatches a signed request and waits for every task it started; `triage`
delivers mail and runs a real triage pass up to the posted card; `payloads` returns every
message and view the fake received, for the Block Kit limit checks.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anthropic
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import ids
from bot.slack.app import create_app
from bot.slack.blocks import check_message, check_view
from bot.slack.blocks.edit_modal_builder import (
    ACTION_TYPE_ACTION,
    ACTION_TYPE_BLOCK,
    FOLDER_BLOCK,
    NOTE_ACTION,
    NOTE_BLOCK,
    PRIORITY_ACTION,
    PRIORITY_BLOCK,
)
from bot.slack.context import BackgroundTasks
from bot.slack.sink import SlackSink
from core.api import Assistant
from core.assistant.chat import build_chat_assistant
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from core.triage.views import SuggestionView
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.graph_emulator import GraphEmulator
from sandbox.slack_emulator import BOT_TOKEN, OWNER_ID, FakeSlack, SlackMessage
from sandbox.slack_emulator.signed_requests import (
    SIGNING_SECRET,
    block_actions,
    dispatch,
    static_select,
    text_input,
)

MESSAGE_METHODS = ("chat.postMessage", "chat.update", "chat.postEphemeral", "webhook")


class FakeClock:
    """Monotonic seconds that only move when something sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@dataclass
class Bot:
    """The app under test and everything around it."""

    app: AsyncApp
    runtime: Runtime  # for setting up a test; the app and the sink see only `assistant`
    slack: FakeSlack
    emulator: GraphEmulator
    sink: SlackSink
    background: BackgroundTasks
    clock: FakeClock
    assistant: Assistant

    @property
    def dm(self) -> str:
        """The owner's DM channel, where cards go without slack.channel."""
        return self.slack.open_dm(OWNER_ID)

    async def send(self, request: AsyncBoltRequest) -> BoltResponse:
        """Dispatch a signed request; return once its listeners and their work are done."""
        response = await dispatch(self.app, request)
        await self.background.drain()
        await self.sink.drain()
        return response

    async def triage(self, **message: Any) -> SuggestionView:
        """Deliver one email, run a triage pass, post its card; return its suggestion."""
        defaults = {"sender_name": "Dana Reyes", "sender_address": "dana@tradecore.example"}
        email = self.emulator.add_message(**(defaults | message))
        await self.refresh()
        views = [
            v for v in await self.runtime.triage.list_pending() if v.email_id == email.immutable_id
        ]
        assert len(views) == 1, "the email got no suggestion"
        return views[0]

    async def refresh(self) -> None:
        """Run a triage pass; its new suggestions are announced together once it is over."""
        async with self.sink.hold():
            await self.runtime.triage.refresh()
        await self.sink.drain()

    async def card_of(self, view: SuggestionView) -> SlackMessage:
        """Return the posted card of a suggestion."""
        posted = await self.runtime.store.posted_message(view.suggestion_id)
        assert posted is not None, "the suggestion has no card"
        return self.slack.message(posted.channel, posted.ts)

    def click(self, card: SlackMessage, action_id: str, user: str = OWNER_ID, **kw: Any):
        """Build a click on a button of a posted message."""
        value = kw.pop("value", None)
        if value is None:
            value = button_value(card.blocks, action_id)
        return block_actions(
            user,
            action_id,
            value,
            channel=card.channel,
            message_ts=card.ts,
            message=card.echo(),
            response_url=self.slack.response_url(
                channel=card.channel, message_ts=card.ts, user=user
            ),
            **kw,
        )

    def payloads(self) -> list[tuple[str, dict[str, Any]]]:
        """Return every message payload and view the fake received, with its method."""
        found = [(c.method, dict(c)) for c in self.slack.calls() if c.method in MESSAGE_METHODS]
        found += [(c.method, c["view"]) for c in self.slack.calls() if "view" in c]
        return found

    def limit_problems(self) -> list[str]:
        """Check every payload sent to Slack against Block Kit's limits."""
        problems = []
        for method, payload in self.payloads():
            if method.startswith("views."):
                problems += [f"{method}: {p}" for p in check_view(payload)]
            elif payload.get("blocks") or payload.get("text"):
                body: dict[str, Any] = {k: payload[k] for k in ("text", "blocks") if k in payload}
                problems += [f"{method}: {p}" for p in check_message(body)]
        return problems


def edit_state(folder: str, *, priority="P1 - Urgent Important", action="Review", note="") -> dict:
    """Return the state of a filled-in edit form, as a view_submission carries it."""
    return {
        FOLDER_BLOCK: {ids.FOLDER_OPTIONS: static_select(folder)},
        PRIORITY_BLOCK: {PRIORITY_ACTION: static_select(priority)},
        ACTION_TYPE_BLOCK: {ACTION_TYPE_ACTION: static_select(action)},
        NOTE_BLOCK: {NOTE_ACTION: text_input(note or None)},
    }


def button_value(blocks: list[dict[str, Any]], action_id: str) -> str | None:
    """Return the value of the button with `action_id` in a message's blocks."""
    for block in blocks:
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if isinstance(element, dict) and element.get("action_id") == action_id:
                return element.get("value")
    return None


def action_ids(blocks: list[dict[str, Any]]) -> list[str]:
    """Return the action ids of every element in a message's blocks."""
    return [
        str(element.get("action_id"))
        for block in blocks
        for element in [*block.get("elements", []), block.get("accessory") or {}]
        if isinstance(element, dict) and element.get("action_id")
    ]


def text_of(message: SlackMessage | dict[str, Any]) -> str:
    """Return all the text of a message (fallback and blocks) as one string."""
    if isinstance(message, SlackMessage):
        return message.text + json.dumps(message.blocks, ensure_ascii=False)
    return str(message.get("text", "")) + json.dumps(message.get("blocks", []), ensure_ascii=False)


async def open_runtime(config_path: Path) -> Runtime:
    """Build a real Runtime on a test config (another process's, when called twice)."""
    return await build_runtime(
        load_settings(config_path),
        Secrets(),
        config_path=config_path,
        token_provider=StaticTokenProvider("test-token"),
    )


@asynccontextmanager
async def started_bot(
    runtime: Runtime,
    emulator: GraphEmulator,
    fake_slack: FakeSlack,
    client: AsyncWebClient,
    *,
    sink_options: dict[str, Any] | None = None,
    **app_options: Any,
) -> AsyncIterator[Bot]:
    """Start the runtime, build the app with its sink on the fake Slack (clock and sleep fake)."""
    await runtime.first_start()
    clock = FakeClock()
    assistant = Assistant(runtime)
    sink = SlackSink(client, assistant, clock=clock, sleep=clock.sleep, **(sink_options or {}))
    assistant.attach_sink(sink)
    background = BackgroundTasks()
    app = create_app(
        assistant,
        bot_token=BOT_TOKEN,
        signing_secret=SIGNING_SECRET,
        web_client=client,
        sink=sink,
        background=background,
        **app_options,
    )
    try:
        yield Bot(app, runtime, fake_slack, emulator, sink, background, clock, assistant)
    finally:
        await sink.aclose()


@asynccontextmanager
async def started_chat_bot(
    runtime: Runtime,
    emulator: GraphEmulator,
    fake_slack: FakeSlack,
    client: AsyncWebClient,
    claude: AnthropicEmulator,
) -> AsyncIterator[Bot]:
    """`started_bot` with the DM assistant on Claude (the real SDK on the Anthropic emulator)."""
    sdk = anthropic.AsyncAnthropic(api_key="test-key", base_url=claude.base_url, max_retries=0)
    chat = build_chat_assistant(runtime, sdk)
    async with started_bot(runtime, emulator, fake_slack, client, chat=chat) as rig:
        yield rig
    await sdk.close()
