"""The eighty-fifth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 5 to 24 October 2042 (the Q3 numbers and the board's reaction,
a key customer's outage during its month-end close, the SOC 2 period 3 fieldwork, the last .NET 8
customers moved, a salary benchmark for the developers, a new head of marketing hired, an office
move planned, the hosting supplier raising its prices, the autumn school holiday coming, a
husband's business trip) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a little over one in four, a distribution list on about one in ten);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind85_emails, load_blind85_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind85"
    emails = load_blind85_emails()
    history = load_blind85_history()
    key_prefix = "b85-"
    at_least = 100
    file_attribute = "BLIND85_EMAILS_FILE"
