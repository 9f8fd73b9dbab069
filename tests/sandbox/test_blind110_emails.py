"""The hundred-and-tenth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 27 March to 15 April 2044 (the Q1 numbers and the board
report, Easter week with half the office away, a large prospect's proof of concept, an
accessibility complaint from a key customer's employee, the summer intern programme, a security
patch rolled out to all customers, the .NET 8 migration's retrospective, a friend's 50th
birthday) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only
in Cc on about three in ten, a distribution list on about one in nine); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind110_emails, load_blind110_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind110"
    emails = load_blind110_emails()
    history = load_blind110_history()
    key_prefix = "b110-"
    at_least = 100
    file_attribute = "BLIND110_EMAILS_FILE"
