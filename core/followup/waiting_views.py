"""What the waiting-for tracker shows a front end: waits, notices, and what a check did.

Values only: the front end words them (bot/messages/waiting.py). `WaitingNotifier` is the one
thing a front end implements to receive nudges; it must find a notice it posted by its `key`
(Slack: the message's metadata), which is what lets a restarted job avoid posting twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Literal, Protocol

from core.followup.waiting_clock import counted_hours, due_at
from core.store.waiting_queries import WaitRecord

NoticeKind = Literal["nudge", "escalation"]
CloseReason = Literal["reply", "marked"]


@dataclass(frozen=True)
class WaitView:
    """One wait as a front end shows it; times are aware UTC, `hours` counted as configured."""

    id: int
    subject: str
    sender_name: str
    waiting_on: tuple[str, ...]
    since: datetime
    clock_from: datetime
    hours: float
    nudge_due: datetime
    escalate_due: datetime
    escalated: bool
    snoozed_until: datetime | None
    open: bool
    closed_by: str | None
    email_link: str | None
    draft_link: str | None
    task_backend: str | None
    task_id: str | None
    skip_weekends: bool


def wait_view(wait: WaitRecord, now: datetime, zone: tzinfo) -> WaitView:
    """Return the view of a stored wait at `now`, counting hours in the owner's `zone`."""
    skip = wait.skip_weekends
    return WaitView(
        id=wait.id,
        subject=wait.subject,
        sender_name=wait.sender_name,
        waiting_on=wait.waiting_on,
        since=wait.waiting_since,
        clock_from=wait.clock_from,
        hours=counted_hours(wait.clock_from, now, zone, skip_weekends=skip),
        nudge_due=due_at(wait.clock_from, wait.nudge_after_hours, zone, skip_weekends=skip),
        escalate_due=due_at(wait.clock_from, wait.escalate_after_hours, zone, skip_weekends=skip),
        escalated=wait.escalated_at is not None,
        snoozed_until=wait.snoozed_until,
        open=wait.status == "waiting" and wait.closing is None,
        closed_by=wait.closing,
        email_link=wait.web_link,
        draft_link=wait.draft_web_link,
        task_backend=wait.task_backend,
        task_id=wait.task_id,
        skip_weekends=skip,
    )


@dataclass(frozen=True)
class WaitNotice:
    """A message owed to the owner about one wait: a nudge, or an escalation.

    `key` is unique per wait and stage and stable across restarts; `importance_raised` says the
    wait's task was made more important (an escalation with a task).
    """

    notice_id: int
    key: str
    kind: NoticeKind
    round: int
    wait: WaitView
    importance_raised: bool = False


class WaitingNotifier(Protocol):
    """Where nudges go (the Slack front end); each method may raise to be retried next check."""

    async def post_notice(self, notice: WaitNotice) -> str:
        """Post the notice and return where it went (an opaque location)."""
        ...

    async def find_notice(self, notice: WaitNotice) -> str | None:
        """Return where a notice with this key was posted before, or None if it never was."""
        ...


@dataclass
class WaitingCheck:
    """What one check of the open waits did."""

    open: int = 0
    closed: int = 0
    clocks_restarted: int = 0
    nudges: int = 0
    escalations: int = 0
    found_posted: int = 0  # notices a dead run had posted, found instead of posted again
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class WaitOutcome:
    """What a click on a wait did: `changed` False means it was already closed (or missing)."""

    wait_id: int
    changed: bool
    view: WaitView | None = None
    missing: bool = False
