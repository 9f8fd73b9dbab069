"""The eighty-seventh blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 16 November to 5 December 2042 (the 2043 plan presented to the
board, a customer's renewal at risk, the first SOC 2 Type II report arriving, a security
incident at the backup supplier, two developers' salary reviews, the office move's lease signed,
year-end tax planning with the accountant, a charity's request for sponsorship, a daughter's
school concert, a car's winter tyres) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on a little under three in ten, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind87_emails, load_blind87_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind87"
    emails = load_blind87_emails()
    history = load_blind87_history()
    key_prefix = "b87-"
    at_least = 100
    file_attribute = "BLIND87_EMAILS_FILE"
