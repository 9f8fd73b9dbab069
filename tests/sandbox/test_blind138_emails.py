"""The hundred-and-thirty-eighth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 5 to 24 November 2045 (late autumn: the board's budget
meeting for 2046 with a hiring gate agreed the evening before, the largest client's plans for next
year and its index cap against the 2046 price notice, its Polish mill's invoices rejected at
month-end, the SOC 2 draft report and management's responses, the year's last customer upgrades
before 4.8's end of support, year-end deals and renewals pushing back on the price increase, a
customer's Black Friday, performance reviews, a pay survey and hiring for 2046, the Christmas
party and gifts planned, the first snow and the family's Advent) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind138_emails, load_blind138_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind138"
    emails = load_blind138_emails()
    history = load_blind138_history()
    key_prefix = "b138-"
    at_least = 100
    file_attribute = "BLIND138_EMAILS_FILE"
