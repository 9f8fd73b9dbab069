"""The hundred-and-sixth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 3 to 22 January 2044 (back after the holidays, two new
developers starting, the 2043 annual accounts and the statutory auditor's visit, the new price
list in force, the sales team's kick-off, a security incident at a supplier, the .NET 8
migration's last customers, a board meeting on the 2044 plan, a roof leaking at home) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on three in
ten, a distribution list on about one in nine); written without a filed history, which another
writer wrote after it from the policy alone (the four months before it), and only ever measured
on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind106_emails, load_blind106_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind106"
    emails = load_blind106_emails()
    history = load_blind106_history()
    key_prefix = "b106-"
    at_least = 100
    file_attribute = "BLIND106_EMAILS_FILE"
