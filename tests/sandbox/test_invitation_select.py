"""eventMessage properties under $select: named through the type cast, as the live service wants."""

from __future__ import annotations

from datetime import UTC, datetime

from sandbox.graph_emulator import GraphEmulator
from tests.graph_schema import body_problems
from tests.sandbox.helpers import Http

START = datetime(2026, 3, 10, 14, tzinfo=UTC)
END = datetime(2026, 3, 10, 15, tzinfo=UTC)
CAST = "microsoft.graph.eventMessage/"
SELECT = {"$select": f"id,subject,{CAST}meetingMessageType,{CAST}startDateTime,{CAST}location"}


async def test_a_delta_select_carries_cast_properties_and_the_type_annotation(
    emu: GraphEmulator, http: Http
) -> None:
    plain = emu.add_message(subject="Lunch?", sender_name="Ada", sender_address="ada@example.com")
    invite, _ = emu.add_invitation(
        "Review", START, END, organizer=("Bo", "bo@example.com"), location={"displayName": "R2"}
    )

    reply = await http.get("/me/mailFolders/inbox/messages/delta", params=SELECT)

    assert reply.status == 200
    items = {item["id"]: item for item in reply.body["value"]}
    meeting = items[invite.rest_id]
    assert meeting["@odata.type"] == "#microsoft.graph.eventMessageRequest"
    assert meeting["meetingMessageType"] == "meetingRequest"
    assert meeting["startDateTime"]["dateTime"].startswith("2026-03-10T14:00:00")
    assert meeting["location"] == {"displayName": "R2"}
    assert "endDateTime" not in meeting  # not selected
    assert body_problems("message", meeting) == []
    other = items[plain.rest_id]
    assert "@odata.type" not in other and "meetingMessageType" not in other


async def test_the_plain_name_is_refused_as_graph_refuses_it(
    emu: GraphEmulator, http: Http
) -> None:
    reply = await http.get("/me/messages", params={"$select": "id,meetingMessageType"})
    assert reply.status == 400
    assert "meetingMessageType" in reply.body["error"]["message"]


async def test_a_rescheduled_meeting_arrives_as_a_full_update_with_the_previous_time(
    emu: GraphEmulator, http: Http
) -> None:
    _, event_id = emu.add_invitation("Review", START, END, organizer=("Bo", "bo@example.com"))
    later = START.replace(day=11)
    update = emu.reschedule_invitation(event_id, later, later.replace(hour=15))

    reply = await http.get(f"/me/messages/{update.rest_id}")

    assert reply.body["meetingRequestType"] == "fullUpdate"
    assert reply.body["startDateTime"]["dateTime"].startswith("2026-03-11T14:00:00")
    assert reply.body["previousStartDateTime"]["dateTime"].startswith("2026-03-10T14:00:00")
    assert reply.body["subject"] == "Review"
    assert body_problems("message", reply.body) == []
