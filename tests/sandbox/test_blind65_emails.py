"""The sixty-fifth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 24 June to 12 July, after Midsummer into the summer holidays (half
the staff away, the half-year close and the bank's covenant, a hosted customer's outage with a
skeleton crew, a client's escalation while its project lead is on leave, a summer intern's demo,
a heatwave and the office's air conditioning, an acquisition approach from a larger vendor, the
family's sailing week) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a little under three in ten, a distribution list on about one in
eight); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind65_emails, load_blind65_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind65"
    emails = load_blind65_emails()
    history = load_blind65_history()
    key_prefix = "b65-"
    at_least = 100
    file_attribute = "BLIND65_EMAILS_FILE"
