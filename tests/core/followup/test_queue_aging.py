"""Queue aging on a virtual clock: one reminder, then the expiry, each exactly once, never
silent (downtime, a front end that fails, a restart), and Bring back restarts the clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.config.settings import Settings
from core.followup.digest import DailyDigest
from core.store import Store
from core.triage.queue_aging import AgingReminder, QueueAging
from core.triage.views import SuggestionView, build_view
from tests.core.followup.conftest import VirtualClock, open_store
from tests.core.followup.seeding import decide, seed
from tests.core.followup.test_digest import berlin


def settings(**triage: Any) -> Settings:
    return Settings.model_validate({"triage": triage})


class Told:
    """The front end: what the owner was told; can be told to fail once."""

    def __init__(self) -> None:
        self.reminded: list[list[AgingReminder]] = []
        self.expired: list[list[int]] = []
        self.fail_next = False

    def _maybe_fail(self) -> None:
        if self.fail_next:
            self.fail_next = False
            raise ConnectionError("Slack is unreachable")

    async def suggestions_reminded(self, reminders: Sequence[AgingReminder]) -> None:
        self._maybe_fail()
        self.reminded.append(list(reminders))

    async def suggestions_expired(self, views: Sequence[SuggestionView]) -> None:
        self._maybe_fail()
        self.expired.append([v.suggestion_id for v in views])


def aging(store: Store, clock: VirtualClock, config: Settings | None = None) -> QueueAging:
    chosen = config or settings(pending_expiry_hours=72, pending_reminder_hours=48)

    async def view(suggestion_id: int) -> SuggestionView | None:
        record = await store.get_suggestion(suggestion_id)
        if record is None:
            return None
        return build_view(record, await store.get_email(record.email_id), None)

    return QueueAging(store, lambda: chosen, view, clock=clock)


async def hourly(queue: QueueAging, clock: VirtualClock, told: Told, hours: int) -> None:
    for _ in range(hours):
        clock.advance(hours=1)
        await queue.tick(told)


async def test_one_reminder_then_the_expiry_each_once(clocked_store) -> None:
    store, clock = clocked_store
    start = clock.now
    first = await seed(store, "first", received=start)
    clock.advance(hours=1)
    second = await seed(store, "second", received=start)
    clock.set(start)
    queue, told = aging(store, clock), Told()

    await hourly(queue, clock, told, 47)
    assert told.reminded == [] and told.expired == []
    await hourly(queue, clock, told, 1)  # 48 h: the first one's reminder
    await hourly(queue, clock, told, 1)  # 49 h: the second's
    assert [[(r.view.suggestion_id, r.expires_at) for r in batch] for batch in told.reminded] == [
        [(first, start + timedelta(hours=72))],
        [(second, start + timedelta(hours=73))],
    ]
    await hourly(queue, clock, told, 200)

    assert len(told.reminded) == 2
    assert told.expired == [[first], [second]]
    assert await store.expired_suggestion_ids() == [first, second]


async def test_downtime_past_both_points_gives_the_expiry_alone(clocked_store) -> None:
    store, clock = clocked_store
    lost = await seed(store, "lost", received=clock.now)
    queue, told = aging(store, clock), Told()

    clock.advance(hours=100)  # the assistant was down for four days
    await queue.tick(told)
    await hourly(queue, clock, told, 5)

    assert told.reminded == [] and told.expired == [[lost]]


async def test_a_front_end_that_fails_is_told_again_on_the_next_tick_and_only_once(
    clocked_store,
) -> None:
    store, clock = clocked_store
    waiting = await seed(store, "waiting", received=clock.now)
    queue, told = aging(store, clock), Told()

    clock.advance(hours=48)
    told.fail_next = True
    with pytest.raises(ConnectionError):
        await queue.tick(told)
    await hourly(queue, clock, told, 1)
    clock.advance(hours=23)
    told.fail_next = True
    with pytest.raises(ConnectionError):
        await queue.tick(told)
    await hourly(queue, clock, told, 3)

    assert [[r.view.suggestion_id for r in batch] for batch in told.reminded] == [[waiting]]
    assert told.expired == [[waiting]]


async def test_a_restart_repeats_nothing(db_path: Path) -> None:
    clock = VirtualClock(datetime(2027, 1, 4, 6, tzinfo=UTC))
    told = Told()
    store = await open_store(db_path, clock)
    await seed(store, "one", received=clock.now)
    clock.advance(hours=48)
    await aging(store, clock).tick(told)
    await store.close()

    store = await open_store(db_path, clock)
    try:
        await hourly(aging(store, clock), clock, told, 2)
    finally:
        await store.close()

    assert len(told.reminded) == 1 and told.expired == []


async def test_decided_suggestions_never_age_and_bring_back_restarts_the_clock(
    clocked_store,
) -> None:
    store, clock = clocked_store
    kept = await seed(store, "kept", received=clock.now)
    approved = await seed(store, "approved", received=clock.now)
    await decide(store, approved, "approved")
    queue, told = aging(store, clock), Told()
    await hourly(queue, clock, told, 72)
    assert told.expired == [[kept]]
    digest = DailyDigest(store, lambda: settings(), zone=berlin, calendar_day=None, clock=clock)
    assert (await digest.build()).expired == 1

    brought = await queue.bring_back(kept)
    assert brought is not None and brought.status == "pending"
    assert (await digest.build()).expired == 0
    await hourly(queue, clock, told, 47)
    assert len(told.reminded) == 1
    await hourly(queue, clock, told, 1)  # a new reminder 48 h after the Bring back
    await hourly(queue, clock, told, 24)

    assert len(told.reminded) == 2 and told.expired == [[kept], [kept]]
    assert await queue.bring_back(approved) is not None  # decided: returned, not touched
    assert await store.expired_suggestion_ids() == [kept]
    assert await queue.bring_back(999) is None


async def test_zero_hours_means_suggestions_never_expire(clocked_store) -> None:
    store, clock = clocked_store
    await seed(store, "forever", received=clock.now)
    queue, told = aging(store, clock, settings(pending_expiry_hours=0)), Told()

    await hourly(queue, clock, told, 500)

    assert told.reminded == [] and told.expired == []


def test_the_reminder_must_come_before_the_expiry() -> None:
    with pytest.raises(ValueError, match="must be less than pending_expiry_hours \\(24\\)"):
        settings(pending_expiry_hours=24, pending_reminder_hours=48)
    assert settings(pending_expiry_hours=24, pending_reminder_hours=0).triage
