"""An undo interrupted half-way, then run again: the email exactly as before, nothing twice.

Each case approves an email (moved, categorised, flagged, a To Do task), then undoes it while
the emulator carries out one of the undo's writes (the move back, the categories PATCH, the flag
PATCH or the task DELETE) and loses every answer to it, 504 or a dropped connection, through all
of the client's retries: the first undo stops with the write done but not recorded. A second
undo, from a fresh service over the same database, must finish: folder, categories and flag as
before the approval, our task gone and no other, one `suggestion.undo`, and the suggestion
pending again. Duplicated: a second move back, a task left or recreated, a second undo row.
Lost: any part not restored.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from core.vocabulary import ActionType
from tests.core.test_approval import ACTOR, Env, deliver, suggest
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)
from tests.core.test_followup_flags import flagging
from tests.core.test_undo import snapshot, undoer

pytestmark = pytest.mark.faults

SCENARIO = "undo interrupted half-way, then rerun"
_MESSAGE = r"^/me/messages/[^/]+$"
# (method, path, how many matching requests pass first): the undo's writes in order, after
# the approval's own (its move; its categories PATCH in the $batch and its flag PATCH).
CUTS = {
    "move back": ("POST", r"/move$", 1),
    "categories": ("PATCH", _MESSAGE, 2),
    "flag": ("PATCH", _MESSAGE, 3),  # the undo's categories PATCH passes too
    "task delete": ("DELETE", r"^/me/todo/lists/[^/]+/tasks/", 0),
}
ATTEMPTS = 5  # the first try and the client's four retries, all unanswered


@pytest.mark.parametrize("drop", [False, True], ids=["504", "dropped"])
@pytest.mark.parametrize("cut", list(CUTS))
async def test_an_interrupted_undo_finishes_exactly_when_run_again(env, scoreboard, cut, drop):
    env_: Env = env
    flagging(env_, {"Needs Reply": {"due_in_working_days": 2}})
    bystander = await deliver(env_, subject="Someone else's order")
    await env_.approvals.approve(
        await suggest(env_, bystander, action=ActionType.NEEDS_REPLY), actor=ACTOR
    )
    email_id = await deliver(env_, categories=("Personal",))
    before = snapshot(env_, email_id)
    suggestion_id = await suggest(env_, email_id, action=ActionType.NEEDS_REPLY)
    method, path, after = CUTS[cut]
    env_.emulator.fail_after_applying(method, path, drop=drop, times=ATTEMPTS, after=after)
    approved = await env_.approvals.approve(suggestion_id, actor=ACTOR)
    assert approved.status == "approved"

    first = await undoer(env_).undo(suggestion_id, actor=ACTOR)
    assert first.status == "failed" and first.failure is not None, "the cut must land"
    saved = json.loads(await env_.store.get_state(f"undo:{suggestion_id}") or "{}")
    parts = ["folder", "categories", "flag", "task"]
    assert saved["done"] == parts[: list(CUTS).index(cut)], "cut at the undo's write named"
    env_.emulator.clear_faults()
    second = await undoer(env_).undo(suggestion_id, actor=ACTOR)
    third = await undoer(env_).undo(suggestion_id, actor=ACTOR)

    now = snapshot(env_, email_id)
    restored = sum(now[part] == before[part] for part in ("folder", "categories", "flag"))
    task_left = len(env_.tasks_for(email_id))
    undo_rows = await env_.store.list_actions(action="suggestion.undo")
    moves_back = _moves_back(env_, email_id)
    duplicated = task_left + max(0, len(undo_rows) - 1) + max(0, moves_back - 1)
    lost = (3 - restored) + (len(env_.tasks_for(bystander)) != 1)
    score = scoreboard.scenario(SCENARIO).add(
        attempted=1, succeeded=int(second.status == "undone"), duplicated=duplicated, lost=lost
    )
    score.extra["cut at"] = ", ".join(CUTS)
    score.assert_clean()
    assert second.status == "undone" and third.refusal is not None
    assert third.refusal.value == "already_undone"
    reopened = await env_.store.get_suggestion(suggestion_id)
    assert reopened is not None and reopened.status == "pending"


def _moves_back(env: Env, email_id: str) -> int:
    """Moves of the email that Outlook carried out, after the approval's own one."""
    moves = [
        r
        for r in env.emulator.requests
        if r.method == "POST" and r.path.endswith("/move") and email_id in r.path
    ]
    return max(0, len(_applied(moves)) - 1)


def _applied(requests: list[Any]) -> list[Any]:
    # A move lost after applying still moved the email; only the first of them moves it back,
    # the client's retries find it in place (a move to where it is changes nothing).
    seen: list[Any] = []
    for request in requests:
        target = (request.json or {}).get("destinationId")
        if not seen or (seen[-1].json or {}).get("destinationId") != target:
            seen.append(request)
    return seen
