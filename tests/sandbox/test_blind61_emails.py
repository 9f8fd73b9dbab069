"""The sixty-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 1 April to Good Friday 19 April (the AGM and its minutes, the board's
strategy day and what follows it, the Q1 figures and the VAT return, a key customer threatening
to leave after a slow support quarter, a penetration test's findings, a summer-intern programme,
an office break-in, a partner's conference where the owner speaks, her son's football cup) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a little
under three in ten, a distribution list on about one in nine); written without a filed history,
which another writer wrote after it from the policy alone (the four months before it), and only
ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind61_emails, load_blind61_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind61"
    emails = load_blind61_emails()
    history = load_blind61_history()
    key_prefix = "b61-"
    at_least = 100
    file_attribute = "BLIND61_EMAILS_FILE"
