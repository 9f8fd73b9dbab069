"""The second blind set: written fresh, from the labelling policy alone, once the golden,
held-out and blind sets were all used in tuning; measured once unseen, then used to develop the
fourth rework.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind2_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestSecondBlindSet(MeasuredOnlySetTests):
    name = "blind2"
    emails = load_blind2_emails()
    key_prefix = "b2-"
    at_least = 60
    file_attribute = "BLIND2_EMAILS_FILE"
