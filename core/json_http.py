"""One JSON request over aiohttp, for the small clients that are not Microsoft Graph (Todoist,
Google Calendar): send, read, decode. Each client keeps its own retry policy and errors; what
they share is the exchange itself and the backoff between attempts."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import aiohttp

REQUEST_TIMEOUT_SECONDS = 30.0
_BACKOFF_CAP_SECONDS = 30


async def send_json(
    session: aiohttp.ClientSession,
    method: str,
    url: str,
    *,
    params: Mapping[str, str] | None,
    body: Mapping[str, Any] | None,
    headers: Mapping[str, str],
    log: logging.Logger,
    label: str,
) -> tuple[int, Mapping[str, str], Any]:
    """Send one request; return its status, headers and body (JSON decoded, else text, else
    None). Connection failures and timeouts are raised for the caller's retry policy."""
    async with session.request(
        method,
        url,
        params=params,
        json=body,
        headers=dict(headers),
        timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS),
    ) as response:
        log.debug("%s %s %s -> %s", label, method, response.url.path, response.status)
        raw = await response.read()
        payload: Any = None
        if raw and response.content_type == "application/json":
            payload = await response.json()
        elif raw:
            payload = raw.decode(errors="replace")
        return response.status, response.headers, payload


def backoff(attempt: int) -> float:
    """Seconds to wait before retry number `attempt` + 1 when the service named no wait."""
    return float(min(2**attempt, _BACKOFF_CAP_SECONDS))
