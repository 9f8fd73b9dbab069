"""Calendar changes the DM assistant proposes (`EventPlan`), carried out on the owner's confirm.

Each change is checked again first: a move whose event is gone or was moved meanwhile does
nothing, and a delete is refused by the provider unless the assistant created the event. A
create carries an idempotency key made from the proposal id, so a create retried after a lost
answer makes one event. The providers write every change to action_log.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal

from core.assistant.replies import Execution, Step, StepKind
from core.calendars.free_slots import WorkingHours
from core.calendars.provider import (
    CalendarEvent,
    CalendarProvider,
    EventChanges,
    EventDraft,
    NotCreatedByAssistant,
    ProviderName,
)
from core.errors import AppError
from core.google.errors import ForeignCalendarEvent

CREATED_BODY = "Created by the Outlook AI Assistant at the owner's request."


@dataclass(frozen=True)
class EventPlan:
    """A calendar change waiting for the owner's confirm, as facts (front ends word them).

    `start`/`end` are the meeting's times after the change (for a delete: its times), in the
    owner's zone `zone_name`; `before_start`/`before_end` an event's times before a move.
    `title`, `location` and `attendees` are untrusted text. `event_id` is the provider's id
    (empty for a create).
    """

    action: Literal["create", "move", "delete"]
    provider: ProviderName
    provider_label: str
    title: str
    start: datetime
    end: datetime
    zone_name: str
    event_id: str = ""
    before_start: datetime | None = None
    before_end: datetime | None = None
    attendees: tuple[str, ...] = ()
    location: str = ""

    def with_times(self, event: CalendarEvent) -> EventPlan:
        """The plan as the event came out of the provider (its times in the owner's zone)."""
        zone = self.start.tzinfo
        return replace(self, start=event.start.astimezone(zone), end=event.end.astimezone(zone))


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CalendarAccess:
    """What the calendar tools read: the enabled providers (Outlook first), the owner's IANA
    zone name and working hours, and the time."""

    providers: Callable[[], Awaitable[list[CalendarProvider]]]
    owner_hours: Callable[[], Awaitable[tuple[str, WorkingHours]]]
    clock: Callable[[], datetime] = _utc_now


def _step(kind: StepKind, plan: EventPlan, problem: BaseException | None = None) -> Step:
    return Step(kind, backend=plan.provider_label, problem=problem, event=plan)


async def carry_out(
    access: CalendarAccess, proposal_id: str, plan: EventPlan, *, actor: str
) -> Execution:
    """Run a confirmed calendar change once; report what it did (the note names no title)."""
    providers = await access.providers()
    provider = next((p for p in providers if p.name == plan.provider), None)
    if provider is None:
        step = _step(StepKind.EVENT_NOT_DONE, plan)
        return Execution((step,), f"Not done: the {plan.provider} calendar is no longer on.")
    try:
        if plan.action == "create":
            return await _create(provider, proposal_id, plan, actor)
        if plan.action == "move":
            return await _move(provider, plan, actor)
        return await _delete(provider, plan, actor)
    except (NotCreatedByAssistant, ForeignCalendarEvent) as err:
        step = _step(StepKind.EVENT_REFUSED, plan, err)
        return Execution((step,), "Refused: the assistant did not create that event.")
    except (AppError, ValueError) as err:
        step = _step(StepKind.EVENT_NOT_DONE, plan, err)
        return Execution((step,), f"The {plan.action} failed ({type(err).__name__}).")


async def _create(
    provider: CalendarProvider, proposal_id: str, plan: EventPlan, actor: str
) -> Execution:
    draft = EventDraft(
        title=plan.title,
        start=plan.start,
        end=plan.end,
        body=CREATED_BODY,
        location=plan.location,
        idempotency_key=f"chat-{proposal_id}",
        attendees=plan.attendees,
    )
    event = await provider.create_event(draft, actor=actor)
    done = plan.with_times(event)
    return Execution(
        (_step(StepKind.EVENT_CREATED, done),), f"Created the meeting in {plan.provider_label}."
    )


async def _move(provider: CalendarProvider, plan: EventPlan, actor: str) -> Execution:
    current = await provider.get_event(plan.event_id)
    if current is None or current.cancelled:
        return Execution((_step(StepKind.EVENT_GONE, plan),), "Not moved: the event is gone.")
    if (current.start, current.end) != (plan.before_start, plan.before_end):
        note = "Not moved: the event was changed meanwhile."
        return Execution((_step(StepKind.EVENT_CHANGED, plan),), note)
    event = await provider.update_event(
        plan.event_id, EventChanges(start=plan.start, end=plan.end), actor=actor
    )
    done = plan.with_times(event)
    return Execution((_step(StepKind.EVENT_MOVED, done),), "Moved the event.")


async def _delete(provider: CalendarProvider, plan: EventPlan, actor: str) -> Execution:
    if await provider.delete_event(plan.event_id, actor=actor):
        return Execution((_step(StepKind.EVENT_DELETED, plan),), "Deleted the event.")
    return Execution((_step(StepKind.EVENT_GONE, plan),), "Not deleted: it was already gone.")
