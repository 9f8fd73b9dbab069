"""The fifty-third blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the three weeks after the Q3 close, from 1 to 19 October (the board's Q3 meeting, the
big client's sixth site won and a contract amendment, a data breach scare at a customer over an
exposed export file and a regulator notification weighed, the 2041 plan and each team's headcount
ask, a key account manager resigning to a competitor, the office lease renewal and a move
considered, a partner conference in Copenhagen, the autumn half-term, a sister's wedding) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on about
three in ten, a distribution list on about one in ten); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind53_emails, load_blind53_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind53"
    emails = load_blind53_emails()
    history = load_blind53_history()
    key_prefix = "b53-"
    at_least = 100
    file_attribute = "BLIND53_EMAILS_FILE"
