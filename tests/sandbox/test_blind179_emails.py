"""The hundred-and-seventy-ninth blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 15 March to 3 April 2048 (early spring towards
Easter: the largest client's steering committee and its Raahe mock cutover stopped on a Sunday,
the SOC 2 2048 period's policy review and the internal audit's final report, the last 4.8
customer's upgrade and the end of support, the customer day and a quarter-end discount, the key
bank customer's release and an emergency change in its quarter-end freeze, the Q1 close brought
forward by Easter, the board meeting, a payroll file rejected on the eve of payday and the annual
general meeting prepared, summer interns and a backfill, the family's Easter) of the owner's inbox
in natural proportions, with real To and Cc lines (the owner only in Cc on about a quarter, a
distribution list on about one in eight); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind179_emails, load_blind179_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind179"
    emails = load_blind179_emails()
    history = load_blind179_history()
    key_prefix = "b179-"
    at_least = 100
    file_attribute = "BLIND179_EMAILS_FILE"
