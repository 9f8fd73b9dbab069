"""100 approvals at once against a mailbox that counts a `$batch` by the requests it runs at once.

Outlook runs a batch's independent requests concurrently, each in one of the mailbox's 4 slots,
and throttles whatever goes beyond with 429 MailboxConcurrency. The emulator does the same, with a
little latency so that requests overlap. Each approval's second round trip is a `$batch` of a task
POST beside a categories PATCH (with the master category read chained after it): two requests at
once, so counting it as one would put up to 8 in flight. The client must never be refused, and the
end state must equal a clean run's: one task per email, nothing lost.
"""

from __future__ import annotations

import pytest

from tests.faults.helpers_mailbox import per_email_counts
from tests.faults.helpers_runs import clean_reference, owner_run, score_approvals, seeded_mailbox

pytestmark = pytest.mark.faults

APPROVALS = 100
LATENCY = 0.003


async def test_100_concurrent_approvals_stay_within_the_mailbox_concurrency(tmp_path, scoreboard):
    reference = await clean_reference(tmp_path / "clean.db", approvals=APPROVALS)
    async with seeded_mailbox(latency=LATENCY) as emu:
        state, rounds = await owner_run(emu, tmp_path / "busy.db", approvals=APPROVALS)
        batches = [r for r in emu.requests if not r.in_batch and r.path == "/$batch"]
        widest = max(len(b.json["requests"]) for b in batches)

    score, result = score_approvals(
        scoreboard,
        "100 approvals at once, $batch items counted",
        reference,
        state,
        attempted=APPROVALS,
        **{
            "MailboxConcurrency 429s": emu.concurrency_rejections,
            "max in flight": emu.peak_concurrency,
            "batches": len(batches),
            "owner retries": rounds.retries,
        },
    )

    assert widest == 3, "the approvals' batches held a task, categories and a chained read"
    assert emu.concurrency_rejections == 0
    assert 1 < emu.peak_concurrency <= 4
    assert result.differences == []
    assert score.succeeded == APPROVALS and rounds.retries == 0
    assert per_email_counts(state, "tasks").keys() == {1}, "exactly one To Do task per email"
    score.assert_clean()
