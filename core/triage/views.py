"""What the triage engine hands to front ends: suggestion views, the sink, and pass reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from core.store import ClassificationRecord, EmailRecord, MeetingFacts, SuggestionRecord
from core.triage.addressing import ADDRESSED_DETAILS_KEY, Addressed
from core.triage.budget import BudgetPause
from core.triage.classification import Source
from core.triage.failures import Failure
from core.triage.user_categories import suggested_category
from core.untrusted_text import count_hidden

if TYPE_CHECKING:
    from core.microsoft.mail_sync import SyncReport
    from core.triage.approval import ApprovalOutcome


@dataclass(frozen=True)
class SuggestionView:
    """A suggestion with everything a front end shows about it and its email.

    Every text field that comes from the email (subject, sender, preview) and the reason (which
    may quote the subject) is untrusted: front ends escape it, never render it as markup.
    """

    suggestion_id: int
    email_id: str
    status: str
    folder: str
    priority: str
    action_type: str
    confidence: float
    reason: str
    needs_review: bool
    subject: str
    sender_name: str
    sender_address: str
    received_at: datetime | None
    web_link: str | None
    preview: str
    classifier: str
    source: Source | None = None
    model: str | None = None
    cost_usd: float = 0.0
    latency_ms: int = 0
    failure: Failure | None = None
    actor: str | None = None
    edited: bool = False
    created_at: datetime | None = None
    resolved_at: datetime | None = None
    outcome: ApprovalOutcome | None = None  # set on suggestion_changed after an owner's action
    # Invisible characters taken out of the email before Claude or a task saw it: front ends
    # say so, since the email may have tried to say something the owner cannot see.
    hidden_characters: int = 0
    # The meeting an invitation, update or cancellation is about; its location and organizer
    # are untrusted text like the subject.
    meeting: MeetingFacts | None = None
    # One of the owner's own categories the classifier picked; approval adds it.
    category: str | None = None
    # Set when the offline classifier answered because Claude's daily budget was spent.
    budget_pause: BudgetPause | None = None
    # How the email reached the owner (only in Cc, by a list), when the To and Cc lines told.
    addressed: Addressed | None = None


class SuggestionSink(Protocol):
    """Where new and changed suggestions go (the Slack bot, the console)."""

    async def suggestion_created(self, view: SuggestionView) -> None:
        """Show a new suggestion to the owner."""
        ...

    async def suggestion_changed(self, view: SuggestionView) -> None:
        """Update what the owner sees after an approve, dismiss or retry."""
        ...


@dataclass
class TriageReport:
    """What one refresh pass did."""

    new_emails: int = 0
    classified: int = 0
    inherited: int = 0
    by_source: Counter[str] = field(default_factory=Counter)
    failures: int = 0
    notify_failures: int = 0
    resumed_approvals: int = 0
    cost_usd: float = 0.0
    elapsed_seconds: float = 0.0
    suggestion_ids: list[int] = field(default_factory=list)
    skipped: bool = False  # another pass was already running; this call did nothing
    sync: SyncReport | None = None


def build_view(
    suggestion: SuggestionRecord,
    email: EmailRecord | None,
    classification: ClassificationRecord | None,
    outcome: ApprovalOutcome | None = None,
) -> SuggestionView:
    """Combine a suggestion, its email and its classification into what front ends show."""
    return SuggestionView(
        suggestion_id=suggestion.id,
        email_id=suggestion.email_id,
        status=suggestion.status,
        folder=suggestion.folder,
        priority=suggestion.priority,
        action_type=suggestion.action_type,
        confidence=suggestion.confidence,
        reason=suggestion.reason,
        needs_review=suggestion.needs_review,
        subject=email.subject if email else "",
        sender_name=email.sender_name if email else "",
        sender_address=email.sender_address if email else "",
        received_at=email.received_at if email else None,
        web_link=email.web_link if email else None,
        preview=email.preview if email else "",
        classifier=suggestion.classifier,
        source=_source(classification.source) if classification else None,
        model=classification.model if classification else None,
        cost_usd=classification.cost_usd if classification else 0.0,
        latency_ms=classification.latency_ms if classification else 0,
        failure=Failure.from_stored(suggestion.error),
        actor=suggestion.actor,
        edited=(
            suggestion.folder != suggestion.suggested_folder
            or suggestion.priority != suggestion.suggested_priority
            or suggestion.action_type != suggestion.suggested_action_type
        ),
        created_at=suggestion.created_at,
        resolved_at=suggestion.resolved_at,
        outcome=outcome,
        hidden_characters=hidden_characters(email) if email else 0,
        meeting=email.meeting if email else None,
        category=next(iter(suggested_category(suggestion.details)), None),
        budget_pause=BudgetPause.from_details(suggestion.details),
        addressed=_addressed(suggestion.details),
    )


def hidden_characters(email: EmailRecord) -> int:
    """Return how many hidden characters the email's sender, subject and body carry."""
    fields = [email.sender_name, email.sender_address, email.subject]
    if email.meeting is not None:
        fields += [email.meeting.location, email.meeting.organizer_name]
    return sum(map(count_hidden, fields)) + count_hidden(email.body_text or email.preview)


def _source(value: str) -> Source | None:
    try:
        return Source(value)
    except ValueError:
        return None


def _addressed(details: Mapping[str, Any] | None) -> Addressed | None:
    value = (details or {}).get(ADDRESSED_DETAILS_KEY)
    return Addressed(value) if value in {a.value for a in Addressed} else None
