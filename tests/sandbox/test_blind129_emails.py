"""The hundred-and-twenty-ninth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 30 April to 19 May 2045 (from Walpurgis Eve to the bridge
day after Ascension Day: the largest client's fourth site in Norway announced with a quote from the
CEO and a second signature asked inside a fixed price before the summer stop, a new customer's
go-live split between Sweden and Denmark overnight, an API certificate expired on the morning of
the key bank customer's DORA audit, a payment run stopped by the bank over a look-alike's Bankgiro,
the first quarter's report to the board and the shareholders, the summer holiday lists, student
placements, the first Norwegian tender, and garden and family plans) of the owner's inbox in
natural proportions, with real To and Cc lines (the owner only in Cc on about a quarter, a
distribution list on about one in nine); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and kept unscored until the next
change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind129_emails, load_blind129_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentyNinthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind129"
    emails = load_blind129_emails()
    history = load_blind129_history()
    key_prefix = "b129-"
    at_least = 100
    file_attribute = "BLIND129_EMAILS_FILE"
