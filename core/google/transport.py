"""One Google Calendar API request with its retries, over the shared aiohttp session.

429, and 403 with reason rateLimitExceeded / userRateLimitExceeded, mean Google refused without
acting: wait (Retry-After, else exponential backoff) and send again. A 401 gets one token
refresh and one more try, then a GoogleAuthError. A 5xx, timeout or dropped connection is
retried too: every call the provider makes is safe to repeat (reads; PATCH with the same body;
DELETE, whose repeat answers 410; inserts carry a client-chosen id, so a repeat answers 409).
403 insufficientPermissions names the scope the sign-in lacks.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import quote

import aiohttp

from core.json_http import backoff, send_json

from .auth import GoogleTokenSource
from .errors import (
    SIGN_IN_AGAIN,
    GoogleAuthError,
    GoogleCalendarError,
    GoogleConflict,
    GoogleGone,
    GoogleNotFound,
    GoogleThrottled,
    GoogleUnavailable,
)

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
DEFAULT_MAX_RETRIES = 4
# A wait above this is not slept through: the caller is told Google is throttling.
MAX_WAIT_SECONDS = 120.0
_RATE_LIMIT_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}


def segment(value: str) -> str:
    """A path segment: calendar ids carry '@' and '#', instance ids are plain."""
    return quote(value, safe="@")


class GoogleApi:
    """Sends requests to one Calendar API base URL with tokens from one source."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        tokens: GoogleTokenSource,
        base_url: str,
        *,
        sleep: Sleep = asyncio.sleep,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_wait: float = MAX_WAIT_SECONDS,
    ) -> None:
        self._session = session
        self._tokens = tokens
        self._base_url = base_url.rstrip("/")
        self._sleep = sleep
        self._max_retries = max_retries
        self._max_wait = max_wait
        self.requests = 0  # HTTP requests sent, retries included

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Send one logical request; the decoded JSON (None for 204)."""
        token = await self._tokens.access_token()
        refreshed = False
        attempt = 0
        while True:
            try:
                status, headers, payload = await self._send(method, path, params, body, token)
            except (aiohttp.ClientError, TimeoutError) as err:
                await self._retry_or_raise(
                    None, f"no answer from Google ({type(err).__name__})", attempt, method, path
                )
                attempt += 1
                continue
            if status < 400:
                return payload
            reason = _reason(payload)
            if status == 401 and not refreshed:
                token = await self._tokens.refresh(token)
                refreshed = True
                continue
            if status == 429 or (status == 403 and reason in _RATE_LIMIT_REASONS):
                await self._wait_throttled(status, reason, headers, attempt, method, path)
            elif status >= 500:
                await self._retry_or_raise(
                    status, f"Google answered HTTP {status}", attempt, method, path
                )
            else:
                raise error_for(status, reason, headers, payload, method=method, path=path)
            attempt += 1

    async def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        body: Mapping[str, Any] | None,
        token: str,
    ) -> tuple[int, Mapping[str, str], Any]:
        self.requests += 1
        return await send_json(
            self._session,
            method,
            f"{self._base_url}{path}",
            params=params,
            body=body,
            headers={"Authorization": f"Bearer {token}"},
            log=log,
            label="Google Calendar",
        )

    async def _wait_throttled(
        self,
        status: int,
        reason: str | None,
        headers: Mapping[str, str],
        attempt: int,
        method: str,
        path: str,
    ) -> None:
        wait = _retry_after(headers)
        if wait is None:
            wait = backoff(attempt)
        if wait > self._max_wait or attempt >= self._max_retries:
            raise GoogleThrottled(
                f"Google Calendar is rate limiting; it asked to wait {wait:g} s",
                retry_after=wait,
                status=status,
                reason=reason,
                method=method,
                path=path,
            )
        log.info("Google Calendar rate limit on %s: waiting %g s", method, wait)
        await self._sleep(wait)

    async def _retry_or_raise(
        self, status: int | None, failure: str, attempt: int, method: str, path: str
    ) -> None:
        if attempt >= self._max_retries:
            raise GoogleUnavailable(
                f"{failure}, still after {attempt + 1} attempts",
                status=status,
                method=method,
                path=path,
            )
        log.info("Google Calendar %s on %s: retrying", status or "gave no answer", method)
        await self._sleep(backoff(attempt))


def _retry_after(headers: Mapping[str, str]) -> float | None:
    try:
        return max(0.0, float(headers["Retry-After"]))
    except (KeyError, ValueError):
        return None


def _reason(payload: Any) -> str | None:
    """The first `errors[].reason` of Google's error envelope."""
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict):
        errors = error.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            reason = errors[0].get("reason")
            return str(reason) if reason is not None else None
    return None


def _message(payload: Any, status: int) -> str:
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    return f"Google answered HTTP {status}"


def error_for(
    status: int,
    reason: str | None,
    headers: Mapping[str, str],
    payload: Any,
    *,
    method: str,
    path: str,
) -> Exception:
    """The error for a 4xx answer that is not retried."""
    message = _message(payload, status)
    if status == 401:
        return GoogleAuthError(
            f"Google refused the access token twice ({message}). {SIGN_IN_AGAIN}"
        )
    if status == 403 and reason == "insufficientPermissions":
        challenge = headers.get("WWW-Authenticate", "")
        wanted = challenge.partition('scope="')[2].rstrip('"').split()
        names = " or ".join(s.rsplit("/", 1)[-1] for s in wanted) or "a calendar scope"
        return GoogleAuthError(
            f"The Google sign-in lacks the permission this needs ({names}). {SIGN_IN_AGAIN}"
        )
    kind: type[GoogleCalendarError] = GoogleCalendarError
    if status == 404:
        kind = GoogleNotFound
    elif status == 409:
        kind = GoogleConflict
    elif status == 410:
        kind = GoogleGone
    return kind(message, status=status, reason=reason, method=method, path=path)
