"""Writing through the provider: one event per create even after a lost answer, PATCH with the
before and after logged, deletes only of the assistant's own events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.calendars.provider import EventChanges, EventDraft
from core.google.calendar import GoogleCalendarProvider
from core.google.errors import ForeignCalendarEvent, GoogleConflict, GoogleNotFound
from core.google.events import event_id_for, valid_event_id

START = datetime(2026, 12, 8, 14, tzinfo=UTC)


def draft(key: str = "task-17-block", **fields: object) -> EventDraft:
    values: dict[str, object] = {
        "title": "Block: reply to Tradecore",
        "start": START,
        "end": START + timedelta(minutes=30),
        "body": "From the assistant",
        "idempotency_key": key,
    } | fields
    return EventDraft(**values)  # type: ignore[arg-type]


def test_chosen_ids_follow_googles_rule_and_the_key():
    for key in ("task-17-block", "", "ü" * 500, "x"):
        assert valid_event_id(event_id_for(key))
    assert event_id_for("a") == event_id_for("a") != event_id_for("b")
    assert event_id_for("") != event_id_for("")  # no key: a fresh id each time
    assert not valid_event_id("abcw1") and not valid_event_id("ab1")


async def test_create_marks_the_event_and_logs_it(gcal, provider, action_log):
    event = await provider.create_event(draft(show_as="free", location="Desk"), actor="owner")

    [stored] = gcal.live_events()
    assert event.id == f"primary/{stored['id']}" and stored["id"] == event_id_for("task-17-block")
    assert event.created_by_assistant and event.show_as == "free"
    assert stored["transparency"] == "transparent" and stored["description"] == "From the assistant"
    assert (event.start, event.end) == (START, START + timedelta(minutes=30))
    assert gcal.calls("calendar.events.insert")[0].query == {"sendUpdates": "none"}
    [row] = action_log.rows
    assert (row["action"], row["actor"], row["target"]) == (
        "calendar.event.create",
        "owner",
        event.id,
    )
    assert row["after"]["title"] == "Block: reply to Tradecore"
    assert row["details"]["found_existing"] is False


@pytest.mark.parametrize("lost", ["applied-then-503", "applied-then-dropped"])
async def test_a_create_whose_answer_was_lost_makes_one_event(
    gcal, provider, action_log, sleeps, lost
):
    if lost == "applied-then-503":
        gcal.fail_next("POST", r"/events$", 503, after_applying=True)
    else:
        gcal.fail_next("POST", r"/events$", 0, drop=True, after_applying=True)

    event = await provider.create_event(draft(), actor="owner")

    assert [e["id"] for e in gcal.live_events()] == [event_id_for("task-17-block")]
    assert [r.status for r in gcal.calls("calendar.events.insert")] == [
        503 if lost == "applied-then-503" else 0,
        409,
    ]
    assert event.title == "Block: reply to Tradecore" and event.created_by_assistant
    assert len(action_log.rows) == 1 and action_log.rows[0]["details"]["found_existing"]
    assert sleeps.calls == [1.0]


async def test_the_same_key_again_after_a_delete_is_refused_not_resurrected(gcal, provider):
    event = await provider.create_event(draft(), actor="owner")
    assert await provider.delete_event(event.id, actor="owner")
    with pytest.raises(GoogleConflict, match="not a live event"):
        await provider.create_event(draft(), actor="owner")


async def test_attendees_are_invited(gcal, provider):
    await provider.create_event(draft(attendees=("ana@example.com",)), actor="owner")
    [insert] = gcal.calls("calendar.events.insert")
    assert insert.query == {"sendUpdates": "all"}
    assert insert.json["attendees"] == [{"email": "ana@example.com"}]


async def test_update_patches_only_what_changes_and_logs_before_and_after(
    gcal, provider, action_log
):
    outside = gcal.add_event(start=START, end=START + timedelta(hours=1), summary="1:1")
    event_id = f"primary/{outside['id']}"
    later = START + timedelta(hours=2)

    moved = await provider.update_event(event_id, EventChanges(start=later), actor="owner")

    assert (moved.start, moved.end) == (later, later + timedelta(hours=1))
    [patch] = gcal.calls("calendar.events.patch")
    assert set(patch.json) == {"start", "end"}
    [row] = action_log.rows
    assert row["action"] == "calendar.event.update" and row["target"] == event_id
    assert row["before"]["start"] == START.isoformat()
    assert row["after"]["start"] == later.isoformat()


async def test_only_the_assistants_own_events_are_deleted(gcal, provider, action_log):
    outside = gcal.add_event(start=START, end=START + timedelta(hours=1), summary="Board")
    # An id the assistant never chooses is refused before any request.
    with pytest.raises(ForeignCalendarEvent):
        await provider.delete_event(f"primary/{outside['id']}", actor="owner")
    assert gcal.requests == []
    # One that looks like ours but lacks the mark is read and refused without a DELETE.
    disguised = gcal.add_event(
        start=START, end=START + timedelta(hours=1), id=event_id_for("someone-else")
    )
    with pytest.raises(ForeignCalendarEvent):
        await provider.delete_event(f"primary/{disguised['id']}", actor="owner")
    assert gcal.calls("calendar.events.delete") == []
    with pytest.raises(ForeignCalendarEvent):
        await provider.delete_event("other@example.com/" + event_id_for("x"), actor="owner")
    with pytest.raises(ForeignCalendarEvent):
        await provider.delete_event("no-calendar-part", actor="owner")

    own = await provider.create_event(draft(), actor="owner")
    assert await provider.delete_event(own.id, actor="owner") is True
    assert await provider.delete_event(own.id, actor="owner") is False
    assert [e["summary"] for e in gcal.live_events()] == ["Board", "Event"]
    assert [row["action"] for row in action_log.rows] == [
        "calendar.event.create",
        "calendar.event.delete",
    ]
    assert action_log.rows[1]["before"]["title"] == "Block: reply to Tradecore"


async def test_writes_go_to_the_first_calendar(gcal, api):
    gcal.add_calendar("team@group.calendar.google.com", "Team")
    provider = GoogleCalendarProvider(api, ("team@group.calendar.google.com", "primary"))
    event = await provider.create_event(draft(), actor="owner")
    assert event.calendar_id == "team@group.calendar.google.com"
    assert len(gcal.live_events("team@group.calendar.google.com")) == 1


async def test_updating_a_gone_event_says_so_and_no_change_sends_nothing(gcal, provider):
    outside = gcal.add_event(start=START, end=START + timedelta(hours=1), summary="1:1")
    event_id = f"primary/{outside['id']}"
    same = await provider.update_event(event_id, EventChanges(), actor="owner")
    assert same.title == "1:1" and gcal.calls("calendar.events.patch") == []
    gcal.remove_event("primary", outside["id"])
    with pytest.raises(GoogleNotFound, match="gone"):
        await provider.update_event(event_id, EventChanges(title="x"), actor="owner")
    assert gcal.calls("calendar.events.patch") == []


def test_a_provider_needs_a_calendar(api):
    with pytest.raises(ValueError, match="at least one calendar"):
        GoogleCalendarProvider(api, ())
