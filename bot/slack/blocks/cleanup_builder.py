"""The `/assistant cleanup` message: orphaned categories in multi-selects and a guarded delete.

Orphans are split across multi-selects of at most 100 (block ids CLEANUP_SELECT_BLOCK + index),
none preselected. The "Delete selected" button's confirm dialog is fixed when the message is
built, so it names the candidates and warns about colours; the listener re-checks every selected
name against a fresh plan before deleting. A message holds only so much text: when the orphans'
names would exceed it, the message offers the first ones and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    option,
    section,
)
from bot.slack.blocks.limits import MAX_TOTAL_TEXT
from bot.slack.blocks.text import (
    join_clipped,
    lookalikes,
    option_value,
    plain,
    plain_text,
    resolve_option_value,
    slack_len,
)

PER_SELECT = 100
MAX_SELECTS = 40  # with the intro, the list and the button: under 50 blocks
_LIST_CHARS = 1500
# Room left for option texts after the intro, the list, the partial note and the button.
_TEXT_BUDGET = MAX_TOTAL_TEXT - _LIST_CHARS - 2000
_PER_SELECT_TEXT = 60  # a select's label and placeholder


def cleanup_message(plan_names: Sequence[str]) -> dict[str, Any]:
    """Return the cleanup message for the orphaned categories' names."""
    names = list(dict.fromkeys(plan_names))
    if not names:
        return message(fallback(msg.NO_ORPHANS), [section(plain_text(plain(msg.NO_ORPHANS, 500)))])
    shown = _fitting(names)
    listed = join_clipped([plain(n, 255) for n in names], _LIST_CHARS, more=msg.and_more)
    blocks: list[Block] = [
        section(plain_text(plain(msg.cleanup_intro(len(names)), 500))),
        section(plain_text(msg.cleanup_names(listed))),
    ]
    for index, start in enumerate(range(0, len(shown), PER_SELECT)):
        chunk = shown[start : start + PER_SELECT]
        label = msg.cleanup_select_label(start + 1, start + len(chunk), len(names))
        blocks.append(
            {
                "type": "section",
                "block_id": f"{ids.CLEANUP_SELECT_BLOCK}{index}",
                "text": plain_text(plain(label, 200)),
                "accessory": {
                    "type": "multi_static_select",
                    "action_id": ids.CLEANUP_SELECT,
                    "placeholder": plain_text(plain(msg.CLEANUP_PLACEHOLDER, 150)),
                    "options": [option(n, option_value(n)) for n in chunk],
                },
            }
        )
    if len(shown) < len(names):
        blocks.append(section(plain_text(plain(msg.cleanup_partial(len(shown), len(names)), 500))))
    dialog = confirm_dialog(
        msg.CLEANUP_CONFIRM_TITLE,
        cleanup_confirm_text(shown),
        msg.CLEANUP_CONFIRM,
        msg.CLEANUP_DENY,
        style="danger",
    )
    delete = button(
        msg.DELETE_SELECTED, ids.CLEANUP_DELETE, "delete", style="danger", confirm=dialog
    )
    blocks.append(actions(delete))
    return message(fallback(msg.cleanup_intro(len(names))), blocks)


def cleanup_confirm_text(names: Sequence[str]) -> str:
    """Return confirm-dialog text naming the categories, within Slack's 300 characters."""
    room = 300 - slack_len(msg.cleanup_confirm(""))
    listed = join_clipped([plain(n, 60) for n in names], room, more=msg.and_more)
    return msg.cleanup_confirm(listed)


def selected_cleanup_names(
    state_values: dict[str, Any], candidates: Sequence[str] = ()
) -> list[str]:
    """Return the names picked across every cleanup select, in order, without duplicates.

    Names longer than an option value can hold travel as digests; pass the plan's names as
    `candidates` to resolve them (unresolved digests are dropped, so nothing unknown is deleted).
    """
    picked: list[str] = []
    blocks = sorted(
        (k for k in state_values if k.startswith(ids.CLEANUP_SELECT_BLOCK)),
        key=lambda k: (len(k), k),
    )
    for block_id in blocks:
        element = (state_values.get(block_id) or {}).get(ids.CLEANUP_SELECT) or {}
        for chosen in element.get("selected_options") or []:
            value = chosen.get("value") if isinstance(chosen, dict) else None
            name = resolve_option_value(value, candidates) if isinstance(value, str) else None
            if name and name not in picked:
                picked.append(name)
    return picked


def cleanup_result(deleted: Sequence[str], *, missing: Sequence[str] = ()) -> dict[str, Any]:
    """Return the message naming what a cleanup deleted (and what was already gone)."""
    if not deleted and not missing:
        return message(fallback(msg.NOTHING_SELECTED), [section(plain_text(msg.NOTHING_SELECTED))])
    lines, raw = [], []
    if deleted:
        listed = join_clipped([plain(n, 255) for n in deleted], 2000, more=msg.and_more)
        lines.append(msg.deleted_categories(listed, len(deleted)))
        raw.append(msg.deleted_categories(lookalikes(", ".join(deleted)), len(deleted)))
    if missing:
        lines.append(msg.not_deleted(join_clipped([plain(n, 255) for n in missing], 500)))
        raw.append(msg.not_deleted(lookalikes(", ".join(missing))))
    return message(fallback(" ".join(raw)), [section(plain_text("\n".join(lines)))])


def _fitting(names: list[str]) -> list[str]:
    # Option texts count towards the message's text budget; stop adding selects before it.
    used, shown = 0, []
    for index, name in enumerate(names[: PER_SELECT * MAX_SELECTS]):
        used += slack_len(plain(name, 75)) + (_PER_SELECT_TEXT if index % PER_SELECT == 0 else 0)
        if used > _TEXT_BUDGET:
            break
        shown.append(name)
    return shown
