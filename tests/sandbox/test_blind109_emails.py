"""The hundred-and-ninth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 6 to 25 March 2044 (the Q1 close approaching, the annual
general meeting being prepared, a customer's data migration going wrong, the SOC 2 period-two
evidence requests, a senior developer asking for a raise with a competing offer, the spring trade
fair booth, the hosting supplier raising its prices, a parents' meeting and a burst pipe at the
summer house) of the owner's inbox in natural proportions, with real To and Cc lines (the owner
only in Cc on a little under three in ten, a distribution list on about one in ten); written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind109_emails, load_blind109_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind109"
    emails = load_blind109_emails()
    history = load_blind109_history()
    key_prefix = "b109-"
    at_least = 100
    file_attribute = "BLIND109_EMAILS_FILE"
