"""The fifty-ninth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; from 18 February to 8 March, through the sports holiday week (the annual report signed
and the AGM notice sent, the big client's seventh site asked about, a customer's data protection
officer auditing Proseware, a new competitor's price war, two engineers leaving for a start-up, the
office moving floors, the SOC 2 observation period starting again, a daughter's school trip) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a
little under three in ten, a distribution list on about one in eight); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind59_emails, load_blind59_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind59"
    emails = load_blind59_emails()
    history = load_blind59_history()
    key_prefix = "b59-"
    at_least = 100
    file_attribute = "BLIND59_EMAILS_FILE"
