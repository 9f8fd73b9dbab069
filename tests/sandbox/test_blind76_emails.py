"""The seventy-sixth blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 9 to 27 March 2042 (the Q1 close coming and the AGM itself, a
price war with a competitor, a SOC 2 period 2 control failing, a developer's paternity leave and
who covers, the spring hiring fair, a customer's GDPR breach notification, a new pension
provider, spring cleaning at the office, a son's birthday party) of the owner's inbox in natural
proportions, with real To and Cc lines (the owner only in Cc on a little under three in ten, a
distribution list on about one in ten); written without a filed history, which another writer
wrote after it from the policy alone (the four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind76_emails, load_blind76_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind76"
    emails = load_blind76_emails()
    history = load_blind76_history()
    key_prefix = "b76-"
    at_least = 100
    file_attribute = "BLIND76_EMAILS_FILE"
