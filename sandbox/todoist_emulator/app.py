"""TodoistEmulator: the aiohttp app, its one dispatcher, the knobs tests turn, the owner's hand."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from sandbox.serving import served

from . import sync  # noqa: F401  (registers POST /sync)
from .rest import ROUTES, ApiRequest
from .state import TodoistAccount
from .wire import GONE_TEXT, RETIRED_PREFIXES, TodoistFault, invalid_argument, status_fault

API_ROOT = "/api/v1"
DEFAULT_TOKEN = "emulated-todoist-token"


# The status a fault rule and the request log use for a connection dropped without an answer.
DROPPED = 0


class _DropConnection(Exception):
    """Raised to close the connection without answering."""


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the emulator answered it (path below the host, e.g. /api/v1/tasks)."""

    method: str
    path: str
    status: int
    request_id: str | None
    query: dict[str, str]


@dataclass
class FaultRule:
    """Answer `times` requests matching method and path with `status` (after applying, maybe)."""

    method: str
    pattern: re.Pattern[str]
    status: int
    times: int
    retry_after: int | None
    after_applying: bool

    def fire(self) -> None:
        """Lose the answer: drop the connection (status DROPPED) or send the canned status."""
        if self.status == DROPPED:
            raise _DropConnection
        raise status_fault(self.status, retry_after=self.retry_after)

    def matches(self, method: str, path: str) -> bool:
        """Tell whether this rule takes a request (path below /api/v1)."""
        return (
            self.times > 0
            and self.method in {"*", method.upper()}
            and self.pattern.search(path) is not None
        )


class TodoistEmulator:
    """An in-process Todoist API v1 for tests: real HTTP, v1's wire format, injectable faults."""

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        seed: int = 0,
        clock: Any = None,
    ) -> None:
        self.account = TodoistAccount(seed=seed, clock=clock)
        self.token = token
        self.valid_tokens: set[str] = {token}
        self.base_url = ""
        self.requests: list[LoggedRequest] = []
        self.faults: list[FaultRule] = []
        # Rate limit: None = off; else requests still let through before `throttled_left` 429s.
        self.requests_before_limit: int | None = None
        self.throttled_left = 0
        self.throttle_retry_after = 0
        self.app = web.Application()
        self.app.router.add_route("*", "/{tail:.*}", self._handle)

    # ---- serving -------------------------------------------------------------------------------

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve over HTTP on a free port; yields (and stores) the base URL ending in /api/v1."""
        async with served(self.app, host, port) as origin:
            self.base_url = origin + API_ROOT
            yield self.base_url

    async def _handle(self, request: web.Request) -> web.Response:
        try:
            response = await self._answer(request)
        except _DropConnection:
            if request.transport is not None:
                request.transport.abort()
            response = web.Response(status=DROPPED)
        self.requests.append(
            LoggedRequest(
                request.method,
                request.path,
                response.status,
                request.headers.get("X-Request-Id"),
                dict(request.query),
            )
        )
        return response

    async def _answer(self, request: web.Request) -> web.Response:
        if request.path.startswith(RETIRED_PREFIXES):
            return web.Response(status=410, text=GONE_TEXT, content_type="text/plain")
        try:
            if not request.path.startswith(API_ROOT + "/"):
                raise TodoistFault(404, "NOT_FOUND", f"No such endpoint: {request.path}")
            self._check_token(request.headers.get("Authorization", ""))
            self._check_rate_limit()
            api_request = ApiRequest(
                request.method,
                request.path[len(API_ROOT) :],
                dict(request.query),
                await _body(request),
            )
            fault = self._take_fault(api_request)
            if fault is not None and not fault.after_applying:
                fault.fire()
            status, body = self._dispatch(api_request)
            if fault is not None:  # applied, and the answer is lost on the way back
                fault.fire()
        except TodoistFault as problem:
            return web.json_response(problem.body(), status=problem.status, headers=problem.headers)
        if body is None:
            return web.Response(status=status)
        return web.json_response(body, status=status)

    def _check_token(self, authorization: str) -> None:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or token not in self.valid_tokens:
            raise TodoistFault(
                401, "AUTH_INVALID_TOKEN", "Invalid token", {"access_type": "access_token"}
            )

    def _check_rate_limit(self) -> None:
        if self.requests_before_limit is None:
            return
        if self.requests_before_limit > 0:
            self.requests_before_limit -= 1
            return
        if self.throttled_left > 0:
            self.throttled_left -= 1
            wait = self.throttle_retry_after
            raise TodoistFault(
                429,
                "TOO_MANY_REQUESTS",
                "Too many requests. Limits reached. Try again later",
                {"retry_after": wait},
                {"Retry-After": str(wait)},
            )
        self.requests_before_limit = None

    def _take_fault(self, request: ApiRequest) -> FaultRule | None:
        for rule in self.faults:
            if rule.matches(request.method, request.path):
                rule.times -= 1
                return rule
        return None

    def _dispatch(self, request: ApiRequest) -> tuple[int, Any]:
        for method, pattern, handler in ROUTES:
            match = pattern.match(request.path)
            if match is not None and method == request.method:
                return handler(self.account, request, match)
        raise TodoistFault(404, "NOT_FOUND", f"No such endpoint: {request.method} {request.path}")

    # ---- knobs ---------------------------------------------------------------------------------

    def expire_token(self) -> None:
        """Reject every token from now on (401), as when the owner regenerates it in Todoist."""
        self.valid_tokens.clear()

    def accept_token(self, token: str) -> None:
        """Accept a (new) token."""
        self.valid_tokens.add(token)

    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        times: int = 1,
        retry_after: int | None = None,
        after_applying: bool = False,
    ) -> None:
        """Answer the next `times` requests to a path (below /api/v1) with `status`.

        With `after_applying` the request takes effect first and only its answer is replaced,
        as a gateway timing out on a write Todoist completed. Status `DROPPED` (0) closes the
        connection without an answer instead.
        """
        self.faults.append(
            FaultRule(
                method.upper(), re.compile(path_regex), status, times, retry_after, after_applying
            )
        )

    def rate_limit(self, *, after: int, retry_after: int = 2, times: int = 1) -> None:
        """Let `after` more requests through, then answer `times` with 429 and Retry-After."""
        self.requests_before_limit = after
        self.throttled_left = times
        self.throttle_retry_after = retry_after

    def forget_sync_tokens(self) -> None:
        """Make every sync token issued so far invalid (the client must sync in full)."""
        self.account.ledger.tokens.clear()

    def clear_requests(self) -> None:
        """Forget the request log (to count the requests of one step)."""
        self.requests.clear()

    def count(self, method: str = "*", path_regex: str = "") -> int:
        """How many logged requests match a method and a pattern searched in the full path."""
        pattern = re.compile(path_regex)
        return sum(
            1
            for r in self.requests
            if method in {"*", r.method} and pattern.search(r.path) is not None
        )

    # ---- seeding and inspection ----------------------------------------------------------------

    def add_project(self, name: str) -> dict[str, Any]:
        """Seed a project; returns its wire object."""
        return self.account.add_project(name)

    def add_task(self, project_id: str, content: str, **body: Any) -> dict[str, Any]:
        """Seed a task as POST /tasks would create it (same checks); returns its wire object."""
        fields = {**body, "content": content, "project_id": project_id}
        return self.account.add_task(self.account.checked_fields(fields, creating=True))

    def tasks(self, project_id: str | None = None) -> list[dict[str, Any]]:
        """Every task not deleted (closed ones included), optionally of one project."""
        return [
            t
            for t in self.account.tasks.values()
            if not t["is_deleted"] and project_id in {None, t["project_id"]}
        ]

    def task(self, task_id: str) -> dict[str, Any]:
        """The stored task, tombstones included (KeyError if it never existed)."""
        return self.account.tasks[task_id]

    def now(self) -> datetime:
        """The emulator's clock."""
        return self.account.clock()

    # ---- the owner, in the Todoist app ---------------------------------------------------------

    def complete_outside(self, task_id: str) -> None:
        """The owner ticks the task off in Todoist."""
        self.account.close_task(task_id)

    def reopen_outside(self, task_id: str) -> None:
        """The owner un-completes the task in Todoist."""
        self.account.reopen_task(task_id)

    def edit_outside(self, task_id: str, **body: Any) -> None:
        """The owner edits the task (content, priority, due_date, labels ...) in Todoist."""
        self.account.update_task(task_id, self.account.checked_fields(body, creating=False))

    def delete_outside(self, task_id: str) -> None:
        """The owner deletes the task in Todoist."""
        self.account.delete_task(task_id)

    def move_outside(self, task_id: str, project_id: str) -> None:
        """The owner moves the task to another project in Todoist."""
        self.account.move_task(task_id, project_id)

    def delete_project_outside(self, project_id: str) -> None:
        """The owner deletes a whole project (and with it its tasks) in Todoist."""
        self.account.delete_project(project_id)


async def _body(request: web.Request) -> Any:
    raw = await request.read()
    if not raw:
        return None
    if request.content_type == "application/x-www-form-urlencoded":
        return dict(parse_qsl(raw.decode()))
    try:
        return json.loads(raw)
    except ValueError as err:
        raise invalid_argument("body", "The request body is not valid JSON") from err
