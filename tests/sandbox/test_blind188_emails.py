"""The hundred-and-eighty-eighth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 20 September to 9 October 2048 (autumn and the quarter's
end: the largest client's steering committee, quarter closes at the client, the bank and home,
the head of support on leave, and October's sales decisions) of the owner's inbox in natural
proportions, with real To and Cc lines; written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind188_emails, load_blind188_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind188"
    emails = load_blind188_emails()
    history = load_blind188_history()
    key_prefix = "b188-"
    at_least = 100
    file_attribute = "BLIND188_EMAILS_FILE"
