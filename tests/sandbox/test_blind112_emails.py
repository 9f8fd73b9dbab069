"""The hundred-and-twelfth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 8 to 27 May 2044 (the spring release shipped and a label
fault at the largest client's mill after it, a large renewal at risk, summer holiday planning and
the rota, a GDPR processor audit by the key bank customer, a senior developer's resignation, the
summer interns' start prepared, a supplier's price increase, the board meeting on the half-year
forecast, a daughter's graduation) of the owner's inbox in natural proportions, with real To and
Cc lines (the owner only in Cc on a little under three in ten, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind112_emails, load_blind112_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwelfthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind112"
    emails = load_blind112_emails()
    history = load_blind112_history()
    key_prefix = "b112-"
    at_least = 100
    file_attribute = "BLIND112_EMAILS_FILE"
