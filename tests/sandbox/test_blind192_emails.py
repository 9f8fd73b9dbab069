"""The hundred-and-ninety-second blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 13 December 2048 to 1 January 2049 (Christmas and the
year's end: the key bank customer's payment file rejected on the first morning of its freeze,
the audit's closing meeting, the year-end close and the holiday rotas, a count file rejected on
New Year's Eve) of the owner's inbox in natural proportions, with real To and Cc lines; written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind192_emails, load_blind192_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredNinetySecondBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind192"
    emails = load_blind192_emails()
    history = load_blind192_history()
    key_prefix = "b192-"
    at_least = 100
    file_attribute = "BLIND192_EMAILS_FILE"
