"""The hundred-and-thirty-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 2 to 21 July 2045 (high summer: the largest client's last
shipments before its summer stop and a freeze exception in its maintenance stop, the fourth site's
fit-gap estimate, the key bank customer's payments stuck on a holiday Monday, a thin summer support
desk, a quiet sales month with a German contract and a Norwegian tender won, the half-year's
figures and close, a payroll file stopped by the bank and signed again from a boat, a buyer back
through the chair, the leaving senior developer's successor, holiday cover, sailing and the summer
cottage) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in
Cc on about a quarter, a distribution list on about one in nine); written without a filed history,
which another writer wrote after it from the policy alone (the four months before it), and only
ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind132_emails, load_blind132_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredThirtySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind132"
    emails = load_blind132_emails()
    history = load_blind132_history()
    key_prefix = "b132-"
    at_least = 100
    file_attribute = "BLIND132_EMAILS_FILE"
