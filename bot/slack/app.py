"""The Slack app: an `AsyncApp` wired to the runtime, owner-only, with every listener registered.

Middleware order (after bolt's own: request verification, auth.test, self-event filtering):
drop retried events already seen (`event_id`), put the services on `context`, refuse everyone but
the owner. Listeners ack at once and hand slow work to `BackgroundTasks`, so no ack ever waits for
Graph and shutdown (and tests) can wait for the work to finish.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.answers import describe_attempt, failure_handler, refuse
from bot.slack.log_policy import bolt_logger
from core.config.settings import Settings
from core.runtime import Runtime

if TYPE_CHECKING:
    from bot.slack.sink import SlackSink
    from core.assistant.chat import ChatAssistant

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3
EVENT_ID_TTL_SECONDS = 15 * 60.0  # Slack retries for about 5 minutes; keep ids three times as long
_MAX_REMEMBERED_EVENTS = 10_000


def build_web_client(settings: Settings, bot_token: str) -> AsyncWebClient:
    """Return the Web API client: configurable base URL, retries for 429, 5xx and lost links."""
    return AsyncWebClient(
        token=bot_token,
        base_url=settings.slack.api_base_url,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
            AsyncConnectionErrorRetryHandler(),
            AsyncServerErrorRetryHandler(),
        ],
    )


class BackgroundTasks:
    """Fire-and-forget work the listeners start after their ack, kept so it can be awaited."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(
        self,
        work: Coroutine[Any, Any, None],
        *,
        name: str,
        on_failure: Callable[[], Awaitable[None]] | None = None,
    ) -> asyncio.Task[None]:
        """Run `work` as a task; log (never lose) its exception, and run `on_failure` after one.

        `on_failure` tells the owner: work after an ack has no other way to show a failure.
        """
        if on_failure is not None:
            work = _telling(work, on_failure)
        task = asyncio.create_task(work, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("Background work %s failed", task.get_name(), exc_info=task.exception())

    @property
    def pending(self) -> frozenset[asyncio.Task[None]]:
        """Return the tasks still running."""
        return frozenset(self._tasks)

    async def drain(self) -> None:
        """Wait until every task, including tasks started meanwhile, has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def cancel(self) -> None:
        """Cancel whatever is still running (shutdown after the grace period)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def _telling(
    work: Coroutine[Any, Any, None], on_failure: Callable[[], Awaitable[None]]
) -> None:
    try:
        await work
    except Exception:
        await on_failure()
        raise  # still logged by `BackgroundTasks._finished`, with its traceback


class RecentIds:
    """Remember ids for a while: Slack redelivers an event it thinks we missed."""

    def __init__(
        self, ttl: float = EVENT_ID_TTL_SECONDS, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()

    def seen_before(self, key: str) -> bool:
        """Record `key`; return True if it was already recorded within the TTL."""
        now = self._clock()
        while self._seen:
            oldest, at = next(iter(self._seen.items()))
            if now - at < self._ttl and len(self._seen) < _MAX_REMEMBERED_EVENTS:
                break
            self._seen.pop(oldest)
        if key in self._seen:
            return True
        self._seen[key] = now
        return False


@dataclass
class BotServices:
    """What every listener needs, put on `context["services"]` by a middleware."""

    runtime: Runtime
    chat: ChatAssistant | None
    background: BackgroundTasks
    sink: SlackSink | None = None
    next_sync: Callable[[], datetime | None] | None = None
    in_flight: set[tuple[str, str]] = field(default_factory=set)

    @property
    def settings(self) -> Settings:
        """Return the settings in force (config reloads included)."""
        return self.runtime.settings

    def is_owner(self, user_id: str | None) -> bool:
        """Tell whether a Slack member may act."""
        return user_id is not None and user_id in self.settings.slack.owner_user_ids

    def claim(self, kind: str, key: str) -> bool:
        """Start exclusive work on (`kind`, `key`); False if a click on it is already running."""
        if (kind, key) in self.in_flight:
            return False
        self.in_flight.add((kind, key))
        return True

    def release(self, kind: str, key: str) -> None:
        """End the exclusive work started by `claim`."""
        self.in_flight.discard((kind, key))


def actor_for(user_id: str) -> str:
    """Return the actor recorded in action_log for a Slack member."""
    return f"slack:{user_id}"


def services_of(context: AsyncBoltContext) -> BotServices:
    """Return the services the middleware put on `context`."""
    services = context["services"]
    assert isinstance(services, BotServices)
    return services


def create_app(
    runtime: Runtime,
    *,
    bot_token: str,
    signing_secret: str | None,
    web_client: AsyncWebClient | None = None,
    chat: ChatAssistant | None = None,
    sink: SlackSink | None = None,
    background: BackgroundTasks | None = None,
    next_sync: Callable[[], datetime | None] | None = None,
) -> AsyncApp:
    """Build the Slack app over a runtime.

    Args:
        runtime: the core runtime every listener calls.
        bot_token: the `xoxb-` token (ignored when `web_client` is given: it carries one).
        signing_secret: verifies HTTP requests; None in Socket Mode, where none arrive.
        web_client: the Web API client (default: `build_web_client`).
        chat: the DM assistant (default: one without Claude, answering with its help text).
        sink: the `SlackSink` announcing suggestions; card updates after a decision go through it.
        background: where listeners run their work after the ack (default: a new one).
        next_sync: returns when the next triage pass is due, for `/assistant status`.
    """
    client = web_client or build_web_client(runtime.settings, bot_token)
    app = AsyncApp(
        name="outlook-assistant",
        client=client,
        signing_secret=signing_secret or "",
        process_before_response=False,
        raise_error_for_unhandled_request=True,  # acked by `failure_handler`, not left to retry
        logger=bolt_logger(),
    )
    services = BotServices(
        runtime=runtime,
        chat=chat if chat is not None else _offline_chat(runtime),
        background=background or BackgroundTasks(),
        sink=sink,
        next_sync=next_sync,
    )
    recent_events = RecentIds()

    async def drop_retried_events(
        body: dict[str, Any], next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if isinstance(event_id, str) and recent_events.seen_before(event_id):
            log.info("Ignoring a redelivered Slack event %s", event_id)
            return BoltResponse(status=200, body="")
        await next()
        return None

    async def attach_services(
        context: AsyncBoltContext, next: Callable[[], Awaitable[None]]
    ) -> None:
        context["services"] = services
        context["runtime"] = services.runtime
        context["chat"] = services.chat
        await next()

    async def owner_only(
        context: AsyncBoltContext,
        body: dict[str, Any],
        client: AsyncWebClient,
        next: Callable[[], Awaitable[None]],
    ) -> BoltResponse | None:
        user_id = context.user_id
        if services.is_owner(user_id) or _passes_to_filters(body, user_id):
            await next()
            return None
        attempt = describe_attempt(body)
        log.warning("Refused Slack user %s: not an owner (tried %s)", user_id, attempt)
        return refuse(body, context, client, services.background)

    app.use(drop_retried_events)
    app.use(attach_services)
    app.use(owner_only)
    app.error(failure_handler(services.is_owner, services.background))

    from bot.slack.listeners import register_all

    register_all(app)
    return app


def _offline_chat(runtime: Runtime) -> ChatAssistant:
    from core.assistant.chat import build_chat_assistant

    return build_chat_assistant(runtime, None)


def _passes_to_filters(body: dict[str, Any], user_id: str | None) -> bool:
    """Let through events that the message listener drops anyway: bots, edits, system events."""
    if body.get("type") != "event_callback":
        return False
    event = body.get("event") or {}
    return user_id is None or bool(event.get("bot_id")) or bool(event.get("subtype"))
