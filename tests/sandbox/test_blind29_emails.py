"""The twenty-ninth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the second half of November seen from a growth angle (a new reseller channel in
Germany, an acquisition target doing due diligence on Proseware, the hiring freeze lifted, a
winter storm that closes the office for a day) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on a little under three in ten, a distribution list
on about one in ten); written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind29_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentyNinthBlindSet(MeasuredOnlySetTests):
    name = "blind29"
    emails = load_blind29_emails()
    key_prefix = "b29-"
    at_least = 100
    file_attribute = "BLIND29_EMAILS_FILE"
