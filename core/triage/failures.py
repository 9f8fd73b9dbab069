"""Typed failures of an approval or dismissal: what went wrong, never how to say it.

`core` records a `Failure` (a kind plus the few numbers or names its wording needs) and the
front ends word it (bot/messages/ `failure_text`). A failure is stored as a small JSON object
in the suggestion's `error` column, so a restarted process still words it the same way; rows
written before failures were typed hold English, which `Failure.from_stored` keeps as
`legacy_text` and the front end shows as it was.

No exception's own text is ever kept here: Graph's messages may carry anything (markup, email
text), so only the HTTP status and an error code that looks like one survive.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass
from enum import StrEnum

from core.errors import (
    AuthError,
    GraphAuthError,
    GraphError,
    GraphNotFound,
    GraphThrottled,
    GraphUnavailable,
    GraphWriteUncertain,
    StoreError,
    TaskBackendError,
)
from core.todoist.errors import (
    TodoistAuthError,
    TodoistError,
    TodoistThrottled,
    TodoistUnavailable,
    TodoistWriteUncertain,
)

DEFAULT_THROTTLE_WAIT_S = 60
_CODE_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9_.]{0,63}")


class FailureKind(StrEnum):
    """Why an approval (or the clean-up of a dismissal) did not finish."""

    THROTTLED = "throttled"
    SIGN_IN_EXPIRED = "sign_in_expired"
    ACCESS_DENIED = "access_denied"
    MAIL_NOT_FOUND = "mail_not_found"
    TODO_NOT_FOUND = "todo_not_found"
    GRAPH_UNAVAILABLE = "graph_unavailable"
    WRITE_UNCERTAIN = "write_uncertain"
    GRAPH_REFUSED = "graph_refused"
    FOLDER_NOT_IN_TAXONOMY = "folder_not_in_taxonomy"
    SUGGESTION_INVALID = "suggestion_invalid"
    EMAIL_NOT_RECORDED = "email_not_recorded"
    SUGGESTION_MISSING = "suggestion_missing"
    STORE_ERROR = "store_error"
    INTERNAL_ERROR = "internal_error"
    UNKNOWN = "unknown"
    # Todoist as the task backend (TodoistError): the owner renews the token, or retries.
    TODOIST_TOKEN_REFUSED = "todoist_token_refused"
    TODOIST_THROTTLED = "todoist_throttled"
    TODOIST_UNAVAILABLE = "todoist_unavailable"
    TODOIST_WRITE_UNCERTAIN = "todoist_write_uncertain"
    TODOIST_REFUSED = "todoist_refused"


@dataclass(frozen=True)
class Failure:
    """One failure, with only the parameters its wording needs.

    `during_dismiss` marks a failure to delete a dismissed suggestion's task (the dismissal
    itself stood); `backend` then names the task backend that refused ("todo", "todoist").
    `legacy_text` is the English a row stored before kinds existed.
    """

    kind: FailureKind
    retryable: bool = False
    retry_after_s: int | None = None
    status: int | None = None
    code: str | None = None
    folder: str | None = None
    field: str | None = None
    suggestion_id: int | None = None
    error_type: str | None = None
    during_dismiss: bool = False
    backend: str | None = None
    legacy_text: str | None = None

    def to_stored(self) -> str:
        """Return the JSON kept in the suggestion's `error` column."""
        data = {k: v for k, v in asdict(self).items() if v not in (None, False)}
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_stored(cls, stored: str | None) -> Failure | None:
        """Read what `to_stored` wrote; older English text comes back as `legacy_text`."""
        if not stored:
            return None
        try:
            data = json.loads(stored)
            kind = FailureKind(data.pop("kind"))
            return cls(kind=kind, **data)
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls(kind=FailureKind.UNKNOWN, legacy_text=stored)

    def summary(self) -> str:
        """A terse, word-free description for logs and the audit trail (not for the owner)."""
        params = {k: v for k, v in asdict(self).items() if k != "kind" and v not in (None, False)}
        return f"{self.kind.value} {params}" if params else self.kind.value


class NotApprovable(Exception):
    """Raised inside the executor when a suggestion cannot be carried out as it stands."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.summary())
        self.failure = failure


def classify_failure(err: BaseException) -> Failure:
    """Return the typed failure for an exception an approval step raised."""
    if isinstance(err, NotApprovable):
        return err.failure
    if isinstance(err, GraphThrottled):
        wait = DEFAULT_THROTTLE_WAIT_S if err.retry_after is None else math.ceil(err.retry_after)
        return Failure(FailureKind.THROTTLED, retryable=True, retry_after_s=max(wait, 1))
    if isinstance(err, GraphAuthError) and err.status == 403:
        return Failure(FailureKind.ACCESS_DENIED, status=403)
    if isinstance(err, (GraphAuthError, AuthError)):
        return Failure(FailureKind.SIGN_IN_EXPIRED, retryable=True)
    if isinstance(err, GraphNotFound):
        if "/todo/" in (err.path or ""):
            return Failure(FailureKind.TODO_NOT_FOUND)
        return Failure(FailureKind.MAIL_NOT_FOUND)
    if isinstance(err, GraphWriteUncertain):
        return Failure(FailureKind.WRITE_UNCERTAIN, retryable=True)
    if isinstance(err, GraphUnavailable):
        return Failure(FailureKind.GRAPH_UNAVAILABLE, retryable=True)
    if isinstance(err, GraphError):
        code = err.code if err.code and _CODE_SHAPE.fullmatch(err.code) else None
        return Failure(FailureKind.GRAPH_REFUSED, status=err.status, code=code)
    if isinstance(err, StoreError):
        return Failure(FailureKind.STORE_ERROR, retryable=True)
    if isinstance(err, TodoistError):
        return _todoist_failure(err)
    if isinstance(err, TaskBackendError):
        # No words of its own yet: the front end names the error type.
        return Failure(FailureKind.UNKNOWN, retryable=err.retryable, error_type=type(err).__name__)
    return Failure(FailureKind.UNKNOWN, error_type=type(err).__name__)


def _todoist_failure(err: TodoistError) -> Failure:
    if isinstance(err, TodoistAuthError):
        return Failure(FailureKind.TODOIST_TOKEN_REFUSED, status=err.status)
    if isinstance(err, TodoistThrottled):
        wait = DEFAULT_THROTTLE_WAIT_S if err.retry_after is None else math.ceil(err.retry_after)
        return Failure(FailureKind.TODOIST_THROTTLED, retryable=True, retry_after_s=max(wait, 1))
    if isinstance(err, TodoistWriteUncertain):
        return Failure(FailureKind.TODOIST_WRITE_UNCERTAIN, retryable=True)
    if isinstance(err, TodoistUnavailable):
        return Failure(FailureKind.TODOIST_UNAVAILABLE, retryable=True)
    tag = err.tag if err.tag and _CODE_SHAPE.fullmatch(err.tag) else None
    return Failure(FailureKind.TODOIST_REFUSED, status=err.status, code=tag)
