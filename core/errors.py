"""The one exception tree of `core`.

Every failure a caller can act on is one of these; library exceptions (aiohttp, MSAL, sqlite,
pydantic) are translated exactly once, in the module that saw them, with ``raise ... from err``.
Front ends (CLI, Slack) turn these into words for the owner; nothing below knows about them.

    AppError
    ├── ConfigError            config.yaml is missing, malformed or invalid (names key and line)
    ├── StoreError             the SQLite store failed (locked, full, corrupt)
    ├── AuthError              no usable Microsoft token; the owner must sign in
    ├── ForeignTaskList        a To Do call addressed a list that is not the assistant's own
    ├── ClassifierError        the classifier could not produce a suggestion
    └── GraphError             Microsoft Graph answered with an error (status, code, request_id)
        ├── GraphAuthError     401/403: token rejected or permission missing
        ├── GraphNotFound      404: the item, folder or list does not exist (any more)
        ├── GraphConflict      409, or 400 ErrorFolderExists: the thing already exists
        ├── GraphThrottled     429/503/504 still failing after the allowed retries, or asking
        │                      for a wait above the cap (retry_after: the full wait asked)
        ├── GraphUnavailable   connection errors or 5xx still failing after the allowed retries
        │   └── GraphWriteUncertain  a write got no verdict (504, timeout, dropped connection)
        │                            and may have been applied: look before writing it again
        └── DeltaTokenExpired  410 / syncStateNotFound: the delta token is gone; resync
"""

from __future__ import annotations

from typing import ClassVar


def os_reason(err: OSError) -> str:
    """Return an OS error's reason alone ("Permission denied"), without its repr or path."""
    return err.strerror or type(err).__name__


class AppError(Exception):
    """Raised for any failure `core` reports to a front end.

    `owner_worded` marks the kinds whose text is written for the owner (it says what is wrong
    and what to do, and carries no service's raw message): only those are shown as they are.
    """

    owner_worded: ClassVar[bool] = False


class ConfigError(AppError):
    """Raised when config.yaml cannot be read or does not validate."""

    owner_worded = True


class StoreError(AppError):
    """Raised when the SQLite store cannot complete an operation."""


class DatabaseUnavailable(StoreError):
    """Raised when the database cannot be claimed (another run holds it); the text says why."""

    owner_worded = True


class AuthError(AppError):
    """Raised when no Microsoft token can be obtained without the owner signing in."""

    owner_worded = True


class ForeignTaskList(AppError):
    """Raised when a task operation targets a list or project other than the assistant's own."""

    owner_worded = True


class InvalidInput(ValueError):
    """Raised when a value the owner gave (an edit, a choice) is refused; the text names it."""

    owner_worded: ClassVar[bool] = True


class TaskBackendError(AppError):
    """Raised by a task backend that is not Graph (Todoist) when its service refuses or fails.

    `retryable` says whether trying again later can help (429, 5xx, a lost answer); Graph's
    own errors stay `GraphError`s.
    """

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class ClassifierError(AppError):
    """Raised when the classifier cannot produce a suggestion."""


class GraphError(AppError):
    """Raised when Microsoft Graph answers a request with an error."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.request_id = request_id
        self.method = method
        self.path = path

    def __str__(self) -> str:
        where = f"{self.method} {self.path}" if self.method and self.path else ""
        parts = [p for p in (where, str(self.status or ""), self.code or "") if p]
        prefix = f"[{' '.join(parts)}] " if parts else ""
        return f"{prefix}{self.args[0] if self.args else ''}"


class GraphAuthError(GraphError):
    """Raised on 401/403: the token was rejected or lacks a permission."""


class GraphNotFound(GraphError):
    """Raised on 404: the addressed resource does not exist."""


class GraphConflict(GraphError):
    """Raised when the resource being created already exists (409, ErrorFolderExists)."""


class GraphThrottled(GraphError):
    """Raised when Graph keeps throttling (429/503/504) or asks for a wait above the cap."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class GraphUnavailable(GraphError):
    """Raised when Graph cannot be reached or keeps failing with 5xx after retries."""


class GraphWriteUncertain(GraphUnavailable):
    """Raised when a write that is not safe to repeat got no verdict (504, timeout, drop).

    Graph may have applied it; the caller looks for the result before sending it again.
    """


class DeltaTokenExpired(GraphError):
    """Raised when a stored delta link is no longer valid (410 / syncStateNotFound)."""
