"""The hundred-and-sixty-fourth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 5 to 24 May 2047 (the largest client's first month-end in
Luleå stuck and its next phase started in Oulu, the SOC 2 2047 period's interim fieldwork, the
migration's epilogue, a Finnish tender awarded and signed, the key bank customer's interest batch
stopped and its annual service review prepared, a release before the summer freeze, the May
payroll before Ascension Day, the Q2 forecast and the board, spring recruiting closed and summer
interns and holidays settled, the boat in the water) of the owner's inbox in natural proportions,
with real To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind164_emails, load_blind164_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSixtyFourthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind164"
    emails = load_blind164_emails()
    history = load_blind164_history()
    key_prefix = "b164-"
    at_least = 100
    file_attribute = "BLIND164_EMAILS_FILE"
