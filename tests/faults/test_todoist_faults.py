"""Approvals creating their tasks in Todoist while Todoist throttles, loses answers and drops.

The whole owner run (start, triage, N approvals at once, retries of what failed) with
`task_backend: todoist`, the mail in the Graph emulator and the tasks in the Todoist emulator.
Todoist answers 429 with Retry-After to a burst of requests, applies some task creates and then
answers 503 or drops the connection, drops some creates before applying them, and fails the
look-ups that follow a lost answer, so some approvals fail and are retried by the owner. The
end state must equal a clean run's: every email filed, one Todoist task per email that gets
one, in one project of the assistant's own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.config.settings import Secrets, Settings
from core.todoist.backend import email_marker
from sandbox.todoist_emulator import DEFAULT_TOKEN, DROPPED, TodoistEmulator
from tests.conftest import RecordingSleep
from tests.faults.helpers_mailbox import per_email_counts
from tests.faults.helpers_runs import owner_run, score_approvals, seeded_mailbox

pytestmark = pytest.mark.faults

APPROVALS = 60
_CREATES = r"^/tasks$"
_LOOKUPS = r"^/tasks$"


def on_todoist(base_url: str) -> Callable[[Settings], Settings]:
    def configure(settings: Settings) -> Settings:
        integrations = settings.integrations.model_copy(
            update={
                "task_backend": "todoist",
                "todoist": settings.integrations.todoist.model_copy(
                    update={"enabled": True, "base_url": base_url}
                ),
            }
        )
        return settings.model_copy(update={"integrations": integrations})

    return configure


async def todoist_run(
    db: Path, todoist: TodoistEmulator, sleeps: RecordingSleep, *, faulted: bool
) -> dict[str, Any]:
    """One owner run on Todoist; the end state, with Todoist's tasks as "tasks"."""

    def arm(_: object) -> None:
        if not faulted:
            return
        todoist.rate_limit(after=3, retry_after=7, times=12)
        todoist.fail_next("POST", _CREATES, 503, after_applying=True, times=6)
        todoist.fail_next("POST", _CREATES, DROPPED, after_applying=True, times=6)
        todoist.fail_next("POST", _CREATES, DROPPED, times=4)  # lost before it was applied
        # The look-ups after a lost answer fail too, more times than 16 of them could absorb
        # in their 4 retries each: some approvals surely fail, and the owner retries them.
        todoist.fail_next("GET", _LOOKUPS, 503, times=65)

    async with seeded_mailbox() as graph:
        state, rounds = await owner_run(
            graph,
            db,
            approvals=APPROVALS,
            before_approvals=arm,
            sleep=sleeps,
            configure=on_todoist(todoist.base_url),
            secrets=Secrets(todoist_api_token=DEFAULT_TOKEN),
        )
        key_of = {m.immutable_id: m.internet_message_id for m in graph.all_messages()}
    tasks: dict[str, list[tuple[Any, ...]]] = {}
    for task in todoist.tasks():
        owner = [e for e in key_of if email_marker(e) in task["description"]]
        key = key_of[owner[0]] if owner else "?"
        tasks.setdefault(key, []).append(
            (task["content"], task["priority"], tuple(task["labels"]), task["project_id"] != "")
        )
    state["tasks"] = {k: sorted(v) for k, v in tasks.items()}
    state["todoist projects"] = sorted(p["name"] for p in todoist.account.active_projects())
    state["owner retries"] = rounds.retries
    return state


async def test_todoist_throttling_and_lost_answers_never_duplicate_or_lose_a_task(
    tmp_path, scoreboard
):
    clean = TodoistEmulator(seed=3)
    async with clean.serve():
        reference = await todoist_run(tmp_path / "clean.db", clean, RecordingSleep(), faulted=False)
    todoist, sleeps = TodoistEmulator(seed=3), RecordingSleep()
    async with todoist.serve():
        state = await todoist_run(tmp_path / "faulted.db", todoist, sleeps, faulted=True)
    served = Counter(r.status for r in todoist.requests)
    lost = sum(r.method == "POST" and r.status in {503, DROPPED} for r in todoist.requests)
    creates = todoist.count("POST", r"/api/v1/tasks$")

    score, result = score_approvals(
        scoreboard,
        "Todoist 429s, 503/drop after applying a create",
        reference,
        state,
        attempted=APPROVALS,
        **{
            "429s": served[429],
            "creates lost or dropped": lost,
            "failed look-ups": served[503] - (lost - served[DROPPED]),
            "task POSTs": creates,
            "tasks": sum(len(v) for v in state["tasks"].values()),
            "owner retries": state["owner retries"],
        },
    )

    assert served[429] == 12 and 7.0 in sleeps.calls, "throttled, and Retry-After was honoured"
    assert (lost, served[DROPPED], served[503]) == (16, 10, 6 + 65), "every armed fault served"
    assert state["owner retries"] > 0, "some approvals failed and were retried"
    assert result.differences == []
    assert score.succeeded == APPROVALS
    assert sum(len(v) for v in reference["tasks"].values()) > 20, "most approvals make a task"
    assert per_email_counts(state, "tasks").keys() == {1}, "exactly one Todoist task per email"
    assert per_email_counts(state, "task_sync").keys() == {1}
    assert state["todoist projects"] == ["AI Assistant", "Inbox"]
    assert state["todo lists"] == reference["todo lists"]
    score.assert_clean()
