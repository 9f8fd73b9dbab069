"""Queue aging: a suggestion nobody decides leaves the Slack queue, never silently.

`triage.pending_reminder_hours` after it joined the queue the owner gets one reminder (all the
suggestions that reached that point in one message); `triage.pending_expiry_hours` after, its
card says it expired. Nothing changes in Outlook: the suggestion stays pending, so the owner can
still approve it after a Bring back (which restarts its clock, reminder included), and the daily
digest counts the expired ones. `pending_expiry_hours: 0` turns aging off.

Each reminder and expiry is stamped in the store in the same transaction that finds it due
(`claim_aging`) and only then told to the front end; a front end that cannot tell the owner
raises, the stamps are taken back, and the next tick tries again. So a restart, downtime or two
ticks never repeat a reminder, and a suggestion whose reminder time passed during downtime
together with its expiry gets the expiry notice alone.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from core.config.settings import Settings
from core.store import Store
from core.store.digest_queries import AgingCandidate, AgingMark
from core.triage.views import SuggestionView

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgingReminder:
    """A suggestion still undecided, and when it will leave the queue."""

    view: SuggestionView
    expires_at: datetime


class QueueAgingSink(Protocol):
    """Where the front end tells the owner about aging suggestions (raise if it could not)."""

    async def suggestions_reminded(self, reminders: Sequence[AgingReminder]) -> None:
        """Remind the owner, in one message, of suggestions that will expire."""
        ...

    async def suggestions_expired(self, views: Sequence[SuggestionView]) -> None:
        """Mark each card as expired (with a way to bring it back)."""
        ...


@dataclass(frozen=True)
class AgingReport:
    """What one tick said: how many reminders and expiries."""

    reminded: int = 0
    expired: int = 0


ViewReader = Callable[[int], Awaitable[SuggestionView | None]]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class QueueAging:
    """Remind once, then expire, the suggestions left pending too long."""

    def __init__(
        self,
        store: Store,
        settings: Callable[[], Settings],
        view: ViewReader,
        *,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._store = store
        self._settings = settings
        self._view = view
        self._clock = clock

    async def tick(self, sink: QueueAgingSink) -> AgingReport:
        """Expire what is due, then remind what is due; each exactly once."""
        triage = self._settings().triage
        if not triage.pending_expiry_hours:
            return AgingReport()
        now = self._clock()
        expiry = timedelta(hours=triage.pending_expiry_hours)
        expired = await self._store.claim_aging("expired_at", queued_before=now - expiry)
        if expired:
            views = await self._views(expired)
            await self._telling("expired_at", expired, sink.suggestions_expired(views))
        reminded: list[AgingCandidate] = []
        if triage.pending_reminder_hours:
            remind = timedelta(hours=triage.pending_reminder_hours)
            reminded = await self._store.claim_aging("reminded_at", queued_before=now - remind)
        if reminded:
            views = await self._views(reminded)
            by_id = {c.suggestion_id: c.queued_since + expiry for c in reminded}
            notes = [AgingReminder(v, by_id[v.suggestion_id]) for v in views]
            await self._telling("reminded_at", reminded, sink.suggestions_reminded(notes))
        if expired or reminded:
            log.info(
                "Queue aging: %d suggestions expired, %d reminded", len(expired), len(reminded)
            )
        return AgingReport(reminded=len(reminded), expired=len(expired))

    async def bring_back(self, suggestion_id: int) -> SuggestionView | None:
        """Put a suggestion back in the queue (still pending); None if it is not pending."""
        view = await self._view(suggestion_id)
        if view is None or view.status != "pending":
            return view
        await self._store.bring_back(suggestion_id)
        return view

    async def _views(self, found: Sequence[AgingCandidate]) -> list[SuggestionView]:
        views = [await self._view(c.suggestion_id) for c in found]
        return [v for v in views if v is not None]

    async def _telling(
        self, mark: AgingMark, claimed: Sequence[AgingCandidate], telling: Awaitable[None]
    ) -> None:
        try:
            await telling
        except BaseException:
            await self._store.release_aging(mark, [c.suggestion_id for c in claimed])
            raise
