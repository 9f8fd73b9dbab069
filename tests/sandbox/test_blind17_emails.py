"""The seventeenth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; a late-winter stretch (the sports holiday week at the end of February to the end of
March: the annual report, the AGM notice, the Q1 close) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in ten); written without a filed history, and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind17_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestSeventeenthBlindSet(MeasuredOnlySetTests):
    name = "blind17"
    emails = load_blind17_emails()
    key_prefix = "b17-"
    at_least = 100
    file_attribute = "BLIND17_EMAILS_FILE"
