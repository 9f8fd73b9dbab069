"""A Todoist emulator served over HTTP and our TodoistClient pointed at it."""

from __future__ import annotations

import aiohttp
import pytest

from core.todoist.client import TodoistClient
from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator
from tests.conftest import RecordingSleep
from tests.sandbox.todoist_fixtures import session, todoist

__all__ = ["client", "session", "todoist"]


@pytest.fixture
def client(
    session: aiohttp.ClientSession, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> TodoistClient:
    return TodoistClient(session, DEFAULT_TOKEN, todoist.base_url, sleep=sleeps, max_retries=3)
