"""The fiftieth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; early summer before Midsummer, from 4 to 22 June (the half-year close planned, a
bank customer's contract renewal negotiated hard, the big client's fifth site's go-live
rehearsal, an access-review exception in the SOC 2 period, summer interns starting, the union
club's question about a monitoring agent, a data-protection complaint from a customer's end
user, the summer holiday rota, the company summer party, a neighbour's building works) of the
owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on about
three in ten, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and only ever
measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind50_emails, load_blind50_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFiftiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind50"
    emails = load_blind50_emails()
    history = load_blind50_history()
    key_prefix = "b50-"
    at_least = 100
    file_attribute = "BLIND50_EMAILS_FILE"
