"""The eighteenth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the summer-holiday stretch (mid-July to mid-August: skeleton staff, holiday cover,
out-of-office replies, the return in August) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on about three in ten, a distribution list on about one
in ten); written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind18_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestEighteenthBlindSet(MeasuredOnlySetTests):
    name = "blind18"
    emails = load_blind18_emails()
    key_prefix = "b18-"
    at_least = 100
    file_attribute = "BLIND18_EMAILS_FILE"
