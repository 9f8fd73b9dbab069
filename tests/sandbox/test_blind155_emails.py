"""The hundred-and-fifty-fifth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 28 October to 16 November 2046 (late autumn: the autumn
break, All Saints' Day and Father's Day, the largest client's Luleå phase 0 on site and its next
phase asked for, the 2047 frame agreement's redlines, the SOC 2 third period's draft findings, the
migration's close, the key bank customer's year-end preparations and a wrong rounding on its
interest letters, the 2047 budget's second round with the board, the autumn's hires starting) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a
little over a quarter, a distribution list on about one in nine); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind155_emails, load_blind155_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind155"
    emails = load_blind155_emails()
    history = load_blind155_history()
    key_prefix = "b155-"
    at_least = 100
    file_attribute = "BLIND155_EMAILS_FILE"
