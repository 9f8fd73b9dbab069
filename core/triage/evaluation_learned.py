"""Accuracy before and after the learned examples, measured honestly on the golden set.

The golden set has no owner, so the owner's corrections are simulated, and never from the
emails being measured: the set is split by time. The older half is the past the owner handled:
the classifier is run on it, and each email it got wrong becomes a correction carrying that
email's label, as the owner's edit would. The newer half is then classified twice, without and
with those corrections as learned examples (newest per sender and topic, as the prompt gets
them). Only the newer half is scored, so no email's own label ever reaches the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from core.config.settings import Settings
from core.triage.classification import Classifier, Correction
from core.triage.evaluation import EvalReport, LabelledEmail, evaluate
from core.triage.examples import ExampleSource, LabelledExample, excerpt, topic_key


@dataclass(frozen=True)
class LearnedComparison:
    """The newer half scored without (`before`) and with (`after`) the simulated corrections."""

    train: int  # emails of the older half, whose misses became corrections
    test: int  # emails of the newer half, the only ones scored
    examples: tuple[LabelledExample, ...]
    before: EvalReport
    after: EvalReport


def split_by_time(
    samples: Sequence[LabelledEmail],
) -> tuple[list[LabelledEmail], list[LabelledEmail]]:
    """Return (older half, newer half) of `samples` by received time (ties by key)."""
    ordered = sorted(samples, key=lambda s: (-s.hours_ago, s.key))
    half = len(ordered) // 2
    return ordered[:half], ordered[half:]


def _newest_per_topic(examples: Sequence[LabelledExample]) -> list[LabelledExample]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for example in sorted(examples, key=lambda e: e.recorded_at, reverse=True):
        key = (example.sender_address, topic_key(example.subject))
        if key not in seen:
            seen.add(key)
            kept.append(example)
    return kept


async def compare_with_learned(
    classifier: Classifier,
    samples: Sequence[LabelledEmail],
    settings: Settings,
    *,
    now: datetime | None = None,
) -> LearnedComparison:
    """Score the newer half of `samples` without and with corrections of the older half."""
    moment = now or datetime.now(UTC)
    older, newer = split_by_time(samples)
    past = await evaluate(classifier, older, settings, now=moment)
    missed = {miss.key: miss for miss in past.misses if miss.got is not None}
    examples: list[LabelledExample] = []
    corrections: list[Correction] = []
    for sample in older:
        miss = missed.get(sample.key)
        if miss is None or miss.got is None:
            continue
        examples.append(
            LabelledExample(
                sender_address=sample.sender_address.lower(),
                subject=sample.subject,
                text=excerpt(sample.body),
                folder=sample.expected_folder,
                priority=sample.expected_priority,
                action_type=sample.expected_action,
                source=ExampleSource.EDIT,
                recorded_at=moment - timedelta(hours=sample.hours_ago),
            )
        )
        # The heuristic learns through the older correction type; same facts.
        corrections.append(
            Correction(
                subject=sample.subject,
                sender_address=sample.sender_address.lower(),
                suggested_folder=miss.got.folder,
                suggested_priority=miss.got.priority,
                suggested_action_type=miss.got.action_type,
                folder=sample.expected_folder,
                priority=sample.expected_priority.value,
                action_type=sample.expected_action.value,
            )
        )
    learned = _newest_per_topic(examples)
    before = await evaluate(classifier, newer, settings, now=moment)
    after = await evaluate(
        classifier, newer, settings, now=moment, examples=learned, corrections=corrections[::-1]
    )
    return LearnedComparison(
        train=len(older), test=len(newer), examples=tuple(learned), before=before, after=after
    )
