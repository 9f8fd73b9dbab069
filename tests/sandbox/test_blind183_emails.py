"""The hundred-and-eighty-third blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 7 to 26 June 2048 (Midsummer and the end of the school
year: the largest client's hypercare closed and its next phase's pre-study ordered, the
penetration test's final report, a cloud outage on Midsummer Eve with the owner's yes asked
within the hour, the half-year close ahead and the summer's vacations planned) of the owner's
inbox in natural proportions, with real To and Cc lines; written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind183_emails, load_blind183_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind183"
    emails = load_blind183_emails()
    history = load_blind183_history()
    key_prefix = "b183-"
    at_least = 100
    file_attribute = "BLIND183_EMAILS_FILE"
