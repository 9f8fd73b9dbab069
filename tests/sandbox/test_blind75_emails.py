"""The seventy-fifth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 16 February to 6 March (the sports holiday week with half the
managers away, the annual report signed and the AGM notice drafted, a hosted customer's data loss
scare, the largest client's go-live and its tenth site asked about, a new partner in Norway, an
employee's harassment complaint, the bank's annual credit review, the office's move to another
floor, a daughter's ski camp) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on about three in ten, a distribution list on about one in ten);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind75_emails, load_blind75_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind75"
    emails = load_blind75_emails()
    history = load_blind75_history()
    key_prefix = "b75-"
    at_least = 100
    file_attribute = "BLIND75_EMAILS_FILE"
