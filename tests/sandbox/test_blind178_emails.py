"""The hundred-and-seventy-eighth blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 23 February to 13 March 2048 (the sports holiday
week and the turn towards spring: the annual report signed and the audit report, the notice of the
annual general meeting, the February close and the Q1 forecast, the SOC 2 2048 period's first
evidence and an internal audit, the largest client's Raahe phase 3 milestone and go-live date, a
stopped dispatch in Oulu, the key bank customer's first 2048 release and its rejected payment
files, the last 4.8 customers, the customer day, a senior developer's resignation and a parental
leave, Women's Day, Vasaloppet) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on about a quarter, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind178_emails, load_blind178_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind178"
    emails = load_blind178_emails()
    history = load_blind178_history()
    key_prefix = "b178-"
    at_least = 100
    file_attribute = "BLIND178_EMAILS_FILE"
