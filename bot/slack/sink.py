"""The Slack end of `SuggestionSink`: post each new suggestion once, keep its card up to date.

New suggestions are queued, not posted inline, so a triage pass never waits for Slack. A worker
waits until arrivals pause (a pass announces its suggestions one by one; `hold` defers posting
explicitly), then posts them one card at a time, at most one post per second per channel
(Slack's chat.postMessage limit); more than `burst_threshold` at once become one summary card.
Where each card went is stored (`posted_messages`), which makes posting idempotent across
restarts: a suggestion with a row is never posted again, and `announce_unposted` posts the
pending ones that never got one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import ids
from bot.slack.blocks import burst_message, creates_task, parse_id_list, suggestion_message
from core.config.settings import Settings
from core.runtime import Runtime
from core.store import PostedMessage
from core.triage.approval import ApprovalOutcome
from core.triage.views import SuggestionView

log = logging.getLogger(__name__)

FRONT_END = "slack"
BURST_FRONT_END = "slack-burst"  # announced inside a burst summary, not as a card of its own
BURST_THRESHOLD = 5
HIGH_CONFIDENCE = 0.85
POST_INTERVAL_SECONDS = 1.0
GATHER_SECONDS = 2.0
GATHER_MAX_SECONDS = 30.0
UNPOSTED_SCAN_LIMIT = 1000

ChannelResolver = Callable[[], Awaitable[str]]
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


def render_card(
    settings: Settings,
    view: SuggestionView,
    *,
    state: str | None = None,
    outcome: ApprovalOutcome | None = None,
) -> dict[str, Any]:
    """Return a suggestion's card in `state` (default: the one its status implies)."""
    return suggestion_message(
        view,
        low_confidence_threshold=settings.triage.low_confidence_threshold,
        state=state or card_state(view.status),  # type: ignore[arg-type]
        outcome=outcome,
        creates_task=creates_task(settings, view.action_type),
    )


def render_current(settings: Settings, view: SuggestionView) -> dict[str, Any]:
    """Return a suggestion's card as it stands: its outcome's state if it has one, else its own."""
    state = card_state(view.outcome.status if view.outcome else view.status)
    return render_card(settings, view, state=state, outcome=view.outcome)


def card_state(status: str) -> str:
    """Return the card state that shows a suggestion or outcome status."""
    if status in ("approving", "approved", "failed", "dismissed"):
        return status
    return "pending"


class OwnerChannel:
    """Where cards go: `slack.channel` if set, else the first owner's DM (opened once)."""

    def __init__(self, client: AsyncWebClient, settings: Callable[[], Settings]) -> None:
        self._client = client
        self._settings = settings
        self._dm: dict[str, str] = {}

    async def __call__(self) -> str:
        """Return the channel id cards are posted to."""
        return self._settings().slack.channel or await self.owner_dm()

    async def owner_dm(self) -> str:
        """Return the D… id of the DM with the first owner (conversations.open, cached)."""
        owners = self._settings().slack.owner_user_ids
        if not owners:
            raise RuntimeError("slack.owner_user_ids is empty: there is nobody to post to")
        owner = owners[0]
        if owner not in self._dm:
            opened = await self._client.conversations_open(users=owner)
            self._dm[owner] = str(opened["channel"]["id"])
        return self._dm[owner]


class ChannelPacer:
    """Space posts at least `interval` seconds apart per channel."""

    def __init__(
        self,
        interval: float = POST_INTERVAL_SECONDS,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def wait(self, channel: str) -> None:
        """Return when a post to `channel` is allowed, and book the next slot."""
        lock = self._locks.setdefault(channel, asyncio.Lock())
        async with lock:
            now = self._clock()
            allowed = self._next.get(channel, now)
            if allowed > now:
                await self._sleep(allowed - now)
            self._next[channel] = max(now, allowed) + self._interval


class SlackSink:
    """Post suggestions to Slack and update their cards when they change."""

    def __init__(
        self,
        client: AsyncWebClient,
        runtime: Runtime,
        *,
        channel_resolver: ChannelResolver | None = None,
        burst_threshold: int = BURST_THRESHOLD,
        high_confidence: float = HIGH_CONFIDENCE,
        gather_seconds: float = GATHER_SECONDS,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        """Create the sink.

        Args:
            client: the Web API client.
            runtime: the runtime (settings, store, triage).
            channel_resolver: returns the channel to post to (default: `OwnerChannel`).
            burst_threshold: more new suggestions than this at once become one summary.
            high_confidence: the confidence an "approve all" in a summary requires.
            gather_seconds: how long arrivals must pause before a batch is posted.
            clock: monotonic seconds (tests advance a fake one).
            sleep: waits (tests pass one that advances the fake clock).
        """
        self._client = client
        self._runtime = runtime
        self._channel = channel_resolver or OwnerChannel(client, lambda: runtime.settings)
        self.burst_threshold = burst_threshold
        self.high_confidence = high_confidence
        self._gather_seconds = gather_seconds
        self._clock = clock
        self._sleep = sleep
        self.pacer = ChannelPacer(clock=clock, sleep=sleep)
        self._released = asyncio.Event()
        self._released.set()
        self._holds = 0
        self._queue: dict[int, None] = {}  # insertion-ordered set of suggestion ids
        self._posting: set[int] = set()
        self._worker: asyncio.Task[None] | None = None
        self.post_failures = 0

    def owns(self, posted: PostedMessage) -> bool:
        """Tell whether a posted message is a card this sink keeps up to date."""
        return posted.front_end == FRONT_END

    # -- SuggestionSink -----------------------------------------------------------------------

    async def suggestion_created(self, view: SuggestionView) -> None:
        """Queue a new suggestion for posting (returns at once)."""
        self._enqueue([view.suggestion_id])

    async def suggestion_changed(self, view: SuggestionView) -> None:
        """Redraw the card of a changed suggestion; post one for a failure nobody has seen."""
        posted = await self._runtime.store.posted_message(view.suggestion_id)
        payload = render_current(self._runtime.settings, view)
        if posted is not None and self.owns(posted):
            try:
                await self._client.chat_update(channel=posted.channel, ts=posted.ts, **payload)
            except SlackApiError as err:
                log.warning(
                    "Could not update the card of suggestion %d: %s",
                    view.suggestion_id,
                    err.response.get("error"),
                )
            return
        unseen = posted is None or posted.front_end == BURST_FRONT_END
        if view.status == "failed" and unseen and view.suggestion_id not in self._posting:
            # Failed without a card of its own (approve-all, the DM assistant): show the Retry.
            await self._post(view.suggestion_id, payload)

    # -- posting ------------------------------------------------------------------------------

    async def announce_unposted(self) -> int:
        """Queue every pending suggestion that was never announced; return how many."""
        pending = await self._runtime.triage.list_pending(UNPOSTED_SCAN_LIMIT)
        unposted = [
            view.suggestion_id
            for view in pending
            if await self._runtime.store.posted_message(view.suggestion_id) is None
        ]
        self._enqueue(unposted)
        return len(unposted)

    async def post_cards(self, views: Iterable[SuggestionView]) -> int:
        """Post pending suggestions one card each, paced ("Show the rest"); return how many."""
        posted = 0
        for view in views:
            current = await self._runtime.triage.get(view.suggestion_id)
            if current is None or current.status != "pending":
                continue
            existing = await self._runtime.store.posted_message(view.suggestion_id)
            if existing is not None and self.owns(existing):
                continue
            posted += await self._post(
                current.suggestion_id, render_card(self._runtime.settings, current)
            )
        return posted

    @asynccontextmanager
    async def hold(self) -> AsyncIterator[None]:
        """Post nothing until the block ends: suggestions arriving meanwhile form one batch."""
        self._holds += 1
        self._released.clear()
        try:
            yield
        finally:
            self._holds -= 1
            if self._holds == 0:
                self._released.set()

    async def drain(self) -> None:
        """Wait until everything queued has been posted."""
        while self._worker is not None and not self._worker.done():
            await asyncio.shield(self._worker)

    async def aclose(self) -> None:
        """Stop posting; queued suggestions are announced at the next start."""
        if self._worker is not None:
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
            self._worker = None

    def _enqueue(self, suggestion_ids: Iterable[int]) -> None:
        for suggestion_id in suggestion_ids:
            if suggestion_id not in self._posting:
                self._queue.setdefault(suggestion_id)
        if self._queue and (self._worker is None or self._worker.done()):
            self._worker = asyncio.create_task(self._work(), name="slack-sink")

    async def _work(self) -> None:
        while self._queue:
            await self._gather()
            batch = list(self._queue)
            self._queue.clear()
            self._posting.update(batch)
            try:
                await self._announce(batch)
            except Exception:
                log.exception(
                    "Could not announce %d suggestions; the next start retries", len(batch)
                )
            finally:
                self._posting.difference_update(batch)

    async def _gather(self) -> None:
        await self._released.wait()
        started = self._clock()
        seen = len(self._queue)
        while self._clock() - started < GATHER_MAX_SECONDS:
            await self._sleep(self._gather_seconds)
            if len(self._queue) == seen:
                return
            seen = len(self._queue)

    async def _announce(self, batch: list[int]) -> None:
        views: list[SuggestionView] = []
        for suggestion_id in batch:
            view = await self._runtime.triage.get(suggestion_id)
            if view is None or view.status != "pending":
                continue
            if await self._runtime.store.posted_message(suggestion_id) is not None:
                continue  # announced before (a restart, a second notification)
            views.append(view)
        views.sort(key=_arrival)
        if len(views) > self.burst_threshold:
            await self._post_burst(views)
            return
        for view in views:
            await self._post(view.suggestion_id, render_card(self._runtime.settings, view))

    async def _post_burst(self, views: list[SuggestionView]) -> None:
        confident = [
            v for v in views if v.confidence >= self.high_confidence and not v.needs_review
        ]
        rest = [v for v in views if v not in confident]
        payload = burst_message(confident, rest, self.high_confidence)
        where = await self._post_message(payload)
        if where is None:
            return
        blocks = payload["blocks"]
        covered = set(
            summary_ids(blocks, ids.APPROVE_ALL_CONFIDENT) + summary_ids(blocks, ids.SHOW_REST)
        )
        for view in views:
            if view.suggestion_id in covered:
                await self._runtime.store.set_posted_message(
                    view.suggestion_id, front_end=BURST_FRONT_END, channel=where[0], ts=where[1]
                )
        log.info("Announced %d suggestions in one summary", len(covered))
        # More than a button's value holds: the rest get a card each, as the summary says.
        await self.post_cards(v for v in views if v.suggestion_id not in covered)

    async def _post(self, suggestion_id: int, payload: dict[str, Any]) -> int:
        where = await self._post_message(payload)
        if where is None:
            return 0
        await self._runtime.store.set_posted_message(
            suggestion_id, front_end=FRONT_END, channel=where[0], ts=where[1]
        )
        return 1

    async def _post_message(self, payload: dict[str, Any]) -> tuple[str, str] | None:
        try:
            channel = await self._channel()
            await self.pacer.wait(channel)
            reply = await self._client.chat_postMessage(channel=channel, **payload)
        except SlackApiError as err:
            self.post_failures += 1
            log.error("Slack refused a post: %s", err.response.get("error"))
            return None
        return str(reply["channel"]), str(reply["ts"])


def summary_ids(blocks: list[dict[str, Any]], action_id: str) -> list[int]:
    """Return the suggestion ids a summary's button carries (none if the button is gone)."""
    for block in blocks:
        for element in block.get("elements") or ():
            if isinstance(element, dict) and element.get("action_id") == action_id:
                return parse_id_list(str(element.get("value") or ""))
    return []


def _arrival(view: SuggestionView) -> tuple[float, int]:
    """Order cards as the emails arrived (classification runs concurrently)."""
    received = view.received_at.timestamp() if view.received_at else float("inf")
    return received, view.suggestion_id
