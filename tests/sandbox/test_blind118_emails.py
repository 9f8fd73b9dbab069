"""The hundred-and-eighteenth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 11 to 30 September 2044 (the quarter's close and a large
order countersigned on its last morning, the 2045 budget with more heads asked for than planned,
the largest client's weighbridge order and a morning without goods receipts at its gate, the
third SOC 2 period's pen test and a critical finding fixed overnight, a release and its hotfix, a
union negotiation before the weekend on-call, a customer threatening to leave, a conference
season) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in
Cc on a quarter, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and kept unscored
until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind118_emails, load_blind118_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEighteenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind118"
    emails = load_blind118_emails()
    history = load_blind118_history()
    key_prefix = "b118-"
    at_least = 100
    file_attribute = "BLIND118_EMAILS_FILE"
