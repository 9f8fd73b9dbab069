"""Slack fixtures: the fake workspace over HTTP, a client on it, a runtime, its Assistant, the app.

The shared fixtures of tests/conftest.py (emulator, store, graph, sleeps, ...) stay as they are.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from slack_bolt.app.async_app import AsyncApp
from slack_sdk.http_retry import builtin_async_handlers
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

import bot.slack.app as bot_app_module
from core.api import Assistant
from core.runtime import Runtime
from sandbox.anthropic_emulator import AnthropicEmulator
from sandbox.slack_emulator import OWNER_ID, FakeSlack
from sandbox.slack_emulator.signed_requests import SIGNING_SECRET
from tests.bot.slack.test_app_support import open_runtime
from tests.conftest import RecordingSleep

BOT_CONFIG = """\
graph:
  base_url: "{graph}"
storage:
  path: "{db}"
slack:
  mode: http
  owner_user_ids: ["{owner}"]
  api_base_url: "{slack}"
projects:
  - name: Tradecore Steel Implementation
    folder: Projects/Tradecore Steel
    keywords: [Tradecore, cutover]
areas:
  - name: Finance
    folder: Areas/Finance
  - name: Sales & Prospects
    folder: Areas/Sales
"""


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    """The fake Slack workspace, served; its Web API base URL is `fake_slack.base_url`."""
    fake = FakeSlack()
    async with fake.serve():
        yield fake


@pytest.fixture
def signing_secret() -> str:
    """The signing secret the request builders sign with."""
    return SIGNING_SECRET


@pytest.fixture
def slack_web_client(fake_slack: FakeSlack) -> AsyncWebClient:
    """The real AsyncWebClient on the fake, with the retry handlers the service uses."""
    return AsyncWebClient(
        token=fake_slack.bot_token,
        base_url=fake_slack.base_url,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=2),
            AsyncConnectionErrorRetryHandler(),
            AsyncServerErrorRetryHandler(),
        ],
    )


@pytest.fixture
def slack_retry_sleeps(monkeypatch: pytest.MonkeyPatch) -> RecordingSleep:
    """Record the waits slack_sdk's retry handlers ask for (Retry-After + jitter), not sleep."""
    sleeps = RecordingSleep()
    monkeypatch.setattr(builtin_async_handlers, "asyncio", SimpleNamespace(sleep=sleeps))
    return sleeps


@pytest.fixture
def bot_config_path(tmp_path: Path, emulator: Any, fake_slack: FakeSlack) -> Path:
    """A config.yaml on the Graph emulator and the fake Slack, owned by OWNER_ID."""
    path = tmp_path / "config.yaml"
    path.write_text(
        BOT_CONFIG.format(
            graph=emulator.base_url,
            db=tmp_path / "bot.db",
            owner=OWNER_ID,
            slack=fake_slack.base_url,
        )
    )
    return path


@pytest.fixture
async def runtime(bot_config_path: Path) -> AsyncIterator[Runtime]:
    """A real Runtime over the emulator (not started: call first_start() if a test needs it)."""
    built = await open_runtime(bot_config_path)
    yield built
    await built.aclose()


@pytest.fixture
def assistant(runtime: Runtime) -> Assistant:
    """The facade the app is built on, over `runtime` (which tests still use to set things up)."""
    return Assistant(runtime)


@pytest.fixture
def create_app() -> Callable[..., AsyncApp]:
    """bot.slack.app.create_app, the real app factory."""
    return bot_app_module.create_app


@pytest.fixture
def bot_app(
    create_app: Callable[..., AsyncApp],
    assistant: Assistant,
    fake_slack: FakeSlack,
    slack_web_client: AsyncWebClient,
) -> AsyncApp:
    """The real app from bot.slack.app.create_app, talking to the fake Slack and the emulator."""
    return create_app(
        assistant,
        bot_token=fake_slack.bot_token,
        signing_secret=SIGNING_SECRET,
        web_client=slack_web_client,
    )


@pytest.fixture
async def claude() -> AsyncIterator[AnthropicEmulator]:
    """The Claude emulator, accepting the API key "test-key"."""
    emu = AnthropicEmulator(api_keys={"test-key"})
    async with emu.serve():
        yield emu
