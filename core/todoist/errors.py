"""The Todoist branch of the `core.errors` tree.

AppError
├── ForeignTaskList
│   └── ForeignTodoistTask   a task write addressed a task outside the assistant's project
└── TaskBackendError
    └── TodoistError         Todoist answered with an error (status, error_tag, request id)
        ├── TodoistAuthError     401/403: the token was refused; the owner renews it
        ├── TodoistNotFound      404: the task or project does not exist (any more)
        ├── TodoistRejected      400: Todoist refused the request's arguments
        ├── TodoistApiGone       410: a retired API (REST v2, Sync v9) was addressed
        ├── TodoistThrottled     429 still after the allowed retries, or a wait above the cap
        └── TodoistUnavailable   connection errors or 5xx still failing after the retries
            └── TodoistWriteUncertain  a create got no verdict and may have been applied

Being `TaskBackendError`s, they fail an approval the way Graph's errors do (recorded, worded,
retried by the owner); `retryable` is true exactly for the throttled and the unavailable ones.
"""

from __future__ import annotations

from core.errors import ForeignTaskList, TaskBackendError

RENEW_TOKEN_HINT = (
    "Todoist refused the API token. Renew TODOIST_API_TOKEN: copy the token from Todoist "
    "Settings > Integrations > Developer, set it in the environment and restart the assistant."
)


class TodoistError(TaskBackendError):
    """Raised when Todoist answers a request with an error."""

    # Whether trying again later can help; the throttled and unavailable kinds say yes.
    RETRYABLE = False

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        tag: str | None = None,
        method: str | None = None,
        path: str | None = None,
        request_id: str | None = None,
        argument: str | None = None,
    ) -> None:
        super().__init__(message, retryable=self.RETRYABLE)
        self.argument = argument  # the request argument a 400 names, if it names one
        self.status = status
        self.tag = tag
        self.method = method
        self.path = path
        self.request_id = request_id

    def __str__(self) -> str:
        where = f"{self.method} {self.path}" if self.method and self.path else ""
        parts = [p for p in (where, str(self.status or ""), self.tag or "") if p]
        prefix = f"[Todoist {' '.join(parts)}] " if parts else "[Todoist] "
        return f"{prefix}{self.args[0] if self.args else ''}"


class TodoistAuthError(TodoistError):
    """Raised on 401/403: the token is wrong, expired or was regenerated."""


class TodoistNotFound(TodoistError):
    """Raised on 404: the addressed task or project does not exist."""


class TodoistRejected(TodoistError):
    """Raised on 400: Todoist refused an argument (the message names it)."""


class TodoistApiGone(TodoistError):
    """Raised on 410: the request went to an API Todoist has shut down."""


class TodoistThrottled(TodoistError):
    """Raised when Todoist keeps answering 429 or asks for a wait above the cap."""

    RETRYABLE = True

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class TodoistUnavailable(TodoistError):
    """Raised when Todoist cannot be reached or keeps failing with 5xx after retries."""

    RETRYABLE = True


class TodoistWriteUncertain(TodoistUnavailable):
    """Raised when a create got no verdict (5xx, timeout, dropped connection).

    Todoist may have applied it; look for the result (by its marker) before sending it again.
    """


class ForeignTodoistTask(ForeignTaskList):
    """Raised when a task operation addresses a task outside the assistant's own project."""
