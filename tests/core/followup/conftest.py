"""A virtual clock and a store that runs on it, for the digest, stats and queue aging."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from core.store import Store


class VirtualClock:
    """The time the code under test sees; tests move it, nothing sleeps."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "followup.db"


async def open_store(path: Path, clock: VirtualClock) -> Store:
    """Open (migrating) the store file with the virtual clock writing its timestamps."""
    return await Store.open(path, clock=clock)


@pytest.fixture
async def clocked_store(db_path: Path) -> AsyncIterator[tuple[Store, VirtualClock]]:
    clock = VirtualClock(datetime.fromisoformat("2027-01-04T06:00:00+00:00"))
    store = await open_store(db_path, clock)
    try:
        yield store, clock
    finally:
        await store.close()
