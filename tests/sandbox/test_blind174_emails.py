"""The hundred-and-seventy-fourth blind set: written fresh, from the labelling policy alone,
without seeing the classifier; the stretch from 1 to 20 December 2047 (the run-up to Christmas:
the largest client's year-end freeze and its Oulu stock count, the SOC 2 2047 period's end and
its bridge letter, the 2048 price letters and renewals, the key bank customer's year-end batch
nights, the December payroll and bonuses, the year-end close planned, the Christmas party on
Lucia and the office between the holidays, the family's Christmas) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind174_emails, load_blind174_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind174"
    emails = load_blind174_emails()
    history = load_blind174_history()
    key_prefix = "b174-"
    at_least = 100
    file_attribute = "BLIND174_EMAILS_FILE"
