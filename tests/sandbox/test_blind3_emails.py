"""The third blind set: written fresh, from the labelling policy alone, without seeing the
classifier; measured once unseen, then used to develop the fifth rework.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind3_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirdBlindSet(MeasuredOnlySetTests):
    name = "blind3"
    emails = load_blind3_emails()
    key_prefix = "b3-"
    at_least = 72
    file_attribute = "BLIND3_EMAILS_FILE"
