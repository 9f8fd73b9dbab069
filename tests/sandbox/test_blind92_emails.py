"""The ninety-second blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 1 to 20 March 2043 (the Q1 forecast revised, a price increase
announced to customers, a large tender's shortlist, the .NET 8 migration's last customers, a
security audit of the hosting supplier, the annual salary review round, a conflict in the
support team, a daughter's birthday party, a new office lease signed) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little over one in
four, a distribution list on about one in nine); written without a filed history, which another
writer wrote after it (blind92_history.yaml), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind92_emails, load_blind92_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind92"
    emails = load_blind92_emails()
    history = load_blind92_history()
    key_prefix = "b92-"
    at_least = 100
    file_attribute = "BLIND92_EMAILS_FILE"
