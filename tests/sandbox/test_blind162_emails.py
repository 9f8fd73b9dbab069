"""The hundred-and-sixty-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 24 March to 12 April 2047 (the largest client's Luleå
cutover in the Easter stop with its phase gate and a go/no-go the day after a failed weighbridge
test, the SOC 2 2047 period's interim window, the migration's close-out, the first quarter's close
and a Finnish tender's shortlist, the key bank customer's quarter-end reconciliation broken by the
hour the clocks skipped, an angry customer's fourth EDI stop, the AGM and the interim report
prepared, new starters, the family's Easter) of the owner's inbox in natural proportions, with real
To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in
nine); written without a filed history, which another writer wrote after it from the policy alone
(the four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind162_emails, load_blind162_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind162"
    emails = load_blind162_emails()
    history = load_blind162_history()
    key_prefix = "b162-"
    at_least = 100
    file_attribute = "BLIND162_EMAILS_FILE"
