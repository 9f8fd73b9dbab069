"""The forty-sixth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; late winter from early to late February (the annual accounts signed and the AGM's
notice, the board's strategy day with an acquisition target and a Finnish integrator as partner,
the big client's plate mill finally going live and its hypercare, a security incident at a
development subcontractor, the sales kick-off and the new quotas, a key account manager's
parental leave and her cover, a trade fair in Hannover booked, the office lease's renewal, the
family's ski week) of the owner's inbox in natural proportions, with real To and Cc lines (the
owner only in Cc on about three in ten, a distribution list on about one in ten); written without
a filed history, which another writer wrote after it from the policy alone (the four months
before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind46_emails, load_blind46_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind46"
    emails = load_blind46_emails()
    history = load_blind46_history()
    key_prefix = "b46-"
    at_least = 100
    file_attribute = "BLIND46_EMAILS_FILE"
