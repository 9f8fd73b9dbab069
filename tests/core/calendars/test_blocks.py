"""Blocking time for a task against the Graph and Google Calendar emulators: the slot skips busy
time on every calendar, the event goes to Outlook before Google, and a confirm makes one event
however often it is retried or its answer is lost."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from core.api import ACTOR_OWNER, Assistant
from core.calendars.blocks import (
    BlockProposal,
    CalendarBlocks,
    NoBlockPossible,
    SlotTaken,
    search_window,
)
from core.calendars.free_slots import WorkingHours
from core.config.settings import Secrets, load_settings
from core.microsoft.auth import StaticTokenProvider
from core.runtime import Runtime, build_runtime
from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator
from tests.conftest import OWNER_CONFIG, RecordingSleep

# Monday 4 January 2027, before working hours; the task is due the next day.
NOW = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
DUE = date(2027, 1, 5)


def calendars_yaml(gcal: GoogleCalendarEmulator, *, outlook: bool = True) -> str:
    return (
        "calendars:\n"
        + ("  outlook:\n" if outlook else "")
        + f'  google:\n    base_url: "{gcal.api_url}"\n'
        + '  working_hours:\n    start: "09:00"\n    end: "17:00"\n    time_zone: UTC\n'
    )


@pytest.fixture
def open_blocks(
    tmp_path: Path,
    emulator: GraphEmulator,
    gcal: GoogleCalendarEmulator,
    sleeps: RecordingSleep,
) -> Callable[..., AsyncIterator[Runtime]]:

    async def opened(*, outlook: bool = True) -> AsyncIterator[Runtime]:
        path = tmp_path / "config.yaml"
        path.write_text(
            OWNER_CONFIG.format(base_url=emulator.base_url, db=tmp_path / "owner.db")
            + calendars_yaml(gcal, outlook=outlook)
            + "integrations:\n  task_backend: todo\n  todo: {}\n"
        )
        runtime = await build_runtime(
            load_settings(path),
            Secrets(google_access_token=gcal.grant()),
            config_path=path,
            token_provider=StaticTokenProvider("t"),
            graph_sleep=sleeps,
        )
        try:
            await runtime.first_start()
            yield runtime
        finally:
            await runtime.aclose()

    return opened


async def approved_task(runtime: Runtime, emulator: GraphEmulator, *, due: date | None) -> int:
    """Approve an email's suggestion (making a To Do task) and let task sync see its due date."""
    emulator.add_message(
        subject="Tradecore cutover plan",
        sender_name="Dana Reyes",
        sender_address="dana@tradecore.example",
        body="Please confirm the cutover date by Friday.",
    )
    assistant = Assistant(runtime)
    await assistant.triage()
    [view] = await assistant.pending()
    outcome = await assistant.approve(view.suggestion_id, actor=ACTOR_OWNER)
    assert outcome.task_id is not None
    [row] = await runtime.store.active_task_syncs()
    state = {"completed": False, "due": None if due is None else due.isoformat(), "priority": None}
    await runtime.store.save_task_sync_state(
        row.id, status="active", remote_state=state, synced_at=None
    )
    return view.suggestion_id


async def blocks_of(runtime: Runtime, now: datetime = NOW) -> CalendarBlocks:
    _, hours = await runtime.owner_hours()
    return CalendarBlocks(
        runtime.store, await runtime.calendar_providers(), hours, clock=lambda: now
    )


async def proposed(
    runtime: Runtime, emulator: GraphEmulator
) -> tuple[int, CalendarBlocks, BlockProposal]:
    """An approved task due on DUE and the block proposed for it."""
    suggestion = await approved_task(runtime, emulator, due=DUE)
    blocks = await blocks_of(runtime)
    return suggestion, blocks, await blocks.propose(suggestion, "Reply to Dana")


def at(hour: int, minute: int = 0, day: int = 4) -> datetime:
    return datetime(2027, 1, day, hour, minute, tzinfo=UTC)


def block_events(emulator: GraphEmulator) -> list[str]:
    return [e.id for e in emulator.calendar.events.values() if e.subject.startswith("Reply")]


async def test_the_slot_skips_busy_time_on_both_calendars_and_goes_to_outlook(
    open_blocks, emulator: GraphEmulator, gcal: GoogleCalendarEmulator
) -> None:
    emulator.add_event("Steering committee", at(9), at(10))
    gcal.add_event(summary="Dentist", start=at(10), end=at(10, 30))
    async for runtime in open_blocks():
        suggestion = await approved_task(runtime, emulator, due=DUE)
        proposal = await (await blocks_of(runtime)).propose(suggestion, "Reply to Dana")

        assert (proposal.start, proposal.end) == (at(10, 30), at(11))
        assert (proposal.provider, proposal.provider_label) == ("outlook", "Outlook")
        assert proposal.problems == ()


async def test_without_outlook_the_block_goes_to_google(
    open_blocks, emulator: GraphEmulator, gcal: GoogleCalendarEmulator
) -> None:
    async for runtime in open_blocks(outlook=False):
        suggestion, blocks, proposal = await proposed(runtime, emulator)
        assert (proposal.provider, proposal.start) == ("google", at(9))

        result = await blocks.confirm(proposal, actor=ACTOR_OWNER)

        assert result.provider_label == "Google Calendar" and result.created
        [google] = await runtime.calendar_providers()
        stored = await google.get_event(result.event.event_id)
        assert stored is not None and stored.title == "Reply to Dana"


async def test_a_confirm_twice_makes_one_event_and_one_mapping(
    open_blocks, emulator: GraphEmulator
) -> None:
    async for runtime in open_blocks():
        suggestion, blocks, proposal = await proposed(runtime, emulator)

        first = await blocks.confirm(proposal, actor=ACTOR_OWNER)
        again = await blocks.confirm(proposal, actor=ACTOR_OWNER)

        assert (first.created, again.created) == (True, False)
        assert block_events(emulator) == [first.event.event_id] == [again.event.event_id]
        [row] = await runtime.store.active_task_events()
        [task] = await runtime.store.active_task_syncs()
        assert (row.suggestion_id, row.task_sync_id, row.provider) == (
            suggestion,
            task.id,
            "outlook",
        )
        assert (row.start, row.end, row.status, row.task_state) == (
            at(9),
            at(9, 30),
            "active",
            "open",
        )
        logged = [a for a in await runtime.store.list_actions() if a.action == "calendar.block"]
        assert [a.target for a in logged] == [f"suggestion:{suggestion}"]


async def test_a_create_applied_then_answered_504_makes_one_event(
    open_blocks, emulator: GraphEmulator
) -> None:
    async for runtime in open_blocks():
        suggestion, blocks, proposal = await proposed(runtime, emulator)
        # Every attempt of the first confirm is carried out and its answer lost.
        emulator.fail_after_applying("POST", r"/events$", times=8)

        attempts = 0
        while True:
            attempts += 1
            try:
                result = await blocks.confirm(proposal, actor=ACTOR_OWNER)
                break
            except Exception:
                assert attempts < 5

        assert attempts > 1, "the first confirm should have lost its answer"
        assert block_events(emulator) == [result.event.event_id]
        assert len(await runtime.store.active_task_events()) == 1


async def test_a_slot_taken_meanwhile_is_said_with_the_next_one(
    open_blocks, emulator: GraphEmulator
) -> None:
    async for runtime in open_blocks():
        suggestion, blocks, proposal = await proposed(runtime, emulator)
        emulator.add_event("Urgent call", at(9), at(9, 45))

        with pytest.raises(SlotTaken) as taken:
            await blocks.confirm(proposal, actor=ACTOR_OWNER)

        assert (taken.value.proposal.start, taken.value.proposal.end) == (at(9, 45), at(10, 15))
        assert block_events(emulator) == []


async def test_no_slot_before_the_due_day_ends_is_said(
    open_blocks, emulator: GraphEmulator
) -> None:
    async for runtime in open_blocks():
        suggestion = await approved_task(runtime, emulator, due=date(2027, 1, 4))
        emulator.add_event("Workshop", at(9), at(17))
        with pytest.raises(NoBlockPossible, match="before the task is due on 2027-01-04"):
            await (await blocks_of(runtime)).propose(suggestion, "Reply to Dana")


def test_without_a_due_date_the_window_is_five_working_days() -> None:
    hours = WorkingHours(time(9), time(17), UTC)
    friday = datetime(2027, 1, 8, 12, tzinfo=UTC)
    assert search_window(friday, None, hours) == (friday, datetime(2027, 1, 15, tzinfo=UTC))
    assert search_window(friday, date(2027, 1, 1), hours)[1] == datetime(2027, 1, 15, tzinfo=UTC)
    assert search_window(friday, date(2027, 1, 9), hours)[1] == datetime(2027, 1, 10, tzinfo=UTC)


async def test_the_facade_proposes_with_the_task_title_and_refuses_without_a_task(
    open_blocks, emulator: GraphEmulator
) -> None:
    async for runtime in open_blocks():
        assistant = Assistant(runtime)
        with pytest.raises(NoBlockPossible, match="suggestion 99 does not exist"):
            await assistant.propose_block(99)
        suggestion = await approved_task(runtime, emulator, due=None)
        proposal = await assistant.propose_block(suggestion, minutes=45)
        assert proposal.title.startswith("Reply to Dana") and proposal.minutes == 45
        result = await assistant.confirm_block(proposal, actor=ACTOR_OWNER)
        assert result.created and block_events(emulator) == [result.event.event_id]
        [task] = await runtime.store.active_task_syncs()
        await runtime.store.set_task_sync_status(task.id, "deleted")
        with pytest.raises(NoBlockPossible, match="has no open task"):
            await assistant.propose_block(suggestion)


async def confirmed_block(runtime: Runtime, emulator: GraphEmulator) -> tuple[int, str]:
    suggestion, blocks, proposal = await proposed(runtime, emulator)
    result = await blocks.confirm(proposal, actor="owner")
    return suggestion, result.event.event_id


async def test_a_block_moved_in_outlook_is_followed_on_the_next_sync(
    open_blocks, emulator: GraphEmulator
) -> None:
    async for runtime in open_blocks():
        _, event_id = await confirmed_block(runtime, emulator)
        emulator.move_event(event_id, at(14, day=5), at(14, 30, day=5))
        before = len(emulator.requests)

        await Assistant(runtime).sync_tasks()
        found = await Assistant(runtime).check_blocks()

        [row] = await runtime.store.active_task_events()
        assert (row.start, row.end) == (at(14, day=5), at(14, 30, day=5))
        assert (found.checked, found.moved, found.requests) == (1, 0, 1)
        event_reads = [
            r for r in emulator.requests[before:] if r.method == "GET" and event_id in r.path
        ]
        assert len(event_reads) == 2, "one get_event per block per check"
        moved = [
            a for a in await runtime.store.list_actions() if a.action == "calendar.block.moved"
        ]
        assert [a.after for a in moved] == [
            {"start": at(14, day=5).isoformat(), "end": at(14, 30, day=5).isoformat()}
        ]


@pytest.mark.parametrize("how", ["deleted", "cancelled"])
async def test_a_block_deleted_or_cancelled_marks_the_mapping_deleted(
    open_blocks, emulator: GraphEmulator, how: str
) -> None:
    async for runtime in open_blocks():
        suggestion, event_id = await confirmed_block(runtime, emulator)
        if how == "deleted":
            emulator.delete_event(event_id)
        else:
            emulator.cancel_event(event_id)

        found = await Assistant(runtime).check_blocks()

        assert (found.gone, await runtime.store.active_task_events()) == (1, [])
        assert await runtime.store.live_task_event(suggestion) is None
        # With the old block gone, the task can get a new one.
        blocks = await blocks_of(runtime)
        again = await blocks.confirm(await blocks.propose(suggestion, "Reply"), actor="owner")
        assert again.created and again.event.event_id != event_id


@pytest.mark.parametrize("task_status", ["completed", "deleted"])
async def test_a_finished_task_leaves_its_event_alone_but_the_mapping_says_so(
    open_blocks, emulator: GraphEmulator, task_status: str
) -> None:
    async for runtime in open_blocks():
        _, event_id = await confirmed_block(runtime, emulator)
        [task] = await runtime.store.active_task_syncs()
        await runtime.store.set_task_sync_status(task.id, task_status)

        found = await Assistant(runtime).check_blocks()
        again = await Assistant(runtime).check_blocks()

        assert (found.task_changed, again.task_changed) == (1, 0)
        assert event_id in emulator.calendar.events
        assert not [r for r in emulator.requests if r.method == "DELETE"]
        [row] = await runtime.store.active_task_events()
        assert row.task_state == task_status
