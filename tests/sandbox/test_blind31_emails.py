"""The thirty-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from the last week of June into mid-July (the half-year close, the summer
release freeze, a power failure at the hosting partner, staff handing over before their
holidays, a customer's bankruptcy) of the owner's inbox in natural proportions, with real To and
Cc lines (the owner only in Cc on a little under three in ten, a distribution list on about one
in ten); written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind31_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtyFirstBlindSet(MeasuredOnlySetTests):
    name = "blind31"
    emails = load_blind31_emails()
    key_prefix = "b31-"
    at_least = 100
    file_attribute = "BLIND31_EMAILS_FILE"
