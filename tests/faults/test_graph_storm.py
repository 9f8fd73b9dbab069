"""A Graph storm during 100 approvals: 429s and 503s with Retry-After, and dropped connections.

The emulator's seeded chaos throttles 30 % of requests (outer ones and the items inside each
$batch; Retry-After 1-3 s, recorded by the client's injected sleep instead of slept) and drops
5 % of connections. The owner approves 100 suggestions at once and retries whatever fails until
nothing does. The end state must equal a clean run's on an identical mailbox: every email filed
and categorised once, one To Do task and one task_sync row where one is due, none twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import pytest

from core.triage.views import SuggestionView
from sandbox.graph_emulator import GraphEmulator
from tests.faults.helpers_graph import TaskLog
from tests.faults.helpers_mailbox import per_email_counts
from tests.faults.helpers_runs import clean_reference, owner_run, score_approvals, seeded_mailbox

pytestmark = pytest.mark.faults

APPROVALS = 100
# A little latency so that requests overlap in the emulator and the concurrency cap is tested.
LATENCY = 0.003


def storm(emu: GraphEmulator) -> None:
    emu.chaos(rate=0.3, statuses=(429, 503), retry_after=(1, 3), drop_rate=0.05, seed=5)


def throttle_one_move_long(emu: GraphEmulator, chosen: Sequence[SuggestionView]) -> None:
    """Throttle one chosen email's move for longer than the client waits (180 s cap).

    Whether the seeded chaos alone spends a request's whole retry budget depends on how the 100
    approvals interleave, which load changes; this approval fails for certain, so the owner's
    retry round always runs.
    """
    moved = next(view for view in chosen if view.folder != "Inbox")
    path = rf"^/me/messages/{re.escape(moved.email_id)}/move$"
    emu.throttle("POST", path, retry_after=600)


async def test_a_throttling_storm_during_100_approvals_changes_nothing_but_the_timing(
    tmp_path, scoreboard
):
    reference = await clean_reference(tmp_path / "clean.db", approvals=APPROVALS)
    log = TaskLog()
    async with seeded_mailbox(latency=LATENCY) as emu:
        state, rounds = await owner_run(
            emu,
            tmp_path / "storm.db",
            approvals=APPROVALS,
            before_approvals=storm,
            aim_at_chosen=throttle_one_move_long,
            sleep=log.sleep,
            trace=[log.trace()],
        )

    # The sample config's graph.max_retries, and the GraphClient's default backoff cap.
    audit = log.audit(emu, max_retries=4, backoff_max=60.0)
    faults = Counter(
        "drop" if e.status == 0 else f"{e.status}{' in $batch' if e.in_batch else ''}"
        for e in emu.chaos_events
    )
    score, result = score_approvals(
        scoreboard,
        "Graph 429/503 storm + resets, 100 approvals",
        reference,
        state,
        attempted=APPROVALS,
        **{
            "throttled answers": audit.throttled,
            "Retry-After honoured": audit.honoured,
            "out of retries": audit.out_of_retries,
            "drops": faults["drop"],
            "owner retries": rounds.retries,
            "max in flight": emu.peak_concurrency,
        },
    )

    assert result.differences == []
    assert score.succeeded == APPROVALS
    assert per_email_counts(state, "tasks").keys() == {1}, "one To Do task per email at most"
    assert per_email_counts(state, "task_sync").keys() == {1}, "one task_sync row per email"
    assert state["todo lists"].count("AI Assistant") == 1
    # The storm happened, inside $batch too, and the owner had to retry some approvals.
    assert faults["429"] and faults["503"] and faults["429 in $batch"] and faults["drop"]
    assert rounds.retries > 0 and any(o.status == "failed" for o in rounds.first)
    assert sum(rule.times for rule in emu.faults.rules) == 0, "the long throttle met its move"
    # Every Retry-After was waited out exactly, unless the retry budget was spent.
    assert audit.problems == []
    assert audit.throttled >= 100 and audit.honoured + audit.out_of_retries == audit.throttled
    assert set(audit.honoured_waits) == {1, 2, 3}
    assert 1 < emu.peak_concurrency <= 4 and emu.concurrency_rejections == 0
    score.assert_clean()
