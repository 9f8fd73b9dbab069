"""What every listener finds on the bolt context: the services, the background work, the claims.

The app puts a `BotServices` on `context["services"]`; listeners read it with `services_of`. It
lives apart from `bot.slack.app`, which registers the listeners, so no listener imports the app.
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

from slack_bolt.async_app import AsyncBoltContext

from core.api import Assistant, ChatAssistant, Settings

if TYPE_CHECKING:
    from bot.slack.sink import SlackSink

log = logging.getLogger(__name__)

EVENT_ID_TTL_SECONDS = 15 * 60.0  # Slack retries for about 5 minutes; keep ids three times as long
_MAX_REMEMBERED_EVENTS = 10_000


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

    assistant: Assistant
    chat: ChatAssistant | None
    background: BackgroundTasks
    sink: SlackSink  # draws every suggestion card
    sink_hears_changes: bool = True  # attached to the core: it redraws cards after decisions
    next_sync: Callable[[], datetime | None] | None = None
    in_flight: set[tuple[str, str]] = field(default_factory=set)

    @property
    def settings(self) -> Settings:
        """Return the settings in force (config reloads included)."""
        return self.assistant.settings

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
