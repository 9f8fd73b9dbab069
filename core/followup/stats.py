"""The numbers of a period: triaged, approved, corrected, dismissed, per action type and folder.

`/assistant stats` and `outlook-assistant stats` show the last seven days; the daily digest
shows yesterday's totals. "Corrected" is an approval the owner edited first (another folder,
priority or action type than suggested); cost is what Claude's classifications in the period
cost, as `/assistant status` counts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from core.store import Store
from core.store.digest_queries import DecisionCounts

WEEK_DAYS = 7


@dataclass(frozen=True)
class PeriodNumbers:
    """How many suggestions were made, approved, corrected (edited approvals) and dismissed."""

    triaged: int = 0
    approved: int = 0
    corrected: int = 0
    dismissed: int = 0

    def __add__(self, other: PeriodNumbers) -> PeriodNumbers:
        return PeriodNumbers(
            self.triaged + other.triaged,
            self.approved + other.approved,
            self.corrected + other.corrected,
            self.dismissed + other.dismissed,
        )


@dataclass(frozen=True)
class PeriodStats:
    """A period's numbers in total, per action type and per folder (busiest first), and cost."""

    since: datetime
    until: datetime
    totals: PeriodNumbers
    cost_usd: float
    classifications: int
    by_action_type: tuple[tuple[str, PeriodNumbers], ...] = ()
    by_folder: tuple[tuple[str, PeriodNumbers], ...] = ()


def _numbers(row: DecisionCounts) -> PeriodNumbers:
    return PeriodNumbers(row.triaged, row.approved, row.corrected, row.dismissed)


def _grouped(rows: Iterable[tuple[str, PeriodNumbers]]) -> tuple[tuple[str, PeriodNumbers], ...]:
    totals: dict[str, PeriodNumbers] = {}
    for key, numbers in rows:
        totals[key] = totals.get(key, PeriodNumbers()) + numbers
    busiest = sorted(totals.items(), key=lambda item: (-_weight(item[1]), item[0]))
    return tuple(busiest)


def _weight(numbers: PeriodNumbers) -> int:
    return numbers.triaged + numbers.approved + numbers.dismissed


async def period_stats(store: Store, *, since: datetime, until: datetime) -> PeriodStats:
    """Count what happened to suggestions in [since, until) and what Claude cost then."""
    rows = await store.decision_counts(since=since, until=until)
    cost = await store.classification_totals(since=since, until=until)
    totals = sum((_numbers(row) for row in rows), PeriodNumbers())
    return PeriodStats(
        since=since,
        until=until,
        totals=totals,
        cost_usd=cost.cost_usd,
        classifications=cost.count,
        by_action_type=_grouped((row.action_type, _numbers(row)) for row in rows),
        by_folder=_grouped((row.folder, _numbers(row)) for row in rows),
    )


async def week_stats(store: Store, *, now: datetime, zone: tzinfo) -> PeriodStats:
    """Return the last seven days in the owner's zone: from local midnight six days ago to now."""
    local = now.astimezone(zone)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return await period_stats(store, since=midnight - timedelta(days=WEEK_DAYS - 1), until=now)
