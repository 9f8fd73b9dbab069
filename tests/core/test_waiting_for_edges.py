"""The waiting-for tracker when things go wrong: lost answers, tasks gone, backends failing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.followup.waiting_notices import due_notice
from core.store.waiting_queries import NewWait, NoticeRecord, WaitRecord
from sandbox.graph_emulator import GraphEmulator
from sandbox.graph_emulator.replies import drafts, reply_from
from tests.core.test_waiting_for import (
    RecordingNotifier,
    VirtualClock,
    only_task,
    request_email,
    tracked,
    write_config,
)


def template(view: object) -> str:
    return "Any news?"


async def test_a_create_reply_whose_answer_was_lost_makes_one_draft(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    request_email(emulator)
    async with tracked(write_config(tmp_path, emulator), VirtualClock()) as (runtime, wait_id):
        assert runtime.waiting is not None
        emulator.fail_after_applying("POST", r"/createReply$")
        _, draft = await runtime.waiting.draft_nudge(wait_id, template, actor="owner")
        assert draft is not None
        [made] = drafts(emulator)
        assert draft.id == made.immutable_id


async def test_a_draft_deleted_in_outlook_is_made_again(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    request_email(emulator)
    async with tracked(write_config(tmp_path, emulator), VirtualClock()) as (runtime, wait_id):
        assert runtime.waiting is not None
        _, first = await runtime.waiting.draft_nudge(wait_id, template, actor="owner")
        assert first is not None
        emulator.delete_message(first.id)
        _, second = await runtime.waiting.draft_nudge(wait_id, template, actor="owner")
        assert second is not None and second.id != first.id
        assert len(drafts(emulator)) == 1
        await runtime.waiting.mark_received(wait_id, actor="owner")
        closed, none = await runtime.waiting.draft_nudge(wait_id, template, actor="owner")
        assert (closed.changed, none) == (False, None)
        missing, _ = await runtime.waiting.draft_nudge(999, template, actor="owner")
        assert missing.missing


async def test_an_escalation_whose_task_was_deleted_says_nothing_was_raised(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    request_email(emulator)
    clock = VirtualClock()
    notifier = RecordingNotifier()
    async with tracked(write_config(tmp_path, emulator), clock, notifier) as (runtime, _):
        assert runtime.waiting is not None
        [todo_list] = [lst for lst in emulator.todo.lists.values() if lst.tasks]
        todo_list.remove(only_task(emulator)["id"])
        clock.advance(hours=96)
        await runtime.waiting.check()
        [escalation] = notifier.posts
        assert escalation.kind == "escalation" and not escalation.importance_raised


async def test_a_closure_whose_task_cannot_be_completed_finishes_at_the_next_check(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    original = request_email(emulator)
    clock = VirtualClock()
    async with tracked(write_config(tmp_path, emulator), clock) as (runtime, wait_id):
        assert runtime.waiting is not None
        reply_from(emulator, original, sender_name="Dana", sender_address="dana@x.example")
        emulator.inject("GET", r"/me/todo/lists/[^/]+/tasks/[^/]+$", status=403, times=1)
        await runtime.triage.refresh()
        view = await runtime.waiting.view(wait_id)
        assert view is not None and not view.open and view.closed_by == "reply"
        assert only_task(emulator)["status"] != "completed"
        report = await runtime.waiting.check()
        assert only_task(emulator)["status"] == "completed"
        assert report.problems == []
        assert [a.action for a in await runtime.store.list_actions(action="waiting.close")] == [
            "waiting.close"
        ]


def test_a_snoozed_wait_owes_nothing_until_the_snooze_ends() -> None:
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    wait = WaitRecord(
        id=1,
        suggestion_id=1,
        email_id="m1",
        conversation_id="c1",
        waiting_since=start,
        waiting_on=("dana@x.example",),
        status="waiting",
        nudge_after_hours=48,
        escalate_after_hours=96,
        skip_weekends=False,
        clock_from=start,
        round=0,
        snoozed_until=start + timedelta(hours=60),
        escalated_at=None,
        task_id=None,
        task_backend=None,
        draft_id=None,
        draft_web_link=None,
        closing=None,
        closed_by=None,
        resolved_at=None,
        subject="s",
        sender_name="Dana",
        sender_address="dana@x.example",
        received_at=start,
        web_link=None,
    )
    assert due_notice(wait, [], start + timedelta(hours=50), UTC) is None
    assert due_notice(wait, [], start + timedelta(hours=61), UTC) == ("nudge", "nudge:0")
    escalated = NoticeRecord(1, wait.id, "escalation", "escalation", 0, start, None, start, "x")
    assert due_notice(wait, [escalated], start + timedelta(hours=200), UTC) is None


async def test_a_replayed_approval_records_the_wait_once(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    request_email(emulator)
    clock = VirtualClock()
    async with tracked(write_config(tmp_path, emulator), clock) as (runtime, wait_id):
        [wait] = await runtime.store.open_waits()
        again = NewWait(
            suggestion_id=wait.suggestion_id or 0,
            email_id=wait.email_id,
            conversation_id=wait.conversation_id,
            waiting_on=wait.waiting_on,
            since=clock.now + timedelta(hours=5),
            nudge_after_hours=1,
            escalate_after_hours=2,
            skip_weekends=True,
            task_id=None,
            task_backend=None,
        )
        assert await runtime.store.start_wait(again) == wait_id
        assert await runtime.store.open_waits() == [wait]
