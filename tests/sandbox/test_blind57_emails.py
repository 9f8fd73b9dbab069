"""The fifty-seventh blind set: written fresh, from the labelling policy alone, without seeing
the classifier; back after the holidays, from 7 January to 25 January (the year-end close and the
statutory auditors' final visit booked, the annual report's first outline, the big client's sixth
site through its first month-end, a January price increase biting, a new head of support
starting, a prospect's ERP tender shortlist, a security researcher's vulnerability report, a
winter storm and a power cut at the office, a child's skiing holiday planned) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a little under
three in ten, a distribution list on about one in ten); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind57_emails, load_blind57_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind57"
    emails = load_blind57_emails()
    history = load_blind57_history()
    key_prefix = "b57-"
    at_least = 100
    file_attribute = "BLIND57_EMAILS_FILE"
