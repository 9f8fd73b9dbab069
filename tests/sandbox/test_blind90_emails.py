"""The ninetieth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 18 January to 6 February 2043 (the 2042 annual report drafted, the
statutory auditors' year-end fieldwork, a large public tender's questions round, a senior
developer resigning, a reseller partner's agreement renewed, the owner's conference talk
accepted, the cloud bill's jump, a son's school choice for next year) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little over one in
four, a distribution list on about one in nine); written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind90_emails, load_blind90_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind90"
    emails = load_blind90_emails()
    history = load_blind90_history()
    key_prefix = "b90-"
    at_least = 100
    file_attribute = "BLIND90_EMAILS_FILE"
