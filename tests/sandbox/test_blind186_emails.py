"""The hundred-and-eighty-sixth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 9 to 28 August 2048 (the office back from the summer:
the key bank customer's emergency change approved at night, the largest client's steering
committee, a change request to sign and its dispatch stopped one morning, the strategy day,
schools starting again) of the owner's inbox in natural proportions, with real To and Cc lines;
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind186_emails, load_blind186_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredEightySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind186"
    emails = load_blind186_emails()
    history = load_blind186_history()
    key_prefix = "b186-"
    at_least = 100
    file_attribute = "BLIND186_EMAILS_FILE"
