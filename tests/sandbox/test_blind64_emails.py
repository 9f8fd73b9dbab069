"""The sixty-fourth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 3 June to Midsummer Eve, 21 June (everything due before the summer,
the half-year close planned, a big customer's go-live the week before Midsummer, the summer
holiday cover, a supplier's data breach notice, a journalist's interview request, a price change
for small customers, two summer interns starting, an employee's long service celebrated, a family
trip booked) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on a little under three in ten, a distribution list on about one in eight); written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind64_emails, load_blind64_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind64"
    emails = load_blind64_emails()
    history = load_blind64_history()
    key_prefix = "b64-"
    at_least = 100
    file_attribute = "BLIND64_EMAILS_FILE"
