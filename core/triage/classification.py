"""What a classifier sees and returns; shared by Claude, the heuristic and thread inheritance.

A classifier proposes, it never acts: its output becomes a suggestion that only the owner's
approval turns into changes in Outlook. Every classifier returns a `Classification` whose folder
is one of the taxonomy's folders or `INBOX`; anything it cannot stand behind is marked
`needs_review` with the reason, never guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from core.config.settings import Settings
from core.triage.examples import LabelledExample
from core.vocabulary import ActionType, Priority

if TYPE_CHECKING:
    # Only types here: importing core.store at run time would import this module back.
    from core.store.records import MeetingFacts, Recipients
    from core.triage.addressing import Addressed, Owner

INBOX = "Inbox"
"""The folder value meaning 'leave it in the Inbox'."""


class Source(StrEnum):
    """Where a classification came from; shown to the owner as part of the reason."""

    CLAUDE = "claude"
    HEURISTIC = "heuristic"
    THREAD = "thread"


@dataclass(frozen=True)
class EmailForClassification:
    """The parts of an email a classifier may read; every text field is untrusted."""

    email_id: str
    subject: str
    sender_name: str
    sender_address: str
    received_at: datetime
    body_text: str
    preview: str = ""
    conversation_id: str | None = None
    list_unsubscribe: str | None = None
    auto_submitted: str | None = None  # RFC 3834: "no" is a person, anything else a machine
    importance: str = "normal"
    has_attachments: bool = False
    meeting: MeetingFacts | None = None  # Graph says it is a meeting invitation or update
    recipients: Recipients | None = None  # the To and Cc lines; None: not known
    addressed: Addressed | None = None  # how they reached the owner; None: cannot be told
    owner: Owner | None = None  # whose mailbox it is (her profile); None when not known


@dataclass(frozen=True)
class Correction:
    """An owner's edit of a suggestion: what was suggested, what they chose, and why."""

    subject: str
    sender_address: str
    suggested_folder: str
    suggested_priority: str
    suggested_action_type: str
    folder: str
    priority: str
    action_type: str
    note: str = ""


@dataclass(frozen=True)
class Usage:
    """What one model call cost."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: int = 0


@dataclass(frozen=True)
class Classification:
    """A proposed folder, priority and action type, with how sure and why."""

    folder: str
    priority: Priority
    action_type: ActionType
    confidence: float
    reason: str
    source: Source
    needs_review: bool = False
    model: str | None = None
    usage: Usage | None = None
    schema_hash: str | None = None
    category: str | None = None  # one of the owner's own categories, applied on approval
    # How sure the folder and priority alone are, when the classifier knows (the offline one
    # does): what a certain action type (a Graph meeting type) may raise the confidence to.
    certainty_besides_action: float | None = None


class Classifier(Protocol):
    """Turns one email into a classification.

    Implementations return `needs_review` classifications for answers they cannot trust
    (refusal, invalid output, unknown folder) and raise `core.errors.ClassifierError` only when
    they cannot answer at all (the service stays unavailable after retries), so the caller can
    fall back to another classifier.
    """

    name: str

    async def classify(
        self,
        email: EmailForClassification,
        *,
        settings: Settings,
        corrections: Sequence[Correction] = (),
        examples: Sequence[LabelledExample] = (),
    ) -> Classification:
        """Classify `email` against the taxonomy in `settings`.

        `examples` are the owner's corrections as labelled emails (newest per sender and
        topic, newest first); a classifier may learn from them or ignore them.
        """
        ...
