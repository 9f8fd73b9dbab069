"""The owner's daily budget for Claude: past it, the offline classifier answers until midnight.

`classifier.daily_budget_usd` (off by default) caps what classification with Claude may cost in
one day of the owner's time zone (calendars.working_hours.time_zone, else the mailbox's). The
spend is what the store already records per classification (`core.triage.pricing` prices each
call), summed since the owner's last midnight, so it survives restarts and needs no counter of
its own. Once it reaches the budget, triage classifies with the offline heuristic and each such
suggestion carries a `BudgetPause` (in its stored details) that front ends show on the card; at
the next local midnight Claude is asked again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
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
    """What Claude's classifications cost in the owner's current day, against the budget."""

    spent_usd: float
    budget_usd: float | None  # None: no budget set
    day_started: datetime  # the owner's last midnight (aware, in the owner's zone)
    resumes_at: datetime  # the owner's next midnight (aware, in the owner's zone)

    @property
    def reached(self) -> bool:
        """Whether the budget is set and today's spend has reached it."""
        return self.budget_usd is not None and self.spent_usd >= self.budget_usd


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
    """Reads today's Claude spend from the store and says whether the budget is reached."""

    def __init__(
        self, store: Store, settings: Callable[[], Settings], zone: Callable[[], ZoneInfo]
    ) -> None:
        """Create the budget check.

        Args:
            store: where classifications and their cost are recorded.
            settings: the current settings (`classifier.daily_budget_usd`; reloads apply).
            zone: the owner's time zone now (it can change when the mailbox is read).
        """
        self._store = store
        self._settings = settings
        self._zone = zone

    async def spend(self, now: datetime) -> ClaudeSpend:
        """Return today's spend (in the owner's day around `now`) against the budget."""
        start, end = owner_day(now, self._zone())
        totals = await self._store.classification_totals(
            since=start.astimezone(UTC), until=end.astimezone(UTC)
        )
        budget = self._settings().classifier.daily_budget_usd
        return ClaudeSpend(totals.cost_usd, budget, start, end)

    async def pause(self, now: datetime) -> BudgetPause | None:
        """Return the pause in force at `now`, or None when Claude may be asked.

        Costs nothing without a budget: the store is read only when one is set.
        """
        if self._settings().classifier.daily_budget_usd is None:
            return None
        spend = await self.spend(now)
        if not spend.reached or spend.budget_usd is None:
            return None
        return BudgetPause(spend.spent_usd, spend.budget_usd, spend.resumes_at)
