"""The fourth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; measured unseen after the fifth rework, then used to develop the sixth.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind4_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestFourthBlindSet(MeasuredOnlySetTests):
    name = "blind4"
    emails = load_blind4_emails()
    key_prefix = "b4-"
    at_least = 72
    file_attribute = "BLIND4_EMAILS_FILE"
