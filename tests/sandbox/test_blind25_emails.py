"""The twenty-fifth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from late May into mid-June (the mid-year forecast, the summer intern
intake, a product launch, the staff summer party, Whitsun) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a distribution
list on about one in nine); written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind25_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentyFifthBlindSet(MeasuredOnlySetTests):
    name = "blind25"
    emails = load_blind25_emails()
    key_prefix = "b25-"
    at_least = 100
    file_attribute = "BLIND25_EMAILS_FILE"
