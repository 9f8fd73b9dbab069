"""The hundred-and-eighth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 14 February to 4 March 2044 (the sports holiday week with
the children at home, the Q1 pipeline review, a new reseller in Norway, a production incident
caused by a third-party date library on 29 February, the SOC 2 readiness for the second audit
period, the salary review round, a key customer's annual business review, the car's winter tyres
and a dentist) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on a little under three in ten, a distribution list on about one in nine); written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind108_emails, load_blind108_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind108"
    emails = load_blind108_emails()
    history = load_blind108_history()
    key_prefix = "b108-"
    at_least = 100
    file_attribute = "BLIND108_EMAILS_FILE"
