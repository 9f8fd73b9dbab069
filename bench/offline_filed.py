"""The owner's filed mail as folder evidence, measured set by set on the labelled sets.

`uv run python -m bench.offline_filed [--measure SET]`

An owner's folders already hold the mail they filed. The labelled sets stand in for it: to score
one set, the others (every email a careful human filed in a project or area; the Inbox is not a
filing) are the filed mail, read as Graph gives it (sender, subject, the body's first 255
characters). No set is ever its own filed mail. Without `--measure` it runs the development
sets, each with the other development sets as filed mail, which is what the model was designed
on. `--measure blind4` (or `unseen`) scores a set nobody tuned on, with every development set as
its filed mail. A set written with its owner's own filed history (blind8 to blind10, blind39 to
blind42) is also scored with that history alone as the filed mail, which is what the assistant
would read in that mailbox.
Printed per set: folder / priority / action accuracy without and with the filed mail, and how
many suggestions at confidence >= 0.85 were right on all three fields.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import core.api  # noqa: F401  (loads the store before the triage modules it imports)
from bot.terminal.evaluation import eval_settings
from core.config.settings import Settings
from core.triage.classification import INBOX
from core.triage.evaluation import ALL, PREVIEW_CHARS, EvalReport, evaluate
from core.triage.offline import HeuristicClassifier
from core.triage.offline.filed import FiledEmail, FiledMail
from sandbox.labelled_sets import (
    SINGLE_SETS,
    UNSEEN_SETS,
    LabelledSetName,
    filed_history,
    labelled_set,
)
from sandbox.sample_mailbox import FiledHistoryEmail, SampleEmail

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
DEVELOPMENT_SETS = tuple(n for n in SINGLE_SETS if n not in UNSEEN_SETS)


def as_filed(sample: SampleEmail) -> FiledEmail:
    """A labelled email as it would sit in the owner's folder, read through Graph."""
    preview = " ".join(sample.body.split())[:PREVIEW_CHARS]
    return FiledEmail(sample.expected_folder, sample.sender_address, sample.subject, preview)


def history_as_filed(email: FiledHistoryEmail) -> FiledEmail:
    """An email of a set's own filed history, read through Graph."""
    preview = " ".join(email.body.split())[:PREVIEW_CHARS]
    return FiledEmail(email.folder, email.sender_address.lower(), email.subject, preview)


def filed_mail(sets: Sequence[LabelledSetName], settings: Settings) -> FiledMail:
    """The emails of `sets` a human filed in a taxonomy folder, as the owner's filed mail."""
    emails = [
        as_filed(s) for name in sets for s in labelled_set(name) if s.expected_folder != INBOX
    ]
    return FiledMail(emails, settings.folders())


def summary_line(name: str, report: EvalReport, *, width: int = 22) -> str:
    """One scored run: folder / priority / action accuracy and the confident ones right."""
    fields = " / ".join(f"{report.accuracy(f):.1%}" for f in ("folder", "priority", "action_type"))
    band = report.high_confidence
    high = f"{band.correct.get(ALL, 0)}/{band.count}" if band else "0/0"
    return f"{name:<{width}} {fields}   >=0.85 right on all three: {high}"


async def compare(
    name: LabelledSetName, filed_sets: Sequence[LabelledSetName], settings: Settings
) -> list[str]:
    """Score set `name` without and with the other sets' filed mail."""
    samples = labelled_set(name)
    model = filed_mail(filed_sets, settings)
    before = await evaluate(HeuristicClassifier(), samples, settings, now=NOW)
    after = await evaluate(HeuristicClassifier(filed=model), samples, settings, now=NOW)
    lines = [
        f"{name} ({len(samples)} emails; filed mail: {model.size} emails of "
        f"{', '.join(filed_sets)})",
        summary_line("  rules", before),
        summary_line("  rules + filed mail", after),
    ]
    history = filed_history(name)
    if history:
        own = FiledMail([history_as_filed(e) for e in history], settings.folders())
        mine = await evaluate(HeuristicClassifier(filed=own), samples, settings, now=NOW)
        lines.append(summary_line(f"  rules + own {own.size}", mine))
    return lines


async def run(measure: LabelledSetName | None) -> list[str]:
    """Return the report's lines (development cross-check, or one measured set)."""
    settings = eval_settings(Path("/nonexistent"))
    lines: list[str] = []
    if measure is None:
        for name in DEVELOPMENT_SETS:
            others = [n for n in DEVELOPMENT_SETS if n != name]
            lines += await compare(name, others, settings)
        return lines
    targets: tuple[LabelledSetName, ...] = UNSEEN_SETS if measure == "unseen" else (measure,)
    for name in targets:
        filed = [n for n in DEVELOPMENT_SETS if n != name]
        lines += await compare(name, filed, settings)
    return lines


def main(argv: list[str] | None = None) -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.offline_filed")
    parser.add_argument("--measure", choices=(*SINGLE_SETS, "unseen"))
    args = parser.parse_args(argv)
    for line in asyncio.run(run(args.measure)):
        print(line)


if __name__ == "__main__":
    main()
