"""The seventy-eighth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 20 April to 8 May 2042 (Walpurgis and May Day, the AGM's tail,
a key customer's merger and its new owner's demands, the Q2 forecast, a developer's long sick
leave ending, a competitor poaching a sales manager, a supplier's security incident, the spring
customer event, a garden party, a son's football tournament) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little under three in ten, a
distribution list on about one in ten); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind78_emails, load_blind78_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind78"
    emails = load_blind78_emails()
    history = load_blind78_history()
    key_prefix = "b78-"
    at_least = 100
    file_attribute = "BLIND78_EMAILS_FILE"
