"""The twenty-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the first half of June (the National Day long weekend, graduations, the end of the
school year and everything that must be done before the summer) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in ten); written without a filed history, and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind21_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentyFirstBlindSet(MeasuredOnlySetTests):
    name = "blind21"
    emails = load_blind21_emails()
    key_prefix = "b21-"
    at_least = 100
    file_attribute = "BLIND21_EMAILS_FILE"
