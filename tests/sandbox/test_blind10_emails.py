"""The tenth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; an ordinary spring stretch (late March to April) of the owner's inbox in natural
proportions, written together with her filed history of the months before it; kept unscored
until the next change to the classifier, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind10_emails, load_blind10_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestTenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind10"
    emails = load_blind10_emails()
    history = load_blind10_history()
    key_prefix = "b10-"
    at_least = 90
    file_attribute = "BLIND10_EMAILS_FILE"
