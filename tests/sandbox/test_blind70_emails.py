"""The seventieth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 28 October to 15 November, as the last quarter gets going (the 2042
budget's final sign-off, a key customer escalating a recurring outage, an employee's grievance,
the annual insurance renewal, a supplier's price rise, a conference talk in Amsterdam, the first
snow and the office heating, a charity auction the company sponsors, a flu jab, a daughter's
school play) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on about three in ten, a distribution list on about one in ten); written without a
filed history, which another writer wrote after it from the policy alone (the four months before
it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind70_emails, load_blind70_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind70"
    emails = load_blind70_emails()
    history = load_blind70_history()
    key_prefix = "b70-"
    at_least = 100
    file_attribute = "BLIND70_EMAILS_FILE"
