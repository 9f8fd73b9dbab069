"""JSON batching for the Graph transport: the request and answer types, chunking and parsing.

Outlook runs a batch's independent requests at the same time, each in one of the mailbox's 4
slots, while a dependsOn chain runs one request after another in a single slot. So a batch needs
as many slots as it has dependsOn-connected groups (`parallel_width`), and `chunk_by_dependency`
never puts more groups in one `$batch` than the client may have in flight.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from multidict import CIMultiDict, CIMultiDictProxy

from core.errors import GraphError, GraphWriteUncertain
from core.microsoft.graph_retry import REFUSED_STATUSES, graph_error_for, retry_after_seconds

MAX_BATCH_SIZE = 20
IMMUTABLE_ID_PREFER = 'IdType="ImmutableId"'
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class BatchRequest:
    """One request inside a `$batch`; `url` is relative to the version root.

    `idempotent` says the request may be sent again when its first answer was lost (default:
    only reads); a create is not, so an unanswered one comes back as `outcome_unknown`.
    """

    id: str
    method: str
    url: str
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    depends_on: Sequence[str] = ()
    immutable_ids: bool = False
    idempotent: bool | None = None

    @property
    def repeatable(self) -> bool:
        """Tell whether sending this again after a lost answer changes nothing more."""
        return self.method.upper() in _READ_METHODS if self.idempotent is None else self.idempotent


@dataclass(frozen=True)
class BatchResponse:
    """The final answer to one `BatchRequest`, matched by id.

    `outcome_unknown`: a request that is not safe to repeat got no verdict (an inner 5xx other
    than 503, or the whole `$batch` timed out or lost its connection); it may have been applied.
    """

    id: str
    status: int
    headers: Mapping[str, str]
    body: Any
    method: str = ""
    url: str = ""
    retry_after: float | None = None
    outcome_unknown: bool = False

    @property
    def ok(self) -> bool:
        """Tell whether the inner request succeeded (2xx)."""
        return 200 <= self.status < 300

    def raise_for_status(self) -> None:
        """Raise the same GraphError subclass `GraphClient.request` would for this status."""
        if self.ok:
            return
        path = "/" + strip_query(self.url).lstrip("/")
        if self.outcome_unknown and self.status == 0:
            raise GraphWriteUncertain(
                "Graph gave no answer to this $batch item; it may have been applied",
                method=self.method,
                path=path,
            )
        raise graph_error_for(
            self.status,
            self.body,
            self.headers,
            method=self.method,
            path=path,
            retry_after=self.retry_after,
            uncertain=self.outcome_unknown,
        )


def unanswered(req: BatchRequest) -> BatchResponse:
    """Return the answer of an item whose `$batch` got no verdict at all."""
    return BatchResponse(
        id=req.id,
        status=0,
        headers={},
        body=None,
        method=req.method.upper(),
        url=req.url,
        outcome_unknown=True,
    )


def inner_payload(req: BatchRequest, present_ids: set[str]) -> dict[str, Any]:
    """Return the wire form of one item; dependsOn keeps only ids sent in the same batch."""
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


def merge_prefer(existing: str | None, *values: str) -> str:
    """Combine Prefer preferences into one header value separated by ", "."""
    parts = [p.strip() for p in (existing or "").split(",") if p.strip()]
    for value in values:
        if value not in parts:
            parts.append(value)
    return ", ".join(parts)


def parse_batch_responses(
    body: Any, sent: list[BatchRequest], server_now: datetime
) -> dict[str, BatchResponse]:
    """Match the answers to the requests sent; `server_now` anchors HTTP-date Retry-Afters."""
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
        status = int(item.get("status", 0))
        headers = CIMultiDictProxy(CIMultiDict(item.get("headers") or {}))
        answers[req.id] = BatchResponse(
            id=req.id,
            status=status,
            headers=headers,
            body=item.get("body"),
            method=req.method.upper(),
            url=req.url,
            retry_after=retry_after_seconds(headers, server_now),
            outcome_unknown=status >= 500 and status not in REFUSED_STATUSES and not req.repeatable,
        )
    missing = [req.id for req in sent if req.id not in answers]
    if missing:
        raise GraphError(
            f"Graph $batch answer lacks responses for ids {missing}", method="POST", path="/$batch"
        )
    return answers


def with_failed_dependants(
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


def unsafe_with_dependants(pending: Sequence[BatchRequest]) -> set[str]:
    """Return the ids not safe to send again: non-repeatable ones and all that depend on them."""
    unsafe = {req.id for req in pending if not req.repeatable}
    grew = True
    while grew:
        grew = False
        for req in pending:
            if req.id not in unsafe and any(dep in unsafe for dep in req.depends_on):
                unsafe.add(req.id)
                grew = True
    return unsafe


def parallel_width(requests: Sequence[BatchRequest]) -> int:
    """Return how many of the mailbox's slots a batch of `requests` takes at once."""
    return len(_groups(requests))


def chunk_by_dependency(
    requests: Sequence[BatchRequest], max_parallel: int
) -> list[list[BatchRequest]]:
    """Split into chunks of <= 20 requests and <= `max_parallel` dependsOn groups, in order."""
    chunks: list[list[BatchRequest]] = []
    current: list[BatchRequest] = []
    groups_in_current = 0
    for group in _groups(requests):
        if len(group) > MAX_BATCH_SIZE:
            raise ValueError(
                f"a dependsOn chain of {len(group)} requests cannot fit one $batch "
                f"(at most {MAX_BATCH_SIZE})"
            )
        if current and (
            len(current) + len(group) > MAX_BATCH_SIZE or groups_in_current >= max_parallel
        ):
            chunks.append(current)
            current, groups_in_current = [], 0
        current.extend(group)
        groups_in_current += 1
    if current:
        chunks.append(current)
    return chunks


def _groups(requests: Sequence[BatchRequest]) -> list[list[BatchRequest]]:
    """Group requests connected by dependsOn (ids outside `requests` are ignored), in order."""
    parent = {req.id: req.id for req in requests}

    def find(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for req in requests:
        for dep in req.depends_on:
            if dep in parent:
                parent[find(req.id)] = find(dep)
    groups: dict[str, list[BatchRequest]] = {}
    for req in requests:
        groups.setdefault(find(req.id), []).append(req)
    return list(groups.values())


def strip_query(url: str) -> str:
    """Return a url without its query string."""
    return url.split("?", 1)[0]
