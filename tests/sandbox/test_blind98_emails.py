"""The ninety-eighth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 5 to 24 July 2043 in the Swedish summer, the owner on holiday
from 13 July (a skeleton crew handling a customer's outage, an acquisition approach from a
competitor, the half-year numbers in draft, a summer intern's project, a hosting price increase
from a supplier, a key developer's parental leave, a sailing trip, the summer house's broken
water pump) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on about three in ten, a distribution list on about one in ten); written without a
filed history, which another writer wrote after it from the policy alone (the four months
before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind98_emails, load_blind98_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind98"
    emails = load_blind98_emails()
    history = load_blind98_history()
    key_prefix = "b98-"
    at_least = 100
    file_attribute = "BLIND98_EMAILS_FILE"
