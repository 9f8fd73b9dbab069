"""The hundredth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 16 August to 4 September 2043 (the all-staff autumn kick-off, the
2044 budget process starting, the largest client's new mill going live, a security incident at
the e-invoice mail supplier, the price increase letters going out, a new head of sales' first
weeks, the SOC 2 period-two fieldwork booked, a son starting at a new school, a marathon
training plan) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on about three in ten, a distribution list on about one in ten); written without a
filed history, which another writer wrote after it from the policy alone (the four months before
it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind100_emails, load_blind100_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind100"
    emails = load_blind100_emails()
    history = load_blind100_history()
    key_prefix = "b100-"
    at_least = 100
    file_attribute = "BLIND100_EMAILS_FILE"
