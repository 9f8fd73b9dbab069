"""Creates that Graph applied but never confirmed: 504s and dropped connections after the write.

A gateway timing out on a write Outlook completed answers 504 (or the connection drops) although
the folder, category, list or task now exists. The emulator does exactly that, via
`fail_after_applying`, for category creation during the start-up bootstrap, the To Do list, the
taxonomy's mail folders resolved at start, and task POSTs at top level and inside each
approval's `$batch` (plus whole `$batch`es applied and then lost). Some task POSTs are also
refused with an unapplied 504, so the approval's look-up finds nothing and posts again at top
level, into another lost answer. The end state must equal a clean run's: one folder, category
and list each, exactly one task per email.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sandbox.graph_emulator import GraphEmulator
from tests.faults.helpers_mailbox import per_email_counts
from tests.faults.helpers_runs import clean_reference, owner_run, score_approvals, seeded_mailbox

pytestmark = pytest.mark.faults

APPROVALS = 100
_CATEGORIES = r"^/me/outlook/masterCategories$"
_FOLDERS = r"^/me/mailFolders(/[^/]+/childFolders)?$"
_TASKS = r"^/me/todo/lists/[^/]+/tasks$"


def _lost_after_applying(emu: GraphEmulator, path: str, times: int) -> None:
    """Half of `times` answered 504, half dropped, each after the write took effect."""
    emu.fail_after_applying("POST", path, times=times - times // 2)
    emu.fail_after_applying("POST", path, drop=True, times=times // 2)


def arm_start(emu: GraphEmulator) -> None:
    _lost_after_applying(emu, _CATEGORIES, 4)
    _lost_after_applying(emu, _FOLDERS, 4)  # the taxonomy's folders are resolved at start
    emu.fail_after_applying("POST", r"^/me/todo/lists$", drop=True)  # there is one to make


def arm_approvals(emu: GraphEmulator) -> None:
    # Not applied: the approval looks, finds nothing and posts at top level (into the next rules).
    emu.inject("POST", _TASKS, status=504, times=6)
    _lost_after_applying(emu, _TASKS, 12)
    emu.fail_after_applying("POST", r"^/\$batch$", times=3)
    emu.fail_after_applying("POST", r"^/\$batch$", drop=True, times=3)


def shots_left(emu: GraphEmulator) -> int:
    return sum(rule.times for rule in emu.faults.rules)


def shots(arm: Callable[[GraphEmulator], None]) -> int:
    probe = GraphEmulator()
    arm(probe)
    return shots_left(probe)


async def test_creates_answered_504_or_dropped_after_applying_are_never_duplicated(
    tmp_path, scoreboard
):
    reference = await clean_reference(tmp_path / "clean.db", approvals=APPROVALS)
    async with seeded_mailbox() as emu:
        state, rounds = await owner_run(
            emu,
            tmp_path / "faulted.db",
            approvals=APPROVALS,
            before_start=arm_start,
            before_approvals=arm_approvals,
        )
        served = shots(arm_start) + shots(arm_approvals) - shots_left(emu)
        top_level_task_posts = [
            r for r in emu.requests if not r.in_batch and r.method == "POST" and "/tasks" in r.path
        ]

    score, result = score_approvals(
        scoreboard,
        "Graph 504/drop after applying a create",
        reference,
        state,
        attempted=APPROVALS,
        **{
            "lost answers": served,
            "top-level task POSTs": len(top_level_task_posts),
            "owner retries": rounds.retries,
        },
    )

    assert served == shots(arm_start) + shots(arm_approvals), "every armed fault was served"
    assert top_level_task_posts, "some approvals posted their task again at top level"
    assert result.differences == []
    assert score.succeeded == APPROVALS
    assert per_email_counts(state, "tasks").keys() == {1}, "exactly one To Do task per email"
    assert per_email_counts(state, "task_sync").keys() == {1}
    assert state["todo lists"].count("AI Assistant") == 1
    score.assert_clean()
