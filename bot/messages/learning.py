"""Words for learning from corrections: the approval rates by confidence on `/assistant status`,
and `eval --with-learned`."""

from __future__ import annotations

from collections.abc import Sequence

APPROVAL_BANDS_TITLE = "Approval rate by confidence"
APPROVAL_BANDS_NONE = "No decided suggestions yet."
APPROVAL_BANDS_NOTE = (
    "Approved unedited / decided, by the suggested action type and the classifier's confidence. "
    "Auto-approve is off: these rates are only the ground for it."
)
NO_DECISIONS_IN_BAND = "–"


def band_label(edges: Sequence[float], index: int) -> str:
    """Name confidence band `index` of the bands `edges` bound (<0.6, 0.6–0.85, ≥0.85)."""
    if index == 0:
        return f"<{edges[0]:g}" if edges else "all"
    if index == len(edges):
        return f"≥{edges[-1]:g}"
    return f"{edges[index - 1]:g}–{edges[index]:g}"


def band_rate(approved_unedited: int, decided: int) -> str:
    """Say one band's rate: "3/4 (75 %)"."""
    if not decided:
        return NO_DECISIONS_IN_BAND
    return f"{approved_unedited}/{decided} ({approved_unedited / decided:.0%})"


def action_band_line(action_type: str, cells: Sequence[tuple[str, str]]) -> str:
    """One action type's row: its name, then each band's label and rate."""
    return f"{action_type}: " + " · ".join(f"{label} {rate}" for label, rate in cells)


# --- eval --with-learned ---

EVAL_LEARNED_TITLE = "With learned examples"
EVAL_LEARNED_NONE = (
    "No correction came out of the training half (the classifier got it all right), so the "
    "examples change nothing."
)


def eval_learned_method(train: int, test: int, corrections: int) -> str:
    """Say honestly how the learned examples were made and what was measured."""
    return (
        f"The emails are split in two by time. The classifier's misses on the older {train} "
        f"emails become {corrections} simulated owner corrections; both runs below are measured "
        f"on the newer {test} emails only, without and with those corrections as learned "
        "examples. No measured email's own label is ever shown to the classifier."
    )


def eval_learned_delta(field: str, before: float, after: float) -> str:
    """One field's accuracy before and after the learned examples."""
    return f"{field:<12} {before:6.1%} -> {after:6.1%} ({(after - before) * 100:+.1f} points)"
