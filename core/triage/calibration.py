"""Whether a classifier's confidence means something: accuracy per confidence band.

The burst summary's "approve all" rests on suggestions at confidence >= `HIGH_CONFIDENCE` being
right; `calibrate` counts, for each band, how many answers fell in it and how many of them were
right on each field and on all three, so `eval` can show whether that holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

HIGH_CONFIDENCE = 0.85
# Lower bounds of the bands; each band runs up to the next bound, the last one up to 1.0.
BAND_FLOORS: tuple[float, ...] = (0.0, 0.5, 0.7, HIGH_CONFIDENCE)


@dataclass(frozen=True)
class CalibrationBand:
    """Answers with confidence in [low, high) (the top band includes 1.0), and how many were
    right per field (the keys of the mappings handed to `calibrate`)."""

    low: float
    high: float | None  # None: the top band, up to and including 1.0
    count: int
    correct: Mapping[str, int]

    def accuracy(self, name: str) -> float | None:
        """Return the share right on `name` in this band, 0..1; None for an empty band."""
        return self.correct.get(name, 0) / self.count if self.count else None


def band_floor(confidence: float) -> float:
    """Return the lower bound of the band `confidence` falls in (below 0 counts as the first)."""
    return max((floor for floor in BAND_FLOORS if confidence >= floor), default=BAND_FLOORS[0])


def calibrate(answers: Iterable[tuple[float, Mapping[str, bool]]]) -> tuple[CalibrationBand, ...]:
    """Return one band per `BAND_FLOORS` entry, lowest first, from (confidence, right) pairs.

    `right` says per field (and for "all three", if the caller counts it) whether the answer
    was right; every band carries every field seen, so empty bands still line up in a table.
    """
    counts = dict.fromkeys(BAND_FLOORS, 0)
    correct: dict[float, dict[str, int]] = {floor: {} for floor in BAND_FLOORS}
    names: dict[str, None] = {}
    for confidence, right in answers:
        floor = band_floor(confidence)
        counts[floor] += 1
        for name, ok in right.items():
            names.setdefault(name)
            correct[floor][name] = correct[floor].get(name, 0) + int(ok)
    highs = (*BAND_FLOORS[1:], None)
    return tuple(
        CalibrationBand(
            low=floor,
            high=high,
            count=counts[floor],
            correct={name: correct[floor].get(name, 0) for name in names},
        )
        for floor, high in zip(BAND_FLOORS, highs, strict=True)
    )
