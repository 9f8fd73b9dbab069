"""Atomic file replacement and advisory file locks (token cache, config writer, service guard)."""

from __future__ import annotations

import fcntl
import os
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Self


def replace_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace `path` with `data`: synced temp file in the same directory, then one rename.

    The temp file is created 0600 with O_EXCL (mkstemp), so a secret is never readable by others,
    not even briefly; it gets `mode` only just before the rename. Readers see the old file or the
    new one, never a mix, and a crash leaves the old file intact.
    """
    directory = path.parent
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode != 0o600:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    # Make the rename itself durable where the platform lets us open a directory.
    with suppress(OSError):
        directory_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(directory_fd)
        finally:
            os.close(directory_fd)


class FileLock:
    """An exclusive advisory lock (fcntl.flock) on a small file beside what it guards.

    A flock belongs to one open file description, so two `FileLock`s in one process exclude
    each other just as two processes do, and the kernel drops it when its holder exits: a crash
    never leaves a stale lock. The lock file itself stays; removing it would let a late opener
    lock an orphaned inode while a newcomer locks a fresh one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(
        self,
        *,
        wait: float = 0.0,
        poll: float = 0.05,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Take the lock, waiting up to `wait` seconds for its holder.

        Raises TimeoutError when someone else still holds it, OSError when the lock file
        cannot be created.
        """
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = clock() + wait
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if clock() >= deadline:
                        raise TimeoutError(f"{self.path} is held by another process") from None
                    sleep(poll)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        """Let the next holder in (closing the file drops the lock)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
