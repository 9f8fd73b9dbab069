"""The burst summary: one card instead of many when a lot of suggestions arrive at once.

Button values carry the suggestion ids (comma-separated, within Slack's 2000 characters), so
what the owner confirmed is exactly what the listener approves or posts; `parse_id_list` reads
them back. The confirm dialog lists the suggestions it covers, clipped to 300 characters. The
confident ones can also be reviewed one card each (to inspect or edit any before approving),
and the actions block's id carries what became of the rest (`BurstCounts`), so the sentence
stays true after every click: "23 new emails triaged: 8 shown below; 15 high confidence
(≥ 0.85) waiting".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot import messages as msg
from bot.slack import ids
from bot.slack.blocks.base_builder import (
    Block,
    actions,
    button,
    confirm_dialog,
    fallback,
    message,
    note,
    say,
    section,
)
from bot.slack.blocks.text import escape_mrkdwn, join_clipped, plain, plain_text, slack_len
from core.api import SuggestionView

MAX_VALUE = 2000
_STATE = "burst_state"


@dataclass(frozen=True)
class BurstCounts:
    """What became of a summary's suggestions so far; kept in the summary's actions block id.

    The buttons' values say which suggestions still wait; these counts say what happened to
    the others, so the summary's sentence stays true after every click.
    """

    total: int  # suggestions the summary announced
    approved: int = 0  # approved with "Approve all"
    shown: int = 0  # posted as cards of their own (to review, or to retry a failed approval)

    def block_id(self) -> str:
        """Return the actions block id that carries these counts."""
        return f"{_STATE}:{self.total}:{self.approved}:{self.shown}"

    @classmethod
    def of(cls, blocks: Sequence[Block]) -> BurstCounts | None:
        """Return the counts a summary's blocks carry, or None (an older summary has none)."""
        for block in blocks:
            parts = str(block.get("block_id") or "").split(":")
            if parts[0] == _STATE and len(parts) == 4 and all(p.isdigit() for p in parts[1:]):
                return cls(int(parts[1]), int(parts[2]), int(parts[3]))
        return None


def burst_message(
    confident: Sequence[SuggestionView],
    rest: Sequence[SuggestionView],
    threshold: float,
    *,
    counts: BurstCounts | None = None,
    results: Sequence[str] = (),
) -> dict[str, Any]:
    """Return the summary: its counts, then "Approve all k", "Review the k" and "Show the n".

    `confident` and `rest` are the suggestions still waiting in the summary; `counts` what
    became of the others (a first summary: none yet); `results` one raw line per approval
    just made (untrusted pieces already given look-alikes).
    """
    covered, shown = _fitting(confident), _fitting(rest)
    if counts is None:
        # Those beyond what a button can carry get a card of their own at once.
        uncovered = len(confident) - len(covered) + len(rest) - len(shown)
        counts = BurstCounts(len(confident) + len(rest), shown=uncovered)
    summary = _summary(counts, len(covered), len(shown), threshold)
    blocks: list[Block] = [say(escape_mrkdwn(summary))]
    if results:
        blocks.append(section(plain_text(plain("\n".join(results), 2900, multiline=True))))
    buttons: list[Block] = []
    if covered:
        dialog = confirm_dialog(
            msg.approve_all_title(len(covered)),
            _confirm_text(covered),
            msg.APPROVE,
            msg.CANCEL,
        )
        value = _ids(covered)
        buttons.append(
            button(
                msg.approve_all(len(covered)),
                ids.APPROVE_ALL_CONFIDENT,
                value,
                style="primary",
                confirm=dialog,
            )
        )
        buttons.append(button(msg.review_confident(len(covered)), ids.SHOW_CONFIDENT, value))
    if shown:
        buttons.append(button(msg.show_rest(len(shown)), ids.SHOW_REST, _ids(shown)))
    if buttons:
        blocks.append(actions(*buttons, block_id=counts.block_id()))
    capped = [
        msg.burst_capped(len(part), len(whole))
        for part, whole in ((covered, confident), (shown, rest))
        if len(part) < len(whole)
    ]
    if capped:
        blocks.append(note(*capped))
    return message(fallback(" ".join([summary, *results])), blocks)


def _summary(counts: BurstCounts, confident: int, rest: int, threshold: float) -> str:
    if counts.approved == counts.shown == 0 and confident + rest == counts.total:
        return msg.burst_summary(counts.total, confident, rest, threshold)
    # Whatever is neither waiting here nor approved or shown from here was decided elsewhere.
    elsewhere = max(0, counts.total - counts.approved - counts.shown - confident - rest)
    return msg.burst_progress(
        counts.total,
        approved=counts.approved,
        shown=counts.shown,
        elsewhere=elsewhere,
        confident=confident,
        rest=rest,
        threshold=threshold,
    )


def parse_id_list(value: str) -> list[int]:
    """Return the suggestion ids of a burst button's value (junk entries are skipped)."""
    found: list[int] = []
    for part in value.split(","):
        row_id = ids.parse_row_id(part)
        if row_id is not None and row_id not in found:
            found.append(row_id)
    return found


def _ids(views: Sequence[SuggestionView]) -> str:
    return ",".join(str(v.suggestion_id) for v in views)


def _fitting(views: Sequence[SuggestionView]) -> list[SuggestionView]:
    picked: list[SuggestionView] = []
    used = -1
    for view in views:
        used += len(str(view.suggestion_id)) + 1
        if used > MAX_VALUE:
            break
        picked.append(view)
    return picked


def _confirm_text(views: Sequence[SuggestionView]) -> str:
    room = 300 - slack_len(msg.approve_all_text(""))
    items = [f"{plain(v.subject, 60) or msg.NO_SUBJECT} → {plain(v.folder, 40)}" for v in views]
    return msg.approve_all_text(join_clipped(items, room, more=msg.and_more, separator="; "))
