"""Score a classifier against labelled emails: per-field accuracy, confusion tables, misses,
and accuracy per confidence band (`core.triage.calibration`).

`evaluate` turns each labelled sample into the `EmailForClassification` triage would build
from Graph, runs the classifier over all of them (at most `classifier.concurrency` at once) and
compares folder, priority and action type with the labels. A classifier that cannot answer an
email (`ClassifierError`) counts as wrong on every field and is listed with the error, so one
outage does not hide the rest of the run.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from core.config.settings import Settings
from core.errors import ClassifierError
from core.store.records import Recipients
from core.triage.addressing import Owner, addressed
from core.triage.calibration import HIGH_CONFIDENCE, CalibrationBand, calibrate
from core.triage.classification import (
    INBOX,
    Classification,
    Classifier,
    Correction,
    EmailForClassification,
)
from core.triage.examples import LabelledExample
from core.vocabulary import ActionType, Priority

FIELDS = ("folder", "priority", "action_type")
ALL = "all"
PREVIEW_CHARS = 255  # what Graph's bodyPreview holds


class LabelledEmail(Protocol):
    """A sample email with the triage a careful human would choose (`sandbox.sample_mailbox`)."""

    @property
    def key(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def sender_name(self) -> str: ...
    @property
    def sender_address(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def hours_ago(self) -> float: ...
    @property
    def expected_folder(self) -> str: ...
    @property
    def expected_priority(self) -> Priority: ...
    @property
    def expected_action(self) -> ActionType: ...
    @property
    def thread(self) -> str | None: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def importance(self) -> str: ...
    @property
    def to(self) -> Sequence[tuple[str, str]]: ...
    @property
    def cc(self) -> Sequence[tuple[str, str]]: ...
    @property
    def owner(self) -> tuple[str, str]:
        """The (name, address) of the mailbox's owner, whom the set was written for."""
        ...


@dataclass(frozen=True)
class Labels:
    """A folder, priority and action type, expected or predicted."""

    folder: str
    priority: str
    action_type: str

    def get(self, name: str) -> str:
        """Return the value of field `name` (one of FIELDS)."""
        return str(getattr(self, name))

    def __str__(self) -> str:
        return f"{self.folder} / {self.priority} / {self.action_type}"


@dataclass(frozen=True)
class Miss:
    """A sample the classifier got wrong on at least one field."""

    key: str
    subject: str
    expected: Labels
    got: Labels | None  # None when the classifier raised
    wrong: tuple[str, ...]
    reason: str
    needs_review: bool = False


@dataclass(frozen=True)
class Confusion:
    """Counts of (expected, predicted) pairs for one field."""

    field: str
    labels: tuple[str, ...]
    counts: Mapping[tuple[str, str], int]

    def count(self, expected: str, predicted: str) -> int:
        """Return how often `expected` was classified as `predicted`."""
        return self.counts.get((expected, predicted), 0)


@dataclass(frozen=True)
class EvalReport:
    """The outcome of one evaluation run."""

    classifier: str
    total: int
    correct: Mapping[str, int]  # FIELDS and ALL -> number of samples right
    confusion: Mapping[str, Confusion]
    misses: tuple[Miss, ...]
    needs_review: int = 0
    errors: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_input_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cost_usd: float = 0.0
    latencies_ms: tuple[int, ...] = field(default=())
    # Per confidence band, lowest first; answers the classifier could not give are not in it.
    calibration: tuple[CalibrationBand, ...] = field(default=())

    def accuracy(self, name: str) -> float:
        """Return the share of samples right on field `name` (a FIELDS name or ALL), 0..1."""
        return self.correct[name] / self.total if self.total else 0.0

    @property
    def high_confidence(self) -> CalibrationBand | None:
        """Return the band at confidence >= HIGH_CONFIDENCE (None before any calibration)."""
        return next((b for b in self.calibration if b.low == HIGH_CONFIDENCE), None)

    @property
    def has_usage(self) -> bool:
        """Tell whether the classifier reported token usage (a model was called)."""
        return bool(self.input_tokens or self.output_tokens or self.cache_read_input_tokens)


def email_for_sample(sample: LabelledEmail, *, now: datetime) -> EmailForClassification:
    """Build the email triage would hand a classifier for `sample`, received relative to `now`."""
    headers = {name.lower(): value for name, value in sample.headers.items()}
    recipients = Recipients.kept(sample.to, sample.cc)
    owner = Owner(name=sample.owner[0], addresses=frozenset({sample.owner[1].lower()}))
    return EmailForClassification(
        email_id=sample.key,
        subject=sample.subject,
        sender_name=sample.sender_name,
        sender_address=sample.sender_address.lower(),
        received_at=now - timedelta(hours=sample.hours_ago),
        body_text=sample.body,
        preview=" ".join(sample.body.split())[:PREVIEW_CHARS],
        conversation_id=sample.thread,
        list_unsubscribe=headers.get("list-unsubscribe"),
        auto_submitted=headers.get("auto-submitted"),
        importance=sample.importance,
        recipients=recipients,
        addressed=addressed(recipients, owner),
        owner=owner,
    )


async def evaluate(
    classifier: Classifier,
    samples: Sequence[LabelledEmail],
    settings: Settings,
    *,
    now: datetime | None = None,
    examples: Sequence[LabelledExample] = (),
    corrections: Sequence[Correction] = (),
) -> EvalReport:
    """Classify every sample and compare the answers with the labels.

    `examples` and `corrections` are handed to every classification, as triage hands over the
    owner's corrections (see `core.triage.evaluation_learned`).
    """
    moment = now or datetime.now(UTC)
    gate = asyncio.Semaphore(settings.classifier.concurrency)

    async def one(sample: LabelledEmail) -> Classification | ClassifierError:
        async with gate:
            try:
                return await classifier.classify(
                    email_for_sample(sample, now=moment),
                    settings=settings,
                    corrections=corrections,
                    examples=examples,
                )
            except ClassifierError as err:
                return err

    results = await asyncio.gather(*(one(s) for s in samples))
    return _report(classifier.name, samples, results, settings)


def _report(
    name: str,
    samples: Sequence[LabelledEmail],
    results: Sequence[Classification | ClassifierError],
    settings: Settings,
) -> EvalReport:
    correct = dict.fromkeys((*FIELDS, ALL), 0)
    pairs: dict[str, Counter[tuple[str, str]]] = {f: Counter() for f in FIELDS}
    misses: list[Miss] = []
    needs_review = errors = 0
    usage = Counter[str]()
    cost = 0.0
    latencies: list[int] = []
    scored: list[tuple[float, dict[str, bool]]] = []
    for sample, result in zip(samples, results, strict=True):
        expected = Labels(
            sample.expected_folder, str(sample.expected_priority), str(sample.expected_action)
        )
        if isinstance(result, ClassifierError):
            errors += 1
            for f in FIELDS:
                pairs[f][(expected.get(f), "(error)")] += 1
            misses.append(Miss(sample.key, sample.subject, expected, None, FIELDS, str(result)))
            continue
        got = Labels(result.folder, str(result.priority), str(result.action_type))
        wrong = tuple(f for f in FIELDS if expected.get(f) != got.get(f))
        for f in FIELDS:
            pairs[f][(expected.get(f), got.get(f))] += 1
            correct[f] += f not in wrong
        correct[ALL] += not wrong
        scored.append((result.confidence, {ALL: not wrong, **{f: f not in wrong for f in FIELDS}}))
        needs_review += result.needs_review
        if wrong:
            misses.append(
                Miss(
                    sample.key,
                    sample.subject,
                    expected,
                    got,
                    wrong,
                    result.reason,
                    result.needs_review,
                )
            )
        if result.usage is not None:
            usage.update(
                input=result.usage.input_tokens,
                output=result.usage.output_tokens,
                cache_read=result.usage.cache_read_input_tokens,
                cache_creation=result.usage.cache_creation_input_tokens,
            )
            cost += result.usage.cost_usd
            latencies.append(result.usage.latency_ms)
    order = {
        "folder": [*settings.folders(), INBOX],
        "priority": [str(p) for p in Priority],
        "action_type": [str(a) for a in ActionType],
    }
    return EvalReport(
        classifier=name,
        total=len(samples),
        correct=correct,
        confusion={f: _confusion(f, pairs[f], order[f]) for f in FIELDS},
        misses=tuple(misses),
        needs_review=needs_review,
        errors=errors,
        input_tokens=usage["input"],
        output_tokens=usage["output"],
        cache_read_input_tokens=usage["cache_read"],
        cache_creation_input_tokens=usage["cache_creation"],
        cost_usd=cost,
        latencies_ms=tuple(latencies),
        calibration=calibrate(scored),
    )


def _confusion(name: str, pairs: Counter[tuple[str, str]], known: list[str]) -> Confusion:
    seen = {label for pair in pairs for label in pair}
    labels = [label for label in known if label in seen]
    labels += sorted(seen - set(labels))
    return Confusion(name, tuple(labels), dict(pairs))
