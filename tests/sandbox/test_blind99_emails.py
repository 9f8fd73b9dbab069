"""The ninety-ninth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 26 July to 14 August 2043 as the Swedish summer holiday ends and
the owner comes back on 3 August (the holiday backlog, the half-year report to the board, the
acquisition approach answered, a customer's invoice dispute over the summer consultants, the
autumn release planned, a new support hire starting, a SOC 2 observation to remediate, a family
crayfish party, a daughter's driving test) of the owner's inbox in natural proportions, with real
To and Cc lines (the owner only in Cc on a little under three in ten, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind99_emails, load_blind99_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind99"
    emails = load_blind99_emails()
    history = load_blind99_history()
    key_prefix = "b99-"
    at_least = 100
    file_attribute = "BLIND99_EMAILS_FILE"
