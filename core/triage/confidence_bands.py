"""How often the owner approves a suggestion unchanged, per action type and confidence band.

This is the ground any future auto-approve would stand on (it stays off): for each action type
the classifier suggested, and each band of its stated confidence, the share of decided
suggestions (approved or dismissed) that the owner approved exactly as suggested and never
corrected afterwards (no edit, not moved back to the Inbox).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.store import Store
from core.vocabulary import ActionType

BAND_EDGES = (0.6, 0.85)
"""Lower edges of the bands above the first: <0.6, 0.6 to 0.85, >=0.85."""


@dataclass(frozen=True)
class BandRate:
    """Decided suggestions in one band and how many were approved unedited."""

    decided: int = 0
    approved_unedited: int = 0

    @property
    def rate(self) -> float | None:
        """Return approved unedited / decided, or None when nothing was decided."""
        return self.approved_unedited / self.decided if self.decided else None


@dataclass(frozen=True)
class ActionBands:
    """One action type's rates, one per band, lowest band first."""

    action_type: ActionType
    bands: tuple[BandRate, ...]


@dataclass(frozen=True)
class ApprovalBands:
    """The observed approval rates; `edges` bound the bands (see `BAND_EDGES`)."""

    edges: tuple[float, ...]
    by_action: tuple[ActionBands, ...]  # action types with at least one decision, in enum order

    @property
    def decided(self) -> int:
        """Return how many decided suggestions the table counts."""
        return sum(b.decided for row in self.by_action for b in row.bands)


async def approval_bands(store: Store, edges: tuple[float, ...] = BAND_EDGES) -> ApprovalBands:
    """Count the decided suggestions into the table (one query)."""
    counts = await store.approval_band_counts(edges)
    rows = []
    for action in ActionType:
        mine = {c.band: c for c in counts if c.action_type == action.value}
        if not mine:
            continue
        bands = tuple(
            BandRate(mine[i].decided, mine[i].approved_unedited) if i in mine else BandRate()
            for i in range(len(edges) + 1)
        )
        rows.append(ActionBands(action, bands))
    return ApprovalBands(edges=edges, by_action=tuple(rows))
