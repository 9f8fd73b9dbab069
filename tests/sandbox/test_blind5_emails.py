"""The fifth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; an ordinary week of the owner's inbox in natural proportions; measured unseen after
the fifth rework, then used to develop the sixth.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind5_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestFifthBlindSet(MeasuredOnlySetTests):
    name = "blind5"
    emails = load_blind5_emails()
    key_prefix = "b5-"
    at_least = 72
    file_attribute = "BLIND5_EMAILS_FILE"
