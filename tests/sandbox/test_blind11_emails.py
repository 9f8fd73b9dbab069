"""The eleventh blind set: written fresh, from the labelling policy alone, without seeing the
classifier; a late-spring stretch (May into early June) of the owner's inbox in natural
proportions, the first set with real To and Cc lines (the owner only in Cc on about a quarter of
it, a distribution list on about one in ten); written without a filed history, and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind11_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestEleventhBlindSet(MeasuredOnlySetTests):
    name = "blind11"
    emails = load_blind11_emails()
    key_prefix = "b11-"
    at_least = 100
    file_attribute = "BLIND11_EMAILS_FILE"
