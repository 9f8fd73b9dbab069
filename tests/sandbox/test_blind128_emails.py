"""The hundred-and-twenty-eighth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 9 to 28 April 2045 (from Easter Day to the day before the
Walpurgis weekend: the largest client's mill refusing every coil report after a firmware change and
a go-live date asked of the CEO before the summer stop, payment reminders sent twice to hosted
customers' own customers, a discount beyond the head of sales' mandate decided within hours, the
foundry's tender won, the AGM and the first quarter's figures to the board, the summer holiday
planning, spring hiring and graduates, the conference season and the new customers' go-lives before
summer) of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in
Cc on a little over a quarter, a distribution list on about one in nine); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it), and
kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind128_emails, load_blind128_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind128"
    emails = load_blind128_emails()
    history = load_blind128_history()
    key_prefix = "b128-"
    at_least = 100
    file_attribute = "BLIND128_EMAILS_FILE"
