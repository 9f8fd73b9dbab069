"""GraphEmulator: the aiohttp app, the one dispatcher all requests go through, the test API."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web

from . import (
    batch,
    calendar,
    calendar_delta,
    calendar_schedule,
    categories,
    delta,
    folders,
    mail,
    mailbox,
    replies,
    todo,
    todo_delta,
)
from .calendar_seeding import CalendarSeeding
from .calendar_store import CalendarStore
from .categories import CategoryStore
from .delta import DELTA_FILTER_CAP, DeltaNoise, requested_page_size
from .faults import Chaos, ChaosEvent, FaultBook, FaultRule, canned_reply
from .mailbox import default_mailbox_settings
from .routing import Router
from .state import LogEntry, Mailbox
from .todo import AVAILABILITY, TodoStore, task_wire
from .wire import (
    JSON_CONTENT_TYPE,
    DropConnection,
    GraphFault,
    GraphReply,
    GraphRequest,
    RecordedRequest,
    dumps,
    fault_reply,
    over_concurrency,
)

VERSION_ROOT = "/v1.0"


class GraphEmulator(Mailbox, CalendarSeeding):
    """An in-process Microsoft Graph (mail, folders, categories, To Do, calendar, $batch)."""

    def __init__(self, *, max_concurrency: int = 4, latency: float = 0.0, seed: int = 0) -> None:
        super().__init__(seed)
        self.seed = seed
        self.max_concurrency = max_concurrency
        self.latency = latency
        self.base_url = ""
        self.requests: list[RecordedRequest] = []
        self.peak_concurrency = 0
        self.concurrency_rejections = 0
        self.valid_tokens: set[str] | None = None
        self.folder_exists_status = 400
        self.todo_availability = "enabled"
        # An old REST id still translates (see the contract); False makes it unknown instead.
        self.translate_stale_ids = True
        self.batch_count = 0
        self.drafts_created = 0  # createReply calls answered (the assistant never sends one)
        self.delta_cache: dict[tuple[str, int, int, bool, str | None], list[LogEntry]] = {}
        # Live delta sends an in-place change as a partial item; False sends whole items.
        self.delta_partial_updates = True
        self.delta_noise = DeltaNoise()
        self.delta_page_limit: int | None = None
        self.delta_stall_seconds = 0.0
        # A delta round with $filter serves at most this many messages, as the live service does.
        self.delta_filter_cap = DELTA_FILTER_CAP
        # Some mailboxes are reported to refuse eventMessage properties named through the type
        # cast in $select (400, as for the plain name); True makes this one of them.
        self.refuse_event_message_cast = False
        self.category_store = CategoryStore(self.ids)
        self.todo = TodoStore(self.ids)
        self.calendar = CalendarStore(self.ids)
        self.faults = FaultBook()
        self.chaos_events: list[ChaosEvent] = []
        self._chaos: Chaos | None = None
        # The outer request being answered; run() is synchronous, so its $batch items see it.
        self._carrier: GraphRequest | None = None
        self.profile: dict[str, Any] = {
            "id": self.ids.guid(),
            "displayName": "Emulated User",
            "mail": "user@emulator.local",
            "userPrincipalName": "user@emulator.local",
        }
        # GET /me/mailboxSettings; set "timeZone" to a Windows or an IANA name as a test needs.
        self.mailbox_settings: dict[str, Any] = default_mailbox_settings()
        self.router = Router()
        # delta first: "/messages/delta" must not be taken for a message id.
        # todo_delta before todo: "/tasks/delta" must not be taken for a task id.
        calendars = (calendar, calendar_delta, calendar_schedule)
        for module in (
            delta,
            replies,
            mail,
            mailbox,
            folders,
            categories,
            todo_delta,
            *calendars,
            todo,
            batch,
        ):
            self.router.include(module.router)
        self._in_flight = 0
        # The ids (casefolded) of the $batch items being answered that found no free slot.
        self.batch_over_concurrency: frozenset[str] = frozenset()
        self.app = web.Application(client_max_size=16 * 1024 * 1024)
        self.app.router.add_route("*", "/{tail:.*}", self._handle)

    # ---- serving -------------------------------------------------------------------------------

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve over HTTP on a free port; yields (and stores) the base URL ending in /v1.0."""
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound_port = runner.addresses[0][1]
        self.base_url = f"http://{host}:{bound_port}{VERSION_ROOT}"
        try:
            yield self.base_url
        finally:
            await runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self._in_flight += 1
        self.peak_concurrency = max(self.peak_concurrency, self._in_flight)
        try:
            return await self._answer(request)
        except DropConnection:
            if request.transport is not None:
                request.transport.abort()
            return web.Response()
        finally:
            self._in_flight -= 1

    async def _answer(self, request: web.Request) -> web.Response:
        raw = await request.read()
        problem: GraphFault | None = None
        payload: Any = None
        if raw:
            try:
                payload = json.loads(raw)
            except ValueError:
                problem = GraphFault(400, "BadRequest", "Unable to read JSON request payload.")
        path = request.path
        if path == VERSION_ROOT or path.startswith(VERSION_ROOT + "/"):
            path = path[len(VERSION_ROOT) :] or "/"
        else:
            problem = GraphFault(400, "BadRequest", f"Invalid version in {request.path!r}.")
        req = GraphRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            headers=request.headers,
            json=payload,
            base_url=f"{request.url.origin()}{VERSION_ROOT}",
        )
        record = self._record(req)
        groups = batch.parallel_groups(payload) if self._is_batch(req) else []
        # Outlook runs a batch's dependsOn groups at once, one mailbox slot each; groups beyond
        # the free slots are throttled inside the batch, the way a single request is outside.
        free = self.max_concurrency - (self._in_flight - 1)
        extra = max(0, len(groups) - 1)
        self._in_flight += extra
        self.peak_concurrency = max(self.peak_concurrency, self._in_flight)
        try:
            if not groups and self._in_flight > self.max_concurrency:
                self.concurrency_rejections += 1
                problem = over_concurrency()
            else:
                if self.latency:
                    await asyncio.sleep(self.latency)
                await self._stall_oversized_delta_page(req)
                problem = problem or self._auth_problem(req)
            over = {key for group in groups[max(0, free) :] for key in group}
            self.batch_over_concurrency = frozenset(over)
            reply = self.run(req, reject=problem, record=record)
        finally:
            self._in_flight -= extra
            self.batch_over_concurrency = frozenset()
        headers = {
            "request-id": req.request_id,
            "client-request-id": req.client_request_id,
            **reply.headers,
        }
        if reply.body is None:
            return web.Response(status=reply.status, headers=headers)
        headers["Content-Type"] = JSON_CONTENT_TYPE
        return web.Response(status=reply.status, body=dumps(reply.body), headers=headers)

    @staticmethod
    def _is_batch(req: GraphRequest) -> bool:
        return req.method.upper() == "POST" and req.path == "/$batch"

    def _auth_problem(self, req: GraphRequest) -> GraphFault | None:
        scheme, _, token = req.headers.get("Authorization", "").partition(" ")
        if not token.strip():
            return GraphFault(401, "InvalidAuthenticationToken", "Access token is empty.")
        if scheme.lower() != "bearer":
            return GraphFault(
                401, "InvalidAuthenticationToken", "IDX14100: JWT is not well formed."
            )
        if self.valid_tokens is not None and token.strip() not in self.valid_tokens:
            return GraphFault(
                401,
                "InvalidAuthenticationToken",
                "Lifetime validation failed, the token is expired.",
            )
        return None

    # ---- the one dispatcher --------------------------------------------------------------------

    def _record(self, req: GraphRequest) -> RecordedRequest:
        record = RecordedRequest(
            method=req.method,
            path=req.path,
            query=dict(req.query),
            headers={str(k): v for k, v in req.headers.items()},
            json=req.json,
            in_batch=req.in_batch,
        )
        self.requests.append(record)
        return record

    def run(
        self,
        req: GraphRequest,
        *,
        reject: GraphFault | None = None,
        record: RecordedRequest | None = None,
    ) -> GraphReply:
        """Record, apply faults, route and answer one request (outer or inside a $batch)."""
        record = record or self._record(req)
        if not req.in_batch:
            self._carrier = req
        try:
            if reject is not None:
                raise reject
            rule = self.faults.take(req.method, req.path) or self._chaos_rule(req)
            if rule is not None and rule.after_applying:
                self._apply_quietly(req)
            if rule is not None and rule.drop:
                raise DropConnection
            outcome = canned_reply(rule) if rule is not None else self.router.dispatch(self, req)
            if isinstance(outcome, GraphFault):
                raise outcome
            reply = outcome
        except GraphFault as fault:
            reply = self.error_reply(fault, req)
        self._preference_applied(req, reply)
        record.status = reply.status
        return reply

    def _apply_quietly(self, req: GraphRequest) -> None:
        """Carry a request out and forget its answer (the fault that follows replaces it)."""
        try:
            self.router.dispatch(self, req)
        except GraphFault:
            pass

    def error_reply(self, fault: GraphFault, req: GraphRequest | None = None) -> GraphReply:
        """Render a Graph error for a request (or for a $batch item that never ran)."""
        if req is None:
            request_id = str(uuid.uuid4())
            return fault_reply(fault, request_id, request_id)
        return fault_reply(fault, req.request_id, req.client_request_id)

    @staticmethod
    def _preference_applied(req: GraphRequest, reply: GraphReply) -> None:
        if reply.status >= 400:
            return
        applied: list[str] = []
        page = req.prefer().get("odata.maxpagesize")
        if page and isinstance(reply.body, dict) and "value" in reply.body:
            applied.append(f"odata.maxpagesize={page}")
        if req.text_body:
            applied.append('outlook.body-content-type="text"')
        if applied:
            # A route may have applied a preference of its own (outlook.timezone).
            own = reply.headers.get("Preference-Applied")
            reply.headers["Preference-Applied"] = ", ".join([*applied, *([own] if own else [])])

    # ---- faults and observation ----------------------------------------------------------------

    def inject(
        self,
        method: str,
        path_regex: str,
        *,
        status: int,
        body: dict[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Answer `times` matching requests with `status` (a Graph error body if none given).

        The first `after` matching requests pass through untouched.
        """
        self.faults.add(
            method, path_regex, status=status, body=body, headers=headers, times=times, after=after
        )

    def throttle(
        self,
        method: str,
        path_regex: str,
        *,
        retry_after: int = 1,
        times: int = 1,
        status: int = 429,
        after: int = 0,
    ) -> None:
        """Throttle matching requests: 429 (or 503) with Retry-After in seconds."""
        headers = {"Retry-After": str(retry_after)}
        self.faults.add(
            method, path_regex, status=status, headers=headers, times=times, after=after
        )

    def drop_connection(
        self, method: str, path_regex: str, *, times: int = 1, after: int = 0
    ) -> None:
        """Close the connection without answering matching requests."""
        self.faults.add(method, path_regex, status=0, times=times, drop=True, after=after)

    def fail_after_applying(
        self,
        method: str,
        path_regex: str,
        *,
        status: int = 504,
        drop: bool = False,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Carry out matching requests, then answer `status` (504) or drop the connection.

        Inside a $batch a drop loses the answer of the whole batch, after its earlier items ran.
        """
        self.faults.add(
            method,
            path_regex,
            status=0 if drop else status,
            times=times,
            drop=drop,
            after=after,
            after_applying=True,
        )

    def chaos(
        self,
        *,
        rate: float,
        statuses: Sequence[int] = (429, 503),
        retry_after: tuple[int, int] = (1, 3),
        drop_rate: float = 0.0,
        seed: int = 0,
        method: str = "*",
        path_regex: str = "",
    ) -> None:
        """Fault a seeded random share of matching requests, outer and inside a $batch.

        Each request no injected rule took is answered, with probability `rate`, with one of
        `statuses` carrying a Retry-After of `retry_after` seconds (an inclusive range), or, with
        probability `drop_rate`, has its connection dropped (inside a $batch: after the items
        before it ran). Every fault is logged in `chaos_events`. Both rates 0 (or
        `clear_faults()`) stop it.
        """
        chaos = Chaos(
            rate=rate,
            statuses=statuses,
            retry_after=retry_after,
            drop_rate=drop_rate,
            seed=seed,
            method=method,
            path_regex=path_regex,
        )
        self._chaos = chaos if rate or drop_rate else None

    def _chaos_rule(self, req: GraphRequest) -> FaultRule | None:
        if self._chaos is None:
            return None
        rule = self._chaos.draw(req.method, req.path)
        if rule is not None:
            carrier = self._carrier if req.in_batch and self._carrier is not None else req
            retry_after = rule.headers.get("Retry-After")
            self.chaos_events.append(
                ChaosEvent(
                    method=req.method,
                    path=req.path,
                    in_batch=req.in_batch,
                    status=rule.status,
                    retry_after=int(retry_after) if retry_after is not None else None,
                    client_request_id=carrier.client_request_id,
                )
            )
        return rule

    def limit_delta_pages(self, max_items: int | None, *, stall_seconds: float = 0.0) -> None:
        """Answer delta pages asked larger than `max_items` with 504 GatewayTimeout (None: lift).

        With `stall_seconds`, such a page is answered only after that long, so a client with a
        shorter timeout sees a timeout instead of the 504.
        """
        self.delta_page_limit = max_items
        self.delta_stall_seconds = stall_seconds

    def cap_filtered_delta(self, max_items: int) -> None:
        """Serve at most `max_items` per delta round with $filter (live: 5,000)."""
        self.delta_filter_cap = max_items
        self.delta_cache.clear()

    async def _stall_oversized_delta_page(self, req: GraphRequest) -> None:
        if self.delta_page_limit is None or not self.delta_stall_seconds:
            return
        size = requested_page_size(req)
        if size is not None and size > self.delta_page_limit:
            await asyncio.sleep(self.delta_stall_seconds)

    def add_delta_noise(
        self,
        *,
        duplicate_rate: float = 0.0,
        replay: int = 0,
        stray_partials: bool = False,
        seed: int = 0,
    ) -> None:
        """Mix duplicates, replays and stray partial items into delta pages (see DeltaNoise)."""
        self.delta_noise = DeltaNoise(duplicate_rate, replay, stray_partials, seed)
        self.delta_cache.clear()

    def clear_faults(self) -> None:
        """Drop every pending injected fault and stop chaos."""
        self.faults.rules.clear()
        self._chaos = None

    def clear_requests(self) -> None:
        """Forget the request log."""
        self.requests.clear()

    # ---- categories and To Do ------------------------------------------------------------------

    def add_category(self, name: str, color: str = "preset0") -> str:
        """Create a master category and return its id."""
        return self.category_store.add(name, color)

    @property
    def categories(self) -> list[dict[str, str]]:
        """Return the master categories in wire shape."""
        return self.category_store.all()

    def add_todo_list(self, name: str, wellknown: str = "none") -> str:
        """Create a To Do list and return its id."""
        return self.todo.add_list(name, wellknown)

    @property
    def todo_lists(self) -> list[dict[str, Any]]:
        """Return the To Do lists in wire shape."""
        return [t.wire() for t in self.todo.lists.values()]

    def tasks(self, list_id: str) -> list[dict[str, Any]]:
        """Return a list's tasks in wire shape, linkedResources included."""
        return [task_wire(t, expand=True) for t in self.todo.lists[list_id].tasks.values()]

    def add_task(self, list_id: str, title: str, **fields: Any) -> dict[str, Any]:
        """Create a task as the owner would (fields use Graph's names) and return it."""
        task = self.todo.add_task(self.todo.lists[list_id], {"title": title, **fields})
        return task_wire(task, expand=True)

    def change_task(self, list_id: str, task_id: str, **changes: Any) -> dict[str, Any]:
        """Change a task as the owner would in To Do (complete, reopen, a new due date)."""
        return task_wire(self.todo.change_task(list_id, task_id, changes), expand=True)

    def delete_task(self, list_id: str, task_id: str) -> None:
        """Delete a task as the owner would in To Do."""
        self.todo.lists[list_id].remove(task_id)

    @property
    def todo_availability(self) -> str:
        """Return how /me/todo answers: enabled, forbidden, not_enabled or unauthorized."""
        return self._todo_availability

    @todo_availability.setter
    def todo_availability(self, value: str) -> None:
        if value not in AVAILABILITY:
            raise ValueError(f"todo_availability must be one of {AVAILABILITY}, not {value!r}")
        self._todo_availability = value

    # ---- sample data ---------------------------------------------------------------------------

    def seed_sample_mailbox(self, *, history: bool = True) -> None:
        """Fill the mailbox with the demo's folders, categories, lists and ~70 emails, and (with
        `history`) the ~60 older ones the owner filed in every project and area folder."""
        from sandbox.sample_mailbox import seed

        seed(self, history=history)
