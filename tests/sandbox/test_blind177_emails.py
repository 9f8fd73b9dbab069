"""The hundred-and-seventy-seventh blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 2 to 21 February 2048 (the largest client's
January valuation run stopped on its auditors' morning and its Raahe phase 3 under way, the last
.NET Framework 4.8 customer's upgrade stopped on a Saturday and the migration closed, the 2047
annual report and the board's meeting with the dividend question, the SOC 2 2048 period's first
controls, the key bank customer's change plan, a payment file missing before the clearing's
cut-off and its three-year proposal, the salary revision's letters, a hire, the family's sports
holiday week) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on a little under three in ten, a distribution list on about one in nine); written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind177_emails, load_blind177_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind177"
    emails = load_blind177_emails()
    history = load_blind177_history()
    key_prefix = "b177-"
    at_least = 100
    file_attribute = "BLIND177_EMAILS_FILE"
