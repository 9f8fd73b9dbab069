"""One Todoist request with its retries: Retry-After on 429, 5xx only where repeating is safe.

A logical request keeps one X-Request-Id across its retries (Todoist's older APIs dropped
repeats carrying the same id; API v1 does not promise to, so creates never rely on it). A 429
is always retried: Todoist refused it without acting. A 5xx, timeout or dropped connection is
retried only for a read or a write that is safe to repeat; a create that got no verdict raises
`TodoistWriteUncertain` so the caller looks before it creates again.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import aiohttp

from core.json_http import backoff, send_json

from .errors import (
    RENEW_TOKEN_HINT,
    TodoistApiGone,
    TodoistAuthError,
    TodoistError,
    TodoistNotFound,
    TodoistRejected,
    TodoistThrottled,
    TodoistUnavailable,
    TodoistWriteUncertain,
)

_LOG = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
DEFAULT_MAX_RETRIES = 4
# A wait above this is not slept through: the caller is told Todoist is throttling.
MAX_WAIT_SECONDS = 120.0


def new_request_id() -> str:
    """A fresh X-Request-Id (36 bytes, Todoist's maximum)."""
    return str(uuid.uuid4())


class TodoistTransport:
    """Sends requests to one Todoist API v1 base URL with one token."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        token: str,
        base_url: str,
        *,
        sleep: Sleep = asyncio.sleep,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_wait: float = MAX_WAIT_SECONDS,
    ) -> None:
        self._session = session
        self._token = token
        self._base_url = base_url.rstrip("/")
        self._sleep = sleep
        self._max_retries = max_retries
        self._max_wait = max_wait

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
        repeatable: bool,
        request_id: str | None = None,
    ) -> Any:
        """Send one logical request; returns the decoded JSON (None for 204).

        `repeatable`: the request may be sent again after a 5xx or a lost answer (reads and
        writes whose repetition changes nothing). `request_id`: the X-Request-Id of a logical
        write the caller sends again itself (default: a new one).
        """
        request_id = request_id or new_request_id()
        attempt = 0
        while True:
            try:
                status, headers, payload = await self._send(method, path, params, body, request_id)
            except (aiohttp.ClientError, TimeoutError) as err:
                failure = f"no answer from Todoist ({type(err).__name__})"
                await self._retry_or_raise(
                    None, failure, attempt, method, path, request_id, repeatable, err
                )
                attempt += 1
                continue
            if status < 400:
                return payload
            if status == 429:
                await self._wait_throttled(headers, payload, attempt, method, path, request_id)
            elif status >= 500:
                failure = f"Todoist answered HTTP {status}"
                await self._retry_or_raise(
                    status, failure, attempt, method, path, request_id, repeatable, None
                )
            else:
                raise error_for(status, payload, method=method, path=path, request_id=request_id)
            attempt += 1

    async def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        body: Mapping[str, Any] | None,
        request_id: str,
    ) -> tuple[int, Mapping[str, str], Any]:
        headers = {"Authorization": f"Bearer {self._token}", "X-Request-Id": request_id}
        return await send_json(
            self._session,
            method,
            f"{self._base_url}{path}",
            params=params,
            body=body,
            headers=headers,
            log=_LOG,
            label="Todoist",
        )

    async def _wait_throttled(
        self,
        headers: Mapping[str, str],
        payload: Any,
        attempt: int,
        method: str,
        path: str,
        request_id: str,
    ) -> None:
        wait = retry_after_seconds(headers, payload)
        if wait is None:
            wait = backoff(attempt)
        if wait > self._max_wait or attempt >= self._max_retries:
            raise TodoistThrottled(
                f"Todoist is rate limiting; it asked to wait {wait:g} s",
                retry_after=wait,
                status=429,
                tag=_tag(payload),
                method=method,
                path=path,
                request_id=request_id,
            )
        _LOG.info("Todoist rate limit on %s %s: waiting %g s", method, path, wait)
        await self._sleep(wait)

    async def _retry_or_raise(
        self,
        status: int | None,
        failure: str,
        attempt: int,
        method: str,
        path: str,
        request_id: str,
        repeatable: bool,
        cause: BaseException | None,
    ) -> None:
        if not repeatable or attempt >= self._max_retries:
            kind = TodoistUnavailable if repeatable else TodoistWriteUncertain
            outcome = (
                f"still after {attempt + 1} attempts"
                if repeatable
                else "the write may have been applied"
            )
            raise kind(
                f"{failure}; {outcome}",
                status=status,
                method=method,
                path=path,
                request_id=request_id,
            ) from cause
        _LOG.info("Todoist %s on %s %s: retrying", status or "gave no answer", method, path)
        await self._sleep(backoff(attempt))


def _tag(payload: Any) -> str | None:
    if isinstance(payload, Mapping) and isinstance(payload.get("error_tag"), str):
        return str(payload["error_tag"])
    return None


def retry_after_seconds(headers: Mapping[str, str], payload: Any) -> float | None:
    """The wait Todoist asks for: the Retry-After header, else error_extra.retry_after."""
    header = headers.get("Retry-After")
    if header is not None:
        try:
            return max(0.0, float(header))
        except ValueError:
            pass
    if isinstance(payload, Mapping):
        extra = payload.get("error_extra")
        if isinstance(extra, Mapping) and isinstance(extra.get("retry_after"), int | float):
            return max(0.0, float(extra["retry_after"]))
    return None


def error_for(
    status: int, payload: Any, *, method: str, path: str, request_id: str
) -> TodoistError:
    """The `TodoistError` for a 4xx answer other than 429."""
    tag = _tag(payload)
    if status in {401, 403}:
        return TodoistAuthError(
            RENEW_TOKEN_HINT,
            status=status,
            tag=tag,
            method=method,
            path=path,
            request_id=request_id,
        )
    text = payload.get("error") if isinstance(payload, Mapping) else None
    message = str(text or f"Todoist answered HTTP {status}")
    argument: str | None = None
    if isinstance(payload, Mapping):
        extra = payload.get("error_extra")
        if isinstance(extra, Mapping) and extra.get("argument"):
            argument = str(extra["argument"])
            message = f"{message} (argument: {argument})"
    kind: type[TodoistError] = TodoistError
    if status == 404:
        kind = TodoistNotFound
    elif status == 400:
        kind = TodoistRejected
    elif status == 410:
        kind = TodoistApiGone
        message = f"this Todoist API has been shut down; the base URL must end in /api/v1 ({path})"
    return kind(
        message,
        status=status,
        tag=tag,
        method=method,
        path=path,
        request_id=request_id,
        argument=argument,
    )
