"""classifier.daily_budget_usd: past Claude's spend for the owner's day, the offline classifier
answers until the owner's midnight, the card says so, and the status shows spend against budget.

Claude is the real classifier over HTTP against the Anthropic emulator; the store, the triage
service and the budget share one virtual clock, so "midnight" is a moment the test moves to.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import messages
from bot.slack.blocks.status_builder import status_message
from bot.slack.blocks.suggestion_builder import suggestion_message
from bot.terminal.cards import card_lines
from core.config.settings import Settings
from core.status import gather_status
from core.store import Store
from core.triage.budget import BudgetPause, ClaudeBudget, owner_day
from core.triage.classification import Usage
from sandbox.anthropic_emulator import AnthropicEmulator
from tests.bot.slack.blocks import all_text
from tests.core.test_store import mail
from tests.core.test_triage import Rig, make_rig, use_real_claude

ZONE = ZoneInfo("Europe/Stockholm")  # UTC+1 in winter, +2 in summer: local midnight is not UTC's
BUDGET = 0.00001  # below what one emulated Claude call costs, so one call spends it


@dataclass
class VirtualClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> VirtualClock:
    # 90 minutes before the owner's next midnight, on the day the emails are delivered.
    _, midnight = owner_day(datetime.now(UTC), ZONE)
    return VirtualClock(midnight.astimezone(UTC) - timedelta(minutes=90))


@pytest.fixture
async def clocked_store(clock: VirtualClock) -> AsyncIterator[Store]:
    store = await Store.open(":memory:", clock=clock)
    yield store
    await store.close()


def with_budget(settings: Settings, budget: float | None = BUDGET) -> Settings:
    classifier = settings.classifier.model_copy(update={"daily_budget_usd": budget})
    return settings.model_copy(update={"classifier": classifier})


def budgeted_rig(emulator, graph, store: Store, clock: VirtualClock, base_url: str):
    rig = make_rig(emulator, graph, store)
    claude = use_real_claude(rig, base_url)
    rig.settings = with_budget(rig.settings)
    budget = ClaudeBudget(store, lambda: rig.settings, lambda: ZONE)
    rig.new_service(primary=claude, clock=clock, budget=budget)
    return rig, claude


async def classified_by(rig: Rig, subject: str) -> tuple[str, BudgetPause | None]:
    email_id = rig.deliver(subject)
    await rig.triage.refresh()
    view = next(v for v in reversed(rig.sink.created) if v.email_id == email_id)
    return view.classifier, view.budget_pause


async def test_spend_past_the_budget_hands_over_until_local_midnight(
    emulator, graph, clocked_store, clock
):
    claude_api = AnthropicEmulator()
    async with claude_api.serve() as base_url:
        rig, claude = budgeted_rig(emulator, graph, clocked_store, clock, base_url)
        claude_name = claude.name

        first = await classified_by(rig, "Cutover weekend plan")
        assert first == (claude_name, None) and len(claude_api.requests) == 1

        over, pause = await classified_by(rig, "Cutover rollback drill")
        assert over == "heuristic" and len(claude_api.requests) == 1  # Claude not asked
        _, midnight = owner_day(clock.now, ZONE)
        assert pause is not None and pause.resumes_at == midnight
        assert pause.budget_usd == BUDGET and pause.spent_usd > BUDGET

        clock.now = midnight.astimezone(UTC) - timedelta(minutes=1)
        still, _ = await classified_by(rig, "Steering committee minutes")
        assert still == "heuristic" and len(claude_api.requests) == 1

        # One minute past the owner's midnight, still the previous day in UTC: Claude is back.
        clock.now = midnight.astimezone(UTC) + timedelta(minutes=1)
        assert clock.now.date() == (midnight - timedelta(minutes=2)).astimezone(UTC).date()
        back, none = await classified_by(rig, "Go-live readiness")
        await claude.aclose()

    assert (back, none) == (claude_name, None) and len(claude_api.requests) == 2


async def test_the_cards_say_the_offline_classifier_answered_because_of_the_budget(
    emulator, graph, clocked_store, clock
):
    claude_api = AnthropicEmulator()
    async with claude_api.serve() as base_url:
        rig, claude = budgeted_rig(emulator, graph, clocked_store, clock, base_url)
        await classified_by(rig, "Cutover weekend plan")
        await classified_by(rig, "Cutover rollback drill")
        await claude.aclose()
    paid, offline = rig.sink.created[-2:]
    assert offline.budget_pause is not None
    pause = offline.budget_pause

    slack = all_text(suggestion_message(offline, low_confidence_threshold=0.6))
    terminal = "\n".join(card_lines(offline))

    spent = messages.dollars(pause.spent_usd)
    assert f"Claude's daily budget is spent ({spent} of $0.00001)" in slack
    assert f"<!date^{int(pause.resumes_at.timestamp())}^" in slack
    assert "the offline classifier suggested this" in terminal
    assert "budget" not in all_text(suggestion_message(paid, low_confidence_threshold=0.6))
    # The stored suggestion reads back the same pause (a redraw after a restart shows it too).
    again = await rig.triage.get(offline.suggestion_id)
    assert again is not None and again.budget_pause == pause


async def test_without_a_budget_claude_is_always_asked_and_nothing_is_read(
    emulator, graph, clocked_store, clock
):
    claude_api = AnthropicEmulator()
    async with claude_api.serve() as base_url:
        rig, claude = budgeted_rig(emulator, graph, clocked_store, clock, base_url)
        rig.settings = with_budget(rig.settings, None)
        for subject in ("One", "Two", "Three"):
            name, pause = await classified_by(rig, subject)
            assert (name, pause) == (claude.name, None)
        await claude.aclose()
    assert len(claude_api.requests) == 3


async def test_status_shows_spend_against_the_budget_in_the_owner_day(owner_runtime):
    runtime = owner_runtime
    runtime.settings = with_budget(runtime.settings, 0.05)
    store = runtime.store
    email = "AAMk-budget"
    await store.upsert_emails([mail(email)])
    for cost in (0.02, 0.01):
        await store.record_classification(
            email, suggestion_id=None, source="claude", model="m", usage=Usage(cost_usd=cost)
        )
    now = datetime.now(UTC)

    status = await gather_status(runtime, now=now)

    spend = status.claude_budget
    assert spend is not None and spend.budget_usd == 0.05 and not spend.reached
    assert spend.spent_usd == pytest.approx(0.03)
    assert spend.resumes_at == owner_day(now, runtime.owner_zone())[1]
    assert "*Claude budget today*\n$0.03 of $0.05 (60%)" in all_text(status_message(status))

    await store.record_classification(
        email, suggestion_id=None, source="claude", model="m", usage=Usage(cost_usd=0.025)
    )
    spent = (await gather_status(runtime, now=now)).claude_budget
    assert spent is not None and spent.reached
    text = all_text(status_message(await gather_status(runtime, now=now)))
    assert "$0.06 of $0.05: spent, Claude is not asked until <!date^" in text

    runtime.settings = with_budget(runtime.settings, None)
    off = await gather_status(runtime, now=now)
    assert off.claude_budget is None and "Claude budget" not in all_text(status_message(off))


def test_the_owner_zone_is_working_hours_zone_else_the_mailbox(owner_runtime):
    runtime = owner_runtime
    hours = runtime.settings.calendars.working_hours.model_copy(
        update={"time_zone": "Europe/Stockholm"}
    )
    calendars = runtime.settings.calendars.model_copy(update={"working_hours": hours})
    assert runtime.owner_zone() == ZoneInfo(runtime.mailbox.time_zone)

    runtime.settings = runtime.settings.model_copy(update={"calendars": calendars})

    assert runtime.owner_zone() == ZONE
    assert runtime.triage._budget is runtime.claude_budget is not None


@pytest.mark.parametrize(
    ("now", "start", "end"),
    [
        # The night DST starts in Stockholm: the day is 23 hours long.
        (datetime(2026, 3, 29, 12, tzinfo=UTC), datetime(2026, 3, 28, 23, tzinfo=UTC), 23),
        (datetime(2026, 12, 4, 23, 30, tzinfo=UTC), datetime(2026, 12, 4, 23, tzinfo=UTC), 24),
    ],
)
def test_the_owner_day_runs_from_local_midnight_to_local_midnight(now, start, end):
    first, last = owner_day(now, ZONE)

    assert first.astimezone(UTC) == start
    assert last.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=end)


@pytest.mark.parametrize(
    "details",
    [
        {},
        {"claude_budget": "spent"},
        {"claude_budget": {"spent_usd": 1, "budget_usd": 1}},
        {"claude_budget": {"spent_usd": 1, "budget_usd": 1, "resumes_at": "2026-12-05T00:00"}},
    ],
)
def test_a_missing_or_unreadable_pause_shows_nothing(details):
    assert BudgetPause.from_details(details) is None


@pytest.mark.parametrize(("value", "kept"), [(None, None), ("", None), (2.5, 2.5), ("0.5", 0.5)])
def test_the_budget_key_is_off_by_default_and_takes_dollars(value, kept):
    settings = Settings.model_validate({"classifier": {"daily_budget_usd": value}})

    assert settings.classifier.daily_budget_usd == kept
    assert Settings().classifier.daily_budget_usd is None


@pytest.mark.parametrize("value", [0, -1, 100_001, "a lot"])
def test_a_budget_that_is_not_a_positive_amount_is_refused_by_name(value):
    with pytest.raises(ValueError, match="daily_budget_usd"):
        Settings.model_validate({"classifier": {"daily_budget_usd": value}})


async def test_status_today_is_the_owners_day_not_utcs(owner_runtime):
    runtime = owner_runtime
    hours = runtime.settings.calendars.working_hours.model_copy(
        update={"time_zone": "Pacific/Auckland"}  # UTC+13 in December
    )
    calendars = runtime.settings.calendars.model_copy(update={"working_hours": hours})
    runtime.settings = runtime.settings.model_copy(update={"calendars": calendars})
    now = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)  # 11 December, 01:00 in Auckland
    yesterday_there = datetime(2026, 12, 10, 5, 0, tzinfo=UTC)  # 10 December in Auckland
    today_there = datetime(2026, 12, 10, 11, 30, tzinfo=UTC)  # 11 December, 00:30 in Auckland
    written = VirtualClock(yesterday_there)
    # A second connection to the same database, writing at the moments above.
    writer = await Store.open(runtime.settings.storage.path, clock=written)
    try:
        await writer.upsert_emails([mail("AAMk-day")])
        for moment in (yesterday_there, today_there):
            written.now = moment
            await writer.record_classification(
                "AAMk-day", suggestion_id=None, source="claude", model="m", usage=Usage()
            )
    finally:
        await writer.close()

    status = await gather_status(runtime, now=now)

    assert status.today.count == 1
