"""The thirty-ninth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from late February to mid-March (the statutory auditors' final
fieldwork and the annual report, the board papers and the AGM notice, the April price increase
landing, a key engineer's resignation and counter-offer, a customer's outage blamed on a release
and its post-incident review, the first demo of the new platform's proof of concept, a tender
won, Women's Day, a flu wave, the clocks changing) of the owner's inbox in natural proportions,
with real To and Cc lines (the owner only in Cc on a little under three in ten, a distribution
list on about one in nine); written without a filed history, which another writer added
after it from the policy alone; only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind39_emails, load_blind39_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestThirtyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind39"
    emails = load_blind39_emails()
    history = load_blind39_history()
    key_prefix = "b39-"
    at_least = 100
    file_attribute = "BLIND39_EMAILS_FILE"
