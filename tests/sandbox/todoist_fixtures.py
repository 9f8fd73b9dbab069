"""The served Todoist emulator, a fixture shared by the emulator's tests and the client's (import
it by name into a test module or a conftest; tests/conftest.py has `http_session`)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from sandbox.todoist_emulator import TodoistEmulator


@pytest.fixture
async def todoist() -> AsyncIterator[TodoistEmulator]:
    emulator = TodoistEmulator()
    async with emulator.serve():
        yield emulator
