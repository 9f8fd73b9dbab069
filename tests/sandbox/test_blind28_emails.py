"""The twenty-eighth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the sports holiday week at the end of February to mid-March (a key customer
threatening to leave, a savings round, a security incident at a supplier) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little under three in
ten, a distribution list on about one in ten); written without a filed history, and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind28_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentyEighthBlindSet(MeasuredOnlySetTests):
    name = "blind28"
    emails = load_blind28_emails()
    key_prefix = "b28-"
    at_least = 100
    file_attribute = "BLIND28_EMAILS_FILE"
