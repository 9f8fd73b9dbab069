"""The twenty-third blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the second half of January (back after the holidays: the new year's plans, the
year-end audit fieldwork starting, winter flu, the first board meeting of the year) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a little under
three in ten, a distribution list on about one in ten); written without a filed history, and only
ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind23_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentyThirdBlindSet(MeasuredOnlySetTests):
    name = "blind23"
    emails = load_blind23_emails()
    key_prefix = "b23-"
    at_least = 100
    file_attribute = "BLIND23_EMAILS_FILE"
