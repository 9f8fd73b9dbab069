"""`week_stats` end to end: mail triaged from the Graph emulator, decided through the real
approval, counted per action type and folder; and the seven-day window on a virtual clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.api import ACTOR_OWNER, Assistant, PeriodNumbers
from core.followup.stats import period_stats, week_stats
from core.runtime import Runtime
from sandbox.graph_emulator import GraphEmulator
from tests.core.followup.seeding import decide, seed
from tests.core.followup.test_digest import BERLIN, at


def deliver(emulator: GraphEmulator, subject: str, body: str = "Please see below.") -> None:
    emulator.add_message(
        subject=subject,
        sender_name="Dana Reyes",
        sender_address="dana@tradecore.example",
        body=body,
        received=datetime.now(UTC) - timedelta(minutes=5),
    )


async def test_the_weeks_numbers_after_real_approvals(
    owner_runtime: Runtime, emulator: GraphEmulator
) -> None:
    for subject in ("Cutover plan", "Invoice 4411", "Lunch menu", "Badge renewal"):
        deliver(emulator, subject)
    assistant = Assistant(owner_runtime)
    await assistant.triage()
    plain, edited, dropped, _left = await assistant.pending()

    await assistant.approve(plain.suggestion_id, actor=ACTOR_OWNER)
    edit = {"folder": "Areas/Finance", "priority": plain.priority, "action_type": "Review"}
    await assistant.approve(edited.suggestion_id, actor=ACTOR_OWNER, edits=edit)
    await assistant.dismiss(dropped.suggestion_id, actor=ACTOR_OWNER)
    stats = await assistant.week_stats()

    assert stats.totals == PeriodNumbers(triaged=4, approved=2, corrected=1, dismissed=1)
    assert stats.classifications == 4 and stats.cost_usd == 0  # the offline heuristic is free
    by_type = dict(stats.by_action_type)
    assert by_type["Review"].corrected == 1
    assert sum((n for n in by_type.values()), PeriodNumbers()) == stats.totals
    by_folder = dict(stats.by_folder)
    # The owner's edit decides the folder it counts under, as triaged too.
    assert by_folder["Areas/Finance"] == PeriodNumbers(triaged=1, approved=1, corrected=1)
    assert sum((n for n in by_folder.values()), PeriodNumbers()) == stats.totals


async def test_the_week_is_the_last_seven_local_days(clocked_store) -> None:
    store, clock = clocked_store
    for days_ago in (7, 6, 0):
        clock.set(at(10, days=-days_ago))
        await seed(store, f"d{days_ago}", received=clock.now, cost_usd=0.5)
    clock.set(at(23, 30))
    suggestion = await seed(store, "late", received=clock.now, folder="Areas/Finance")
    await decide(store, suggestion, "approved")
    clock.advance(minutes=15)

    stats = await week_stats(store, now=clock.now, zone=BERLIN)

    assert stats.since == at(0, days=-6) and stats.until == clock.now
    assert stats.totals == PeriodNumbers(triaged=3, approved=1)
    assert stats.cost_usd == pytest.approx(1.0)
    assert dict(stats.by_folder) == {
        "Projects/Apollo": PeriodNumbers(triaged=2),
        "Areas/Finance": PeriodNumbers(triaged=1, approved=1),
    }
    empty = await period_stats(store, since=at(0, days=-30), until=at(0, days=-20))
    assert empty.totals == PeriodNumbers() and empty.by_action_type == ()
