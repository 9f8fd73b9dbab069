"""The Google branch of the `core.errors` tree.

AppError
├── AuthError
│   └── GoogleAuthError        no usable Google token: the owner runs `login google` again
├── ForeignCalendarEvent       a delete addressed an event the assistant did not create
└── GoogleCalendarError        the Calendar API answered with an error (status, reason)
    ├── GoogleNotFound         404: the calendar or event does not exist
    ├── GoogleGone             410: a sync token expired (fullSyncRequired) or the event is deleted
    ├── GoogleConflict         409: the id is taken (a create retried after a lost answer)
    ├── GoogleThrottled        429 / 403 rate limit still after the retries, or a wait above the cap
    └── GoogleUnavailable      connection errors or 5xx still failing after the retries
"""

from __future__ import annotations

from core.errors import AppError, AuthError

SIGN_IN_AGAIN = "Run `outlook-assistant login google` again; nothing stored was lost."


class GoogleAuthError(AuthError):
    """Raised when Google refuses the saved sign-in or no sign-in exists yet."""


class ForeignCalendarEvent(AppError):
    """Raised when a delete addresses an event the assistant did not create."""


class GoogleCalendarError(AppError):
    """Raised when the Google Calendar API answers a request with an error."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        reason: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.method = method
        self.path = path

    def __str__(self) -> str:
        where = f"{self.method} {self.path}" if self.method and self.path else ""
        parts = [p for p in (where, str(self.status or ""), self.reason or "") if p]
        prefix = f"[Google Calendar {' '.join(parts)}] " if parts else "[Google Calendar] "
        return f"{prefix}{self.args[0] if self.args else ''}"


class GoogleNotFound(GoogleCalendarError):
    """Raised on 404: the calendar or event does not exist."""


class GoogleGone(GoogleCalendarError):
    """Raised on 410: a sync token Google no longer honours, or an event already deleted."""


class GoogleConflict(GoogleCalendarError):
    """Raised on 409: an event with the requested id already exists."""


class GoogleThrottled(GoogleCalendarError):
    """Raised when Google keeps rate limiting or asks for a wait above the cap."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class GoogleUnavailable(GoogleCalendarError):
    """Raised when Google cannot be reached or keeps failing with 5xx after the retries."""
