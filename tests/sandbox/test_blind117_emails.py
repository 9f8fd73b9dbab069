"""The hundred-and-seventeenth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 21 August to 9 September 2044 (late summer: the large
prospect's presentation in Malmö and its final round, a payroll fault in a release hitting a
customer's salaries on the morning of the key bank customer's SLA review, the signed SOC 2 report
and a storage token left in a public repository, the largest client's weighbridge order and its
news of a third site, the board meeting and the budget 2045 kick-off, a request to work abroad for
three months, a daughter moving away to study) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy alone
(the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind117_emails, load_blind117_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventeenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind117"
    emails = load_blind117_emails()
    history = load_blind117_history()
    key_prefix = "b117-"
    at_least = 100
    file_attribute = "BLIND117_EMAILS_FILE"
