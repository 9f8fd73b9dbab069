"""What the DM assistant tells the owner, as typed facts; bot/messages/ words them.

Claude's own answers travel as text (`ReplyKind.ANSWER`); everything the assistant itself says,
its fixed replies and what a confirmed change did, is a kind with plain facts, so the front end
holds every sentence and never shows an exception's raw text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from core.triage.failures import Failure

if TYPE_CHECKING:
    from core.admin import AddResult
    from core.assistant.calendar_changes import EventPlan
    from core.assistant.tools import Proposal
    from core.calendars.day import DayView
    from core.status import StatusReport
    from core.triage.budget import BudgetPause

__all__ = ["ChatReply", "Execution", "Listed", "ReplyKind", "Step", "StepKind"]


class ReplyKind(StrEnum):
    """What kind of reply the assistant gives the owner."""

    ANSWER = "answer"  # Claude's words, in `text`
    CUT_SHORT = "cut_short"  # Claude's words (maybe none) cut by the token limit
    NOTHING_TO_ADD = "nothing_to_add"
    TOO_MANY_ROUNDS = "too_many_rounds"
    REFUSED = "refused"  # Claude declined to answer
    CLAUDE_KEY_REJECTED = "claude_key_rejected"
    CLAUDE_BUSY = "claude_busy"
    CLAUDE_UNREACHABLE = "claude_unreachable"
    CLAUDE_FAILED = "claude_failed"
    EMPTY = "empty"  # the owner sent nothing
    NO_KEY_HELP = "no_key_help"  # offline, and the message is none of the offline words
    # Claude's daily budget is spent (`budget_pause`): offline, and none of the offline words
    BUDGET_SPENT = "budget_spent"
    OFFLINE = "offline"  # offline: the status report, in `status`
    PENDING = "pending"  # offline: the pending suggestions, in `listed` of `total`
    TASKS = "tasks"  # offline: the open tasks, in `listed` of `total`
    CALENDAR = "calendar"  # offline: the owner's day in `day` (None: no calendar is on)
    EXPIRED = "expired"
    NOT_YOURS = "not_yours"
    ALREADY_RUNNING = "already_running"
    ALREADY_DONE = "already_done"
    ALREADY_CANCELLED = "already_cancelled"
    CANCELLED = "cancelled"
    DONE = "done"  # a confirmed proposal ran: what each step did, in `steps`
    FAILED = "failed"  # a confirmed proposal hit an internal error


# Replies written with no model or email text in them: front ends need not treat them as untrusted.
_UNTRUSTED = frozenset(
    {
        ReplyKind.ANSWER,
        ReplyKind.CUT_SHORT,
        ReplyKind.OFFLINE,  # names the signed-in account and backend problems as stored
        ReplyKind.PENDING,
        ReplyKind.TASKS,
        ReplyKind.CALENDAR,  # event titles
        ReplyKind.DONE,
    }
)


class StepKind(StrEnum):
    """What one step of a confirmed proposal came to."""

    GONE = "gone"  # the suggestion no longer exists
    ALREADY_DECIDED = "already_decided"  # it was no longer open (`status`)
    NOT_DONE = "not_done"  # the change was refused (`problem`)
    APPROVED = "approved"
    DISMISSED = "dismissed"  # `failure` if its clean-up did not finish
    APPROVAL_FAILED = "approval_failed"
    ALREADY_HANDLED = "already_handled"
    TASK_COMPLETED = "task_completed"
    TASK_MISSING = "task_missing"
    TASK_ALREADY = "task_already"  # the task is no longer active (`status`)
    TASK_BACKEND_OFF = "task_backend_off"  # its backend (`backend`) is not configured
    TASK_NOT_COMPLETED = "task_not_completed"  # the backend failed (`problem`)
    ADDED = "added"
    NOT_ADDED = "not_added"
    CATEGORY_CREATED = "category_created"  # `category` in `color`
    CATEGORY_ADOPTED = "category_adopted"  # it existed in Outlook: kept with its `color`
    CATEGORY_NOT_CREATED = "category_not_created"  # `problem`: refused or failed
    EVENT_CREATED = "event_created"  # the calendar change in `event`, as it came out
    EVENT_MOVED = "event_moved"
    EVENT_DELETED = "event_deleted"
    EVENT_GONE = "event_gone"  # the event no longer exists: nothing done
    EVENT_CHANGED = "event_changed"  # the event moved since the proposal: nothing done
    EVENT_REFUSED = "event_refused"  # a delete of an event the assistant did not create
    EVENT_NOT_DONE = "event_not_done"  # the calendar failed (`problem`)


@dataclass(frozen=True)
class Step:
    """One thing a confirmed proposal did, as facts.

    `number` is the suggestion's or task's number, `cited` how the suggestion is cited (its
    number, subject and sender: untrusted text), `backend` the task backend's label (or the
    provider when it is not configured; a calendar's label for a calendar change), `problem` the
    error that stopped it (worded by kind).
    """

    kind: StepKind
    number: int = 0
    cited: str = ""
    status: str = ""
    folder: str = ""
    task_title: str = ""
    backend: str = ""
    failure: Failure | None = None
    problem: BaseException | None = None
    added: AddResult | None = None
    entry_kind: str = ""
    entry_name: str = ""
    category: str = ""
    color: str = ""
    event: EventPlan | None = None  # a calendar change (its title is untrusted text)


@dataclass(frozen=True)
class Listed:
    """One pending suggestion or open task in an offline answer.

    `cited` is how it is cited (number, subject, sender: untrusted text), `values` a suggestion's
    folder, priority and action type, `confidence` the classifier's, `link` a task's web link.
    """

    cited: str
    values: str = ""
    confidence: float | None = None
    link: str = ""


@dataclass(frozen=True)
class ChatReply:
    """The assistant's reply: its kind, Claude's text or facts, the proposal to show, if any."""

    kind: ReplyKind
    text: str = ""
    proposal: Proposal | None = None
    steps: tuple[Step, ...] = ()
    listed: tuple[Listed, ...] = ()
    total: int = 0
    status: StatusReport | None = None  # OFFLINE: the report front ends show as their status
    day: DayView | None = None  # CALENDAR: the owner's day across every calendar
    # Set when the answer is offline because Claude's daily budget is spent.
    budget_pause: BudgetPause | None = None

    @property
    def ours(self) -> bool:
        """Whether the reply holds no model or email text (front ends need not escape it)."""
        return self.kind not in _UNTRUSTED


@dataclass(frozen=True)
class Execution:
    """What running a confirmed proposal did: `steps` for the owner, `note` for the history.

    The note names suggestions by number only, so no email text enters the conversation as if
    the owner or the assistant had written it.
    """

    steps: tuple[Step, ...]
    note: str
