"""The hundred-and-forty-ninth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 24 June to 13 July 2046 (the last weeks before the Swedish
summer holidays: the half-year close and the Q2 figures starting, the summer release freeze with
one hotfix through it, the largest client's summer stop and its acceptance, deals signed before
the summer, the summer interns' middle weeks, handovers and out-of-office replies, the vacation
rota's gaps, the owner's own holiday ahead and the family's summer house) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on a little over a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and kept unscored until the next
change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind149_emails, load_blind149_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind149"
    emails = load_blind149_emails()
    history = load_blind149_history()
    key_prefix = "b149-"
    at_least = 100
    file_attribute = "BLIND149_EMAILS_FILE"
