"""The seventy-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 18 November to 6 December, as the year runs towards its close (the
largest client's ninth-site go-live slipping, the 2042 price increase letters to customers, an ISO
27001 certification audit booked, a developer's resignation and counter-offer, a bank's new KYC
questionnaire, the year-end close planned, Black Week offers and spam, the company's Lucia morning
and Christmas party, a daughter's Lucia concert and the first Advent) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in ten); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind71_emails, load_blind71_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind71"
    emails = load_blind71_emails()
    history = load_blind71_history()
    key_prefix = "b71-"
    at_least = 100
    file_attribute = "BLIND71_EMAILS_FILE"
