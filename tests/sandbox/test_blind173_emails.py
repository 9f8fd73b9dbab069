"""The hundred-and-seventy-third blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 10 to 29 November 2047 (the November close, the largest
client's Raahe phase 3 after its data inventory workshop and its year-end freeze planned, Oulu's
production reports stopped by an expired certificate, the SOC 2 period's closing meeting and
draft report, the pen test's final report, the key bank customer's year-end preparations and a
card fee file rejected on Thanksgiving morning, the 2048 budget approved by the board with its
hiring phased, the salary review and the union's demands, a salary file short of a signature,
the Christmas party planned, the family's November) of the owner's inbox in natural proportions,
with real To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and kept unscored until the next change to the
classifier, in `unseen`.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind173_emails, load_blind173_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredSeventyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind173"
    emails = load_blind173_emails()
    history = load_blind173_history()
    key_prefix = "b173-"
    at_least = 100
    file_attribute = "BLIND173_EMAILS_FILE"
