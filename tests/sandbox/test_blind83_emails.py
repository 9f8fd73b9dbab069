"""The eighty-third blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 24 August to 12 September 2042 (the autumn in full swing, the
Q3 forecast, a big prospect's proof of concept, the SOC 2 period 3 evidence requests, the .NET 8
migration's final customer wave, a key account manager's parental leave, a new office floor, the
annual staff survey launched, an insurance claim after a water leak, a customer's price
complaint, a mother's 70th birthday) of the owner's inbox in natural proportions, with real To
and Cc lines (the owner only in Cc on about three in ten, a distribution list on about one in
ten); written without a filed history, which another writer wrote after it from the policy alone
(the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind83_emails, load_blind83_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestEightyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind83"
    emails = load_blind83_emails()
    history = load_blind83_history()
    key_prefix = "b83-"
    at_least = 100
    file_attribute = "BLIND83_EMAILS_FILE"
