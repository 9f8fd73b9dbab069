"""GoogleCalendarEmulator: the aiohttp app, the one dispatcher every API call goes through, the
test API (seeding, knobs, request log)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from sandbox.graph_emulator.faults import FaultBook

from . import events, freebusy, listing
from .discovery import METHOD_SCOPES, BodyRules
from .errors import GoogleError, bad_request, insufficient_scope, rate_limited, status_error
from .oauth import OAuthServer
from .paging import Pager
from .store import Calendar, Store
from .wire import Call, RecordedRequest, Reply

API_ROOT = "/calendar/v3"
AUTH = "https://www.googleapis.com/auth/"
# What the product asks for: events read/write and free/busy (calendar.events alone cannot
# call freeBusy).
DEFAULT_SCOPES = frozenset({AUTH + "calendar.events", AUTH + "calendar.freebusy"})

Route = Callable[[Store, Pager, Call], Any]


def _unpaged(handler: Callable[[Store, Call], Any]) -> Route:
    """A route that hands out no page tokens."""
    return lambda store, _pager, call: handler(store, call)


_EVENT = "/calendars/{calendarId}/events/{eventId}"
_ROUTES: list[tuple[str, str, str, Route]] = [
    ("GET", "/users/me/calendarList", "calendar.calendarList.list", listing.list_calendars),
    ("GET", "/calendars/{calendarId}/events", "calendar.events.list", listing.list_events),
    (
        "POST",
        "/calendars/{calendarId}/events",
        "calendar.events.insert",
        _unpaged(events.insert_event),
    ),
    ("GET", _EVENT, "calendar.events.get", _unpaged(events.get_event)),
    ("PATCH", _EVENT, "calendar.events.patch", _unpaged(events.patch_event)),
    ("PUT", _EVENT, "calendar.events.update", _unpaged(events.update_event)),
    ("DELETE", _EVENT, "calendar.events.delete", _unpaged(events.delete_event)),
    ("POST", "/freeBusy", "calendar.freebusy.query", _unpaged(freebusy.query)),
]


def scope(name: str) -> str:
    """A scope's full URL from its short name ('calendar.events'); full URLs pass through."""
    return name if name.startswith("https://") else AUTH + name


@dataclass
class _RateLimit:
    remaining: int
    status: int
    reason: str
    retry_after: int | None


class GoogleCalendarEmulator:
    """An in-process Google Calendar API v3 plus Google's OAuth endpoints, for tests."""

    def __init__(
        self, *, discovery: Path | BodyRules | None = None, owner: str = "owner@emulator.local"
    ) -> None:
        # The clock every expiry and timestamp reads; tests may replace it.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.store = Store(lambda: self.now(), owner=owner)
        self.oauth = OAuthServer(lambda: self.now())
        self.pager = Pager()
        # Without the discovery document the emulator still serves, but checks no body schema.
        rules = BodyRules(discovery) if isinstance(discovery, Path) else discovery
        self.body_rules: BodyRules | None = rules
        self.requests: list[RecordedRequest] = []
        self.faults = FaultBook()
        self._rate_limit: _RateLimit | None = None
        # Seconds every API call waits before answering (for benchmarks, never for tests).
        self.latency = 0.0
        self.root_url = ""
        self.app = web.Application()
        for method, path, method_id, route in _ROUTES:
            self.app.router.add_route(method, API_ROOT + path, self._api(method_id, route))
        self.app.router.add_get("/o/oauth2/v2/auth", self._recorded(self.oauth.authorize))
        self.app.router.add_post("/token", self._recorded(self.oauth.token))
        self.app.router.add_post("/revoke", self._recorded(self.oauth.revoke_endpoint))

    # ---- URLs ----------------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        """The API base, as `https://www.googleapis.com/calendar/v3`."""
        return self.root_url + API_ROOT

    @property
    def token_url(self) -> str:
        """The token endpoint, as `https://oauth2.googleapis.com/token`."""
        return self.root_url + "/token"

    @property
    def auth_url(self) -> str:
        """The consent endpoint, as `https://accounts.google.com/o/oauth2/v2/auth`."""
        return self.root_url + "/o/oauth2/v2/auth"

    @property
    def revoke_url(self) -> str:
        """The revocation endpoint, as `https://oauth2.googleapis.com/revoke`."""
        return self.root_url + "/revoke"

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve over HTTP on a free port; yields (and stores) the root URL."""
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self.root_url = f"http://{host}:{runner.addresses[0][1]}"
        try:
            yield self.root_url
        finally:
            await runner.cleanup()

    # ---- seeding and knobs ---------------------------------------------------------------------

    def add_calendar(
        self,
        calendar_id: str,
        summary: str,
        *,
        time_zone: str = "UTC",
        access_role: str = "owner",
    ) -> Calendar:
        """Add a calendar to the owner's list (the primary one exists from the start).

        `access_role` 'reader' or 'freeBusyReader' makes it read-only (writes answer 403).
        """
        return self.store.add_calendar(
            calendar_id, summary, time_zone=time_zone, access_role=access_role
        )

    def add_event(
        self,
        calendar_id: str = "primary",
        *,
        start: datetime | date | dict[str, Any],
        end: datetime | date | dict[str, Any],
        summary: str = "Event",
        **fields: Any,
    ) -> dict[str, Any]:
        """Create an event as the owner would in Google's UI; returns the stored resource.

        `iCalUID` (in `fields`) keeps a meeting's UID as an invitation from elsewhere does (an
        Outlook organizer's meeting that reached Google too); otherwise Google makes one.
        """
        ical_uid = fields.pop("iCalUID", None)
        body = {"summary": summary, "start": event_time(start), "end": event_time(end)} | fields
        calendar = self.store.calendar(calendar_id)
        role, calendar.access_role = calendar.access_role, "owner"  # seeding a read-only one too
        try:
            made = events.insert_event(
                self.store, Call("POST", {"calendarId": calendar_id}, {}, body)
            )
        finally:
            calendar.access_role = role
        if ical_uid is not None:
            self.store.events[calendar.id][made["id"]].body["iCalUID"] = ical_uid
            made["iCalUID"] = ical_uid
        return made

    def change_event(self, calendar_id: str, event_id: str, **fields: Any) -> dict[str, Any]:
        """Patch an event from outside (the owner moved it in Google's UI)."""
        call = Call("PATCH", {"calendarId": calendar_id, "eventId": event_id}, {}, fields)
        return events.patch_event(self.store, call)

    def remove_event(self, calendar_id: str, event_id: str) -> None:
        """Delete an event (or one instance) from outside."""
        call = Call("DELETE", {"calendarId": calendar_id, "eventId": event_id}, {}, None)
        events.delete_event(self.store, call)

    def event(self, calendar_id: str, event_id: str) -> dict[str, Any]:
        """The stored resource of an event (tombstones too), as events.get would show it."""
        call = Call("GET", {"calendarId": calendar_id, "eventId": event_id}, {}, None)
        return events.get_event(self.store, call)

    def live_events(self, calendar_id: str = "primary") -> list[dict[str, Any]]:
        """Every event of a calendar that is not deleted (recurring ones unexpanded)."""
        calendar = self.store.calendar(calendar_id)
        return [
            self.event(calendar.id, stored.id)
            for stored in self.store.events[calendar.id].values()
            if not stored.cancelled
        ]

    def grant(self, *scopes: str) -> str:
        """An access token for these scopes (short names or URLs; none: DEFAULT_SCOPES)."""
        granted = frozenset(scope(s) for s in scopes) if scopes else DEFAULT_SCOPES
        return self.oauth.grant(granted)

    def issue_refresh_token(self, *scopes: str) -> str:
        """A refresh token for these scopes (none: DEFAULT_SCOPES)."""
        granted = frozenset(scope(s) for s in scopes) if scopes else DEFAULT_SCOPES
        return self.oauth.issue_refresh_token(granted)

    def expire_access_tokens(self) -> None:
        """Every access token issued so far is now expired (the next call gets 401)."""
        self.oauth.expire_access_tokens()

    def expire_sync_tokens(self) -> None:
        """Every sync token issued so far now answers 410 fullSyncRequired."""
        self.store.epoch += 1

    @property
    def page_size_cap(self) -> int | None:
        """At most this many items a page, whatever maxResults asks (Google's short pages)."""
        return self.pager.page_size_cap

    @page_size_cap.setter
    def page_size_cap(self, value: int | None) -> None:
        self.pager.page_size_cap = value

    def rate_limit(
        self,
        times: int = 1,
        *,
        status: int = 429,
        reason: str = "rateLimitExceeded",
        retry_after: int | None = None,
    ) -> None:
        """Answer the next `times` API calls with 429 (or 403) and the usageLimits error body."""
        self._rate_limit = _RateLimit(times, status, reason, retry_after)

    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        times: int = 1,
        after: int = 0,
        after_applying: bool = False,
        drop: bool = False,
        body: dict[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer matching requests (method or '*', regex on the path) with `status`.

        `after_applying` carries the request out and only then loses the answer, as a write
        that Google applied before its front end timed out; `drop` closes the connection.
        """
        self.faults.add(
            method,
            path_regex,
            status=status,
            body=body,
            headers=headers,
            times=times,
            drop=drop,
            after=after,
            after_applying=after_applying,
        )

    def calls(self, method_id: str) -> list[RecordedRequest]:
        """The recorded API calls of one method ('calendar.events.list')."""
        return [r for r in self.requests if r.method_id == method_id]

    # ---- dispatch ------------------------------------------------------------------------------

    def _recorded(
        self, handler: Callable[[web.Request], Awaitable[web.Response]]
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def run(request: web.Request) -> web.StreamResponse:
            form = None
            if request.method == "POST":
                form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
            record = self._record(request, None, form)
            try:
                response = await handler(request)
            except web.HTTPException as redirect:
                record.status = redirect.status
                raise
            record.status = response.status
            return response

        return run

    def _api(
        self, method_id: str, route: Route
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def run(request: web.Request) -> web.StreamResponse:
            raw = await request.read()
            record = self._record(request, method_id, None)
            if self.latency > 0:
                await asyncio.sleep(self.latency)
            try:
                payload: Any = json.loads(raw) if raw else None
            except ValueError:
                payload = _UNREADABLE
            record.json = None if payload is _UNREADABLE else payload
            rule = self.faults.take(request.method, request.path)
            if rule is not None and rule.drop and not rule.after_applying:
                return self._drop(request, record)
            try:
                if rule is not None and not rule.after_applying:
                    return self._respond(record, _canned(rule.status, rule.body, rule.headers))
                self._admit(request, method_id)
                if payload is _UNREADABLE:
                    raise bad_request("Parse Error", reason="parseError")
                self._check_body(method_id, payload)
                call = Call(request.method, dict(request.match_info), dict(request.query), payload)
                result = route(self.store, self.pager, call)
            except GoogleError as error:
                return self._respond(record, Reply(error.code, error.body(), error.headers))
            if rule is not None:
                if rule.drop:
                    return self._drop(request, record)
                return self._respond(record, _canned(rule.status, rule.body, rule.headers))
            return self._respond(record, Reply(200, result) if result is not None else Reply(204))

        return run

    def _admit(self, request: web.Request, method_id: str) -> None:
        limit = self._rate_limit
        if limit is not None and limit.remaining > 0:
            limit.remaining -= 1
            raise rate_limited(limit.status, limit.reason, limit.retry_after)
        granted = self.oauth.scopes_for(request.headers.get("Authorization"))
        accepted = METHOD_SCOPES[method_id]
        if not granted & set(accepted):
            raise insufficient_scope(accepted)

    def _check_body(self, method_id: str, payload: Any) -> None:
        if self.body_rules is None or method_id not in _BODY_METHODS:
            return
        problems = self.body_rules.problems(method_id, payload)
        if problems:
            first = problems[0]
            raise bad_request(first.message, reason=first.reason, location=first.where)

    def _record(
        self, request: web.Request, method_id: str | None, form: dict[str, str] | None
    ) -> RecordedRequest:
        record = RecordedRequest(
            request.method,
            request.path,
            dict(request.query),
            dict(request.headers),
            None,
            form,
            method_id=method_id,
        )
        self.requests.append(record)
        return record

    @staticmethod
    def _respond(record: RecordedRequest, reply: Reply) -> web.Response:
        record.status = reply.status
        if reply.body is None:
            return web.Response(status=reply.status, headers=reply.headers)
        return web.json_response(reply.body, status=reply.status, headers=reply.headers)

    @staticmethod
    def _drop(request: web.Request, record: RecordedRequest) -> web.Response:
        record.status = 0
        if request.transport is not None:
            request.transport.abort()
        return web.Response()


_UNREADABLE = object()
_BODY_METHODS = {
    "calendar.events.insert",
    "calendar.events.patch",
    "calendar.events.update",
    "calendar.freebusy.query",
}


def _canned(status: int, body: dict[str, Any] | None, headers: dict[str, str]) -> Reply:
    if body is not None:
        return Reply(status, body, dict(headers))
    error = status_error(status)
    return Reply(status, error.body(), dict(headers))


def event_time(value: datetime | date | dict[str, Any]) -> dict[str, Any]:
    """An EventDateTime from a Python value: aware datetime -> dateTime (+ its IANA zone)."""
    if isinstance(value, dict):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"event times need a time zone: {value!r}")
        out: dict[str, Any] = {"dateTime": value.isoformat()}
        key = getattr(value.tzinfo, "key", None)
        if key is not None:
            out["timeZone"] = key
        return out
    return {"date": value.isoformat()}
