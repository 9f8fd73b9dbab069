"""Fixtures for the emulator's own tests: a served emulator and an HTTP helper.

Their bodies are checked against Graph's schema like every test's; the few tests that send
invalid bodies on purpose are marked `invalid_graph_bodies` (tests/checked_graph_bodies.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.sandbox.helpers import Http

# The labelled sets' shared checks are plain asserts: rewrite them so a failure shows the values.
pytest.register_assert_rewrite("tests.sandbox.labelled_set_checks")


@pytest.fixture
async def emu() -> AsyncIterator[GraphEmulator]:
    emulator = GraphEmulator()
    async with emulator.serve():
        yield emulator


@pytest.fixture
async def http(emu: GraphEmulator) -> AsyncIterator[Http]:
    async with aiohttp.ClientSession() as session:
        yield Http(session, emu)
