"""The hundred-and-ninetieth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 1 to 20 November 2048 (late autumn: a client's go-live,
the largest client's interface tests and steering committee ahead, the key bank customer's
regulator and release window, the statutory auditors' visit, the 2049 budget and the Christmas
arrangements) of the owner's inbox in natural proportions, with real To and Cc lines; written
without a filed history, which another writer wrote after it from the policy alone (the four
months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind190_emails, load_blind190_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredNinetiethBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind190"
    emails = load_blind190_emails()
    history = load_blind190_history()
    key_prefix = "b190-"
    at_least = 100
    file_attribute = "BLIND190_EMAILS_FILE"
