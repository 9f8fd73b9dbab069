"""The twenty-second blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the late-autumn stretch (late October to mid-November: the autumn school holiday, All
Saints, next year's budget and plans, the first snow) of the owner's inbox in natural proportions,
with real To and Cc lines (the owner only in Cc on about three in ten, a distribution list on
about one in nine); written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind22_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentySecondBlindSet(MeasuredOnlySetTests):
    name = "blind22"
    emails = load_blind22_emails()
    key_prefix = "b22-"
    at_least = 100
    file_attribute = "BLIND22_EMAILS_FILE"
