"""The twenty-seventh blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the second week of August into early September (a new CFO's first weeks, the
exit from the company's own data centre, the autumn price list, a customer advisory board) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on
about three in ten, a distribution list on about one in ten); written without a filed history,
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind27_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentySeventhBlindSet(MeasuredOnlySetTests):
    name = "blind27"
    emails = load_blind27_emails()
    key_prefix = "b27-"
    at_least = 100
    file_attribute = "BLIND27_EMAILS_FILE"
