"""The meeting an invitation email is about: stored with the email, and old databases upgrade."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from core.store import EmailRecord, MeetingFacts, Store, migrations
from tests.core.store_helpers import old_database

START = datetime(2026, 3, 10, 14, tzinfo=UTC)


def invitation(email_id: str, meeting: MeetingFacts | None) -> EmailRecord:
    return EmailRecord(
        id=email_id,
        conversation_id="c",
        internet_message_id=f"<{email_id}>",
        subject="Quarterly review",
        sender_name="Bo",
        sender_address="bo@example.com",
        received_at=START,
        web_link=None,
        preview="",
        meeting=meeting,
    )


async def test_a_meeting_round_trips_with_its_email(tmp_path: Path) -> None:
    meeting = MeetingFacts(
        message_type="meetingRequest",
        start=START,
        end=START.replace(hour=15),
        location="Room <2>",
        organizer_name="Bo",
        organizer_address="bo@example.com",
        event_id="AAMk-event",
    )
    async with await Store.open(tmp_path / "a.db") as store:
        await store.upsert_emails([invitation("m", meeting), invitation("plain", None)])
        stored = await store.get_emails(["m", "plain"])
    assert stored["m"].meeting == meeting
    assert stored["plain"].meeting is None


async def test_a_database_from_before_m005_upgrades_and_its_emails_are_no_meetings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    before_m005 = [name for name, _ in migrations.MIGRATIONS].index("m005_email_meetings")
    await old_database(path, before_m005, "old", "Before m005")

    async with await Store.open(path) as upgraded:
        email = await upgraded.get_email("old")
        assert email is not None and email.subject == "Before m005"
        assert email.meeting is None
        await upgraded.upsert_emails([invitation("new", MeetingFacts("meetingCancelled"))])
        new = await upgraded.get_email("new")
        assert new is not None and new.meeting is not None and new.meeting.cancelled
