"""The forty-fourth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the year-end run-up from late November to mid-December (Lucia and the Christmas
lunch, the 2040 budget approved by the board, the year-end close and the statutory auditors'
interim visit, the big client's steering committee on its fourth site's data migration, a hosted
customer's Friday-night outage and its service credit, two resignations in development and a
recruitment push, the new platform's first GA customers, renewals and a price increase for 2040,
the employee survey's results, a snowstorm) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on about three in ten, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind44_emails, load_blind44_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind44"
    emails = load_blind44_emails()
    history = load_blind44_history()
    key_prefix = "b44-"
    at_least = 100
    file_attribute = "BLIND44_EMAILS_FILE"
