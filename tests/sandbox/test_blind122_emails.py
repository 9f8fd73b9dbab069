"""The hundred-and-twenty-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 4 to 23 December 2044 (the largest client's three-year
frame agreement signed and its year-end stocktaking's on-call, the large prospect's agreement
approved by the board and signed after its new CISO's demand for the audit report, the key
customer's renewal bid and the CEO's declaration found the evening before, a food customer's
Christmas orders stuck after a hotfix, the third SOC 2 period's last weeks, the board's December
meeting, the December payroll paid early, Lucia and the Christmas dinner) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on about a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind122_emails, load_blind122_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind122"
    emails = load_blind122_emails()
    history = load_blind122_history()
    key_prefix = "b122-"
    at_least = 100
    file_attribute = "BLIND122_EMAILS_FILE"
