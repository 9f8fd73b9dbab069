"""The seventy-ninth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 11 to 30 May 2042 (Ascension Day and its bridge day, a price
increase to customers from 1 July, a penetration test's findings, a customer threatening to
leave, a product manager's parental leave starting, a CFO search, a trade fair stand, a new
hosting region, the summer holiday rota, a son's graduation, a charity run) of the owner's inbox
in natural proportions, with real To and Cc lines (the owner only in Cc on a little under three
in ten, a distribution list on about one in ten); written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind79_emails, load_blind79_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind79"
    emails = load_blind79_emails()
    history = load_blind79_history()
    key_prefix = "b79-"
    at_least = 100
    file_attribute = "BLIND79_EMAILS_FILE"
