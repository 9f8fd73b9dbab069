"""The hundred-and-forty-fifth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 1 to 20 April 2046 (spring and the first weeks of Q2: the
Q1 close and its figures, the annual report registered, the board pack for the April board with
a paragraph on a lost deal asked for on the morning it went out, the largest client's Gdańsk
go-live without the scales, its steering committee and its test week, release 2046.4.0's second
wave and release 2046.5.0, the SOC 2 second period's interim request list, the migration closed,
the first quarter's renewals and a lost deal, the customer day, the summer interns' contracts and
the vacation plan, the office's spring cleaning and a family trip to Copenhagen) of the owner's
inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a little under
three in ten, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and kept
unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind145_emails, load_blind145_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFortyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind145"
    emails = load_blind145_emails()
    history = load_blind145_history()
    key_prefix = "b145-"
    at_least = 100
    file_attribute = "BLIND145_EMAILS_FILE"
