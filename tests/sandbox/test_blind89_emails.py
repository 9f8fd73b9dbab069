"""The eighty-ninth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 21 December 2042 to 16 January 2043 (the Christmas and New Year
break, then a busy return: an outage on Boxing Day handled by the on-call team, year-end invoices
and the annual accounts' timetable, the new year's sales kickoff, a customer's price complaint,
the annual performance reviews, a new data-protection officer, a skiing week planned, a broken
heating system at home) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a little over one in four, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind89_emails, load_blind89_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind89"
    emails = load_blind89_emails()
    history = load_blind89_history()
    key_prefix = "b89-"
    at_least = 100
    file_attribute = "BLIND89_EMAILS_FILE"
