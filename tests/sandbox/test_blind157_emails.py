"""The hundred-and-fifty-seventh blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 9 to 28 December 2046 (the run-up to Christmas and the
quiet days after: the largest client's installation before its year-end freeze, an emergency
change in the freeze and the stock count's preparations, the SOC 2 third period's last weeks, the
2047 price letters landing, the key bank customer's first year-end batch night late and a hotfix
decided by 13:00, the engineering holiday freeze, the year-end close and the December payroll, an
offer letter and a resignation, the Christmas party and the family's Christmas) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a little over a
quarter, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind157_emails, load_blind157_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFiftySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind157"
    emails = load_blind157_emails()
    history = load_blind157_history()
    key_prefix = "b157-"
    at_least = 100
    file_attribute = "BLIND157_EMAILS_FILE"
