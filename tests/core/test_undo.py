"""Undo of approvals against the Graph emulator over HTTP (core.followup.undo).

Approvals run through the real ApprovalService (follow-up flags on for Needs Reply); the undo
runs through UndoService over the same store and emulator. The owner's hand in Outlook is the
emulator's `move_message` / `update_message`; a process dying mid-undo is a CancelledError
raised right after the undo saved a finished part, then a fresh service over the same database.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest

from core.errors import InvalidInput
from core.followup.undo import UndoRefusal, UndoService
from core.microsoft.todo_backend import TodoBackend
from core.tasks.registry import TaskBackends
from core.vocabulary import ActionType
from tests.core.test_approval import ACTOR, AREA_FOLDER, Env, deliver, suggest
from tests.core.test_approval import env as env  # noqa: F401  (the fixture)
from tests.core.test_followup_flags import NOW, flagging

WRITES = ("POST", "PATCH", "DELETE")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def undoer(env: Env, clock: Clock | None = None) -> UndoService:
    """A fresh undo service, as a new process would build it."""
    backends = TaskBackends({"todo": TodoBackend(env.todo, env.store)}, lambda: env.settings)
    return UndoService(
        mail=env.mail,
        tasks=backends,
        store=env.store,
        settings=lambda: env.settings,
        clock=clock or Clock(NOW + timedelta(hours=1)),
    )


def snapshot(env: Env, email_id: str) -> dict[str, Any]:
    msg = env.emulator.message(email_id)
    return {"folder": msg.folder_id, "categories": list(msg.categories), "flag": dict(msg.flag)}


def writes(env: Env) -> list[Any]:
    return [r for r in env.emulator.requests if r.method in WRITES and 200 <= r.status < 300]


async def approved(env: Env, **kwargs: Any) -> tuple[str, int, dict[str, Any]]:
    """Deliver (with the owner's category), approve; return (email, suggestion, before)."""
    email_id = await deliver(env, categories=("Personal",), **kwargs)
    before = snapshot(env, email_id)
    suggestion_id = await suggest(env, email_id, action=ActionType.NEEDS_REPLY)
    outcome = await env.approvals.approve(suggestion_id, actor=ACTOR)
    assert outcome.status == "approved" and outcome.task_id
    return email_id, suggestion_id, before


@pytest.fixture
def flagged(env):
    flagging(env, {"Needs Reply": {"due_in_working_days": 2}})
    return env


async def test_undo_restores_the_email_exactly_and_deletes_only_our_task(flagged):
    env = flagged
    email_id, suggestion_id, before = await approved(env)
    other_id, _, _ = await approved(env, subject="Another order")
    owners_task = env.emulator.add_task(env.own_list_id(), "The owner's own task")
    after_approval = snapshot(env, email_id)
    assert after_approval != before and after_approval["flag"]["flagStatus"] == "flagged"

    outcome = await undoer(env).undo(suggestion_id, actor=ACTOR)

    assert (outcome.status, outcome.refusal, outcome.folder) == ("undone", None, AREA_FOLDER)
    assert outcome.moved_back and outcome.categories_restored and outcome.flag_restored
    assert outcome.task_deleted
    assert snapshot(env, email_id) == before
    assert env.tasks_for(email_id) == []
    assert len(env.tasks_for(other_id)) == 1
    assert owners_task["id"] in {t["id"] for t in env.emulator.tasks(env.own_list_id())}
    record = await env.store.get_suggestion(suggestion_id)
    assert (record.status, record.steps, record.resolved_at) == ("pending", {}, None)
    [row] = await env.store.task_syncs_for_email(email_id)
    assert row.status == "deleted"
    (logged,) = await env.store.list_actions(action="suggestion.undo")
    assert (logged.suggestion_id, logged.after) == (suggestion_id, {"status": "pending"})
    assert await env.store.get_state(f"undo:{suggestion_id}") is None

    env.emulator.clear_requests()
    again = await undoer(env).undo(suggestion_id, actor=ACTOR)
    assert (again.status, again.refusal) == ("refused", UndoRefusal.ALREADY_UNDONE)
    assert writes(env) == [], "a second undo changes nothing"

    reapproved = await env.approvals.approve(suggestion_id, actor=ACTOR)
    assert reapproved.status == "approved" and len(env.tasks_for(email_id)) == 1
    assert snapshot(env, email_id) == after_approval


async def test_the_newest_approval_is_undone_when_none_is_named(flagged):
    env = flagged
    _, first_id, _ = await approved(env, subject="First")
    second_email, second_id, before = await approved(env, subject="Second")

    outcome = await undoer(env).undo(None, actor=ACTOR)
    assert (outcome.status, outcome.suggestion_id) == ("undone", second_id)
    assert snapshot(env, second_email) == before
    repeated = await undoer(env).undo(None, actor=ACTOR)
    assert (repeated.refusal, repeated.suggestion_id) == (UndoRefusal.ALREADY_UNDONE, second_id)
    assert (await env.store.get_suggestion(first_id)).status == "approved"


@pytest.mark.parametrize(
    ("owner_does", "refusal"),
    [
        (lambda emu, email: emu.move_message(email, "Archive"), UndoRefusal.MOVED),
        (
            lambda emu, email: emu.update_message(email, categories=["Personal"]),
            UndoRefusal.CATEGORIES_CHANGED,
        ),
        (
            lambda emu, email: emu.update_message(email, flag={"flagStatus": "complete"}),
            UndoRefusal.FLAG_CHANGED,
        ),
    ],
    ids=["moved", "recategorised", "reflagged"],
)
async def test_undo_is_refused_when_the_owner_changed_the_email_since(flagged, owner_does, refusal):
    env = flagged
    env.emulator.add_folder("Archive")
    email_id, suggestion_id, _ = await approved(env)
    owner_does(env.emulator, email_id)
    changed = snapshot(env, email_id)
    env.emulator.clear_requests()

    outcome = await undoer(env).undo(suggestion_id, actor=ACTOR)

    assert (outcome.status, outcome.refusal) == ("refused", refusal)
    assert writes(env) == [] and snapshot(env, email_id) == changed
    assert len(env.tasks_for(email_id)) == 1
    assert (await env.store.get_suggestion(suggestion_id)).status == "approved"


async def test_an_owners_own_flag_is_left_as_it_is(flagged):
    env = flagged
    email_id = await deliver(env)
    env.emulator.update_message(email_id, flag={"flagStatus": "complete"})
    before = snapshot(env, email_id)
    suggestion_id = await suggest(env, email_id, action=ActionType.NEEDS_REPLY)
    await env.approvals.approve(suggestion_id, actor=ACTOR)

    outcome = await undoer(env).undo(suggestion_id, actor=ACTOR)
    assert outcome.status == "undone" and not outcome.flag_restored
    assert snapshot(env, email_id) == before


async def test_an_inbox_approval_is_undone_without_a_move(flagged):
    env = flagged
    email_id = await deliver(env, categories=("Personal",))
    before = snapshot(env, email_id)
    suggestion_id = await suggest(env, email_id, folder="Inbox", action=ActionType.NEEDS_REPLY)
    await env.approvals.approve(suggestion_id, actor=ACTOR)
    env.emulator.clear_requests()

    outcome = await undoer(env).undo(suggestion_id, actor=ACTOR)

    assert outcome.status == "undone" and not outcome.moved_back
    assert snapshot(env, email_id) == before
    assert not [r for r in writes(env) if r.path.endswith("/move")]


@pytest.mark.parametrize(
    ("status", "refusal"),
    [("pending", UndoRefusal.NOT_APPROVED), ("too old", UndoRefusal.TOO_OLD)],
)
async def test_only_a_recent_approval_can_be_undone(flagged, status, refusal):
    env = flagged
    email_id, suggestion_id, _ = await approved(env)
    clock = Clock(NOW + timedelta(hours=1))
    if status == "pending":
        pending_email = await deliver(env, subject="Not decided")
        suggestion_id = await suggest(env, pending_email)
    else:
        clock.now = datetime.now(NOW.tzinfo) + timedelta(hours=25)
    outcome = await undoer(env, clock).undo(suggestion_id, actor=ACTOR)
    assert (outcome.status, outcome.refusal) == ("refused", refusal)
    assert len(env.tasks_for(email_id)) == 1
    with pytest.raises(InvalidInput, match="actor"):
        await undoer(env).undo(suggestion_id, actor=" ")


async def test_nothing_recent_to_undo_says_so(flagged):
    outcome = await undoer(flagged).undo(None, actor=ACTOR)
    assert (outcome.status, outcome.refusal, outcome.suggestion_id) == (
        "refused",
        UndoRefusal.NOTHING_RECENT,
        None,
    )


async def test_a_completed_task_means_the_item_is_done_and_is_not_undone(flagged):
    env = flagged
    email_id, suggestion_id, _ = await approved(env)
    [row] = await env.store.task_syncs_for_email(email_id)
    await env.store.set_task_sync_status(row.id, "completed")
    outcome = await undoer(env).undo(suggestion_id, actor=ACTOR)
    assert outcome.refusal == UndoRefusal.TASK_DONE and len(env.tasks_for(email_id)) == 1


@pytest.mark.parametrize("dies_after", ["folder", "categories", "flag", "task"])
async def test_an_undo_that_died_after_a_part_finishes_exactly_on_the_next_run(
    flagged, monkeypatch, dies_after
):
    env = flagged
    email_id, suggestion_id, before = await approved(env)
    set_state = env.store.set_state

    async def save_then_die(key: str, value: str) -> None:
        await set_state(key, value)
        if f'"{dies_after}"]' in value:
            raise asyncio.CancelledError

    monkeypatch.setattr(env.store, "set_state", save_then_die)
    with pytest.raises(asyncio.CancelledError):
        await undoer(env).undo(suggestion_id, actor=ACTOR)
    monkeypatch.undo()
    assert (await env.store.get_suggestion(suggestion_id)).status == "approved"

    outcome = await undoer(env).undo(suggestion_id, actor=ACTOR)

    assert outcome.status == "undone"
    assert snapshot(env, email_id) == before
    assert env.tasks_for(email_id) == []
    moves = [r for r in writes(env) if r.path.endswith("/move")]
    assert len(moves) == 2, "one move by the approval, one back, none repeated"
    assert len(await env.store.list_actions(action="suggestion.undo")) == 1


async def test_an_email_the_owner_deleted_or_an_unreachable_graph_changes_nothing(flagged):
    env = flagged
    gone_email, gone_id, _ = await approved(env, subject="Deleted since")
    env.emulator.delete_message(gone_email)
    gone = await undoer(env).undo(gone_id, actor=ACTOR)
    assert (gone.status, gone.refusal) == ("refused", UndoRefusal.EMAIL_GONE)

    email_id, suggestion_id, before = await approved(env)
    env.emulator.inject("GET", r"^/me/messages/", status=503, times=5)
    down = await undoer(env).undo(suggestion_id, actor=ACTOR)
    assert down.status == "failed" and down.failure is not None and down.failure.retryable
    assert len(env.tasks_for(email_id)) == 1
    assert (await undoer(env).undo(suggestion_id, actor=ACTOR)).status == "undone"
    assert snapshot(env, email_id) == before


async def test_a_task_in_a_backend_not_set_up_is_refused_before_anything_changes(flagged):
    env = flagged
    email_id, suggestion_id, _ = await approved(env)
    service = UndoService(
        mail=env.mail,
        tasks=TaskBackends({}, lambda: env.settings),
        store=env.store,
        settings=lambda: env.settings,
    )
    outcome = await service.undo(suggestion_id, actor=ACTOR)
    assert outcome.refusal == UndoRefusal.TASK_BACKEND_NOT_SET_UP
    assert len(env.tasks_for(email_id)) == 1


async def test_undo_ends_the_wait_the_approval_started_and_a_new_approval_starts_afresh(flagged):
    from core.store.waiting_queries import NewWait

    env = flagged
    email_id, suggestion_id, _ = await approved(env)

    def wait() -> NewWait:
        return NewWait(
            suggestion_id=suggestion_id,
            email_id=email_id,
            conversation_id=None,
            waiting_on=("jonas@tradecore.example",),
            since=NOW,
            nudge_after_hours=48,
            escalate_after_hours=96,
            skip_weekends=False,
            task_id=None,
            task_backend=None,
        )

    first = await env.store.start_wait(wait())
    assert [w.id for w in await env.store.open_waits()] == [first]

    assert (await undoer(env).undo(suggestion_id, actor=ACTOR)).status == "undone"

    assert await env.store.open_waits() == []
    ended = await env.store.get_wait(first)
    assert ended is not None and (ended.status, ended.closing) == ("expired", "undone")
    second = await env.store.start_wait(wait())
    assert second != first and [w.id for w in await env.store.open_waits()] == [second]
