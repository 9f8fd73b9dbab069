"""The daily digest on a virtual clock: sent once at its time, once across restarts, failed
posts and a second process; its numbers counted from suggestions in every state."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from core.config.settings import Settings
from core.followup.digest import DailyDigest, Digest
from core.followup.stats import PeriodNumbers
from core.store import Store
from core.vocabulary import ActionType
from tests.core.followup.conftest import VirtualClock, open_store
from tests.core.followup.seeding import decide, seed

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2027, 1, 4, tzinfo=BERLIN)  # local midnight; 08:00 Berlin is 07:00 UTC


def at(hour: int, minute: int = 0, *, days: int = 0) -> datetime:
    return MONDAY + timedelta(days=days, hours=hour, minutes=minute)


def settings(**digest: Any) -> Settings:
    return Settings.model_validate({"followup": {"digest": digest}})


async def berlin() -> tzinfo:
    return BERLIN


class Poster:
    """The front end's post: keeps each digest; can be told to fail."""

    def __init__(self) -> None:
        self.posted: list[Digest] = []
        self.failures = 0

    async def __call__(self, digest: Digest) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("Slack is unreachable")
        self.posted.append(digest)


def digest_of(store: Store, clock: VirtualClock, config: Settings | None = None) -> DailyDigest:
    chosen = config or settings(time="08:00")
    return DailyDigest(store, lambda: chosen, zone=berlin, calendar_day=None, clock=clock)


async def test_sent_once_at_the_configured_time_and_again_the_next_day(clocked_store) -> None:
    store, clock = clocked_store
    digest, post = digest_of(store, clock), Poster()

    for when in (at(6), at(7, 59)):
        clock.set(when)
        assert not await digest.tick(post)
    for when in (at(8), at(8, 1), at(12), at(23, 59)):
        clock.set(when)
        await digest.tick(post)
    clock.set(at(7, 59, days=1))
    await digest.tick(post)
    assert [d.day for d in post.posted] == [MONDAY.date()]
    clock.set(at(8, days=1))
    assert await digest.tick(post)

    assert [(d.day, d.scheduled) for d in post.posted] == [
        (MONDAY.date(), True),
        ((MONDAY + timedelta(days=1)).date(), True),
    ]


async def test_a_restart_after_sending_sends_nothing_more_that_day(db_path: Path) -> None:
    clock = VirtualClock(at(8, 5))
    post = Poster()
    first = await open_store(db_path, clock)
    assert await digest_of(first, clock).tick(post)
    await first.close()

    clock.set(at(9))
    again = await open_store(db_path, clock)
    try:
        assert not await digest_of(again, clock).tick(post)
    finally:
        await again.close()

    assert len(post.posted) == 1


async def test_a_start_after_the_time_still_sends_that_days_digest_once(clocked_store) -> None:
    store, clock = clocked_store
    post = Poster()
    clock.set(at(15, 30))  # the service was down all morning

    assert await digest_of(store, clock).tick(post)
    assert not await digest_of(store, clock).tick(post)

    assert [d.day for d in post.posted] == [MONDAY.date()]


async def test_a_failed_post_gives_the_claim_back_and_the_next_tick_sends_it(
    clocked_store,
) -> None:
    store, clock = clocked_store
    digest, post = digest_of(store, clock), Poster()
    post.failures = 1
    clock.set(at(8))

    with pytest.raises(ConnectionError):
        await digest.tick(post)
    clock.advance(minutes=1)
    assert await digest.tick(post)
    clock.advance(minutes=1)
    assert not await digest.tick(post)

    assert len(post.posted) == 1


async def test_two_processes_ticking_at_once_send_one_digest(db_path: Path) -> None:
    clock = VirtualClock(at(8))
    post = Poster()
    one, two = await open_store(db_path, clock), await open_store(db_path, clock)
    try:
        sent = await asyncio.gather(
            digest_of(one, clock).tick(post), digest_of(two, clock).tick(post)
        )
    finally:
        await one.close()
        await two.close()

    assert sorted(sent) == [False, True]
    assert len(post.posted) == 1


async def test_an_on_demand_digest_does_not_count_as_the_days_one(clocked_store) -> None:
    store, clock = clocked_store
    digest, post = digest_of(store, clock), Poster()
    clock.set(at(7))

    asked = await digest.build()
    clock.set(at(8))
    assert await digest.tick(post)

    assert not asked.scheduled and post.posted[0].scheduled


async def test_disabled_digest_is_never_sent(clocked_store) -> None:
    store, clock = clocked_store
    post = Poster()
    digest = digest_of(store, clock, settings(enabled=False))
    for hour in (8, 12, 23):
        clock.set(at(hour))
        assert not await digest.tick(post)
    assert post.posted == []


async def test_yesterdays_numbers_and_what_needs_a_reply_are_true(clocked_store) -> None:
    store, clock = clocked_store
    # Sunday: four emails triaged; one approved as suggested, one approved with the owner's
    # folder (a correction), one dismissed, one Needs Reply left pending.
    clock.set(at(9, days=-1))
    plain = await seed(store, "plain", received=clock.now, cost_usd=0.25)
    edited = await seed(store, "edited", received=clock.now, cost_usd=0.5)
    dropped = await seed(store, "dropped", received=clock.now, cost_usd=0.125)
    waiting = await seed(
        store, "reply", action=ActionType.NEEDS_REPLY, received=clock.now, cost_usd=0.0625
    )
    clock.set(at(18, days=-1))
    await decide(store, plain, "approved")
    await decide(store, edited, "approved", folder="Areas/Finance")
    await decide(store, dropped, "dismissed")
    # Saturday's email decided on Sunday counts as decided, not as triaged, on Sunday.
    clock.set(at(9, days=-2))
    old = await seed(store, "saturday", received=clock.now, cost_usd=1.0)
    clock.set(at(10, days=-1))
    await decide(store, old, "dismissed")
    # Monday's own mail is today's, not yesterday's.
    clock.set(at(6))
    await seed(store, "today", action=ActionType.NEEDS_REPLY, received=clock.now, cost_usd=2.0)
    replied = await seed(store, "answered", action=ActionType.NEEDS_REPLY, received=clock.now)
    await decide(store, replied, "dismissed")

    clock.set(at(8))
    digest = await digest_of(store, clock).build()

    assert digest.yesterday == PeriodNumbers(triaged=4, approved=2, corrected=1, dismissed=2)
    assert digest.yesterday_cost_usd == pytest.approx(0.9375)
    assert [i.subject for i in digest.needs_reply] == ["Subject reply", "Subject today"]
    assert [i.suggestion_id for i in digest.needs_reply][0] == waiting
    assert digest.meetings == () and digest.calendars == () and digest.overdue_waits == ()


async def test_overdue_waits_are_the_open_ones_past_their_nudge_time(clocked_store) -> None:
    from core.store.waiting_queries import NewWait

    store, clock = clocked_store
    started = at(9, days=-3)
    for name, hours in (("late", 48), ("fresh", 96)):
        suggestion = await seed(store, name, action=ActionType.WAITING_FOR, received=started)
        await decide(store, suggestion, "approved")
        await store.start_wait(
            NewWait(
                suggestion_id=suggestion,
                email_id=f"email-{name}",
                conversation_id=f"conv-{name}",
                waiting_on=("dana@tradecore.example",),
                since=started,
                nudge_after_hours=hours,
                escalate_after_hours=120,
                skip_weekends=False,
                task_id=None,
                task_backend=None,
            )
        )
    clock.set(at(10))

    digest = await digest_of(store, clock).build()

    assert [(w.subject, w.waiting_on, w.since) for w in digest.overdue_waits] == [
        ("Subject late", "Dana Reyes", started)
    ]
    assert digest.overdue_waits[0].web_link == "https://outlook.example/late"


class LostAnswerPoster(Poster):
    """A front end whose first post lands but whose answer is lost; it can say what it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.lose_next_answer = True

    async def __call__(self, digest: Digest) -> None:
        self.posted.append(digest)
        if self.lose_next_answer:
            self.lose_next_answer = False
            raise ConnectionError("the answer to the post was lost")

    async def holds(self, day: object) -> bool:
        return any(d.day == day for d in self.posted)


async def test_a_post_whose_answer_was_lost_is_found_not_sent_again(clocked_store) -> None:
    store, clock = clocked_store
    digest, post = digest_of(store, clock), LostAnswerPoster()
    clock.set(at(8))

    with pytest.raises(ConnectionError):
        await digest.tick(post, post.holds)
    clock.set(at(8, 1))
    assert not await digest.tick(post, post.holds)  # found in the DM: marked sent
    clock.set(at(9))
    assert not await digest.tick(post, post.holds)

    assert [d.day for d in post.posted] == [MONDAY.date()]


@pytest.mark.parametrize("landed", [False, True])
async def test_a_claim_a_dead_run_left_is_taken_over_after_a_while(
    clocked_store, landed: bool
) -> None:
    store, clock = clocked_store
    post = LostAnswerPoster()
    post.lose_next_answer = False
    if landed:  # the dead run's post reached Slack before it died
        post.posted.append(await digest_of(store, clock).build(scheduled=True))
    assert await store.claim_digest(MONDAY.date(), at(8))  # then the run died
    digest = digest_of(store, clock)

    clock.set(at(8, 10))
    assert not await digest.tick(post, post.holds)  # a live run may still be posting
    assert len(post.posted) == int(landed)
    clock.set(at(8, 16))
    assert await digest.tick(post, post.holds) is not landed
    clock.set(at(9))
    assert not await digest.tick(post, post.holds)

    assert len(post.posted) == 1
    claim = await store.digest_claim(MONDAY.date())
    assert claim is not None and claim.sent_at is not None
