"""The hundred-and-eighty-fourth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 28 June to 17 July 2048 (high summer: vacations and out-
of-office replies, the half-year close and the June payroll, the Q2 report, the largest client's
next phase after hypercare) of the owner's inbox in natural proportions, with real To and Cc
lines; written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind184_emails, load_blind184_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind184"
    emails = load_blind184_emails()
    history = load_blind184_history()
    key_prefix = "b184-"
    at_least = 100
    file_attribute = "BLIND184_EMAILS_FILE"
