"""The Slack end of `SuggestionSink`: post each new suggestion once, keep its card up to date.

New suggestions are queued, not posted inline, so a triage pass never waits for Slack. A worker
waits until arrivals pause (a pass announces its suggestions one by one; `hold` defers posting
explicitly), then posts them one card at a time, at most one post per second per channel
(Slack's chat.postMessage limit); more than `burst_threshold` at once become one summary card.
Where each card went is stored (`posted_messages`), which makes posting idempotent across
restarts: a suggestion with a row is never posted again, and `announce_unposted` posts the
pending ones that never got one.

The sink is the only thing that draws a suggestion card: listeners hand it the view they read
(and where the clicked card is) and it renders and updates the message. It is fed views, never
ids to re-read, and remembers where each card is once it posted or looked it up (a card never
moves), so a click costs no store read for the card's place.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import ids
from bot.slack.blocks import burst_message, parse_id_list, suggestion_message
from core.api import (
    ApprovalOutcome,
    Assistant,
    BlockResult,
    PostedMessage,
    Settings,
    SuggestionView,
    creates_task,
)

log = logging.getLogger(__name__)

FRONT_END = "slack"
BURST_FRONT_END = "slack-burst"  # announced inside a burst summary, not as a card of its own
BURST_THRESHOLD = 5
HIGH_CONFIDENCE = 0.85
POST_INTERVAL_SECONDS = 1.0
GATHER_SECONDS = 2.0
GATHER_MAX_SECONDS = 30.0
UNPOSTED_SCAN_LIMIT = 1000
HEARD_KEPT = 256  # changed views kept for a decision that draws a card the sink does not own

ChannelResolver = Callable[[], Awaitable[str]]
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Location:
    """Where a message lives: its channel (a D… id in a DM) and its ts."""

    channel: str
    ts: str


def render_card(
    settings: Settings,
    view: SuggestionView,
    *,
    state: str | None = None,
    outcome: ApprovalOutcome | None = None,
    blocked: BlockResult | None = None,
) -> dict[str, Any]:
    """Return a suggestion's card in `state` (default: the one its status implies)."""
    return suggestion_message(
        view,
        low_confidence_threshold=settings.triage.low_confidence_threshold,
        state=state or card_state(view.status),  # type: ignore[arg-type]
        outcome=outcome,
        creates_task=creates_task(settings, view.action_type),
        can_block=settings.calendars.any_enabled,
        blocked=blocked,
    )


def render_current(
    settings: Settings, view: SuggestionView, blocked: BlockResult | None = None
) -> dict[str, Any]:
    """Return a suggestion's card as it stands: its outcome's state if it has one, else its own."""
    state = card_state(view.outcome.status if view.outcome else view.status)
    return render_card(settings, view, state=state, outcome=view.outcome, blocked=blocked)


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
        assistant: Assistant,
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
            assistant: the core (settings, suggestions, where cards were posted).
            channel_resolver: returns the channel to post to (default: `OwnerChannel`).
            burst_threshold: more new suggestions than this at once become one summary.
            high_confidence: the confidence an "approve all" in a summary requires.
            gather_seconds: how long arrivals must pause before a batch is posted.
            clock: monotonic seconds (tests advance a fake one).
            sleep: waits (tests pass one that advances the fake clock).
        """
        self._client = client
        self._assistant = assistant
        self._channel = channel_resolver or OwnerChannel(client, lambda: assistant.settings)
        self.burst_threshold = burst_threshold
        self.high_confidence = high_confidence
        self._gather_seconds = gather_seconds
        self._clock = clock
        self._sleep = sleep
        self.pacer = ChannelPacer(clock=clock, sleep=sleep)
        self._released = asyncio.Event()
        self._released.set()
        self._holds = 0
        self._queue: dict[int, SuggestionView] = {}  # insertion-ordered
        self._posting: set[int] = set()
        self._cards: dict[int, PostedMessage] = {}  # where each card is, once known
        self._heard: OrderedDict[int, SuggestionView] = OrderedDict()
        self._worker: asyncio.Task[None] | None = None
        self.post_failures = 0

    def owns(self, posted: PostedMessage) -> bool:
        """Tell whether a posted message is a card this sink keeps up to date."""
        return posted.front_end == FRONT_END

    # -- SuggestionSink -----------------------------------------------------------------------

    async def suggestion_created(self, view: SuggestionView) -> None:
        """Queue a new suggestion for posting (returns at once)."""
        self._enqueue([view])

    async def suggestion_changed(self, view: SuggestionView) -> None:
        """Redraw the card of a changed suggestion; post one for a failure nobody has seen."""
        self._remember_heard(view)
        if view.suggestion_id in self._queue:
            self._queue[view.suggestion_id] = view  # posted as it is now, or not if decided
        posted = await self.card_location(view.suggestion_id)
        payload = render_current(self._assistant.settings, view)
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

    # -- drawing cards for listeners ----------------------------------------------------------

    async def card_location(self, suggestion_id: int) -> PostedMessage | None:
        """Return where a front end posted the suggestion's card (remembered once known)."""
        known = self._cards.get(suggestion_id)
        if known is not None:
            return known
        posted = await self._assistant.card_location(suggestion_id)
        if posted is not None:
            self._cards[suggestion_id] = posted
        return posted

    async def own_card(self, suggestion_id: int) -> Location | None:
        """Return where this app's card of a suggestion is (None: no card, or not ours)."""
        posted = await self.card_location(suggestion_id)
        if posted is None or not self.owns(posted):
            return None
        return Location(posted.channel, posted.ts)

    def last_heard(self, suggestion_id: int) -> SuggestionView | None:
        """Return the suggestion as its last change announced it (None if none was heard)."""
        return self._heard.get(suggestion_id)

    async def draw(
        self,
        view: SuggestionView,
        where: Location,
        *,
        state: str | None = None,
        outcome: ApprovalOutcome | None = None,
    ) -> bool:
        """Draw a suggestion's card at `where`: in `state` (with `outcome`), else as it stands.

        An approved card whose task has a calendar block says so in place of "Block 30 min".
        Returns False (logged, not raised) if Slack refuses the update.
        """
        settings = self._assistant.settings
        shown = state or card_state(view.outcome.status if view.outcome else view.status)
        blocked = None
        if shown == "approved" and settings.calendars.any_enabled:
            blocked = await self._assistant.live_block(view.suggestion_id)
        if state is None and outcome is None:
            payload = render_current(settings, view, blocked)
        else:
            payload = render_card(settings, view, state=state, outcome=outcome, blocked=blocked)
        return await update_message(self._client, where, payload)

    def _remember_heard(self, view: SuggestionView) -> None:
        self._heard[view.suggestion_id] = view
        self._heard.move_to_end(view.suggestion_id)
        while len(self._heard) > HEARD_KEPT:
            self._heard.popitem(last=False)

    # -- posting ------------------------------------------------------------------------------

    async def announce_unposted(self) -> int:
        """Queue every pending suggestion that was never announced; return how many."""
        pending = await self._assistant.pending(UNPOSTED_SCAN_LIMIT)
        unposted = [v for v in pending if await self.card_location(v.suggestion_id) is None]
        self._enqueue(unposted)
        return len(unposted)

    async def post_cards(self, views: Iterable[SuggestionView]) -> int:
        """Post pending suggestions one card each, paced ("Show the rest"); return how many."""
        posted = 0
        for view in views:
            if view.status != "pending":
                continue
            existing = await self.card_location(view.suggestion_id)
            if existing is not None and self.owns(existing):
                continue
            posted += await self._post(
                view.suggestion_id, render_card(self._assistant.settings, view)
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

    def _enqueue(self, views: Iterable[SuggestionView]) -> None:
        for view in views:
            if view.suggestion_id not in self._posting:
                self._queue.setdefault(view.suggestion_id, view)
        if self._queue and (self._worker is None or self._worker.done()):
            self._worker = asyncio.create_task(self._work(), name="slack-sink")

    async def _work(self) -> None:
        while self._queue:
            await self._gather()
            batch = list(self._queue.values())
            self._queue.clear()
            self._posting.update(view.suggestion_id for view in batch)
            try:
                await self._announce(batch)
            except Exception:
                log.exception(
                    "Could not announce %d suggestions; the next start retries", len(batch)
                )
            finally:
                self._posting.difference_update(view.suggestion_id for view in batch)

    async def _gather(self) -> None:
        await self._released.wait()
        started = self._clock()
        seen = len(self._queue)
        while self._clock() - started < GATHER_MAX_SECONDS:
            await self._sleep(self._gather_seconds)
            if len(self._queue) == seen:
                return
            seen = len(self._queue)

    async def _announce(self, batch: list[SuggestionView]) -> None:
        views: list[SuggestionView] = []
        for view in batch:
            if view.status != "pending":
                continue  # decided while it waited here (its change replaced the queued view)
            if await self.card_location(view.suggestion_id) is not None:
                continue  # announced before (a restart, a second notification)
            views.append(view)
        views.sort(key=_arrival)
        if len(views) > self.burst_threshold:
            await self._post_burst(views)
            return
        for view in views:
            await self._post(view.suggestion_id, render_card(self._assistant.settings, view))

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
                await self._remember(view.suggestion_id, BURST_FRONT_END, where)
        log.info("Announced %d suggestions in one summary", len(covered))
        # More than a button's value holds: the rest get a card each, as the summary says.
        await self.post_cards(v for v in views if v.suggestion_id not in covered)

    async def _post(self, suggestion_id: int, payload: dict[str, Any]) -> int:
        where = await self._post_message(payload)
        if where is None:
            return 0
        await self._remember(suggestion_id, FRONT_END, where)
        return 1

    async def _remember(self, suggestion_id: int, front_end: str, where: tuple[str, str]) -> None:
        channel, ts = where
        await self._assistant.remember_card(
            suggestion_id, front_end=front_end, channel=channel, ts=ts
        )
        self._cards[suggestion_id] = PostedMessage(suggestion_id, front_end, channel, ts)

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


async def update_message(client: AsyncWebClient, where: Location, payload: dict[str, Any]) -> bool:
    """Replace a message the bot posted; log (not raise) if Slack refuses."""
    try:
        await client.chat_update(channel=where.channel, ts=where.ts, **payload)
    except (SlackApiError, aiohttp.ClientError, OSError) as err:
        log.warning("Could not update the message %s in %s: %s", where.ts, where.channel, err)
        return False
    return True


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
