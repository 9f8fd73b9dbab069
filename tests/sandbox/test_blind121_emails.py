"""The hundred-and-twenty-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 13 November to 2 December 2044 (the year's last release
breaking a Finnish customer's e-invoices the day before the month-end close and a hotfix against
a promise to the key bank customer, the board's last meeting of the year with its downside
scenario, the large prospect's contract workshop, reference visit and signing date, the largest
client's third site approved and its project lead named, a senior developer hired within a week,
a small customer leaving over the end of support, Black Friday and the first Sunday of Advent) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a
little over a quarter, a distribution list on about one in nine); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind121_emails, load_blind121_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind121"
    emails = load_blind121_emails()
    history = load_blind121_history()
    key_prefix = "b121-"
    at_least = 100
    file_attribute = "BLIND121_EMAILS_FILE"
