"""The hundred-and-forty-third blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 18 February to 9 March 2046 (the annual report signed and
sent to the auditor and the AGM notice, the largest client's Oulu team starting on 1 March,
release 2046.3.0 and a slow month-end run after it, the February close and the first quarter's
forecast, the pen test's findings and the SOC 2 second period, renewals and the price increase's
last objections, hiring for spring, the family's sportlov week at the cabin and International
Women's Day) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on about a quarter, a distribution list on about one in nine); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind143_emails, load_blind143_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind143"
    emails = load_blind143_emails()
    history = load_blind143_history()
    key_prefix = "b143-"
    at_least = 100
    file_attribute = "BLIND143_EMAILS_FILE"
