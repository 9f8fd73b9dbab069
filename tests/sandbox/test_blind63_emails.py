"""The sixty-third blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 13 May to 31 May, up to Ascension and its bridge day (the Q2
forecast, the largest client's tender for its eighth site, a hosted customer's ransomware scare,
a key developer's parental leave and who covers, a new partner programme, an ISO 27001 gap
analysis, the board's May meeting, a salary-review appeal, the office's spring clean and a garden
party, a child's graduation from preschool) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on a little under three in ten, a distribution list on
about one in nine); written without a filed history, which another writer wrote after it from
the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind63_emails, load_blind63_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind63"
    emails = load_blind63_emails()
    history = load_blind63_history()
    key_prefix = "b63-"
    at_least = 100
    file_attribute = "BLIND63_EMAILS_FILE"
