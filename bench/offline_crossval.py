"""Cross-validation of the offline classifier on a labelled set (the golden set by default).

`uv run python -m bench.offline_crossval [--folds 5] [--emails PATH]`

The rules and weights are written by hand, not fitted, so the rules-only accuracy of a fold is
the same as on the whole set. What is learnt from data is the owner's labelled examples: in each
round the classifier gets the other k-1 folds as examples (what an owner's corrections would
be) and is scored on the held-out fold. Both figures are printed, with the calibration of the
held-out suggestions at confidence >= 0.85 (each field right how often). Folds are fixed
(every k-th email in the file's order), so two runs print the same figures.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import core.api  # noqa: F401  (loads the store before the triage modules it imports)
from bot.terminal.evaluation import eval_settings
from core.config.settings import Settings
from core.triage.evaluation import email_for_sample
from core.triage.offline import HeuristicClassifier
from core.triage.offline.examples import Example
from sandbox.sample_mailbox import SAMPLE_EMAILS_FILE, SampleEmail, load_sample_emails

FIELDS = ("folder", "priority", "action_type")
HIGH = 0.85
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@dataclass
class Tally:
    """Correct answers per field, overall and among high-confidence suggestions."""

    total: int = 0
    high: int = 0

    def __post_init__(self) -> None:
        self.right = dict.fromkeys(FIELDS, 0)
        self.high_right = dict.fromkeys(FIELDS, 0)

    def line(self, name: str) -> str:
        """One row: accuracy per field, share at >= HIGH and its accuracy per field."""
        acc = "  ".join(f"{self.right[f] / self.total:6.1%}" for f in FIELDS)
        high = "  ".join(
            f"{(self.high_right[f] / self.high if self.high else 0):6.1%}" for f in FIELDS
        )
        share = f"{self.high:>3} ({self.high / self.total:4.0%})"
        return f"{name:<10} {self.total:>4}  {acc}   {share}  {high}"


def as_example(sample: SampleEmail) -> Example:
    """A sample as a labelled example."""
    return Example(
        sample.sender_address.lower(),
        sample.subject,
        sample.body,
        sample.expected_folder,
        sample.expected_priority,
        sample.expected_action,
        "golden",
        NOW,
    )


async def score(
    samples: Sequence[SampleEmail],
    settings: Settings,
    examples: Sequence[Example],
    tally: Tally,
) -> None:
    """Classify `samples` with `examples` and add the outcome to `tally`."""
    classifier = HeuristicClassifier(examples)
    for sample in samples:
        got = await classifier.classify(email_for_sample(sample, now=NOW), settings=settings)
        expected = {
            "folder": sample.expected_folder,
            "priority": sample.expected_priority,
            "action_type": sample.expected_action,
        }
        answer = {"folder": got.folder, "priority": got.priority, "action_type": got.action_type}
        tally.total += 1
        high = got.confidence >= HIGH
        tally.high += high
        for f in FIELDS:
            right = answer[f] == expected[f]
            tally.right[f] += right
            tally.high_right[f] += right and high


async def crossval(samples: Sequence[SampleEmail], folds: int) -> list[str]:
    """Run the rounds and return the report's lines."""
    settings = eval_settings(Path("/nonexistent"))
    rules, learnt = Tally(), Tally()
    lines = [
        f"{len(samples)} emails, {folds} folds; accuracy folder / priority / action; "
        f"share at confidence >= {HIGH} and its accuracy",
        "fold rows: the held-out fold, with the other folds as labelled examples",
        "",
    ]
    for k in range(folds):
        held = [s for i, s in enumerate(samples) if i % folds == k]
        train = [as_example(s) for i, s in enumerate(samples) if i % folds != k]
        fold_rules, fold_learnt = Tally(), Tally()
        await score(held, settings, (), fold_rules)
        await score(held, settings, train, fold_learnt)
        for total, part in ((rules, fold_rules), (learnt, fold_learnt)):
            total.total += part.total
            total.high += part.high
            for f in FIELDS:
                total.right[f] += part.right[f]
                total.high_right[f] += part.high_right[f]
        lines.append(fold_learnt.line(f"fold {k + 1}"))
    lines += ["", rules.line("rules"), learnt.line("+examples")]
    return lines


def main(argv: list[str] | None = None) -> None:
    """Print the cross-validation figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.offline_crossval")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--emails", type=Path, default=SAMPLE_EMAILS_FILE)
    args = parser.parse_args(argv)
    samples = load_sample_emails(args.emails)
    for line in asyncio.run(crossval(samples, args.folds)):
        print(line)


if __name__ == "__main__":
    main()
