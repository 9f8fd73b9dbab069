"""The hundred-and-forty-sixth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 22 April to 11 May 2046 (late spring with short weeks
around Valborg, 1 May and Ascension Day: the largest client's final rehearsal for its Gdańsk
go-live and the go/no-go, release 2046.6.0 before the May holidays, the Q1 report to investors
and the April board, the key bank customer's month-end job stopped by the holiday, the SOC 2
second period's interim fieldwork, the end of extended support for the old version, a trade fair
and spring deals, the summer vacation plans and interns, Valborg with the family) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and kept unscored until the next
change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind146_emails, load_blind146_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind146"
    emails = load_blind146_emails()
    history = load_blind146_history()
    key_prefix = "b146-"
    at_least = 100
    file_attribute = "BLIND146_EMAILS_FILE"
