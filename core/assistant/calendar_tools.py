"""The DM assistant's calendar tools: read a day, find free time, propose a meeting, a move or
the removal of an event the assistant made.

Reading asks every enabled provider through the merged view (each meeting once, a provider that
fails named beside the others). Every change is a `Proposal` carrying an `EventPlan`; nothing is
written until the owner confirms and `calendar_changes.carry_out` runs it. Only events the
assistant created may be deleted: another event is refused here with the reason, and the
provider refuses it again before any request.

Times are the owner's: a time Claude gives without an offset is read in the owner's zone
(calendars.working_hours.time_zone, else the mailbox's), and results say that zone and today's
date, since the system prompt holds no date. Event titles, locations and organizers come from
outside: they reach Claude only between the untrusted-data tags, escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Literal

from pydantic import Field, field_validator

from core.assistant.calendar_changes import CalendarAccess, EventPlan, carry_out
from core.assistant.replies import Execution
from core.assistant.tools import (
    UNTRUSTED_CLOSE,
    UNTRUSTED_OPEN,
    Proposal,
    ToolInput,
    ToolOutcome,
    new_proposal_id,
    proposed,
)
from core.calendars.day import DayView, calendar_day, free_slots_on
from core.calendars.free_slots import WorkingHours
from core.calendars.merged import ProviderProblem
from core.calendars.provider import CalendarEvent, CalendarProvider, ProviderName
from core.runtime import Runtime
from core.untrusted_text import prompt_data, prompt_quoted

MAX_TITLE_CHARS = 120
MAX_ATTENDEES = 20
# A proposed time may be this far in the past (the owner types "now" and reads for a minute).
PAST_GRACE = timedelta(minutes=5)
_ADDRESS = re.compile(r"[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+")

Day = Literal["today", "tomorrow"] | date
DAY_HELP = 'A date (YYYY-MM-DD), "today" or "tomorrow" in the owner\'s time zone.'
LOCAL_HELP = (
    "Local time in the owner's time zone, YYYY-MM-DDTHH:MM (an explicit UTC offset is respected)."
)
NO_CALENDAR = "No calendar is on (calendars.outlook or calendars.google in config.yaml)."

# ---- tool inputs -------------------------------------------------------------------------------


class CalendarToolInput(ToolInput):
    """Base of the calendar tools' inputs (ChatTools hands them to `CalendarTools`)."""


class ShowCalendar(CalendarToolInput):
    """List the owner's events on one day from every calendar (Outlook, Google Calendar), each
    meeting once, by start, in the owner's time zone, with each event's id (for move_event and
    delete_event) and whether the assistant created it.
    """

    tool_name = "show_calendar"

    day: Day = Field(default="today", description=DAY_HELP)


class FindFreeTime(CalendarToolInput):
    """Find free slots of at least `minutes` on one day, in the owner's working hours, that no
    calendar marks busy.
    """

    tool_name = "find_free_time"

    day: Day = Field(default="today", description=DAY_HELP)
    minutes: int = Field(default=30, ge=5, le=600, description="The length needed (5 to 600).")
    limit: int = Field(default=3, ge=1, le=10, description="How many slots (1 to 10).")


class CreateMeeting(CalendarToolInput):
    """Propose creating a meeting: a title, a start, a length and optional attendees (who get an
    invitation). It goes to the first calendar (Outlook before Google) unless one is named.
    Nothing happens until the owner confirms.
    """

    tool_name = "create_meeting"
    changes_things = True

    title: str = Field(min_length=1, max_length=255)
    start: datetime = Field(description=LOCAL_HELP)
    minutes: int = Field(default=30, ge=5, le=720, description="The length (5 to 720).")
    attendees: list[str] = Field(
        default_factory=list, max_length=MAX_ATTENDEES, description="Email addresses to invite."
    )
    location: str = Field(default="", max_length=255)
    calendar: ProviderName | None = Field(
        default=None, description='"outlook" or "google"; default: the first calendar on.'
    )

    @field_validator("attendees")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        wrong = [a for a in value if not _ADDRESS.fullmatch(a.strip())]
        if wrong:
            raise ValueError(f"not an email address: {', '.join(repr(a) for a in wrong[:3])}")
        return list(dict.fromkeys(a.strip() for a in value))


class MoveEvent(CalendarToolInput):
    """Propose moving one event (by its id from show_calendar) to a new start; it keeps its
    length unless `minutes` is given. Nothing happens until the owner confirms.
    """

    tool_name = "move_event"
    changes_things = True

    event_id: str = Field(min_length=3, max_length=2000, description="From show_calendar.")
    start: datetime = Field(description=LOCAL_HELP)
    minutes: int | None = Field(default=None, ge=5, le=720, description="A new length.")


class DeleteEvent(CalendarToolInput):
    """Propose deleting one event the assistant created (by its id from show_calendar); any
    other event is refused. Nothing happens until the owner confirms.
    """

    tool_name = "delete_event"
    changes_things = True

    event_id: str = Field(min_length=3, max_length=2000, description="From show_calendar.")


CALENDAR_TOOL_INPUTS: tuple[type[CalendarToolInput], ...] = (
    ShowCalendar,
    FindFreeTime,
    CreateMeeting,
    MoveEvent,
    DeleteEvent,
)


def event_ref(event: CalendarEvent) -> str:
    """The id Claude uses for an event: its provider and the provider's id."""
    return f"{event.provider}:{event.id}"


def split_ref(ref: str) -> tuple[ProviderName, str] | None:
    """Return (provider, provider's id) of an id from `event_ref`, or None."""
    provider, _, event_id = ref.strip().partition(":")
    if provider == "outlook" and event_id:
        return "outlook", event_id
    if provider == "google" and event_id:
        return "google", event_id
    return None


# ---- access ------------------------------------------------------------------------------------


def calendar_access(runtime: Runtime) -> CalendarAccess | None:
    """The runtime's calendars for the tools (None: no calendar is on)."""
    if not runtime.calendars_built:
        return None
    return CalendarAccess(runtime.calendar_providers, runtime.owner_hours)


@dataclass(frozen=True)
class _Owner:
    """One tool call's view of the owner's calendars."""

    providers: list[CalendarProvider]
    zone_name: str
    hours: WorkingHours
    now: datetime

    @property
    def zone(self) -> tzinfo:
        return self.hours.time_zone

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def day(self, day: Day) -> date:
        if day == "today":
            return self.today
        if day == "tomorrow":
            return self.today + timedelta(days=1)
        assert isinstance(day, date)
        return day

    def local(self, moment: datetime) -> datetime:
        """A time Claude gave, in the owner's zone (naive: read as the owner's wall clock)."""
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.zone)
        return moment.astimezone(self.zone)

    def provider(self, name: ProviderName) -> CalendarProvider | None:
        return next((p for p in self.providers if p.name == name), None)

    def head(self) -> str:
        return f"Today is {self.today:%A %Y-%m-%d}; times are in {self.zone_name}."

    def clock(self, moment: datetime) -> str:
        return f"{moment.astimezone(self.zone):%Y-%m-%d %H:%M}"


def _error(message: str) -> ToolOutcome:
    return ToolOutcome(message, is_error=True)


def _problems(problems: Sequence[ProviderProblem]) -> list[str]:
    return [
        f"{p.label} could not be read ({prompt_data(p.message, 200)}): its events are missing."
        for p in problems
    ]


def _span(owner: _Owner, start: datetime, end: datetime) -> str:
    local_start, local_end = start.astimezone(owner.zone), end.astimezone(owner.zone)
    if local_start.date() == local_end.date():
        return f"{owner.clock(start)}–{local_end:%H:%M}"
    return f"{owner.clock(start)}–{owner.clock(end)}"


# ---- the tools ---------------------------------------------------------------------------------


class CalendarTools:
    """Run the calendar tools: answer from every calendar, or check a change and propose it."""

    inputs: tuple[type[ToolInput], ...] = CALENDAR_TOOL_INPUTS

    def __init__(self, access: CalendarAccess | None) -> None:
        """Use `access` (None: no calendar is on, and every tool says so)."""
        self._access = access

    async def _owner(self) -> _Owner | None:
        access = self._access
        if access is None:
            return None
        providers = await access.providers()
        if not providers:
            return None
        zone_name, hours = await access.owner_hours()
        return _Owner(providers, zone_name, hours, access.clock())

    async def day_view(self, day: Day = "today") -> DayView | None:
        """The owner's day across every calendar (None: no calendar is on)."""
        owner = await self._owner()
        if owner is None:
            return None
        return await calendar_day(
            owner.providers, owner.day(day), zone_name=owner.zone_name, hours=owner.hours
        )

    async def confirm(self, proposal_id: str, plan: EventPlan, *, actor: str) -> Execution:
        """Carry out a calendar change the owner confirmed (re-checked first)."""
        assert self._access is not None, "calendar proposals come only from calendars"
        return await carry_out(self._access, proposal_id, plan, actor=actor)

    async def run(self, args: ToolInput) -> ToolOutcome:
        """Run one calendar tool on validated input."""
        owner = await self._owner()
        if owner is None:
            return _error(NO_CALENDAR)
        if isinstance(args, ShowCalendar):
            return await self._show(owner, args)
        if isinstance(args, FindFreeTime):
            return await self._free(owner, args)
        if isinstance(args, CreateMeeting):
            return self._propose_create(owner, args)
        if isinstance(args, MoveEvent):
            return await self._propose_move(owner, args)
        assert isinstance(args, DeleteEvent), f"not a calendar tool: {type(args).__name__}"
        return await self._propose_delete(owner, args)

    # -- reading --------------------------------------------------------------------------------

    async def _show(self, owner: _Owner, args: ShowCalendar) -> ToolOutcome:
        day = owner.day(args.day)
        view = await calendar_day(
            owner.providers, day, zone_name=owner.zone_name, hours=owner.hours
        )
        lines = [owner.head()]
        if not view.events:
            lines.append(f"No events on {day:%A %Y-%m-%d}.")
        else:
            lines.append(
                f"{len(view.events)} event(s) on {day:%A %Y-%m-%d}, as "
                "event id | when | calendar | title | organizer | made by the assistant."
            )
            rows = [
                f"{event_ref(e)} | {'all day' if e.all_day else _span(owner, e.start, e.end)}"
                f" | {e.provider} | {prompt_quoted(e.title, MAX_TITLE_CHARS)}"
                f" | {prompt_data(e.organizer, 80) or '-'}"
                f" | {'yes' if e.created_by_assistant else 'no'}"
                + (" | cancelled" if e.cancelled else "")
                for e in view.events
            ]
            lines += [UNTRUSTED_OPEN, *rows, UNTRUSTED_CLOSE]
        lines += _problems(view.problems)
        return ToolOutcome("\n".join(lines))

    async def _free(self, owner: _Owner, args: FindFreeTime) -> ToolOutcome:
        day = owner.day(args.day)
        view = await free_slots_on(
            owner.providers,
            day,
            minutes=args.minutes,
            limit=args.limit,
            zone_name=owner.zone_name,
            hours=owner.hours,
        )
        hours = f"{owner.hours.start:%H:%M}–{owner.hours.end:%H:%M}"
        lines = [owner.head()]
        if view.slots:
            lines.append(
                f"Free for at least {args.minutes} min on {day:%A %Y-%m-%d} "
                f"(working hours {hours}), earliest first: "
                + "; ".join(f"{_span(owner, s.start, s.end)} ({s.minutes} min)" for s in view.slots)
            )
        else:
            lines.append(
                f"No free {args.minutes} minutes on {day:%A %Y-%m-%d} in working hours {hours}."
            )
        lines += _problems(view.problems)
        return ToolOutcome("\n".join(lines))

    # -- proposing ------------------------------------------------------------------------------

    def _past(self, owner: _Owner, start: datetime) -> ToolOutcome | None:
        if start < owner.now - PAST_GRACE:
            return _error(
                f"Cannot propose that: {owner.clock(start)} is in the past. {owner.head()}"
            )
        return None

    def _propose_create(self, owner: _Owner, args: CreateMeeting) -> ToolOutcome:
        target = owner.provider(args.calendar) if args.calendar else owner.providers[0]
        if target is None:
            return _error(f"Cannot propose that: the {args.calendar} calendar is not on.")
        if not args.title.strip():
            return _error("Cannot propose that: the meeting needs a title.")
        start = owner.local(args.start)
        too_early = self._past(owner, start)
        if too_early is not None:
            return too_early
        plan = EventPlan(
            "create",
            target.name,
            target.label,
            args.title.strip(),
            start,
            start + timedelta(minutes=args.minutes),
            owner.zone_name,
            attendees=tuple(args.attendees),
            location=args.location.strip(),
        )
        proposal = Proposal(new_proposal_id(), "calendar_create", event=plan)
        invited = f", inviting {len(plan.attendees)} attendee(s)" if plan.attendees else ""
        return proposed(
            proposal,
            f"create the meeting {_span(owner, plan.start, plan.end)} in {target.label}{invited}",
        )

    async def _event(
        self, owner: _Owner, ref: str
    ) -> tuple[CalendarProvider, CalendarEvent] | ToolOutcome:
        found = split_ref(ref)
        if found is None:
            return _error(
                f"{ref[:80]!r} is not an event id from show_calendar (like outlook:… or google:…)."
            )
        provider = owner.provider(found[0])
        if provider is None:
            return _error(f"Cannot propose that: the {found[0]} calendar is not on.")
        event = await provider.get_event(found[1])
        if event is None or event.cancelled:
            return _error("Cannot propose that: the event no longer exists (or was cancelled).")
        return provider, event

    async def _propose_move(self, owner: _Owner, args: MoveEvent) -> ToolOutcome:
        found = await self._event(owner, args.event_id)
        if isinstance(found, ToolOutcome):
            return found
        provider, event = found
        if event.all_day:
            return _error("Cannot propose that: all-day events are not moved here.")
        start = owner.local(args.start)
        too_early = self._past(owner, start)
        if too_early is not None:
            return too_early
        length = timedelta(minutes=args.minutes) if args.minutes else event.end - event.start
        if start == event.start and length == event.end - event.start:
            return _error("Cannot propose that: the event is already at that time.")
        plan = EventPlan(
            "move",
            provider.name,
            provider.label,
            event.title,
            start,
            start + length,
            owner.zone_name,
            event_id=event.id,
            before_start=event.start.astimezone(owner.zone),
            before_end=event.end.astimezone(owner.zone),
        )
        proposal = Proposal(new_proposal_id(), "calendar_move", event=plan)
        before = _span(owner, event.start, event.end)
        return proposed(proposal, f"move the event {before} to {_span(owner, start, plan.end)}")

    async def _propose_delete(self, owner: _Owner, args: DeleteEvent) -> ToolOutcome:
        found = await self._event(owner, args.event_id)
        if isinstance(found, ToolOutcome):
            return found
        provider, event = found
        if not event.created_by_assistant:
            return _error(
                "Refused: the assistant did not create this event, and it deletes only events it "
                f"created. The owner can delete it in {provider.label} themselves."
            )
        plan = EventPlan(
            "delete",
            provider.name,
            provider.label,
            event.title,
            event.start.astimezone(owner.zone),
            event.end.astimezone(owner.zone),
            owner.zone_name,
            event_id=event.id,
        )
        proposal = Proposal(new_proposal_id(), "calendar_delete", event=plan)
        return proposed(
            proposal,
            f"delete the event {_span(owner, event.start, event.end)} from {provider.label}",
        )
