"""The hundred-and-eighty-first blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 26 April to 15 May 2048 (Walpurgis, May Day and
Ascension: the largest client's run-up to the Raahe go-live, the SOC 2 interim observations, the
penetration test, a German tender signed with half an hour to spare) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on about a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind181_emails, load_blind181_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind181"
    emails = load_blind181_emails()
    history = load_blind181_history()
    key_prefix = "b181-"
    at_least = 100
    file_attribute = "BLIND181_EMAILS_FILE"
