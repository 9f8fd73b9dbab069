"""The hundred-and-eighty-ninth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 11 to 30 October 2048 (mid-autumn and the school break:
the largest client's count and its group's price accepted, a pen test's critical finding
reported early, the key bank customer's release night, the union club's objection to two
contractors, the October payroll's late approval and the board pack) of the owner's inbox in
natural proportions, with real To and Cc lines; written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind189_emails, load_blind189_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind189"
    emails = load_blind189_emails()
    history = load_blind189_history()
    key_prefix = "b189-"
    at_least = 100
    file_attribute = "BLIND189_EMAILS_FILE"
