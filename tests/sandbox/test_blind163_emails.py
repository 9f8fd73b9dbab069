"""The hundred-and-sixty-third blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 14 April to 3 May 2047 (Easter Monday, Walpurgis Eve and
May Day: the largest client's Luleå cutover done in the Easter stop and its hypercare, with the
delivery notes stopped on the second day; the SOC 2 2047 period's request list and first evidence;
the migration's last customers; the Finnish tender's presentation and the new list prices; the
key bank customer's regulator and its first month-end since the quarter-end failure; the AGM, the
board's new year and the Q1 interim report; an offer accepted, the product manager's first day
and summer holiday planning; the boat and the garden) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a quarter, a distribution list on
about one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and kept unscored until the next change to the
classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind163_emails, load_blind163_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind163"
    emails = load_blind163_emails()
    history = load_blind163_history()
    key_prefix = "b163-"
    at_least = 100
    file_attribute = "BLIND163_EMAILS_FILE"
