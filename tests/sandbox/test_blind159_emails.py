"""The hundred-and-fifty-ninth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 20 January to 8 February 2047 (deep winter: the largest
client's committee saying yes to Luleå phase 1 with two conditions, the order signed and the
kick-off, the Gdańsk January valuation aborted; the SOC 2 report in drafting; the migration's last
customers; the new sales year's mandates and first deals; the key bank customer's root cause and
its month-end accrual stopped; release 2047.1.0; the January payroll with the new salaries, the
annual report's first draft and the auditors' final fieldwork; the salary review's negotiation and
an offer letter; the cold and the flu) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind159_emails, load_blind159_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind159"
    emails = load_blind159_emails()
    history = load_blind159_history()
    key_prefix = "b159-"
    at_least = 100
    file_attribute = "BLIND159_EMAILS_FILE"
