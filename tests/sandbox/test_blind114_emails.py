"""The hundred-and-fourteenth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 19 June to 8 July 2044 (midsummer and the half-year turn:
the half-year close, the largest client's invoices stuck before its close and its database move
in the summer stop prepared, the key bank customer's accrual run blocked on the half-year's last
day, SOC 2 period 2 closing, a supplier's price increase and its price lock offer, the .NET 8
migration closed, the summer holidays beginning with their cover, a union negotiation about
on-call, a senior developer hired) of the owner's inbox in natural proportions, with real To and
Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind114_emails, load_blind114_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFourteenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind114"
    emails = load_blind114_emails()
    history = load_blind114_history()
    key_prefix = "b114-"
    at_least = 100
    file_attribute = "BLIND114_EMAILS_FILE"
