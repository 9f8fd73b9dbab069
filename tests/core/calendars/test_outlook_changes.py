"""Outlook calendar changes over HTTP: calendarView delta, moves out of the window, and a full
read after the sync state expired (410)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from core.microsoft.calendar import OutlookCalendarProvider
from core.microsoft.graph import GraphClient
from sandbox.graph_emulator import GraphEmulator

DELTA = "/me/calendarView/delta"


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


START, END = utc(2, 0), utc(9, 0)


async def test_the_first_read_is_full_and_later_ones_hold_only_changes(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    kept = emulator.add_event("Kept", utc(2, 9), utc(2, 10))
    moved = emulator.add_event("Moved", utc(3, 9), utc(3, 10))
    gone = emulator.add_event("Gone", utc(4, 9), utc(4, 10))
    leaves = emulator.add_event("Leaves the window", utc(5, 9), utc(5, 10))
    series = emulator.add_series("Daily", utc(2, 8), utc(2, 8, 15), pattern="daily", count=3)

    first = await outlook.changes(START, END, None)

    assert first.full and first.removed == ()
    assert {e.title for e in first.changed} == {
        "Kept",
        "Moved",
        "Gone",
        "Leaves the window",
        "Daily",
    }
    assert len([e for e in first.changed if e.series_id == series]) == 3
    assert first.requests >= 1
    delta_calls = [r for r in emulator.requests if r.path == DELTA]
    assert 'outlook.timezone="UTC"' in (delta_calls[0].header("Prefer") or "")

    emulator.move_event(moved, utc(3, 14), utc(3, 15))
    emulator.delete_event(gone)
    emulator.move_event(leaves, utc(20, 9), utc(20, 10))
    added = emulator.add_event("Added", utc(6, 9), utc(6, 10))

    second = await outlook.changes(START, END, first.cursor)

    assert not second.full
    assert {e.id: e.start for e in second.changed} == {moved: utc(3, 14), added: utc(6, 9)}
    assert set(second.removed) == {gone, leaves}
    assert kept not in second.removed

    third = await outlook.changes(START, END, second.cursor)
    assert third.changed == () and third.removed == () and not third.full


async def test_an_expired_sync_state_means_one_full_read(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    emulator.add_event("Kept", utc(2, 9), utc(2, 10))
    first = await outlook.changes(START, END, None)
    emulator.add_event("Added", utc(3, 9), utc(3, 10))
    emulator.expire_delta_tokens()
    emulator.clear_requests()

    after = await outlook.changes(START, END, first.cursor)

    assert after.full
    assert {e.title for e in after.changed} == {"Kept", "Added"}
    assert "expired" in after.problems[0]
    assert [r.status for r in emulator.requests if r.path == DELTA] == [410, 200]
    assert (await outlook.changes(START, END, after.cursor)).changed == ()


async def test_a_cursor_for_another_window_or_unreadable_starts_over(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    emulator.add_event("Kept", utc(2, 9), utc(2, 10))
    first = await outlook.changes(START, END, None)

    other_window = await outlook.changes(START, utc(10, 0), first.cursor)
    garbled = await outlook.changes(START, END, "not json")

    assert other_window.full and garbled.full
    assert [e.title for e in garbled.changed] == ["Kept"]
    assert json.loads(garbled.cursor)["calendars"].keys() == {"default"}


async def test_an_event_moved_just_past_the_window_is_removed(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    # The delta window is asked wider (all-day events); an event moved into that margin is
    # still returned by Graph, but it has left the window.
    late = emulator.add_event("Late", utc(8, 20), utc(8, 21))
    first = await outlook.changes(START, END, None)
    assert [e.id for e in first.changed] == [late]

    emulator.move_event(late, utc(9, 2), utc(9, 3))
    after = await outlook.changes(START, END, first.cursor)

    assert after.changed == () and after.removed == (late,)


async def test_another_calendar_is_compared_with_what_was_seen(
    emulator: GraphEmulator, graph: GraphClient
) -> None:
    # Graph v1.0 follows only the default calendar by delta; another one is read and compared.
    family = emulator.add_calendar("Family")
    work = emulator.add_event("Work", utc(2, 9), utc(2, 10))
    school = emulator.add_event("School play", utc(3, 16), utc(3, 17), calendar_id=family)
    dentist = emulator.add_event("Dentist", utc(4, 15), utc(4, 16), calendar_id=family)
    steady = emulator.add_event("Swim", utc(5, 18), utc(5, 19), calendar_id=family)
    provider = OutlookCalendarProvider(graph, "UTC", calendar_ids=["default", family])

    first = await provider.changes(START, END, None)
    assert first.full
    assert {e.id: e.calendar_id for e in first.changed} == {
        work: "default",
        school: family,
        dentist: family,
        steady: family,
    }

    emulator.move_event(school, utc(3, 17), utc(3, 18))
    emulator.delete_event(dentist)
    added = emulator.add_event("Parents' evening", utc(6, 19), utc(6, 20), calendar_id=family)
    emulator.change_event(work, subject="Work (moved room)")
    emulator.clear_requests()

    second = await provider.changes(START, END, first.cursor)

    assert not second.full
    assert {e.id: e.title for e in second.changed} == {
        work: "Work (moved room)",
        school: "School play",
        added: "Parents' evening",
    }
    assert second.removed == (dentist,)
    assert sorted(r.path for r in emulator.requests) == [
        DELTA,
        f"/me/calendars/{family}/calendarView",
    ]
    third = await provider.changes(START, END, second.cursor)
    assert third.changed == () and third.removed == ()
