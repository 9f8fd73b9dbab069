"""Fixtures shared by the Todoist emulator's tests and the client's: the served emulator and a
client session. Import them by name into a test module or a conftest."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from sandbox.todoist_emulator import TodoistEmulator


@pytest.fixture
async def todoist() -> AsyncIterator[TodoistEmulator]:
    emulator = TodoistEmulator()
    async with emulator.serve():
        yield emulator


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as client_session:
        yield client_session
