"""Labelled examples: the owner's corrections, as the classifiers learn from them.

A correction is an email with the labels the owner chose for it: an approval with edits (source
"edit") or an approved email the owner later moved back to the Inbox in Outlook (source "moved").
The store keeps every one (grouped by sender they become proposed sender rules); the prompt gets
the newest per sender and topic, as many as fit `classifier.learned_examples_tokens`.

Every text field came from outside (sender, subject, excerpt) and is untrusted: the excerpt is cut
and cleaned of hidden characters here, and whoever puts it in front of a model quotes it as data
(`core.untrusted_text.prompt_quoted`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from core.triage.email_text import clean_email_text, normalize_subject
from core.untrusted_text import one_line
from core.vocabulary import ActionType, Priority

EXCERPT_CHARS = 200
"""The start of the body kept with an example: enough to recognise the topic, few tokens."""

CHARS_PER_TOKEN = 3
"""A cautious estimate: the 5.x tokenizer gives about 30 % more tokens than 4 characters each."""


class ExampleSource(StrEnum):
    """How the owner told us the labels."""

    EDIT = "edit"  # approved with a different folder, priority or action type
    MOVED = "moved"  # approved, then moved back to the Inbox in Outlook


@dataclass(frozen=True)
class LabelledExample:
    """One email with the labels the owner chose; sender, subject and text are untrusted."""

    sender_address: str
    subject: str
    text: str  # a short excerpt of the body, cleaned (see `excerpt`)
    folder: str
    priority: Priority
    action_type: ActionType
    source: ExampleSource
    recorded_at: datetime
    note: str = ""  # the owner's own words with an edit, if any


@dataclass(frozen=True)
class SenderCorrections:
    """Every correction of one sender's mail, newest first."""

    sender_address: str
    examples: tuple[LabelledExample, ...]

    @property
    def count(self) -> int:
        """Return how many corrections the owner made for this sender."""
        return len(self.examples)


def excerpt(body: str, limit: int = EXCERPT_CHARS) -> str:
    """Return the start of an email body on one line: quoted replies and hidden characters out."""
    return one_line(clean_email_text(body, max_chars=limit * 4), limit)


def topic_key(subject: str) -> str:
    """Return the subject without Re:/Fwd: prefixes, casefolded, spaces collapsed."""
    return " ".join(normalize_subject(subject).split())


def estimated_tokens(text: str) -> int:
    """Return a cautious token count for `text`."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def within_budget(
    lines: Sequence[tuple[LabelledExample, str]], budget_tokens: int
) -> list[tuple[LabelledExample, str]]:
    """Return the newest rendered examples whose lines fit `budget_tokens`, oldest first.

    `lines` pairs each example with its prompt line. The choice depends only on the examples, so
    the same set always gives the same block (and the cached prefix stays valid): newest first
    by (recorded_at, sender, subject) while the total fits, then printed oldest first, so the
    newest correction sits closest to the email.
    """
    newest_first = sorted(
        lines,
        key=lambda pair: (pair[0].recorded_at, pair[0].sender_address, pair[0].subject),
        reverse=True,
    )
    chosen: list[tuple[LabelledExample, str]] = []
    spent = 0
    for pair in newest_first:
        cost = estimated_tokens(pair[1]) + 1
        if spent + cost > budget_tokens:
            break
        chosen.append(pair)
        spent += cost
    return chosen[::-1]
