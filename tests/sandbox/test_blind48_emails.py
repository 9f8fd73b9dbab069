"""The forty-eighth blind set: written fresh, from the labelling policy alone, without seeing the
classifier; spring after Easter, from early to late April (the Q1 report to the board and the
bank's covenant certificate, the big client's fifth site signed and kicked off, the SOC 2 Type II
report received and given to customers, a partner integrator's first joint deal, support
reorganised into two teams, a salary dispute and a union negotiation, a customer threatening to
terminate over response times, the summer holiday rota, a new office lease signed, an investor's
visit, a marathon training group) of the owner's inbox in natural proportions, with real To and
Cc lines (the owner only in Cc on about three in ten, a distribution list on about one in nine);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind48_emails, load_blind48_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestFortyEighthBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind48"
    emails = load_blind48_emails()
    history = load_blind48_history()
    key_prefix = "b48-"
    at_least = 100
    file_attribute = "BLIND48_EMAILS_FILE"
