"""The hundred-and-twenty-fourth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 15 January to 3 February 2045 (the largest client's
weighbridge go-live and a scale's double tickets on its first day, the SOC 2 fieldwork, the key
customer's renewal tender won, the January month-end close jobs queuing overnight, a salary file
rejected the day before pay day, the statutory year-end audit, the sales kick-off and the first
deals of the year, a key engineer's competing offer before the salary talks, the winter sports
week's plans, snow and the flu) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on about a quarter, a distribution list on about one in nine); written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind124_emails, load_blind124_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind124"
    emails = load_blind124_emails()
    history = load_blind124_history()
    key_prefix = "b124-"
    at_least = 100
    file_attribute = "BLIND124_EMAILS_FILE"
