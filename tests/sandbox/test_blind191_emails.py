"""The hundred-and-ninety-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 22 November to 11 December 2048 (Advent: the largest
client's steering committee settling a change request and a go-live date, its support agreement
signed, the audit's fieldwork, a customer's first e-invoices failing one morning, the budget to
the December board) of the owner's inbox in natural proportions, with real To and Cc lines;
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind191_emails, load_blind191_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredNinetyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind191"
    emails = load_blind191_emails()
    history = load_blind191_history()
    key_prefix = "b191-"
    at_least = 100
    file_attribute = "BLIND191_EMAILS_FILE"
