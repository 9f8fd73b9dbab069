"""Shared fixtures: the Graph emulator served over real HTTP and a GraphClient pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider, TokenProvider
from core.runtime import Runtime, build_runtime
from core.store import Store
from sandbox.entra_emulator import FakeEntra
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator

# Every skip fails the run (tests/no_skips.py); every body sent to any GraphEmulator is checked
# against Graph's schema (tests/checked_graph_bodies.py); the fault suite's table is printed once,
# merged from every xdist worker (tests/faults/scoreboard.py).
pytest_plugins = ["tests.no_skips", "tests.checked_graph_bodies", "tests.faults.scoreboard"]


class RecordingSleep:
    """Stands in for asyncio.sleep in clients: records each requested wait, returns at once."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
async def gcal() -> AsyncIterator[GoogleCalendarEmulator]:
    """The Google Calendar emulator over HTTP, bodies checked against the discovery document."""
    from tests.google_discovery import body_rules

    emulator = GoogleCalendarEmulator(discovery=body_rules())
    async with emulator.serve():
        yield emulator


@pytest.fixture
async def emulator() -> AsyncIterator[GraphEmulator]:
    """A fresh emulator served over HTTP (its bodies are checked: tests/checked_graph_bodies.py)."""
    emu = GraphEmulator()
    async with emu.serve():
        yield emu


@pytest.fixture
async def entra() -> AsyncIterator[FakeEntra]:
    """The fake Microsoft identity platform over HTTPS, for real MSAL."""
    fake = FakeEntra()
    async with fake.serve():
        yield fake


@pytest.fixture
async def store() -> AsyncIterator[Store]:
    """A migrated in-memory store."""
    db = await Store.open(":memory:")
    try:
        yield db
    finally:
        await db.close()


OWNER_CONFIG = """\
# The owner's taxonomy (this comment must survive)
graph:
  base_url: "{base_url}"
storage:
  path: "{db}"
projects:
  - name: Tradecore Steel Implementation
    folder: Projects/Tradecore Steel
areas:
  - name: Finance
    folder: Areas/Finance
"""


@pytest.fixture
async def owner_runtime(tmp_path: Path, emulator: GraphEmulator) -> AsyncIterator[Runtime]:
    """A started runtime on a real config.yaml (one project, one area) over the emulator."""
    path = tmp_path / "config.yaml"
    path.write_text(OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "owner.db"))
    runtime = await build_runtime(
        load_settings(path), Secrets(), config_path=path, token_provider=StaticTokenProvider("t")
    )
    await runtime.first_start()
    yield runtime
    await runtime.aclose()


@pytest.fixture
async def http_session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def graph(emulator: GraphEmulator, http_session: aiohttp.ClientSession, sleeps: RecordingSleep):
    """The real GraphClient talking HTTP to the emulator; waits are recorded, not slept."""
    from core.microsoft.graph import GraphClient

    return GraphClient(
        http_session,
        StaticTokenProvider("test-token"),
        base_url=emulator.base_url,
        sleep=sleeps,
    )


@asynccontextmanager
async def open_runtime(
    config_path: Path,
    token_provider: TokenProvider | None = None,
    *,
    secrets: Secrets | None = None,
    **options: Any,
) -> AsyncIterator[Runtime]:
    """Build a runtime (not started) on a config.yaml with a fixed token; close it after.

    `options` go to `build_runtime` (graph_sleep, ...)."""
    runtime = await build_runtime(
        load_settings(config_path),
        secrets or Secrets(),
        config_path=config_path,
        token_provider=token_provider or StaticTokenProvider("t"),
        **options,
    )
    try:
        yield runtime
    finally:
        await runtime.aclose()
