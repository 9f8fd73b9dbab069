"""The hundred-and-sixtieth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 10 February to 1 March 2047 (late winter, Valentine's Day,
Shrove Tuesday and the sports break: the largest client's Luleå trial cutover with the CIO asking
the owner's recommendation by 15:00, the SOC 2 third period's report issued and the 2047 pen test,
the migration's last customers, a Finnish RFP and a Swiss customer won, the key bank customer's
regulator review and its month-end stopped, the annual report and the auditors' sign-off, the
board's February meeting and the AGM notice, the February payroll before the bank's cut-off, the
salary review done, spring recruiting, a ski week with the family) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind160_emails, load_blind160_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind160"
    emails = load_blind160_emails()
    history = load_blind160_history()
    key_prefix = "b160-"
    at_least = 100
    file_attribute = "BLIND160_EMAILS_FILE"
