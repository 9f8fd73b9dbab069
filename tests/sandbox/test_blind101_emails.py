"""The hundred-and-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 6 to 25 September 2043 (the SOC 2 period-two fieldwork on
site, the 2044 budget's first draft, a large public tender's deadline, the autumn release shipped
with a regression, a key account manager on sick leave, the annual customer conference being
planned, a board strategy day coming, a daughter moving to university, a mushroom-picking
weekend) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in
Cc on a little under three in ten, a distribution list on about one in nine); written without a
filed history, which another writer wrote after it from the policy alone (the four months before
it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind101_emails, load_blind101_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind101"
    emails = load_blind101_emails()
    history = load_blind101_history()
    key_prefix = "b101-"
    at_least = 100
    file_attribute = "BLIND101_EMAILS_FILE"
