"""The thirteenth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; a midwinter stretch (mid-January into February) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little under three in ten, a
distribution list on about one in eleven); written without a filed history, and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind13_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirteenthBlindSet(MeasuredOnlySetTests):
    name = "blind13"
    emails = load_blind13_emails()
    key_prefix = "b13-"
    at_least = 100
    file_attribute = "BLIND13_EMAILS_FILE"
