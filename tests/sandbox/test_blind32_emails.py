"""The thirty-second blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from late September into mid-October (the annual strategy offsite,
the price model moving from licences to subscriptions, a works-council consultation, a major
customer's RFP answer due, the autumn school holiday approaching) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in ten); written without a filed history, and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind32_emails
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests


class TestThirtySecondBlindSet(MeasuredOnlySetTests):
    name = "blind32"
    emails = load_blind32_emails()
    key_prefix = "b32-"
    at_least = 100
    file_attribute = "BLIND32_EMAILS_FILE"
