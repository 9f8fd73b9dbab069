"""The nineteenth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the April stretch after Easter (the spring release, the Q1 report to the board, the
annual staff survey, the customer user conference) of the owner's inbox in natural proportions,
with real To and Cc lines (the owner only in Cc on three in ten, a distribution list on about one
in nine); written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind19_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestNineteenthBlindSet(MeasuredOnlySetTests):
    name = "blind19"
    emails = load_blind19_emails()
    key_prefix = "b19-"
    at_least = 100
    file_attribute = "BLIND19_EMAILS_FILE"
