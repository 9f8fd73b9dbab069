"""The eightieth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 1 June to Midsummer Eve, 20 June 2042 (National Day, the half-year
close coming, an ISO 27001 surveillance audit, a big customer's renewal negotiation, a rejected
candidate's subject access request, a partner conference abroad, the employee survey's results,
the board's strategy day, a senior developer resigning, a broken office ventilation, a
daughter's graduation) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a little under three in ten, a distribution list on about one in ten);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind80_emails, load_blind80_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind80"
    emails = load_blind80_emails()
    history = load_blind80_history()
    key_prefix = "b80-"
    at_least = 100
    file_attribute = "BLIND80_EMAILS_FILE"
