"""The twentieth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the back-from-the-holidays stretch (early September into October: school start, the
new sales year's kick-off, the Q3 close and Q4 plans, an autumn customer conference) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on about
three in ten, a distribution list on about one in ten); written without a filed history, and only
ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind20_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentiethBlindSet(MeasuredOnlySetTests):
    name = "blind20"
    emails = load_blind20_emails()
    key_prefix = "b20-"
    at_least = 100
    file_attribute = "BLIND20_EMAILS_FILE"
