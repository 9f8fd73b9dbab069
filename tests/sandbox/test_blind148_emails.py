"""The hundred-and-forty-eighth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 3 to 22 June 2046 (early summer before the holidays: the
largest client's first month-end in Gdańsk, the end of hypercare and the mills' summer stop, the
last release before the summer freeze, the board of 12 June and the June salaries before
Midsummer, two SOC 2 interim exceptions, Contoso's final offer, the summer interns' first weeks, a
graduation, the school year's end and Midsummer) of the owner's inbox in natural proportions, with
real To and Cc lines (the owner only in Cc on a little over a quarter, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it from the policy
alone (the four months before it), and kept unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind148_emails, load_blind148_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind148"
    emails = load_blind148_emails()
    history = load_blind148_history()
    key_prefix = "b148-"
    at_least = 100
    file_attribute = "BLIND148_EMAILS_FILE"
