"""The burst summary: one card instead of many when a lot of suggestions arrive at once.

Button values carry the suggestion ids (comma-separated, within Slack's 2000 characters), so
what the owner confirmed is exactly what the listener approves or posts; `parse_id_list` reads
them back. The confirm dialog lists the suggestions it covers, clipped to 300 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot import ids
from bot import messages as msg
from bot.blocks.base_builder import (
    Block,
    actions,
    button,
    confirm_dialog,
    fallback,
    message,
    note,
    say,
)
from bot.blocks.text import escape_mrkdwn, join_clipped, plain, slack_len
from core.triage import SuggestionView

MAX_VALUE = 2000


def burst_message(
    confident: Sequence[SuggestionView], rest: Sequence[SuggestionView], threshold: float
) -> dict[str, Any]:
    """Return the summary with "Approve all k high-confidence" (confirmed) and "Show the n"."""
    summary = msg.burst_summary(len(confident) + len(rest), len(confident), len(rest), threshold)
    blocks: list[Block] = [say(escape_mrkdwn(summary))]
    buttons: list[Block] = []
    covered = _fitting(confident)
    if covered:
        dialog = confirm_dialog(
            msg.approve_all_title(len(covered)),
            _confirm_text(covered),
            msg.APPROVE,
            msg.CANCEL,
        )
        buttons.append(
            button(
                msg.approve_all(len(covered)),
                ids.APPROVE_ALL_CONFIDENT,
                _ids(covered),
                style="primary",
                confirm=dialog,
            )
        )
    shown = _fitting(rest)
    if shown:
        buttons.append(button(msg.show_rest(len(shown)), ids.SHOW_REST, _ids(shown)))
    if buttons:
        blocks.append(actions(*buttons))
    capped = [
        msg.burst_capped(len(part), len(whole))
        for part, whole in ((covered, confident), (shown, rest))
        if len(part) < len(whole)
    ]
    if capped:
        blocks.append(note(*capped))
    return message(fallback(summary), blocks)


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
