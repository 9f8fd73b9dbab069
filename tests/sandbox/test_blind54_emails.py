"""The fifty-fourth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; late autumn, from 22 October to 9 November (a price increase announced to customers
and the pushback, a municipality's tender with its formal questions deadline, the big client's
steering committee and a change request, an employee survey's results, a supplier's bankruptcy
and a licence escrow, an outage over the weekend the clocks went back, the statutory auditors'
interim visit, a nomination committee's approach about a board seat elsewhere, daylight saving
ending a week apart in Europe and the US, a dentist and a car service) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind54_emails, load_blind54_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind54"
    emails = load_blind54_emails()
    history = load_blind54_history()
    key_prefix = "b54-"
    at_least = 100
    file_attribute = "BLIND54_EMAILS_FILE"
