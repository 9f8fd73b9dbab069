"""Cross-validation of the offline classifier on the labelled sets (golden and held-out).

`uv run python -m bench.offline_crossval [--folds 5] [--set all|golden|heldout] [--emails PATH]`

The rules and weights are written by hand, not fitted, so the rules-only accuracy of a fold is
the same as on the whole set. What is learnt from data is the owner's labelled examples: in each
round the classifier gets the other k-1 folds as examples (what an owner's corrections would
be) and is scored on the held-out fold. Both figures are printed, overall and per set, with the
calibration of the suggestions at confidence >= 0.85 (each field right how often). Folds are
fixed (every k-th email of the golden set followed by the held-out set), so two runs print the
same figures and each fold mixes both sets' voices.
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
from sandbox.labelled_sets import LABELLED_SET_NAMES, labelled_set
from sandbox.sample_mailbox import SAMPLE_EMAILS, SampleEmail, load_sample_emails

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

    def add(self, other: Tally) -> None:
        """Add `other`'s counts to this tally."""
        self.total += other.total
        self.high += other.high
        for f in FIELDS:
            self.right[f] += other.right[f]
            self.high_right[f] += other.high_right[f]


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
    tallies: dict[str, Tally],
    set_of: dict[str, str],
) -> None:
    """Classify `samples` with `examples` and add each outcome to its set's tally."""
    classifier = HeuristicClassifier(examples)
    for sample in samples:
        got = await classifier.classify(email_for_sample(sample, now=NOW), settings=settings)
        expected = {
            "folder": sample.expected_folder,
            "priority": sample.expected_priority,
            "action_type": sample.expected_action,
        }
        answer = {"folder": got.folder, "priority": got.priority, "action_type": got.action_type}
        tally = tallies.setdefault(set_of[sample.key], Tally())
        tally.total += 1
        high = got.confidence >= HIGH
        tally.high += high
        for f in FIELDS:
            right = answer[f] == expected[f]
            tally.right[f] += right
            tally.high_right[f] += right and high


async def crossval(sets: dict[str, Sequence[SampleEmail]], folds: int) -> list[str]:
    """Run the rounds over the sets together and return the report's lines."""
    settings = eval_settings(Path("/nonexistent"))
    samples = [s for emails in sets.values() for s in emails]
    set_of = {s.key: name for name, emails in sets.items() for s in emails}
    rules: dict[str, Tally] = {}
    learnt: dict[str, Tally] = {}
    names = " + ".join(f"{name} {len(emails)}" for name, emails in sets.items())
    lines = [
        f"{len(samples)} emails ({names}), {folds} folds; accuracy folder / priority / action; "
        f"share at confidence >= {HIGH} and its accuracy",
        "fold rows: the held-out fold, with the other folds as labelled examples",
        "",
    ]
    for k in range(folds):
        held = [s for i, s in enumerate(samples) if i % folds == k]
        train = [as_example(s) for i, s in enumerate(samples) if i % folds != k]
        fold_learnt: dict[str, Tally] = {}
        await score(held, settings, (), rules, set_of)
        await score(held, settings, train, fold_learnt, set_of)
        for name, part in fold_learnt.items():
            learnt.setdefault(name, Tally()).add(part)
        lines.append(_overall(fold_learnt).line(f"fold {k + 1}"))
    lines += ["", _overall(rules).line("rules"), _overall(learnt).line("+examples")]
    if len(sets) > 1:
        for name in sets:
            lines += [rules[name].line(f"{name}"), learnt[name].line(f"{name}+ex")]
    return lines


def _overall(tallies: dict[str, Tally]) -> Tally:
    total = Tally()
    for part in tallies.values():
        total.add(part)
    return total


def main(argv: list[str] | None = None) -> None:
    """Print the cross-validation figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.offline_crossval")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--set", choices=LABELLED_SET_NAMES, default="all", dest="which")
    parser.add_argument("--emails", type=Path, help="a labelled file instead of --set")
    args = parser.parse_args(argv)
    sets: dict[str, Sequence[SampleEmail]]
    if args.emails is not None:
        sets = {args.emails.stem: load_sample_emails(args.emails)}
    elif args.which == "all":
        sets = {"golden": SAMPLE_EMAILS, "heldout": labelled_set("heldout")}
    else:
        sets = {args.which: labelled_set(args.which)}
    for line in asyncio.run(crossval(sets, args.folds)):
        print(line)


if __name__ == "__main__":
    main()
