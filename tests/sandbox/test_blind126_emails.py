"""The hundred-and-twenty-sixth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 26 February to 17 March 2045 (the winter sports week with
the owner at the family's cabin, e-invoices stuck at the access point and late fees promised within
the hour, the largest client's purchasing disputing the price index in its frame agreement, the SOC
2 draft at a new customer's annex review and the report signed, the annual report signed at the
board and the AGM's notice, the statutory auditor's management letter and a fake bank-detail
change stopped by the bank's fraud desk, a foundry's tender, spring hiring and the pay survey on
International Women's Day) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a little over a quarter, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind126_emails, load_blind126_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind126"
    emails = load_blind126_emails()
    history = load_blind126_history()
    key_prefix = "b126-"
    at_least = 100
    file_attribute = "BLIND126_EMAILS_FILE"
