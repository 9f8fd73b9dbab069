"""The hundred-and-fourth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 8 to 27 November 2043 (the 2044 budget signed off, a
year-end pricing promotion, an outage during a customer's peak week and the service credits it
costs, year-end performance reviews, the Christmas party and gifts for clients, a partner wanting
a joint webinar, the tax adviser's deadline for the annual accounts, a boiler failing at home) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a
little under three in ten, a distribution list on about one in ten); written without a filed
history, which another writer wrote after it; only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind104_emails, load_blind104_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind104"
    emails = load_blind104_emails()
    history = load_blind104_history()
    key_prefix = "b104-"
    at_least = 100
    file_attribute = "BLIND104_EMAILS_FILE"
