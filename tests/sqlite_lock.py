"""Another process holding the SQLite write lock: the "database is locked" fault, for real.

In WAL mode an EXCLUSIVE transaction blocks writers, not readers, so the store can still read
while each write waits out its busy timeout and fails. `fail_at_once` sets that timeout to zero
on the store's own connection (the timeout is a property of one connection), so a test sees the
failure without waiting the default five seconds.
"""

from __future__ import annotations

import sqlite3

from core.store import Store


class SqliteLock:
    """Another process's connection holding the database's write lock until released."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None

    def take(self) -> None:
        conn = sqlite3.connect(self._path, isolation_level=None, timeout=0)
        conn.execute("BEGIN EXCLUSIVE")
        self._conn = conn

    def release(self) -> None:
        if self._conn is not None:
            self._conn.execute("ROLLBACK")
            self._conn.close()
            self._conn = None


async def fail_at_once(store: Store) -> None:
    """Make the store's writes fail at once, not after its busy timeout, while locked."""
    async with store._using("shortening the busy timeout") as db:
        await db.execute("PRAGMA busy_timeout = 0")
