"""Meeting invitations, updates and cancellations in the Inbox delta, against the emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import GraphError
from core.microsoft.graph_models import Message
from core.microsoft.mail import MailApi
from core.microsoft.mail_meetings import EVENT_LOOKUPS_PER_SYNC, LinkedMeeting, meeting_facts
from core.microsoft.mail_sync import InboxSync

START = (datetime.now(UTC) + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
END = START + timedelta(hours=1)
BO = ("Bo Organizer", "Bo@Example.com")


@pytest.fixture
def sync(graph, store) -> InboxSync:
    return InboxSync(MailApi(graph), store, backfill_days=2, page_size=50)


def counted(emulator) -> tuple[int, int]:
    """(delta pages, other requests) since the last clear."""
    delta = sum(1 for r in emulator.requests if r.path.endswith("/messages/delta"))
    return delta, len(emulator.requests) - delta


async def test_an_invitation_is_stored_with_its_meeting_at_one_request_more(emulator, sync, store):
    await sync.sync()
    emulator.add_message(subject="Lunch?", sender_name="Ada", sender_address="ada@example.com")
    emulator.clear_requests()
    await sync.sync()
    plain_cost = counted(emulator)

    msg, event_id = emulator.add_invitation(
        "Quarterly review", START, END, organizer=BO, location={"displayName": "Room 2"}
    )
    emulator.clear_requests()
    report = await sync.sync()

    assert report.new_ids == [msg.immutable_id]
    # The meeting's facts come in the delta page itself; only the calendar link costs a GET.
    assert plain_cost == (1, 0)
    assert counted(emulator) == (1, 1)
    stored = await store.get_email(msg.immutable_id)
    assert stored is not None and stored.meeting is not None
    meeting = stored.meeting
    assert meeting.message_type == "meetingRequest" and not meeting.cancelled
    assert (meeting.start, meeting.end) == (START, END)
    assert meeting.start is not None and meeting.start.utcoffset() == timedelta(0)
    assert meeting.location == "Room 2"
    assert (meeting.organizer_name, meeting.organizer_address) == ("Bo Organizer", "bo@example.com")
    assert meeting.event_id == event_id


async def test_an_update_and_a_cancellation_arrive_as_new_meeting_emails(emulator, sync, store):
    first, event_id = emulator.add_invitation("Design sync", START, END, organizer=BO)
    await sync.sync()
    moved = START + timedelta(days=1)
    update = emulator.reschedule_invitation(event_id, moved, moved + timedelta(minutes=30))
    await sync.sync()
    cancellation = emulator.cancel_invitation(event_id)
    await sync.sync()

    stored = await store.get_emails(
        [first.immutable_id, update.immutable_id, cancellation.immutable_id]
    )
    updated = stored[update.immutable_id].meeting
    assert updated is not None and updated.message_type == "meetingRequest"
    assert (updated.start, updated.end) == (moved, moved + timedelta(minutes=30))
    assert updated.event_id == event_id
    cancelled = stored[cancellation.immutable_id].meeting
    assert cancelled is not None and cancelled.cancelled and cancelled.event_id == event_id
    first_meeting = stored[first.immutable_id].meeting
    assert first_meeting is not None and first_meeting.start == START


async def test_event_lookups_are_bounded_per_sync_and_a_missing_event_loses_nothing(
    emulator, sync, store
):
    sent = [
        emulator.add_invitation(f"Meeting {i}", START, END, organizer=BO)
        for i in range(EVENT_LOOKUPS_PER_SYNC + 2)
    ]
    emulator.delete_event(sent[0][1])  # Graph answers null for the event now
    emulator.clear_requests()

    report = await sync.sync()

    assert len(report.new_ids) == len(sent)
    assert counted(emulator)[1] == EVENT_LOOKUPS_PER_SYNC
    stored = await store.get_emails(report.new_ids)
    meetings = [e.meeting for e in stored.values()]
    assert all(m is not None and m.start == START for m in meetings)
    linked = [m for m in meetings if m is not None and m.event_id]
    assert 0 < len(linked) < EVENT_LOOKUPS_PER_SYNC
    # Unlinked ones still know their organizer from the message itself.
    assert {m.organizer_address for m in meetings if m is not None} == {"bo@example.com"}


async def test_a_replayed_invitation_is_not_looked_up_twice(emulator, graph, store):
    sync = InboxSync(MailApi(graph), store, backfill_days=2, page_size=50)
    emulator.add_invitation("Design sync", START, END, organizer=BO)
    await sync.sync()
    emulator.expire_delta_tokens()
    emulator.clear_requests()

    report = await sync.sync()

    assert report.resynced and report.new_ids == []
    assert counted(emulator)[1] == 0


async def test_a_failed_event_lookup_and_an_unknown_zone_lose_nothing_else(emulator, sync, store):
    msg, _ = emulator.add_invitation("Design sync", START, END, organizer=BO)
    msg.event_message["startDateTime"] = {"dateTime": "2026-03-10T14:00:00", "timeZone": "Mars"}
    emulator.faults.add("GET", r"/me/messages/[^/]+$", status=404)

    report = await sync.sync()

    assert report.new_ids == [msg.immutable_id]
    stored = await store.get_email(msg.immutable_id)
    assert stored is not None and stored.meeting is not None
    assert stored.meeting.event_id is None and stored.meeting.start is None  # not a wrong time
    assert stored.meeting.end == END
    assert stored.meeting.organizer_address == "bo@example.com"


def test_an_event_without_an_organizer_falls_back_to_the_sender() -> None:
    message = Message._from_graph(
        {
            "id": "m",
            "from": {"emailAddress": {"name": "Bo", "address": "Bo@Example.com"}},
            "meetingMessageType": "meetingCancelled",
        }
    )
    facts = meeting_facts(
        message, LinkedMeeting(message, {"id": "ev", "organizer": {"emailAddress": {}}})
    )
    assert facts is not None and facts.cancelled and facts.event_id == "ev"
    assert (facts.organizer_name, facts.organizer_address) == ("Bo", "bo@example.com")
    assert facts.start is None and facts.location == ""
    assert meeting_facts(Message._from_graph({"id": "p", "meetingMessageType": "none"})) is None


async def test_a_mailbox_that_refuses_the_cast_still_syncs_and_reads_invitations_one_by_one(
    emulator, graph, store
):
    emulator.refuse_event_message_cast = True
    mail = MailApi(graph)
    sync = InboxSync(mail, store, backfill_days=2, page_size=50)
    plain = emulator.add_message(subject="Lunch?", sender_name="Ada", sender_address="a@x.com")
    msg, event_id = emulator.add_invitation(
        "Quarterly review", START, END, organizer=BO, location={"displayName": "Room 2"}
    )
    response = emulator.add_message(
        subject="Accepted: Budget", sender_name="Cy", sender_address="c@x.com"
    )
    response.event_message = {"@odata.type": "#microsoft.graph.eventMessageResponse"}
    emulator.clear_requests()

    report = await sync.sync()

    assert mail.meeting_select_refused
    assert sorted(report.new_ids) == sorted(m.immutable_id for m in (plain, msg, response))
    # The refused delta page, the page again without the cast, and one GET for the invitation.
    assert counted(emulator) == (2, 1)
    stored = await store.get_emails(report.new_ids)
    meeting = stored[msg.immutable_id].meeting
    assert meeting is not None and meeting.message_type == "meetingRequest"
    assert (meeting.start, meeting.end, meeting.location) == (START, END, "Room 2")
    assert meeting.event_id == event_id
    assert stored[plain.immutable_id].meeting is None
    assert stored[response.immutable_id].meeting is None

    emulator.clear_requests()
    await sync.sync()
    assert counted(emulator) == (1, 0)  # remembered: no second refusal


async def test_another_400_is_not_taken_for_a_refused_cast(emulator, graph, store):
    emulator.faults.add(
        "GET",
        r"/messages/delta$",
        status=400,
        body={"error": {"code": "BadRequest", "message": "nope"}},
    )
    mail = MailApi(graph)
    with pytest.raises(GraphError):
        await InboxSync(mail, store).sync()
    assert not mail.meeting_select_refused
