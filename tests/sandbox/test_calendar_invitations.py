"""Meeting invitations in mail: eventMessages linked to the meeting in the calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from sandbox.graph_emulator import GraphEmulator
from sandbox.graph_emulator.calendar_invitations import event_message_properties
from tests.graph_schema import body_problems
from tests.sandbox.helpers import Http

EXPAND = {"$expand": "microsoft.graph.eventMessage/event"}
WINDOW = {"startDateTime": "2026-03-10T00:00:00Z", "endDateTime": "2026-03-11T00:00:00Z"}


async def test_an_invitation_is_an_event_message_linked_to_the_meeting(
    emu: GraphEmulator, http: Http
) -> None:
    plain = emu.add_message(subject="Lunch?", sender_name="Ada", sender_address="ada@example.com")
    msg, event_id = emu.add_invitation(
        "Quarterly review",
        datetime(2026, 3, 10, 14, tzinfo=UTC),
        datetime(2026, 3, 10, 15, tzinfo=UTC),
        organizer=("Bo Organizer", "bo@example.com"),
        location={"displayName": "Room 2"},
    )

    reply = await http.get(f"/me/messages/{msg.rest_id}", params=EXPAND)
    assert reply.status == 200
    body = reply.body
    assert body["@odata.type"] == "#microsoft.graph.eventMessageRequest"
    assert body["meetingMessageType"] == "meetingRequest"
    assert body["startDateTime"] == {"dateTime": "2026-03-10T14:00:00.0000000", "timeZone": "UTC"}
    assert body["event"]["id"] == event_id
    assert body["event"]["isOrganizer"] is False
    assert body["event"]["organizer"]["emailAddress"]["address"] == "bo@example.com"
    assert body["event"]["showAs"] == "tentative"
    assert body_problems("message", body) == []
    # The meeting is already in the calendar, and ordinary mail is no eventMessage.
    view = await http.get("/me/calendarView", params=WINDOW)
    assert [e["id"] for e in view.body["value"]] == [event_id]
    other = await http.get(f"/me/messages/{plain.rest_id}", params=EXPAND)
    assert "meetingMessageType" not in other.body and "event" not in other.body
    listed = await http.get("/me/messages")
    assert {m.get("meetingMessageType") for m in listed.body["value"]} == {None, "meetingRequest"}

    cancellation = emu.cancel_invitation(event_id)
    cancelled = await http.get(f"/me/messages/{cancellation.rest_id}", params=EXPAND)
    assert cancelled.body["@odata.type"] == "#microsoft.graph.eventMessage"
    assert cancelled.body["meetingMessageType"] == "meetingCancelled"
    assert cancelled.body["subject"] == "Canceled: Quarterly review"
    assert cancelled.body["event"]["isCancelled"] is True
    assert body_problems("message", cancelled.body) == []

    emu.delete_event(event_id)
    gone = await http.get(f"/me/messages/{msg.rest_id}", params=EXPAND)
    assert gone.body["event"] is None


async def test_an_all_day_invitation_and_bad_kinds(emu: GraphEmulator, http: Http) -> None:
    msg, _ = emu.add_invitation(
        "Offsite", date(2026, 3, 12), date(2026, 3, 13), organizer=("Bo", "bo@example.com")
    )
    reply = await http.get(f"/me/messages/{msg.rest_id}")
    assert reply.body["isAllDay"] is True
    assert reply.body["startDateTime"] == {
        "dateTime": "2026-03-12T00:00:00.0000000",
        "timeZone": "UTC",
    }
    with pytest.raises(ValueError, match="meetingMessageType"):
        event_message_properties(emu.calendar.find(msg.event_id or ""), "meetingForwarded")
