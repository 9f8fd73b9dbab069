"""The approval-rate table on `/assistant status`: per action type, each confidence band's rate.

The action types are the product's own words and the numbers are counts, so nothing here came
from outside; the text is still passed through `plain` like every other value on the card.
"""

from __future__ import annotations

from typing import Any

from bot import messages as msg
from bot.slack.blocks.base_builder import context, section
from bot.slack.blocks.text import mrkdwn_text, plain
from core.api import ApprovalBands


def approval_band_blocks(bands: ApprovalBands | None) -> list[dict[str, Any]]:
    """Return the table's blocks: a title line with the rows, and the note that auto-approve is
    off; nothing when the report has no table."""
    if bands is None:
        return []
    if not bands.by_action:
        rows = [msg.APPROVAL_BANDS_NONE]
    else:
        rows = [
            msg.action_band_line(
                plain(row.action_type.value, 40),
                [
                    (msg.band_label(bands.edges, i), msg.band_rate(b.approved_unedited, b.decided))
                    for i, b in enumerate(row.bands)
                ],
            )
            for row in bands.by_action
        ]
    text = f"*{msg.APPROVAL_BANDS_TITLE}*\n" + "\n".join(rows)
    return [section(mrkdwn_text(text)), context(mrkdwn_text(msg.APPROVAL_BANDS_NOTE))]
