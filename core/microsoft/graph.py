"""Microsoft Graph transport: auth, retries, throttling, paging and JSON batching.

Every HTTP request to Graph goes through `GraphClient.request`, the one chokepoint. It adds the
bearer token (asked from the TokenProvider on each attempt) and a fresh `client-request-id`, caps
what is in flight (Outlook allows 4 per mailbox; a `$batch` counts once per request Outlook runs
at the same time, see `core.microsoft.graph_batch`), retries what is safe to retry and translates
failures once into `core.errors`:

- 429/503 are retried for any method after the full `Retry-After` (else exponential backoff):
  Graph refused the request without acting on it.
- 504, other 5xx, dropped connections and timeouts may come after Graph applied a write. They
  are retried only for requests safe to repeat (GET/HEAD or ``idempotent=True``); any other
  write raises `GraphWriteUncertain`, and its caller looks for the result before writing again.
  A write whose connection was never made (`aiohttp.ClientConnectorError`) is retried.
  A read sent with ``retry_timeouts=False`` raises a 504 or a timeout at once: its caller has a
  better remedy than the same request again (the Inbox sync asks for a smaller delta page).
- a Retry-After longer than `max_retry_wait` (180 s by default) is not slept in the request: it
  raises `GraphThrottled` carrying the full wait, so the operation fails retryably at once.
- the slots are released before any sleep, so a waiting retry never blocks other requests.

Mail, folder and delta operations built on this live in `core.microsoft.mail`.
"""

from __future__ import annotations

import asyncio
import itertools
import json as jsonlib
import logging
import random
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from core.errors import GraphError, GraphUnavailable, GraphWriteUncertain
from core.microsoft.auth import TokenProvider
from core.microsoft.graph_batch import (
    IMMUTABLE_ID_PREFER,
    MAX_BATCH_SIZE,
    BatchRequest,
    BatchResponse,
    chunk_by_dependency,
    inner_payload,
    merge_prefer,
    parallel_width,
    parse_batch_responses,
    strip_query,
    unanswered,
    unsafe_with_dependants,
    with_failed_dependants,
)
from core.microsoft.graph_retry import (
    REFUSED_STATUSES,
    THROTTLE_STATUSES,
    SlotLimiter,
    graph_error_for,
    retry_after_seconds,
    server_time,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "IMMUTABLE_ID_PREFER",
    "MAX_BATCH_SIZE",
    "BatchRequest",
    "BatchResponse",
    "GraphClient",
    "GraphResponse",
    "graph_error_for",
    "merge_prefer",
]

DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0"
# The Graph SDKs' RetryHandler waits at most 180 s; a longer Retry-After fails the operation
# retryably instead of holding an approval (and the owner's Slack click) for minutes.
DEFAULT_MAX_RETRY_WAIT = 180.0

_LOGGER = logging.getLogger(__name__)
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# JSON may escape a lone surrogate (\ud800): valid JSON, but text no UTF-8 store or API takes.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class GraphResponse:
    """A successful Graph answer: status, case-insensitive headers and the parsed JSON body."""

    status: int
    headers: Mapping[str, str]
    body: Any


class GraphClient:
    """Talk to Microsoft Graph over one injected aiohttp session."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        token_provider: TokenProvider,
        *,
        base_url: str = DEFAULT_BASE_URL,
        max_concurrency: int = 4,
        max_retries: int = 4,
        backoff_base: float = 1.0,
        backoff_max: float = 60.0,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        timeout: float = 60.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        """Create a client.

        Args:
            session: the application's shared aiohttp session (not closed here).
            token_provider: hands out the bearer token; asked before every HTTP attempt.
            base_url: the version root, e.g. a national cloud's ``https://.../v1.0``.
            max_concurrency: slots in flight at once (Outlook allows 4 per mailbox); a `$batch`
                takes one per dependsOn group it holds.
            max_retries: retries after the first attempt, for throttling and transient failures.
            backoff_base: first backoff step in seconds; doubles per retry.
            backoff_max: cap for one backoff step of our own (never applied to a Retry-After).
            max_retry_wait: the longest Retry-After slept inside one request; a longer one
                raises GraphThrottled with the full wait instead (never a shorter sleep).
            timeout: total seconds for one HTTP attempt.
            sleep: how to wait between retries (tests inject a recorder).
            clock: the current time, for an HTTP-date Retry-After on an answer without `Date`.
        """
        self._session = session
        self._tokens = token_provider
        self._base = URL(base_url.rstrip("/"))
        self._slots = SlotLimiter(max_concurrency)
        self._max_retries = max_retries
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._max_retry_wait = max_retry_wait
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._sleep = sleep
        self._clock = clock
        self._random = random.Random()
        self.request_count = 0

    @property
    def base_url(self) -> str:
        """Return the version root every relative path is resolved against."""
        return str(self._base)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        immutable_ids: bool = False,
        idempotent: bool | None = None,
        retry_timeouts: bool = True,
    ) -> GraphResponse:
        """Send one Graph request with retries; raise a GraphError subclass on failure.

        `path` is relative ("/me/messages") or an absolute URL on the same host (a nextLink),
        which is requested unchanged. `idempotent` (default: reads only) says the request may
        be repeated after an answer that does not say whether it was applied. `retry_timeouts`
        False raises a 504 or a timeout without retrying (429/503 are still waited out).
        """
        return await self._request(
            method,
            path,
            params=params,
            json=json,
            headers=headers,
            immutable_ids=immutable_ids,
            idempotent=idempotent,
            slots=1,
            retry_timeouts=retry_timeouts,
        )

    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None,
        json: Any,
        headers: Mapping[str, str] | None,
        immutable_ids: bool,
        idempotent: bool | None,
        slots: int,
        retry_timeouts: bool = True,
    ) -> GraphResponse:
        method = method.upper()
        url = self._url_for(path, params)
        log_path = self._log_path(url)
        error_path = self._error_path(url)
        safe_to_repeat = method in _READ_METHODS if idempotent is None else idempotent
        base_headers: CIMultiDict[str] = CIMultiDict(headers or {})
        if immutable_ids:
            base_headers["Prefer"] = merge_prefer(base_headers.get("Prefer"), IMMUTABLE_ID_PREFER)

        for attempt in itertools.count():
            retries_left = attempt < self._max_retries
            send_headers = CIMultiDict(base_headers)
            send_headers["Authorization"] = f"Bearer {await self._tokens.get_token()}"
            send_headers["client-request-id"] = str(uuid.uuid4())
            if attempt:
                send_headers["Retry-Attempt"] = str(attempt)
            try:
                status, resp_headers, body = await self._send(
                    method, url, send_headers, json, log_path, attempt, slots
                )
            except (aiohttp.ClientError, TimeoutError) as err:
                never_sent = isinstance(err, aiohttp.ClientConnectorError)
                timed_out = isinstance(err, TimeoutError) and not never_sent
                if timed_out and not retry_timeouts:
                    retries_left = False
                if retries_left and (safe_to_repeat or never_sent):
                    await self._sleep(self._jittered_backoff(attempt))
                    continue
                unavailable = (
                    GraphUnavailable if safe_to_repeat or never_sent else GraphWriteUncertain
                )
                raise unavailable(
                    f"cannot reach Graph: {type(err).__name__}: {err}",
                    method=method,
                    path=error_path,
                ) from err

            if 200 <= status < 300:
                return GraphResponse(status, resp_headers, body)
            retry_after = retry_after_seconds(
                resp_headers, server_time(resp_headers, self._clock())
            )
            if status == 504 and not retry_timeouts:
                retries_left = False
            retry_throttled = status in REFUSED_STATUSES or (
                safe_to_repeat and status in THROTTLE_STATUSES
            )
            if retries_left and retry_throttled:
                wait = retry_after if retry_after is not None else self._backoff(attempt)
                if wait <= self._max_retry_wait:
                    await self._sleep(wait)
                    continue
                _LOGGER.warning(
                    "Graph %s %s asked to wait %d s, more than the %d s a request waits; "
                    "failing it as retryable",
                    method,
                    log_path,
                    round(wait),
                    round(self._max_retry_wait),
                )
            elif retries_left and status >= 500 and safe_to_repeat:
                await self._sleep(self._jittered_backoff(attempt))
                continue
            raise graph_error_for(
                status,
                body,
                resp_headers,
                method=method,
                path=error_path,
                retry_after=retry_after,
                uncertain=not safe_to_repeat,
            )
        raise AssertionError("unreachable")  # pragma: no cover

    async def get_json(
        self,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        immutable_ids: bool = False,
        headers: Mapping[str, str] | None = None,
        retry_timeouts: bool = True,
    ) -> Any:
        """GET a resource and return its parsed JSON body (see `request` for the options)."""
        response = await self.request(
            "GET",
            path,
            params=params,
            headers=headers,
            immutable_ids=immutable_ids,
            retry_timeouts=retry_timeouts,
        )
        return response.body

    async def pages(
        self,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        immutable_ids: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Yield each page body, following `@odata.nextLink` with the same headers."""
        next_path: str | None = path
        next_params = params
        while next_path is not None:
            body = await self.get_json(
                next_path, params=next_params, immutable_ids=immutable_ids, headers=headers
            )
            page: dict[str, Any] = body if isinstance(body, dict) else {}
            yield page
            link = page.get("@odata.nextLink")
            next_path = link if isinstance(link, str) and link else None
            next_params = None  # the nextLink already carries every query parameter

    async def paginate(
        self,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        immutable_ids: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Yield every item of `value` across @odata.nextLink pages."""
        async for page in self.pages(
            path, params=params, immutable_ids=immutable_ids, headers=headers
        ):
            for item in page.get("value") or ():
                yield item

    async def batch(self, requests: Sequence[BatchRequest]) -> dict[str, BatchResponse]:
        """Run requests through /$batch and return the final response per id.

        Chunks hold at most 20 requests and at most `max_concurrency` dependsOn groups (Outlook
        runs the groups at the same time, each in one of the mailbox's slots), never splitting
        a chain. Inner 429/503 answers (504 too for requests safe to repeat) are retried, those
        items only with their failed dependants, after the largest inner Retry-After. An item
        not safe to repeat that got no verdict comes back with `outcome_unknown`. Inner errors
        are not raised: call `raise_for_status`.
        """
        ids = {req.id for req in requests}
        if len({req.id.lower() for req in requests}) != len(requests):
            raise ValueError("batch request ids must be unique (case-insensitively)")
        for req in requests:
            missing = [dep for dep in req.depends_on if dep not in ids]
            if missing:
                raise ValueError(f"batch request {req.id!r} depends on unknown ids {missing}")
            if req.url.startswith(("http://", "https://")):
                raise ValueError(f"batch request {req.id!r} needs a relative url, got {req.url!r}")
        results: dict[str, BatchResponse] = {}
        for chunk in chunk_by_dependency(requests, self._slots.capacity):
            results.update(await self._run_batch_chunk(chunk))
        return results

    async def _run_batch_chunk(self, chunk: list[BatchRequest]) -> dict[str, BatchResponse]:
        results: dict[str, BatchResponse] = {}
        pending = chunk
        attempt = 0  # rounds retried after throttling; the retry budget counts only these
        while True:
            pending_ids = {req.id for req in pending}
            payload = {"requests": [inner_payload(req, pending_ids) for req in pending]}
            try:
                response = await self._request(
                    "POST",
                    "/$batch",
                    params=None,
                    json=payload,
                    headers=None,
                    immutable_ids=False,
                    idempotent=all(req.repeatable for req in pending),
                    slots=parallel_width(pending),
                )
            except GraphWriteUncertain:
                # No verdict on any item: the creates may have happened, so they are not sent
                # again; the items safe to repeat are.
                unsafe = unsafe_with_dependants(pending)
                results.update({req.id: unanswered(req) for req in pending if req.id in unsafe})
                pending = [req for req in pending if req.id not in unsafe]
                if not pending:
                    return results
                continue  # at most once: what is left is safe to repeat, so never uncertain
            server_now = server_time(response.headers, self._clock())
            answers = parse_batch_responses(response.body, pending, server_now)
            results.update(answers)
            for req in pending:
                _LOGGER.debug(
                    "Graph batch item %s %s %s -> %s",
                    req.id,
                    req.method.upper(),
                    strip_query(req.url),
                    answers[req.id].status,
                )
            throttled = [req.id for req in pending if _retry_item(req, answers[req.id])]
            if not throttled or attempt >= self._max_retries:
                return results
            waits = [answers[i].retry_after for i in throttled]
            known = [w for w in waits if w is not None]
            wait = max(known) if known else self._backoff(attempt)
            if wait > self._max_retry_wait:
                _LOGGER.warning(
                    "Graph asked $batch items to wait %d s, more than the %d s a request waits; "
                    "failing them as retryable",
                    round(wait),
                    round(self._max_retry_wait),
                )
                return results
            await self._sleep(wait)
            retry_ids = with_failed_dependants(set(throttled), pending, answers)
            pending = [req for req in pending if req.id in retry_ids]
            attempt += 1

    async def _send(
        self,
        method: str,
        url: URL,
        headers: CIMultiDict[str],
        json: Any,
        log_path: str,
        attempt: int,
        slots: int,
    ) -> tuple[int, CIMultiDictProxy[str], Any]:
        async with self._slots.hold(slots):
            self.request_count += 1
            started = time.perf_counter()
            try:
                async with self._session.request(
                    method, url, headers=headers, json=json, timeout=self._timeout
                ) as resp:
                    raw = await resp.read()
                    status = resp.status
                    resp_headers = CIMultiDictProxy(CIMultiDict(resp.headers))
            except (aiohttp.ClientError, TimeoutError) as err:
                _LOGGER.debug(
                    "Graph %s %s failed after %d ms (attempt %d, client-request-id=%s): %s",
                    method,
                    log_path,
                    _elapsed_ms(started),
                    attempt,
                    headers["client-request-id"],
                    type(err).__name__,
                )
                raise
        _LOGGER.debug(
            "Graph %s %s -> %d in %d ms (attempt %d, request-id=%s, client-request-id=%s)",
            method,
            log_path,
            status,
            _elapsed_ms(started),
            attempt,
            resp_headers.get("request-id"),
            headers["client-request-id"],
        )
        return status, resp_headers, _decode_body(raw)

    def _url_for(self, path: str, params: Mapping[str, str] | None) -> URL:
        if path.startswith(("http://", "https://")):
            # A nextLink/deltaLink must be requested byte for byte, so no re-encoding.
            url = URL(path, encoded=True)
            if url.origin() != self._base.origin():
                raise GraphError(
                    f"refusing to send the Graph token to a foreign host {url.host!r}",
                    path=url.path,
                )
        else:
            url = URL(f"{self._base}/{path.lstrip('/')}")
        if params:
            url = url.update_query(params)
        return url

    def _error_path(self, url: URL) -> str:
        base_path = self._base.path.rstrip("/")
        path = url.path
        if base_path and path.startswith(base_path + "/"):
            path = path[len(base_path) :]
        return path

    def _log_path(self, url: URL) -> str:
        # Query values can hold delta tokens or personal data; log only their names.
        path = self._error_path(url)
        return f"{path}?{','.join(url.query.keys())}" if url.query else path

    def _backoff(self, attempt: int) -> float:
        return float(min(self._backoff_max, self._backoff_base * 2**attempt))

    def _jittered_backoff(self, attempt: int) -> float:
        return self._random.uniform(0, self._backoff(attempt))


def _retry_item(req: BatchRequest, answer: BatchResponse) -> bool:
    """Tell whether a $batch item's answer is retried: refused, or a 504 it is safe to repeat."""
    return answer.status in REFUSED_STATUSES or (
        req.repeatable and answer.status in THROTTLE_STATUSES
    )


def _decode_body(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        body = jsonlib.loads(raw)
    except ValueError:
        return raw.decode("utf-8", errors="replace")
    # Escaped pairs (an emoji) are joined by the parser; only lone halves are left to replace.
    return _without_lone_surrogates(body) if _SURROGATE_ESCAPE.search(raw) else body


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {
            _without_lone_surrogates(key): _without_lone_surrogates(item)
            for key, item in value.items()
        }
    return value


def _elapsed_ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)
