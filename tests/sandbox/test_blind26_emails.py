"""The twenty-sixth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the first three weeks of December (a client escalation, year-end contract renewals,
an office move, a flu wave) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on about three in ten, a distribution list on about one in ten);
written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind26_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestTwentySixthBlindSet(MeasuredOnlySetTests):
    name = "blind26"
    emails = load_blind26_emails()
    key_prefix = "b26-"
    at_least = 100
    file_attribute = "BLIND26_EMAILS_FILE"
