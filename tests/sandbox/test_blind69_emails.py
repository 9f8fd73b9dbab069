"""The sixty-ninth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 7 to 25 October, as the autumn's planning starts (the Q3 results to
the board, the 2042 headcount plan, the largest client's renewal negotiation starting early, a
data-subject access request from a former employee, a new office lease option, a penetration
test's findings, a partner's reseller agreement up for renewal, the autumn all-hands, a dentist
appointment, a son's parents' evening) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on a little under three in ten, a distribution list on about
one in ten); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind69_emails, load_blind69_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind69"
    emails = load_blind69_emails()
    history = load_blind69_history()
    key_prefix = "b69-"
    at_least = 100
    file_attribute = "BLIND69_EMAILS_FILE"
