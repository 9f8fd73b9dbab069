"""The hundred-and-eleventh blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 17 April to 6 May 2044 (after Easter: the annual general
meeting held, the SOC 2 period-two fieldwork, a customer's CFO disputing an invoice, a new product
manager starting, the spring release's beta, the office move's plans, a partner's reseller
agreement renewed, the children's spring concert) of the owner's inbox in natural proportions,
with real To and Cc lines (the owner only in Cc on about three in ten, a distribution list on
about one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind111_emails, load_blind111_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEleventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind111"
    emails = load_blind111_emails()
    history = load_blind111_history()
    key_prefix = "b111-"
    at_least = 100
    file_attribute = "BLIND111_EMAILS_FILE"
