"""The hundred-and-sixty-sixth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 16 June to 5 July 2047 (Midsummer and the start of the
summer holidays under the summer freeze: the largest client's Luleå upgrade in the mill's summer
stop and its freeze exception, the group's half-year close with intercompany sales counted
twice, the SOC 2 period's mid-year and a bridge letter, the end of .NET Framework 4.8 support,
the half-year's sales and a reseller's margin, the key bank customer's half-year end and an angry
customer's credit, the June payroll before Midsummer and the chair's memo on the second half, an
offer, a resignation and the salary review's budget, the family's summer house) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and kept unscored until the next
change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind166_emails, load_blind166_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind166"
    emails = load_blind166_emails()
    history = load_blind166_history()
    key_prefix = "b166-"
    at_least = 100
    file_attribute = "BLIND166_EMAILS_FILE"
