"""The sixty-sixth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; the stretch from 5 to 23 August, back from the summer holidays (the H1 report and the
board's August meeting, an acquisition approach followed up, the largest client's ninth site, a
new head of development starting, the 2042 budget process opened, a customer's contract
termination notice, a SOC 2 qualified-opinion scare, a school's first week, a crayfish party) of
the owner's inbox in natural proportions, with real To and Cc lines (the owner only in Cc on a
little under three in ten, a distribution list on about one in ten); written without a filed
history, which another writer wrote after it from the policy alone (the four months before it),
and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind66_emails, load_blind66_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSixtySixthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind66"
    emails = load_blind66_emails()
    history = load_blind66_history()
    key_prefix = "b66-"
    at_least = 100
    file_attribute = "BLIND66_EMAILS_FILE"
