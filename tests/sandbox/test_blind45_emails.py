"""The forty-fifth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the new year's first three weeks from 9 to 27 January (the year-end close and
the statutory auditors' final visit booked, the annual report's first draft, a pay review round
and its budget, the company's kick-off, the big client's section mill whose go-live slips into
February, a large customer's upgrade to the new platform with a data-conversion problem, a new
head of sales starting, a cyber-insurance renewal, a lawsuit threat from a former reseller, the
board's strategy day being planned, winter flu and a school closure) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on about three in ten, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind45_emails, load_blind45_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind45"
    emails = load_blind45_emails()
    history = load_blind45_history()
    key_prefix = "b45-"
    at_least = 100
    file_attribute = "BLIND45_EMAILS_FILE"
