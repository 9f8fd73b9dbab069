"""The hundred-and-fifteenth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 10 to 29 July 2044 (high summer: half the office and the
owner herself on holiday, the largest client's database move in its mill's summer stop and a
night's call to continue it, a payment fraud attempt in the owner's name, the hosted sign-in
certificate expiring on a Saturday, a supplier's price lock signed on its last day, payments under
the emergency rule while the finance manager is away, a resignation in mid-summer, the interns'
last weeks, a family week on Fårö) of the owner's inbox in natural proportions, with real To and
Cc lines (the owner only in Cc on about a quarter, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind115_emails, load_blind115_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredFifteenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind115"
    emails = load_blind115_emails()
    history = load_blind115_history()
    key_prefix = "b115-"
    at_least = 100
    file_attribute = "BLIND115_EMAILS_FILE"
