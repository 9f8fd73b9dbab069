"""The owner's corrections as labelled examples: nearest neighbours on the classifier's words.

An example from the same sender pulls the folder (and, when its content is alike, the action
type) towards its label; an example from anyone else pulls only when its words are much alike.
Similarity is the Jaccard overlap of the content words of subject and text, so a thread's next
message, or the same kind of request from the same person, lands where the owner put the last.
An example whose content is not alike (the same sender, or a colleague at the same domain, on
another matter) is only the sender's habit (`Pull.habits`): it decides mail that names no topic
of its own, and yields to one that does, since colleagues write about everything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from core.triage.classification import Correction
from core.triage.offline.lexicon import content_words
from core.vocabulary import ActionType, Priority

SAME_SENDER_BASE = 3.0
SIMILARITY_WEIGHT = 3.0
# Below this an unrelated sender's example is noise, not a neighbour.
STRANGER_MIN_SIMILARITY = 0.3
# An example's action type counts only for content this alike (a sender asks different things).
ACTION_MIN_SIMILARITY = 0.3
SUPPORT_BONUS = 0.5  # each further example agreeing on a folder
MAX_SUPPORT = 2


class LabelledExampleLike(Protocol):
    """What the classifier reads of a labelled example (`core.triage.examples.LabelledExample`)."""

    @property
    def sender_address(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def folder(self) -> str: ...
    @property
    def priority(self) -> Priority: ...
    @property
    def action_type(self) -> ActionType: ...
    @property
    def source(self) -> str: ...
    @property
    def recorded_at(self) -> datetime: ...


@dataclass(frozen=True)
class Example:
    """A labelled example; `from_corrections` makes them of what the service hands classifiers."""

    sender_address: str
    subject: str
    text: str
    folder: str
    priority: Priority
    action_type: ActionType
    source: str = "correction"
    recorded_at: datetime = datetime(1970, 1, 1, tzinfo=UTC)


def from_corrections(corrections: Iterable[Correction]) -> list[Example]:
    """Turn corrections into examples; one with an unknown priority or action is skipped."""
    found = []
    for c in corrections:
        try:
            priority, action = Priority(c.priority), ActionType(c.action_type)
        except ValueError:
            continue
        found.append(Example(c.sender_address, c.subject, "", c.folder, priority, action))
    return found


@dataclass(frozen=True)
class Pull:
    """How strongly the examples pull towards each folder and action type, and why."""

    folders: dict[str, float]
    actions: dict[ActionType, float]
    reasons: dict[str, str]  # folder -> why
    # Folder points of examples not alike in content: they count only where no topic does.
    habits: dict[str, float] = field(default_factory=dict)


def pull(
    address: str,
    words: frozenset[str],
    examples: Sequence[LabelledExampleLike],
    folders: dict[str, str],
) -> Pull:
    """Weigh `examples` for an email from `address` with content `words`.

    `folders` maps each casefolded folder the taxonomy has (and the Inbox) to its spelling:
    an example filed anywhere else is ignored, so a correction never leads outside it.
    """
    domain = address.rpartition("@")[2]
    alike: dict[str, list[float]] = defaultdict(list)
    habits: dict[str, list[float]] = defaultdict(list)
    actions: dict[ActionType, float] = defaultdict(float)
    reasons: dict[str, str] = {}
    for example in examples:
        folder = folders.get(example.folder.casefold())
        if folder is None:
            continue
        sender = example.sender_address.strip().lower()
        similarity = _jaccard(words, content_words(f"{example.subject}\n{example.text}"))
        if sender == address and address:
            weight = SAME_SENDER_BASE + SIMILARITY_WEIGHT * similarity
            why = f"your earlier correction: mail from {address} goes to {folder}"
        elif similarity >= STRANGER_MIN_SIMILARITY or (
            domain and sender.endswith("@" + domain) and similarity > 0
        ):
            weight = SIMILARITY_WEIGHT * similarity
            why = f"like an email you filed in {folder}"
        else:
            continue
        if weight > max([*alike[folder], *habits[folder]], default=0.0):
            reasons[folder] = why
        (alike if similarity >= ACTION_MIN_SIMILARITY else habits)[folder].append(weight)
        if similarity >= ACTION_MIN_SIMILARITY:
            actions[example.action_type] += weight
    return Pull(_scores(alike), dict(actions), reasons, _scores(habits))


def _scores(by_folder: dict[str, list[float]]) -> dict[str, float]:
    """The strongest example per folder, plus a little for each further one that agrees."""
    return {
        folder: max(weights) + SUPPORT_BONUS * min(len(weights) - 1, MAX_SUPPORT)
        for folder, weights in by_folder.items()
        if weights
    }


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
