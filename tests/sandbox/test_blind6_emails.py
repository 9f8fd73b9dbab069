"""The sixth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; another ordinary stretch of the owner's inbox (a late-spring fortnight) in natural
proportions; measured unseen after the sixth rework, then used to correct two over-trusting rules.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind6_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestSixthBlindSet(MeasuredOnlySetTests):
    name = "blind6"
    emails = load_blind6_emails()
    key_prefix = "b6-"
    at_least = 80
    file_attribute = "BLIND6_EMAILS_FILE"
