"""The seventy-seventh blind set: written fresh, from the labelling policy alone, without seeing
the classifier; the stretch from 30 March to 17 April 2042 (Easter and the week after it, the Q1
close and the quarter's numbers to the board, the largest client's tenth site signed, a failed
release rolled back at a hosted customer, the SOC 2 period 2 exception to explain, two summer
interns hired, a salary dispute, the office lease renewal, the tax agency's question, a
daughter's confirmation) of the owner's inbox in natural proportions, with real To and Cc lines
(the owner only in Cc on a little under three in ten, a distribution list on about one in ten);
written without a filed history, which another writer wrote after it from the policy alone (the
four months before it), and only ever measured on.

The demo-mailbox guarantee (no seeded email and no import reads this set) lives with the
held-out one in test_heldout_emails.py.
"""

from __future__ import annotations

from sandbox.labelled_sets import load_blind77_emails, load_blind77_history
from tests.sandbox.labelled_set_checks import MeasuredOnlySetTests, WrittenWithHistoryTests


class TestSeventySeventhBlindSet(MeasuredOnlySetTests, WrittenWithHistoryTests):
    name = "blind77"
    emails = load_blind77_emails()
    history = load_blind77_history()
    key_prefix = "b77-"
    at_least = 100
    file_attribute = "BLIND77_EMAILS_FILE"
