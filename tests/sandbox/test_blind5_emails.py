"""The fifth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; an ordinary week of the owner's inbox in natural proportions; only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import (
    load_blind2_emails,
    load_blind3_emails,
    load_blind4_emails,
    load_blind5_emails,
    load_blind_emails,
    load_heldout_emails,
)
from sandbox.sample_mailbox import SAMPLE_EMAILS
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestFifthBlindSet(MeasuredOnlySetTests):
    name = "blind5"
    emails = load_blind5_emails()
    key_prefix = "b5-"
    at_least = 72
    file_attribute = "BLIND5_EMAILS_FILE"
    other_sets = {
        "golden": SAMPLE_EMAILS,
        "heldout": load_heldout_emails(),
        "blind": load_blind_emails(),
        "blind2": load_blind2_emails(),
        "blind3": load_blind3_emails(),
        "blind4": load_blind4_emails(),
    }
