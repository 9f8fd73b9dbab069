"""The ninety-fifth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 3 to 22 May 2043 (the Q1 board meeting moved for Ascension Day,
a large customer's renewal negotiated down to the wire, a production incident on a Friday
evening, the annual salary review started, a supplier going bankrupt, the summer interns chosen,
a marketing webinar, the parents' golden wedding anniversary, a sailing course) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on about three in
ten, a distribution list on about one in ten); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind95_emails, load_blind95_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind95"
    emails = load_blind95_emails()
    history = load_blind95_history()
    key_prefix = "b95-"
    at_least = 100
    file_attribute = "BLIND95_EMAILS_FILE"
