"""The owner's daily budget for Claude: past it, Claude is not asked until midnight.

`classifier.daily_budget_usd` (off by default) caps what Claude may cost in one day of the
owner's time zone (calendars.working_hours.time_zone, else the mailbox's): classification, the
DM conversation and nudge drafts together. The spend is what the store records per call
(`core.triage.pricing` prices each one: classifications in `classifications`, the rest in
`claude_calls`), summed since the owner's last midnight, so it survives restarts. Once it reaches
the budget, triage classifies with the offline heuristic and each such suggestion carries a
`BudgetPause` (in its stored details) that front ends show on the card; the DM assistant answers
its offline words (it reads the budget before each of a message's Claude calls, so its tool
rounds stop at the budget too) and nudge drafts use the template. At the next local midnight
Claude is asked again.

Classifications run `classifier.concurrency` at a time, so a check that read only the store
would let every call already in flight overshoot. `claim` reserves a ceiling of each call's cost
(`pricing.cost_ceiling_usd`) until its real cost is stored: a call starts only while the stored
spend plus the reservations is below the budget, so the day overshoots by at most the one call
that started last, as if calls ran one by one. When the reservations alone reach the budget, the
next call waits for one to settle rather than go offline on a guess.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from core.config.settings import Settings
from core.store import Store

log = logging.getLogger(__name__)

DETAILS_KEY = "claude_budget"


@dataclass(frozen=True)
class ClaudeSpend:
    """What Claude cost in the owner's current day, by purpose, against the budget."""

    classification_usd: float
    conversation_usd: float  # the DM assistant
    drafts_usd: float  # waiting-for nudge drafts
    budget_usd: float | None  # None: no budget set
    day_started: datetime  # the owner's last midnight (aware, in the owner's zone)
    resumes_at: datetime  # the owner's next midnight (aware, in the owner's zone)

    @property
    def spent_usd(self) -> float:
        """Everything Claude cost today."""
        return self.classification_usd + self.conversation_usd + self.drafts_usd

    @property
    def reached(self) -> bool:
        """Whether the budget is set and today's spend has reached it."""
        return self.budget_usd is not None and self.spent_usd >= self.budget_usd

    def pause(self) -> BudgetPause | None:
        """Return the pause this spend puts in force, None while Claude may be asked."""
        if self.budget_usd is None or not self.reached:
            return None
        return BudgetPause(self.spent_usd, self.budget_usd, self.resumes_at)


@dataclass(frozen=True)
class BudgetPause:
    """Why the offline classifier answered instead of Claude: the day's budget was spent."""

    spent_usd: float
    budget_usd: float
    resumes_at: datetime  # when Claude is asked again (aware)

    def to_details(self) -> dict[str, Any]:
        """Return the JSON-safe form kept in the suggestion's details."""
        return {
            "spent_usd": round(self.spent_usd, 6),
            "budget_usd": self.budget_usd,
            "resumes_at": self.resumes_at.isoformat(),
        }

    @classmethod
    def from_details(cls, details: Mapping[str, Any]) -> BudgetPause | None:
        """Return the pause a suggestion's details record, None when there is none (or it is
        unreadable: the card then simply says nothing about the budget)."""
        stored = details.get(DETAILS_KEY)
        if not isinstance(stored, Mapping):
            return None
        try:
            resumes = datetime.fromisoformat(str(stored["resumes_at"]))
            pause = cls(float(stored["spent_usd"]), float(stored["budget_usd"]), resumes)
        except (KeyError, TypeError, ValueError):
            return None
        return pause if resumes.tzinfo is not None else None


def owner_day(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """Return the owner's last and next midnight around `now`, in `zone` (DST-safe)."""
    today = now.astimezone(zone).date()
    start = datetime.combine(today, time(0), tzinfo=zone)
    return start, datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone)


class ClaudeBudget:
    """Reads today's Claude spend from the store, says whether the budget is reached, and
    holds a reservation for each classification in flight."""

    def __init__(
        self, store: Store, settings: Callable[[], Settings], zone: Callable[[], ZoneInfo]
    ) -> None:
        """Create the budget check.

        Args:
            store: where Claude calls and their cost are recorded.
            settings: the current settings (`classifier.daily_budget_usd`; reloads apply).
            zone: the owner's time zone now (it can change when the mailbox is read).
        """
        self._store = store
        self._settings = settings
        self._zone = zone
        self._reserved: dict[object, float] = {}
        self._settled = asyncio.Condition()
        self.waiting = 0  # calls waiting for one in flight to settle (the margin of the budget)

    @property
    def reserved_usd(self) -> float:
        """The cost ceilings held for calls in flight."""
        return sum(self._reserved.values())

    async def spend(self, now: datetime) -> ClaudeSpend:
        """Return today's recorded spend (in the owner's day around `now`) against the budget."""
        start, end = owner_day(now, self._zone())
        since, until = start.astimezone(UTC), end.astimezone(UTC)
        totals = await self._store.classification_totals(since=since, until=until)
        calls = await self._store.claude_call_costs(since=since, until=until)
        budget = self._settings().classifier.daily_budget_usd
        return ClaudeSpend(
            totals.cost_usd,
            calls.get("conversation", 0.0),
            calls.get("draft", 0.0),
            budget,
            start,
            end,
        )

    async def pause(self, now: datetime) -> BudgetPause | None:
        """Return the pause in force at `now`, or None when Claude may be asked.

        Costs nothing without a budget: the store is read only when one is set.
        """
        if self._settings().classifier.daily_budget_usd is None:
            return None
        return (await self.spend(now)).pause()

    @asynccontextmanager
    async def claim(
        self, clock: Callable[[], datetime], ceiling_usd: Callable[[], float]
    ) -> AsyncIterator[BudgetPause | None]:
        """Hold `ceiling_usd()` for one call while the block runs; yield the pause instead when
        the budget is spent.

        Leave the block only once the call's real cost is stored (or the call failed), so the
        next check reads it there. Without a budget nothing is read or held.
        """
        if self._settings().classifier.daily_budget_usd is None:
            yield None
            return
        key = object()
        async with self._settled:
            while True:
                spend = await self.spend(clock())
                pause = spend.pause()
                budget = spend.budget_usd
                if pause is not None or budget is None:
                    break
                if not self._reserved or spend.spent_usd + self.reserved_usd < budget:
                    self._reserved[key] = ceiling_usd()
                    break
                self.waiting += 1
                try:
                    await self._settled.wait()
                finally:
                    self.waiting -= 1
        if key not in self._reserved:
            yield pause
            return
        try:
            yield None
        finally:
            async with self._settled:
                del self._reserved[key]
                self._settled.notify_all()
