"""Writing the Outlook calendar over HTTP: create once (transactionId), PATCH only what changes,
delete only the assistant's own events, and action_log rows for each change."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.calendars.provider import EventChanges, EventDraft, NotCreatedByAssistant
from core.errors import GraphNotFound
from core.microsoft.calendar import OutlookCalendarProvider
from core.microsoft.calendar_models import ASSISTANT_MARK_ID, ASSISTANT_MARK_VALUE
from core.microsoft.graph import GraphClient
from sandbox.graph_emulator import GraphEmulator
from tests.core.calendars.conftest import ActionRecorder, calendar_requests


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def block(key: str = "task-17-block") -> EventDraft:
    return EventDraft(
        title="Prepare the budget",
        start=utc(2, 9),
        end=utc(2, 9, 30),
        body="From the email of Bo Berg",
        location="Desk",
        idempotency_key=key,
    )


def stored_titles(emulator: GraphEmulator) -> list[str]:
    return [e.subject for e in emulator.calendar.events.values()]


async def test_create_marks_the_event_as_the_assistants_and_logs_it(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, actions: ActionRecorder
) -> None:
    event = await outlook.create_event(block(), actor="owner")

    assert event.created_by_assistant and event.title == "Prepare the budget"
    assert (event.start, event.end) == (utc(2, 9), utc(2, 9, 30))
    [post] = calendar_requests(emulator, "POST")
    assert post.path == "/me/calendar/events"
    assert post.json["transactionId"] == "task-17-block"
    # Marked with our extended property, not a category the owner would see and could remove.
    mark = {"id": ASSISTANT_MARK_ID, "value": ASSISTANT_MARK_VALUE}
    assert post.json["singleValueExtendedProperties"] == [mark] and "categories" not in post.json
    # Written in the mailbox's zone, so Outlook shows it as a Berlin event.
    assert post.json["start"] == {"dateTime": "2026-03-02T10:00:00", "timeZone": "Europe/Berlin"}
    assert post.json["body"] == {"contentType": "text", "content": "From the email of Bo Berg"}
    stored = emulator.event(event.id)
    assert stored["categories"] == []
    assert list(emulator.calendar.find(event.id).extended.values()) == [
        (ASSISTANT_MARK_ID, ASSISTANT_MARK_VALUE)
    ]
    assert stored["location"]["displayName"] == "Desk"
    [row] = actions.rows
    assert row["action"] == "calendar.event.create" and row["actor"] == "owner"
    assert row["target"] == event.id and row["after"]["title"] == "Prepare the budget"
    assert row["details"] == {"provider": "outlook", "transaction_id": "task-17-block"}


@pytest.mark.parametrize("drop", [False, True], ids=["504", "dropped connection"])
async def test_a_create_whose_answer_was_lost_makes_one_event(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, actions: ActionRecorder, drop: bool
) -> None:
    emulator.fail_after_applying("POST", r"/events$", drop=drop)

    event = await outlook.create_event(block(), actor="owner")

    assert stored_titles(emulator) == ["Prepare the budget"]
    assert [r.status for r in calendar_requests(emulator, "POST")] == [0 if drop else 504, 201]
    assert event.id in emulator.calendar.events
    assert len(actions.rows) == 1


async def test_the_same_draft_confirmed_twice_makes_one_event(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    first = await outlook.create_event(block(), actor="owner")
    again = await outlook.create_event(block(), actor="owner")
    other = await outlook.create_event(block("task-18-block"), actor="owner")

    assert again.id == first.id and other.id != first.id
    assert len(emulator.calendar.events) == 2


async def test_events_are_created_in_the_first_configured_calendar(
    emulator: GraphEmulator, graph: GraphClient
) -> None:
    family = emulator.add_calendar("Family")
    provider = OutlookCalendarProvider(graph, "UTC", calendar_ids=[family, "default"])

    event = await provider.create_event(block(), actor="owner")

    assert event.calendar_id == family
    assert emulator.calendar.events[event.id].calendar_id == family


async def test_update_patches_only_the_fields_that_change(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, actions: ActionRecorder
) -> None:
    event_id = emulator.add_event("Review", utc(2, 15), utc(2, 16), location={"displayName": "A"})

    moved = await outlook.update_event(
        event_id,
        EventChanges(title="Review", start=utc(2, 16), end=utc(2, 17), location="A"),
        actor="owner",
    )

    assert (moved.start, moved.end, moved.title) == (utc(2, 16), utc(2, 17), "Review")
    [patch] = calendar_requests(emulator, "PATCH")
    assert set(patch.json) == {"start", "end"}
    assert patch.json["start"] == {"dateTime": "2026-03-02T17:00:00", "timeZone": "Europe/Berlin"}
    [row] = actions.rows
    assert row["action"] == "calendar.event.update"
    assert row["before"]["start"] == utc(2, 15).isoformat()
    assert row["after"]["start"] == utc(2, 16).isoformat()
    assert row["details"]["changed"] == ["end", "start"]


async def test_an_update_that_changes_nothing_sends_no_patch(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, actions: ActionRecorder
) -> None:
    event_id = emulator.add_event("Review", utc(2, 15), utc(2, 16))

    same = await outlook.update_event(event_id, EventChanges(title="Review"), actor="owner")

    assert same.title == "Review"
    assert calendar_requests(emulator, "PATCH") == [] and actions.rows == []


async def test_an_update_is_checked_before_it_is_sent(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    event_id = emulator.add_event("Review", utc(2, 15), utc(2, 16))
    with pytest.raises(ValueError, match="before it starts"):
        await outlook.update_event(event_id, EventChanges(start=utc(2, 17)), actor="owner")
    emulator.delete_event(event_id)
    with pytest.raises(GraphNotFound):
        await outlook.update_event(event_id, EventChanges(title="x"), actor="owner")
    assert calendar_requests(emulator, "PATCH") == []


async def test_the_assistant_deletes_its_own_event_once(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, actions: ActionRecorder
) -> None:
    event = await outlook.create_event(block(), actor="owner")

    assert await outlook.delete_event(event.id, actor="owner") is True
    assert event.id not in emulator.calendar.events
    assert await outlook.delete_event(event.id, actor="owner") is False
    assert [r["action"] for r in actions.rows] == ["calendar.event.create", "calendar.event.delete"]
    assert actions.rows[1]["before"]["title"] == "Prepare the budget"


async def test_a_delete_whose_answer_was_lost_still_counts_once(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, actions: ActionRecorder
) -> None:
    event = await outlook.create_event(block(), actor="owner")
    emulator.fail_after_applying("DELETE", r"/events/")

    assert await outlook.delete_event(event.id, actor="owner") is True

    assert [r.status for r in calendar_requests(emulator, "DELETE")] == [504, 404]
    assert [r["action"] for r in actions.rows][-1] == "calendar.event.delete"


async def test_a_foreign_event_already_read_is_refused_without_a_request(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, actions: ActionRecorder
) -> None:
    theirs = emulator.add_event("Board meeting", utc(2, 9), utc(2, 10), organizer=("C", "c@x.com"))
    mine = emulator.add_event("Own block", utc(2, 11), utc(2, 12))  # the owner's, not ours
    await outlook.events(utc(2, 0), utc(3, 0))
    emulator.clear_requests()

    for event_id in (theirs, mine):
        with pytest.raises(NotCreatedByAssistant, match="not created by the assistant"):
            await outlook.delete_event(event_id, actor="owner")

    assert emulator.requests == []
    assert {theirs, mine} <= set(emulator.calendar.events) and actions.rows == []


async def test_an_unknown_foreign_event_is_looked_at_but_never_deleted(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    theirs = emulator.add_event("Board meeting", utc(2, 9), utc(2, 10))

    with pytest.raises(NotCreatedByAssistant):
        await outlook.delete_event(theirs, actor="owner")

    assert [r.method for r in emulator.requests] == ["GET"]
    assert theirs in emulator.calendar.events


async def test_an_event_with_our_category_but_without_the_mark_is_never_deleted(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    # The owner gave their own event the category that once marked ours.
    theirs = emulator.add_event("Gym", utc(2, 9), utc(2, 10), categories=["Outlook AI Assistant"])
    other_mark = emulator.add_event(
        "Synced",
        utc(2, 11),
        utc(2, 12),
        singleValueExtendedProperties=[
            {"id": ASSISTANT_MARK_ID.replace("Created", "Other"), "value": ASSISTANT_MARK_VALUE}
        ],
    )

    for event_id in (theirs, other_mark):
        with pytest.raises(NotCreatedByAssistant):
            await outlook.delete_event(event_id, actor="owner")

    assert {theirs, other_mark} <= set(emulator.calendar.events)
    assert "DELETE" not in {r.method for r in emulator.requests}


async def test_a_meeting_with_attendees_invites_them(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    draft = EventDraft(
        title="Plan Q2",
        start=utc(3, 9),
        end=utc(3, 10),
        attendees=("bo@example.com", "cy@example.com"),
    )
    event = await outlook.create_event(draft, actor="owner")

    [post] = calendar_requests(emulator, "POST")
    assert [a["emailAddress"]["address"] for a in post.json["attendees"]] == [
        "bo@example.com",
        "cy@example.com",
    ]
    assert "body" not in post.json and "location" not in post.json
    assert len(post.json["transactionId"]) == 32  # a fresh key when the draft has none
    assert len(emulator.event(event.id)["attendees"]) == 2


async def test_a_new_title_and_place_are_patched_and_a_blank_title_refused(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider
) -> None:
    event_id = emulator.add_event("Review", utc(2, 15), utc(2, 16))

    renamed = await outlook.update_event(
        event_id, EventChanges(title="Design review", location="Room 2"), actor="owner"
    )

    assert (renamed.title, renamed.location) == ("Design review", "Room 2")
    [patch] = calendar_requests(emulator, "PATCH")
    assert patch.json == {"subject": "Design review", "location": {"displayName": "Room 2"}}
    with pytest.raises(ValueError, match="needs a title"):
        await outlook.update_event(event_id, EventChanges(title="  "), actor="owner")


async def test_a_move_whose_answer_was_lost_is_sent_again(
    emulator: GraphEmulator, outlook: OutlookCalendarProvider, actions: ActionRecorder
) -> None:
    event_id = emulator.add_event("Review", utc(2, 15), utc(2, 16))
    emulator.fail_after_applying("PATCH", r"/events/")

    moved = await outlook.update_event(
        event_id, EventChanges(start=utc(2, 16), end=utc(2, 17)), actor="owner"
    )

    assert moved.start == utc(2, 16)
    assert [r.status for r in calendar_requests(emulator, "PATCH")] == [504, 200]
    assert len(actions.rows) == 1


async def test_our_event_moved_and_seen_by_delta_is_still_ours_to_delete(
    emulator: GraphEmulator, graph, outlook: OutlookCalendarProvider
) -> None:
    event = await outlook.create_event(block(), actor="owner")
    await outlook.update_event(event.id, EventChanges(start=utc(2, 10), end=utc(2, 11)), actor="o")
    # A provider that never saw it reads it by delta only (no mark there), then deletes it.
    fresh = OutlookCalendarProvider(graph, "Europe/Berlin")
    changes = await fresh.changes(utc(2, 0), utc(3, 0), None)
    assert event.id in {e.id for e in changes.changed}

    assert await fresh.delete_event(event.id, actor="owner") is True
    assert event.id not in emulator.calendar.events
