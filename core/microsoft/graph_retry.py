"""How the Graph transport fails and waits: error mapping, Retry-After, the in-flight slots.

`graph_error_for` turns a non-2xx answer into the one `core.errors` exception for it.
`retry_after_seconds` reads both forms of Retry-After (delta-seconds and an HTTP-date, the latter
measured against the answer's own `Date` so a fast local clock never shortens the wait).
`create_once` wraps a create that Graph may have applied without saying so: it looks before it
posts again. `SlotLimiter` holds Outlook's 4-per-mailbox budget: a plain request takes one slot,
a `$batch` one per request Outlook may run at the same time, first come, first served.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import math
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from core.errors import (
    DeltaTokenExpired,
    GraphAuthError,
    GraphConflict,
    GraphError,
    GraphNotFound,
    GraphThrottled,
    GraphUnavailable,
    GraphWriteUncertain,
)

_LOG = logging.getLogger(__name__)
_T = TypeVar("_T")

# Graph refused these without acting on them, so any method may be sent again after the wait.
REFUSED_STATUSES = frozenset({429, 503})
THROTTLE_STATUSES = frozenset({429, 503, 504})
_DELTA_EXPIRED_CODES = frozenset({"syncstatenotfound", "resyncrequired"})


def graph_error_for(
    status: int,
    body: Any,
    headers: Mapping[str, str],
    *,
    method: str,
    path: str,
    retry_after: float | None = None,
    uncertain: bool = False,
) -> GraphError:
    """Build the `core.errors` exception for a non-2xx Graph answer.

    `uncertain` marks a write that is not safe to repeat and got a 5xx other than 503: Graph
    may have applied it, which `GraphWriteUncertain` tells the caller.
    """
    code, message, inner_request_id = _parse_error_body(body)
    request_id = headers.get("request-id") or inner_request_id
    text = message or f"Graph answered HTTP {status}"
    kwargs: dict[str, Any] = {
        "status": status,
        "code": code,
        "request_id": request_id,
        "method": method,
        "path": path,
    }
    lowered = (code or "").lower()
    if status == 410 or lowered in _DELTA_EXPIRED_CODES:
        return DeltaTokenExpired(text, **kwargs)
    if status == 409 or lowered == "errorfolderexists":
        return GraphConflict(text, **kwargs)
    if status in (401, 403):
        return GraphAuthError(text, **kwargs)
    if status == 404:
        return GraphNotFound(text, **kwargs)
    if uncertain and status >= 500 and status not in REFUSED_STATUSES:
        return GraphWriteUncertain(f"{text} (the change may have been applied)", **kwargs)
    if status in THROTTLE_STATUSES:
        return GraphThrottled(text, retry_after=retry_after, **kwargs)
    if status >= 500:
        return GraphUnavailable(text, **kwargs)
    return GraphError(text, **kwargs)


async def create_once(
    post: Callable[[], Awaitable[_T]],
    find: Callable[[], Awaitable[_T | None]],
    *,
    what: str,
    attempts: int = 3,
) -> tuple[_T, bool]:
    """POST a create; after an answer that leaves it unknown whether it happened, look first.

    Returns the created or found item and True when it came from our POST's answer, False when
    it was found after an unconfirmed POST (most likely ours, maybe made meanwhile by someone
    else). Raises the last GraphWriteUncertain when `attempts` POSTs all went unanswered and
    nothing was found.
    """
    for attempt in range(1, attempts + 1):
        try:
            return await post(), True
        except GraphWriteUncertain as err:
            found = await find()
            if found is not None:
                _LOG.info("Graph did not confirm creating %s, but it exists; using it", what)
                return found, False
            if attempt == attempts:
                raise
            _LOG.info("Graph did not confirm creating %s and it does not exist: %s", what, err)
    raise AssertionError("unreachable")  # pragma: no cover


def server_time(headers: Mapping[str, str], fallback: datetime) -> datetime:
    """Return the answer's `Date` (the server's clock), or `fallback` when it has none."""
    return _http_date(headers.get("Date")) or fallback


def retry_after_seconds(headers: Mapping[str, str], reference: datetime) -> float | None:
    """Return the wait a Retry-After asks for, in seconds; None when absent or unreadable.

    An HTTP-date is measured from `reference`, the server's time the answer was made (see
    `server_time`), so a local clock running ahead cannot make the wait shorter than asked.
    """
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        when = _http_date(value)
        if when is None:
            return None
        seconds = (when - reference).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def _parse_error_body(body: Any) -> tuple[str | None, str | None, str | None]:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None, None, None
    inner = error.get("innerError") or error.get("innererror") or {}
    request_id = inner.get("request-id") if isinstance(inner, dict) else None
    return error.get("code"), error.get("message"), request_id


class SlotLimiter:
    """A first-come, first-served budget of concurrent slots; one holder may take several.

    FIFO so that a `$batch` waiting for three slots is not overtaken forever by single requests.
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"a slot limiter needs at least one slot, not {capacity}")
        self.capacity = capacity
        self._free = capacity
        self._waiters: deque[tuple[int, asyncio.Future[None]]] = deque()

    @property
    def in_use(self) -> int:
        """Return how many slots are held right now."""
        return self.capacity - self._free

    @asynccontextmanager
    async def hold(self, slots: int = 1) -> AsyncIterator[None]:
        """Hold `slots` (at most the capacity) for the duration of the block."""
        slots = max(1, min(slots, self.capacity))
        if self._waiters or self._free < slots:
            ticket: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append((slots, ticket))
            try:
                await ticket
            except asyncio.CancelledError:
                if ticket.done() and not ticket.cancelled():
                    self._free += slots  # granted just as the waiter was cancelled
                self._wake()
                raise
        else:
            self._free -= slots
        try:
            yield
        finally:
            self._free += slots
            self._wake()

    def _wake(self) -> None:
        while self._waiters:
            slots, ticket = self._waiters[0]
            if ticket.done():
                self._waiters.popleft()
                continue
            if slots > self._free:
                return
            self._waiters.popleft()
            self._free -= slots
            ticket.set_result(None)
