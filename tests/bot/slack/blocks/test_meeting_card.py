"""The card of a meeting invitation: its time as Slack date markup, location, organizer."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.slack.blocks import suggestion_message
from core.store import MeetingFacts
from tests.bot.slack.blocks import all_text, make_view

START = datetime(2026, 3, 10, 14, tzinfo=UTC)
END = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
REQUEST = MeetingFacts(
    "meetingRequest",
    start=START,
    end=END,
    location="Room 2",
    organizer_name="Bo Organizer",
    organizer_address="bo@example.com",
)


def _meeting_block(meeting: MeetingFacts) -> dict:
    view = make_view(meeting=meeting, action_type="Scheduled")
    blocks = suggestion_message(view, low_confidence_threshold=0.6)["blocks"]
    found = [b for b in blocks if "Meeting" in all_text(b) or "Cancelled" in all_text(b)]
    assert len(found) == 1
    return found[0]


def test_an_invitation_shows_its_time_in_the_readers_zone_location_and_organizer() -> None:
    block = _meeting_block(REQUEST)
    when, location, organizer = block["elements"]
    assert when["type"] == "mrkdwn"
    start, end = int(START.timestamp()), int(END.timestamp())
    assert f"<!date^{start}^{{date_short_pretty}} {{time}}|2026-03-10 14:00 UTC>" in when["text"]
    assert f"<!date^{end}^{{time}}|2026-03-10 15:30 UTC>" in when["text"]
    assert "Cancelled" not in when["text"]
    assert location == {"type": "plain_text", "text": "Location: Room 2"}
    assert organizer["type"] == "plain_text" and organizer["text"] == "Organizer: Bo Organizer"


def test_a_cancellation_says_cancelled_and_an_all_day_meeting_keeps_its_day() -> None:
    cancelled = _meeting_block(replace(REQUEST, message_type="meetingCancelled"))
    assert cancelled["elements"][0]["text"].startswith(":x: Cancelled: meeting <!date^")

    all_day = _meeting_block(
        replace(REQUEST, all_day=True, start=datetime(2026, 3, 12, tzinfo=UTC))
    )
    assert "Thu 12 Mar 2026, all day" in all_day["elements"][0]["text"]
    assert "<!date^" not in all_day["elements"][0]["text"]


def test_ordinary_mail_has_no_meeting_line() -> None:
    payload = suggestion_message(make_view(), low_confidence_threshold=0.6)
    assert "Meeting" not in all_text(payload)
