"""A Todoist emulator served over HTTP and our TodoistClient pointed at it."""

from __future__ import annotations

import aiohttp
import pytest

from core.todoist.client import TodoistClient
from sandbox.todoist_emulator import DEFAULT_TOKEN, TodoistEmulator
from tests.conftest import RecordingSleep
from tests.sandbox.todoist_fixtures import todoist

__all__ = ["client", "todoist"]


@pytest.fixture
def client(
    http_session: aiohttp.ClientSession, todoist: TodoistEmulator, sleeps: RecordingSleep
) -> TodoistClient:
    return TodoistClient(http_session, DEFAULT_TOKEN, todoist.base_url, sleep=sleeps, max_retries=3)
