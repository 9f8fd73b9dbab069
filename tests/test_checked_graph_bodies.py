"""tests/checked_graph_bodies.py: a body Graph's schema rejects fails the test that sent it, whoever
built the emulator, even after `clear_requests()`; only a test marked `invalid_graph_bodies` may."""

from __future__ import annotations

from pathlib import Path

from tests.test_no_skips import run

PROBES = '''\
import asyncio

import aiohttp
import pytest

from sandbox.graph_emulator import GraphEmulator

def send(body, *, clear=False):
    """Build an emulator the way fault helpers and benchmarks do, PATCH a message, maybe forget."""
    async def go():
        emu = GraphEmulator()
        message = emu.add_message(subject="s", sender_name="A", sender_address="a@x.y")
        async with emu.serve() as url, aiohttp.ClientSession() as session:
            async with session.patch(
                f"{url}/me/messages/{message.immutable_id}",
                json=body,
                headers={"Authorization": "Bearer t"},
            ) as resp:
                await resp.read()
        if clear:
            emu.clear_requests()
    asyncio.run(go())

def test_own_emulator_wrong_property():
    send({"categoriez": ["A"]})

def test_own_emulator_wrong_type_then_cleared():
    send({"isRead": "yes"}, clear=True)

def test_valid_body():
    send({"isRead": True, "categories": ["A"]})

@pytest.mark.invalid_graph_bodies("the emulator's refusal is what this test checks")
def test_marked():
    send({"categoriez": ["A"]})
'''


def test_a_body_the_schema_rejects_fails_its_test_wherever_the_emulator_came_from(tmp_path: Path):
    result = run(tmp_path, {"test_probe.py": PROBES}, plugins=("tests.checked_graph_bodies",))

    summary = result.stdout.strip().splitlines()[-1]
    # A teardown error is counted apart from the test's own pass.
    assert summary.startswith("4 passed, 2 errors"), result.stdout
    assert "ERROR at teardown of test_own_emulator_wrong_property" in result.stdout
    assert "message has no property 'categoriez'" in result.stdout
    assert "ERROR at teardown of test_own_emulator_wrong_type_then_cleared" in result.stdout
    assert "expected Edm.Boolean, got str 'yes'" in result.stdout
