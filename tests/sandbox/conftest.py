"""Fixtures for the emulator's own tests: a served emulator and an HTTP helper.

These tests send deliberately invalid bodies, so they use their own `emu` fixture rather than the
shared `emulator` one, whose teardown fails on any schema problem.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import Http


@pytest.fixture
async def emu() -> AsyncIterator[GraphEmulator]:
    emulator = GraphEmulator()
    async with emulator.serve():
        yield emulator


@pytest.fixture
async def http(emu: GraphEmulator) -> AsyncIterator[Http]:
    async with aiohttp.ClientSession() as session:
        yield Http(session, emu)
