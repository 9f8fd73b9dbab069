"""Plain-text rendering of an evaluation report for `outlook-assistant eval`."""

from __future__ import annotations

from statistics import median

from core.evaluation import ALL, FIELDS, Confusion, EvalReport
from core.vocabulary import ActionType

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
    """Return the report as plain text lines: summary, confusion matrices, misses."""
    lines = [f"Classifier: {report.classifier}    Emails: {report.total}", ""]
    lines += _summary(report)
    for name in FIELDS:
        lines += ["", *_matrix(report.confusion[name])]
    if report.misses:
        lines += ["", f"Misses ({len(report.misses)}):"]
        for miss in report.misses[:max_misses]:
            flag = " [needs review]" if miss.needs_review else ""
            lines.append(f"  {miss.key}{flag}")
            lines.append(f"    expected {miss.expected}")
            lines.append(f"    got      {'(error)' if miss.got is None else miss.got}")
            lines.append(f"    why      {_one_line(miss.reason)}")
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


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
