"""The seventh blind set: written fresh, from the labelling policy alone, without seeing the
classifier; an ordinary autumn stretch of the owner's inbox in natural proportions; only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind7_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestSeventhBlindSet(MeasuredOnlySetTests):
    name = "blind7"
    emails = load_blind7_emails()
    key_prefix = "b7-"
    at_least = 80
    file_attribute = "BLIND7_EMAILS_FILE"
