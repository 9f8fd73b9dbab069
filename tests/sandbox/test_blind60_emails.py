"""The sixtieth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; early spring, from 11 March to 29 March (the Q1 close coming and Easter ahead, a big
customer's merger and its new owner's IT policy, a failed database upgrade at a hosted customer,
the spring hiring round and a graduate fair, a reseller partner's agreement renegotiated, a tax
audit notice, the board's strategy day, a marathon training plan) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little under three in ten, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind60_emails, load_blind60_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind60"
    emails = load_blind60_emails()
    history = load_blind60_history()
    key_prefix = "b60-"
    at_least = 100
    file_attribute = "BLIND60_EMAILS_FILE"
