"""The hundred-and-forty-fourth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 11 to 30 March 2046 (early spring around Easter: the AGM
and the annual report filed, the Q1 close, release 2046.4.0 in two waves and the key bank
customer's quarter-end accrual export it broke, the largest client's Gdańsk go-live plans and its
Norwegian site's payroll file rejected on payday, the salaries attested before Good Friday, the
second SOC 2 period and the pen test's report, the summer vacation planning, Easter with the
family) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in
Cc on about a quarter, a distribution list on about one in eight); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind144_emails, load_blind144_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind144"
    emails = load_blind144_emails()
    history = load_blind144_history()
    key_prefix = "b144-"
    at_least = 100
    file_attribute = "BLIND144_EMAILS_FILE"
