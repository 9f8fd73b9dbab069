"""The forty-ninth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; late spring, from 7 May to 25 May (Ascension Day and its bridge day, the Q2 forecast
and the board's May meeting, the big client's fifth site in data migration, the SOC 2 bridge
letters season, a key customer's data-centre move, an engineering manager resigning and an
internal candidate, a pricing change for small customers, a hosting supplier's price increase, a
heatwave, a school's end-of-year events and a graduation party) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little under three in ten, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind49_emails, load_blind49_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind49"
    emails = load_blind49_emails()
    history = load_blind49_history()
    key_prefix = "b49-"
    at_least = 100
    file_attribute = "BLIND49_EMAILS_FILE"
