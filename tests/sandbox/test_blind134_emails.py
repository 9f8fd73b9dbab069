"""The hundred-and-thirty-fourth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 13 August to 1 September 2045 (back from the summer: the
largest client's mill restarting after its stop and standing on a certificate the restart test
missed, its third site's start and its fourth site's approval and start day in Norway, a
customer's payroll export sent to another customer, a new customer's Danish go-live with a go or
no-go the day before, the board's autumn meeting and the Q3 forecast, the sales pipeline waking
up, a Customer Success team after a union negotiation, the leaving senior developer's last week
and his successor's offer, new hires starting, schools starting and a daughter moving to Lund) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a
little over a quarter, a distribution list on about one in nine); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind134_emails, load_blind134_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind134"
    emails = load_blind134_emails()
    history = load_blind134_history()
    key_prefix = "b134-"
    at_least = 100
    file_attribute = "BLIND134_EMAILS_FILE"
