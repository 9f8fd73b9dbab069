"""A Todoist emulator served over HTTP and our TodoistClient pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from core.todoist.client import TodoistClient
from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator
from tests.conftest import RecordingSleep


@pytest.fixture
async def todoist() -> AsyncIterator[TodoistEmulator]:
    emulator = TodoistEmulator()
    async with emulator.serve():
        yield emulator


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as client_session:
        yield client_session


@pytest.fixture
def client(
    session: aiohttp.ClientSession, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> TodoistClient:
    return TodoistClient(session, DEFAULT_TOKEN, todoist.base_url, sleep=sleeps, max_retries=3)
