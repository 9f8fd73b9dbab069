"""The hundred-and-sixty-ninth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 18 August to 6 September 2047 (late summer into autumn:
the largest client's steering committee after the Luleå restart, named consultants for Oulu phase
2, a mock load stopped and a night reload to approve by 14:00, a phase 3 estimate; the SOC 2
fieldwork prepared; the migration's closure; a tender won and a 2048 price cap; the key bank
customer's month-end file missing on its reporting day; the first release after the freeze; the
August payroll, the chair's budget question and the overdraft's renewal to sign the day before
it lapses; a product-owner shortlist and the salary negotiation's minutes; the family's autumn)
of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on
a quarter, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and kept
unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind169_emails, load_blind169_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind169"
    emails = load_blind169_emails()
    history = load_blind169_history()
    key_prefix = "b169-"
    at_least = 100
    file_attribute = "BLIND169_EMAILS_FILE"
