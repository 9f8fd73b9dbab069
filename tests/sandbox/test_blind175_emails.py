"""The hundred-and-seventy-fifth blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 22 December 2047 to 10 January 2048 (the holidays
and the slow return: the largest client's year-end stock count under its change freeze, the key
bank customer's year-end batch night, the SOC 2 period's end and its bridge letter signed, the
2048 price increases taking effect, the year-end close begun and the 2047 accounts, the end of 4.8
extended support, January's kick-off and new goals, the family's Christmas and New Year) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a little
under three in ten, a distribution list on about one in nine); written without a filed history,
which another writer wrote after it from the policy alone (the four months before it), and only
ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind175_emails, load_blind175_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind175"
    emails = load_blind175_emails()
    history = load_blind175_history()
    key_prefix = "b175-"
    at_least = 100
    file_attribute = "BLIND175_EMAILS_FILE"
