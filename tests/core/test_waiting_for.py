"""The waiting-for tracker end to end: the real runtime over HTTP against the Graph emulator.

A virtual clock moves the tracker by hours and days (nothing sleeps); replies arrive in the
emulated Inbox and Sent Items and are seen through the same delta sync and Graph reads as live.
The front end is a notifier that records what it was asked to post and finds it by key, as
Slack's message metadata does.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.config.settings import Secrets, load_settings
from core.followup.waiting_views import WaitNotice
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from sandbox.anthropic_emulator import AnthropicEmulator, ApiError, RawText
from sandbox.graph_emulator import EmulatedMessage, GraphEmulator
from sandbox.graph_emulator.replies import drafts, owner_sends, owner_sends_draft, reply_from

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # a Tuesday
OWNER = "user@emulator.local"

CONFIG = """\
graph:
  base_url: "{base_url}"
storage:
  path: "{db}"
triage:
  skip_weekends: {skip}
integrations:
  todo: {{}}
projects:
  - name: Tradecore Steel Implementation
    folder: Projects/Tradecore Steel
"""


class VirtualClock:
    """The tracker's clock: starts at T0, moved by the test."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class RecordingNotifier:
    """A front end that keeps what it posted, by key, like messages with metadata."""

    posted: dict[str, WaitNotice] = field(default_factory=dict)
    posts: list[WaitNotice] = field(default_factory=list)
    fail_after_post: bool = False

    async def post_notice(self, notice: WaitNotice) -> str:
        self.posts.append(notice)
        self.posted[notice.key] = notice
        if self.fail_after_post:
            raise ConnectionError("the answer to the post was lost")
        return f"loc-{len(self.posts)}"

    async def find_notice(self, notice: WaitNotice) -> str | None:
        return "found" if notice.key in self.posted else None

    def kinds(self) -> list[str]:
        return [n.kind for n in self.posts]


def write_config(tmp_path: Path, emu: GraphEmulator, *, skip: bool = False) -> Path:
    path = tmp_path / "config.yaml"
    text = CONFIG.format(base_url=emu.base_url, db=tmp_path / "a.db", skip=str(skip).lower())
    path.write_text(text)
    return path


@asynccontextmanager
async def running(config: Path, clock: VirtualClock) -> AsyncIterator[Runtime]:
    runtime = await build_runtime(
        load_settings(config), Secrets(), token_provider=StaticTokenProvider("t"), clock=clock
    )
    try:
        await runtime.first_start()
        yield runtime
    finally:
        await runtime.aclose()


def request_email(emu: GraphEmulator) -> EmulatedMessage:
    return emu.add_message(
        subject="Signed contract for Tradecore",
        sender_name="Dana Reyes",
        sender_address="dana@tradecore.example",
        body="I will send the signed contract once legal has looked at it.",
        received=datetime.now(UTC) - timedelta(hours=1),  # inside the triage window
    )


async def approve_waiting_for(runtime: Runtime) -> int:
    """Triage the Inbox and approve its one suggestion as Waiting For; return the wait id."""
    await runtime.triage.refresh()
    [pending] = await runtime.triage.list_pending(10)
    outcome = await runtime.triage.approve(
        pending.suggestion_id,
        actor="owner",
        # P3: a task of normal importance, so an escalation's raise is visible.
        edits={"action_type": "Waiting For", "priority": "P3 - Urgent Low"},
    )
    assert outcome.status == "approved", outcome
    assert outcome.task_id is not None
    assert runtime.waiting is not None
    [wait] = await runtime.waiting.open_waits()
    return wait.id


@asynccontextmanager
async def tracked(
    config: Path, clock: VirtualClock, notifier: RecordingNotifier | None = None
) -> AsyncIterator[tuple[Runtime, int]]:
    """A started runtime whose one Inbox email was approved as Waiting For, and the wait id."""
    async with running(config, clock) as runtime:
        assert runtime.waiting is not None
        if notifier is not None:
            runtime.waiting.attach_notifier(notifier)
        yield runtime, await approve_waiting_for(runtime)


def only_task(emu: GraphEmulator) -> dict[str, Any]:
    tasks = [
        task
        for todo_list in emu.todo.lists.values()
        if todo_list.wellknown == "none"
        for task in todo_list.tasks.values()
    ]
    assert len(tasks) == 1
    return tasks[0]


async def test_a_reply_from_the_other_person_closes_the_wait_and_completes_its_task(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    original = request_email(emulator)
    clock = VirtualClock()
    async with running(write_config(tmp_path, emulator), clock) as runtime:
        wait_id = await approve_waiting_for(runtime)
        assert runtime.waiting is not None
        view = await runtime.waiting.view(wait_id)
        assert view is not None
        assert view.waiting_on == ("dana@tradecore.example",)
        assert only_task(emulator)["status"] != "completed"

        clock.advance(hours=5)
        reply_from(emulator, original, sender_name="Dana Reyes", sender_address="dana@x.example")
        await runtime.triage.refresh()  # the Inbox delta brings the reply

        assert await runtime.waiting.open_waits() == []
        closed = await runtime.waiting.view(wait_id)
        assert closed is not None and not closed.open and closed.closed_by == "reply"
        assert only_task(emulator)["status"] == "completed"
        actions = [a.action for a in await runtime.store.list_actions(limit=50)]
        assert "waiting.close" in actions


async def test_without_a_reply_one_nudge_then_one_escalation_never_twice_across_a_restart(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    request_email(emulator)
    clock = VirtualClock()
    config = write_config(tmp_path, emulator)
    notifier = RecordingNotifier()
    async with running(config, clock) as runtime:
        assert runtime.waiting is not None
        runtime.waiting.attach_notifier(notifier)
        await approve_waiting_for(runtime)
        clock.advance(hours=47, minutes=50)
        await runtime.waiting.check()
        assert notifier.kinds() == []
        clock.advance(minutes=10)  # 48 h
        report = await runtime.waiting.check()
        assert (report.nudges, notifier.kinds()) == (1, ["nudge"])
        clock.advance(hours=1)
        await runtime.waiting.check()
        assert notifier.kinds() == ["nudge"]
        assert only_task(emulator).get("importance") != "high"

    clock.advance(hours=47)  # 96 h, and the assistant was down meanwhile
    async with running(config, clock) as runtime:
        assert runtime.waiting is not None
        runtime.waiting.attach_notifier(notifier)
        report = await runtime.waiting.check()
        assert (report.escalations, notifier.kinds()) == (1, ["nudge", "escalation"])
        assert notifier.posts[-1].importance_raised
        assert only_task(emulator)["importance"] == "high"

    clock.advance(days=3)
    async with running(config, clock) as runtime:
        assert runtime.waiting is not None
        runtime.waiting.attach_notifier(notifier)
        await runtime.waiting.check()
        await runtime.waiting.check()
    assert notifier.kinds() == ["nudge", "escalation"]


async def test_the_owners_own_messages_never_close_the_wait_and_sent_items_restart_the_clock(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    original = request_email(emulator)
    clock = VirtualClock()
    notifier = RecordingNotifier()
    async with tracked(write_config(tmp_path, emulator), clock, notifier) as (runtime, wait_id):
        assert runtime.waiting is not None
        clock.advance(hours=40)
        # The owner writes in the conversation: once from Outlook (Sent Items), once a copy
        # that lands in the Inbox from the owner's own address.
        owner_sends(emulator, original, sent=clock.now)
        owner_sends(emulator, original, sent=clock.now, folder="inbox")
        await runtime.triage.refresh()
        report = await runtime.waiting.check()
        assert report.clocks_restarted == 1 and report.closed == 0
        [wait] = await runtime.waiting.open_waits()
        # Counted from when the owner sent it (Graph's sentDateTime), not from the approval.
        assert wait.id == wait_id and clock.now - wait.clock_from < timedelta(minutes=1)

        clock.advance(hours=10)  # 50 h after the approval, 10 h after the owner wrote
        await runtime.waiting.check()
        assert notifier.kinds() == []
        clock.advance(hours=38)  # 48 h after the owner wrote
        await runtime.waiting.check()
        assert notifier.kinds() == ["nudge"]
        assert only_task(emulator)["status"] != "completed"


async def test_weekend_hours_do_not_count_when_configured(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    request_email(emulator)
    # Friday 09:00 UTC (the emulated mailbox's time zone is UTC).
    clock = VirtualClock(datetime(2026, 12, 4, 9, 0, tzinfo=UTC))
    notifier = RecordingNotifier()
    async with tracked(write_config(tmp_path, emulator, skip=True), clock, notifier) as (
        runtime,
        _,
    ):
        assert runtime.waiting is not None
        clock.advance(hours=72)  # Monday 09:00: only Friday's 15 h and Monday's 9 h count
        await runtime.waiting.check()
        assert notifier.kinds() == []
        [wait] = await runtime.waiting.open_waits()
        assert wait.nudge_due == datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # Tuesday 09:00
        clock.advance(hours=24)
        await runtime.waiting.check()
        assert notifier.kinds() == ["nudge"]


async def test_draft_a_nudge_puts_a_reply_draft_in_outlook_and_sends_nothing(
    tmp_path: Path, emulator: GraphEmulator
) -> None:
    original = request_email(emulator)
    clock = VirtualClock()
    async with tracked(write_config(tmp_path, emulator), clock) as (runtime, wait_id):
        assert runtime.waiting is not None
        clock.advance(hours=49)
        outcome, draft = await runtime.waiting.draft_nudge(
            wait_id, lambda view: f"Any news on {view.subject}?", actor="owner"
        )
        assert outcome.changed and draft is not None and draft.web_link
        [made] = drafts(emulator)
        assert made.to == [("Dana Reyes", "dana@tradecore.example")]
        assert made.conversation_id == original.conversation_id
        assert "Any news on Signed contract for Tradecore?" in made.body
        assert emulator.messages_in("sentitems") == []
        assert not [r for r in emulator.requests if r.path.endswith("/send")]

        again, second = await runtime.waiting.draft_nudge(
            wait_id, lambda view: "other", actor="owner"
        )
        assert second is not None and second.id == draft.id and len(drafts(emulator)) == 1

        # The owner sends it from Outlook: their reply restarts the clock, never closes it.
        owner_sends_draft(emulator, made, sent=clock.now)
        report = await runtime.waiting.check()
        assert report.clocks_restarted == 1
        assert [w.id for w in await runtime.waiting.open_waits()] == [wait_id]


async def test_mark_received_and_snooze(tmp_path: Path, emulator: GraphEmulator) -> None:
    request_email(emulator)
    clock = VirtualClock()
    notifier = RecordingNotifier()
    async with tracked(write_config(tmp_path, emulator), clock, notifier) as (runtime, wait_id):
        assert runtime.waiting is not None
        clock.advance(hours=48)
        await runtime.waiting.check()
        snoozed = await runtime.waiting.snooze(wait_id, actor="owner")
        assert snoozed.changed
        clock.advance(hours=23)
        await runtime.waiting.check()
        assert notifier.kinds() == ["nudge"]
        clock.advance(hours=1)
        await runtime.waiting.check()
        assert notifier.kinds() == ["nudge", "nudge"]

        done = await runtime.waiting.mark_received(wait_id, actor="owner")
        assert done.changed and done.view is not None and done.view.closed_by == "marked"
        assert only_task(emulator)["status"] == "completed"
        twice = await runtime.waiting.mark_received(wait_id, actor="owner")
        assert not twice.changed
        assert (await runtime.waiting.snooze(wait_id, actor="owner")).changed is False
        missing = await runtime.waiting.mark_received(999, actor="owner")
        assert missing.missing


@pytest.mark.parametrize("crash_after_post", [False, True])
async def test_a_nudge_whose_post_was_lost_is_found_not_posted_again(
    tmp_path: Path, emulator: GraphEmulator, crash_after_post: bool
) -> None:
    request_email(emulator)
    clock = VirtualClock()
    notifier = RecordingNotifier(fail_after_post=crash_after_post)
    async with tracked(write_config(tmp_path, emulator), clock, notifier) as (runtime, _):
        assert runtime.waiting is not None
        clock.advance(hours=48)
        if crash_after_post:
            with pytest.raises(ConnectionError):
                await runtime.waiting.check()
            notifier.fail_after_post = False
        report = await runtime.waiting.check()
        assert report.found_posted == int(crash_after_post)
    assert notifier.kinds() == ["nudge"]


@pytest.mark.parametrize("claude_answers", [True, False])
async def test_claude_writes_the_nudge_and_the_template_stands_in_when_it_cannot(
    tmp_path: Path, emulator: GraphEmulator, claude_answers: bool
) -> None:
    request_email(emulator)
    claude = AnthropicEmulator(api_keys={"test-key"})
    async with claude.serve() as claude_url:
        config = write_config(tmp_path, emulator)
        config.write_text(
            config.read_text() + f'classifier:\n  base_url: "{claude_url}"\n  max_retries: 0\n'
        )
        runtime = await build_runtime(
            load_settings(config),
            Secrets(anthropic_api_key="test-key"),
            token_provider=StaticTokenProvider("t"),
            clock=VirtualClock(),
        )
        try:
            await runtime.first_start()
            wait_id = await approve_waiting_for(runtime)
            assert runtime.waiting is not None
            claude.enqueue(
                RawText("Hi Dana, any update on the signed contract?")
                if claude_answers
                else ApiError.invalid_request("no")
            )
            _, draft = await runtime.waiting.draft_nudge(
                wait_id, lambda view: "TEMPLATE BODY", actor="owner"
            )
        finally:
            await runtime.aclose()
    assert draft is not None
    [made] = drafts(emulator)
    if claude_answers:
        assert "any update on the signed contract" in made.body
        prompt = json.dumps(claude.message_bodies()[-1])
        assert "Signed contract for Tradecore" in prompt
    else:
        assert "TEMPLATE BODY" in made.body


@pytest.mark.parametrize("ending", ["completed", "deleted"])
async def test_a_task_the_owner_completes_or_deletes_ends_its_wait_and_no_nudge_comes(
    tmp_path: Path, emulator: GraphEmulator, ending: str
) -> None:
    from core.tasks.sync import TaskSync, enabled_feeds

    request_email(emulator)
    clock, notifier = VirtualClock(), RecordingNotifier()
    async with tracked(write_config(tmp_path, emulator), clock, notifier) as (runtime, wait_id):
        assert runtime.waiting is not None
        sync = TaskSync(
            runtime.store,
            runtime.mail,
            lambda: enabled_feeds(runtime.settings, runtime.tasks, runtime.graph, runtime.store),
        )
        await sync.run()  # the baseline
        task = only_task(emulator)
        list_id = next(i for i, lst in emulator.todo.lists.items() if task["id"] in lst.tasks)
        if ending == "completed":
            emulator.change_task(list_id, task["id"], status="completed")
        else:
            emulator.delete_task(list_id, task["id"])

        await sync.run()

        assert await runtime.waiting.open_waits() == []
        ended = await runtime.waiting.view(wait_id)
        assert ended is not None and not ended.open and ended.closed_by == f"task_{ending}"
        clock.advance(hours=100)
        await runtime.waiting.check()
        assert notifier.posts == []
