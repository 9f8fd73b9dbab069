"""The hundred-and-twenty-fifth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 5 to 24 February 2045 (the annual report's drafts and the
board's February meeting, a buyer's approach forwarded by the board chair, a port tender, the
largest client's third site started up in Skellefteå and its rolling mill standing on an expired
certificate, a researcher's report of a flaw in the customer portal, a customer in company
reconstruction, a key engineer's counter-offer decided overnight, the salary revision's letters,
February colds and the winter sports week coming) of the owner's inbox in natural proportions,
with real To and Cc lines (the owner only in Cc on about a quarter, a distribution list on about
one in nine); written without a filed history, which another writer wrote after it from the
policy alone (the four months before it), and kept unscored until the next change to the
classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind125_emails, load_blind125_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentyFifthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind125"
    emails = load_blind125_emails()
    history = load_blind125_history()
    key_prefix = "b125-"
    at_least = 100
    file_attribute = "BLIND125_EMAILS_FILE"
