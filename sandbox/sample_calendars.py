"""The demo's sample calendars: one working day on Outlook (the Graph emulator) and Google
Calendar (its emulator), with what a merged view has to get right.

- The Tradecore cutover review reached both calendars (the same iCalendar UID): shown once.
- "Board deck prep" (Outlook) and "School run" (Google) overlap: a clash only the merged view sees.
- Between the review and lunch there is a free hour and a half: the free-slot search finds it.
Times are wall-clock in the mailbox's zone (the sample mailbox's is UTC).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from sandbox.google_calendar_emulator import GoogleCalendarEmulator
from sandbox.graph_emulator import GraphEmulator

SHARED_MEETING = "Tradecore Steel: cutover review"
CLASH = ("Board deck prep", "School run")
DEMO_SLOT_MINUTES = 60


def next_working_day(today: date) -> date:
    """Today on Monday to Friday, else the Monday after."""
    return today + timedelta(days=max(0, 7 - today.weekday()) if today.weekday() >= 5 else 0)


def seed_sample_calendars(
    graph: GraphEmulator, google: GoogleCalendarEmulator, day: date, zone: tzinfo
) -> None:
    """Put the sample day into both calendars."""

    def at(hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=zone)

    graph.add_event("Leadership stand-up", at(9), at(9, 30))
    shared = graph.add_event(
        SHARED_MEETING,
        at(10),
        at(11),
        organizer=("Dana Reyes", "dana@tradecore.example"),
        location={"displayName": "Teams"},
    )
    graph.add_event(CLASH[0], at(14), at(15))
    google.add_event(
        summary=SHARED_MEETING,
        start=at(10),
        end=at(11),
        iCalUID=graph.calendar.find(shared).ical_uid,
    )
    google.add_event(summary="Lunch with Sam", start=at(12, 30), end=at(13, 30))
    google.add_event(summary=CLASH[1], start=at(14, 30), end=at(15, 15))
