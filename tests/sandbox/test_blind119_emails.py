"""The hundred-and-nineteenth blind set: written fresh, from the labelling policy alone, without
seeing the classifier; the stretch from 2 to 21 October 2044 (the largest client's acceptance
test signed by the owner when the project lead was called away, its new site's date and a talk
with its CIO in Luleå, the SOC 2 fieldwork with a leaver exception and the pen test report's
management responses, a morning's hosted outage at the hosting provider with the key bank
customer's treasury waiting, a customer's board deciding to stay, the large prospect's last
number, a renewal tender published, the budget 2045 approved, an office lease, the salary review)
of the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on
about a quarter, a distribution list on about one in nine); written without a filed history, which
another writer wrote after it from the policy alone (the four months before it), and kept
unscored until the next change to the classifier.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind119_emails, load_blind119_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestHundredNineteenthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind119"
    emails = load_blind119_emails()
    history = load_blind119_history()
    key_prefix = "b119-"
    at_least = 100
    file_attribute = "BLIND119_EMAILS_FILE"
