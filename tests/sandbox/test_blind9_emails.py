"""The ninth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; an ordinary late-summer stretch of the owner's inbox in natural proportions, written
together with her filed history of the months before it; only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind9_emails, load_blind9_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind9"
    emails = load_blind9_emails()
    history = load_blind9_history()
    key_prefix = "b9-"
    at_least = 84
    file_attribute = "BLIND9_EMAILS_FILE"
