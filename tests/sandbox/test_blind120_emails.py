"""The hundred-and-twentieth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 23 October to 11 November 2044 (the budget 2045 decided
and year-end planning, the October salaries stopped at the bank's new limit, the hosted month-end
close crawling while the head of support is on leave and the key bank customer's root-cause
report, the largest client's valuation stopped by test tickets and its third site's budget price,
the large prospect's choice and a liability clause due overnight, a developer's outside offer,
the salary revision with the union club, the All Saints' weekend) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a quarter, a distribution list on
about one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and kept unscored until the next change to the
classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind120_emails, load_blind120_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind120"
    emails = load_blind120_emails()
    history = load_blind120_history()
    key_prefix = "b120-"
    at_least = 100
    file_attribute = "BLIND120_EMAILS_FILE"
