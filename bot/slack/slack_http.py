"""HTTP mode's front door: a request is verified before bolt parses or logs any of it.

Bolt verifies signatures too, but it logs every failure at INFO with the whole body (megabytes,
and newlines that forge log lines), and a body it cannot parse becomes a 500 with a traceback.
Here each POST to /slack/events must, in this order: carry a timestamp within 5 minutes and a
`v0=` signature (else 401, body unread), be at most `MAX_BODY_BYTES` (else 413), carry a valid
HMAC-SHA256 signature over its raw bytes (Slack's scheme; else 401), then be UTF-8 that parses,
the way bolt parses it, to a JSON object of Slack's shape (else 400). A refusal costs one short
WARNING line naming the reason and the peer, never a header or a byte of the body. Bolt's own
verification stays on behind this (defence in depth); it never fails for a request let through.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Callable, Sequence

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.request.internals import extract_content_type, parse_body

from bot import messages
from bot.slack.payload_shape import shape_problem
from core.errors import AppError

log = logging.getLogger(__name__)

HTTP_PATH = "/slack/events"
MAX_BODY_BYTES = 1024 * 1024  # Slack's largest payloads (a modal's state) are far below this
MAX_SKEW_SECONDS = 300  # Slack's rule: refuse requests more than 5 minutes old (replays)
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


class Refused(Exception):
    """A request turned away: the HTTP status and a short reason for the log."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class SlackEndpoint:
    """The aiohttp application serving Slack's requests to one bolt app."""

    def __init__(
        self,
        app: AsyncApp,
        signing_secret: str,
        *,
        path: str = HTTP_PATH,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Serve `app` at POST `path`, verifying with `signing_secret` against `clock` (seconds)."""
        self._app = app
        self._secret = signing_secret.encode()
        self._path = path
        self._clock = clock

    def web_app(self) -> web.Application:
        """Return the aiohttp application (one route; aiohttp answers 404/405 to the rest)."""
        application = web.Application(client_max_size=MAX_BODY_BYTES)
        application.router.add_post(self._path, self.handle)
        return application

    async def handle(self, request: web.Request) -> web.Response:
        """Verify, parse and check one request, then hand it to bolt."""
        try:
            bolt_request = await self._accept(request)
        except Refused as refusal:
            log.warning(
                "Refused a request to %s from %s: %s",
                self._path,
                request.remote or "an unknown peer",
                refusal.reason,
            )
            return web.json_response({"error": refusal.reason}, status=refusal.status)
        return await to_aiohttp_response(await self._app.async_dispatch(bolt_request))

    async def _accept(self, request: web.Request) -> AsyncBoltRequest:
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if not _TIMESTAMP.fullmatch(timestamp):
            raise Refused(401, "no valid X-Slack-Request-Timestamp")
        if abs(self._clock() - int(timestamp)) > MAX_SKEW_SECONDS:
            raise Refused(401, "the timestamp is more than 5 minutes off (a replay?)")
        if not _SIGNATURE.fullmatch(signature):
            raise Refused(401, "no valid X-Slack-Signature")
        if (request.content_length or 0) > MAX_BODY_BYTES:
            raise Refused(413, f"the body is over {MAX_BODY_BYTES} bytes")
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            raise Refused(413, f"the body is over {MAX_BODY_BYTES} bytes") from None
        expected = hmac.new(
            self._secret, b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256
        ).hexdigest()
        if not hmac.compare_digest("v0=" + expected, signature):
            raise Refused(401, f"the signature does not match ({len(raw)} bytes)")
        return _parse(raw, request)


def _parse(raw: bytes, request: web.Request) -> AsyncBoltRequest:
    """Parse a verified body exactly as bolt will, and check its shape."""
    headers: dict[str, str | Sequence[str]] = {
        name.lower(): request.headers.getall(name) for name in request.headers
    }
    try:
        text = raw.decode("utf-8")
        payload = parse_body(text, extract_content_type(headers))
    except UnicodeDecodeError:
        raise Refused(400, "the body is not UTF-8") from None
    except json.JSONDecodeError as err:
        raise Refused(400, f"the body is not one JSON value ({err.msg})") from None
    problem = shape_problem(payload)
    if problem:
        raise Refused(400, problem)
    try:
        return AsyncBoltRequest(body=text, query=request.query_string, headers=headers)
    except (AttributeError, TypeError, KeyError, IndexError, ValueError) as err:
        # A shape payload_shape does not know yet; still a refusal, not a 500.
        raise Refused(400, f"bolt cannot read the payload ({type(err).__name__})") from None


class CannotListen(AppError):
    """Raised when HTTP mode cannot open its address (port taken, address not on this machine)."""

    owner_worded = True


async def serve_http(app: AsyncApp, signing_secret: str, *, host: str, port: int) -> web.AppRunner:
    """Serve Slack's requests at POST /slack/events on `host`:`port` inside the running loop."""
    runner = web.AppRunner(SlackEndpoint(app, signing_secret).web_app(), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as err:
        await runner.cleanup()
        code = errno.errorcode.get(err.errno or 0, "")
        reason = err.strerror or code or "no reason given"
        raise CannotListen(messages.cannot_listen(host, port, code, reason)) from None
    return runner
