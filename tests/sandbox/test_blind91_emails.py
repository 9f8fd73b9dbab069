"""The ninety-first blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 8 to 27 February 2043 (the 2042 accounts closed and the auditors'
report, the annual general meeting planned, the winter sports holiday week, Tradecore's phase 3
scoped, a customer's data breach scare, a new sales hire's first weeks, the SOC 2 bridge letter
season, an employee's parental leave, a burst pipe at the office) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little over one in
four, a distribution list on about one in nine); written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind91_emails, load_blind91_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetyFirstBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind91"
    emails = load_blind91_emails()
    history = load_blind91_history()
    key_prefix = "b91-"
    at_least = 100
    file_attribute = "BLIND91_EMAILS_FILE"
