"""The ninety-seventh blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 14 June to 3 July 2043 (the half-year close approaching, the
summer holiday rotas, the largest client's go-live moved into July, a SOC 2 period-two
walkthrough, a new head of sales recruited, a price increase announced for the autumn, a water
leak into the office server room, Midsummer in the archipelago, a son's football tournament) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on
about three in ten, a distribution list on about one in ten); written without a filed history,
which another writer wrote after it from the policy alone (the four months before it), and only
ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind97_emails, load_blind97_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestNinetySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind97"
    emails = load_blind97_emails()
    history = load_blind97_history()
    key_prefix = "b97-"
    at_least = 100
    file_attribute = "BLIND97_EMAILS_FILE"
