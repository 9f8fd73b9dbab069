"""The thirtieth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the first half of May (the spring board meeting, an ISO 27001 pre-assessment beside
SOC 2, the customer user group, the Ascension Day bridge holiday, a data-protection complaint
from an end customer) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a little under three in ten, a distribution list on about one in ten);
written without a filed history, and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind30_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtiethBlindSet(MeasuredOnlySetTests):
    name = "blind30"
    emails = load_blind30_emails()
    key_prefix = "b30-"
    at_least = 100
    file_attribute = "BLIND30_EMAILS_FILE"
