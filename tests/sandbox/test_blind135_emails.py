"""The hundred-and-thirty-fifth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 3 to 22 September 2045 (early autumn at full speed: the
largest client's steering committee after the summer with a 2046 price slide corrected the evening
before and a three-year frame asked for, its fourth site's Norwegian payroll reporting built or
bought, the key bank customer's supplier review and its salary files stopped by a release, the
partner day and the LP day, the budget frame, the auditor's walkthrough of an emergency change,
the Q3 close with discounts beyond the mandate and a tender won, a payroll file rejected by the
bank on the last morning, new hires in their first weeks, a buyer asking to meet, a daughter in
Lund and the boat hauled out) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on about a quarter, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind135_emails, load_blind135_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind135"
    emails = load_blind135_emails()
    history = load_blind135_history()
    key_prefix = "b135-"
    at_least = 100
    file_attribute = "BLIND135_EMAILS_FILE"
