"""The hundred-and-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from late September to mid-October 2043 (the Q3 close and its
numbers, the price increase in force from 1 October and the first complaints, the SOC 2 draft
observations, a customer threatening to terminate over response times, two developers hired for
January, the autumn staff survey, a data-protection complaint from a customer's employee, a
parents' evening, a car to replace) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on about three in ten, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind102_emails, load_blind102_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind102"
    emails = load_blind102_emails()
    history = load_blind102_history()
    key_prefix = "b102-"
    at_least = 100
    file_attribute = "BLIND102_EMAILS_FILE"
