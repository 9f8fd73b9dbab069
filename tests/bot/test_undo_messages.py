"""The words for an undo's outcome: what was restored, why nothing was, or that it must rerun."""

from __future__ import annotations

import pytest

from bot import messages
from core.api import Failure, FailureKind, UndoOutcome, UndoRefusal


def test_an_undo_names_only_what_it_restored() -> None:
    everything = UndoOutcome(
        7,
        "undone",
        folder="Areas/Sales",
        moved_back=True,
        categories_restored=True,
        flag_restored=True,
        task_deleted=True,
    )
    assert messages.undo_text(everything) == (
        "Undone suggestion 7: the email left Areas/Sales for the folder it came from, its "
        "categories are as they were, the follow-up flag is off and the task made for it is "
        "deleted. It is waiting for your decision again."
    )
    only_task = UndoOutcome(8, "undone", task_deleted=True)
    assert "Undone suggestion 8: the task made for it is deleted." in messages.undo_text(only_task)
    nothing = UndoOutcome(9, "undone")
    assert "the email was as it had been" in messages.undo_text(nothing)


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        (UndoOutcome(None, "refused", UndoRefusal.NOTHING_RECENT, window_hours=12), "last 12 h"),
        (UndoOutcome(3, "refused", UndoRefusal.TOO_OLD), "more than 24 h ago"),
        (
            UndoOutcome(3, "refused", UndoRefusal.NOT_APPROVED, suggestion_status="dismissed"),
            "it was dismissed",
        ),
        (
            UndoOutcome(3, "refused", UndoRefusal.NOT_APPROVED, suggestion_status="failed"),
            "Retry or Dismiss",
        ),
        (UndoOutcome(3, "refused", UndoRefusal.NOT_APPROVED), "it is not approved"),
        (UndoOutcome(3, "refused", UndoRefusal.MOVED), "you moved the email"),
        (UndoOutcome(3, "refused", UndoRefusal.CATEGORIES_CHANGED), "changed the email's cat"),
        (UndoOutcome(3, "refused", UndoRefusal.FLAG_CHANGED), "follow-up flag since"),
        (UndoOutcome(3, "refused", UndoRefusal.TASK_DONE), "its task is completed"),
        (UndoOutcome(3, "refused", UndoRefusal.EMAIL_GONE), "no longer in the mailbox"),
        (UndoOutcome(3, "refused", UndoRefusal.TASK_BACKEND_NOT_SET_UP), "not set up now"),
        (UndoOutcome(3, "refused"), "it cannot be undone"),
    ],
)
def test_a_refusal_says_why(outcome: UndoOutcome, words: str) -> None:
    text = messages.undo_text(outcome)
    assert text.startswith("Nothing was undone: ") and words in text


def test_an_unfinished_undo_says_to_run_it_again() -> None:
    throttled = Failure(FailureKind.THROTTLED, retryable=True, retry_after_s=30)
    text = messages.undo_text(UndoOutcome(4, "failed", failure=throttled))
    assert text.startswith("The undo of suggestion 4 stopped part-way: Outlook is throttling")
    assert text.endswith("Nothing is lost; undo it again to finish.")
    assert "something went wrong" in messages.undo_text(UndoOutcome(4, "failed"))
