"""The Slack app: an `AsyncApp` over the core (`Assistant`), owner-only, every listener registered.

Middleware order (after bolt's own: request verification, auth.test, self-event filtering):
drop retried events already seen (`event_id`), put the services on `context`, refuse everyone but
the owner. Listeners ack at once and hand slow work to `BackgroundTasks`, so no ack ever waits for
Graph and shutdown (and tests) can wait for the work to finish.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.answers import describe_attempt, failure_handler, refuse
from bot.slack.context import BackgroundTasks, BotServices, RecentIds
from bot.slack.listeners import register_all
from bot.slack.log_policy import bolt_logger
from bot.slack.sink import SlackSink
from core.api import Assistant, ChatAssistant, Settings

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3


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


def create_app(
    assistant: Assistant,
    *,
    bot_token: str,
    signing_secret: str | None,
    web_client: AsyncWebClient | None = None,
    chat: ChatAssistant | None = None,
    sink: SlackSink | None = None,
    background: BackgroundTasks | None = None,
    next_sync: Callable[[], datetime | None] | None = None,
) -> AsyncApp:
    """Build the Slack app over the core's `Assistant`.

    Args:
        assistant: the core every listener calls.
        bot_token: the `xoxb-` token (ignored when `web_client` is given: it carries one).
        signing_secret: verifies HTTP requests; None in Socket Mode, where none arrive.
        web_client: the Web API client (default: `build_web_client`).
        chat: the DM assistant (default: one without Claude, answering with its help text).
        sink: the `SlackSink` announcing suggestions (attached to `assistant`); it draws every
            card. Without one, the app makes its own, which draws what listeners hand it.
        background: where listeners run their work after the ack (default: a new one).
        next_sync: returns when the next triage pass is due, for `/assistant status`.
    """
    client = web_client or build_web_client(assistant.settings, bot_token)
    app = AsyncApp(
        name="outlook-assistant",
        client=client,
        signing_secret=signing_secret or "",
        process_before_response=False,
        raise_error_for_unhandled_request=True,  # acked by `failure_handler`, not left to retry
        logger=bolt_logger(),
    )
    services = BotServices(
        assistant=assistant,
        chat=chat if chat is not None else assistant.offline_chat_assistant(),
        background=background or BackgroundTasks(),
        sink=sink if sink is not None else SlackSink(client, assistant),
        sink_hears_changes=sink is not None,
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
        context["assistant"] = services.assistant
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

    register_all(app)
    return app


def _passes_to_filters(body: dict[str, Any], user_id: str | None) -> bool:
    """Let through events that the message listener drops anyway: bots, edits, system events."""
    if body.get("type") != "event_callback":
        return False
    event = body.get("event") or {}
    return user_id is None or bool(event.get("bot_id")) or bool(event.get("subtype"))
