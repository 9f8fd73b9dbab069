"""The thirty-third blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the first three weeks of January (the subscription price model's first invoices, the
year-end close, the salary review, hypercare after the big client's go-live, the SOC 2 report's
draft with two exceptions, the first .NET 8 pilot customer live, a sales kick-off, Epiphany and
heavy snow) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on about three in ten, a distribution list on about one in ten); written without a
filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind33_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtyThirdBlindSet(MeasuredOnlySetTests):
    name = "blind33"
    emails = load_blind33_emails()
    key_prefix = "b33-"
    at_least = 100
    file_attribute = "BLIND33_EMAILS_FILE"
