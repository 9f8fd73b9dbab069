"""What every calendar provider (Outlook through Graph, Google Calendar) offers, in shared terms.

Providers answer in aware datetimes (UTC inside; front ends show the owner's zone) so the merged
view can sort, de-duplicate and find free time across them without knowing where an event came
from. Event text (title, location, organizer) comes from outside and is untrusted: it is shown as
plain text, never as markup, and never reaches a prompt unmarked.

A provider reads what the owner can see but writes only as the owner confirms: `create_event`,
`update_event` and `delete_event` are called after a Confirm, and `delete_event` refuses an event
the assistant did not create (`created_by_assistant` False) before any request is made.
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, Protocol

from core.errors import AppError

ProviderName = Literal["outlook", "google"]
ShowAs = Literal["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"]
# What the owner is not available for: the statuses free-slot search treats as taken.
BUSY_STATUSES: frozenset[ShowAs] = frozenset({"tentative", "busy", "oof", "workingElsewhere"})


class NotCreatedByAssistant(AppError):
    """Raised when a delete targets an event the assistant did not create (nothing was sent)."""


class ActionLog(Protocol):
    """Where a provider writes each change for action_log (`Store.log_action` fits)."""

    def __call__(
        self,
        action: str,
        *,
        actor: str,
        target: str | None = None,
        before: Any = None,
        after: Any = None,
        details: Any = None,
    ) -> Awaitable[object]:
        """Append one audit row."""
        ...


@dataclass(frozen=True)
class CalendarEvent:
    """One event (or one occurrence of a series) as a provider holds it.

    `start`/`end` are aware; an all-day event runs from local midnight to local midnight of
    the day after its last (`all_day` True, `day` its first date). `ical_uid` is the id both
    providers share for one meeting invited to both, which the merged view de-duplicates on.
    """

    provider: ProviderName
    calendar_id: str
    id: str
    title: str
    start: datetime
    end: datetime
    all_day: bool = False
    show_as: ShowAs = "busy"
    cancelled: bool = False
    location: str = ""
    organizer: str = ""
    web_link: str | None = None
    ical_uid: str | None = None
    series_id: str | None = None  # the series an occurrence belongs to
    created_by_assistant: bool = False

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("CalendarEvent start and end must be timezone-aware")
        if self.end < self.start:
            raise ValueError(f"event {self.id!r} ends before it starts")

    @property
    def day(self) -> date:
        """The date the event starts on, in its own offset."""
        return self.start.date()

    @property
    def blocks_time(self) -> bool:
        """Whether the owner is taken during it (not cancelled, shown as anything but free)."""
        return not self.cancelled and self.show_as in BUSY_STATUSES


@dataclass(frozen=True)
class BusyInterval:
    """A span in which a calendar is taken, [start, end), aware."""

    start: datetime
    end: datetime
    provider: ProviderName
    calendar_id: str
    show_as: ShowAs = "busy"


@dataclass(frozen=True)
class EventDraft:
    """An event to create (a task's calendar block, a meeting the owner asked for)."""

    title: str
    start: datetime
    end: datetime
    body: str = ""
    location: str = ""
    show_as: ShowAs = "busy"
    # Our id for this creation, sent where the provider dedupes on one (Graph transactionId,
    # Google's client-chosen event id), so a create retried after a lost answer makes one event.
    idempotency_key: str = ""
    attendees: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError("an event needs a title")
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("EventDraft start and end must be timezone-aware")
        if self.end <= self.start:
            raise ValueError("an event must end after it starts")


@dataclass(frozen=True)
class EventChanges:
    """Fields to change on an event; None leaves a field as it is."""

    title: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    location: str | None = None


@dataclass(frozen=True)
class CalendarChanges:
    """What changed in a window since a provider's sync cursor (for the task-event mapping)."""

    changed: tuple[CalendarEvent, ...]
    removed: tuple[str, ...]  # event ids deleted, cancelled or moved out of the window
    cursor: str
    full: bool  # every event of the window was returned: a tracked one missing from it is gone
    requests: int = 0
    problems: tuple[str, ...] = field(default_factory=tuple)


class CalendarProvider(Protocol):
    """A calendar service the assistant reads and, on the owner's confirm, writes."""

    @property
    def name(self) -> ProviderName:
        """ "outlook" or "google"."""
        ...

    @property
    def label(self) -> str:
        """The service's own name for front ends ("Outlook", "Google Calendar")."""
        ...

    async def events(self, start: datetime, end: datetime) -> list[CalendarEvent]:
        """Return every event overlapping [start, end) on the provider's calendars, recurring
        series expanded into occurrences, across pages."""
        ...

    async def get_event(self, event_id: str) -> CalendarEvent | None:
        """Return one event, or None when it is gone."""
        ...

    async def free_busy(self, start: datetime, end: datetime) -> list[BusyInterval]:
        """Return the busy intervals in [start, end) (the provider's free/busy service where it
        has one, else derived from `events`)."""
        ...

    async def create_event(self, draft: EventDraft, *, actor: str) -> CalendarEvent:
        """Create an event (once, even if retried after a lost answer) and log it."""
        ...

    async def update_event(
        self, event_id: str, changes: EventChanges, *, actor: str
    ) -> CalendarEvent:
        """Change an event and log the before and after."""
        ...

    async def delete_event(self, event_id: str, *, actor: str) -> bool:
        """Delete an event the assistant created; False when it was already gone."""
        ...

    async def changes(self, start: datetime, end: datetime, cursor: str | None) -> CalendarChanges:
        """Return what changed in [start, end) since `cursor` (None: a full read)."""
        ...
