"""Blocking calendar time for a task: propose a slot, create the event on the owner's Confirm.

The slot is the first free stretch in working hours that no enabled calendar marks busy, from
now to the end of the task's due day (the next five working days when the task has no due date
or is overdue). The event goes to the first provider that answered, Outlook before Google. A
confirm creates it once: the idempotency key is derived from the suggestion and the slot, so a
confirm retried after a lost answer finds the same event, and a suggestion with a live block
gets that block back instead of a second one. The mapping is kept in `task_events`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from core.calendars.free_slots import WorkingHours
from core.calendars.merged import ProviderProblem, merged_free_slots
from core.calendars.provider import CalendarProvider, EventDraft, ProviderName
from core.errors import AppError
from core.store import Store
from core.store.task_event_queries import TaskEvent

WORKING_DAYS_WITHOUT_DUE = 5


class NoBlockPossible(AppError):
    """Raised when no block can be proposed: no task, no calendar, or no free slot."""


class SlotTaken(AppError):
    """Raised by a confirm whose slot got taken meanwhile; `proposal` is the next free one."""

    def __init__(self, message: str, proposal: BlockProposal) -> None:
        super().__init__(message)
        self.proposal = proposal


@dataclass(frozen=True)
class BlockProposal:
    """A slot to block for a suggestion's task, and the calendar the event would go to."""

    suggestion_id: int
    task_sync_id: int
    title: str
    start: datetime
    end: datetime
    provider: ProviderName
    provider_label: str
    problems: tuple[ProviderProblem, ...] = ()  # calendars whose busy time is unknown

    @property
    def minutes(self) -> int:
        """The length of the block."""
        return int((self.end - self.start).total_seconds() // 60)

    def idempotency_key(self, earlier_blocks: int) -> str:
        """Our id for creating this block: the same suggestion and slot give the same key,
        until a block is recorded (a block made after the first was deleted gets a new one)."""
        slot = f"{self.start.astimezone(UTC):%Y%m%dT%H%M}"
        return f"block-{self.suggestion_id}-{slot}-{earlier_blocks}"


@dataclass(frozen=True)
class BlockResult:
    """The block a confirm created (or found: `created` False)."""

    event: TaskEvent
    provider_label: str
    created: bool


def search_window(
    now: datetime, due: date | None, hours: WorkingHours
) -> tuple[datetime, datetime]:
    """Return [now, end of the due day) in the owner's zone, or the next five working days."""
    local_today = now.astimezone(hours.time_zone).date()
    if due is not None and due >= local_today:
        return now, datetime.combine(due + timedelta(days=1), time(0), tzinfo=hours.time_zone)
    day, counted = local_today, 0
    while True:
        if day.weekday() in hours.days:
            counted += 1
            if counted == WORKING_DAYS_WITHOUT_DUE:
                break
        day += timedelta(days=1)
    return now, datetime.combine(day + timedelta(days=1), time(0), tzinfo=hours.time_zone)


class CalendarBlocks:
    """Proposes and confirms calendar blocks for tasks over the enabled providers."""

    def __init__(
        self,
        store: Store,
        providers: Sequence[CalendarProvider],
        hours: WorkingHours,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """Use `providers` in order (Outlook first) and the owner's working hours."""
        self._store, self._providers, self._hours, self._clock = store, providers, hours, clock

    async def propose(
        self, suggestion_id: int, title: str, *, minutes: int = 30, after: datetime | None = None
    ) -> BlockProposal:
        """Return the first free slot of `minutes` for the suggestion's task (NoBlockPossible
        when there is no task, no calendar answered, or no slot before the task is due)."""
        if not self._providers:
            raise NoBlockPossible("no calendar is on (calendars.outlook or calendars.google)")
        task = await self._store.block_task(suggestion_id)
        if task is None or task.status != "active":
            raise NoBlockPossible(f"suggestion {suggestion_id} has no open task to block time for")
        now = self._clock()
        start, end = search_window(now, task.due, self._hours)
        if after is not None:
            start = max(start, after)
        found = await merged_free_slots(
            self._providers, start, end, minutes=minutes, hours=self._hours, limit=1
        )
        failed = {p.provider for p in found.problems}
        target = next((p for p in self._providers if p.name not in failed), None)
        if target is None:
            reasons = "; ".join(f"{p.label}: {p.message}" for p in found.problems)
            raise NoBlockPossible(f"no calendar could be read ({reasons})")
        if not found.slots:
            until = f"before the task is due on {task.due}" if task.due else "in 5 working days"
            raise NoBlockPossible(f"no free {minutes}-minute slot in working hours {until}")
        slot = found.slots[0].start
        return BlockProposal(
            suggestion_id,
            task.task_sync_id,
            title,
            slot,
            slot + timedelta(minutes=minutes),
            target.name,
            target.label,
            found.problems,
        )

    async def live(self, suggestion_id: int) -> BlockResult | None:
        """Return the suggestion's active block, or None."""
        found = await self._store.live_task_event(suggestion_id)
        return None if found is None else BlockResult(found, self._label(found.provider), False)

    async def confirm(self, proposal: BlockProposal, *, actor: str) -> BlockResult:
        """Create the proposal's event once and record it; SlotTaken (with the next free slot)
        when the slot is no longer free. A suggestion with a live block gets that block back."""
        existing = await self.live(proposal.suggestion_id)
        if existing is not None:
            return existing
        provider = next((p for p in self._providers if p.name == proposal.provider), None)
        if provider is None:
            raise NoBlockPossible(f"the {proposal.provider_label} calendar is no longer on")
        # A confirm retried after a lost answer finds its own event busy in the slot; the
        # idempotency key makes the create below return that event, so only a check without
        # our own event is asked for here.
        still_free = await merged_free_slots(
            self._providers,
            proposal.start,
            proposal.end,
            minutes=proposal.minutes,
            hours=self._hours,
            limit=1,
        )
        if not still_free.slots and not await self._own_event_holds(provider, proposal):
            following = await self.propose(
                proposal.suggestion_id,
                proposal.title,
                minutes=proposal.minutes,
                after=proposal.end,
            )
            raise SlotTaken("the slot was taken meanwhile", following)
        draft = EventDraft(
            title=proposal.title,
            start=proposal.start,
            end=proposal.end,
            body="Time blocked for this task by the Outlook AI Assistant.",
            idempotency_key=proposal.idempotency_key(
                await self._store.count_task_events(proposal.suggestion_id)
            ),
        )
        event = await provider.create_event(draft, actor=actor)
        await self._store.add_task_event(
            suggestion_id=proposal.suggestion_id,
            task_sync_id=proposal.task_sync_id,
            provider=provider.name,
            event_id=event.id,
            start=event.start,
            end=event.end,
            web_link=event.web_link,
        )
        stored = await self._store.live_task_event(proposal.suggestion_id)
        assert stored is not None  # just written, or written by a confirm racing this one
        await self._store.log_action(
            "calendar.block",
            actor=actor,
            target=f"suggestion:{proposal.suggestion_id}",
            after={
                "provider": stored.provider,
                "event_id": stored.event_id,
                "start": stored.start.isoformat(),
                "end": stored.end.isoformat(),
                "task_sync_id": proposal.task_sync_id,
            },
        )
        return BlockResult(
            stored, self._label(stored.provider), created=stored.event_id == event.id
        )

    async def _own_event_holds(self, provider: CalendarProvider, proposal: BlockProposal) -> bool:
        """Whether the slot is busy only because an earlier attempt of this confirm made it."""
        events = await provider.events(proposal.start, proposal.end)
        return any(
            e.created_by_assistant
            and e.title == proposal.title
            and (e.start, e.end) == (proposal.start, proposal.end)
            for e in events
        )

    def _label(self, provider: str) -> str:
        return next((p.label for p in self._providers if p.name == provider), provider)


@dataclass(frozen=True)
class BlockCheck:
    """What one check of the calendar blocks found (`requests`: one get_event per block)."""

    checked: int = 0
    moved: int = 0
    gone: int = 0
    task_changed: int = 0
    requests: int = 0
    problems: tuple[str, ...] = ()


# A task_sync status as the block mapping names it.
_TASK_STATES = {"active": "open", "completed": "completed", "deleted": "deleted"}


async def check_blocks(
    store: Store, providers: Sequence[CalendarProvider], *, actor: str
) -> BlockCheck:
    """Follow every active block: a moved event updates the mapping, a deleted or cancelled one
    marks it 'deleted'. A finished or deleted task is only noted: the event is the owner's to
    remove, never deleted without their confirm."""
    by_name = {p.name: p for p in providers}
    moved = gone = task_changed = requests = 0
    problems: list[str] = []
    rows = await store.active_task_events()
    for row in rows:
        provider = by_name.get(row.provider)  # type: ignore[call-overload]
        if provider is None:
            continue  # that calendar was turned off: nothing to read it with
        requests += 1
        try:
            event = await provider.get_event(row.event_id)
        except AppError as err:
            problems.append(f"{provider.label}: {err}")
            continue
        task = None if row.task_sync_id is None else await store.get_task_sync(row.task_sync_id)
        task_state = _TASK_STATES.get(task.status, task.status) if task else "deleted"
        status, start, end = row.status, row.start, row.end
        if event is None or event.cancelled:
            status = "deleted"
            gone += 1
            await store.log_action(
                "calendar.block.gone",
                actor=actor,
                target=f"suggestion:{row.suggestion_id}",
                before={"event_id": row.event_id, "provider": row.provider},
                details={"reason": "cancelled" if event else "deleted"},
            )
        elif (event.start, event.end) != (row.start, row.end):
            start, end = event.start, event.end
            moved += 1
            await store.log_action(
                "calendar.block.moved",
                actor=actor,
                target=f"suggestion:{row.suggestion_id}",
                before={"start": row.start.isoformat(), "end": row.end.isoformat()},
                after={"start": start.isoformat(), "end": end.isoformat()},
            )
        if task_state != row.task_state:
            task_changed += 1
            await store.log_action(
                "calendar.block.task",
                actor=actor,
                target=f"suggestion:{row.suggestion_id}",
                before={"task_state": row.task_state},
                after={"task_state": task_state},
                details={"event": "left in the calendar: removing it needs the owner's confirm"},
            )
        await store.update_task_event(
            row.id, start=start, end=end, status=status, task_state=task_state
        )
    return BlockCheck(len(rows), moved, gone, task_changed, requests, tuple(problems))
