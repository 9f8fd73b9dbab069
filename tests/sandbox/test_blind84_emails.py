"""The eighty-fourth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 14 September to 3 October 2042 (the Q3 close coming, the budget
2043 process, a large customer's renewal run by its new procurement team, a penetration test
retest, the company's tenth anniversary party, a developer's conflict with her manager, a former
customer's GDPR request, a conference talk the owner gives, the autumn board meeting, a
daughter's riding competition) of the owner's inbox in natural proportions, with real To and Cc
lines (the owner only in Cc on a little over one in four, a distribution list on about one in
ten); written without a filed history, which another writer wrote after it from the policy alone
(the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind84_emails, load_blind84_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind84"
    emails = load_blind84_emails()
    history = load_blind84_history()
    key_prefix = "b84-"
    at_least = 100
    file_attribute = "BLIND84_EMAILS_FILE"
