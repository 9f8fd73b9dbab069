"""Undo of an approval (the card's Undo button, `/assistant undo`, `outlook-assistant undo`).

Functions return raw text: the folder is the owner's taxonomy, but callers escape it anyway.
"""

from __future__ import annotations

from bot.messages.failures import failure_text
from core.api import UndoOutcome, UndoRefusal

UNDO_BUTTON = "Undo"
UNDO_HELP = "undo your most recent approval (or `undo 42` for suggestion 42)"
UNDO_BUSY = (
    "Nothing was undone yet: that suggestion is being worked on right now. Try again in a moment."
)
UNDO_BAD_ID = "/assistant undo takes one suggestion number (as in /assistant undo 42) or nothing."

_REFUSALS: dict[UndoRefusal, str] = {
    UndoRefusal.SUGGESTION_MISSING: "there is no such suggestion",
    UndoRefusal.ALREADY_UNDONE: (
        "it is already undone: the email is back where it was and the suggestion waits for "
        "your decision"
    ),
    UndoRefusal.EMAIL_GONE: "the email is no longer in the mailbox",
    UndoRefusal.MOVED: ("you moved the email since the approval; it stays where you put it"),
    UndoRefusal.CATEGORIES_CHANGED: (
        "you changed the email's categories since the approval; they stay as you set them"
    ),
    UndoRefusal.FLAG_CHANGED: (
        "you changed the email's follow-up flag since the approval; it stays as you set it"
    ),
    UndoRefusal.TASK_DONE: "its task is completed, so the item is done",
    UndoRefusal.TASK_BACKEND_NOT_SET_UP: (
        "its task is in a task service that is not set up now; set it up again to undo"
    ),
}
_STATUSES = {
    "pending": "it was not approved",
    "failed": "its approval did not finish (Retry or Dismiss it instead)",
    "dismissed": "it was dismissed",
    "approving": "it is being approved right now",
}


def undo_text(outcome: UndoOutcome) -> str:
    """Say what an undo did, why it did nothing, or that it must be run again."""
    number = f"suggestion {outcome.suggestion_id}" if outcome.suggestion_id else "an approval"
    if outcome.status == "undone":
        return f"Undone {number}: {_restored(outcome)}. It is waiting for your decision again."
    if outcome.status == "failed":
        problem = failure_text(outcome.failure) if outcome.failure else "something went wrong"
        return (
            f"The undo of {number} stopped part-way: {problem}. Nothing is lost; "
            "undo it again to finish."
        )
    return f"Nothing was undone: {_reason(outcome)}."


def _reason(outcome: UndoOutcome) -> str:
    why = outcome.refusal
    hours = outcome.window_hours
    if why == UndoRefusal.NOTHING_RECENT:
        return f"you approved nothing in the last {hours} h"
    if why == UndoRefusal.TOO_OLD:
        return f"it was approved more than {hours} h ago (followup.undo_window_hours)"
    if why == UndoRefusal.NOT_APPROVED:
        return _STATUSES.get(outcome.suggestion_status or "", "it is not approved")
    return _REFUSALS.get(why, "it cannot be undone") if why else "it cannot be undone"


def _restored(outcome: UndoOutcome) -> str:
    parts = []
    if outcome.moved_back:
        parts.append(f"the email left {outcome.folder} for the folder it came from")
    if outcome.categories_restored:
        parts.append("its categories are as they were")
    if outcome.flag_restored:
        parts.append("the follow-up flag is off")
    if outcome.task_deleted:
        parts.append("the task made for it is deleted")
    if not parts:
        return "the email was as it had been"
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
