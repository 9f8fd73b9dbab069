"""The seventy-third blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 5 to 23 January, back after the holidays (the year-end close and
the statutory auditors' final fieldwork, the kick-off, the salary review starting, the largest
client's ninth site in hypercare, a bank customer disputing a price rise on its renewal, a new
board member's onboarding, a data-centre migration weekend, winter storms and a cold office,
ski-holiday planning) of the owner's inbox in natural proportions, with real To and Cc lines (the
owner only in Cc on about three in ten, a distribution list on about one in ten); written without
a filed history, which another writer wrote after it from the policy alone (the four months
before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind73_emails, load_blind73_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind73"
    emails = load_blind73_emails()
    history = load_blind73_history()
    key_prefix = "b73-"
    at_least = 100
    file_attribute = "BLIND73_EMAILS_FILE"
