"""The merged view over several providers: order, one copy per meeting, failures beside the rest.

The providers here are small in-memory ones (the HTTP behaviour of each provider is tested with
its own emulator); what is tested is the merging.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

from core.calendars.free_slots import WorkingHours
from core.calendars.merged import merge_events, merged_busy, merged_events, merged_free_slots
from core.calendars.provider import (
    BusyInterval,
    CalendarChanges,
    CalendarEvent,
    CalendarProvider,
    EventChanges,
    EventDraft,
    ProviderName,
)
from core.errors import AppError, GraphThrottled

PLUS_ONE = timezone(timedelta(hours=1))


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def event(
    title: str,
    start: datetime,
    end: datetime,
    *,
    provider: ProviderName = "outlook",
    uid: str | None = None,
    cancelled: bool = False,
    event_id: str | None = None,
) -> CalendarEvent:
    return CalendarEvent(
        provider=provider,
        calendar_id="primary" if provider == "google" else "default",
        id=event_id or f"{provider}-{title}-{start.isoformat()}",
        title=title,
        start=start,
        end=end,
        ical_uid=uid,
        cancelled=cancelled,
    )


class ListedCalendar:
    """A provider answering from a list, or failing with a given error."""

    def __init__(
        self,
        name: ProviderName,
        events: list[CalendarEvent] | None = None,
        error: AppError | None = None,
    ) -> None:
        self._name = name
        self._events = events or []
        self._error = error

    @property
    def name(self) -> ProviderName:
        return self._name

    @property
    def label(self) -> str:
        return {"outlook": "Outlook", "google": "Google Calendar"}[self._name]

    async def events(self, start: datetime, end: datetime) -> list[CalendarEvent]:
        if self._error is not None:
            raise self._error
        return [e for e in self._events if e.start < end and e.end > start]

    async def free_busy(self, start: datetime, end: datetime) -> list[BusyInterval]:
        return [
            BusyInterval(max(e.start, start), min(e.end, end), self._name, e.calendar_id)
            for e in await self.events(start, end)
            if e.blocks_time
        ]

    async def get_event(self, event_id: str) -> CalendarEvent | None:
        raise NotImplementedError

    async def create_event(self, draft: EventDraft, *, actor: str) -> CalendarEvent:
        raise NotImplementedError

    async def update_event(
        self, event_id: str, changes: EventChanges, *, actor: str
    ) -> CalendarEvent:
        raise NotImplementedError

    async def delete_event(self, event_id: str, *, actor: str) -> bool:
        raise NotImplementedError

    async def changes(self, start: datetime, end: datetime, cursor: str | None) -> CalendarChanges:
        raise NotImplementedError


def providers(*calendars: ListedCalendar) -> list[CalendarProvider]:
    return list(calendars)


async def test_the_merged_day_is_sorted_and_shows_an_invited_meeting_once() -> None:
    outlook = ListedCalendar(
        "outlook",
        [
            event("Budget review", utc(2, 14), utc(2, 15), uid="UID-1"),
            event("Stand-up", utc(2, 9), utc(2, 9, 15)),
        ],
    )
    google = ListedCalendar(
        "google",
        [
            # The same invitation on Google: same UID, start written with another offset.
            event(
                "Budget review (Bo)",
                utc(2, 14).astimezone(PLUS_ONE),
                utc(2, 15).astimezone(PLUS_ONE),
                provider="google",
                uid="UID-1",
            ),
            event("School run", utc(2, 7, 30), utc(2, 8), provider="google"),
        ],
    )

    merged = await merged_events(providers(outlook, google), utc(2, 0), utc(3, 0))

    assert [(e.title, e.provider) for e in merged.events] == [
        ("School run", "google"),
        ("Stand-up", "outlook"),
        ("Budget review", "outlook"),  # the first provider's copy
    ]
    assert merged.duplicates == 1 and merged.problems == ()


def test_without_uids_title_start_and_end_decide() -> None:
    events, dropped = merge_events(
        [
            event("Dentist", utc(2, 15), utc(2, 16)),
            event("  dentist ", utc(2, 15), utc(2, 16), provider="google"),  # same meeting
            event("Dentist", utc(2, 15), utc(2, 16, 30), provider="google"),  # other end
            event("Dentist", utc(2, 15), utc(2, 16), provider="google", uid="G-1"),  # one has none
        ]
    )
    assert dropped == 2
    assert [(e.provider, e.end) for e in events] == [
        ("outlook", utc(2, 16)),
        ("google", utc(2, 16, 30)),
    ]


def test_different_uids_are_different_meetings_even_with_the_same_title() -> None:
    events, dropped = merge_events(
        [
            event("Busy", utc(2, 9), utc(2, 10), uid="A"),
            event("Busy", utc(2, 9), utc(2, 10), provider="google", uid="B"),
        ]
    )
    assert dropped == 0 and len(events) == 2


def test_occurrences_of_one_series_are_not_merged_into_one() -> None:
    # Occurrences share their series' UID; only the same occurrence on two providers is merged.
    daily = [event("Stand-up", utc(d, 9), utc(d, 9, 15), uid="SERIES") for d in (2, 3, 4)]
    copy = event("Stand-up", utc(3, 9), utc(3, 9, 15), provider="google", uid="SERIES")
    events, dropped = merge_events([*daily, copy])
    assert [e.start for e in events] == [utc(2, 9), utc(3, 9), utc(4, 9)]
    assert dropped == 1


def test_a_cancelled_copy_gives_way_to_a_live_one() -> None:
    events, _ = merge_events(
        [
            event("Review", utc(2, 9), utc(2, 10), uid="U", cancelled=True),
            event("Review", utc(2, 9), utc(2, 10), provider="google", uid="U"),
        ]
    )
    assert [(e.provider, e.cancelled) for e in events] == [("google", False)]


async def test_a_failing_provider_is_reported_beside_the_others() -> None:
    outlook = ListedCalendar("outlook", [event("Stand-up", utc(2, 9), utc(2, 9, 15))])
    google = ListedCalendar(
        "google", error=GraphThrottled("rate limit exceeded", status=429, retry_after=30)
    )

    merged = await merged_events(providers(outlook, google), utc(2, 0), utc(3, 0))
    busy = await merged_busy(providers(google, outlook), utc(2, 0), utc(3, 0))

    assert [e.title for e in merged.events] == ["Stand-up"]
    [problem] = merged.problems
    assert (problem.provider, problem.label) == ("google", "Google Calendar")
    assert "rate limit exceeded" in problem.message
    assert [(b.start, b.provider) for b in busy.intervals] == [(utc(2, 9), "outlook")]
    assert [p.provider for p in busy.problems] == ["google"]


async def test_free_slots_avoid_every_providers_busy_time() -> None:
    outlook = ListedCalendar("outlook", [event("Work", utc(2, 9), utc(2, 12))])
    google = ListedCalendar("google", [event("Dentist", utc(2, 12), utc(2, 13), provider="google")])
    hours = WorkingHours(time(9), time(17), UTC)

    found = await merged_free_slots(
        providers(outlook, google), utc(2, 0), utc(3, 0), minutes=30, hours=hours
    )

    assert [(s.start, s.end) for s in found.slots] == [(utc(2, 13), utc(2, 17))]
    assert found.problems == ()
