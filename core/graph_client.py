"""Microsoft Graph transport: auth, retries, throttling, paging and JSON batching.

Every HTTP request to Graph goes through `GraphClient.request`, the one chokepoint. It adds the
bearer token (asked from the TokenProvider on each attempt) and a fresh `client-request-id`, caps
the requests in flight with a semaphore (Outlook allows 4 per mailbox), retries what is safe to
retry and translates failures once into `core.errors`:

- 429/503/504 are retried for any method after the full `Retry-After` (else exponential backoff):
  Graph did not apply a throttled request.
- other 5xx, dropped connections and timeouts are retried with full-jitter backoff only for reads
  (GET/HEAD or ``idempotent=True``); a write may already have been applied, so it is retried only
  when the connection was never made (`aiohttp.ClientConnectorError`).
- the semaphore is released before any sleep, so a waiting retry never blocks other requests.

Mail, folder and delta operations built on this live in `core.graph_mail`.
"""

from __future__ import annotations

import asyncio
import email.utils
import itertools
import json as jsonlib
import logging
import random
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from core.auth import TokenProvider
from core.errors import (
    DeltaTokenExpired,
    GraphAuthError,
    GraphConflict,
    GraphError,
    GraphNotFound,
    GraphThrottled,
    GraphUnavailable,
)

DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0"
IMMUTABLE_ID_PREFER = 'IdType="ImmutableId"'
MAX_BATCH_SIZE = 20

_LOGGER = logging.getLogger(__name__)
_THROTTLE_STATUSES = frozenset({429, 503, 504})
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_DELTA_EXPIRED_CODES = frozenset({"syncstatenotfound", "resyncrequired"})
# JSON may escape a lone surrogate (\ud800): valid JSON, but text no UTF-8 store or API takes.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class GraphResponse:
    """A successful Graph answer: status, case-insensitive headers and the parsed JSON body."""

    status: int
    headers: Mapping[str, str]
    body: Any


@dataclass(frozen=True)
class BatchRequest:
    """One request inside a `$batch`; `url` is relative to the version root."""

    id: str
    method: str
    url: str
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    depends_on: Sequence[str] = ()
    immutable_ids: bool = False


@dataclass(frozen=True)
class BatchResponse:
    """The final answer to one `BatchRequest`, matched by id."""

    id: str
    status: int
    headers: Mapping[str, str]
    body: Any
    method: str = ""
    url: str = ""

    @property
    def ok(self) -> bool:
        """Tell whether the inner request succeeded (2xx)."""
        return 200 <= self.status < 300

    def raise_for_status(self) -> None:
        """Raise the same GraphError subclass `GraphClient.request` would for this status."""
        if self.ok:
            return
        raise graph_error_for(
            self.status,
            self.body,
            self.headers,
            method=self.method,
            path="/" + _strip_query(self.url).lstrip("/"),
            retry_after=_retry_after_seconds(self.headers),
        )


def graph_error_for(
    status: int,
    body: Any,
    headers: Mapping[str, str],
    *,
    method: str,
    path: str,
    retry_after: float | None = None,
) -> GraphError:
    """Build the `core.errors` exception for a non-2xx Graph answer."""
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
    if status in _THROTTLE_STATUSES:
        return GraphThrottled(text, retry_after=retry_after, **kwargs)
    if status >= 500:
        return GraphUnavailable(text, **kwargs)
    return GraphError(text, **kwargs)


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
        timeout: float = 60.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """Create a client.

        Args:
            session: the application's shared aiohttp session (not closed here).
            token_provider: hands out the bearer token; asked before every HTTP attempt.
            base_url: the version root, e.g. a national cloud's ``https://.../v1.0``.
            max_concurrency: requests in flight at once (Outlook allows 4 per mailbox).
            max_retries: retries after the first attempt, for throttling and transient failures.
            backoff_base: first backoff step in seconds; doubles per retry.
            backoff_max: cap for one backoff step (a server's Retry-After is never capped).
            timeout: total seconds for one HTTP attempt.
            sleep: how to wait between retries (tests inject a recorder).
        """
        self._session = session
        self._tokens = token_provider
        self._base = URL(base_url.rstrip("/"))
        self._semaphore = asyncio.Semaphore(max_concurrency)
        self._max_retries = max_retries
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._sleep = sleep
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
    ) -> GraphResponse:
        """Send one Graph request with retries; raise a GraphError subclass on failure.

        `path` is relative ("/me/messages") or an absolute URL on the same host (a nextLink),
        which is requested unchanged.
        """
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
                    method, url, send_headers, json, log_path, attempt
                )
            except (aiohttp.ClientError, TimeoutError) as err:
                never_sent = isinstance(err, aiohttp.ClientConnectorError)
                if retries_left and (safe_to_repeat or never_sent):
                    await self._sleep(self._jittered_backoff(attempt))
                    continue
                raise GraphUnavailable(
                    f"cannot reach Graph: {type(err).__name__}: {err}",
                    method=method,
                    path=error_path,
                ) from err

            if 200 <= status < 300:
                return GraphResponse(status, resp_headers, body)
            retry_after = _retry_after_seconds(resp_headers)
            if retries_left and status in _THROTTLE_STATUSES:
                wait = retry_after if retry_after is not None else self._backoff(attempt)
                await self._sleep(wait)
                continue
            if retries_left and status >= 500 and safe_to_repeat:
                await self._sleep(self._jittered_backoff(attempt))
                continue
            raise graph_error_for(
                status, body, resp_headers, method=method, path=error_path, retry_after=retry_after
            )
        raise AssertionError("unreachable")  # pragma: no cover

    async def get_json(
        self,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        immutable_ids: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """GET a resource and return its parsed JSON body."""
        response = await self.request(
            "GET", path, params=params, headers=headers, immutable_ids=immutable_ids
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

        Chunks hold at most 20 requests and never split a dependsOn chain. Inner 429/503/504
        answers are retried, those items only (with their failed dependants), after the
        largest inner Retry-After. Inner errors are not raised: call `raise_for_status`.
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
        for chunk in _chunk_by_dependency(requests):
            results.update(await self._run_batch_chunk(chunk))
        return results

    async def _run_batch_chunk(self, chunk: list[BatchRequest]) -> dict[str, BatchResponse]:
        results: dict[str, BatchResponse] = {}
        pending = chunk
        for attempt in itertools.count():
            pending_ids = {req.id for req in pending}
            payload = {"requests": [_inner_payload(req, pending_ids) for req in pending]}
            response = await self.request("POST", "/$batch", json=payload)
            answers = _parse_batch_responses(response.body, pending)
            results.update(answers)
            for req in pending:
                answer = answers[req.id]
                _LOGGER.debug(
                    "Graph batch item %s %s %s -> %s",
                    req.id,
                    req.method.upper(),
                    _strip_query(req.url),
                    answer.status,
                )
            throttled = [req.id for req in pending if answers[req.id].status in _THROTTLE_STATUSES]
            if not throttled or attempt >= self._max_retries:
                return results
            retry_ids = _with_failed_dependants(set(throttled), pending, answers)
            waits = [_retry_after_seconds(answers[i].headers) for i in throttled]
            known = [w for w in waits if w is not None]
            await self._sleep(max(known) if known else self._backoff(attempt))
            pending = [req for req in pending if req.id in retry_ids]
        raise AssertionError("unreachable")  # pragma: no cover

    async def _send(
        self,
        method: str,
        url: URL,
        headers: CIMultiDict[str],
        json: Any,
        log_path: str,
        attempt: int,
    ) -> tuple[int, CIMultiDictProxy[str], Any]:
        async with self._semaphore:
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


def merge_prefer(existing: str | None, *values: str) -> str:
    """Combine Prefer preferences into one header value separated by ", "."""
    parts = [p.strip() for p in (existing or "").split(",") if p.strip()]
    for value in values:
        if value not in parts:
            parts.append(value)
    return ", ".join(parts)


def _inner_payload(req: BatchRequest, present_ids: set[str]) -> dict[str, Any]:
    headers: CIMultiDict[str] = CIMultiDict(req.headers)
    if req.body is not None and "Content-Type" not in headers:
        headers["Content-Type"] = "application/json"
    if req.immutable_ids:
        headers["Prefer"] = merge_prefer(headers.get("Prefer"), IMMUTABLE_ID_PREFER)
    item: dict[str, Any] = {
        "id": req.id,
        "method": req.method.upper(),
        "url": "/" + req.url.lstrip("/"),
    }
    if headers:
        item["headers"] = dict(headers)
    if req.body is not None:
        item["body"] = req.body
    depends_on = [dep for dep in req.depends_on if dep in present_ids]
    if depends_on:
        item["dependsOn"] = depends_on
    return item


def _parse_batch_responses(body: Any, sent: list[BatchRequest]) -> dict[str, BatchResponse]:
    raw = body.get("responses") if isinstance(body, dict) else None
    if not isinstance(raw, list):
        raise GraphError(
            "Graph $batch answer has no responses array", method="POST", path="/$batch"
        )
    by_id = {req.id: req for req in sent}
    answers: dict[str, BatchResponse] = {}
    for item in raw:
        req = by_id.get(str(item.get("id")))
        if req is None:
            continue
        answers[req.id] = BatchResponse(
            id=req.id,
            status=int(item.get("status", 0)),
            headers=CIMultiDictProxy(CIMultiDict(item.get("headers") or {})),
            body=item.get("body"),
            method=req.method.upper(),
            url=req.url,
        )
    missing = [req.id for req in sent if req.id not in answers]
    if missing:
        raise GraphError(
            f"Graph $batch answer lacks responses for ids {missing}", method="POST", path="/$batch"
        )
    return answers


def _with_failed_dependants(
    retry_ids: set[str], pending: list[BatchRequest], answers: Mapping[str, BatchResponse]
) -> set[str]:
    """Add the requests that failed (424) only because something being retried did not run."""
    grew = True
    while grew:
        grew = False
        for req in pending:
            if req.id in retry_ids or answers[req.id].status != 424:
                continue
            if any(dep in retry_ids for dep in req.depends_on):
                retry_ids.add(req.id)
                grew = True
    return retry_ids


def _chunk_by_dependency(requests: Sequence[BatchRequest]) -> list[list[BatchRequest]]:
    """Split into chunks of <= 20 in order, keeping each dependsOn-connected group together."""
    parent = {req.id: req.id for req in requests}

    def find(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for req in requests:
        for dep in req.depends_on:
            parent[find(req.id)] = find(dep)
    groups: dict[str, list[BatchRequest]] = {}
    for req in requests:
        groups.setdefault(find(req.id), []).append(req)

    chunks: list[list[BatchRequest]] = []
    current: list[BatchRequest] = []
    for group in groups.values():
        if len(group) > MAX_BATCH_SIZE:
            raise ValueError(
                f"a dependsOn chain of {len(group)} requests cannot fit one $batch "
                f"(at most {MAX_BATCH_SIZE})"
            )
        if len(current) + len(group) > MAX_BATCH_SIZE:
            chunks.append(current)
            current = []
        current.extend(group)
    if current:
        chunks.append(current)
    return chunks


def _parse_error_body(body: Any) -> tuple[str | None, str | None, str | None]:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None, None, None
    inner = error.get("innerError") or error.get("innererror") or {}
    request_id = inner.get("request-id") if isinstance(inner, dict) else None
    return error.get("code"), error.get("message"), request_id


def _retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


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


def _strip_query(url: str) -> str:
    return url.split("?", 1)[0]


def _elapsed_ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)
