"""The sixteenth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the year-end stretch (mid-November to the Christmas break) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in eleven); written without a filed history, and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind16_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestSixteenthBlindSet(MeasuredOnlySetTests):
    name = "blind16"
    emails = load_blind16_emails()
    key_prefix = "b16-"
    at_least = 100
    file_attribute = "BLIND16_EMAILS_FILE"
