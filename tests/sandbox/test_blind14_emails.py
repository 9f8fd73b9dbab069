"""The fourteenth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; a high-summer stretch (the week before Midsummer into early July, as the holidays
start) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in
Cc on about three in ten, a distribution list on about one in ten); written without a filed
history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind14_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestFourteenthBlindSet(MeasuredOnlySetTests):
    name = "blind14"
    emails = load_blind14_emails()
    key_prefix = "b14-"
    at_least = 100
    file_attribute = "BLIND14_EMAILS_FILE"
