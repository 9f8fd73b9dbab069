"""The hundred-and-twenty-third blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 25 December 2044 to 13 January 2045 (the holidays and the
quiet week between them, the largest client's year-end stocktaking and weighbridge go/no-go, the
third SOC 2 period's end and a laptop stolen on the train, the fiscal year rollover failing on New
Year's night, the key bank customer's payment file rejected, the large new customer's kick-off,
the key renewal tender's last clarification, a key developer's resignation, the year-end close and
the annual accounts' start) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on about a quarter, a distribution list on about one in nine); written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind123_emails, load_blind123_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredTwentyThirdBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind123"
    emails = load_blind123_emails()
    history = load_blind123_history()
    key_prefix = "b123-"
    at_least = 100
    file_attribute = "BLIND123_EMAILS_FILE"
