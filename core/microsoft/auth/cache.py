"""Where MSAL's serialized token cache lives: a 0600 file, or memory for tests."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Protocol

from core.errors import AuthError
from core.files import replace_atomically

logger = logging.getLogger("core.microsoft.auth")


class TokenCacheBackend(Protocol):
    """Stores MSAL's serialized token cache (it holds refresh tokens: keep it private)."""

    def load(self) -> str | None:
        """Return the saved cache text, or None when nothing is saved yet."""
        ...

    def save(self, text: str) -> None:
        """Persist the cache text, replacing what was saved before."""
        ...


class MemoryTokenCache:
    """Keeps the cache in memory only (tests, throwaway runs); counts saves."""

    def __init__(self, text: str | None = None) -> None:
        self._text = text
        self.saves = 0

    def __repr__(self) -> str:
        return f"MemoryTokenCache(saves={self.saves})"

    def load(self) -> str | None:
        """Return the text saved last."""
        return self._text

    def save(self, text: str) -> None:
        """Keep the text."""
        self._text = text
        self.saves += 1


class FileTokenCache:
    """Keeps the cache in one file, mode 0600 from creation, replaced atomically on each save."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"FileTokenCache(path={str(self.path)!r})"

    def load(self) -> str | None:
        """Return the file's text, tightening its mode to 0600 if others could read it."""
        try:
            text = self.path.read_text(encoding="utf-8")
            mode = self.path.stat().st_mode
            if mode & 0o077:
                logger.warning(
                    "Token cache %s was readable by other users (mode %o); restricting it to 0600",
                    self.path,
                    mode & 0o777,
                )
                os.chmod(self.path, 0o600)
            return text
        except FileNotFoundError:
            return None
        except OSError as err:
            raise AuthError(
                f"Cannot read the token cache {self.path}: {err.strerror}; check the file's "
                "permissions and auth.token_cache_path"
            ) from err

    def save(self, text: str) -> None:
        """Replace the cache file atomically; it is 0600 from the moment it exists."""
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            replace_atomically(self.path, text.encode("utf-8"), mode=0o600)
        except OSError as err:
            raise AuthError(
                f"Cannot write the token cache {self.path}: {err.strerror}; make its directory "
                "writable or point auth.token_cache_path somewhere writable"
            ) from err
