"""Plain-text rendering of an evaluation report for `outlook-assistant eval`."""

from __future__ import annotations

from pathlib import Path
from statistics import median

from bot import messages
from bot.terminal.screen import Terminal
from core.api import (
    ALL,
    FIELDS,
    HIGH_CONFIDENCE,
    CalibrationBand,
    Confusion,
    EvalReport,
    LearnedComparison,
    Secrets,
    Settings,
    evaluate_classifier,
    evaluate_with_learned,
    load_settings,
)
from core.untrusted_text import one_line
from core.vocabulary import ActionType
from sandbox import SAMPLE_CONFIG_PATH
from sandbox.labelled_sets import SINGLE_SETS, UNSEEN_SETS, LabelledSetName, labelled_set

FIELD_TITLES = {
    "folder": "Folder",
    "priority": "Priority",
    "action_type": "Action type",
    ALL: "All three",
}
# Column codes for the matrices: short enough for 6-10 columns in 100 characters.
_ACTION_CODES = {
    ActionType.NEEDS_REPLY.value: "NR",
    ActionType.WAITING_FOR.value: "WF",
    ActionType.REVIEW.value: "RV",
    ActionType.DELEGATED.value: "DL",
    ActionType.FYI_ONLY.value: "FYI",
    ActionType.SCHEDULED.value: "SC",
}
MAX_MISSES = 50


def render_eval_report(report: EvalReport, *, max_misses: int = MAX_MISSES) -> list[str]:
    """Return the report as plain text lines: summary, confusion matrices, calibration, misses."""
    lines = [f"Classifier: {report.classifier}    Emails: {report.total}", ""]
    lines += _summary(report)
    for name in FIELDS:
        lines += ["", *_matrix(report.confusion[name])]
    lines += ["", *_calibration(report)]
    if report.misses:
        lines += ["", f"Misses ({len(report.misses)}):"]
        for miss in report.misses[:max_misses]:
            flag = " [needs review]" if miss.needs_review else ""
            lines.append(f"  {miss.key}{flag}")
            lines.append(f"    expected {miss.expected}")
            lines.append(f"    got      {'(error)' if miss.got is None else miss.got}")
            lines.append(f"    why      {one_line(miss.reason, 160)}")
        if len(report.misses) > max_misses:
            lines.append(f"  ... and {len(report.misses) - max_misses} more")
    return lines


def _summary(report: EvalReport) -> list[str]:
    rows = [("Field", "Correct", "Accuracy")]
    for name in (*FIELDS, ALL):
        rows.append(
            (
                FIELD_TITLES[name],
                f"{report.correct[name]}/{report.total}",
                f"{report.accuracy(name):.1%}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:>{widths[2]}}" for row in rows]
    lines.insert(1, "-" * (sum(widths) + 4))
    lines.append(f"Needs review: {report.needs_review}    Errors: {report.errors}")
    if report.has_usage:
        lines.append(
            f"Tokens: {report.input_tokens} in, {report.output_tokens} out, "
            f"{report.cache_read_input_tokens} cache read, "
            f"{report.cache_creation_input_tokens} cache write; cost ${report.cost_usd:.4f}"
        )
        if report.latencies_ms:
            lines.append(f"Median latency: {median(report.latencies_ms):.0f} ms")
    return lines


def _code(field: str, label: str, index: int) -> str:
    if field == "priority":
        return label.split(" ", 1)[0]
    if field == "action_type":
        return _ACTION_CODES.get(label, str(index + 1))
    return str(index + 1)


def _matrix(confusion: Confusion) -> list[str]:
    """Render expected (rows) x predicted (columns) counts; '.' is zero."""
    labels = confusion.labels
    codes = [_code(confusion.field, label, i) for i, label in enumerate(labels)]
    title = FIELD_TITLES[confusion.field]
    names = [
        label if label.startswith(code + " ") else f"{code} {label}"
        for code, label in zip(codes, labels, strict=True)
    ]
    width = max(len(name) for name in names) if names else 0
    cell = max([len(code) for code in codes] + [3])
    lines = [f"{title}: rows expected, columns predicted"]
    lines.append(" " * width + " " + "".join(f" {code:>{cell}}" for code in codes))
    for name, expected in zip(names, labels, strict=True):
        counts = [confusion.count(expected, predicted) for predicted in labels]
        row = "".join(f" {(str(n) if n else '.'):>{cell}}" for n in counts)
        lines.append(f"{name:<{width}} {row}")
    return lines


def _calibration(report: EvalReport) -> list[str]:
    """Render count and accuracy per confidence band, then the share right at the top band."""
    names = (ALL, *FIELDS)
    rows = [("Confidence", "Emails", *(FIELD_TITLES[name] for name in names))]
    for band in report.calibration:
        cells = [f"{band.count}"]
        for name in names:
            share = band.accuracy(name)
            cells.append("—" if share is None else f"{share:.1%}")
        rows.append((_band_label(band), *cells))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [messages.CALIBRATION_TITLE]
    for row in rows:
        cells = [f"{row[0]:<{widths[0]}}"]
        cells += [f"{cell:>{width}}" for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    high = report.high_confidence
    right = high.correct.get(ALL, 0) if high else 0
    lines.append(messages.high_confidence_share(HIGH_CONFIDENCE, right, high.count if high else 0))
    return lines


def _band_label(band: CalibrationBand) -> str:
    if band.low == 0:
        return f"< {band.high:.2f}"
    if band.high is None:
        return f">= {band.low:.2f}"
    return f"{band.low:.2f}-{band.high:.2f}"


def eval_settings(config_path: Path) -> Settings:
    """Return the sample taxonomy with the owner's classifier section, if they have a config."""
    settings = load_settings(SAMPLE_CONFIG_PATH)
    if config_path.exists():
        owner = load_settings(config_path)
        settings = settings.model_copy(update={"classifier": owner.classifier})
    return settings


def render_learned_comparison(comparison: LearnedComparison) -> list[str]:
    """Return `eval --with-learned`: how it was measured, both runs' summaries, the change."""
    lines = [
        messages.eval_learned_method(comparison.train, comparison.test, len(comparison.examples)),
        "",
    ]
    if not comparison.examples:
        lines += [messages.EVAL_LEARNED_NONE, ""]
    lines += [f"Classifier: {comparison.before.classifier}    Emails: {comparison.test}", ""]
    lines += _summary(comparison.before)
    lines += ["", messages.EVAL_LEARNED_TITLE, *_summary(comparison.after), ""]
    lines += [
        messages.eval_learned_delta(
            FIELD_TITLES[name], comparison.before.accuracy(name), comparison.after.accuracy(name)
        )
        for name in (*FIELDS, ALL)
    ]
    return lines


async def run_eval(
    config_path: Path,
    terminal: Terminal,
    *,
    limit: int | None = None,
    labelled: LabelledSetName = "golden",
    with_learned: bool = False,
) -> int:
    """`outlook-assistant eval`: the configured classifier against a labelled set.

    `labelled` picks the golden set (the demo mailbox, which the offline classifier's rules are
    designed on), the held-out set (only ever measured on) or both. Their labels refer to the
    sample taxonomy, so that taxonomy is used; the classifier section (model, budgets) comes
    from the owner's config when there is one, so a model or prompt change can be measured
    before it reaches the real mailbox.
    """
    settings = eval_settings(config_path)
    api_key = Secrets.from_env().anthropic_api_key
    if not api_key:
        terminal.say("ANTHROPIC_API_KEY is not set: measuring the offline heuristic classifier.")
    samples = labelled_set(labelled)[:limit]
    terminal.say(messages.eval_set_line(labelled, len(samples), UNSEEN_SETS, len(SINGLE_SETS)))
    if with_learned:
        comparison = await evaluate_with_learned(settings, samples, anthropic_api_key=api_key)
        for line in render_learned_comparison(comparison):
            terminal.say(line)
        return 0
    report = await evaluate_classifier(settings, samples, anthropic_api_key=api_key)
    for line in render_eval_report(report):
        terminal.say(line)
    return 0
