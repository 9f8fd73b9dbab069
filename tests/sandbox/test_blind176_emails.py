"""The hundred-and-seventy-sixth blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 12 to 31 January 2048 (deep winter and full speed
again: the 2047 year-end close and the annual report's drafting, the auditors' year-end visit,
the SOC 2 2047 report's issue, the 2048 plan rolled out and the sales kick-off, the largest
client's first releases after its year-end freeze, the key bank customer's annual review, the
annual salary revision in the January payroll, new hires starting, the family's winter with the
sports holiday planned) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on about a quarter, a distribution list on about one in nine); written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind176_emails, load_blind176_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind176"
    emails = load_blind176_emails()
    history = load_blind176_history()
    key_prefix = "b176-"
    at_least = 100
    file_attribute = "BLIND176_EMAILS_FILE"
