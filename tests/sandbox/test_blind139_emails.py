"""The hundred-and-thirty-ninth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 26 November to 15 December 2045 (the first SOC 2 Type II
report issued with the representation letter signed at the last hour, the largest client's
planning workshop and a pre-study order before its year-end freeze, the year's last release and
the stock valuation it broke on a customer's stocktake morning, the last 4.8 installations, the
replies to the 2046 price notice and year-end deals, the key bank customer's DORA addendum, the
credit line and a buyer's first meeting, the 2046 salary revision, Lucia and the Christmas party)
of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on
about a quarter, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and kept unscored
in `unseen` until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind139_emails, load_blind139_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind139"
    emails = load_blind139_emails()
    history = load_blind139_history()
    key_prefix = "b139-"
    at_least = 100
    file_attribute = "BLIND139_EMAILS_FILE"
