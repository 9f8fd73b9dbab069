"""The twenty-fourth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from mid-March to the Friday before the Easter week (the Q1 close, spring
hiring, the annual report and the AGM notice, Easter coming) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a distribution
list on about one in ten); written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind24_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentyFourthBlindSet(MeasuredOnlySetTests):
    name = "blind24"
    emails = load_blind24_emails()
    key_prefix = "b24-"
    at_least = 100
    file_attribute = "BLIND24_EMAILS_FILE"
