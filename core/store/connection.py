"""The store's single aiosqlite connection: opening, pragmas, migrations, locking, transactions.

One connection per store; an asyncio lock serialises its use so one coroutine's transaction never
interleaves with another's statements. Writes run in ``BEGIN IMMEDIATE`` transactions, so a busy
database fails at the start rather than half-way. Every sqlite3 error leaves as a `StoreError`
naming the operation and the database, e.g. "database is locked while saving emails: /data/a.db".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import aiosqlite

from core.errors import DatabaseUnavailable, StoreError
from core.files import FileLock
from core.store.migrations import migrate
from core.store.records import Row, db_text

log = logging.getLogger(__name__)
# aiosqlite logs every statement with its parameters at DEBUG; those include agent_state values
# and email text, which must never reach the logs.
logging.getLogger("aiosqlite").setLevel(logging.INFO)

MEMORY = ":memory:"


def _prepare_file(path: Path | str) -> Path:
    file = Path(path).expanduser()
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(file, os.O_RDWR | os.O_CREAT, 0o600))
    os.chmod(file, 0o600)
    return file


def claim_database(path: Path | str) -> FileLock | None:
    """Take the lock that lets one long-running process at a time use the database at `path`.

    Two `run` processes on one database would both poll, post every card twice and race each
    other's approvals. The lock (`<database>.lock`, an flock the kernel drops when the holder
    dies) is held until `release`; an in-memory database needs none. Raises StoreError naming
    the database when another process holds it.
    """
    if str(path) == MEMORY:
        return None
    file = Path(path).expanduser()
    lock = FileLock(file.with_name(file.name + ".lock"))
    try:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock.acquire()
    except TimeoutError as err:
        raise DatabaseUnavailable(
            f"another assistant is already running on the database {file}; stop it first, or "
            "give this one its own storage.path in config.yaml"
        ) from err
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise DatabaseUnavailable(
            f"cannot create the lock file {lock.path} ({reason}); check that its folder "
            "(storage.path in config.yaml) is writable"
        ) from err
    return lock


def _restrict_sidecars(file: Path) -> None:
    # SQLite copies the database's mode onto -wal/-shm; this also tightens ones left by an
    # older, laxer run.
    for suffix in ("-wal", "-shm"):
        sidecar = file.with_name(file.name + suffix)
        if sidecar.exists():
            os.chmod(sidecar, 0o600)


class Database:
    """Owns the connection; `Store` adds the intention-named queries on top."""

    def __init__(self, db: aiosqlite.Connection, path: str, clock: Callable[[], datetime]) -> None:
        self._db: aiosqlite.Connection | None = db
        self._path = path
        self._clock = clock
        self._lock = asyncio.Lock()
        self.reads = 0  # queries that read rows: benchmarks and tests hold a click to a handful

    @classmethod
    async def open(
        cls,
        path: Path | str,
        *,
        busy_timeout_ms: int = 5000,
        clock: Callable[[], datetime] | None = None,
    ) -> Self:
        """Open (creating it mode 0600) and migrate the database at `path`, or ":memory:"."""
        file: Path | None = None
        if str(path) != MEMORY:
            try:
                file = await asyncio.to_thread(_prepare_file, path)
            except OSError as err:
                raise DatabaseUnavailable(
                    f"cannot create the database file {path} ({err.strerror or type(err).__name__})"
                    "; check that storage.path in config.yaml names a writable place"
                ) from err
        where = MEMORY if file is None else str(file)
        try:
            # `timeout` is SQLite's busy timeout: how long a statement waits for another writer.
            db = await aiosqlite.connect(
                where, isolation_level=None, timeout=busy_timeout_ms / 1000
            )
        except sqlite3.Error as err:
            raise StoreError(f"{err} while opening the store: {where}") from err
        # Every query reads its columns by name (`core.store.records`), never by position.
        db.row_factory = sqlite3.Row
        store = cls(db, where, clock or (lambda: datetime.now(UTC)))
        try:
            async with store._using("opening the store") as conn:
                if file is not None:
                    async with conn.execute("PRAGMA journal_mode=WAL") as cur:
                        mode = await cur.fetchone()
                    if mode is None or str(mode[0]).lower() != "wal":
                        log.warning("SQLite refused WAL mode for %s; journal mode %s", where, mode)
                await conn.execute("PRAGMA foreign_keys=ON")
                await conn.execute("PRAGMA synchronous=NORMAL")
            async with store._using("migrating the schema") as conn:
                applied = await migrate(conn, now=store._clock)
            if applied:
                log.info("Applied migrations %s to %s", ", ".join(applied), where)
            if file is not None:
                await asyncio.to_thread(_restrict_sidecars, file)
        except BaseException:
            await store.close()
            raise
        return store

    @property
    def path(self) -> str:
        """Return the database location (a file path or ":memory:")."""
        return self._path

    async def close(self) -> None:
        """Close the connection; later calls raise StoreError. Safe to call twice."""
        async with self._lock:
            db, self._db = self._db, None
            if db is not None:
                try:
                    await db.close()
                except sqlite3.Error as err:
                    raise StoreError(f"{err} while closing the store: {self._path}") from err

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def _now(self) -> str:
        return db_text(self._clock())

    @asynccontextmanager
    async def _using(self, operation: str) -> AsyncIterator[aiosqlite.Connection]:
        async with self._lock:
            if self._db is None:
                raise StoreError(f"the store is closed while {operation}: {self._path}")
            try:
                yield self._db
            except sqlite3.Error as err:
                raise StoreError(f"{err} while {operation}: {self._path}") from err

    @asynccontextmanager
    async def _transaction(self, operation: str) -> AsyncIterator[aiosqlite.Connection]:
        async with self._using(operation) as db:
            await db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                await db.execute("COMMIT")
            except BaseException:
                # Surface the operation's own error even if the rollback fails too.
                with contextlib.suppress(sqlite3.Error, ValueError):
                    await db.execute("ROLLBACK")
                raise

    async def _fetchall(self, operation: str, sql: str, params: Any = ()) -> list[Row]:
        self.reads += 1
        async with self._using(operation) as db:
            return list(await db.execute_fetchall(sql, params))

    async def _fetchone(self, operation: str, sql: str, params: Any = ()) -> Row | None:
        rows = await self._fetchall(operation, sql, params)
        return rows[0] if rows else None
