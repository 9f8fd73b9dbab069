"""The ninety-fourth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 12 April to 1 May 2043 (the Q1 numbers to the board, a
partner's reseller deal in Norway, a data-centre move for the hosted customers, an employee's
harassment complaint, the new price list in force, a customer's acceptance test failing,
Walpurgis Night, a car service, a daughter's school trip) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in ten); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind94_emails, load_blind94_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind94"
    emails = load_blind94_emails()
    history = load_blind94_history()
    key_prefix = "b94-"
    at_least = 100
    file_attribute = "BLIND94_EMAILS_FILE"
