"""The hundred-and-eighty-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 17 May to 5 June 2048 (Whitsun: the largest client's
Raahe go-live and its first weeks of hypercare, the penetration test's draft report and retest,
the May close, summer hires starting and the younger daughter's end of year 9) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on about a
quarter, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind182_emails, load_blind182_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind182"
    emails = load_blind182_emails()
    history = load_blind182_history()
    key_prefix = "b182-"
    at_least = 100
    file_attribute = "BLIND182_EMAILS_FILE"
